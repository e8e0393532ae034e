"""Render the demo's monthly summary and one 催办通知单 to PDF, and their first pages to PNG
(docs/screenshots/report-page*.png, reminder-page1.png) with pdftoppm.

    python docs/make_report_pngs.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tracker.demo import build_demo  # noqa: E402
from tracker.services.report_output import (  # noqa: E402
    ReportRequest,
    reminder_documents,
    write_document,
    write_monthly,
)
from tracker.services.workspace import open_workspace  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="tracker-report-"))
    build_demo(work / "demo.sqlite")
    ws = open_workspace(work / "demo.sqlite", who="截图")
    pdf = write_monthly(ws, 1, ReportRequest("2019-11", issued=date(2019, 12, 10)), "pdf",
                        work / "monthly.pdf")
    unit, doc = reminder_documents(ws, 1, "2019-11", issued=date(2019, 12, 10))[0]
    notice = write_document(doc, "pdf", work / "notice.pdf")
    ws.close()
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "3", str(pdf),
                    str(OUT / "report-page")], check=True)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages")))
    detail_first = next(p for p in range(1, pages + 1) if "landscape" in subprocess.run(
        ["pdfinfo", "-f", str(p), "-l", str(p), str(pdf)], capture_output=True,
        text=True).stdout.lower() or _is_wide(pdf, p))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(detail_first), "-l",
                    str(detail_first), "-singlefile", str(pdf), str(OUT / "report-detail")],
                   check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                    str(notice), str(OUT / "reminder-page1")], check=True)
    print(f"monthly: {pages} pages; reminder for {unit}; PNGs in {OUT}")


def _is_wide(pdf: Path, page: int) -> bool:
    text = subprocess.run(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)],
                          capture_output=True, text=True).stdout
    for line in text.splitlines():
        if line.startswith("Page") and "size" in line:
            parts = line.split(":")[1].split()
            return float(parts[0]) > float(parts[2])
    return False


if __name__ == "__main__":
    main()
