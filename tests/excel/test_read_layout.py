"""Reading grids and finding the layout: hidden rows and sheets, CSV encodings, merged headers,
formula-like text, one sheet per unit, .xls and .ods through LibreOffice."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.excel.builders import HEADER, SheetSpec, convert, simple_rows, write_xlsx
from tests.excel.seed_catalog import seed_catalog
from tracker.excel.layout import find_layout, header_field, info_of_row, parse_info
from tracker.excel.parse import parse_file
from tracker.excel.read import Grid, cell_text, read_book


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


def _codes(problems):
    return [p.code for p in problems]


def test_header_synonyms():
    cases = {"进展情况": "progress", "工作推进情况": "progress", "目前进展": "progress",
             "存在的问题": "problems", "困难问题": "problems", "下一步工作计划": "next_steps",
             "下步工作": "next_steps", "时间节点": "deadline", "时限": "deadline",
             "报送单位": "unit", "单位": "unit", "进展状态": "status", "完成进度(%)": "percent",
             "完成进度（%）": "percent", "完成比例": "percent", "措施内容": "measure",
             "工作措施": "measure", "措施编号": "measure_code", "编号": "measure_code",
             "任务": "task", "序号": "seq", "角色": "role", "实施举措": "action",
             "本单位具体举措": "action", "上期进展": "previous", "备注": "note",
             "佐证材料": "extra", "其他": "extra", " 进 展 情 况 ": "progress",
             "进展\u200b情况": "progress", "３月份工作进展": "progress"}
    for word, field in cases.items():
        assert header_field(word) == field, word
    for word in ("截至3月底，全面落实“证照分离”改革，2项涉企审批事项实行告知承诺", "推进中", "1", None, 3):
        assert header_field(word) is None


def test_info_lines():
    assert parse_info("填报单位（盖章）：水磨沟区人民政府") == {"reporter": "水磨沟区人民政府"}
    assert parse_info("汇总单位：市“双创”办") == {"compiler": "市“双创”办"}
    assert parse_info("说明：填报单位：xx") == {}
    row = info_of_row(["填报人：", "张三", "联系电话：", "填报日期：", "2019年7月3日"])
    assert row == {"person": "张三", "phone": "", "reported": "2019年7月3日"}


def test_two_row_merged_header_generated(tmp_path, catalog):
    rows = [["天山区“双创”工作推进表（2019年6月）"], ["填报单位：天山区", None, None, None,
                                                     "填报日期：2019年7月2日"],
            ["序号", "具体措施", "完成时限", "工作推进情况", None, None, "完成状态", "佐证材料", "牵头领导"],
            [None, None, None, "目前进展", "存在困难", "下一步打算", None, None, None],
            [1, "2.3 加快推进首台(套)重大技术装备示范应用", "2020年底前", "进展", "困难", "打算", "进行中",
             "见附件1", "王某"],
            [2, "2.4 建立完善知识产权管理服务体系", "2019年底前", None, None, None, None, None, "李某"]]
    p = write_xlsx(tmp_path / "t.xlsx", [SheetSpec("Sheet1", rows, merges=[
        "A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4", "I3:I4"])])
    layout = find_layout(read_book(p).sheets[0])
    assert layout.header_rows == (2, 3)
    assert {k: layout.fields[k] for k in ("progress", "problems", "next_steps", "status")} == {
        "progress": 3, "problems": 4, "next_steps": 5, "status": 6}
    result = parse_file(p, catalog)
    assert result.reported_date == dt.date(2019, 7, 2) and result.period == "2019-06"
    [row] = result.rows
    assert (row.measure, row.confidence, row.progress, row.problems, row.next_steps, row.status) == (
        "2.3", 1.0, "进展", "困难", "打算", "推进中")
    assert row.extra == "佐证材料：见附件1\n牵头领导：王某"  # unknown columns are kept, not dropped
    assert [w.data["codes"] for w in result.warnings if w.code == "not_filled"] == ["2.4"]


def test_merged_cells_filled_down_not_sideways():
    g = Grid("S", [["a", None, None], ["b", None, "c"], [None, None, None]],
             merged=[(0, 0, 0, 2), (1, 0, 2, 0)])
    g.fill_merges()
    assert g.rows[0] == ["a", "a", "a"] and g.rows[2][0] == "b"
    assert g.origin[(0, 1)] == (0, 0) and g.own(0, 1) is None and g.own(2, 0) == "b"
    assert g.sideways() == {(0, 1), (0, 2)}  # (2, 0) was filled down, not sideways


def test_joint_progress_cell_counts_for_each_row(tmp_path, catalog):
    data = [[1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "两项合并推进", "无", "继续"],
            [2, None, "1.2 放管结合营造公平市场环境", None, "推进中", None, "无", "继续"]]
    p = write_xlsx(tmp_path / "joint.xlsx", [SheetSpec("S", simple_rows(data=data),
                                                       merges=["F4:F5"])])
    rows = parse_file(p, catalog).rows
    assert [r.progress for r in rows] == ["两项合并推进", "两项合并推进"]


def test_hidden_rows_are_imported_with_a_warning(tmp_path, catalog):
    p = write_xlsx(tmp_path / "h.xlsx", [SheetSpec("Sheet1", simple_rows(), hidden_rows=[5])])
    assert read_book(p).sheets[0].hidden_rows == {4}
    result = parse_file(p, catalog)
    assert [(r.row, r.hidden) for r in result.rows] == [(4, False), (5, True)]
    warning = result.rows[1].warnings[0]
    assert warning.code == "hidden_row" and warning.data["row"] == 5 and warning.data["sheet"] == "Sheet1"


def test_hidden_sheets_are_not_read(tmp_path, catalog):
    p = write_xlsx(tmp_path / "hs.xlsx", [
        SheetSpec("天山区", simple_rows()),
        SheetSpec("旧数据", simple_rows(unit="米东区"), state="hidden"),
        SheetSpec("下拉", [["已完成"], ["推进中"]], state="veryHidden")])
    result = parse_file(p, catalog)
    assert {r.unit for r in result.rows} == {"天山区"}
    [w] = [w for w in result.warnings if w.code == "hidden_sheet_skipped"]
    assert w.data["sheets"] == "旧数据、下拉"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings(tmp_path, catalog, encoding):
    text = ("市金融办进展（2019年4月）,,,,,,\r\n填报单位：市金融办,,,,,,\r\n"
            "序号,具体措施,完成时限,完成状态,进展情况,存在问题,下步计划\r\n"
            '1,拓宽创新创业直接融资渠道,长期坚持,已完成,"进展,含逗号和""引号""",无,"多行\r\n计划"\r\n')
    p = tmp_path / f"金融办_{encoding}.csv"
    p.write_bytes(text.encode(encoding))
    result = parse_file(p, catalog)
    [row] = result.rows
    assert (row.unit, row.measure, row.sheet, row.row) == ("市金融办", "6.3", None, 4)
    assert row.progress == '进展,含逗号和"引号"' and row.next_steps == "多行\r\n计划"
    assert result.period == "2019-04"
    assert result.encoding == {"gbk": "gb18030", "gb18030": "gb18030", "utf-8-sig": "utf-8-bom",
                               "utf-8": "utf-8"}[encoding]


