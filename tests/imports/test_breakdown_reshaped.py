"""Breakdowns (分解表) as departments reshape them: headings with bracketed notes, one unit column
read per measure with 牵头 marks, measures without one lead, rows that repeat or contradict each
other, files nothing can be read from, task heading rows, group words, and messages that name
their place once."""

from __future__ import annotations

import openpyxl
import pytest

from tests.cli_run import run_cli
from tests.helpers import fresh_ws
from tracker.errors import TrackerError
from tracker.services.breakdown_import import accept_breakdown, preview_breakdown


def write_book(path, sheets: dict[str, list[tuple]], merges: dict[str, list[str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        s = wb.create_sheet(name)
        for row in rows:
            s.append(list(row))
        for rng in (merges or {}).get(name, []):
            s.merge_cells(rng)
    wb.save(path)
    return path


@pytest.fixture
def ws(tmp_path):
    w = fresh_ws(tmp_path)
    yield w
    w.close()


def roles(preview) -> dict[tuple[str, str], str]:
    return {(c.entry.measure, c.entry.unit): c.entry.role for c in preview.changes}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def all_warnings(preview) -> list:
    return [*preview.parsed.warnings, *(w for c in preview.changes for w in c.entry.warnings)]


# --- 1. headings with a bracketed note ------------------------------------------------------


def test_bracketed_headings_keep_their_columns(tmp_path, ws):
    path = write_book(tmp_path / "b19.xlsx", {"分解表": [
        ("序号", "具体措施", "牵头单位", "配合单位（部门）", "完成时限（时间节点）", "具体举措（工作措施）"),
        (1, "拓宽创新创业直接融资渠道", "市金融办", "市发改委", "2019年底前", "建立上市后备企业库"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok", pv.parsed.error
    assert roles(pv) == {("6.3", "市金融办"): "牵头", ("6.3", "市发改委"): "配合"}
    for c in pv.changes:
        assert c.entry.deadline.as_written == "2019年底前"
        assert c.entry.action_text == "建立上市后备企业库"


def test_a_heading_means_the_same_in_both_importers():
    from tracker.excel.breakdown_read import heading
    from tracker.excel.layout import header_field

    for word in ("完成时限（时间节点）", "完 成 时 限", "具体举措（工作措施）", "具体措施（内容）",
                 "措施编号", "重点任务（一级）"):
        field = header_field(word)
        assert heading(word) == ("field", {"measure_code": "code"}.get(field, field)), word
    assert heading("配合单位（部门）") == ("role", "配合")
    assert heading("牵头单位(部门)") == ("role", "牵头")
    assert heading("责任单位及分工") == ("role", "责任")
    assert heading("牵头（责任）单位") == ("role", "分工")  # lead and others in one column
    assert heading("牵头领导") is None and heading("责任分工") is None


def test_lead_responsible_heading_and_a_cell_that_labels_roles(tmp_path, ws):
    path = write_book(tmp_path / "b14.xlsx", {
        "分解表": [("序号", "具体措施", "牵头（责任）单位", "完成时限"),
                (1, "提升归国和外籍人才创新创业便利化水平", "市人社局、市科技局", "长期坚持")],
        "分工": [("序号", "具体措施", "责任单位及分工", "完成时限"),
               (1, "推进创新创业国际合作", "牵头单位：市商务局；配合单位：市科技局、市发改委",
                "2019年底前")]})
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "ok", pv.parsed.error
    assert roles(pv) == {("3.5", "市人社局"): "牵头", ("3.5", "市科技局"): "责任",
                         ("7.4", "市商务局"): "牵头", ("7.4", "市科技局"): "配合",
                         ("7.4", "市发改委"): "配合"}


# --- 2. one lead per measure, marks win -----------------------------------------------------


def test_the_first_unit_of_a_measure_leads_not_of_every_row(tmp_path, ws):
    path = write_book(tmp_path / "b03.xlsx", {"分解": [
        ("编号", "具体措施", "责任单位", "完成时间", "具体实施举措"),
        ("3.3", "健全农民工返乡创业服务体系", "市人社局", "2019年6月底前", "出台贷款贴息办法"),
        (None, None, "米东区", "2019年9月底前", "建设返乡创业园"),
        (None, None, "乌鲁木齐县", "2019年12月底前", "开展创业培训"),
        ("5.5", "打造创新创业重点展示品牌", "市人社局", "每年", "举办创业大赛"),
        (None, None, "市科技局（牵头）", "每年10月", "举办创新创业大赛"),
    ]}, {"分解": ["A2:A4", "B2:B4", "A5:A6", "B5:B6"]})
    pv = preview_breakdown(ws, path, 1)
    assert roles(pv) == {("3.3", "市人社局"): "牵头", ("3.3", "米东区"): "责任",
                         ("3.3", "乌鲁木齐县"): "责任",
                         ("5.5", "市人社局"): "责任", ("5.5", "市科技局"): "牵头"}
    [lead] = [c.entry for c in pv.changes if c.entry.unit == "市科技局"]
    assert lead.unit_as_written == "市科技局" and not lead.warnings  # the mark is no name
    assert lead.deadline.as_written == "每年10月"


def test_marks_in_a_single_unit_column(tmp_path, ws):
    path = write_book(tmp_path / "b05.xlsx", {"分解表": [
        ("序号", "具体措施", "责任单位", "完成时限"),
        (1, "鼓励和支持科研人员积极投身科技创业", "市人社局、市科技局（牵头）、市财政局", "2019年底前"),
        (2, "引导金融机构有效服务创新创业融资需求", "金融办（牵头）、市发改委", "长期坚持"),
        (3, "搭建大中小企业融通发展平台", "市工信局牵头，各区（县）配合", "2019年底前"),
        (4, "推进创新创业国际合作", "市发改委、市商务局(牵头)", "2019年底前"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    got = roles(pv)
    assert got[("3.1", "市科技局")] == "牵头"
    assert got[("3.1", "市人社局")] == got[("3.1", "市财政局")] == "责任"
    assert got[("6.1", "市金融办")] == "牵头" and got[("6.1", "市发改委")] == "责任"
    assert got[("5.2", "市工信局")] == "牵头" and got[("5.2", "米东区")] == "配合"
    assert got[("7.4", "市商务局")] == "牵头" and got[("7.4", "市发改委")] == "责任"
    assert not [w for w in all_warnings(pv) if w.code in ("breakdown_unit_unknown", "unit_fuzzy")]


# --- 3. a measure without one lead ----------------------------------------------------------


def test_responsible_and_cooperating_columns_the_first_responsible_leads(tmp_path, ws):
    path = write_book(tmp_path / "b12.xlsx", {"分解表": [
        ("序号", "具体措施", "责任单位", "配合单位", "完成时限"),
        (1, "强化创新创业政策统筹", "市“双创”办、市发改委", "各区（县）", "2019年6月底前"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    got = roles(pv)
    assert got[("8.1", "市“双创”办")] == "牵头" and got[("8.1", "市发改委")] == "责任"
    assert got[("8.1", "天山区")] == "配合"
    assert not [w for w in pv.parsed.warnings if "lead" in w.code]


def test_measures_ending_with_no_lead_or_several_are_warned(tmp_path, ws):
    path = write_book(tmp_path / "b10.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限"),
        ("3.6", "推动更多群体投身创新创业", "团市委", "市人社局", None, "长期坚持"),
        ("4.1", "增强创新型企业引领带动作用", None, None, "市科技局", "2020年底前"),
        ("1.2", "放管结合营造公平市场环境", "市发改委", None, None, "长期坚持"),
        ("1.2", "放管结合营造公平市场环境", "市市场监管局", None, None, "长期坚持"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    by = {w.code: w for w in pv.parsed.warnings}
    assert by["breakdown_lead_unknown"].data["code"] == "3.6"
    assert "团市委" in by["breakdown_lead_unknown"].message()
    assert by["breakdown_no_lead"].data["code"] == "4.1"
    several = by["breakdown_several_leads"]
    assert several.data["code"] == "1.2" and "市发改委、市市场监管局" in several.message()
    assert "b10.xlsx" in several.message() and "第4、5行" in several.message()


def test_a_lead_added_next_to_the_one_in_the_database(tmp_path, ws):
    first = write_book(tmp_path / "a.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "配合单位"),
        ("1.2", "放管结合营造公平市场环境", "市发改委", "市市场监管局")]})
    accept_breakdown(ws, preview_breakdown(ws, first, 1))
    second = write_book(tmp_path / "b15.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "配合单位"),
        ("1.2", "放管结合营造公平市场环境", "市市场监管局", None)]})
    pv = preview_breakdown(ws, second, 1)
    [c] = pv.changes
    assert c.change == "update" and c.fields == {"role": "牵头"}
    assert "breakdown_several_leads" in codes(pv.parsed.warnings)


# --- 4. nothing disappears without a message ------------------------------------------------


def test_a_unit_in_two_roles_and_a_measure_row_twice(tmp_path, ws):
    path = write_book(tmp_path / "b13.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限"),
        ("6.2", "充分发挥创业投资支持创新企业作用", "市财政局", None, "市金融办、市财政局", "2019年底前"),
        ("6.3", "拓宽创新创业直接融资渠道", "市金融办", None, "市发改委", "2019年底前"),
        ("6.3", "拓宽创新创业直接融资渠道", None, "市发改委", None, "2020年底前"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    [fin] = [c for c in pv.changes if (c.entry.measure, c.entry.unit) == ("6.2", "市财政局")]
    assert fin.entry.role == "牵头"
    [twice] = [w for w in fin.entry.warnings if w.code == "breakdown_role_twice"]
    assert "按牵头记入" in twice.message()
    both = [c for c in pv.changes if (c.entry.measure, c.entry.unit) == ("6.3", "市发改委")]
    assert [c.entry.row for c in both] == [3, 4]
    assert all(c.change == "new" and not c.include and c.entry.waits for c in both)
    assert "2020年底前" in next(w for w in both[0].entry.warnings
                              if w.code == "breakdown_conflict").message()
    assert not [c for c in pv.writable if c.entry.unit == "市发改委"]
    for c in both:  # the user ticks both: refused, nothing written
        c.include = True
    with pytest.raises(TrackerError) as err:
        accept_breakdown(ws, pv)
    assert err.value.code == "breakdown_pick_one"
    assert ws.db.execute("SELECT count(*) FROM assignment").fetchone()[0] == 0
    both[0].include = False  # the user keeps the second row
    accept_breakdown(ws, pv)
    assert ws.db.execute(
        "SELECT a.role, a.deadline_text FROM assignment a JOIN unit u ON u.id = a.unit_id "
        "JOIN measure m ON m.id = a.measure_id WHERE u.name = '市发改委' AND m.code = '6.3'"
    ).fetchall() == [("责任", "2020年底前")]


def test_task_sheets_that_contradict_the_summary_sheet(tmp_path, ws):
    head = ("措施编号", "具体措施", "牵头单位", "配合单位", "完成时限")
    path = write_book(tmp_path / "b07.xlsx", {
        "汇总": [head,
               ("1.1", "简政放权释放创新创业活力", "市市场监管局", "市政务服务管理局", "2019年6月底前"),
               ("1.3", "优化服务便利创新创业", "市政务服务管理局", None, "2019年底前"),
               ("2.1", "加大财税政策支持力度", "市财政局", "市税务局", "长期坚持")],
        "一、环境提升": [head,
                    ("1.1", "简政放权释放创新创业活力", "市市场监管局", "市政务服务管理局",
                     "2019年6月底前"),
                    ("1.3", "优化服务便利创新创业", "市政务服务管理局", "市“双创”办", "2019年底前")],
        "二、动力升级": [head, ("2.1", "加大财税政策支持力度", "市税务局", "市财政局", "长期坚持")]})
    pv = preview_breakdown(ws, path, 1)
    warned = {w.code: w for w in pv.parsed.warnings}
    assert "breakdown_repeated" in warned and "1.1 市市场监管局" in warned["breakdown_repeated"].message()
    differ = warned["breakdown_sheets_differ"]
    assert differ.data["code"] == "1.3" and differ.data["unit"] == "市“双创”办"
    waiting = sorted((c.entry.sheet, c.entry.unit, c.entry.role) for c in pv.changes
                     if c.entry.waits)
    assert waiting == [("二、动力升级", "市税务局", "牵头"), ("二、动力升级", "市财政局", "配合"),
                       ("汇总", "市税务局", "配合"), ("汇总", "市财政局", "牵头")]
    assert warned["breakdown_lead_pending"].data["code"] == "2.1"
    assert len([c for c in pv.changes if c.entry.measure == "1.1"]) == 2  # repeated: once


def test_a_row_with_a_deadline_but_no_unit_is_said(tmp_path, ws):
    path = write_book(tmp_path / "b09.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限", "具体举措"),
        ("5.2", "搭建大中小企业融通发展平台", "市工信局", None, None, "2019年底前", "组织对接活动"),
        ("5.3", "深入推进工业互联网创新发展", None, None, None, "2020年", "待定"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    [w] = [w for w in pv.parsed.warnings if w.code == "breakdown_no_unit"]
    assert "5.3" in w.message() and "第3行" in w.message() and "b09.xlsx" in w.message()


# --- 5. files nothing can be read from ------------------------------------------------------


def test_a_file_whose_rows_all_fail_says_what_failed(tmp_path, ws):
    path = write_book(tmp_path / "b17.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "配合单位", "完成时限"),
        ("7.2", "培育创新创业集聚区", "市住建局", "市自然资源局", "2020年底前"),
        ("7.4", "推进创新创业国际合作", "市外事办", None, "2019年底前")]})
    pv = preview_breakdown(ws, path, 1)
    assert pv.parsed.outcome == "error"
    assert pv.parsed.error.code == "breakdown_units_all_unknown"
    assert codes(pv.parsed.warnings) == ["breakdown_unit_unknown"] * 3
    assert "编辑 → 单位名录" in pv.parsed.warnings[0].message()  # what to do, not "手工指定"
    db = str(tmp_path / "cli.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "import-breakdown", str(path))
    assert r.code == 1 and "找不到分解表的表头" not in r.err
    assert "“市外事办”不在单位名录中" in r.err and "没有一行可以导入" in r.err


def test_a_header_only_file_and_a_blank_export(tmp_path, ws):
    from tracker.services.exports import export_breakdown

    only = write_book(tmp_path / "b16c.xlsx", {"分解表": [("具体措施", "牵头单位", "完成时限")]})
    pv = preview_breakdown(ws, only, 1)
    assert pv.parsed.error.code == "breakdown_header_only"
    assert "工作表“分解表”第1行" in pv.parsed.error.message()
    blank = export_breakdown(ws, 1, tmp_path / "blank.xlsx")  # a fresh database: no units
    pv = preview_breakdown(ws, blank, 1)
    assert pv.parsed.error.code == "breakdown_no_units", pv.parsed.error
    assert "31 行措施都没有填写单位" in pv.parsed.error.message()


# --- 6. task heading rows -------------------------------------------------------------------


def test_task_heading_rows_are_not_units(tmp_path, ws):
    path = write_book(tmp_path / "b08.xlsx", {"分解表": [
        ("任务分解表",),
        ("序号", "具体措施", "牵头单位", "配合单位", "完成时限"),
        ("一、着力促进创新创业环境提升", None, None, None, None),
        ("（一）", "简政放权释放创新创业活力", "市市场监管局", "市政务服务管理局", "2019年6月底前"),
        ("二、加快推动创新创业发展动力升级", None, None, None, None),
        ("（一）", "加大财税政策支持力度", "市财政局", "市税务局", "长期坚持"),
        ("三、持续推进创业带动就业能力升级",),
        ("（一）", "强化大学生创新创业教育培训", "市教育局", "市人社局", "2019年9月底前"),
        (None, "四、深入推动科技创新支持能力升级"),  # not merged, in the measure column
        ("（一）", "增强创新型企业引领带动作用", "市科技局", None, "2020年底前"),
    ]}, {"分解表": ["A1:E1", "A3:E3", "A5:E5"]})
    pv = preview_breakdown(ws, path, 1)
    assert not pv.parsed.warnings, [w.message() for w in pv.parsed.warnings]
    assert {c.entry.measure for c in pv.changes} == {"1.1", "2.1", "3.2", "4.1"}


# --- 7. group words -------------------------------------------------------------------------


def test_development_zones_and_a_trailing_etc(tmp_path, ws):
    path = write_book(tmp_path / "b10.xlsx", {"分解表": [
        ("措施编号", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限"),
        ("7.1", "打造具有区域影响力的科技创新策源地", "市科技局", "各开发区", None, "2020年底前"),
        ("6.2", "充分发挥创业投资支持创新企业作用", "市财政局", None, "市金融办等", "2019年底前"),
        ("6.3", "拓宽创新创业直接融资渠道", "市金融办", None, "有关部门", "2019年底前"),
    ]})
    pv = preview_breakdown(ws, path, 1)
    zones = {u for u, k in ws.db.execute("SELECT name, kind FROM unit") if k == "开发区"}
    responsible = {c.entry.unit for c in pv.changes if c.entry.measure == "7.1"
                   and c.entry.role == "责任"}
    assert responsible == zones and "天山区" not in responsible
    assert roles(pv)[("6.2", "市金融办")] == "配合"
    assert codes(pv.parsed.warnings) == ["breakdown_group_unknown"]
    assert "有关部门" in pv.parsed.warnings[0].message()


# --- 8. messages name their place, once -----------------------------------------------------


def test_messages_name_file_sheet_row_column_and_print_once(tmp_path):
    path = write_book(tmp_path / "b06.xlsx", {"分解表": [
        ("序号", "工作措施", "牵头单位", "责任单位", "完成时限", "具体举措"),
        (1, "提升企业开办便利度，推进简政放权、减证便民", "市市场监管局", "各区（县）", "2019年6月底前",
         "推进一网通办"),
        (2, "优化服务便利创新创业", "市政务服务管理局", "各区（县）、市住建局", "2019年底前", "建窗口"),
    ]})
    db = str(tmp_path / "cli.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "import-breakdown", str(path))
    assert r.code == 0, r.err
    assert r.err.count("对应不确定") == 1  # one source row, eight units: said once
    assert r.err.count("责任单位写了多个") == 2  # once per row
    assert "文件“b06.xlsx”工作表“分解表”第3行D列的单位“市住建局”不在单位名录中" in r.err
    assert "工作表“分解表”第2行　1.1" in r.err


def test_a_doubtful_measure_match_is_written_once_the_user_ticks_it(tmp_path):
    """待确认 rows: unticked by default; ticking one (window) confirms the suggested measure."""
    import openpyxl

    from tests.helpers import fresh_ws
    from tracker.services.breakdown_import import accept_breakdown, preview_breakdown
    from tracker.ui.breakdown_rows_model import tickable

    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["序号", "具体措施", "责任单位", "完成时限"])
    s.append([1, "加强社会信用体系建设", "市发改委", "长期坚持"])
    wb.save(tmp_path / "分解表.xlsx")
    ws = fresh_ws(tmp_path)
    pv = preview_breakdown(ws, tmp_path / "分解表.xlsx", 1)
    [c] = pv.changes
    assert c.change == "low_confidence" and not c.include and c.confirm_as in ("new", "update")
    assert accept_breakdown(ws, pv) is None  # nothing guessed
    assert tickable(c)
    c.include = True
    batch = accept_breakdown(ws, pv)
    assert batch is not None
    got = ws.db.execute("SELECT u.name FROM assignment a JOIN unit u ON u.id = a.unit_id "
                        "WHERE a.measure_id = ?", [c.entry.measure_id]).fetchall()
    assert ("市发改委",) in got
    ws.close()


def test_units_below_a_measure_row_without_units_belong_to_that_measure(tmp_path):
    """A blank 具体措施 continues the last measure row read, even one that named no unit itself
    (its units written on the lines below), never an earlier measure."""
    import openpyxl

    from tests.helpers import fresh_ws
    from tracker.services.breakdown_import import preview_breakdown

    wb = openpyxl.Workbook()
    s = wb.active
    for row in (("序号", "具体措施", "牵头单位", "配合单位", "完成时限"),
                (1, "拓宽创新创业直接融资渠道", "市金融办", None, "2019年底前"),
                (2, "加大财税政策支持力度", None, None, "2019年底前"),
                (None, None, "市财政局", None, None),
                (None, None, None, "市税务局", None)):
        s.append(list(row))
    wb.save(tmp_path / "b.xlsx")
    ws = fresh_ws(tmp_path)
    pv = preview_breakdown(ws, tmp_path / "b.xlsx", 1)
    got = {(c.entry.unit, c.entry.measure) for c in pv.changes}
    ws.close()
    assert ("市财政局", "2.1") in got and ("市税务局", "2.1") in got
    assert not any(m == "6.3" and u in ("市财政局", "市税务局") for u, m in got)
    assert not any(w.code == "breakdown_no_unit" for w in pv.parsed.warnings)


def test_a_numbered_row_without_its_measure_is_not_filed_under_the_one_above(tmp_path):
    import openpyxl

    from tests.helpers import fresh_ws
    from tracker.services.breakdown_import import preview_breakdown

    wb = openpyxl.Workbook()
    s = wb.active
    for row in (("序号", "具体措施", "牵头单位", "完成时限"),
                (1, "拓宽创新创业直接融资渠道", "市金融办", "2019年底前"),
                (2, None, "市科技局", "2019年底前")):  # its own 序号, the measure left out
        s.append(list(row))
    wb.save(tmp_path / "b.xlsx")
    ws = fresh_ws(tmp_path)
    pv = preview_breakdown(ws, tmp_path / "b.xlsx", 1)
    ws.close()
    assert [(c.entry.unit, c.entry.measure) for c in pv.changes] == [("市金融办", "6.3")]
    assert any(w.code == "breakdown_row_no_measure" for w in pv.parsed.warnings)
