"""The task breakdown (分解表): ours round-trips; a foreign layout with one unit cell (first named
leads, 各区（县） = every 区县) imports; undo restores; the CLI previews and writes."""

from __future__ import annotations

import openpyxl

from tests.cli_run import run_cli
from tests.helpers import fresh_ws, snapshot
from tracker.demo import build_demo
from tracker.services.breakdown_import import accept_breakdown, preview_breakdown
from tracker.services.exports import export_breakdown
from tracker.services.imports import undo_batch
from tracker.services.workspace import open_workspace


def test_our_breakdown_round_trips_and_undoes(tmp_path):
    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    roles = ws.db.execute("SELECT m.code, u.name, a.role, a.deadline_text FROM assignment a "
                          "JOIN measure m ON m.id = a.measure_id JOIN unit u ON u.id = a.unit_id"
                          ).fetchall()
    ws.close()
    ws = fresh_ws(tmp_path, "new.sqlite")
    before = snapshot(ws)
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok" and {c.change for c in pv.changes} == {"new"}
    batch = accept_breakdown(ws, pv)
    got = ws.db.execute("SELECT m.code, u.name, a.role, a.deadline_text FROM assignment a "
                        "JOIN measure m ON m.id = a.measure_id JOIN unit u ON u.id = a.unit_id"
                        ).fetchall()
    assert sorted(got) == sorted(roles)
    assert {c.change for c in preview_breakdown(ws, path, 1).changes} == {"same"}
    undo_batch(ws, batch)
    after = {k: v for k, v in snapshot(ws).items() if k[0] != "import_batch"}
    assert after == before
    ws.close()


def test_foreign_breakdown_with_one_unit_cell(tmp_path):
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["《若干意见》任务分解表"])
    s.append(["序号", "重点任务", "具体措施", "责任单位", "完成时限"])
    s.append([1, "一、着力促进创新创业环境提升", "简政放权释放创新创业活力",
              "市市场监管局、市政务服务管理局、各区（县）", "2019年6月底前"])
    s.append([2, None, "优化服务便利创新创业", "市政务服务管理局", "长期坚持"])
    s.merge_cells("B3:B4")
    path = tmp_path / "自制分解表.xlsx"
    wb.save(path)
    ws = fresh_ws(tmp_path)
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok", pv.parsed.error
    by = {(c.entry.measure, c.entry.unit): c.entry.role for c in pv.changes}
    assert by[("1.1", "市市场监管局")] == "牵头"
    assert by[("1.1", "市政务服务管理局")] == "责任"
    assert by[("1.1", "天山区")] == "责任" and by[("1.1", "米东区")] == "责任"
    assert by[("1.3", "市政务服务管理局")] == "牵头"
    counties = ws.db.execute("SELECT count(*) FROM unit WHERE kind = '区县'").fetchone()[0]
    assert len([k for k in by if k[0] == "1.1"]) == 2 + counties
    accept_breakdown(ws, pv)
    dl = ws.db.execute("SELECT deadline_kind, deadline_date FROM assignment a JOIN measure m "
                       "ON m.id = a.measure_id WHERE m.code = '1.1' LIMIT 1").fetchone()
    assert dl == ("month_end", "2019-06-30")
    ws.close()


def test_cli_import_breakdown(tmp_path):
    build_demo(tmp_path / "demo.sqlite")
    out = tmp_path / "b.xlsx"
    assert run_cli("--db", str(tmp_path / "demo.sqlite"), "export-breakdown", "-o",
                   str(out)).code == 0
    db = str(tmp_path / "new.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "import-breakdown", str(out))
    assert r.code == 0 and "新增" in r.err and "未写入" in r.err
    n = len([line for line in r.err.splitlines() if "　新增" in line])
    assert f"行：新增 {n}。" in r.err  # the count line before the question
    r = run_cli("--db", db, "import-breakdown", str(out), "--yes")
    assert r.code == 0 and "已导入分解表" in r.err
    again = run_cli("--db", db, "import-breakdown", str(out))  # unchanged rows: counted only
    assert "　无变化" not in again.err and f"无变化 {n}" in again.err
    r = run_cli("--db", db, "import-breakdown", str(tmp_path / "none.xlsx"))
    assert r.code == 2


def test_several_units_in_one_role_cell_share_the_rows_action_and_are_told(tmp_path):
    """Co-leads are common ("市财政局、市发改委"): both lead, and the row's 具体举措 goes to each —
    said in the preview, so a unit's own action is written on a row of its own."""
    ws = fresh_ws(tmp_path)
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["措施编号", "具体措施", "牵头单位", "配合单位", "完成时限", "具体举措"])
    s.append(["2.1", "加大财税政策支持力度", "市财政局、市发改委", "", "2019年6月底前", "落实减税降费"])
    s.append(["2.2", "完善创新创业产品和服务政府采购政策", "市财政局", "", "长期坚持", "落实采购政策"])
    wb.save(tmp_path / "b.xlsx")
    pv = preview_breakdown(ws, tmp_path / "b.xlsx", 1)
    two = [c for c in pv.changes if c.entry.measure == "2.1"]
    assert sorted((c.entry.unit, c.entry.role) for c in two) == [("市发改委", "牵头"),
                                                                  ("市财政局", "牵头")]
    for c in two:
        [w] = [w for w in c.entry.warnings if w.code == "breakdown_shared_action"]
        assert "市财政局、市发改委" in w.message() and "分行填写" in w.message()
    [one] = [c for c in pv.changes if c.entry.measure == "2.2"]
    assert not [w for w in one.entry.warnings if w.code == "breakdown_shared_action"]
    ws.close()


