"""Review fixes of the monthly outputs, on the demo database (temporary copies only):
returned reports, judged status in the 汇总表, 退回重报 in the notices, unit register order,
table/figure numbering, one rate format, the xlsx (制表时间, demo marker, percent numbers,
printing) and unwrapped percentages in the PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from datetime import date

import openpyxl
import pytest

from tests.cli_run import run_cli
from tracker.counting import count
from tracker.reports.chart_data import chart_as_table
from tracker.reports.document import BarChart, Table
from tracker.reports.monthly_doc import ReportOptions, monthly_document
from tracker.services.exports import summary_spec
from tracker.services.report_output import reminder_documents
from tracker.services.status import period_counts
from tracker.services.summaries import monthly_summary
from tracker.services.workspace import open_workspace

RETURN_NOTE = "进展描述过于笼统，请补充具体数据"


@pytest.fixture(scope="module")
def ws(demo):
    w = open_workspace(demo, who="测试员", program="pytest", lock=False)
    yield w
    w.close()


def _returned(ws, period="2019-11"):
    counts = period_counts(ws, 1, period, with_texts=True)
    return counts, [(s, j) for s, j in counts.judged
                    if s.report_id is not None and s.review_state == "退回"]


# ------------------------------------------------------------ 1. returned reports


def test_returned_report_shows_judged_status_and_note_everywhere(ws, tmp_path):
    counts, returned = _returned(ws)
    assert returned, "the demo has reports returned for rework in 2019-11"
    s, j = returned[0]
    summary = monthly_summary(ws, 1, "2019-11")
    rows = [r for dm in summary.detail if dm.code == s.measure_code for r in dm.rows
            if r.unit == s.unit_name]
    assert len(rows) == 1
    row = rows[0]
    assert row.returned and row.return_note == RETURN_NOTE and not row.reported
    assert (row.status, row.percent) == (j.status.value, s.percent)  # as `status` counts it
    # PDF / Word: the detail table of the document
    doc = monthly_document(summary, ReportOptions(sections=("detail",)))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    keys = [c.key for c in table.columns]
    cells = next(r for r in table.rows if r[keys.index("measure")].startswith(s.measure_code + " ")
                 and r[keys.index("unit")] == s.unit_name)
    assert cells[keys.index("status")].startswith(j.status.value)
    assert cells[keys.index("percent")] == ("" if s.percent is None else f"{s.percent}%")
    progress = cells[keys.index("progress")]
    assert progress.startswith(f"已退回（原因：{RETURN_NOTE}）")
    assert "〔退回稿〕" + s.progress in progress
    # Excel 汇总表: the same judged status / percent, the note in 报送情况
    spec = summary_spec(ws, 1, "2019-11")
    srow = next(r for r in spec.rows if r.measure_id == s.measure_id and r.unit_id == s.unit_id)
    assert (srow.status, srow.percent) == (j.status.value, s.percent)
    assert srow.report_state == f"已退回（原因：{RETURN_NOTE}）" + ("，按未报送计" if j.not_reported
                                                            else "")
    assert srow.progress == "〔退回稿〕" + s.progress


# ------------------------------------------------------------ 2. 汇总表 status = status


@pytest.mark.parametrize("period", ["2019-11", "2019-12"])
def test_summary_table_status_counts_equal_period_counts(ws, period):
    counts = period_counts(ws, 1, period)
    spec = summary_spec(ws, 1, period)
    got = Counter(r.status for r in spec.rows)
    assert {k: got.get(k, 0) for k in counts.total.by_status} == counts.total.by_status
    assert len(spec.rows) == counts.total.total
    assert sum(r.overdue for r in spec.rows) == counts.total.overdue


def test_export_summary_csv_counts_match_status(demo, tmp_path):
    out = tmp_path / "s.csv"
    r = run_cli("--db", str(demo), "export-summary", "--period", "2019-12", "-o", str(out))
    assert r.code == 0, r.err
    import csv

    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    got = Counter(row["完成状态"] for row in rows)
    js = run_cli("--db", str(demo), "status", "--period", "2019-12", "--json")
    assert js.code == 0, js.err
    import json

    total = json.loads(js.out)["total"]
    for st in ("已完成", "推进中", "未启动", "滞后"):
        assert got.get(st, 0) == total[st], st


# ------------------------------------------------------------ 3. 退回重报 in the notices


def test_notice_lists_returned_items_separately_with_the_note(ws):
    _, returned = _returned(ws)
    s, _ = returned[0]
    docs = dict(reminder_documents(ws, 1, "2019-11", issued=date(2019, 12, 10)))
    doc = docs[s.unit_name]
    tables = {b.title: b for b in doc.blocks if isinstance(b, Table)}
    assert "退回重报事项" in tables
    back = tables["退回重报事项"]
    assert any(row[0] == s.measure_code and row[-1] == RETURN_NOTE for row in back.rows)
    missing = tables.get("未报送事项")
    assert missing is None or all(row[0] != s.measure_code for row in missing.rows)


# ------------------------------------------------------------ 8. unit register order


def test_units_in_register_order_everywhere(ws):
    counts = period_counts(ws, 1, "2019-11")
    sort = {s.unit_id: (s.unit_sort, s.unit_id) for s, _ in counts.judged}
    assert list(counts.by_unit) == sorted(counts.by_unit, key=sort.__getitem__)
    # whatever order the states come in
    states = [s for s, _ in reversed(counts.judged)]
    again = count(states, counts.as_of, counts.due)
    assert list(again.by_unit) == list(counts.by_unit)
    summary = monthly_summary(ws, 1, "2019-11")
    names = [u.name for u in summary.per_unit]
    assert names == [counts.unit_names[u] for u in counts.by_unit]
    assert summary.not_reported_units == [n for n in names if n in summary.not_reported_units]
    js = run_cli("--db", str(ws.path), "status", "--period", "2019-11")
    lines = js.out.split("按单位：")[1].splitlines()
    shown = [ln.split()[0] for ln in lines[2:] if ln.strip()]
    assert shown == names


# (9. notice numbers: tests/reports/test_notice_numbers.py)


# ------------------------------------------------------------ 5. numbering


def test_tables_and_figures_numbered_in_order(ws):
    summary = monthly_summary(ws, 1, "2019-11")
    doc = monthly_document(summary)
    tables = [b.title for b in doc.blocks if isinstance(b, Table)]
    figures = [b.title for b in doc.blocks if hasattr(b, "slices") or isinstance(b, BarChart)]
    assert [int(re.match(r"表(\d+)", t).group(1)) for t in tables] == list(
        range(1, len(tables) + 1))
    assert [int(re.match(r"图(\d+)", t).group(1)) for t in figures] == list(
        range(1, len(figures) + 1))
    only = monthly_document(summary, ReportOptions(sections=("detail",)))
    assert [b.title for b in only.blocks if isinstance(b, Table)] == ["表1　各项措施落实明细"]


# ------------------------------------------------------------ 6. one rate format


def test_rates_printed_one_way(ws, demo):
    from tracker.reports.summary import rate as summary_rate

    summary = monthly_summary(ws, 1, "2019-11")
    rate = summary_rate(summary.total.on_time_rate)
    assert f"按时报送率{rate}" in summary.bulletin()
    doc = monthly_document(summary)
    t1 = next(b for b in doc.blocks if isinstance(b, Table))
    assert t1.rows[1][-1] == rate
    chart = next(b for b in doc.blocks if isinstance(b, BarChart) and "完成率" in b.title)
    table2 = next(b for b in doc.blocks if isinstance(b, Table) and "分任务" in b.title)
    chart_rates = [row[1] for row in chart_as_table(chart).rows]
    k = [c.key for c in table2.columns].index("rate")
    assert chart_rates == [row[k] for row in table2.rows[:-1]]  # 图2 = 表2 完成率
    r = run_cli("--db", str(demo), "status", "--period", "2019-11")
    assert r.code == 0 and rate in r.out


# ------------------------------------------------------------ 7. the xlsx report


def test_xlsx_report_date_marker_percent_numbers_and_print(demo, tmp_path):
    out = tmp_path / "r.xlsx"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", "xlsx", "-o",
                str(out), "--date", "2019-12-10")
    assert r.code == 0, r.err
    wb = openpyxl.load_workbook(out)
    assert "制表时间：2019年12月10日" in wb["汇总表"]["A2"].value
    over = wb["概况"]
    assert over["A2"].value.count("示例数据") == 1
    assert over["A1"].alignment.wrap_text and over.column_dimensions["A"].width <= 85
    percents = [c for ws in wb.worksheets if ws.title not in ("概况",)
                for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and re.fullmatch(r"[\d.]+%", c.value)]
    assert not percents, [c.value for c in percents[:3]]
    t1 = wb["总体落实情况"]
    cell = t1.cell(4, 10)
    assert isinstance(cell.value, float) and cell.number_format == "0.0%"
    flat = wb["明细（筛选用）"]
    widths = [flat.column_dimensions[c].width for c in "ABCDEFGHIJKLMNO"]
    from tracker.excel.pagefit import fit_scale

    assert 11 * fit_scale(widths) >= 9.5  # legible when fitted to one page wide
    long = next(c for row in flat.iter_rows(min_row=2) for c in row
                if isinstance(c.value, str) and len(c.value) > 40)
    assert long.alignment.wrap_text
    assert flat.row_dimensions[long.row].height and flat.row_dimensions[long.row].height > 20


# ------------------------------------------------------------ 4. no wrapped percentages


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")
def test_pdf_percentages_not_wrapped(demo, tmp_path):
    out = tmp_path / "r.pdf"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o", str(out), "--date",
                "2019-12-10")
    assert r.code == 0, r.err
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = re.findall(r">([^<]*)</word>", html)
    assert "100.0%" in words
    broken = [w for w in words if re.fullmatch(r"\d{2,3}\.|%|\d%", w)
              and w not in ("0%",)]
    assert not broken, broken[:5]


def test_docx_rate_columns_wide_enough(demo, tmp_path):
    """Word tables take the same weights: the rate column holds "100.0%" (6 characters, about
    3.5 em at the table font) on one line with room to spare."""
    from tracker.reports.monthly_doc import _tally_columns

    cols = _tally_columns("责任单位", late=True)
    total = sum(c.width_weight for c in cols)
    text_w_pt = (210 - 2 * 28) / 25.4 * 72  # portrait A4, the report's narrowest margins
    for key in ("rate", "ontime"):
        w = next(c.width_weight for c in cols if c.key == key) / total * text_w_pt - 2 * 4.25
        assert w >= 4 * 10.5, key


def test_single_unit_title_has_one_bracket_pair(ws):
    summary = monthly_summary(ws, 1, "2019-11", unit_id=7)
    doc = monthly_document(summary, ReportOptions(unit_name="米东区"))
    assert doc.title.startswith("米东区《") and doc.title.endswith("落实情况月报（2019年11月）")
    assert "）（" not in doc.title



def test_the_bulletin_names_its_scope(ws, tmp_path):
    """Pasted into a bulletin, a unit's or a task's 通报 must not read as the whole policy's."""
    from tests.helpers import fresh_ws
    from tracker.services.units import add_unit

    unit = ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    text = monthly_summary(ws, 1, "2019-11", unit_id=unit).bulletin()
    assert "米东区承担的《" in text and "》6项具体措施中" in text
    text = monthly_summary(ws, 1, "2019-11", task_seq=2).bulletin()
    assert "》重点任务二“" in text and "”4项具体措施中" in text
    text = monthly_summary(ws, 1, "2019-11", unit_id=unit, task_seq=3).bulletin()
    assert "米东区承担的《" in text and "》重点任务三“" in text
    fresh = fresh_ws(tmp_path)
    auditor = add_unit(fresh, "市审计局", kind="市直部门")
    text = monthly_summary(fresh, 1, "2019-11", unit_id=auditor).bulletin()
    fresh.close()
    assert "市审计局未承担《" in text and "尚未分解任务" not in text


