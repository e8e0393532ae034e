"""Returned files as departments reshape them (found by a review with 52 such files): a status
column under another heading, short unit names, a report written over two rows, the same
measure twice, bare fractions among whole percents, headers that name the measure otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from tests.excel.builders import SheetSpec, write_xlsx
from tests.excel.seed_catalog import seed_catalog
from tracker.db.queries import find_report
from tracker.demo import build_demo
from tracker.excel.parse import parse_file
from tracker.services import imports
from tracker.services.workspace import open_workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "d.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def ws(demo, tmp_path):
    import shutil

    copy = tmp_path / "d.sqlite"
    shutil.copy(demo, copy)
    w = open_workspace(copy, who="测试员")
    yield w
    w.close()


def _codes(problems) -> set[str]:
    return {p.code for p in problems}


def _preview(ws, path, period="2019-12"):
    return imports.preview_paths(ws, [path], period).files[0]


def test_a_status_column_headed_wanchengqingkuang_is_the_status(ws, tmp_path):
    """市工信局's own table: 落实情况 holds the text, 完成情况 the status words."""
    p = write_xlsx(tmp_path / "工信局.xlsx", [SheetSpec("2019年12月", [
        ["市工信局“双创”工作落实情况"],
        ["编号", "措施名称", "牵头/配合", "时限要求", "落实情况", "完成情况", "完成比例"],
        ["2.2", "完善创新创业产品和服务政府采购等政策措施", "牵头", "长期坚持", "出台采购办法",
         "推进中", 50],
        ["2.3", "加快推进首台(套)重大技术装备示范应用", "牵头", "长期坚持", "认定首台套3个",
         "已完成", 100],
        ["5.2", "搭建大中小企业融通发展平台", "配合", "长期坚持", "平台上线", "推进中", "0.6"],
        ["5.3", "深入推进工业互联网创新发展", "配合", "长期坚持", "项目延期", "滞后", 20]])])
    fp = _preview(ws, p)
    got = {r.parsed.measure: (r.parsed.status, r.parsed.percent, r.parsed.progress) for r in fp.rows}
    assert got == {"2.2": ("推进中", 50, "出台采购办法"), "2.3": ("已完成", 100, "认定首台套3个"),
                   "5.2": ("推进中", None, "平台上线"), "5.3": ("滞后", 20, "项目延期")}
    assert all(r.parsed.unit == "市工信局" for r in fp.rows)  # from the title
    # 0.6 among whole percents: 60 % or 0.6 %? not read, said, and kept
    row52 = next(r for r in fp.rows if r.parsed.measure == "5.2")
    [w] = [w for w in row52.all_warnings if w.code == "percent_ambiguous"]
    assert "60%" in w.message() and "0.6%" in w.message() and "G列" in w.message()
    assert "完成进度（原文）：0.6" in row52.parsed.extra and "percent" in row52.parsed.keep_fields
    assert not any("status_unknown" in _codes(r.all_warnings) for r in fp.rows)


def test_a_column_of_plain_text_is_not_taken_for_the_status(tmp_path):
    catalog = seed_catalog()
    p = write_xlsx(tmp_path / "天山区_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], ["具体措施", "完成情况", "存在问题"],
        ["1.1 简政放权释放创新创业活力", "已完成审批改革", "无"],
        ["1.3 优化服务便利创新创业", "推进中", "无"]])])
    result = parse_file(p, catalog, period="2019-06")
    assert [(r.status, r.progress) for r in result.rows] == [
        (None, "已完成审批改革"), (None, "推进中")]


def test_a_row_filled_only_in_a_second_progress_column_is_kept(ws, tmp_path):
    p = write_xlsx(tmp_path / "市财政局_2019年12月.xlsx", [SheetSpec("S", [
        ["填报单位：市财政局"], ["具体措施", "进展情况", "工作进展", "存在问题"],
        ["2.1 鼓励支持双创的财税政策", None, "减税降费3.2亿元", None]])])
    fp = _preview(ws, p)
    [row] = fp.rows
    assert row.parsed.reported and row.parsed.measure == "2.1"
    assert row.parsed.extra == "工作进展：减税降费3.2亿元"
    assert "not_filled" not in _codes(fp.all_warnings)


@pytest.mark.parametrize("heading", ["工作任务", "重点工作", "工作内容", "主要工作任务", "任务内容",
                                     "具体工作措施"])
