"""The action summary of an undo reads "撤销：…" and of a redo "重做：…", each once, with the
summary of the action they go back to (a redo was logged as "撤销：撤销：…")."""

from __future__ import annotations

import pytest

from tests.helpers import fresh_ws
from tracker.db.queries import list_units, measures
from tracker.services import assignments, history, reports
from tracker.services.reports import ReportInput


@pytest.fixture
def ws(tmp_path):
    w = fresh_ws(tmp_path)
    yield w
    w.close()


def _summary(ws, action_id):
    return ws.db.execute("SELECT summary FROM action WHERE id = ?", [action_id]).fetchone()[0]


def test_undo_redo_undo_redo_name_the_original_once(ws):
    m = measures(ws.db, 1)[0]
    unit = {u["name"]: u["id"] for u in list_units(ws.db)}["米东区"]
    a = assignments.assign(ws, m["id"], unit, "责任")
    reports.record_report(ws, a, "2019-06", ReportInput(status="滞后", percent=10))
    original = ws.db.execute("SELECT max(id) FROM action").fetchone()[0]
    base = _summary(ws, original)
    assert not base.startswith(("撤销", "重做"))
    undo_id = history.undo(ws, original)
    assert _summary(ws, undo_id) == f"撤销：{base}"
    redo_id = history.redo(ws, undo_id)
    assert _summary(ws, redo_id) == f"重做：{base}"
    again = history.undo(ws, original)  # the window's Ctrl+Z after a redo
    assert _summary(ws, again) == f"撤销：{base}"
    assert _summary(ws, history.redo(ws, again)) == f"重做：{base}"