def test_our_breakdown_of_another_policy_or_a_newer_program_is_refused(tmp_path):
    """Its measure codes (1.1, 2.3 …) would land on the current policy's measures."""
    from tracker.services.exports import export_templates
    from tracker.services.policies import add_measure, add_task, create_policy

    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    other = create_policy(ws, "关于另一项工作的实施意见", short_title="另一项意见")
    add_measure(ws, add_task(ws, other, "重点任务一"), "措施一")
    before = snapshot(ws)
    pv = preview_breakdown(ws, path, other)
    assert pv.parsed.outcome == "error" and pv.parsed.error.code == "breakdown_other_policy"
    assert "另一项政策" in pv.parsed.error.message() and not pv.changes
    wb = openpyxl.load_workbook(path)
    wb["_tracker_keys"]["B1"] = 99  # format_version
    newer = tmp_path / "新版.xlsx"
    wb.save(newer)
    assert wb["_tracker_keys"]["A1"].value == "format_version"
    pv = preview_breakdown(ws, newer, 1)
    assert pv.parsed.outcome == "error" and pv.parsed.error.code == "template_newer"
    unit = ws.db.execute("SELECT unit_id FROM assignment LIMIT 1").fetchone()[0]
    template = export_templates(ws, 1, "2019-06", tmp_path / "tpl", [unit]).files[0]
    pv = preview_breakdown(ws, template, 1)
    assert pv.parsed.outcome == "error" and pv.parsed.error.code == "breakdown_kind"
    assert "导入报送材料" in pv.parsed.error.message()
    after = snapshot(ws)
    assert {k: v for k, v in after.items() if k[0] not in ("receipt", "action", "change_log")} \
        == {k: v for k, v in before.items() if k[0] not in ("receipt", "action", "change_log")}
    ws.close()


def test_our_own_export_reads_back_without_warnings_when_units_share_an_action(tmp_path):
    """Our export writes units of one role with the same action in one cell: reading it back
    must not ask to write them on separate rows."""
    from tracker.services.assignments import edit_assignment

    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    rows = ws.db.execute("""SELECT a.id, a.measure_id FROM assignment a WHERE a.role = '责任'
                            ORDER BY a.measure_id, a.id""").fetchall()
    by_measure: dict[int, list[int]] = {}
    for aid, mid in rows:
        by_measure.setdefault(mid, []).append(aid)
    pair = next(ids[:2] for ids in by_measure.values() if len(ids) >= 2)
    for aid in pair:
        edit_assignment(ws, aid, action_text="建设创业服务窗口")
    path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok"
    codes = {w.code for c in pv.changes for w in c.entry.warnings} | {
        w.code for w in pv.parsed.warnings}
    assert "breakdown_shared_action" not in codes
    assert {c.change for c in pv.changes} == {"same"}
    ws.close()


def test_an_action_cell_written_unit_by_unit_goes_to_each_unit_and_replacing_is_said(tmp_path):
    """"米东区：…" on its own line is 米东区's action only — not copied to the lead and the
    other units of the row; replacing what a unit had is said with both texts."""
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["序号", "具体措施", "责任单位", "具体举措", "完成时限"])
    s.append([1, "简政放权释放创新创业活力", "市市场监管局（牵头）、米东区、天山区",
              "米东区：设立返乡创业服务窗口\n市市场监管局：统筹推进商事制度改革", "2019年6月底前"])
    s.append([2, "优化服务便利创新创业", "市政务服务管理局", "水磨沟区：建设服务站", "长期坚持"])
    path = tmp_path / "科技局汇总.xlsx"
    wb.save(path)
    ws = fresh_ws(tmp_path)
    from tracker.services.assignments import assign

    unit = ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    measure = ws.db.execute("SELECT id FROM measure WHERE code = '1.1'").fetchone()[0]
    assign(ws, measure, unit, "责任", "2019年6月底前", action_text="米东区自己写的三项举措")
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok", pv.parsed.error
    got = {(c.entry.measure, c.entry.unit): c.entry.action_text for c in pv.changes}
    assert got[("1.1", "米东区")] == "设立返乡创业服务窗口"
    assert got[("1.1", "市市场监管局")] == "统筹推进商事制度改革"
    assert got[("1.1", "天山区")] == ""  # named nowhere in the cell: nothing of the others'
    assert got[("1.3", "市政务服务管理局")] == ""
    said: dict[str, str] = {}
    for w in (w for c in pv.changes for w in c.entry.warnings):
        said[w.code] = said.get(w.code, "") + w.message()
    assert "米东区自己写的三项举措" in said["breakdown_action_replaced"]
    assert "水磨沟区" in said["breakdown_action_other_unit"]
    assert "天山区的具体举措不从本行读入" in said["breakdown_action_for_some"]
    assert "breakdown_shared_action" not in said  # the cell is not shared: it is per unit
    ws.close()
