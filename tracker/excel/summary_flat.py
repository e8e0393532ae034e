"""The summary as one flat row per unit × measure: the 明细（筛选用） sheet and the CSV.

No merged cells, one header row with an autofilter, the status word alone in its column and the
overdue mark in its own (是否逾期), so filters and pivot tables work. The CSV holds the same
columns in UTF-8 with a BOM (Excel on Chinese Windows reads BOM-less UTF-8 as GBK) and CRLF line
ends; formula-like text gets a leading ``'`` (see ``cellsafe``).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.excel.cellsafe import csv_field
from tracker.excel.pagefit import setup_print
from tracker.excel.sheetwriter import Look, SheetWriter
from tracker.excel.specs import SummaryRow, SummaryTableSpec, code_order, task_label

FLAT_SHEET = "明细（筛选用）"
# Widths add up to 160 units like the 汇总表's: one page wide on A4 landscape prints at ~10 pt;
# long texts wrap (rows as tall as their text) instead of being cut at the column edge.
FLAT_COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 5), ("重点任务", 12), ("措施编号", 6), ("具体措施", 18), ("责任单位", 11),
    ("责任类型", 5.5), ("完成时限", 9), ("完成状态", 7), ("完成进度(%)", 6.5), ("进展情况", 30),
    ("存在问题", 14), ("下步计划", 14), ("报送情况", 9), ("是否逾期", 5), ("备注", 8),
)
HEADER = Look(bold=True, h="center", fill="DDEBF7")
CELL = Look(v="top")
NUMBER = Look(v="top", h="center", number_format="0")


def ordered_summary_rows(rows: list[SummaryRow]) -> list[SummaryRow]:
    """Grouped by task, then measure code; units keep the caller's order within a measure."""
    return sorted(rows, key=lambda r: (r.task_seq, code_order(r.measure_code)))


def flat_values(rows: list[SummaryRow]) -> Iterator[list[Any]]:
    for i, r in enumerate(ordered_summary_rows(rows), start=1):
        yield [i, task_label(r.task_seq, r.task_title), r.measure_code, r.measure_title,
               r.unit_name, r.role, r.deadline_text, r.status or "", r.percent, r.progress,
               r.problems, r.next_steps, r.report_state, "是" if r.overdue else "", r.extra]


def add_summary_flat_sheet(wb: Any, spec: SummaryTableSpec, title: str = FLAT_SHEET) -> Any:
    """Append the flat sheet to ``wb`` and return it."""
    ws = wb.create_sheet(title)
    w = SheetWriter(ws, [width for _, width in FLAT_COLUMNS])
    ncols = len(FLAT_COLUMNS)
    w.row(1, (name for name, _ in FLAT_COLUMNS), [HEADER] * ncols)
    looks = [NUMBER if name in ("序号", "完成进度(%)") else CELL for name, _ in FLAT_COLUMNS]
    last = 1
    for last, values in enumerate(flat_values(spec.rows), start=2):
        for col, (value, look) in enumerate(zip(values, looks, strict=True), start=1):
            if value is not None and value != "":
                w.put(last, col, value, look)
    w.finish()
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{_col(ncols)}{last}"
    setup_print(ws, area=f"A1:{_col(ncols)}{last}", title_rows="1:1")
    return ws


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def write_summary_csv(spec: SummaryTableSpec, path: str | os.PathLike[str]) -> Path:
    """The flat rows as CSV: UTF-8 with BOM, CRLF, formula-like text prefixed with '."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)  # the "excel" dialect: comma, CRLF, quotes where needed
            out.writerow([name for name, _ in FLAT_COLUMNS])
            for values in flat_values(spec.rows):
                out.writerow([csv_field(v) for v in values])
        os.replace(tmp, target)
    except PermissionError as exc:
        raise TrackerError("export_file_in_use", path=str(target)) from exc
    except OSError as exc:
        raise TrackerError("export_write_failed", path=str(target), reason=str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