def test_csv_record_numbers_count_records_not_lines(tmp_path, catalog):
    text = ("序号,具体措施,完成状态,进展情况\n"
            '1,简政放权释放创新创业活力,推进中,"第一行\n第二行"\n'
            "2,优化服务便利创新创业,已完成,好\n")
    p = tmp_path / "天山区.csv"
    p.write_text(text, encoding="utf-8")
    rows = parse_file(p, catalog).rows
    assert [(r.row, r.measure, r.unit) for r in rows] == [(2, "1.1", "天山区"), (3, "1.3", "天山区")]


FORMULA_LIKE = ['=HYPERLINK("http://example.invalid/a","查看附件")', "+cmd|' /C calc'!A0", "-",
                "@SUM(A1)", "=cmd|' /C calc'!A0", "-1+2"]


def test_formula_like_text_kept_verbatim_xlsx(tmp_path, catalog):
    data = [[i + 1, None, "简政放权释放创新创业活力", None, "推进中", text, text, text]
            for i, text in enumerate(FORMULA_LIKE)]
    p = write_xlsx(tmp_path / "f.xlsx", [SheetSpec("S", simple_rows(data=data))])
    rows = parse_file(p, catalog).rows
    assert [r.progress for r in rows] == FORMULA_LIKE
    assert [r.problems for r in rows] == FORMULA_LIKE


def test_formula_like_text_kept_verbatim_csv(tmp_path, catalog):
    lines = ["序号,具体措施,完成状态,进展情况,存在问题"]
    for i, text in enumerate(FORMULA_LIKE):
        quoted = '"' + text.replace('"', '""') + '"'
        lines.append(f"{i + 1},简政放权释放创新创业活力,推进中,{quoted},{quoted}")
    p = tmp_path / "天山区.csv"
    p.write_text("\n".join(lines), encoding="utf-8-sig")
    rows = parse_file(p, catalog).rows
    assert [r.progress for r in rows] == FORMULA_LIKE


