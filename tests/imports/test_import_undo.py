"""Import batches: A, then B overwriting part of A; undo B gives the state after A; undo of A
is refused while B is in effect; our own template round trip; low-confidence rows wait."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import fresh_ws, snapshot
from tracker.errors import TrackerError
from tracker.services import imports

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"
A_FILE = FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx"


def _accept_all(ws, path, create=True):
    pv = imports.preview_paths(ws, [path])
    assert len(pv.files) == 1 and pv.files[0].outcome == "ok", pv.files[0].parsed.message
    return imports.accept_file(ws, pv.files[0], create_assignments=create), pv.files[0]


def _make_b(tmp_path: Path) -> Path:
    """A copy of file A in which two rows report new progress."""
    wb = openpyxl.load_workbook(A_FILE)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 8) for c in range(1, 15)
                      if str(ws.cell(r, c).value or "").strip() in ("目前进展",))
    col = next(c for c in range(1, 15) if str(ws.cell(header_row, c).value or "").strip()
               == "目前进展")
    ws.cell(5, col).value = "截至3月底，已全部完成“证照分离”改革。"
    ws.cell(6, col).value = "截至3月底，窗口已覆盖全部乡镇。"
    out = tmp_path / "01_shuimogou_2019-03_v2.xlsx"
    wb.save(out)
    return out


def test_undo_b_restores_the_state_after_a(tmp_path):
    ws = fresh_ws(tmp_path)
    before_a = snapshot(ws)
    batch_a, _ = _accept_all(ws, A_FILE)
    after_a = snapshot(ws)
    batch_b, fp_b = _accept_all(ws, _make_b(tmp_path))
    assert [r.change for r in fp_b.rows].count("update") == 2
    assert snapshot(ws) != after_a
    with pytest.raises(TrackerError) as e:
        imports.undo_batch(ws, batch_a)
    assert e.value.code == "batch_overwritten" and str(batch_b) in e.value.message()
    imports.undo_batch(ws, batch_b)
    now = snapshot(ws)
    # equal to after A, except that batch B's record is kept and marked undone
    b_row = now.pop(("import_batch", batch_b))
    assert b_row["undone_at"]
    assert json.loads(b_row["counts"])["update"] == 2  # the record keeps what the batch did
    assert now == after_a
    imports.undo_batch(ws, batch_a)
    now = snapshot(ws)
    kept = {k for k in now if k[0] == "import_batch"}
    assert kept == {("import_batch", batch_a), ("import_batch", batch_b)}
    assert {k: v for k, v in now.items() if k[0] != "import_batch"} == before_a
    # the undos are logged actions
    verbs = [r[0] for r in ws.db.execute("SELECT verb FROM action ORDER BY id")]
    assert verbs[-2:] == ["undo", "undo"]
    with pytest.raises(TrackerError) as e:
        imports.undo_batch(ws, batch_a)
    assert e.value.code == "batch_already_undone"
    ws.close()


def test_existing_report_is_overwritten_and_returns_to_pending(tmp_path):
    from tracker.services.reports import review_report

    ws = fresh_ws(tmp_path)
    _accept_all(ws, A_FILE)
    rid = ws.db.execute("SELECT id FROM report ORDER BY id LIMIT 1").fetchone()[0]
    review_report(ws, rid, True)
    _accept_all(ws, _make_b(tmp_path))
    assert ws.db.execute("SELECT review_state FROM report WHERE id = ?",
                         [rid]).fetchone()[0] == "待审核"
    ws.close()


def test_unassigned_rows_are_not_written_without_create(tmp_path):
    ws = fresh_ws(tmp_path)
    pv = imports.preview_paths(ws, [A_FILE])
    fp = pv.files[0]
    assert {r.change for r in fp.rows} == {"unassigned"}
    assert all(any(w.code == "row_unassigned" for w in r.all_warnings) for r in fp.rows)
    assert imports.accept_file(ws, fp, create_assignments=False) is None
    assert ws.db.execute("SELECT count(*) FROM report").fetchone()[0] == 0
    ws.close()


def test_own_template_round_trip_by_keys(tmp_path):
    from tracker.demo import build_demo
    from tracker.services.exports import export_templates
    from tracker.services.workspace import open_workspace

    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    unit_id = ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    res = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit_id])
    assert len(res.files) == 1
    path = res.files[0]
    wb = openpyxl.load_workbook(path)
    sheet = wb["填报表"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    cols = {sheet.cell(header, c).value: c for c in range(1, 20) if sheet.cell(header, c).value}
    rows = [r for r in range(header + 1, header + 40)
            if str(sheet.cell(r, cols["具体措施"]).value or "")[:1].isdigit()]
    assert len(rows) >= 3
    filled = rows[:-1]  # the last row is left empty on purpose
    sheet.protection.sheet = False
    for i, r in enumerate(reversed(filled)):  # reversed: order must not matter
        sheet.cell(r, cols["完成状态"]).value = "推进中"
        sheet.cell(r, cols["完成进度(%)"]).value = 50 + i
        sheet.cell(r, cols["进展情况"]).value = f"十二月进展{i}"
    sheet.insert_cols(3)  # a column inserted by hand
    wb.save(path)
    pv = imports.preview_paths(ws, [path])
    fp = pv.files[0]
    assert fp.outcome == "ok" and fp.parsed.is_our_template
    assert fp.parsed.period == "2019-12" and fp.parsed.unit == "米东区"
    assert len(fp.rows) == len(filled) and {r.change for r in fp.rows} == {"new"}
    assert any(w.code == "not_filled" for w in fp.all_warnings)
    batch = imports.accept_file(ws, fp)
    assert batch
    got = ws.db.execute("SELECT count(*) FROM report WHERE period = '2019-12'").fetchone()[0]
    assert got == len(filled)
    ws.close()


def test_low_confidence_rows_wait_for_the_user(tmp_path):
    ws = fresh_ws(tmp_path)
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "2019年6月"
    s.append(["填报单位：米东区"])
    s.append(["序号", "具体措施", "完成状态", "进展情况"])
    s.append([1, "简政放权释放创新创业活力", "推进中", "已开展"])  # exact title: certain
    s.append([2, "关于食堂伙食改善的若干想法", "推进中", "与任何措施都无关"])  # no real match
    path = tmp_path / "米东区_2019年6月.xlsx"
    wb.save(path)
    pv = imports.preview_paths(ws, [path])
    fp = pv.files[0]
    changes = [r.change for r in fp.rows]
    assert changes[0] == "unassigned"
    assert changes[1] in ("low_confidence", "no_measure")
    assert not fp.rows[1].include
    imports.accept_file(ws, fp, create_assignments=True)
    assert ws.db.execute("SELECT count(*) FROM report").fetchone()[0] == 1
    ws.close()


def test_remember_alias(tmp_path):
    from tracker.db.queries import load_catalog

    ws = fresh_ws(tmp_path)
    uid = ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    assert imports.remember_alias(ws, uid, "乌鲁木齐市米东区人民政府")
    assert load_catalog(ws.db, 1).resolve_unit("乌鲁木齐市米东区人民政府").name == "米东区"
    ws.close()




def test_a_measure_twice_in_one_file_waits_for_the_users_pick_and_undo_restores(tmp_path):
    from tests.helpers import diff, logged_changes, max_change_id
    from tracker.db.queries import find_assignment, find_report

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "2019年4月"
    sheet.append(["水磨沟区落实情况"])
    sheet.append(["填报单位：水磨沟区"])
    sheet.append(["措施编号", "完成状态", "进展情况"])
    sheet.append(["1.1", "推进中", "第一次填写"])
    sheet.append(["2.1", "推进中", "另一项措施"])
    sheet.append(["1.1", "已完成", "第二次填写"])
    sheet.append(["1.1", "已完成", "第三次填写"])
    path = tmp_path / "水磨沟区_2019年4月.xlsx"
    wb.save(path)
    w = fresh_ws(tmp_path)
    before, since = snapshot(w), max_change_id(w)
    fp = imports.preview_paths(w, [path]).files[0]
    twice = [r for r in fp.rows if r.parsed.measure == "1.1"]
    assert len(fp.rows) == 4 and len(twice) == 3
    # three different reports for 1.1: none is guessed, each says so and waits unticked
    assert all(not r.include and "measure_twice" in {x.code for x in r.all_warnings}
               for r in twice)
    assert [r.parsed.row for r in fp.changes(create_assignments=True)] == [5]  # 2.1 only
    twice[-1].include = True  # the user picks the third
    batch = imports.accept_file(w, fp, create_assignments=True)
    assert batch is not None
    assert logged_changes(w, since) == diff(before, snapshot(w))
    unit_id = fp.rows[0].parsed.unit_id
    a = find_assignment(w.db, fp.rows[0].parsed.measure_id, unit_id)
    report = find_report(w.db, a["id"], "2019-04")
    assert (report["progress"], report["status"]) == ("第三次填写", "已完成")
    imports.undo_batch(w, batch)
    after = snapshot(w)
    assert {k[0] for k in after.keys() - before.keys()} == {"import_batch"}  # kept, undone
    assert {k: after[k] for k in before} == before
    w.close()