def test_other_headings_for_the_measure_column(heading, tmp_path):
    p = write_xlsx(tmp_path / "天山区_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], ["序号", heading, "完成状态", "进展情况"],
        [1, "简政放权释放创新创业活力", "推进中", "进展"]])])
    [row] = parse_file(p, seed_catalog(), period="2019-06").rows
    assert row.measure == "1.1" and row.confidence >= 0.8


def test_short_unit_names_in_a_unit_column_sheet_and_file_names(ws, tmp_path):
    p = write_xlsx(tmp_path / "汇总.xlsx", [SheetSpec("2019年12月", [
        ["各区（县）落实情况汇总"], ["责任单位", "具体措施", "完成状态", "进展情况"],
        ["米东", "1.1 简政放权释放创新创业活力", "推进中", "米东进展"],
        ["甘泉堡", "1.1 简政放权释放创新创业活力", "推进中", "甘泉堡进展"]])])
    fp = _preview(ws, p)
    assert [r.parsed.unit for r in fp.rows] == ["米东区", "甘泉堡经开区"]
    assert all("unit_fuzzy" in _codes(r.all_warnings) for r in fp.rows)
    sheet = write_xlsx(tmp_path / "x_2019年12月.xlsx", [SheetSpec("米东", [
        ["具体措施", "完成状态", "进展情况"], ["1.1 简政放权释放创新创业活力", "推进中", "a"]])])
    assert [r.parsed.unit for r in _preview(ws, sheet).rows] == ["米东区"]
    named = write_xlsx(tmp_path / "人社局12月进展.xlsx", [SheetSpec("Sheet1", [
        ["具体措施", "完成状态", "进展情况"], ["3.1 鼓励和支持科研人员积极投身科技创业", "推进中", "b"]])])
    assert [r.parsed.unit for r in _preview(ws, named).rows] == ["市人社局"]


def test_rows_that_cannot_be_written_are_not_called_unchanged(ws, tmp_path):
    p = write_xlsx(tmp_path / "无名_2019年12月.xlsx", [SheetSpec("Sheet1", [
        ["具体措施", "完成状态", "进展情况"], ["1.1 简政放权释放创新创业活力", "推进中", "进展"]])])
    fp = _preview(ws, p)
    codes = _codes(fp.all_warnings)
    assert "nothing_writable_yet" in codes and "nothing_changes" not in codes
    [w] = [w for w in fp.all_warnings if w.code == "nothing_writable_yet"]
    assert "1 行默认不导入" in w.message()


def test_a_report_written_over_two_rows_under_one_merged_measure_is_one_report(ws, tmp_path):
    p = write_xlsx(tmp_path / "市退役军人事务局_2019年12月.xlsx", [SheetSpec("Sheet1", [
        ["填报单位：市退役军人事务局"], ["具体措施", "完成状态", "进展情况", "存在问题"],
        ["3.4 扩大退役军人创业培训", "推进中", "1.举办创业培训2期；", "场地不足"],
        [None, None, "2.设立创业孵化基地1个。", "场地不足"],
        ["3.5 其他", "推进中", "另一项", None]], merges=["A3:A4", "B3:B4", "D3:D4"])])
    fp = _preview(ws, p)
    first = fp.rows[0].parsed
    assert first.progress == "1.举办创业培训2期；\n2.设立创业孵化基地1个。"
    assert first.problems == "场地不足" and first.status == "推进中"
    assert "rows_joined" in _codes(first.warnings)
    assert "duplicate_measure" not in _codes(fp.all_warnings)
    assert fp.rows[0].include


def test_the_same_measure_twice_waits_unless_both_say_the_same(ws, tmp_path):
    row = ["1.1 简政放权释放创新创业活力", "推进中", "天山区进展"]
    same = write_xlsx(tmp_path / "天山区_2019年12月.xlsx", [
        SheetSpec("填报表", [["填报单位：天山区"], ["具体措施", "完成状态", "进展情况"], row]),
        SheetSpec("填报表 (2)", [["填报单位：天山区"], ["具体措施", "完成状态", "进展情况"], row])])
    fp = _preview(ws, same)
    assert len(fp.rows) == 1 and fp.rows[0].include  # a copied sheet: one report
    other = write_xlsx(tmp_path / "天山区2_2019年12月.xlsx", [
        SheetSpec("填报表", [["填报单位：天山区"], ["具体措施", "完成状态", "进展情况"], row,
                             [row[0], "已完成", "另一种说法"]])])
    fp = _preview(ws, other)
    assert [r.include for r in fp.rows] == [False, False]
    assert all("measure_twice" in _codes(r.all_warnings) for r in fp.rows)
    assert imports.accept_file(ws, fp) is None  # nothing guessed


