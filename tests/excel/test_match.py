"""Which unit, which measure, which period."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.excel.builders import HEADER, SheetSpec, write_xlsx
from tests.excel.seed_catalog import seed_catalog
from tracker.excel.layout import strip_ordinal, task_ordinal
from tracker.excel.match import (
    MEASURE_THRESHOLD,
    code_at_start,
    code_from_cell,
    find_period,
    match_measure,
    resolve_unit,
    task_of,
    unit_in_name,
    units_in_cell,
)
from tracker.excel.parse import parse_file


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


def _name(hit):
    return hit.unit.name if hit else None


def test_units_through_aliases_and_rewritings(catalog):
    cases = {"水磨沟区人民政府": "水磨沟区", "市工业和信息化局": "市工信局", "高新区（新市区）": "新市区(高新区)",
             "新市区（高新区）": "新市区(高新区)", "市市场监督管理局（盖章）": "市市场监管局",
             "乌鲁木齐市科学技术局": "市科技局", "乌鲁木齐市商务局": "市商务局", "工信局": "市工信局",
             "市“双创”办": "市“双创”办", '市"双创"办': "市“双创”办", " 天山区\u3000": "天山区",
             "米东区人民政府": "米东区"}
    for text, name in cases.items():
        hit = resolve_unit(catalog, text)
        assert _name(hit) == name, text
        assert hit.confidence == 1.0 and hit.as_written == text.strip(" \u3000")


def test_unit_fuzzy_only_when_very_close(catalog):
    hit = resolve_unit(catalog, "市人力资源与社会保障局")
    assert _name(hit) == "市人社局" and 0.9 <= hit.confidence < 1.0
    for text in ("市住建局", "某某公司", "区", "市区", "区县"):
        assert resolve_unit(catalog, text) is None, text


def test_unit_written_short_is_taken_to_confirm(catalog):
    """A name cut short ("米东", "甘泉堡", "人社局") that begins exactly one unit's name."""
    for text, name in (("天山", "天山区"), ("米东", "米东区"), ("甘泉堡", "甘泉堡经开区")):
        hit = resolve_unit(catalog, text)
        assert _name(hit) == name and hit.confidence < 1.0, text
    assert unit_in_name(catalog, "人社局6月进展") is not None
    assert unit_in_name(catalog, "人社局6月进展").name == "市人社局"


def test_unit_named_inside_a_longer_name(catalog):
    hit = resolve_unit(catalog, "天山区人民政府办公室")
    assert hit.unit.name == "天山区" and hit.confidence < 1.0
    assert resolve_unit(catalog, "天山区、米东区联合办公室") is None  # two units: no guess


def test_reporter_line_with_title_in_the_same_row(tmp_path, catalog):
    rows = [["天山区进展（2019年6月）", None, None, "填报单位：", "天山区人民政府办公室"], HEADER,
            [1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "a", None, None]]
    p = write_xlsx(tmp_path / "x.xlsx", [SheetSpec("Sheet1", rows)])
    result = parse_file(p, catalog)
    [row] = result.rows
    assert (result.period, row.unit, row.unit_as_written) == ("2019-06", "天山区", "天山区人民政府办公室")
    assert [w.code for w in row.warnings] == ["unit_fuzzy"]


def test_unit_lists_and_allocations(catalog):
    cell = units_in_cell(catalog, "市工信局、市商务局")
    assert [h.unit.name for h in cell.hits] == ["市工信局", "市商务局"] and not cell.allocation
    cell = units_in_cell(catalog, "市市场监管局、各区（县）")
    assert cell.allocation and [h.unit.name for h in cell.hits] == ["市市场监管局"]
    cell = units_in_cell(catalog, "各区县人民政府")
    assert cell.allocation and not cell.hits


def test_units_in_sheet_and_file_names(catalog):
    assert unit_in_name(catalog, "市场监管局").name == "市市场监管局"
    assert unit_in_name(catalog, "2019年06月_双创升级版_天山区_落实情况填报表").name == "天山区"
    assert unit_in_name(catalog, "新市区(高新区)6月").name == "新市区(高新区)"
    assert unit_in_name(catalog, "3月") is None and unit_in_name(catalog, "Sheet1") is None
    assert unit_in_name(catalog, "天山区和米东区汇总") is None  # two units: no guess


def test_measure_codes(catalog):
    assert code_at_start("２．３ 加快推进首台(套)") == ("2.3", "加快推进首台(套)")
    assert code_at_start("2.3加快") == ("2.3", "加快")
    assert code_at_start("3个国家级开发区")[0] is None
    assert code_from_cell("2.3") == "2.3" and code_from_cell(2.3) == "2.3"
    assert code_from_cell(3) is None and code_from_cell(3.0) is None and code_from_cell("三") is None
    hit = match_measure(catalog, "２．３ 加快推进首台套重大技术装备")
    assert (hit.measure.code, hit.confidence, hit.via) == ("2.3", 1.0, "code")
    hit = match_measure(catalog, "加快推进首台套", code_cell="2.3")
    assert (hit.measure.code, hit.via) == ("2.3", "code_column")


