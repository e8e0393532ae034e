"""The consolidated 汇总表, its flat sheet and the CSV."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest

from tests.excel.writer_specs import (
    FORMULA_TEXTS,
    LONG,
    TASKS,
    all_sheet_xml,
    assert_no_overlap,
    calamine_sheet,
    merged,
    summary_spec,
)
from tracker.excel import pagefit
from tracker.excel.summary_xlsx import (
    COLUMNS,
    FLAT_COLUMNS,
    STATUS_FILLS,
    WIDTHS,
    add_summary_table_sheet,
    write_summary_csv,
    write_summary_table,
)

HEADER = ["序号", "重点任务", "措施编号", "具体措施", "责任单位", "责任类型", "完成时限", "完成状态", "完成进度",
          "进展情况", "存在问题", "下步计划", "报送情况", "备注"]
FLAT_HEADER = ["序号", "重点任务", "措施编号", "具体措施", "责任单位", "责任类型", "完成时限", "完成状态",
               "完成进度(%)", "进展情况", "存在问题", "下步计划", "报送情况", "是否逾期", "备注"]


@pytest.fixture
def written(tmp_path):
    spec = summary_spec()
    path = write_summary_table(spec, tmp_path / "汇总表.xlsx")
    return spec, path, openpyxl.load_workbook(path)


def test_sheets(written):
    spec, path, wb = written
    assert wb.sheetnames == ["汇总表", "明细（筛选用）", "_tracker_keys"]
    assert wb.active.title == "汇总表"
    assert wb["_tracker_keys"].sheet_state == "veryHidden"
    assert wb["_tracker_keys"]["B2"].value == "summary"
    assert wb["_tracker_keys"]["B5"].value == "2019-06"


def test_table_cells_grouped_and_merged(written):
    spec, path, wb = written
    ws = wb["汇总表"]
    assert ws["A1"].value == "“双创”升级版落实情况汇总表（2019年6月）"
    assert ws["A2"].value == "编制单位：市“双创”办\u3000\u3000报告期：2019年6月\u3000\u3000制表时间：2019年7月8日"
    assert [c.value for c in ws[3]] == HEADER and [n for n, _ in COLUMNS] == HEADER
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=8)]
    assert [r[4] for r in rows] == ["天山区", "米东区", "水磨沟区", "天山区", "市工信局"]
    assert rows[0][:4] == [1, "一、" + TASKS[1], "1.1", "措施1.1"]
    assert rows[1][:4] == [None] * 4 and rows[2][:4] == [None] * 4
    assert rows[3][:4] == [2, None, "1.2", "措施1.2"]
    assert rows[4][:4] == [3, "二、" + TASKS[2], "2.1", "措施2.1"]
    assert [r[7] for r in rows] == ["已完成", "滞后（逾期）", "逾期", "未启动", "推进中"]
    assert [r[8] for r in rows] == [100, 20, None, 0, 50]
    assert rows[0][9] == LONG and rows[4][9] == FORMULA_TEXTS[0]
    assert [r[12] for r in rows] == ["已报送（7月3日）", "已报送", "未报送", "已报送", "已报送"]
    assert {"A4:A6", "C4:C6", "D4:D6", "B4:B7", "A1:N1"} <= merged(ws)
    assert_no_overlap(ws)
    assert ws["I4"].number_format == '0"%"'
    assert ws["A9"].value.startswith("注：完成状态底色") and "A9:N9" in merged(ws)


def test_status_colours_and_overdue_mark(written):
    spec, path, wb = written
    ws = wb["汇总表"]

    def fill(coord):
        return ws[coord].fill.fgColor.rgb[-6:] if ws[coord].fill.fill_type else None

    assert fill("H4") == STATUS_FILLS["已完成"]
    assert fill("H5") == STATUS_FILLS["滞后"]
    assert fill("H7") == STATUS_FILLS["未启动"]
    assert fill("H8") == STATUS_FILLS["推进中"]
    assert fill("H6") is None  # nothing reported
    assert ws["H5"].font.color.rgb.endswith("C00000") and ws["H5"].font.b
    assert ws["H6"].font.color.rgb.endswith("C00000")
    assert ws["H4"].font.color is None or not str(ws["H4"].font.color.rgb).endswith("C00000")


def test_print_ready(written):
    spec, path, wb = written
    ws = wb["汇总表"]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    assert ws.freeze_panes == "A4"
    assert all(ws.row_dimensions[r].height for r in range(1, 10))
    assert ws.row_dimensions[4].height >= pagefit.lines_height(
        pagefit.line_count(LONG, WIDTHS[9], 11), 11)
    assert 11 * pagefit.fit_scale(WIDTHS) >= 9.0


def test_flat_sheet(written):
    spec, path, wb = written
    ws = wb["明细（筛选用）"]
    assert [c.value for c in ws[1]] == FLAT_HEADER and [n for n, _ in FLAT_COLUMNS] == FLAT_HEADER
    assert not ws.merged_cells.ranges
    assert ws.auto_filter.ref == "A1:O6"
    assert ws.freeze_panes == "A2"
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_row=6)]
    assert rows[1] == [2, "一、" + TASKS[1], "1.1", "措施1.1", "米东区", "责任", "2019年6月底前", "滞后", 20,
                       "推进缓慢", "资金不足", None, "已报送", "是", None]
    assert [r[7] for r in rows] == ["已完成", "滞后", None, "未启动", "推进中"]
    assert calamine_sheet(path, "明细（筛选用）").merged_cell_ranges in (None, [])


def test_formula_like_text_in_summary(written):
    spec, path, wb = written
    xml = all_sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert wb["汇总表"]["J8"].value == FORMULA_TEXTS[0]
    assert wb["明细（筛选用）"]["J6"].value == FORMULA_TEXTS[0]


def test_add_to_another_workbook():
    wb = openpyxl.Workbook()
    wb.active.title = "概况"
    ws = add_summary_table_sheet(wb, summary_spec(), title="明细")
    assert wb.sheetnames == ["概况", "明细"]
    assert ws["A1"].value.startswith("“双创”升级版落实情况汇总表")
    ws.append(["接在后面"])
    assert ws["A10"].value == "接在后面"  # below the colour note, not over the title


def test_empty_period(tmp_path):
    path = write_summary_table(summary_spec(rows=[]), tmp_path / "e.xlsx")
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["汇总表"][3]] == HEADER
    assert wb["明细（筛选用）"].auto_filter.ref == "A1:O1"


def test_csv_bom_columns_and_prefix(tmp_path):
    path = write_summary_csv(summary_spec(), tmp_path / "汇总.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == FLAT_HEADER
    assert len(rows) == 6
    assert rows[1][:9] == ["1", "一、" + TASKS[1], "1.1", "措施1.1", "天山区", "牵头", "2019年6月底前",
                           "已完成", "100"]
    assert rows[5][9] == "'" + FORMULA_TEXTS[0]
    assert rows[1][9] == LONG
    assert rows[3][7:9] == ["", ""] and rows[3][13] == "是"


def test_csv_every_formula_trigger_prefixed(tmp_path):
    from dataclasses import replace

    base = summary_spec().rows[0]
    rows = [replace(base, unit_id=i, progress=text) for i, text in enumerate(FORMULA_TEXTS)]
    path = write_summary_csv(summary_spec(rows=rows), tmp_path / "f.csv")
    got = [r[9] for r in csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""))][1:]
    expected = ["'" + t if t != "#N/A" else t for t in FORMULA_TEXTS]
    assert got == expected
