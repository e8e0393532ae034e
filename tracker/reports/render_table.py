"""Tables laid out and paginated by hand: every cell wrapped once (``TextMeasure``), rows
placed on pages with the header row repeated, rows kept whole when they fit on a page, and a
row taller than a page (a 5,000-character cell) continued line by line across pages.

``group_col``: equal consecutive values in that column print once, in a merged-looking cell
(no rule between the rows); on a new page the value is repeated for context.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPen

from tracker.reports.document import Table, cell_text
from tracker.reports.messages_zh import MESSAGES
from tracker.reports.page_style import TABLE_TITLE_PT, table_font_pt
from tracker.reports.render_pages import Pager
from tracker.reports.render_text import Line, fit_lines

PAD_X_MM = 1.5
PAD_Y_MM = 1.2
LINE_FACTOR = 1.45  # line pitch / font size
HEADER_FILL = "#E8E8E8"
RULE_PT = 0.5
MIN_SPLIT_LINES = 2  # a row taller than a page starts on this page if this many lines fit
CONTINUED = "（续）"
SMALL_TABLE_ROWS = 6  # a table of this many rows or fewer is not split over two pages
TABLE_GAP_PT = 8  # space above a table (and, less, below it)


class _Layout:
    """Column geometry and every cell wrapped, for the page width at hand."""

    def __init__(self, pager: Pager, table: Table, rows: list | None = None) -> None:
        self.pager = pager
        self.table = table
        cols = table.columns
        size = table.font_pt or table_font_pt(table.landscape, len(cols))
        self.body = pager.measure(size)
        # header text regular on its grey band: a bold header (glyph outlines, see
        # TextMeasure.outline) on each of 3,000 pages made the PDF 3× slower
        self.head = pager.measure(size)
        self.title = pager.measure(TABLE_TITLE_PT, bold=True)
        self.pitch = pager.lead(size * LINE_FACTOR)
        self.pad_x = pager.mm(PAD_X_MM)
        self.pad_y = pager.mm(PAD_Y_MM) * pager.leading
        total = sum(max(c.width_weight, 0.01) for c in cols) or 1.0
        self.col_x: list[float] = []
        self.col_w: list[float] = []
        x = pager.left
        for c in cols:
            w = pager.width * max(c.width_weight, 0.01) / total
            self.col_x.append(x)
            self.col_w.append(w)
            x += w
        inner = [max(w - 2 * self.pad_x, self.pager.pt(size)) for w in self.col_w]
        self.inner = inner
        self.header = [self.head.wrap(c.title, inner[i]) for i, c in enumerate(cols)]
        self.header_h = self._height(max((len(h) for h in self.header), default=1))
        self.title_lines = self.title.wrap(table.title, pager.width) if table.title else []
        self.title_h = len(self.title_lines) * pager.lead(TABLE_TITLE_PT * 1.6)
        keys = [c.key for c in cols]
        self.group = keys.index(table.group_col) if table.group_col in keys else None
        self.cells: list[list[list[Line]]] = []
        self.group_first: list[bool] = []
        self.n_lines: list[int] = []
        previous = object()
        wrap = self.body.wrap
        n_cols = len(cols)
        for raw in table.rows if rows is None else rows:
            texts = [cell_text(v) for v in raw[:n_cols]]
            texts += [""] * (n_cols - len(texts))
            first = True
            if self.group is not None:
                first = texts[self.group] != previous
                previous = texts[self.group]
            row = [wrap(t, inner[i]) if t else [] for i, t in enumerate(texts)]
            counted = (
                row if first or self.group is None else row[: self.group] + row[self.group + 1 :]
            )
            self.cells.append(row)
            self.group_first.append(first)
            self.n_lines.append(max((len(c) for c in counted), default=0) or 1)

    def _height(self, lines: int) -> float:
        return lines * self.pitch + 2 * self.pad_y

    def start_height(self) -> float:
        """Title, header and the first row (or, if that row will be split, its first lines):
        what must fit below a heading or on the page where the table begins."""
        first = self._height(self.n_lines[0] if self.cells else 1)
        if first > self.pager.body_height - self.header_h - self.title_h:
            first = self._height(MIN_SPLIT_LINES)
        return self.title_h + self.header_h + first

    def keep_height(self) -> float:
        """What must fit where the table begins: a small table whole (a two-row table split
        over two pages, each part under its header, reads badly), else its start."""
        if self.cells and len(self.n_lines) <= SMALL_TABLE_ROWS:
            whole = self.title_h + self.header_h + sum(self._height(n) for n in self.n_lines)
            if whole <= self.pager.body_height:
                return whole
        return self.start_height()


class _TablePainter:
    def __init__(self, pager: Pager, table: Table) -> None:
        self.pager = pager
        self.table = table
        pager.ensure(table.landscape)
        self.lay = _Layout(pager, table)
        self.seg_top = 0.0
        self.first_segment = True
        self.seg_rows = 0  # rows begun in this segment
        self.seg_header_h = 0.0
        self.rule = QPen(QColor("#000000"), pager.pt(RULE_PT))

    # -- segments: the part of the table on one page --------------------------------------
    def start_segment(self) -> None:
        lay, p = self.lay, self.pager.painter
        self.seg_top = self.pager.y
        self.seg_rows = 0
        self.seg_header_h = 0.0
        if self.first_segment or self.table.repeat_header:
            self.seg_header_h = lay.header_h
            y = self.pager.y
            p.fillRect(
                QRectF(self.pager.left, y, self.pager.width, lay.header_h), QColor(HEADER_FILL)
            )
            for i, lines in enumerate(lay.header):
                top = y + (lay.header_h - len(lines) * lay.pitch) / 2
                self.pager.draw_lines(
                    lines,
                    lay.head,
                    lay.col_x[i] + lay.pad_x,
                    top,
                    lay.inner[i],
                    lay.pitch,
                    "center",
                )
            p.setPen(self.rule)
            p.drawLine(QPointF(self.pager.left, y), QPointF(self.pager.left + self.pager.width, y))
            self.pager.y += lay.header_h
            p.drawLine(
                QPointF(self.pager.left, self.pager.y),
                QPointF(self.pager.left + self.pager.width, self.pager.y),
            )
        self.first_segment = False

    def end_segment(self, merged_body: bool = False) -> None:
        p, lay = self.pager.painter, self.lay
        left, right, y = self.pager.left, self.pager.left + self.pager.width, self.pager.y
        p.setPen(self.rule)
        p.drawLine(QPointF(left, y), QPointF(right, y))
        bottom = self.seg_top + self.seg_header_h if merged_body else y
        for x in lay.col_x[1:]:
            p.drawLine(QPointF(x, self.seg_top), QPointF(x, bottom))
        p.drawLine(QPointF(left, self.seg_top), QPointF(left, y))
        p.drawLine(QPointF(right, self.seg_top), QPointF(right, y))

    def next_page(self) -> None:
        self.end_segment()
        self.pager.new_page()
        self.start_segment()

    # -- rows -------------------------------------------------------------------------------
    def draw_row(self, index: int, line_from: int, line_to: int, centre: bool) -> None:
        lay, pager = self.lay, self.pager
        p = pager.painter
        y = pager.y
        h = lay._height(line_to - line_from)
        cells = lay.cells[index]
        continuing = lay.group is not None and not lay.group_first[index]
        # rule above the row (none across a merged group cell on the same page)
        if self.seg_rows and line_from == 0:
            p.setPen(self.rule)
            left, right = pager.left, pager.left + pager.width
            if continuing:
                g = lay.group
                gx, gw = lay.col_x[g], lay.col_w[g]
                p.drawLine(QPointF(left, y), QPointF(gx, y))
                p.drawLine(QPointF(gx + gw, y), QPointF(right, y))
            else:
                p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(QPen(QColor("#000000")))
        cols = self.table.columns
        n_lines = line_to - line_from
        for i, lines in enumerate(cells):
            if continuing and i == lay.group:
                if self.seg_rows or line_from:
                    continue
                lines = fit_lines(lines, n_lines, lay.body, lay.inner[i])  # context on a new page
            part = lines[line_from:line_to]
            if not part and line_from and lines and n_lines >= 2:
                # a row continued from the page before: its short cells (measure, unit,
                # status) again, marked 续, so the page says whose text goes on
                part = [*fit_lines(lines, min(n_lines - 1, 2), lay.body, lay.inner[i]),
                        (CONTINUED, lay.body.width(CONTINUED))]
            if not part:
                continue
            top = y + lay.pad_y
            if centre:
                top += (n_lines - len(part)) * lay.pitch / 2
            pager.draw_lines(
                part,
                lay.body,
                lay.col_x[i] + lay.pad_x,
                top,
                lay.inner[i],
                lay.pitch,
                cols[i].align,
            )
        pager.y += h
        self.seg_rows += 1

    def run(self, tail: float = 0.0) -> None:
        """``tail``: room the block after the table needs on the page of the table's last
        row (it keeps with the table); the last row moves on under a repeated header when
        that room is missing, a one-row table moves whole."""
        lay, pager = self.lay, self.pager
        last = len(lay.n_lines) - 1
        if tail:
            tail += pager.lead(TABLE_GAP_PT * 0.75)  # the space below the table comes first
        if not pager.at_top():
            gap = pager.lead(TABLE_GAP_PT)
            need = gap + lay.keep_height()
            small = lay.keep_height() != lay.start_height() or last == 0  # kept whole
            if tail and small and need + tail <= pager.body_height:
                need += tail
            if pager.space_left() < need:
                pager.new_page()
            else:
                pager.y += gap
        if lay.title_lines:
            pager.draw_lines(
                lay.title_lines,
                lay.title,
                pager.left,
                pager.y,
                pager.width,
                pager.lead(TABLE_TITLE_PT * 1.6),
                "center",
            )
            pager.y += lay.title_h
        self.start_segment()
        if not lay.cells:
            self._draw_empty()
            return
        for index, n in enumerate(lay.n_lines):
            h = lay._height(n)
            if (
                index == last - 1
                and self.seg_rows >= 2
                and pager.y + h <= pager.bottom + 0.5
                and pager.y + h + lay._height(lay.n_lines[last]) + tail > pager.bottom + 0.5
                and lay.header_h + h + lay._height(lay.n_lines[last]) + tail <= pager.body_height
            ):
                self.next_page()  # the last row never goes on alone under a repeated header
                self.draw_row(index, 0, n, centre=True)
                continue
            if (
                index == last
                and tail
                and self.seg_rows
                and pager.y + h + tail > pager.bottom + 0.5
                and lay.header_h + h + tail <= pager.body_height
            ):
                self.next_page()  # the last row goes on with what keeps with the table
                self.draw_row(index, 0, n, centre=True)
                continue
            if pager.y + h <= pager.bottom + 0.5:
                self.draw_row(index, 0, n, centre=True)
                continue
            if h <= pager.body_height - lay.header_h:
                self.next_page()
                self.draw_row(index, 0, n, centre=True)
                continue
            start = 0
            while start < n:  # taller than a page: continue it line by line
                fit = int((pager.bottom - pager.y - 2 * lay.pad_y) // lay.pitch)
                if fit < MIN_SPLIT_LINES and self.seg_rows:
                    self.next_page()  # a fresh page: seg_rows is 0 there, no second turn
                    continue
                end = min(n, start + max(fit, 1))
                self.draw_row(index, start, end, centre=False)
                start = end
                if start < n:
                    self.next_page()
        self.end_segment()
        pager.y += pager.lead(TABLE_GAP_PT * 0.75)

    def _draw_empty(self) -> None:
        lay, pager = self.lay, self.pager
        lines = lay.body.wrap(MESSAGES["report_no_rows"], pager.width)
        pager.draw_lines(
            lines, lay.body, pager.left, pager.y + lay.pad_y, pager.width, lay.pitch, "center"
        )
        pager.y += lay._height(len(lines))
        self.end_segment(merged_body=True)


def table_start_height(pager: Pager, table: Table) -> float:
    """Room the start of the table needs (gap, title, header, first row): a heading stays
    with at least this much of its table."""
    rows = table.rows if len(table.rows) <= SMALL_TABLE_ROWS else table.rows[:1]
    return pager.lead(TABLE_GAP_PT) + _Layout(pager, table, rows=rows).keep_height()


def draw_table(pager: Pager, table: Table, tail: float = 0.0) -> None:
    """Place ``table`` from the pager's cursor on (a landscape table on landscape pages);
    ``tail``: room its last row must leave below it (see ``_TablePainter.run``)."""
    _TablePainter(pager, table).run(tail)