def test_code_that_disagrees_with_text_is_flagged(catalog):
    hit = match_measure(catalog, "2.3 推进创新创业国际合作")
    assert hit.measure.code == "2.3" and hit.text_suggests.code == "7.4"


def test_unknown_code_falls_back_to_text(catalog):
    hit = match_measure(catalog, "9.9 推进创新创业国际合作")
    assert hit.code_unknown == "9.9" and hit.measure.code == "7.4"


def test_ordinals_name_tasks(catalog):
    assert task_ordinal("二、加快推动") == 2 and task_ordinal("（五）大力促进") == 5
    assert task_ordinal("任务之八") == 8 and task_ordinal("第三项") == 3
    assert task_ordinal("1.1 简政放权") is None and task_ordinal("十二、x") == 12
    assert strip_ordinal("（一）着力促进") == "着力促进"
    assert task_of(catalog, "一、着力促进创新创业环境提升") == 1
    assert task_of(catalog, "加快构筑创新创业发展高地") == 7
    assert task_of(catalog, "其他工作") is None


def test_fuzzy_measure_within_task(catalog):
    hit = match_measure(catalog, "加快推进首台套重大技术装备的示范应用", task_seq=2)
    assert hit.measure.code == "2.3" and MEASURE_THRESHOLD <= hit.confidence < 1.0
    hit = match_measure(catalog, "引导众创空间向专业化、精细化方向升级")  # the description only
    assert hit.measure.code == "5.1" and hit.confidence >= MEASURE_THRESHOLD


def test_low_confidence_keeps_best_candidate(tmp_path, catalog):
    rows = [["填报单位：天山区"], HEADER,
            [1, "二、加快推动创新创业发展动力升级", "首台套", None, "推进中", "进展", None, None],
            [2, None, "完全无关的内容", None, "推进中", "进展", None, None]]
    p = write_xlsx(tmp_path / "x.xlsx", [SheetSpec("S", rows)])
    r1, r2 = parse_file(p, catalog, period="2019-06").rows
    assert r1.measure is not None and r1.confidence < MEASURE_THRESHOLD
    low = [w for w in r1.warnings if w.code == "low_confidence"]
    assert low and low[0].data["code"] == r1.measure and low[0].data["row"] == 3
    assert any(w.code in ("low_confidence", "measure_unknown") for w in r2.warnings)


def test_rows_with_unit_column(tmp_path, catalog):
    header = ["序号", "具体措施", "责任单位", "完成状态", "进展情况"]
    rows = [header,
            [1, "1.1 简政放权释放创新创业活力", "市工信局、市商务局", "推进中", "共同推进"],
            [2, "1.2 放管结合营造公平市场环境", "市市场监管局、各区（县）", "推进中", "分工"],
            [3, "1.3 优化服务便利创新创业", "某某公司", "推进中", "x"],
            [4, "2.1 加大财税政策支持力度", "市人力资源与社会保障局", "已完成", "y"]]
    p = write_xlsx(tmp_path / "汇总2019-06.xlsx", [SheetSpec("Sheet1", rows)])
    result = parse_file(p, catalog)
    got = [(r.row, r.unit, r.measure, [w.code for w in r.warnings]) for r in result.rows]
    assert got == [(2, "市工信局", "1.1", []), (2, "市商务局", "1.1", []),
                   (3, "市市场监管局", "1.2", ["unit_from_allocation"]),
                   (4, None, "1.3", ["unit_unknown"]),
                   (5, "市人社局", "2.1", ["unit_fuzzy"])]


def test_allocation_cell_defers_to_sheet_name(tmp_path, catalog):
    rows = [["序号", "具体措施", "责任单位", "完成状态", "进展情况"],
            [1, "1.2 放管结合营造公平市场环境", "市市场监管局、各区（县）", "推进中", "分工"]]
    p = write_xlsx(tmp_path / "2019-06.xlsx", [SheetSpec("米东区", rows)])
    [row] = parse_file(p, catalog).rows
    assert row.unit == "米东区" and row.warnings == []


def test_file_name_names_the_unit(tmp_path, catalog):
    rows = [HEADER, [1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "x", None, None]]
    p = write_xlsx(tmp_path / "2019年6月_双创_米东区_落实情况填报表.xlsx", [SheetSpec("Sheet1", rows)])
    result = parse_file(p, catalog)
    assert result.unit == "米东区" and result.period == "2019-06" and result.period_source == "file_name"


