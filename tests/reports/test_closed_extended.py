"""An item closed (销号) and one extended (延期) read as such in the monthly report's detail table
(status and 完成时限 columns) and in the 汇总表 (报送情况 and 完成时限), not as a plain 未启动 with
the new deadline only."""

from __future__ import annotations

from datetime import date

from tests.helpers import fresh_ws
from tracker.reports.document import Table
from tracker.reports.monthly_doc import ReportOptions, monthly_document
from tracker.services.assignments import assign, close_assignment, extend_deadline
from tracker.services.exports import summary_spec
from tracker.services.reports import ReportInput, record_report
from tracker.services.summaries import monthly_summary


def test_closed_and_extended_items_are_said_in_the_report_and_the_summary_table(tmp_path):
    ws = fresh_ws(tmp_path)
    measure = ws.db.execute("SELECT id FROM measure WHERE code = '3.3'").fetchone()[0]
    unit = {n: ws.db.execute("SELECT id FROM unit WHERE name = ?", [n]).fetchone()[0]
            for n in ("米东区", "乌鲁木齐县", "市人社局")}
    extended = assign(ws, measure, unit["米东区"], "责任", "2019年6月底前")
    closed = assign(ws, measure, unit["乌鲁木齐县"], "责任", "2019年6月底前")
    assign(ws, measure, unit["市人社局"], "牵头", "2019年6月底前")
    record_report(ws, extended, "2019-06", ReportInput(
        status="推进中", percent=60, progress="孵化基地6月20日挂牌", reported_date=date(2019, 7, 3)))
    close_assignment(ws, closed, date(2019, 6, 28))
    extend_deadline(ws, extended, "2019年9月底前", "资金未到位", "张副主任")

    summary = monthly_summary(ws, 1, "2019-06")
    rows = {r.unit: r for dm in summary.detail for r in dm.rows}
    assert rows["米东区"].deadline == "2019年9月底前（延期，原2019年6月底前）"
    assert rows["乌鲁木齐县"].closed == date(2019, 6, 28) and not rows["乌鲁木齐县"].overdue
    assert rows["市人社局"].closed is None and rows["市人社局"].deadline == "2019年6月底前"
    doc = monthly_document(summary, ReportOptions(sections=("detail",)))
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    keys = [c.key for c in table.columns]
    cells = {row[keys.index("unit")]: row for row in table.rows}
    assert cells["乌鲁木齐县"][keys.index("status")] == "未启动（已销号，6月28日）"
    assert cells["米东区"][keys.index("deadline")] == "2019年9月底前（延期，原2019年6月底前）"
    assert cells["市人社局"][keys.index("status")].startswith("未启动（逾期")

    spec = summary_spec(ws, 1, "2019-06")
    by = {r.unit_name: r for r in spec.rows}
    assert by["乌鲁木齐县"].report_state == "已于2019年6月28日销号"
    assert by["米东区"].deadline_text == "2019年9月底前（延期，原2019年6月底前）"
    ws.close()
