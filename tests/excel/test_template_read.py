"""Our own templates come back: keys sheet, rows matched by code whatever the order or columns."""

from __future__ import annotations

import pytest

from tests.excel.builders import TEMPLATE_HEADER, SheetSpec, convert, key_rows, write_xlsx
from tests.excel.seed_catalog import seed_catalog, unit_by_name
from tracker.excel.parse import parse_file
from tracker.excel.results import render_problem


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


CODES = [("1.1", 1), ("1.3", 3), ("2.3", 6), ("7.4", 28)]


def _data(catalog, fills: dict[str, tuple]) -> list[list[object]]:
    rows = []
    for n, (code, mid) in enumerate(CODES, start=1):
        m = next(x for x in catalog.measures if x.id == mid)
        status, percent, progress = fills.get(code, (None, None, None))
        rows.append([n, f"{m.task_seq}、{m.task_title}", f"{code} {m.title}", "牵头", "", "2019年底前",
                     "上月的进展", status, percent, progress, None, None, None])
    return rows


def _template(tmp_path, catalog, fills, name="2019年06月_双创升级版_天山区_落实情况填报表.xlsx",
              unit="天山区", keys_kw=None, reorder=False, insert_col=False):
    u = unit_by_name(catalog, unit)
    data = _data(catalog, fills)
    header = list(TEMPLATE_HEADER)
    if reorder:
        data = list(reversed(data))
    if insert_col:  # the unit inserted a column "联系人" after 具体措施
        header.insert(3, "联系人")
        data = [[*r[:3], "张三", *r[3:]] for r in data]
    visible = [["“双创”升级版若干意见落实情况填报表（2019年6月）"], [f"填报单位：{unit}"],
               ["报送截止：2019年7月5日", None, None, None, None, None, None, "说明：白色单元格由本单位填写"],
               header, *data, [None], ["填报人：", None, "张三", "联系电话：", None, "123",
                                       None, "单位负责人（签字）：", None, None, None, "填报日期：", "2019年7月3日"]]
    keys = key_rows(u.id, u.name, "2019-06", CODES, **(keys_kw or {}))
    return write_xlsx(tmp_path / name, [SheetSpec("填报表", visible, merges=["A1:M1"]),
                                         SheetSpec("_tracker_keys", keys, state="hidden")])


FILLS = {"1.1": ("推进中", 60, "进展一"), "2.3": ("已完成", 100, "进展三")}


def test_template_rows_by_code(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, FILLS), catalog)
    assert result.outcome == "ok" and result.is_our_template
    assert (result.unit, result.period, result.period_source) == ("天山区", "2019-06", "template")
    assert result.template_keys["unit_id"] == unit_by_name(catalog, "天山区").id
    assert [(r.measure, r.status, r.percent, r.progress, r.confidence) for r in result.rows] == [
        ("1.1", "推进中", 60, "进展一", 1.0), ("2.3", "已完成", 100, "进展三", 1.0)]
    assert result.reported_date.isoformat() == "2019-07-03"
    [w] = result.warnings
    assert w.code == "not_filled" and w.data["codes"] == "1.3、7.4"
    assert "未填报：1.3、7.4" in render_problem(w)
    assert all(r.warnings == [] for r in result.rows)


def test_template_reordered_rows_and_inserted_column(tmp_path, catalog):
    p = _template(tmp_path, catalog, FILLS, reorder=True, insert_col=True)
    result = parse_file(p, catalog)
    assert [(r.measure, r.status, r.progress, r.extra) for r in result.rows] == [
        ("2.3", "已完成", "进展三", "联系人：张三"), ("1.1", "推进中", "进展一", "联系人：张三")]


def test_previous_progress_is_not_imported(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, FILLS), catalog)
    assert all("上月的进展" not in (r.progress + r.extra) for r in result.rows)


def test_other_units_template(tmp_path, catalog):
    p = _template(tmp_path, catalog, FILLS, name="2019年06月_双创升级版_米东区_落实情况填报表.xlsx")
    result = parse_file(p, catalog)
    assert {r.unit for r in result.rows} == {"天山区"}  # the keys decide
    [w] = [w for w in result.warnings if w.code == "template_other_unit"]
    assert (w.data["template_unit"], w.data["found_unit"]) == ("天山区", "米东区")


def test_other_policy(tmp_path, catalog):
    p = _template(tmp_path, catalog, FILLS, keys_kw={"policy_id": 99})
    result = parse_file(p, catalog)
    assert "template_other_policy" in [w.code for w in result.warnings]