def test_a_template_of_percent_cells_reads_100_percent(ws, tmp_path):
    from tests.helpers import template_sheet
    from tracker.services.exports import export_templates

    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市人社局'").fetchone()[0]
    path = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit]).files[0]
    wb, sheet, header, cols = template_sheet(path)
    values = iter([0.5, 1, 1, 0.05])
    done = {}
    for r in range(header + 1, header + 12):
        code = str(sheet.cell(r, cols["具体措施"]).value or "").split(" ")[0]
        if code[:1].isdigit() and len(done) < 4:
            sheet.cell(r, cols["完成状态"]).value = "推进中"
            cell = sheet.cell(r, cols["完成进度(%)"])
            cell.value = next(values)
            cell.number_format = "0%"
            done[code] = cell.value
    wb.save(path)
    fp = _preview(ws, path)
    got = [r.parsed.percent for r in fp.rows if r.parsed.measure in done]
    assert got == [50, 100, 100, 5]
    assert "percent_fractions" in _codes(fp.all_warnings)


def test_a_deadline_without_its_year_takes_the_periods_year(ws, tmp_path):
    p = write_xlsx(tmp_path / "达坂城区_2019年12月.xlsx", [SheetSpec("S", [
        ["填报单位：达坂城区"], ["具体措施", "完成时限", "完成状态", "进展情况"],
        ["1.1 简政放权释放创新创业活力", "12月30日", "推进中", "进展"]])])
    [row] = _preview(ws, p).rows
    assert row.parsed.deadline.date == date(2019, 12, 30)


def test_accepting_the_status_column_file_writes_the_status(ws, tmp_path):
    p = write_xlsx(tmp_path / "工信局.xlsx", [SheetSpec("2019年12月", [
        ["市工信局“双创”工作落实情况"],
        ["编号", "措施名称", "落实情况", "完成情况"],
        ["2.3", "加快推进首台(套)重大技术装备示范应用", "认定首台套3个", "已完成"]])])
    fp = _preview(ws, p)
    assert imports.accept_file(ws, fp) is not None
    a = fp.rows[0].assignment_id
    report = find_report(ws.db, a, "2019-12")
    assert (report["status"], report["progress"]) == ("已完成", "认定首台套3个")


