"""Fast styled writing with openpyxl: shared styles, merges in bulk, heights at the end.

Speed notes (see bench/bench_export.py):
- a style is built once per workbook into openpyxl's StyleArray and copied onto each cell, instead
  of assigning Font/Border/Alignment objects per cell (each assignment hashes and looks up);
- merges are added to ``ws.merged_cells.ranges`` directly: ``ws.merge_cells`` checks every
  existing merge on each call (TECH-NOTES trap 6). Covered cells keep their border style and no
  value, which is what Excel itself writes;
- row heights are collected and written once (``pagefit.RowHeights``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.excel.cellsafe import put_value
from tracker.excel.pagefit import RowHeights

KEY_SHEET = "_tracker_keys"
FORMAT_VERSION = 1
BODY_FONT = "宋体"
TITLE_FONT = "黑体"


@dataclass(frozen=True)
class Look:
    """How a cell looks; hashable so each workbook builds it once."""

    size: float = 11
    bold: bool = False
    font: str = BODY_FONT
    color: str | None = None  # font colour, RRGGBB
    h: str = "left"
    v: str = "center"
    wrap: bool = True
    border: str = "all"  # all | bottom | none
    fill: str | None = None  # RRGGBB
    locked: bool = True
    number_format: str = "General"


class Palette:
    """StyleArrays for Looks, built once per workbook through a probe cell kept off the sheet."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.cell.cell import Cell

        self._probe = Cell(ws)
        self._arrays: dict[tuple[Look, bool], Any] = {}

    def array(self, look: Look, quote: bool = False) -> Any:
        arr = self._arrays.get((look, quote))
        if arr is None:
            arr = self._arrays[(look, quote)] = self._build(look, quote)
        return arr

    def _build(self, look: Look, quote: bool) -> Any:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

        p = self._probe
        p._style = None
        p.font = Font(name=look.font, size=look.size, bold=look.bold, color=look.color)
        p.alignment = Alignment(horizontal=look.h, vertical=look.v, wrap_text=look.wrap)
        thin = Side(style="thin", color="000000")
        if look.border == "all":
            p.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        elif look.border == "bottom":
            p.border = Border(bottom=thin)
        if look.fill:
            p.fill = PatternFill("solid", start_color=look.fill, end_color=look.fill)
        p.protection = Protection(locked=look.locked)
        p.number_format = look.number_format
        if quote:
            p.quotePrefix = True
        return copy(p._style)


class SheetWriter:
    """Writes values with Looks into one worksheet; call ``finish()`` once at the end."""

    def __init__(self, ws: Any, widths: Sequence[float]) -> None:
        from openpyxl.utils import get_column_letter

        self.ws = ws
        self.widths = list(widths)
        self.palette = Palette(ws)
        self.heights = RowHeights()
        self._merges: list[tuple[int, int, int, int]] = []
        for i, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width

    def put(self, row: int, col: int, value: object, look: Look, *, fit: bool = True) -> Any:
        cell = self.ws.cell(row=row, column=col)
        quote = put_value(cell, value)
        cell._style = copy(self.palette.array(look, quote))
        if fit and look.wrap and isinstance(value, str) and value:
            self.heights.need_text(row, value, self.widths[col - 1], look.size)
        return cell

    def blank(self, row: int, col: int, look: Look) -> None:
        self.ws.cell(row=row, column=col)._style = copy(self.palette.array(look))

    def row(self, row: int, values: Iterable[object], looks: Sequence[Look]) -> None:
        for col, (value, look) in enumerate(zip(values, looks, strict=False), start=1):
            self.put(row, col, value, look)

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int,
              value: object, look: Look) -> None:
        """Value in the top-left cell, the look on every covered cell, text height spread."""
        self.put(first_row, first_col, value, look, fit=False)
        for r in range(first_row, last_row + 1):
            for c in range(first_col, last_col + 1):
                if r != first_row or c != first_col:
                    self.blank(r, c, look)
        if first_row != last_row or first_col != last_col:
            self._merges.append((first_row, first_col, last_row, last_col))
        if look.wrap and isinstance(value, str) and value:
            width = sum(self.widths[first_col - 1:last_col])
            self.heights.need_span(first_row, last_row, value, width, look.size)

    def finish(self) -> None:
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.merge import MergedCellRange

        ranges = self.ws.merged_cells.ranges  # a set; .add() skips merge_cells' O(n) check
        for r1, c1, r2, c2 in self._merges:
            coord = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
            ranges.add(MergedCellRange(self.ws, coord))
        self._merges.clear()
        self.heights.apply(self.ws)


def write_key_sheet(wb: Any, pairs: Sequence[tuple[str, object]],
                    header: Sequence[str], rows: Iterable[Sequence[object]]) -> Any:
    """The hidden ``_tracker_keys`` sheet: A/B pairs from row 1, a blank row, a header row, rows."""
    ws = wb.create_sheet(KEY_SHEET)
    ws.sheet_state = "hidden"
    r = 1
    for key, value in pairs:
        put_value(ws.cell(row=r, column=1), key)
        put_value(ws.cell(row=r, column=2), value)
        r += 1
    r += 1
    for c, word in enumerate(header, start=1):
        put_value(ws.cell(row=r, column=c), word)
    for values in rows:
        r += 1
        for c, value in enumerate(values, start=1):
            put_value(ws.cell(row=r, column=c), value)
    return ws


def save_workbook(wb: Any, path: str | os.PathLike[str]) -> Path:
    """Save through a temporary file in the same folder and rename, so a failed or interrupted
    export never leaves half a workbook under the real name."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tracker-", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise TrackerError("export_write_failed", path=str(target), reason=str(exc)) from exc
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:  # typically: the file is open in Excel/WPS (Windows)
        raise TrackerError("export_file_in_use", path=str(target)) from exc
    except OSError as exc:
        raise TrackerError("export_write_failed", path=str(target), reason=str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
