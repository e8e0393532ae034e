"""Page breaks of the printed sheets: where A4 pages fill, and merged task / measure cells cut
at each break and named again below it (a merged cell prints once, on the page it starts)."""

from __future__ import annotations

import openpyxl
import pytest

from tests.excel.writer_specs import (
    LONG,
    TASKS,
    summary_rows,
    summary_spec,
    template_row,
    template_spec,
)
from tracker.excel import pagefit
from tracker.excel.summary_xlsx import FIRST_DATA_ROW as SUMMARY_FIRST
from tracker.excel.summary_xlsx import HEADER_ROW as SUMMARY_HEADER
from tracker.excel.summary_xlsx import WIDTHS as SUMMARY_WIDTHS
from tracker.excel.summary_xlsx import write_summary_table
from tracker.excel.template import FIRST_DATA_ROW, HEADER_ROW, WIDTHS, write_progress_template

PAGE = pagefit.printable_height_pt() * pagefit.PAGE_FILL


def test_rows_fill_pages_in_order():
    heights = {r: 100.0 for r in range(1, 21)}
    # 483 pt of A4 landscape page (5 % kept back): 50 pt of head and 4 rows, then 4 a page
    breaks = pagefit.page_breaks(heights, 1, 20, head_pt=50, repeat_pt=20, scale=1.0)
    assert pytest.approx(483.4, abs=0.1) == PAGE
    assert breaks == [4, 8, 12, 16]
    # at 50 % every page holds twice the rows
    assert pagefit.page_breaks(heights, 1, 20, head_pt=50, repeat_pt=20, scale=0.5) == [9, 18]


def test_kept_rows_stay_together_and_a_tall_row_gets_its_own_page():
    heights = {1: 100.0, 2: 100.0, 3: 100.0, 4: 150.0, 5: 40.0}
    assert pagefit.page_breaks(heights, 1, 5, head_pt=0, repeat_pt=0, scale=1.0) == [4]
    # rows 3–5 (the last row and a sign-off) kept: the page breaks before row 3
    assert pagefit.page_breaks(heights, 1, 5, head_pt=0, repeat_pt=0, scale=1.0,
                               keep=[(3, 5)]) == [2]
    tall = {1: 50.0, 2: 900.0, 3: 50.0}
    assert pagefit.page_breaks(tall, 1, 3, head_pt=0, repeat_pt=0, scale=1.0) == [1, 2]


def test_split_at():
    assert pagefit.split_at(5, 20, [4, 9, 20, 30]) == [(5, 9), (10, 20)]
    assert pagefit.split_at(5, 5, [5]) == [(5, 5)]
    assert pagefit.split_at(1, 10, []) == [(1, 10)]


def _pages(ws, first: int, header: int, widths) -> list[list[int]]:
    """The rows of each printed page, as the sheet's breaks set them."""
    last = ws.max_row
    breaks = [b.id for b in ws.row_breaks.brk]
    assert all(b.man for b in ws.row_breaks.brk)
    bounds = [first - 1, *breaks, last]
    return [list(range(a + 1, b + 1)) for a, b in zip(bounds, bounds[1:], strict=False)]


def _height(ws, rows) -> float:
    return sum(ws.row_dimensions[r].height or pagefit.DEFAULT_ROW_PT for r in rows)


def _merges_by_column(ws, col: int) -> list[tuple[int, int]]:
    return sorted((m.min_row, m.max_row) for m in ws.merged_cells.ranges
                  if m.min_col == col == m.max_col)


