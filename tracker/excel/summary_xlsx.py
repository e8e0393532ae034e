"""The consolidated 汇总表 for one period: all units × measures, print-ready.

Sheet 汇总表: title, a 编制单位 / 报告期 / 制表时间 line, header (repeated on every page), one row
per unit × measure grouped by task; 重点任务 merged over the task, 序号 / 措施编号 / 具体措施 over
the measure (cut where a page ends and repeated below it, "（续）"). 完成状态 is filled by status (已完成 green, 推进中 blue, 未启动 grey, 滞后 orange); an
overdue row shows 逾期 in red bold in that cell. A colour note closes the table.
Sheet 明细（筛选用）: the same rows flat, with an autofilter (``summary_flat``).
Hidden ``_tracker_keys`` with kind=summary, so an importer can tell a summary sent back by mistake.

``add_summary_table_sheet(wb, spec)`` adds the table to any workbook (the monthly summary reuses
it as its detail sheet).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tracker.excel.pagefit import setup_print
from tracker.excel.sheetwriter import (
    FORMAT_VERSION,
    TITLE_FONT,
    Look,
    Pages,
    SheetWriter,
    new_workbook,
    paused_gc,
    save_workbook,
    write_key_sheet,
)
from tracker.excel.specs import SummaryRow, SummaryTableSpec, cn_date, iso_time, task_label
from tracker.excel.summary_flat import (
    FLAT_COLUMNS,
    FLAT_SHEET,
    add_summary_flat_sheet,
    ordered_summary_rows,
    write_summary_csv,
)

__all__ = ["COLUMNS", "FLAT_COLUMNS", "FLAT_SHEET", "SHEET", "add_summary_flat_sheet",
           "add_summary_table_sheet", "summary_title", "write_summary_csv", "write_summary_table"]

SHEET = "汇总表"
# Widths add up to 158 units: 93 % on A4 landscape, the 11 pt body prints at 10.2 pt.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 4.5), ("重点任务", 9), ("措施编号", 6), ("具体措施", 18), ("责任单位", 12),
    ("责任类型", 5.5), ("完成时限", 9), ("完成状态", 7.5), ("完成进度", 6.5), ("进展情况", 30),
    ("存在问题", 16), ("下步计划", 16), ("报送情况", 9), ("备注", 9),
)
WIDTHS = tuple(w for _, w in COLUMNS)
HEADER_ROW = 3
FIRST_DATA_ROW = 4
STATUS_FILLS = {"已完成": "C6EFCE", "推进中": "DDEBF7", "未启动": "E7E6E6", "滞后": "F8CBAD"}
OVERDUE_COLOR = "C00000"
LEGEND = ("注：完成状态底色——绿色为已完成，蓝色为推进中，灰色为未启动，橙色为滞后；"
          "红字“逾期”表示已过完成时限仍未完成。")

TITLE = Look(size=18, bold=True, font=TITLE_FONT, h="center", border="none")
INFO = Look(size=11, border="none", wrap=False)
HEADER = Look(bold=True, h="center", fill="DDEBF7")
TEXT = Look()
TOP = Look(v="top")  # merged over many rows; cut at page breaks and repeated with CONTINUED
CONTINUED = "（续）"
TOP_CENTER = Look(v="top", h="center")
CENTER = Look(h="center")
PERCENT = Look(h="center", number_format='0"%"')
NOTE = Look(size=10, border="none")


def status_look(status: str | None, overdue: bool) -> Look:
    return Look(h="center", fill=STATUS_FILLS.get(status or ""),
                color=OVERDUE_COLOR if overdue else None, bold=overdue)


def status_text(row: SummaryRow) -> str:
    if row.overdue:
        return f"{row.status}（逾期）" if row.status else "逾期"
    return row.status or ""


def summary_title(spec: SummaryTableSpec) -> str:
    return f"{spec.short_title}落实情况汇总表（{spec.period_label}）"


def write_summary_table(spec: SummaryTableSpec, path: str | os.PathLike[str]) -> Path:
    """汇总表 + 明细（筛选用） + hidden keys, saved to ``path``."""
    with paused_gc():
        wb = new_workbook()
        wb.remove(wb.active)
        add_summary_table_sheet(wb, spec)
        add_summary_flat_sheet(wb, spec)
        write_key_sheet(
            wb,
            [("format_version", FORMAT_VERSION), ("kind", "summary"), ("policy_id", spec.policy_id),
             ("policy_title", spec.policy_title), ("period", spec.period),
             ("exported_at", iso_time(spec.exported_at)), ("app_version", spec.app_version)],
            ("measure_code", "measure_id", "unit_id"),
            ((r.measure_code, r.measure_id, r.unit_id) for r in ordered_summary_rows(spec.rows)),
        )
        wb.active = 0
        wb.properties.creator = f"政策落实跟踪 {spec.app_version}"
        wb.properties.title = summary_title(spec)
        return save_workbook(wb, path)


def add_summary_table_sheet(wb: Any, spec: SummaryTableSpec, title: str = SHEET,
                            index: int | None = None) -> Any:
    """Add the print-ready 汇总表 sheet to ``wb`` (at ``index``, default last); return it."""
    ws = wb.create_sheet(title, index)
    rows = ordered_summary_rows(spec.rows)
    ncols = len(COLUMNS)
    w = SheetWriter(ws, WIDTHS)
    w.merge(1, 1, 1, ncols, summary_title(spec), TITLE)
    w.heights.need(1, 36)
    info = [f"编制单位：{spec.compiler}"] if spec.compiler else []
    info += [f"报告期：{spec.period_label}", f"制表时间：{cn_date(spec.exported_at)}"]
    w.merge(2, 1, 2, ncols, "\u3000\u3000".join(info), INFO)
    w.heights.need(2, 20)
    w.row(HEADER_ROW, (name for name, _ in COLUMNS), [HEADER] * ncols)

    last = FIRST_DATA_ROW + len(rows) - 1
    task_start = measure_start = FIRST_DATA_ROW
    measure_no = 0
    for i, row in enumerate(rows):
        r = FIRST_DATA_ROW + i
        w.put(r, 5, row.unit_name, TEXT)
        w.put(r, 6, row.role, CENTER)
        w.put(r, 7, row.deadline_text, CENTER)
        w.put(r, 8, status_text(row), status_look(row.status, row.overdue))
        w.put(r, 9, row.percent, PERCENT)
        w.put(r, 10, row.progress, TEXT)
        w.put(r, 11, row.problems, TEXT)
        w.put(r, 12, row.next_steps, TEXT)
        w.put(r, 13, row.report_state, CENTER)
        w.put(r, 14, row.extra, TEXT)
        w.heights.need(r, 20)
        nxt = rows[i + 1] if r < last else None
        if nxt is None or nxt.measure_id != row.measure_id or nxt.task_seq != row.task_seq:
            measure_no += 1
            w.merge_down(measure_start, 1, r, measure_no, TOP_CENTER)
            w.merge_down(measure_start, 3, r, row.measure_code, TOP_CENTER)
            w.merge_down(measure_start, 4, r, row.measure_title, TOP, continued=CONTINUED)
            measure_start = r + 1
        if nxt is None or nxt.task_seq != row.task_seq:
            w.merge_down(task_start, 2, r, task_label(row.task_seq, row.task_title), TOP,
                         continued=CONTINUED)
            task_start = r + 1

    legend_row = max(last, HEADER_ROW) + 1
    w.merge(legend_row, 1, legend_row, ncols, LEGEND, NOTE)
    w.finish(Pages(first=FIRST_DATA_ROW, last=legend_row, repeat=range(HEADER_ROW, HEADER_ROW + 1),
                   keep=((last, legend_row),) if rows else ()))
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    setup_print(ws, area=f"A1:N{legend_row}", title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    return ws