def test_xlsx_report_tables_have_row_heights(demo, tmp_path):
    """A wrapped task name must not print over the next row (openpyxl writes no heights)."""
    from tracker.excel.pagefit import line_count, lines_height

    out = tmp_path / "r.xlsx"
    assert run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", "xlsx",
                   "-o", str(out)).code == 0
    sheet = openpyxl.load_workbook(out)["分任务落实情况"]
    width = sheet.column_dimensions["A"].width
    for r in range(3, sheet.max_row + 1):
        text = sheet.cell(r, 1).value
        if isinstance(text, str) and text and sheet.cell(r, 2).value is not None:
            need = lines_height(line_count(text, width, 11), 11)
            assert sheet.row_dimensions[r].height >= need > 15, (r, text)


def test_a_returned_report_of_a_done_item_is_not_said_to_count_as_not_reported(ws):
    """已完成 items are never 未报送 (lights): the 催办通知单's returned point only says
    按未报送计 of items that are so counted."""
    from tracker.reports.reminders import notice_document, notices

    summary = monthly_summary(ws, 1, "2019-11")
    returned = {(i.code, i.unit): i.not_reported for i in summary.returned_items}
    assert returned, "the demo has returned reports in 2019-11"
    for n in notices(summary, {}):
        if not n.returned:
            continue
        n.number = "〔2019〕第1号"
        doc = notice_document(n, summary, reply_by=date(2019, 12, 13), issued=date(2019, 12, 10))
        text = "".join(b.text for b in doc.blocks if hasattr(b, "text"))
        counted = sum(i.not_reported for i in n.returned)
        assert ("按未报送计" in text) == bool(counted), (n.unit, text)


def test_the_summary_table_marks_returned_items_counted_not_reported(ws):
    """Filtering the 汇总表's 报送情况 gives the 未报送 total: 未报送 + returned 按未报送计."""
    from tracker.services.exports import summary_spec

    spec = summary_spec(ws, 1, "2019-11")
    counted = [r for r in spec.rows if r.report_state == "未报送"
               or r.report_state.endswith("按未报送计")]
    assert len(counted) == monthly_summary(ws, 1, "2019-11").total.not_reported
    done_returned = [r for r in spec.rows if r.report_state.startswith("已退回")
                     and r.status == "已完成"]
    assert done_returned and not any(r.report_state.endswith("按未报送计") for r in done_returned)
