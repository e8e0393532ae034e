"""The breakdown (分解表) export."""

from __future__ import annotations

import openpyxl
import pytest

from tests.excel.writer_specs import (
    TASKS,
    assert_no_overlap,
    breakdown_spec,
    calamine_sheet,
    merged,
    sheet_xml,
)
from tracker.excel import pagefit
from tracker.excel.breakdown import WIDTHS, measure_groups, write_breakdown
from tracker.excel.specs import BreakdownAssignment, BreakdownMeasure

HEADER = ["序号", "重点任务", "措施编号", "具体措施", "牵头单位", "责任单位", "配合单位", "完成时限", "具体举措"]


@pytest.fixture
def written(tmp_path):
    spec = breakdown_spec()
    path = write_breakdown(spec, tmp_path / "分解表.xlsx")
    wb = openpyxl.load_workbook(path)
    return spec, path, wb, wb["分解表"]


def test_header_and_rows(written):
    spec, path, wb, ws = written
    assert wb.sheetnames == ["分解表", "_tracker_keys"]
    assert ws["A1"].value == "“双创”升级版任务分解表"
    assert ws["A2"].value == "制表时间：2019年6月25日"
    assert [c.value for c in ws[3]] == HEADER
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=ws.max_row)]
    # 1.1: the lead's group first, then the two districts sharing one action and deadline
    assert rows[0] == [1, "一、" + TASKS[1], "1.1", "简政放权释放创新创业活力", "市市场监管局", None,
                       None, "2019年6月底前", "全面推进企业简易注销登记改革"]
    assert rows[1][4:] == [None, "天山区、米东区", None, "长期坚持", "推行企业简易注销"]
    assert rows[1][:4] == [None, None, None, None]  # merged with the row above
    # 1.2: no assignment yet, the measure's own deadline
    assert rows[2] == [2, None, "1.2", "放管结合营造公平市场环境", None, None, None, "2019年9月30日", None]
    # 2.3: one group, one row
    assert rows[3] == [3, "二、" + TASKS[2], "2.3", "加快推进首台(套)重大技术装备示范应用", "市工信局", None,
                       "市财政局、市科技局", "2019年12月底前", "制定首台套认定办法"]
    assert len(rows) == 4


def test_merges(written):
    spec, path, wb, ws = written
    assert {"A1:I1", "A2:I2", "A4:A5", "C4:C5", "D4:D5", "B4:B6"} <= merged(ws)
    assert_no_overlap(ws)
    cal = calamine_sheet(path, "分解表")
    assert ((3, 1), (5, 1)) in cal.merged_cell_ranges


def test_groups_keep_every_units_action():
    a = BreakdownAssignment
    m = BreakdownMeasure(1, "任务", 1, "1.1", "措施", (
        a(1, 1, "甲", "配合", "举措A", "6月"), a(2, 2, "乙", "牵头", "举措B", "6月"),
        a(3, 3, "丙", "责任", "举措A", "6月"), a(4, 4, "丁", "责任", " 举措B ", "6月")))
    groups = measure_groups(m)
    assert [(d, act, [u.unit_name for u in units]) for d, act, units in groups] == [
        ("6月", "举措B", ["乙", "丁"]), ("6月", "举措A", ["丙", "甲"])]


def test_key_sheet(written):
    spec, path, wb, ws = written
    keys = wb["_tracker_keys"]
    assert keys.sheet_state == "veryHidden"
    rows = [[c.value for c in r] for r in keys.iter_rows()]
    assert [r[:2] for r in rows[:6]] == [
        ["format_version", 1], ["kind", "breakdown"], ["policy_id", 1],
        ["policy_title", spec.policy_title], ["exported_at", "2019-06-25T09:30:05"],
        ["app_version", "0.1.0"]]
    assert all(v is None for v in rows[6])
    assert rows[7] == ["measure_code", "measure_id", "assignment_id", "unit_id"]
    assert sorted(rows[8:]) == sorted([["1.1", 11, 5, 15], ["1.1", 11, 4, 14], ["1.1", 11, 6, 16],
                                       ["2.3", 23, 1, 11], ["2.3", 23, 2, 12], ["2.3", 23, 3, 13]])


def test_print_setup_and_heights(written):
    spec, path, wb, ws = written
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.print_title_rows == "$3:$3"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.freeze_panes == "A4"
    assert not ws.protection.sheet  # the office edits the breakdown
    assert all(ws.row_dimensions[r].height for r in range(1, 8))
    assert 11 * pagefit.fit_scale(WIDTHS) >= 9.0


def test_formula_like_action_is_text(tmp_path):
    a = BreakdownAssignment(1, 1, "=甲", "牵头", "=cmd|' /C calc'!A0", "+6月")
    spec = breakdown_spec()
    spec.measures = [BreakdownMeasure(1, "任务", 1, "1.1", "-措施", (a,))]
    path = write_breakdown(spec, tmp_path / "b.xlsx")
    assert "<f>" not in sheet_xml(path, 1)
    ws = openpyxl.load_workbook(path)["分解表"]
    assert [ws.cell(4, c).value for c in (4, 5, 8, 9)] == ["-措施", "=甲", "+6月",
                                                          "=cmd|' /C calc'!A0"]