def test_formulas_without_a_value_are_said_and_keep_what_is_there(ws, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "2019年12月"
    s.append(["填报单位：天山区"])
    s.append(["具体措施", "完成状态", "完成进度", "进展情况"])
    s.append(["1.1 简政放权释放创新创业活力", "推进中", "=B9*100", '="进展"&"一"'])
    wb.save(tmp_path / "天山区_2019年12月.xlsx")  # openpyxl saves no values for formulas
    [row] = _preview(ws, tmp_path / "天山区_2019年12月.xlsx").rows
    gaps = [w for w in row.all_warnings if w.code == "formula_no_value"]
    assert [w.data["col"] for w in gaps] == ["C", "D"]
    assert "没有保存计算结果" in gaps[1].message() and "第3行D列" in gaps[1].message()
    assert {"percent", "progress"} <= set(row.parsed.keep_fields)
    assert '进展情况（公式）：="进展"&"一"' in row.parsed.extra


def test_formula_gaps_in_the_sheet_xml():
    from tracker.excel.guards import formula_gaps

    xml = ('<sheetData><row r="5"><c r="J5" t="e"><f>已完成</f><v>#NAME?</v></c>'
           '<c r="K5"><f>1+1</f><v>2</v></c><c r="L5"><f>A1&amp;B1</f><v></v></c>'
           '<c r="M5" t="s"><v>3</v></c></row></sheetData>'
           '<dataValidations><dataValidation><formula1>0</formula1></dataValidation>'
           '</dataValidations>').encode()
    assert formula_gaps(xml) == {(4, 9): ("已完成", "#NAME?"), (4, 11): ("A1&B1", "")}
    assert formula_gaps(b"<dataValidation><formula1>0</formula1></dataValidation>") == {}


def test_a_measure_reported_differently_in_two_files_of_one_import(ws, tmp_path):
    """A department's summary with a sheet per unit, and the unit's own return: the unit's own
    is written, the summary's row waits; two returns of the unit itself are written in order;
    two compiled files: neither is guessed."""
    head = ["具体措施", "完成状态", "进展情况"]
    own = write_xlsx(tmp_path / "天山区_2019年12月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], head, ["1.1 简政放权释放创新创业活力", "推进中", "天山区自报"]])])
    summary = write_xlsx(tmp_path / "汇总_2019年12月.xlsx", [
        SheetSpec("天山区", [head, ["1.1 简政放权释放创新创业活力", "已完成", "汇总表所写"]]),
        SheetSpec("米东区", [head, ["1.1 简政放权释放创新创业活力", "推进中", "米东区"]])])
    pv = imports.preview_paths(ws, [own, summary], "2019-12")
    by_file = {fp.parsed.path: fp for fp in pv.files}
    mine = by_file[str(own)].rows[0]
    theirs = next(r for r in by_file[str(summary)].rows if r.parsed.unit == "天山区")
    [w_mine] = [w for w in mine.all_warnings if w.code == "measure_in_other_file"]
    [w_theirs] = [w for w in theirs.all_warnings if w.code == "measure_in_other_file"]
    assert summary.name in w_mine.message() and "此行导入" in w_mine.message()
    assert own.name in w_theirs.message() and "默认不导入" in w_theirs.message()
    assert mine.include and not theirs.include
    mdq = next(r for r in by_file[str(summary)].rows if r.parsed.unit == "米东区")
    assert mdq.include and not any(w.code == "measure_in_other_file" for w in mdq.all_warnings)
    second = write_xlsx(tmp_path / "天山区补报_2019年12月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], head, ["1.1 简政放权释放创新创业活力", "已完成", "补报"]])])
    pv = imports.preview_paths(ws, [own, second], "2019-12")  # a unit's own two: in order
    assert [fp.rows[0].include for fp in pv.files] == [True, True]
    assert all("按顺序写入" in fp.rows[0].all_warnings[-1].message() for fp in pv.files)
    other = write_xlsx(tmp_path / "牵头单位汇总_2019年12月.xlsx", [
        SheetSpec("天山区", [head, ["1.1 简政放权释放创新创业活力", "未启动", "另一份汇总"]]),
        SheetSpec("米东区", [head, ["1.1 简政放权释放创新创业活力", "推进中", "米东区"]])])
    pv = imports.preview_paths(ws, [summary, other], "2019-12")  # two compiled: no guess
    held = [r for fp in pv.files for r in fp.rows if r.parsed.unit == "天山区"]
    assert [r.include for r in held] == [False, False]


def test_tick_box_status_columns_under_a_merged_heading(tmp_path):
    """完成情况 split into 已完成 | 正在推进 | 未启动 with a √ in one of them."""
    p = write_xlsx(tmp_path / "市发改委_2019年12月.xlsx", [SheetSpec("Sheet1", [
        ["填报单位：市发改委"],
        ["序号", "具体措施", "完成情况", None, None, "工作进展", "存在问题"],
        [None, None, "已完成", "正在推进", "未启动", None, None],
        [1, "1.2 放管结合营造公平市场环境", "√", None, None, "发改1.2进展", None],
        [2, "4.1 增强创新型企业引领带动作用", None, "√", None, "发改4.1进展", None],
        [3, "6.3 拓宽创新创业直接融资渠道", None, None, "√", None, "无"],
        [4, "1.1 简政放权释放创新创业活力", "√", "√", None, "两个都勾了", None]],
        merges=["A2:A3", "B2:B3", "F2:F3", "G2:G3", "C2:E2"])])
    result = parse_file(p, seed_catalog(), period="2019-12")
    got = [(r.row, r.measure, r.status, r.progress, r.extra) for r in result.rows]
    assert got == [(4, "1.2", "已完成", "发改1.2进展", ""), (5, "4.1", "推进中", "发改4.1进展", ""),
                   (6, "6.3", "未启动", "", ""), (7, "1.1", None, "两个都勾了",
                                                  "完成状态（原文）：已完成、正在推进")]
    assert "status_unknown" in _codes(result.rows[3].warnings)


def test_a_weak_heading_gives_way_to_a_plain_one(tmp_path):
    """重点工作 beside 具体措施 holds the tasks; 工作成效 beside 进展情况 is an extra."""
    p = write_xlsx(tmp_path / "天山区_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"],
        ["序号", "重点工作", "具体措施", "完成状态", "工作成效", "进展情况"],
        [1, "一、着力促进创新创业环境提升", "简政放权释放创新创业活力", "推进中", "成效一", "进展一"],
        [2, "一、着力促进创新创业环境提升", "优化服务便利创新创业", "推进中", None, "进展二"]])])
    result = parse_file(p, seed_catalog(), period="2019-06")
    assert [(r.measure, r.confidence, r.progress, r.extra) for r in result.rows] == [
        ("1.1", 1.0, "进展一", "工作成效：成效一"), ("1.3", 1.0, "进展二", "")]


