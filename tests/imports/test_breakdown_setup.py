"""Agreeing the breakdown with departments (USERS.md, set-up): a corrected deadline is taken until
a 延期 is on record; units a complete listing leaves out are offered for removal; a unit or measure
recognised by a near name is shown and, for units, waits; a unit's own action text survives the
round trip and is not replaced by another unit's text."""

from __future__ import annotations

import openpyxl

from tests.cli_run import run_cli
from tests.helpers import fresh_ws, snapshot
from tracker.services.assignments import assign, edit_assignment, extend_deadline
from tracker.services.breakdown_import import accept_breakdown, preview_breakdown
from tracker.services.exports import export_breakdown
from tracker.services.imports import undo_batch
from tracker.services.reports import ReportInput, record_report


def _ids(ws, code: str, *units: str) -> tuple[int, list[int]]:
    measure = ws.db.execute("SELECT id FROM measure WHERE code = ?", [code]).fetchone()[0]
    found = [ws.db.execute("SELECT id FROM unit WHERE name = ?", [u]).fetchone()[0] for u in units]
    return measure, found


def _assignments(ws, code: str) -> dict[str, tuple]:
    return {u: (role, dl, act) for u, role, dl, act in ws.db.execute(
        "SELECT u.name, a.role, a.deadline_text, a.action_text FROM assignment a "
        "JOIN unit u ON u.id = a.unit_id JOIN measure m ON m.id = a.measure_id "
        "WHERE m.code = ?", [code]).fetchall()}


def _sheet(path, rows) -> None:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)


