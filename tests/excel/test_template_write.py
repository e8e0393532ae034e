"""The per-unit progress template, reopened with openpyxl and python-calamine."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import openpyxl
import pytest

from tests.excel.writer_specs import (
    FORMULA_TEXTS,
    LONG,
    TASKS,
    assert_no_overlap,
    calamine_sheet,
    merged,
    sheet_xml,
    template_row,
    template_spec,
)
from tracker.errors import TrackerError
from tracker.excel import pagefit
from tracker.excel.template import (
    BODY_PT,
    COLUMNS,
    HEADER_ROW,
    INPUT_COLUMNS,
    WIDTHS,
    template_filename,
    write_progress_template,
)

HEADER_WORDS = ["序号", "重点任务", "具体措施", "责任类型", "本单位具体举措", "完成时限", "上期进展",
                "完成状态", "完成进度(%)", "进展情况", "存在问题", "下步计划", "备注"]


@pytest.fixture
def written(tmp_path: Path):
    spec = template_spec()
    path = write_progress_template(spec, tmp_path / template_filename(spec))
    wb = openpyxl.load_workbook(path)
    return spec, path, wb, wb["填报表"]


def test_filename_example():
    spec = template_spec(short_title="“双创”升级版")
    assert template_filename(spec) == "2019年06月_双创升级版_天山区_落实情况填报表.xlsx"
    assert template_filename(template_spec(file_label="双创升级版")).startswith(
        "2019年06月_双创升级版_天山区_")


def test_filename_sanitised_for_windows():
    spec = template_spec(short_title='政策<甲>:"乙"/丙', unit_name="市工信局\\科技*处?|. ")
    name = template_filename(spec)
    assert not any(ch in name for ch in '\\/:*?"<>|')
    assert name == "2019年06月_政策_甲__乙_丙_市工信局_科技_处___落实情况填报表.xlsx"
    spec = template_spec(unit_name="高新区（新市区）...")
    assert "_高新区（新市区）_落实情况填报表" in template_filename(spec)


def test_sheets_and_info_lines(written):
    spec, path, wb, ws = written
    assert wb.sheetnames == ["填报表", "_tracker_keys"]
    assert wb.active.title == "填报表"
    assert ws["A1"].value == "“双创”升级版若干意见落实情况填报表（2019年6月）"
    assert ws["A2"].value == "填报单位：天山区"
    assert ws["A3"].value == "报送截止：2019年7月5日"
    assert [c.value for c in ws[HEADER_ROW]] == HEADER_WORDS
    assert [name for name, _ in COLUMNS] == HEADER_WORDS


def test_rows_grouped_by_task_with_measure_codes(written):
    spec, path, wb, ws = written
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=9)]
    assert [r[0] for r in data] == [1, 2, 3, 4, 5]
    assert [r[2].split(" ", 1)[0] for r in data] == ["1.1", "1.2", "2.1", "2.3", "3.1"]
    assert data[0][2] == "1.1 措施1.1加快推进首台(套)重大技术装备示范应用"
    assert data[0][1] == "一、" + TASKS[1] and data[2][1] == "二、" + TASKS[2]
    assert data[0][3] == "牵头" and data[4][3] == "配合"
    assert data[0][5] == "2019年6月底前" and data[0][6] == LONG
    # prefilled report (2.1 had current values), others empty
    assert data[2][7:13] == ["推进中", 60, "已完成一半", "资金不足", "加快推进", "无"]
    assert data[0][7:13] == [None] * 6


def test_task_cells_merged(written, tmp_path):
    spec, path, wb, ws = written
    assert {"B5:B6", "A1:M1"} <= merged(ws)
    # rows of 182.8 pt (the long 上期进展 in its column): page one holds task 一 (rows 5–6), page
    # two task 二 (rows 7–8) whole, so it stays one merged cell; a task cut by a page break is
    # named again with （续）: tests/excel/test_page_breaks.py
    assert [ws.row_dimensions[r].height for r in range(5, 10)] == [182.8] * 5
    assert [b.id for b in ws.row_breaks.brk] == [6, 8]
    assert {"B7:B8"} <= merged(ws) and ws["B7"].value == "二、" + TASKS[2]
    assert "B9" not in " ".join(merged(ws))  # a one-row task is not merged
    assert_no_overlap(ws)
    cal = calamine_sheet(path, "填报表")
    assert ((4, 1), (5, 1)) in cal.merged_cell_ranges  # 0-based, as calamine reports them
    assert cal.to_python()[4][1] == "一、" + TASKS[1]


def test_validations(written):
    spec, path, wb, ws = written
    dvs = {dv.type: dv for dv in ws.data_validations.dataValidation}
    status, percent = dvs["list"], dvs["whole"]
    assert status.formula1 == '"已完成,推进中,未启动,滞后"'
    assert str(status.sqref) == "H5:H9"
    assert status.showErrorMessage and status.allowBlank
    assert "下拉列表" in status.error
    assert (percent.operator, percent.formula1, percent.formula2) == ("between", "0", "100")
    assert str(percent.sqref) == "I5:I9"
    assert percent.showErrorMessage and "0 到 100" in percent.error


def test_protection_input_cells_unlocked(written):
    spec, path, wb, ws = written
    assert ws.protection.sheet is True
    assert not ws.protection.password
    assert ws.protection.formatRows is False  # rows may be heightened for long answers
    input_cols = {HEADER_WORDS.index(name) + 1 for name in INPUT_COLUMNS}
    for row in ws.iter_rows(min_row=5, max_row=9):
        for cell in row:
            assert cell.protection.locked is (cell.column not in input_cols), cell.coordinate
    for cell in ws[HEADER_ROW]:
        assert cell.protection.locked
    assert ws["A1"].protection.locked and ws["G5"].protection.locked
    assert ws["G5"].fill.fgColor.rgb.endswith("EDEDED")  # 上期进展 grey


def test_password_when_asked(tmp_path):
    path = write_progress_template(template_spec(password="abc"), tmp_path / "p.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    assert ws.protection.sheet and ws.protection.password


def test_sign_off_block(written):
    spec, path, wb, ws = written
    sign = 11  # last data row 9, one blank row
    assert all(c.value is None for c in ws[10])
    labels = {c.value: c for c in ws[sign] if c.value}
    assert list(labels) == ["填报人：", "联系电话：", "单位负责人（签字）：", "填报日期："]
    for label, cell in labels.items():
        assert cell.protection.locked, label
    for coord in ("C11", "F11", "K11", "M11"):  # the value cell right of each label
        assert ws[coord].value is None and not ws[coord].protection.locked
    assert {"A11:B11", "D11:E11", "F11:G11", "H11:J11"} <= merged(ws)


def test_print_setup(written):
    spec, path, wb, ws = written
    ps = ws.page_setup
    assert ps.orientation == "landscape"
    assert int(ps.paperSize) == 9
    assert (int(ps.fitToWidth), int(ps.fitToHeight)) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$4:$4"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.print_area == "'填报表'!$A$1:$M$11"
    assert ws.freeze_panes == "A5"


def test_body_font_legible_when_fitted():
    # 11 pt body, scaled to one A4 landscape page wide, must print at ≥ 9 pt
    assert BODY_PT >= 10
    scale = pagefit.fit_scale(WIDTHS)
    printable_pt = (297 / 25.4 - 0.8) * 72
    total_pt = sum(int(w * 7) + 1 for w in WIDTHS) * 0.75
    assert scale == pytest.approx(min(1.0, printable_pt / total_pt), abs=0.01)
    assert BODY_PT * scale >= 9.0, (sum(WIDTHS), scale)


def test_row_heights_from_text(written):
    spec, path, wb, ws = written
    dims = ws.row_dimensions
    for r in range(1, 12):
        if r != 10:
            assert dims[r].height, r
    needed = pagefit.lines_height(pagefit.line_count(LONG, WIDTHS[6], BODY_PT), BODY_PT)
    assert dims[5].height >= needed
    assert needed > pagefit.lines_height(3, BODY_PT)  # LONG really wraps in 上期进展


def test_merged_task_gets_room_for_its_text(tmp_path):
    rows = [template_row(1, 1, task_title="着力促进创新创业环境提升" * 6, last_progress="",
                         action_text="")]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    text = ws["B5"].value
    assert ws.row_dimensions[5].height >= pagefit.lines_height(
        pagefit.line_count(text, WIDTHS[1], BODY_PT), BODY_PT)


def test_key_sheet(written):
    spec, path, wb, ws = written
    keys = wb["_tracker_keys"]
    assert keys.sheet_state == "veryHidden"
    rows = [[c.value for c in r] for r in keys.iter_rows()]
    assert [r[:2] for r in rows[:9]] == [
        ["format_version", 1], ["kind", "progress"], ["policy_id", 1],
        ["policy_title", spec.policy_title], ["unit_id", 7], ["unit_name", "天山区"],
        ["period", "2019-06"], ["exported_at", "2019-06-25T09:30:05"], ["app_version", "0.1.0"]]
    assert all(v is None for v in rows[9])
    assert rows[10] == ["measure_code", "measure_id", "assignment_id", "unit_id"]
    assert rows[11:] == [["1.1", 101, 5101, 7], ["1.2", 102, 5102, 7], ["2.1", 201, 5201, 7],
                         ["2.3", 203, 5203, 7], ["3.1", 301, 5301, 7]]
    assert isinstance(rows[11][0], str)  # "2.10" must never become 2.1


def test_key_sheet_read_back_by_calamine(written):
    spec, path, wb, ws = written
    rows = calamine_sheet(path, "_tracker_keys").to_python()
    assert rows[0][:2] == ["format_version", 1.0]  # calamine gives floats for whole numbers
    assert rows[11][0] == "1.1"


def test_formula_like_text_stays_text(tmp_path):
    rows = [template_row(1, i + 1, action_text=text, last_progress=text,
                         measure_title=text)
            for i, text in enumerate(FORMULA_TEXTS)]
    spec = template_spec(rows=rows, unit_name="=天山区")
    path = write_progress_template(spec, tmp_path / "f.xlsx")
    for sheet_no in (1, 2):
        xml = sheet_xml(path, sheet_no)
        assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(path)["填报表"]
    for i, text in enumerate(FORMULA_TEXTS):
        r = 5 + i
        assert ws.cell(r, 5).value == text and ws.cell(r, 5).data_type == "s"
        assert ws.cell(r, 7).value == text
        assert ws.cell(r, 3).value == f"1.{i + 1} {text}"
    assert ws["E5"].quotePrefix  # Excel keeps it text when the cell is edited
    assert ws["A2"].value == "填报单位：=天山区"
    keys = openpyxl.load_workbook(path)["_tracker_keys"]
    assert keys["B6"].value == "=天山区" and keys["B6"].data_type == "s"
    values = calamine_sheet(path, "填报表").to_python()
    assert [values[4 + i][4] for i in range(len(FORMULA_TEXTS))] == list(FORMULA_TEXTS)


def test_control_characters_do_not_break_the_file(tmp_path):
    rows = [template_row(1, 1, action_text="第一行\x0b第二行\x01\x1f结束")]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "c.xlsx")
    assert openpyxl.load_workbook(path)["填报表"]["E5"].value == "第一行\n第二行结束"


def test_unit_without_rows_still_writes(tmp_path):
    path = write_progress_template(template_spec(rows=[]), tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    assert [c.value for c in ws[HEADER_ROW]] == HEADER_WORDS
    assert not ws.data_validations.dataValidation
    assert ws["A6"].value == "填报人："


def test_unsorted_input_is_grouped(tmp_path):
    rows = [template_row(2, 1), template_row(1, 10), template_row(1, 9), template_row(2, 2)]
    rows = [dataclasses.replace(r, last_progress="短") for r in rows]  # all on page one
    path = write_progress_template(template_spec(rows=rows), tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    codes = [ws.cell(r, 3).value.split(" ")[0] for r in range(5, 9)]
    assert codes == ["1.9", "1.10", "2.1", "2.2"]
    assert {"B5:B6", "B7:B8"} <= merged(ws)


def test_many_rows_and_merges_stay_valid(tmp_path):
    rows = [template_row(t, m) for t in (1, 2, 3) for m in range(1, 41)]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "big.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    assert_no_overlap(ws)
    # task cells merged per task and cut only at page breaks: together they cover each task
    breaks = {b.id for b in ws.row_breaks.brk}
    assert len(breaks) > 10
    pieces = sorted((m.min_row, m.max_row) for m in ws.merged_cells.ranges
                    if m.min_col == m.max_col == 2)
    for task, (first, last) in enumerate(((5, 44), (45, 84), (85, 124)), start=1):
        starts = [first] + [c + 1 for c in sorted(breaks) if first <= c < last]
        ends = [s - 1 for s in starts[1:]] + [last]
        assert [p for p in pieces if first <= p[0] <= last] == \
            [(a, b) for a, b in zip(starts, ends, strict=True) if a < b]
        label = f"{'一二三'[task - 1]}、{TASKS[task]}"
        assert [ws.cell(a, 2).value for a in starts] == [label] + [label + "（续）"] * (len(starts) - 1)
    assert str(ws.data_validations.dataValidation[0].sqref) == "H5:H124"
    assert ws.cell(124, 3).value.startswith("3.40 ")


def test_no_partial_file_left_on_failure(tmp_path):
    target = tmp_path / "dir.xlsx"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(TrackerError) as err:
        write_progress_template(template_spec(), target)
    assert err.value.code in ("export_write_failed", "export_file_in_use")
    assert err.value.data["path"] == str(target)
    assert [p.name for p in tmp_path.iterdir()] == ["dir.xlsx"]


def test_overwrites_an_existing_file(tmp_path):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")
    write_progress_template(template_spec(), target)
    assert openpyxl.load_workbook(target)["填报表"]["A2"].value == "填报单位：天山区"
    assert sorted(os.listdir(tmp_path)) == ["t.xlsx"]
