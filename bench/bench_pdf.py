"""Speed of the detail-table PDF against LibreOffice (issue 5, "Speed").

``--shape city`` (the default, the issue's workload): the city-scale database with a policy of
3,000 assignments (75 measures × 40 units) and a report for each in 2019-12; ours is
``tracker report --sections detail`` (``write_monthly``: query, layout, PDF), LibreOffice
headless converts the 汇总表 .xlsx of the same data (``export_summary``) to PDF.
``uniform`` / ``ledger``: a synthetic 3,000-row, 8-column table (every cell 20–120 characters,
or the detail table's shape) as ``render_pdf`` against an .xlsx of the same table.
LibreOffice's start is included, median of 5, after one untimed run that creates its profile.
Prints both medians, page counts and the ratio (target ≤ 0.5).

    python bench/bench_pdf.py [--shape city|uniform|ledger] [--rows 3000] [--runs 5] [--skip-lo]
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


def city_inputs(work: Path, seed: int = 2019) -> tuple[Path, int, str]:
    """The city database, a policy of 3,000 assignments, a report for each in 2019-12 (texts
    of the detail table's shape, written in bulk: this is set-up, not timed)."""
    import sqlite3

    from bench.bench_import import setup_policy
    from bench.city import build

    db = work / "city.sqlite"
    build(db)
    pid = setup_policy(db)
    rows = make_rows(3000, seed=seed, shape="ledger")
    conn = sqlite3.connect(db)
    ids = [a for (a,) in conn.execute(
        "SELECT a.id FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t "
        "ON t.id = m.task_id WHERE t.policy_id = ? ORDER BY a.id", [pid])]
    with conn:
        conn.executemany(
            "INSERT INTO report (assignment_id, period, status, percent, progress, problems, "
            "next_steps, extra, reported_date, source, review_state, review_note, updated_at) "
            "VALUES (?, '2019-12', ?, ?, ?, ?, ?, ?, '2020-01-03', 'typed', '待审核', '', "
            "'2020-01-03T10:00:00')",
            [(aid, r[3], 100 if r[3] == "已完成" else 40, r[4], r[5], r[6], r[7])
             for aid, r in zip(ids, rows, strict=False)])
    conn.close()
    return db, pid, "2019-12"


def time_city(db: Path, pid: int, period: str, out: Path, runs: int
              ) -> tuple[float, list[float], int]:
    from tracker.services.report_output import ReportRequest, write_monthly
    from tracker.services.workspace import open_workspace

    ws = open_workspace(db, who="bench", seed=False)
    req = ReportRequest(period=period, sections=("detail",))
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        write_monthly(ws, pid, req, "pdf", out)
        times.append(time.perf_counter() - t)
    ws.close()
    return statistics.median(times), times, pdf_pages(out)


def city_xlsx(db: Path, pid: int, period: str, out: Path) -> Path:
    from tracker.services.exports import export_summary
    from tracker.services.workspace import open_workspace

    ws = open_workspace(db, who="bench", seed=False)
    try:
        return export_summary(ws, pid, period, out)
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--shape", choices=("city", "uniform", "ledger"), default="city")
    ap.add_argument("--skip-lo", action="store_true", help="time our PDF only")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.shape == "city":
        return main_city(args)
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


def main_city(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-pdf-city-"))
    try:
        db, pid, period = city_inputs(work)
        print(f"city database {db.stat().st_size / 1e6:.0f} MB; policy of 3,000 assignments, "
              f"a report for each in {period}")
        ours, ours_all, ours_pages = time_city(db, pid, period, args.out / "city-detail.pdf",
                                               args.runs)
        print(f"ours (tracker report --sections detail): median {ours:.2f} s  {ours_pages} "
              "pages  runs " + " ".join(f"{t:.2f}" for t in ours_all))
        if args.skip_lo:
            return 0
        xlsx = city_xlsx(db, pid, period, args.out / "city-summary.xlsx")
        lo, lo_all, lo_pages = time_libreoffice(xlsx, args.out, args.runs)
        print(f"LibreOffice headless (汇总表 .xlsx → PDF): median {lo:.2f} s  {lo_pages} pages  "
              "runs " + " ".join(f"{t:.2f}" for t in lo_all))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = ours / lo
    print(f"ratio ours / LibreOffice = {ratio:.2f} (target ≤ 0.5): {'OK' if ratio <= 0.5 else 'SLOW'}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