def test_a_corrected_deadline_is_taken_until_a_deferral_is_on_record(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, (lead, other) = _ids(ws, "1.1", "市市场监管局", "市发改委")
    assign(ws, measure, lead, "牵头", "长期坚持")
    aid = assign(ws, measure, other, "责任", "2019年12月底前")
    extend_deadline(ws, aid, "2020年6月底前", "专题会议同意", "张主任")
    path = tmp_path / "分解.xlsx"
    _sheet(path, [["序号", "具体措施", "牵头单位", "责任单位", "完成时限"],
                  [1, "简政放权释放创新创业活力", "市市场监管局", "市发改委", "2019年9月底前"]])
    before = snapshot(ws)
    pv = preview_breakdown(ws, path, 1)
    by = {c.entry.unit: c for c in pv.changes}
    assert by["市市场监管局"].change == "update"
    assert by["市市场监管局"].fields == {"deadline": "2019年9月底前"}
    assert by["市发改委"].change == "same"  # extended: a new deadline would be another 延期
    [w] = [w for w in by["市发改委"].entry.warnings if w.code == "breakdown_deadline_changed"]
    assert "已办理过延期" in w.message() and "2020年6月底前" in w.message()
    batch = accept_breakdown(ws, pv)
    assert _assignments(ws, "1.1")["市市场监管局"][1] == "2019年9月底前"
    assert _assignments(ws, "1.1")["市发改委"][1] == "2020年6月底前"
    kind, day = ws.db.execute("SELECT deadline_kind, deadline_date FROM assignment WHERE "
                              "unit_id = ? AND measure_id = ?", [lead, measure]).fetchone()
    assert (kind, day) == ("month_end", "2019-09-30")
    undo_batch(ws, batch)
    after = {k: v for k, v in snapshot(ws).items() if k[0] != "import_batch"}
    assert after == {k: v for k, v in before.items() if k[0] != "import_batch"}
    ws.close()


def test_units_left_out_of_our_export_are_offered_for_removal_unticked(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, units = _ids(ws, "1.2", "市发改委", "天山区", "市工信局", "市人社局")
    for uid, role in zip(units, ("牵头", "配合", "配合", "配合"), strict=True):
        assign(ws, measure, uid, role, "长期坚持")
    reported = ws.db.execute("SELECT id FROM assignment WHERE unit_id = ? AND measure_id = ?",
                             [units[3], measure]).fetchone()[0]
    record_report(ws, reported, "2019-06", ReportInput(status="推进中", progress="已召开会议"))
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb["分解表"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    cols = {sheet.cell(header, c).value: c for c in range(1, 15) if sheet.cell(header, c).value}
    code_col = next(c for name, c in cols.items() if "编号" in name)
    partner_col = next(c for name, c in cols.items() if name.startswith("配合"))
    for r in range(header + 1, sheet.max_row + 1):
        if sheet.cell(r, code_col).value == "1.2" and sheet.cell(r, partner_col).value:
            sheet.cell(r, partner_col).value = "天山区"  # 市工信局 and 市人社局 deleted
    wb.save(path)
    pv = preview_breakdown(ws, path, 1)
    removals = [c for c in pv.changes if c.change == "remove"]
    assert [(c.entry.unit, c.include) for c in removals] == [("市工信局", False)]
    assert "勾选此行将删除这项分工" in removals[0].entry.warnings[0].message()
    [kept] = [w for w in pv.parsed.warnings if w.code == "breakdown_unlisted_reported"]
    assert "市人社局" in kept.message() and "销号" in kept.message()
    assert accept_breakdown(ws, pv) is None  # nothing ticked: nothing written
    removals[0].include = True
    batch = accept_breakdown(ws, pv)
    assert set(_assignments(ws, "1.2")) == {"市发改委", "天山区", "市人社局"}
    undo_batch(ws, batch)
    assert set(_assignments(ws, "1.2")) == {"市发改委", "天山区", "市工信局", "市人社局"}
    ws.close()


def test_foreign_files_propose_no_removals_and_the_cli_removes_only_when_asked(tmp_path):
    db = tmp_path / "t.sqlite"
    ws = fresh_ws(tmp_path)
    measure, units = _ids(ws, "2.1", "市财政局", "市发改委", "市税务局", "米东区")
    for uid, role in zip(units, ("牵头", "责任", "配合", "责任"), strict=True):
        assign(ws, measure, uid, role, "长期坚持")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    ws.close()
    for name, rows in (  # a unit's own rows; a district's table naming the lead and itself
            ("财政局.xlsx", [["2.1", "加大财税政策支持力度", "市财政局", "", "长期坚持"]]),
            ("米东区.xlsx", [["2.1", "加大财税政策支持力度", "市财政局", "米东区", "长期坚持"]])):
        _sheet(tmp_path / name, [["措施编号", "具体措施", "牵头单位", "责任单位", "完成时限"], *rows])
        r = run_cli("--db", str(db), "import-breakdown", str(tmp_path / name), "--yes",
                    "--remove-unlisted")
        assert r.code == 0 and "文件未列出" not in r.err and "删除分工" not in r.err, r.err
    wb = openpyxl.load_workbook(path)
    sheet = wb["分解表"]
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "市税务局" in cell.value:
                cell.value = cell.value.replace("、市税务局", "").replace("市税务局、", "") \
                    .replace("市税务局", "") or None
    wb.save(path)
    r = run_cli("--db", str(db), "import-breakdown", str(path), "--yes")
    assert "文件未列出（保留） 1" in r.err and "市税务局" in r.err
    r = run_cli("--db", str(db), "import-breakdown", str(path), "--yes", "--remove-unlisted")
    assert r.code == 0 and "删除分工 1 项" in r.err
    ws = fresh_ws(tmp_path)
    assert set(_assignments(ws, "2.1")) == {"市财政局", "市发改委", "米东区"}
    ws.close()


def test_a_measure_naming_an_unknown_unit_is_not_complete(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, units = _ids(ws, "2.1", "市财政局", "市税务局")
    for uid, role in zip(units, ("牵头", "配合"), strict=True):
        assign(ws, measure, uid, role, "长期坚持")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    wb = openpyxl.load_workbook(path)
    for row in wb["分解表"].iter_rows():
        for cell in row:
            if cell.value == "市税务局":
                cell.value = "乌市税务"  # the same unit, written as the register does not know it
    wb.save(path)
    pv = preview_breakdown(ws, path, 1, remove_unlisted=True)
    assert not [c for c in pv.changes if c.change == "remove"]
    ws.close()


def test_a_unit_known_by_a_near_name_waits_and_a_near_measure_wording_is_shown(tmp_path):
    ws = fresh_ws(tmp_path)
    path = tmp_path / "分解.xlsx"
    _sheet(path, [["序号", "具体措施", "牵头单位", "配合单位", "完成时限"],
                  [1, "提升孵化机构和众创空间服务能力", "市科技局", "米东区委组织部", "2019年12月底前"]])
    pv = preview_breakdown(ws, path, 1)
    by = {c.entry.unit: c for c in pv.changes}
    assert by["米东区"].change == "low_confidence" and not by["米东区"].include
    assert by["米东区"].confirm_as == "new"
    assert any(w.code == "unit_fuzzy" for w in by["米东区"].entry.warnings)
    lead = by["市科技局"]
    assert lead.change == "new" and lead.include
    [near] = [w for w in lead.entry.warnings if w.code == "breakdown_measure_near"]
    assert "提升孵化机构和众创空间服务能力" in near.message() and lead.entry.measure in near.message()
    accept_breakdown(ws, pv)
    assert set(_assignments(ws, lead.entry.measure)) == {"市科技局"}  # 米东区 waited
    ws.close()


def test_an_action_beginning_with_the_units_name_round_trips_unchanged(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, (unit,) = _ids(ws, "3.3", "米东区")
    aid = assign(ws, measure, unit, "责任", "2019年6月底前")
    edit_assignment(ws, aid, action_text="米东区：在古牧地镇建设返乡创业孵化基地，6月底前挂牌")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    pv = preview_breakdown(ws, path, 1)
    assert {c.change for c in pv.changes} == {"same"}
    ws.close()


def test_one_text_for_several_units_does_not_replace_a_units_own_action_unasked(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, (dept, district, county) = _ids(ws, "3.3", "市人社局", "米东区", "乌鲁木齐县")
    for uid in (dept, district, county):
        assign(ws, measure, uid, "责任", "2019年6月底前")
    mine = ws.db.execute("SELECT id FROM assignment WHERE unit_id = ? AND measure_id = ?",
                         [district, measure]).fetchone()[0]
    edit_assignment(ws, mine, action_text="在古牧地镇建设返乡创业孵化基地")
    path = tmp_path / "人社局.xlsx"
    _sheet(path, [["措施编号", "具体措施", "责任单位", "本单位具体举措"],
                  ["3.3", "健全农民工返乡创业服务体系", "市人社局、米东区、乌鲁木齐县",
                   "开展返乡创业培训"],
                  ])
    pv = preview_breakdown(ws, path, 1)
    by = {c.entry.unit: c for c in pv.changes}
    assert by["米东区"].change == "update" and not by["米东区"].include  # its own text: asked
    assert by["市人社局"].include and by["乌鲁木齐县"].include  # no text of their own yet
    accept_breakdown(ws, pv)
    got = _assignments(ws, "3.3")
    assert got["米东区"][2] == "在古牧地镇建设返乡创业孵化基地"
    assert got["乌鲁木齐县"][2] == "开展返乡创业培训"
    prefixed = tmp_path / "人社局2.xlsx"  # a line naming the sender shortly: its text only
    _sheet(prefixed, [["措施编号", "具体措施", "责任单位", "本单位具体举措"],
                      ["3.3", "健全农民工返乡创业服务体系", "市人社局、米东区", "人社局：组织返乡创业培训班4期"]])
    pv = preview_breakdown(ws, prefixed, 1)
    by = {c.entry.unit: c for c in pv.changes}
    assert by["市人社局"].entry.action_text == "组织返乡创业培训班4期"
    assert by["米东区"].entry.action_text == ""
    ws.close()


def test_a_near_unit_and_a_near_measure_wording_are_both_said(tmp_path):
    ws = fresh_ws(tmp_path)
    path = tmp_path / "分解.xlsx"
    _sheet(path, [["序号", "具体措施", "责任单位"],
                  [1, "提升孵化机构和众创空间服务能力", "米东区委组织部"]])
    pv = preview_breakdown(ws, path, 1)
    [c] = pv.changes
    codes = {w.code for w in c.entry.warnings}
    assert c.change == "low_confidence" and {"unit_fuzzy", "breakdown_measure_near"} <= codes
    ws.close()


def test_our_export_keeps_a_leads_text_whole_though_it_names_other_units(tmp_path):
    ws = fresh_ws(tmp_path)
    measure, (lead,) = _ids(ws, "3.3", "市人社局")
    aid = assign(ws, measure, lead, "牵头", "2019年6月底前")
    edit_assignment(ws, aid, action_text="市人社局：统筹指导，制定实施细则\n米东区：建设孵化基地\n"
                                         "天山区：开展培训")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    assert {c.change for c in preview_breakdown(ws, path, 1).changes} == {"same"}
    ws.close()
