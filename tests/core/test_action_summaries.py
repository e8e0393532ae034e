"""Action summaries (the change log, 留痕 and the undo entries) write periods the way the window
does — 2019年11月, not 2019-11 — and the undo refusal names no internal ids."""

from __future__ import annotations

import re

import pytest

from tests.helpers import fresh_ws
from tracker.db.history_queries import recent_actions
from tracker.db.queries import list_units, measures
from tracker.errors import TrackerError
from tracker.services import assignments, history, reports
from tracker.services.reports import ReportInput

RAW_PERIOD = re.compile(r"\d{4}-\d{2}")


@pytest.fixture
def ws(tmp_path):
    w = fresh_ws(tmp_path)
    yield w
    w.close()


def _assignment(ws) -> int:
    m = measures(ws.db, 1)[0]
    u = next(u for u in list_units(ws.db) if u["name"] == "天山区")
    return assignments.assign(ws, m["id"], u["id"], "责任", "2019年12月底前")


def test_typed_report_summary_uses_the_period_label(ws):
    a = _assignment(ws)
    reports.record_report(ws, a, "2019-11", ReportInput(status="推进中", percent=40,
                                                        progress="电话报送"))
    assert recent_actions(ws.db, 1)[0]["summary"] == "录入2019年11月进展"
    history.undo_last(ws)
    assert recent_actions(ws.db, 1)[0]["summary"] == "撤销：录入2019年11月进展"


def test_no_service_summary_shows_a_raw_period(ws, tmp_path):
    from tracker.services.exports import export_templates

    a = _assignment(ws)
    reports.record_report(ws, a, "2019-06", ReportInput(status="推进中", percent=10,
                                                        progress="已启动"))
    rid = ws.db.execute("SELECT id FROM report WHERE assignment_id = ?", [a]).fetchone()[0]
    reports.review_report(ws, rid, approve=False, note="请补充数据")
    u = next(u for u in list_units(ws.db) if u["name"] == "天山区")
    export_templates(ws, 1, "2019-07", tmp_path / "out", [u["id"]])
    summaries = [r["summary"] for r in recent_actions(ws.db, 10)]
    assert "导出2019年7月填报模板 1 份" in summaries
    assert [s for s in summaries if RAW_PERIOD.search(s or "")] == []


def test_undo_conflict_message_has_no_internal_ids():
    text = TrackerError("undo_conflict", table="report", row_id=510, action_id=10).message()
    assert "#" not in text and "510" not in text and "10" not in text
    assert "报送记录" in text and "之后又被修改过" in text
    assert "报送 → 撤销导入" in text and "编辑 → 撤销" in text
