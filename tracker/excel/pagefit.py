"""Paper geometry: column widths against A4 landscape, row heights from text, print setup.

openpyxl writes no row heights, so a wrapped cell shows one line in LibreOffice and prints cut; we
estimate the lines each cell needs from its text and its column width and set every height.

Units: a column width ``w`` (Excel "characters" of the Normal style font; ours is Arial 10, see
``sheetwriter.new_workbook``: 7 px per unit at 96 dpi) is about ``7·w`` pixels; 1 px = 0.75 pt.
A CJK character at ``f`` pt is one em, ``f·4/3`` px wide; Latin letters and digits about half.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

PX_PER_UNIT = 7.0
A4_LANDSCAPE_IN = (297 / 25.4, 210 / 25.4)
MARGINS_IN = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6, "header": 0.3, "footer": 0.3}
FOOTER = "第 &P 页 共 &N 页"
MAX_ROW_PT = 409.0  # Excel's limit
LINE_FACTOR = 1.25  # line height / font size (宋体 11 pt → 13.75 pt per line)
ROW_PAD_PT = 4.0
DEFAULT_ROW_PT = 15.0  # a row given no height (Excel's is 12.75–14.25 pt: this errs on the safe side)
PAGE_FILL = 0.95  # our page holds 5 % less than the printer's, so the breaks we set are the only ones


def column_px(width: float) -> int:
    """Pixels of one column on screen (one pixel more than Excel, to err on the safe side)."""
    return int(width * PX_PER_UNIT) + 1


def printable_width_pt() -> float:
    return (A4_LANDSCAPE_IN[0] - MARGINS_IN["left"] - MARGINS_IN["right"]) * 72


def fit_scale(widths: Sequence[float]) -> float:
    """The scale Excel applies for fit-to-one-page-wide on A4 landscape (whole percent, floored)."""
    total_pt = sum(column_px(w) for w in widths) * 0.75
    ratio = min(1.0, printable_width_pt() / total_pt)
    return math.floor(ratio * 100) / 100


def text_em(text: str) -> float:
    """Display width in ems: wide (CJK, 3-byte UTF-8) characters 1, others 0.55. Done with one
    encode instead of a per-character loop (the export writes tens of thousands of cells)."""
    n = len(text)
    wide = (len(text.encode("utf-8", "surrogatepass")) - n) // 2
    return wide + 0.55 * (n - wide)


def line_capacity(width: float, font_pt: float) -> float:
    """Ems per line in a wrapped cell (5 % kept back for line breaks at word ends)."""
    return max(1.0, (width * PX_PER_UNIT - 8) / (font_pt * 4 / 3) * 0.95)


def line_count(text: str, width: float, font_pt: float) -> int:
    """Lines a wrapped cell of ``width`` units needs for ``text`` at ``font_pt``."""
    if not text:
        return 1
    cap = line_capacity(width, font_pt)
    if "\n" not in text:
        if len(text) <= cap:  # fits even if every character is wide
            return 1
        return max(1, math.ceil(text_em(text) / cap))
    return sum(max(1, math.ceil(text_em(seg) / cap)) for seg in text.split("\n"))


def shortened(text: str, suffix: str, width: float, font_pt: float, height_pt: float) -> str:
    """``text`` + ``suffix`` in a wrapped cell of ``width`` units and ``height_pt`` points; when
    it would not fit (a task title repeated in one row under a page break), ``text`` is cut
    and ends in "…", the suffix ("（续）") always shown."""
    lines = max(1, int((height_pt - ROW_PAD_PT) // (font_pt * LINE_FACTOR)))
    whole = text + suffix
    if line_count(whole, width, font_pt) <= lines:
        return whole
    keep = len(text)
    while keep > 1 and line_count(text[:keep] + "…" + suffix, width, font_pt) > lines:
        keep -= 1
    return text[:keep] + "…" + suffix


def lines_height(lines: int, font_pt: float) -> float:
    return min(MAX_ROW_PT, round(lines * font_pt * LINE_FACTOR + ROW_PAD_PT, 1))


class RowHeights:
    """Collects the height each row needs, then writes them all at once."""

    def __init__(self) -> None:
        self._need: dict[int, float] = {}
        self._spans: list[tuple[int, int, float]] = []

    def need(self, row: int, height: float) -> None:
        if height > self._need.get(row, 0.0):
            self._need[row] = height

    def need_text(self, row: int, text: str, width: float, font_pt: float,
                  min_lines: int = 1) -> None:
        self.need(row, lines_height(max(min_lines, line_count(text, width, font_pt)), font_pt))

    def need_span(self, first: int, last: int, text: str, width: float, font_pt: float) -> None:
        """A cell merged over rows ``first..last`` needs their heights to add up to its text."""
        if first == last:
            self.need_text(first, text, width, font_pt)
        else:
            self._spans.append((first, last, lines_height(line_count(text, width, font_pt),
                                                          font_pt)))

    def resolved(self, default: float = DEFAULT_ROW_PT) -> dict[int, float]:
        """Row → height, merged cells' needs spread over their rows (rows not named: ``default``)."""
        need = self._need
        for first, last, height in self._spans:
            rows = range(first, last + 1)
            have = sum(need.get(r, default) for r in rows)
            if have < height:
                extra = (height - have) / len(rows)
                for r in rows:
                    need[r] = min(MAX_ROW_PT, round(need.get(r, default) + extra, 1))
        self._spans.clear()
        return need

    def height(self, row: int, default: float = DEFAULT_ROW_PT) -> float:
        return self._need.get(row, default)

    def apply(self, ws: Any, default: float = DEFAULT_ROW_PT) -> None:
        from openpyxl.worksheet.dimensions import RowDimension

        dims = ws.row_dimensions
        for row, height in self.resolved(default).items():
            if row in dims:
                dims[row].height = height
            else:  # built directly: 2-3x cheaper than the defaulting dims[row] lookup
                dims[row] = RowDimension(ws, index=row, ht=height)