def test_duplicate_measure_warning(tmp_path, catalog):
    rows = [["填报单位：天山区"], HEADER,
            [1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "a", None, None],
            [2, None, "1.1 简政放权释放创新创业活力", None, "已完成", "b", None, None]]
    p = write_xlsx(tmp_path / "d.xlsx", [SheetSpec("S", rows)])
    result = parse_file(p, catalog, period="2019-06")
    # different reports: each row says so (once), the file does not say it a third time
    assert not [w for w in result.warnings if w.code == "duplicate_measure"]
    twice = [w for r in result.rows for w in r.warnings if w.code == "measure_twice"]
    assert len(twice) == 2 and twice[0].data["rows"] == "工作表“S”第3行、工作表“S”第4行"
    # the same report twice: one row, said once for the file
    rows[3][5] = "a"
    rows[3][4] = "推进中"
    p = write_xlsx(tmp_path / "e.xlsx", [SheetSpec("S", rows)])
    result = parse_file(p, catalog, period="2019-06")
    [w] = [w for w in result.warnings if w.code == "duplicate_measure"]
    assert len(result.rows) == 1 and "按一条导入" in w.message()


@pytest.mark.parametrize(("sources", "reported", "period", "source"), [
    ([("title", "水磨沟区任务推进表（3月）"), ("sheet_name", "3月"), ("file_name", "01_x_2019-03_y")],
     None, "2019-03", "title"),
    ([("title", "任务推进情况汇总表（2019年5月）")], None, "2019-05", "title"),
    ([("sheet_name", "Sheet1"), ("file_name", "02_scjgj_2019-04_reordered")], None, "2019-04",
     "file_name"),
    ([("file_name", "2019年06月_双创升级版_天山区_落实情况填报表")], None, "2019-06", "file_name"),
    ([("file_name", "天山区201907")], None, "2019-07", "file_name"),
    ([("title", "（十二月）")], dt.date(2020, 1, 5), "2019-12", "title"),
    ([("title", "（6月）")], dt.date(2019, 7, 2), "2019-06", "title"),
    ([("title", "2019年第二季度进展")], None, "2019-06", "title"),
    ([("title", "2019年1-6月进展")], None, "2019-06", "title"),
    ([("title", "进展情况表")], None, None, None),
    ([("title", "天山区6月进展（2019年7月5日前报送）")], None, "2019-06", "title"),
    ([("title", "（6月，2019-07-05报送）")], None, "2019-06", "title"),
    ([("title", "（6月）")], None, None, None),
])
def test_find_period(sources, reported, period, source):
    found = find_period(sources, reported)
    assert (found.period, found.source) == (period, source)


def test_period_conflict_and_mismatch(tmp_path, catalog):
    rows = [["天山区进展（2019年5月）"], ["填报单位：天山区"], HEADER,
            [1, None, "1.1 简政放权释放创新创业活力", None, "推进中", "a", None, None]]
    p = write_xlsx(tmp_path / "天山区_2019-06.xlsx", [SheetSpec("S", rows)])
    result = parse_file(p, catalog)
    assert result.period == "2019-05" and result.period_source == "title"
    assert [w.code for w in result.warnings] == ["period_conflict"]
    result = parse_file(p, catalog, period="2019-06")
    assert result.period == "2019-06" and result.period_source == "argument"
    [w] = result.warnings
    assert w.code == "period_mismatch" and (w.data["found"], w.data["given"]) == ("2019-05", "2019-06")
    result = parse_file(p, catalog, period="2019年5月")
    assert result.period == "2019-05" and result.warnings == []


def test_period_unknown(tmp_path, catalog):
    rows = [["填报单位：天山区"], HEADER, [1, None, "1.1 简政放权", None, "推进中", "a", None, None]]
    p = write_xlsx(tmp_path / "进展.xlsx", [SheetSpec("Sheet1", rows)])
    result = parse_file(p, catalog)
    assert result.period is None and [w.code for w in result.warnings] == ["period_unknown"]


def test_measure_matches_are_remembered_per_catalog(catalog):
    """Forty templates repeat the same measure cells: each distinct cell is matched once, and
    the remembered answer is the one a fresh match gives."""
    from tracker.excel.match import _match_measure

    text = catalog.measures[3].code + " " + catalog.measures[3].title
    first = match_measure(catalog, text, None, None)
    assert match_measure(catalog, text, None, None) is first
    fresh = _match_measure(catalog, text, None, None)
    assert (fresh.measure, fresh.confidence, fresh.via) == (first.measure, 1.0, "code")
    # the same text under another task, or a code cell of another type, is matched anew
    assert match_measure(catalog, text, 2.3, None) is not first
    assert match_measure(catalog, text, "2.3", None) is not match_measure(catalog, text, 2.3, None)
    assert seed_catalog().match_memo == {}  # a new catalog (after edits) starts afresh


def test_another_levels_office_is_not_the_city_bureau(catalog):
    """A name without its 市 (财政局) counts only where a text begins with it: "区财政局" and
    "自治区发改委" are other levels' offices, "天山区发改委" is 天山区's."""
    for text in ("区财政局", "自治区发改委", "县人社局"):
        assert resolve_unit(catalog, text) is None, text
    assert _name(resolve_unit(catalog, "天山区发改委")) == "天山区"
    assert unit_in_name(catalog, "人社局6月进展").name == "市人社局"
