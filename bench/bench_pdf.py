"""Speed of the detail-table PDF against LibreOffice (issue 5, "Speed").

A 3,000-row, 8-column detail table of realistic Chinese text (20–120 characters per cell):
our PDF (``render_pdf``, median of 5) against LibreOffice headless converting an .xlsx of the
same table to PDF (soffice start included, median of 5, after one untimed run that creates
LibreOffice's profile). Prints both medians, page counts and the ratio (target ≤ 0.5).

    python bench/bench_pdf.py [--rows 3000] [--runs 5] [--skip-lo] [--out bench/out]
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.reports.document import Column, Document, Heading, Table  # noqa: E402

SEED_TEXT = Path("/work/shared/seed/urumqi-shuangchuang-2019.txt")
PHRASES = (
    "已召开专题推进会议3次，", "印发《工作方案》，", "落实专项资金1,200万元；", "水磨沟区",
    "市“双创”办牵头，", "完成年度目标的60%。", "存在问题：资金到位较慢，", "项目审批周期长。",
    "下一步将继续加强督导检查，", "确保2019年底前全面完成。", "新增孵化器2家、众创空间5家，",
    "与乌鲁木齐经济技术开发区（头屯河区）对接，", "推动首台（套）重大技术装备示范应用；",
)
UNITS = (
    "天山区", "沙依巴克区", "新市区（高新区）", "水磨沟区", "头屯河区（经开区）", "达坂城区",
    "米东区", "乌鲁木齐县", "甘泉堡经开区", "市发改委", "市工信局", "市科技局", "市财政局",
    "市人社局", "市商务局", "市市场监管局", "市金融办", "市“双创”办",
)
HEADERS = ("措施", "责任单位", "完成时限", "完成状态", "进展情况", "存在问题", "下步计划", "备注")
WEIGHTS = (2.0, 1.0, 1.0, 0.9, 2.6, 1.8, 1.8, 1.1)


def make_rows(n: int, seed: int = 2019, shape: str = "uniform") -> list[list[str]]:
    """``uniform``: every cell 20–120 characters (the issue's bench). ``ledger``: the shape
    of the real detail table — code, unit, deadline, status short; progress, problems and
    plans 20–120 characters."""
    rnd = random.Random(seed)
    corpus = SEED_TEXT.read_text(encoding="utf-8").replace("\n", "") if SEED_TEXT.exists() else ""
    corpus += "".join(PHRASES) * 4

    def text(lo: int = 20, hi: int = 120) -> str:
        k = rnd.randint(lo, hi)
        parts: list[str] = []
        while sum(map(len, parts)) < k:
            if rnd.random() < 0.3:
                parts.append(rnd.choice(PHRASES))
            else:
                i = rnd.randrange(0, len(corpus) - 40)
                parts.append(corpus[i : i + rnd.randint(8, 40)])
        return "".join(parts)[:k]

    rows = []
    for i in range(n):
        code = f"{i % 8 + 1}.{i // 8 % 31 + 1}"
        unit = rnd.choice(UNITS)
        if shape == "ledger":
            rows.append(
                [f"{code} {text(12, 40)}", unit, rnd.choice(("2019年6月底前", "长期坚持")),
                 rnd.choice(("已完成", "推进中", "未启动", "滞后")), text(), text(0, 60),
                 text(), text(0, 20)]
            )
        else:
            rows.append(
                [f"{code} {text()}", f"{unit}（{text(20, 40)}）", text(), text(), text(), text(),
                 text(), text()]
            )
    return rows


def make_document(rows: list[list[str]]) -> Document:
    cols = [Column(f"c{i}", h, w) for i, (h, w) in enumerate(zip(HEADERS, WEIGHTS, strict=True))]
    return Document(
        title="《关于推动全市创新创业高质量发展打造“双创”升级版的若干意见》落实情况明细（2019年6月）",
        issuer_line="市“双创”办",
        date_line="2019年7月10日",
        blocks=[Heading("措施落实明细"), Table(cols, rows, title="表  措施落实明细", landscape=True)],
    )


def write_xlsx(rows: list[list[str]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "明细"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    body, head = Font(name="WenQuanYi Micro Hei", size=10.5), Font(name="WenQuanYi Micro Hei", bold=True, size=10.5)
    widths = [w * 11 for w in WEIGHTS]  # ≈ the landscape text block in character units
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font, cell.alignment, cell.border = head, wrap, border
    for r, row in enumerate(rows, start=2):
        ws.append(row)
        lines = max(math.ceil(max(len(v), 1) * 2 / w) for v, w in zip(row, widths, strict=True))
        ws.row_dimensions[r].height = lines * 14.5 + 4  # openpyxl sets none: LO would show 1 line
        for cell in ws[r]:
            cell.font, cell.alignment, cell.border = body, wrap, border
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((int(x.split()[-1]) for x in out.splitlines() if x.startswith("Pages:")), -1)


def time_ours(doc: Document, out: Path, runs: int) -> tuple[float, list[float], int]:
    from tracker.reports.render_pdf import render_pdf

    times = []
    pages = 0
    for _ in range(runs):
        t = time.perf_counter()
        pages = render_pdf(doc, out).pages
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, pages


def time_libreoffice(xlsx: Path, outdir: Path, runs: int) -> tuple[float, list[float], int]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: apt-get install -y libreoffice-calc")
    profile = Path(tempfile.mkdtemp(prefix="bench-lo-profile-"))
    cmd = [
        soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx),
    ]
    subprocess.run(cmd, check=True, capture_output=True)  # untimed: creates the profile
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    shutil.rmtree(profile, ignore_errors=True)
    return statistics.median(times), times, pdf_pages(outdir / (xlsx.stem + ".pdf"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--shape", choices=("uniform", "ledger"), default="uniform")
    ap.add_argument("--skip-lo", action="store_true", help="time our PDF only")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = make_rows(args.rows, shape=args.shape)
    chars = sum(len(c) for r in rows for c in r)
    print(f"{args.rows} rows × 8 columns ({args.shape}), {chars:,} characters")
    ours, ours_all, ours_pages = time_ours(make_document(rows), args.out / "ours.pdf", args.runs)
    print(f"ours (render_pdf):   median {ours:.2f} s  {ours_pages} pages  runs "
          + " ".join(f"{t:.2f}" for t in ours_all))
    if args.skip_lo:
        return 0
    xlsx = args.out / "detail.xlsx"
    write_xlsx(rows, xlsx)
    lo, lo_all, lo_pages = time_libreoffice(xlsx, args.out, args.runs)
    print(f"LibreOffice headless: median {lo:.2f} s  {lo_pages} pages  runs "
          + " ".join(f"{t:.2f}" for t in lo_all))
    ratio = ours / lo
    print(f"ratio ours / LibreOffice = {ratio:.2f} (target ≤ 0.5): {'OK' if ratio <= 0.5 else 'SLOW'}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