def printable_height_pt() -> float:
    return (A4_LANDSCAPE_IN[1] - MARGINS_IN["top"] - MARGINS_IN["bottom"]) * 72


def page_breaks(heights: dict[int, float], first: int, last: int, *, head_pt: float,
                repeat_pt: float, scale: float,
                keep: Sequence[tuple[int, int]] = ()) -> list[int]:
    """The rows after which a page ends when rows ``first..last`` print below ``head_pt`` of
    title and header on page one and the repeated header (``repeat_pt``) on the others, at
    ``scale``. Rows of a ``keep`` range stay on one page (a sign-off block with the last row);
    a row taller than a page gets a page of its own."""
    page = printable_height_pt() * PAGE_FILL / scale
    glued = {r for a, b in keep for r in range(a + 1, b + 1)}  # rows that go with the row above
    units: list[list[int]] = []
    for r in range(first, last + 1):
        if r in glued and units:
            units[-1].append(r)
        else:
            units.append([r])
    breaks: list[int] = []
    used = head_pt
    for unit in units:
        height = sum(heights.get(r, DEFAULT_ROW_PT) for r in unit)
        if used + height > page and used > (head_pt if not breaks else repeat_pt):
            breaks.append(unit[0] - 1)
            used = repeat_pt
        used += height
    return breaks


def split_at(first: int, last: int, breaks: Sequence[int]) -> list[tuple[int, int]]:
    """Rows ``first..last`` cut into one piece per page."""
    pieces, start = [], first
    for b in breaks:
        if start <= b < last:
            pieces.append((start, b))
            start = b + 1
    pieces.append((start, last))
    return pieces


def setup_print(ws: Any, *, area: str, title_rows: str | None) -> None:
    """A4 landscape, one page wide (any number tall), repeated header rows, page-number footer."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    ps = ws.page_setup
    ps.orientation = "landscape"
    ps.paperSize = 9  # A4
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(**MARGINS_IN)
    ws.print_options.horizontalCentered = True
    ws.print_area = area
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 10