def test_formula_cached_value_is_used(tmp_path, catalog):
    from openpyxl import load_workbook

    p = write_xlsx(tmp_path / "formula.xlsx", [SheetSpec("S", simple_rows())])
    wb = load_workbook(p)
    wb["S"]["F4"] = '=CONCATENATE("进展","一")'
    wb.save(p)
    # openpyxl writes no cached value: the formula cell reads as empty, never as its source text
    assert read_book(p).sheets[0].rows[3][5] in (None, "进展一")


def test_one_sheet_per_unit(tmp_path, catalog):
    sheets = [SheetSpec(name, [HEADER, [1, None, "简政放权释放创新创业活力", None, "推进中", f"{name}进展",
                                        None, None]])
              for name in ("天山区", "米东区", "市工信局")]
    p = write_xlsx(tmp_path / "2019年6月各单位汇总.xlsx", sheets)
    result = parse_file(p, catalog)
    assert [(r.sheet, r.unit, r.progress) for r in result.rows] == [
        ("天山区", "天山区", "天山区进展"), ("米东区", "米东区", "米东区进展"),
        ("市工信局", "市工信局", "市工信局进展")]
    assert result.unit is None and result.period == "2019-06"


def test_sheets_of_other_months_are_left_out(tmp_path, catalog):
    sheets = [SheetSpec(f"{m}月", [HEADER, [1, None, "简政放权释放创新创业活力", None, "推进中", f"{m}月进展"]])
              for m in (4, 5, 6)]
    p = write_xlsx(tmp_path / "2019年天山区.xlsx", sheets)
    result = parse_file(p, catalog)
    assert result.period == "2019-06" and [r.progress for r in result.rows] == ["6月进展"]
    assert [w.data["sheet"] for w in result.warnings if w.code == "sheet_other_period"] == ["4月", "5月"]
    chosen = parse_file(p, catalog, period="2019-05")
    assert [r.progress for r in chosen.rows] == ["5月进展"]


def test_notes_titles_and_repeated_header_are_not_records(tmp_path, catalog):
    rows = simple_rows() + [HEADER, [3, None, "培育创新创业集聚区", None, "滞后", "慢", None, None],
                            [None], ["说明：本表由各单位填写"], ["填报人：张三", None, "联系电话：123"],
                            ["汇总单位：市“双创”办"]]
    p = write_xlsx(tmp_path / "n.xlsx", [SheetSpec("S", rows)])
    result = parse_file(p, catalog)
    assert [r.row for r in result.rows] == [4, 5, 7]
    assert {r.unit for r in result.rows} == {"天山区"}


def test_compiler_line_is_never_the_reporter(tmp_path, catalog):
    rows = [["汇总单位：市“双创”办"], HEADER,
            [1, None, "简政放权释放创新创业活力", None, "推进中", "进展", None, None]]
    p = write_xlsx(tmp_path / "汇总.xlsx", [SheetSpec("Sheet1", rows)])
    [row] = parse_file(p, catalog, period="2019-06").rows
    assert row.unit is None and _codes(row.warnings) == ["unit_missing"]


def test_status_and_percent_warnings(tmp_path, catalog):
    header = ["具体措施", "完成状态", "完成进度", "进展情况"]
    rows = [["填报单位：天山区"], header,
            ["1.1 简政放权释放创新创业活力", "正在推进", "80%", "a"],
            ["1.2 放管结合营造公平市场环境", "还行", 0.5, "b"],
            ["1.3 优化服务便利创新创业", None, "很多", "c"]]
    p = write_xlsx(tmp_path / "s.xlsx", [SheetSpec("S", rows)])
    r1, r2, r3 = parse_file(p, catalog, period="2019-06").rows
    assert (r1.status, r1.percent, r1.warnings) == ("推进中", 80, [])
    assert (r2.status, r2.percent) == (None, 50)
    assert _codes(r2.warnings) == ["status_unknown"] and r2.warnings[0].data["col"] == "B"
    assert r2.warnings[0].data["word"] == "还行"
    assert _codes(r3.warnings) == ["status_unknown", "percent_invalid"]
    rows[2][2] = "55.5"  # rounded to a whole percent: said, not silent
    p = write_xlsx(tmp_path / "r.xlsx", [SheetSpec("S", rows)])
    r1 = parse_file(p, catalog, period="2019-06").rows[0]
    assert r1.percent == 56 and _codes(r1.warnings) == ["percent_rounded"]
    assert "按 56% 记录" in r1.warnings[0].message()
    assert r3.warnings[0].data["word"] == "（空）"


