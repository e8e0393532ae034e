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

import gc
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.excel.cellsafe import put_value
from tracker.excel.pagefit import (
    DEFAULT_ROW_PT,
    RowHeights,
    fit_scale,
    page_breaks,
    shortened,
    split_at,
)

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


@cache
def _style_object(kind: str, *args: Any) -> Any:
    """One shared openpyxl style object per distinct value, for the life of the process."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    if kind == "font":
        name, size, bold, color = args
        return Font(name=name, size=size, bold=bold, color=color)
    if kind == "alignment":
        h, v, wrap = args
        return Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if kind == "protection":
        return Protection(locked=args[0])
    if kind == "fill":
        return PatternFill("solid", start_color=args[0], end_color=args[0])
    thin = Side(style="thin", color="000000")
    if args[0] == "bottom":
        return Border(bottom=thin)
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def _style_objects(look: Look) -> dict[str, Any]:
    objs = {
        "font": _style_object("font", look.font, look.size, look.bold, look.color),
        "alignment": _style_object("alignment", look.h, look.v, look.wrap),
        "protection": _style_object("protection", look.locked),
    }
    if look.border != "none":
        objs["border"] = _style_object("border", look.border)
    if look.fill:
        objs["fill"] = _style_object("fill", look.fill)
    return objs


class Palette:
    """StyleArrays for Looks, registered once per workbook. Each distinct style object is added
    to the workbook's style tables once (openpyxl hashes the whole object on every add); cells then
    get a copy of the array, which is what openpyxl stores per cell anyway."""

    _SLOTS = {"font": ("_fonts", 0), "fill": ("_fills", 1), "border": ("_borders", 2),
              "protection": ("_protections", 4), "alignment": ("_alignments", 5)}

    def __init__(self, ws: Any) -> None:
        self._wb = ws.parent
        self._arrays: dict[tuple[Look, bool], Any] = {}
        self._index: dict[int, int] = {}  # id(style object) → its index in the workbook table

    def array(self, look: Look, quote: bool = False) -> Any:
        arr = self._arrays.get((look, quote))
        if arr is None:
            arr = self._arrays[(look, quote)] = self._build(look, quote)
        return arr

    def _build(self, look: Look, quote: bool) -> Any:
        from openpyxl.styles.cell_style import StyleArray
        from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE

        arr = StyleArray()
        for attr, obj in _style_objects(look).items():
            table, slot = self._SLOTS[attr]
            idx = self._index.get(id(obj))
            if idx is None:  # objects live in the lru_cache: id() stays valid
                idx = self._index[id(obj)] = getattr(self._wb, table).add(obj)
            arr[slot] = idx
        fmt_id = BUILTIN_FORMATS_REVERSE.get(look.number_format)
        if fmt_id is None:
            fmt_id = self._wb._number_formats.add(look.number_format) + BUILTIN_FORMATS_MAX_SIZE
        arr[3] = fmt_id
        arr[7] = 1 if quote else 0  # quotePrefix
        return arr


class SheetWriter:
    """Writes values with Looks into one worksheet; call ``finish()`` once at the end."""

    def __init__(self, ws: Any, widths: Sequence[float]) -> None:
        from openpyxl.cell.cell import Cell
        from openpyxl.styles.cell_style import StyleArray
        from openpyxl.utils import get_column_letter

        self.ws = ws
        self._cells = ws._cells  # (row, col) → Cell
        self._new_cell = Cell
        self._array_type = StyleArray
        self.widths = list(widths)
        self.palette = Palette(ws)
        self.heights = RowHeights()
        self._merges: list[tuple[int, int, int, int]] = []
        self._down: list[tuple[int, int, int, object, Look, str]] = []
        self._max_row = 0
        for i, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width

    def put(self, row: int, col: int, value: object, look: Look, *, fit: bool = True) -> Any:
        quote = False
        cell = self._new_cell(self.ws, row=row, column=col)  # ws.cell() adds checks we skip
        self._cells[(row, col)] = cell
        if row > self._max_row:
            self._max_row = row
        if value is not None:
            quote = put_value(cell, value)
        cell._style = self._array_type(self.palette.array(look, quote))  # the cell's own copy
        if fit and value and look.wrap and type(value) is str:
            self.heights.need_text(row, value, self.widths[col - 1], look.size)
        return cell

    def blank(self, row: int, col: int, look: Look) -> None:
        self.put(row, col, None, look, fit=False)

    def row(self, row: int, values: Iterable[object], looks: Sequence[Look]) -> None:
        for col, (value, look) in enumerate(zip(values, looks, strict=False), start=1):
            self.put(row, col, value, look)

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int,
              value: object, look: Look) -> None:
        """Value in the top-left cell, the look on every covered cell (borders, fill and lock
        show per cell; a plain look needs no covered cells), text height spread."""
        self.put(first_row, first_col, value, look, fit=False)
        if look.border != "none" or look.fill or not look.locked:
            for r in range(first_row, last_row + 1):
                for c in range(first_col, last_col + 1):
                    if r != first_row or c != first_col:
                        self.blank(r, c, look)
        if first_row != last_row or first_col != last_col:
            self._merges.append((first_row, first_col, last_row, last_col))
        if look.wrap and isinstance(value, str) and value:
            width = sum(self.widths[first_col - 1:last_col])
            self.heights.need_span(first_row, last_row, value, width, look.size)

    def merge_down(self, first_row: int, col: int, last_row: int, value: object, look: Look,
                   *, continued: str = "") -> None:
        """A cell merged down over rows that may run over a page break. A merged cell prints
        once, so with ``finish(pages=…)`` it is cut at each break and the value is repeated (with
        ``continued`` after it) at the top of the next page."""
        self.merge(first_row, col, last_row, col, value, look)
        if first_row != last_row:
            self._merges.pop()
            self._down.append((first_row, col, last_row, value, look, continued))

    def finish(self, pages: Pages | None = None) -> None:
        """Merges and row heights written; with ``pages``, page breaks set where the rows fill
        an A4 page and the ``merge_down`` cells cut there."""
        from openpyxl.worksheet.cell_range import CellRange
        from openpyxl.worksheet.merge import MergedCellRange

        ws = self.ws
        breaks = self._paginate(pages) if pages else []
        for first, col, last, value, look, continued in self._down:
            pieces = split_at(first, last, breaks)
            for i, (a, b) in enumerate(pieces):
                if i and value not in (None, ""):
                    text = f"{value}{continued}" if continued else value
                    if look.wrap and type(value) is str:  # the rows are set: the text fits them
                        room = sum(self.heights.height(r) for r in range(a, b + 1))
                        text = shortened(value, continued, self.widths[col - 1], look.size, room)
                    self.put(a, col, text, look, fit=False)
                if a != b:
                    self._merges.append((a, col, b, col))
        self._down.clear()
        ranges = ws.merged_cells.ranges  # a set: .add() skips merge_cells' O(n) overlap scan
        for r1, c1, r2, c2 in self._merges:
            # MergedCellRange() would re-derive the top-left border through a new Border per
            # range (~0.7 ms); every covered cell already carries the full look, so only the
            # range itself is built here.
            mcr = MergedCellRange.__new__(MergedCellRange)
            CellRange.__init__(mcr, min_col=c1, min_row=r1, max_col=c2, max_row=r2)
            mcr.ws = ws
            mcr.start_cell = self._cells[(r1, c1)]
            ranges.add(mcr)
        self._merges.clear()
        self.heights.apply(ws)
        ws._current_row = max(ws._current_row, self._max_row)  # so a later ws.append() follows

    def _paginate(self, pages: Pages) -> list[int]:
        from openpyxl.worksheet.pagebreak import Break

        heights = self.heights.resolved()

        def height(rows: range) -> float:
            return sum(heights.get(r, DEFAULT_ROW_PT) for r in rows)

        breaks = page_breaks(heights, pages.first, pages.last, keep=pages.keep,
                             head_pt=height(range(1, pages.first)),
                             repeat_pt=height(pages.repeat), scale=fit_scale(self.widths))
        for b in breaks:
            self.ws.row_breaks.append(Break(id=b))
        return breaks


@dataclass(frozen=True)
class Pages:
    """How a sheet's rows fall on A4 pages: rows ``first..last`` below the title and header
    (rows above ``first``, all on page one), ``repeat`` rows on every later page, ``keep``
    ranges never cut (a sign-off block with the last row of the table)."""

    first: int
    last: int
    repeat: range
    keep: tuple[tuple[int, int], ...] = ()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while one workbook is built and saved.

    openpyxl allocates ~100k objects per workbook, all alive until the save; the collector keeps
    rescanning them (~9 % of export time in bench/bench_export.py). Reference counting still frees
    everything it can; cycles are collected as usual once the collector runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def new_workbook() -> Any:
    """A workbook whose Normal style font is Arial 10 instead of openpyxl's Calibri 11.

    The Normal font sets the unit of every column width (its digit width: 7 px for both). Arial has
    a metric twin nearly everywhere (Liberation Sans on Linux desktops); Calibri often falls back
    to DejaVu Sans, whose wider digits make LibreOffice shrink a fitted page to ~68 % instead of
    86 %. Cells written here always carry their own font (宋体/黑体)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    wb = Workbook()
    fonts = list(wb._fonts)
    fonts[0] = Font(name="Arial", sz=10, family=2)
    wb._fonts = IndexedList(fonts)  # the Normal named style refers to font 0
    return wb


def write_key_sheet(wb: Any, pairs: Sequence[tuple[str, object]],
                    header: Sequence[str], rows: Iterable[Sequence[object]]) -> Any:
    """The hidden ``_tracker_keys`` sheet: A/B pairs from row 1, a blank row, a header row, rows."""
    ws = wb.create_sheet(KEY_SHEET)
    ws.sheet_state = "veryHidden"  # not offered by 取消隐藏 in Excel or WPS: nobody edits it
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


def _usual_permissions(path: str) -> None:
    """mkstemp makes files private (0600); an export gets the permissions any new file gets."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


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
        _usual_permissions(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:  # typically: the file is open in Excel/WPS (Windows)
        raise TrackerError("export_file_in_use", path=str(target)) from exc
    except OSError as exc:
        raise TrackerError("export_write_failed", path=str(target), reason=str(exc)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