def test_breakdown_given_as_return_is_refused(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, FILLS, keys_kw={"kind": "breakdown"}), catalog)
    assert result.outcome == "error" and result.error.code == "template_kind"


def test_newer_format_is_refused(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, FILLS, keys_kw={"version": 2}), catalog)
    assert result.outcome == "error" and result.error.code == "template_newer"


def test_template_period_vs_argument(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, FILLS), catalog, period="2019-07")
    assert result.period == "2019-07"
    [w] = [w for w in result.warnings if w.code == "period_mismatch"]
    assert (w.data["found"], w.data["given"]) == ("2019-06", "2019-07")


def test_empty_template_is_all_not_filled(tmp_path, catalog):
    result = parse_file(_template(tmp_path, catalog, {}), catalog)
    assert result.rows == [] and result.unit == "天山区"
    assert [(w.code, w.data["codes"]) for w in result.warnings] == [("not_filled", "1.1、1.3、2.3、7.4")]


def test_deleted_row_counts_as_not_filled(tmp_path, catalog):
    from openpyxl import load_workbook

    p = _template(tmp_path, catalog, FILLS)
    wb = load_workbook(p)
    wb["填报表"].delete_rows(6)  # the 1.3 row
    wb.save(p)
    result = parse_file(p, catalog)
    assert [w.data["codes"] for w in result.warnings if w.code == "not_filled"] == ["1.3、7.4"]


def test_measure_not_in_template(tmp_path, catalog):
    from openpyxl import load_workbook

    p = _template(tmp_path, catalog, FILLS)
    wb = load_workbook(p)
    ws = wb["填报表"]
    ws.insert_rows(9)
    for c, v in enumerate([5, None, "8.1 强化创新创业政策统筹", None, None, None, None, "推进中", None,
                           "新增"], start=1):
        ws.cell(row=9, column=c, value=v)
    wb.save(p)
    result = parse_file(p, catalog)
    row = next(r for r in result.rows if r.measure == "8.1")
    assert [w.code for w in row.warnings] == ["measure_not_in_template"]


@pytest.mark.slow
def test_template_resaved_by_libreoffice(tmp_path, catalog):
    src = _template(tmp_path / "src", catalog, FILLS, name="天山区_2019-06.xlsx")
    want = [(r.measure, r.status, r.percent, r.progress) for r in parse_file(src, catalog).rows]
    for fmt in ("xlsx", "xls"):
        out = convert(src, fmt, tmp_path / fmt)
        result = parse_file(out, catalog)
        assert result.is_our_template, fmt
        assert [(r.measure, r.status, r.percent, r.progress) for r in result.rows] == want, fmt


def test_writer_round_trip(tmp_path, catalog):
    """The template writer's own output (if present) reads back by its keys."""
    template = pytest.importorskip("tracker.excel.template")
    from openpyxl import load_workbook

    from tracker.excel.specs import TemplateRow, TemplateSpec

    u = unit_by_name(catalog, "天山区")
    rows = [TemplateRow(task_seq=m.task_seq, task_title=m.task_title, measure_id=m.id,
                        measure_code=m.code, measure_title=m.title, assignment_id=m.id, role="牵头",
                        deadline_text="2019年底前") for m in catalog.measures[:5]]
    spec = TemplateSpec(policy_id=catalog.policy_id, policy_title=catalog.policy_title,
                        short_title="“双创”升级版若干意见", unit_id=u.id, unit_name=u.name,
                        period="2019-06", period_label="2019年6月", due_date_text="2019年7月5日",
                        exported_at="2019-06-25T10:00:00", app_version="0.1.0", rows=rows)
    path = template.write_progress_template(spec, tmp_path / template.template_filename(spec))
    wb = load_workbook(path)
    ws = wb["填报表"]
    header = [c.value for c in ws[4]]
    status_col = header.index("完成状态") + 1
    progress_col = header.index("进展情况") + 1
    ws.cell(row=6, column=status_col, value="推进中")
    ws.cell(row=6, column=progress_col, value="=HYPERLINK(\"x\")").data_type = "s"
    wb.save(path)
    result = parse_file(path, catalog)
    assert result.outcome == "ok" and result.is_our_template and result.period == "2019-06"
    assert [(r.unit, r.measure, r.status, r.progress) for r in result.rows] == [
        ("天山区", "1.2", "推进中", '=HYPERLINK("x")')]
    [w] = result.warnings
    assert w.code == "not_filled" and w.data["codes"] == "1.1、1.3、2.1、2.2"