def test_a_task_heading_the_unit_renumbered_is_read_by_its_words(tmp_path):
    p = write_xlsx(tmp_path / "市人社局_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：市人社局"], ["具体措施", "完成状态", "进展情况"],
        ["一、持续推进创业带动就业能力升级"],
        ["鼓励和支持科研人员积极投身科技创业", "推进中", "a"]])])
    [row] = parse_file(p, seed_catalog(), period="2019-06").rows
    assert row.measure == "3.1" and "measure_task_mismatch" not in _codes(row.warnings)


def test_percent_edge_cases(ws, tmp_path):
    catalog = seed_catalog()
    # a bare 1 beside 0.3 and 0.8 may be a cell showing 100 %: not guessed either
    p = write_xlsx(tmp_path / "天山区_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], ["具体措施", "完成状态", "完成进度", "进展情况"],
        ["1.1 简政放权释放创新创业活力", "推进中", 0.3, "a"],
        ["1.3 优化服务便利创新创业", "推进中", 50, "b"],
        ["3.3 大力推进返乡下乡创业", "推进中", 1, "c"],
        ["5.1 增强创新型企业引领带动作用", "推进中", 0.8, "d"]])])
    rows = parse_file(p, catalog, period="2019-06").rows
    assert [r.percent for r in rows] == [None, 50, None, None]
    assert all("percent_ambiguous" in _codes(rows[i].warnings) for i in (0, 2, 3))
    # in our own template a lone 1 (and 0s) is 1 %: the column shows no fraction
    from tests.helpers import template_sheet
    from tracker.services.exports import export_templates

    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市人社局'").fetchone()[0]
    path = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit]).files[0]
    wb, sheet, header, cols = template_sheet(path)
    values = iter([1, 0, 0])
    for r in range(header + 1, header + 4):
        sheet.cell(r, cols["完成状态"]).value = "推进中"
        sheet.cell(r, cols["完成进度(%)"]).value = next(values)
    wb.save(path)
    fp = _preview(ws, path)
    assert [r.parsed.percent for r in fp.rows] == [1, 0, 0]
    assert "percent_fractions" not in _codes(fp.all_warnings)


def test_a_short_name_inside_two_units_names_is_no_guess():
    from tracker.excel.match import resolve_unit

    assert resolve_unit(seed_catalog(), "经开") is None  # 头屯河区(经开区) or 甘泉堡经开区


def test_yi_jiben_wancheng_is_done():
    from tracker.statuswords import parse_status

    assert str(parse_status("已基本完成")) == "已完成" == str(parse_status("已全部完成。"))


def test_joined_rows_keep_an_unreadable_status_and_do_not_guess_between_two(tmp_path):
    catalog = seed_catalog()
    head = ["填报单位：天山区"], ["具体措施", "完成状态", "完成进度", "进展情况"]
    p = write_xlsx(tmp_path / "a_2019年6月.xlsx", [SheetSpec("S", [
        *head, ["1.1 简政放权释放创新创业活力", "正常", "约九成", "第一段"],
        [None, None, None, "第二段"]], merges=["A3:A4"])])
    [row] = parse_file(p, catalog, period="2019-06").rows
    assert row.progress == "第一段\n第二段" and (row.status, row.percent) == (None, None)
    assert {"status", "percent"} <= set(row.keep_fields)  # the database keeps its values
    p = write_xlsx(tmp_path / "b_2019年6月.xlsx", [SheetSpec("S", [
        *head, ["1.1 简政放权释放创新创业活力", "推进中", 40, "上半年"],
        [None, "已完成", 100, "下半年"]], merges=["A3:A4"])])
    [row] = parse_file(p, catalog, period="2019-06").rows
    assert (row.status, row.percent) == (None, None)
    assert {"status", "percent"} <= set(row.keep_fields)
    assert [w.data["field"] for w in row.warnings if w.code == "rows_disagree"] == [
        "完成状态", "完成进度"]
    assert "完成状态（原文）：推进中；已完成" in row.extra


def test_a_weak_heading_after_the_plain_one_is_the_task_column_too(tmp_path):
    p = write_xlsx(tmp_path / "天山区_2019年6月.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], ["具体措施", "重点工作", "完成状态", "进展情况"],
        ["1.1 简政放权释放创新创业活力", "一、着力促进创新创业环境提升", "推进中", "进展"]])])
    [row] = parse_file(p, seed_catalog(), period="2019-06").rows
    assert row.measure == "1.1" and row.extra == "" and "extra" in row.keep_fields
