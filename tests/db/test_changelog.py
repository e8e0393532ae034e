"""For every service verb, the change-log rows equal a before/after diff of the database;
undo and redo are new, logged actions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import diff, fresh_ws, logged_changes, max_change_id, snapshot
from tracker.db.queries import find_report, get_row, list_units, measures
from tracker.errors import TrackerError
from tracker.services import assignments, history, policies, reports, settings, units
from tracker.services.reports import ReportInput


@pytest.fixture
def ws(tmp_path):
    w = fresh_ws(tmp_path)
    yield w
    w.close()


def _ids(ws):
    ms = measures(ws.db, 1)
    us = {u["name"]: u["id"] for u in list_units(ws.db)}
    return ms, us


def _verbs(ws):
    """(name, callable) for every verb; each runs on the state the previous left."""
    ms, us = _ids(ws)
    m1, m2 = ms[0]["id"], ms[1]["id"]
    state: dict = {}

    def assign():
        state["a"] = assignments.assign(ws, m1, us["天山区"], "牵头", "2019年6月底前")

    def record():
        state["r"] = reports.record_report(ws, state["a"], "2019-06", ReportInput(
            status="推进中", percent=40, progress="已召开专题会议", problems="资金不足",
            next_steps="继续推进", reported_date=date(2019, 7, 3)))

    def overwrite():
        reports.record_report(ws, state["a"], "2019-06", ReportInput(
            status="已完成", percent=100, progress="已全部完成", reported_date=date(2019, 7, 4)))

    return [
        ("create_policy", lambda: state.setdefault("p", policies.create_policy(
            ws, "关于加快发展数字经济的实施意见", issuer="某市"))),
        ("edit_policy", lambda: policies.edit_policy(ws, state["p"], doc_number="某政发〔2020〕1号")),
        ("add_task", lambda: state.setdefault("t", policies.add_task(ws, state["p"], "夯实数字基础"))),
        ("add_task2", lambda: state.setdefault("t2", policies.add_task(ws, state["p"], "培育数字产业"))),
        ("edit_task", lambda: policies.edit_task(ws, state["t"], description="说明")),
        ("add_measure", lambda: state.setdefault("m", policies.add_measure(ws, state["t"], "建设5G基站"))),
        ("add_measure2", lambda: policies.add_measure(ws, state["t"], "建设数据中心")),
        ("edit_measure", lambda: policies.edit_measure(ws, state["m"], description="新建基站500个")),
        ("move_measure", lambda: policies.move_measure(ws, state["m"], 1)),
        ("move_task", lambda: policies.move_task(ws, state["t2"], 0)),
        ("add_unit", lambda: state.setdefault("u", units.add_unit(ws, "市数据局", "市直部门"))),
        ("edit_unit", lambda: units.edit_unit(ws, state["u"], phone="0991-1234567")),
        ("add_alias", lambda: units.add_alias(ws, state["u"], "乌鲁木齐市数据局")),
        ("archive_unit", lambda: units.archive_unit(ws, state["u"])),
        ("delete_unit", lambda: units.delete_unit(ws, state["u"])),
        ("assign", assign),
        ("assign_many", lambda: assignments.assign_many(
            ws, m2, [us["米东区"], us["天山区"], us["水磨沟区"]], "责任", "长期坚持")),
        ("edit_assignment", lambda: assignments.edit_assignment(
            ws, state["a"], action_text="设立服务窗口", deadline="2019年9月30日")),
        ("extend", lambda: assignments.extend_deadline(
            ws, state["a"], "2019年12月31日", "疫情影响", "李主任")),
        ("record_report", record),
        ("overwrite_report", overwrite),
        ("review", lambda: reports.review_report(ws, state["r"], False, "请补充数据")),
        ("close", lambda: assignments.close_assignment(ws, state["a"], date(2019, 12, 1))),
        ("reopen", lambda: assignments.reopen_assignment(ws, state["a"])),
        ("settings", lambda: settings.set_settings(ws, office_name="市双创办", warning_days=10)),
        ("undo_last", lambda: history.undo_last(ws)),
    ]


def test_every_verb_logs_exactly_its_diff(ws):
    for name, verb in _verbs(ws):
        before, since = snapshot(ws), max_change_id(ws)
        verb()
        after = snapshot(ws)
        assert logged_changes(ws, since) == diff(before, after), name
        assert diff(before, after), f"{name} changed nothing"


def test_action_records_who_and_when(ws):
    ms, us = _ids(ws)
    assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    row = ws.db.execute("SELECT who, verb, at FROM action ORDER BY id DESC").fetchone()
    assert row[0] == "测试员" and row[1] == "assign" and row[2].startswith("20")


def test_undo_and_redo_are_logged_and_restore_state(ws):
    ms, us = _ids(ws)
    a = assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    base = snapshot(ws)
    reports.record_report(ws, a, "2019-06", ReportInput(status="滞后", percent=10))
    done = snapshot(ws)
    act = ws.db.execute("SELECT max(id) FROM action").fetchone()[0]
    undo_id = history.undo(ws, act)
    assert snapshot(ws) == base
    redo_id = history.redo(ws, undo_id)
    after = snapshot(ws)
    assert {k: {f: v for f, v in r.items() if f != "id"} for k, r in after.items()} == \
        {k: {f: v for f, v in r.items() if f != "id"} for k, r in done.items()}
    verbs = [r[0] for r in ws.db.execute("SELECT verb FROM action WHERE id IN (?,?)",
                                          [undo_id, redo_id])]
    assert verbs == ["undo", "redo"]
    with pytest.raises(TrackerError) as e:
        history.redo(ws, undo_id)
    assert e.value.code == "already_undone"


def test_undo_refused_when_a_later_change_touched_the_same_field(ws):
    ms, us = _ids(ws)
    a = assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    assignments.edit_assignment(ws, a, action_text="第一版")
    first = ws.db.execute("SELECT max(id) FROM action").fetchone()[0]
    assignments.edit_assignment(ws, a, action_text="第二版")
    with pytest.raises(TrackerError) as e:
        history.undo(ws, first)
    assert e.value.code == "undo_conflict"
    assert get_row(ws.db, "assignment", a)["action_text"] == "第二版"


def test_failed_verb_leaves_no_trace(ws):
    ms, us = _ids(ws)
    assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    before, since = snapshot(ws), max_change_id(ws)
    actions_before = ws.db.execute("SELECT count(*) FROM action").fetchone()[0]
    with pytest.raises(TrackerError) as e:
        assignments.assign(ws, ms[0]["id"], us["米东区"], "配合")
    assert e.value.code == "assignment_exists"
    assert snapshot(ws) == before and max_change_id(ws) == since
    assert ws.db.execute("SELECT count(*) FROM action").fetchone()[0] == actions_before


def test_overwritten_report_returns_to_pending(ws):
    ms, us = _ids(ws)
    a = assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    r = reports.record_report(ws, a, "2019-06", ReportInput(status="推进中", percent=30))
    reports.review_report(ws, r, True)
    reports.record_report(ws, a, "2019-06", ReportInput(status="推进中", percent=50))
    assert find_report(ws.db, a, "2019-06")["review_state"] == "待审核"


def test_excel_verbs_log_exactly_their_diff(tmp_path):
    """Imports, their undo, breakdown import, template export (receipts), alias memory."""
    from pathlib import Path

    from tracker.services import breakdown_import, exports, imports

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "returned" / \
        "01_shuimogou_2019-03_merged-header.xlsx"
    w = fresh_ws(tmp_path)
    state: dict = {}

    def do_import():
        fp = imports.preview_paths(w, [fixture]).files[0]
        state["b"] = imports.accept_file(w, fp, create_assignments=True)

    def do_breakdown():
        path = exports.export_breakdown(w, 1, tmp_path / "b.xlsx")
        w2 = fresh_ws(tmp_path, "other.sqlite")
        pv = breakdown_import.preview_breakdown(w2, path, 1)
        before, since = snapshot(w2), max_change_id(w2)
        breakdown_import.accept_breakdown(w2, pv)
        assert logged_changes(w2, since) == diff(before, snapshot(w2))
        w2.close()

    steps = [
        ("import", do_import),
        ("export_templates", lambda: exports.export_templates(w, 1, "2019-04", tmp_path / "t")),
        ("remember_alias", lambda: imports.remember_alias(w, 4, "水磨沟区政府办公室")),
        ("breakdown", do_breakdown),
        ("undo_batch", lambda: imports.undo_batch(w, state["b"])),
    ]
    for name, verb in steps:
        before, since = snapshot(w), max_change_id(w)
        verb()
        after = snapshot(w)
        assert logged_changes(w, since) == diff(before, after), name
        assert name == "breakdown" or diff(before, after), f"{name} changed nothing"
    w.close()


def test_history_keeps_a_deleted_report(ws):
    from tracker.db.history_queries import assignment_history

    ms, us = _ids(ws)
    a = assignments.assign(ws, ms[0]["id"], us["米东区"], "责任")
    reports.record_report(ws, a, "2019-06", ReportInput(status="推进中", percent=30,
                                                        progress="第一次"))
    history.undo_last(ws)  # deletes the report again
    assert ws.db.execute("SELECT count(*) FROM report").fetchone()[0] == 0
    rows = assignment_history(ws.db, a)
    progress = [(r["op"], r["field"]) for r in rows if r["table_name"] == "report"]
    assert ("insert", "progress") in progress and ("delete", "progress") in progress


def test_insert_many_is_logged_as_one_insert_per_row(ws):
    from tests.helpers import diff, logged_changes, max_change_id, snapshot
    from tracker.db.actions import write_action

    before, since = snapshot(ws), max_change_id(ws)
    rows = [{"name": f"测试单位{i}", "short_name": "", "kind": "市直部门", "sort_order": 90 + i}
            for i in range(3)]
    with write_action(ws.db, "测试员", "test", "批量新增") as act:
        ids = act.insert_many("unit", rows)
        assert act.insert_many("unit", []) == []
    assert len(ids) == 3 and ids == sorted(ids)
    assert [get_row(ws.db, "unit", i)["name"] for i in ids] == ["测试单位0", "测试单位1", "测试单位2"]
    assert logged_changes(ws, since) == diff(before, snapshot(ws))
    with pytest.raises(ValueError), write_action(ws.db, "测试员", "test") as act:
        act.insert_many("unit", [rows[0], {"name": "缺列"}])
    reordered = dict(reversed(list(rows[0].items())), name="测试单位9")
    with write_action(ws.db, "测试员", "test") as act:  # the same columns in another order
        [nid] = act.insert_many("unit", [reordered])[-1:]
        act.insert_many("unit", [{"name": "测试单位10", "short_name": "", "kind": "市直部门",
                                  "sort_order": 100}, reordered | {"name": "测试单位11"}])
    assert get_row(ws.db, "unit", nid)["sort_order"] == 90
    with pytest.raises(ValueError), write_action(ws.db, "测试员", "test") as act:
        # as many columns as the first row, but one of them another
        act.insert_many("unit", [rows[0], {"name": "别列", "short_name": "", "kind": "市直部门",
                                           "code": 1}])