def test_template_task_cells_cut_at_every_page_break(tmp_path):
    rows = [template_row(t, m, last_progress=LONG if m % 3 == 0 else "短")
            for t in (1, 2, 3) for m in range(1, 15)]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    pages = _pages(ws, FIRST_DATA_ROW, HEADER_ROW, WIDTHS)
    assert len(pages) >= 4
    scale = pagefit.fit_scale(WIDTHS)
    head = _height(ws, range(1, FIRST_DATA_ROW))
    repeat = _height(ws, [HEADER_ROW])
    for i, page in enumerate(pages):
        used = (head if i == 0 else repeat) + _height(ws, page)
        assert used * scale <= PAGE + 0.5, f"page {i + 1} overfull"
        if i + 1 < len(pages):  # not so empty that the next page's first row would have fitted
            nxt = pages[i + 1]
            first = nxt if nxt[0] == FIRST_DATA_ROW + len(rows) - 1 else nxt[:1]  # + sign-off
            assert (used + _height(ws, first)) * scale > PAGE
    starts = {page[0] for page in pages}
    for first, last in _merges_by_column(ws, 2):
        assert not any(first < s <= last for s in starts), f"B{first}:B{last} runs over a page"
    labels = {t: f"{'一二三'[t - 1]}、{TASKS[t]}" for t in TASKS}
    data_rows = range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(rows))
    for page in pages[1:]:
        top = page[0]
        if top in data_rows:
            task = rows[top - FIRST_DATA_ROW].task_seq
            starts_task = rows[top - FIRST_DATA_ROW - 1].task_seq != task
            assert ws.cell(top, 2).value == labels[task] + ("" if starts_task else "（续）")
    # the sign-off line never stands alone on the last page
    sign_row = ws.max_row
    assert ws.cell(sign_row, 1).value == "填报人："
    assert pages[-1][0] <= data_rows[-1]


def test_summary_measure_and_task_cells_cut_at_every_page_break(tmp_path):
    path = write_summary_table(summary_spec(rows=summary_rows() * 12), tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(path)["汇总表"]
    pages = _pages(ws, SUMMARY_FIRST, SUMMARY_HEADER, SUMMARY_WIDTHS)
    assert len(pages) >= 4
    scale = pagefit.fit_scale(SUMMARY_WIDTHS)
    head = _height(ws, range(1, SUMMARY_FIRST))
    for i, page in enumerate(pages):
        used = (head if i == 0 else _height(ws, [SUMMARY_HEADER])) + _height(ws, page)
        assert used * scale <= PAGE + 0.5, f"page {i + 1} overfull"
    starts = {page[0] for page in pages}
    for col in (1, 2, 3, 4):
        for first, last in _merges_by_column(ws, col):
            assert not any(first < s <= last for s in starts), (col, first, last)
    for page in pages[1:]:
        top = page[0]
        if top < ws.max_row:  # a data row (the colour note is the last)
            for col in (1, 2, 3, 4):
                assert ws.cell(top, col).value, f"row {top}, column {col}: blank at a page top"
    # each measure's continuation says so; 序号 and 措施编号 repeat as they are
    continued = [ws.cell(p[0], 4).value for p in pages[1:] if p[0] < ws.max_row]
    assert any(str(v).endswith("（续）") for v in continued)
    assert all(not str(ws.cell(p[0], 3).value).endswith("（续）") for p in pages[1:])


@pytest.mark.parametrize("first_task_rows", range(6, 20))
def test_a_long_task_title_repeated_below_a_page_break_fits_its_rows(tmp_path, first_task_rows):
    """The task cell repeated under a page break with （续） gets the rows that are there (the
    breaks are set): a title too long for them is cut with "…", （续） always shown; it was
    cut off at the cell's foot when printed (one short row of the task on the next page)."""
    title = "深入推动科技创新支持能力升级加快构建开放协同高效的创新体系"
    rows = [template_row(1, m, task_title=title, last_progress="短", measure_title="短措施",
                         action_text="按月调度")
            for m in range(1, first_task_rows + 1)]
    rows += [template_row(2, m, last_progress="短") for m in range(1, 12)]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["填报表"]
    merges = dict(_merges_by_column(ws, 2))
    continued = [r for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + len(rows))
                 if str(ws.cell(r, 2).value or "").endswith("（续）")]
    for r in continued:
        text = ws.cell(r, 2).value
        assert text.startswith(("一、", "二、")) and ("…" in text or title in text
                                                     or text.startswith("二、"))
        height = _height(ws, range(r, merges.get(r, r) + 1))
        lines = int((height - pagefit.ROW_PAD_PT) // (11 * pagefit.LINE_FACTOR))
        assert pagefit.line_count(text, WIDTHS[1], 11) <= lines, (r, text, height)


def test_shortened_keeps_the_suffix():
    assert pagefit.shortened("三、短", "（续）", 10, 11, 60) == "三、短（续）"
    cut = pagefit.shortened("四、深入推动科技创新支持能力升级" * 3, "（续）", 10, 11, 40)
    assert cut.endswith("…（续）") and cut.startswith("四、深入")
    assert pagefit.line_count(cut, 10, 11) <= 2