def test_a_column_of_percent_cells_is_read_as_percent(tmp_path, catalog):
    """Cells formatted as percent hold fractions: the one showing 100% holds 1. The column
    decides (0.5 next to it shows it counts in fractions), and the file says so."""
    from openpyxl import Workbook

    wb = Workbook()
    s = wb.active
    s.append(["填报单位：天山区"])
    s.append(["具体措施", "完成状态", "完成进度", "进展情况"])
    for code, status, value in (("1.1", "已完成", 1), ("1.2", "推进中", 0.5), ("1.3", "未启动", 0)):
        s.append([code, status, value, f"进展{code}"])
        s.cell(s.max_row, 3).number_format = "0%"
    wb.save(tmp_path / "p.xlsx")
    result = parse_file(tmp_path / "p.xlsx", catalog, period="2019-06")
    assert [r.percent for r in result.rows] == [100, 50, 0]
    assert "percent_fractions" in _codes(result.warnings)
    # whole numbers next to each other are percents: 1 stays 1 %, and nothing is said
    p = write_xlsx(tmp_path / "n.xlsx", [SheetSpec("S", [
        ["填报单位：天山区"], ["具体措施", "完成状态", "完成进度", "进展情况"],
        ["1.1", "推进中", 1, "a"], ["1.2", "推进中", 60, "b"]])])
    result = parse_file(p, catalog, period="2019-06")
    assert [r.percent for r in result.rows] == [1, 60]
    assert "percent_fractions" not in _codes(result.warnings)


@pytest.mark.slow
def test_libreoffice_xls_and_ods(tmp_path, catalog):
    src = write_xlsx(tmp_path / "src" / "天山区_2019-06.xlsx", [
        SheetSpec("Sheet1", simple_rows(), merges=["A1:H1"], hidden_rows=[5]),
        SheetSpec("hidden", simple_rows(unit="米东区"), state="hidden")])
    expected = [(r.sheet, r.row, r.unit, r.measure, r.status, r.progress)
                for r in parse_file(src, catalog).rows]
    assert len(expected) == 2
    for fmt in ("xls", "ods"):
        out = convert(src, fmt, tmp_path / fmt)
        result = parse_file(out, catalog)
        assert result.outcome == "ok", result.message
        assert result.format == fmt
        got = [(r.sheet, r.row, r.unit, r.measure, r.status, r.progress) for r in result.rows]
        assert got == expected, fmt
        assert result.period == "2019-06"
    ods = parse_file(tmp_path / "ods" / "天山区_2019-06.ods", catalog)
    assert [r.hidden for r in ods.rows] == [False, True]  # ODS hidden rows come from content.xml


def test_cell_text():
    assert cell_text(3.0) == "3" and cell_text(2.5) == "2.5" and cell_text("\u3000 a b \u00a0") == "a b"
    assert cell_text(dt.date(2019, 6, 30)) == "2019-06-30" and cell_text(None) == ""


def test_section_rows_name_tasks(tmp_path, catalog):
    header = ["序号", "具体措施", "牵头单位", "完成时限", "3月份工作进展", "存在的问题", "下步打算", "状态"]
    rows = [["天山区落实情况（2019年3月）"], header,
            ["一、着力促进创新创业环境提升"] * 8,
            [1, "优化服务", "市政务服务管理局", "长期坚持", "窗口建成", "无", "推广", "按计划推进"],
            ["二、加快推动创新创业发展动力升级"] * 8,
            [1, "完善产品和服务政府采购政策", "市财政局", "长期坚持", "已采购", "无", "继续", "完成"]]
    p = write_xlsx(tmp_path / "天山区.xlsx", [SheetSpec("Sheet1", rows, merges=["A3:H3", "A5:H5"])])
    result = parse_file(p, catalog)
    got = [(r.row, r.unit, r.measure, r.status, r.progress, r.extra) for r in result.rows]
    assert got == [(4, "天山区", "1.3", "推进中", "窗口建成", "牵头单位：市政务服务管理局"),
                   (6, "天山区", "2.2", "已完成", "已采购", "牵头单位：市财政局")]
    assert result.period == "2019-03"


def test_filled_row_without_measure_is_kept_with_a_warning(tmp_path, catalog):
    data = [[1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "a", None, None],
            [None, None, None, None, None, "补充说明：另有进展", None, None]]
    p = write_xlsx(tmp_path / "m.xlsx", [SheetSpec("S", simple_rows(data=data))])
    rows = parse_file(p, catalog).rows
    assert [(r.measure, r.progress) for r in rows] == [("1.1", "a"), (None, "补充说明：另有进展")]
    assert [w.code for w in rows[1].warnings] == ["measure_unknown", "status_unknown"]


def test_utf16_tab_separated_csv(tmp_path, catalog):
    text = "填报单位：市金融办\r\n序号\t具体措施\t完成状态\t进展情况\r\n1\t拓宽创新创业直接融资渠道\t已完成\t好\r\n"
    p = tmp_path / "unicode.csv"
    p.write_bytes(text.encode("utf-16"))
    result = parse_file(p, catalog, period="2019-04")
    assert result.encoding == "utf-16"
    assert [(r.unit, r.measure, r.row) for r in result.rows] == [("市金融办", "6.3", 3)]


def test_header_with_many_unknown_columns_and_a_numbering_row(tmp_path, catalog):
    header = ["序号", "具体措施", "牵头领导", "分管科室", "联系人", "电话", "完成状态", "进展情况"]
    rows = [header, list(range(1, 9)),
            [1, "1.1 简政放权释放创新创业活力", "王", "一科", "李", "123", "推进中", "进展"]]
    p = write_xlsx(tmp_path / "天山区_2019-06.xlsx", [SheetSpec("Sheet1", rows)])
    [row] = parse_file(p, catalog).rows
    assert (row.row, row.measure, row.status) == (3, "1.1", "推进中")
    assert row.extra == "牵头领导：王\n分管科室：一科\n联系人：李\n电话：123"


@pytest.mark.parametrize(("written", "expected"), [
    ("1月3日", dt.date(2020, 1, 3)),  # a December return filled in on 3 January
    ("12月28日", dt.date(2019, 12, 28)),
    ("2020年1月3日", dt.date(2020, 1, 3)),
    ("43833", dt.date(2020, 1, 3)),  # a date cell typed as a plain number
    ("2019-13-40", None),
    ("月底", None),
])
def test_reported_date_without_its_year(tmp_path, catalog, written, expected):
    rows = [["天山区2019年12月推进情况"], ["填报单位：天山区", None, f"填报日期：{written}"],
            ["具体措施", "完成状态", "进展情况"], ["1.1", "推进中", "进展"]]
    p = write_xlsx(tmp_path / "d.xlsx", [SheetSpec("S", rows)])
    result = parse_file(p, catalog)
    assert result.period == "2019-12"
    assert result.reported_date == expected
    unreadable = [w for w in result.warnings if w.code == "reported_date_unreadable"]
    assert bool(unreadable) == (expected is None)
    if unreadable:
        assert written in unreadable[0].message()


def test_the_contact_is_the_sign_offs_filler_not_the_office_or_the_head(tmp_path, catalog):
    """A 联系人 line above the header is often the collecting office's; 单位负责人 signs, it is
    not who to call back; "张三（电话：138…）" is a name and a phone."""
    from tracker.excel.parse import parse_file

    def contact(bottom: list[list]) -> str:
        rows = [["“双创”工作推进表（2019年6月）"],
                ["报送截止：2019年7月5日前，联系人：王科长（市发改委），联系电话：0991-4567890"],
                ["序号", "具体措施", "完成状态", "进展情况"],
                [1, "简政放权释放创新创业活力", "推进中", "已完成方案"], *bottom]
        path = write_xlsx(tmp_path / "c.xlsx", [SheetSpec("天山区", rows)])
        return parse_file(path, catalog, "2019-06").contact

    assert contact([["填报人：", "张晓红", "联系电话：", "13899112233"]]) == \
        "联系人：张晓红　联系电话：13899112233"
    assert contact([["填报人：", None, "联系电话：", "13899112233", "单位负责人（签字）：", "李主任"]]) \
        == "联系电话：13899112233"
    assert contact([["填报人：张三（电话：13812345678）"]]) == "联系人：张三　联系电话：13812345678"
    assert contact([]) == ""
    # a 负责人's own phone is not the filler's
    assert contact([["填报人：张晓红"], ["单位负责人：李主任", "联系电话：13900000000"]]) == \
        "联系人：张晓红"


def test_a_filler_line_above_the_header_is_the_contact_when_no_sign_off(tmp_path, catalog):
    from tracker.excel.parse import parse_file

    rows = [["“双创”工作推进表（2019年6月）"],
            ["填报单位：天山区", None, "填报人：张晓红", "联系电话：13899112233"],
            ["序号", "具体措施", "完成状态", "进展情况"],
            [1, "简政放权释放创新创业活力", "推进中", "已完成方案"]]
    path = write_xlsx(tmp_path / "a.xlsx", [SheetSpec("Sheet1", rows)])
    assert parse_file(path, catalog, "2019-06").contact == "联系人：张晓红　联系电话：13899112233"
