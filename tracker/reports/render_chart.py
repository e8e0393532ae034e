"""Charts as vectors: QPainter rectangles, lines and pie paths, every title, label and value
as text (searchable in the PDF, crisp on paper; ``pdfimages -list`` finds nothing).

Bar charts are horizontal so long unit names read on the left; a chart with many categories
continues on the next page with its title marked （续）.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from tracker.reports.chart_data import bar_totals, format_value, half_up, is_hatched, nice_max
from tracker.reports.document import BarChart, StatusChart
from tracker.reports.messages_zh import MESSAGES
from tracker.reports.page_style import CHART_TEXT_PT, CHART_TITLE_PT
from tracker.reports.render_pages import Pager
from tracker.reports.render_text import balanced_wrap, fit_lines

GRID = "#BFBFBF"
AXIS = "#000000"
FALLBACK_COLOUR = "#7F7F7F"
HATCH = "#8C8C8C"  # the lines of a hatched (未报送) part; its border is AXIS


def _colour(value: str) -> QColor:
    c = QColor(value)
    return c if c.isValid() else QColor(FALLBACK_COLOUR)


def _text_colour_on(c: QColor) -> QColor:
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor("#000000") if luminance > 150 else QColor("#FFFFFF")


def _hatched_area(pager: Pager, area: QRectF | QPainterPath) -> None:
    """White, diagonal lines about 1.4 mm apart, and a thin black border (drawn lines, not a
    pattern brush: Qt's pattern brushes are device pixels, invisible at the PDF's resolution)."""
    p = pager.painter
    path = area if isinstance(area, QPainterPath) else None
    box = path.boundingRect() if path is not None else area
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#FFFFFF")))
    if path is not None:
        p.drawPath(path)
        p.setClipPath(path)
    else:
        p.drawRect(box)
        p.setClipRect(box)
    p.setPen(QPen(QColor(HATCH), pager.pt(0.5)))
    step = pager.mm(1.4)
    x = box.left() - box.height()
    while x < box.right():
        p.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()))
        x += step
    p.setClipping(False)
    p.setPen(QPen(QColor(AXIS), pager.pt(0.6)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    if path is not None:
        p.drawPath(path)
    else:
        p.drawRect(box)
    p.restore()


def _fill_rect(pager: Pager, rect: QRectF, colour: str) -> None:
    """A bar part or legend box in its colour; the hatched colour as white, lines, border."""
    if is_hatched(colour):
        if rect.width() > 0:
            _hatched_area(pager, rect)
        return
    p = pager.painter
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_colour(colour)))
    p.drawRect(rect)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _title(pager: Pager, text: str) -> None:
    m = pager.measure(CHART_TITLE_PT, bold=True)
    pitch = pager.pt(CHART_TITLE_PT * 1.6)
    lines = m.wrap(text, pager.width)
    pager.draw_lines(lines, m, pager.left, pager.y, pager.width, pitch, "center")
    pager.y += len(lines) * pitch


def _start(pager: Pager, need: float) -> None:
    """Room for ``need`` (or a fresh portrait page); a gap above when not at the top."""
    pager.ensure(False)
    gap = pager.pt(10)
    if not pager.at_top() and pager.space_left() < gap + need:
        pager.new_page()
    elif not pager.at_top():
        pager.y += gap


class _BarGeometry:
    """Sizes of a bar chart on the current page width (device units)."""

    def __init__(self, pager: Pager, chart: BarChart) -> None:
        text = self.text = pager.measure(CHART_TEXT_PT)
        self.pitch = pitch = pager.pt(CHART_TEXT_PT * 1.4)
        self.label_w = min(
            max((text.width(c) for c in chart.categories), default=0) + pager.mm(2),
            pager.width * 0.3,
        )
        inner = self.label_w - pager.mm(2)
        self.labels = [  # balanced when whole in three lines; cut after three otherwise
            balanced_wrap(text, c, inner) if len(lines := text.wrap(c, inner)) <= 3
            else fit_lines(lines, 3, text, inner)
            for c in chart.categories
        ]
        self.bar_h = pager.pt(CHART_TEXT_PT * 1.3)
        self.bars_per_band = 1 if chart.stacked else max(len(chart.series), 1)
        most_lines = max((len(x) for x in self.labels), default=1)
        self.band = max(self.bars_per_band * self.bar_h, most_lines * pitch) + pager.mm(2.5)
        self.legend = len(chart.series) > 1 or chart.stacked
        self.title_h = pager.pt(CHART_TITLE_PT * 1.6)
        self.fixed = (
            self.title_h + 2 * pitch + (pitch if chart.y_label else 0)
            + (pitch * 1.5 if self.legend else 0)
        )
        self.empty = not chart.categories or not chart.series

    def height(self, n_categories: int) -> float:
        if self.empty:
            return self.title_h + self.pitch
        return self.fixed + self.band * n_categories


def bar_chart_height(pager: Pager, chart: BarChart) -> float:
    """Room the whole chart takes on this page width, with the gap above it."""
    return pager.pt(10) + _BarGeometry(pager, chart).height(len(chart.categories))


def draw_bar_chart(pager: Pager, chart: BarChart) -> None:
    pager.ensure(False)
    g = _BarGeometry(pager, chart)
    text, pitch, label_w, labels, band = g.text, g.pitch, g.label_w, g.labels, g.band
    bar_h, bars_per_band, fixed = g.bar_h, g.bars_per_band, g.fixed
    n_cat = len(chart.categories)
    top_value = chart.max_value or nice_max(max(bar_totals(chart), default=0))
    if g.empty:
        _start(pager, g.height(0))
        _title(pager, chart.title)
        _note(pager, MESSAGES["report_no_chart_data"])
        return
    first = 0
    while first < n_cat:
        rest = g.height(n_cat - first)
        pager.ensure(False)
        # the whole (rest of the) chart on one page when a page can hold it
        _start(pager, rest if rest <= pager.body_height else g.height(min(3, n_cat - first)))
        fits = max(1, int((pager.space_left() - fixed) // band))
        last = min(n_cat, first + fits)
        title = chart.title if first == 0 else chart.title + MESSAGES["report_continued"]
        _title(pager, title)
        plot_x = pager.left + label_w + pager.mm(1)
        plot_w = pager.width - label_w - pager.mm(12)
        top = pager.y
        p = pager.painter
        p.setFont(text.font)
        scale = plot_w / top_value
        # grid and value axis
        plot_h = band * (last - first)
        for k in range(6):
            v = top_value * k / 5
            x = plot_x + v * scale
            p.setPen(QPen(QColor(GRID), pager.pt(0.4)))
            p.drawLine(QPointF(x, top), QPointF(x, top + plot_h))
            label = format_value(v)
            p.setPen(QPen(QColor(AXIS)))
            p.drawText(
                QPointF(x - text.width(label) / 2, top + plot_h + text.ascent + pager.mm(1)), label
            )
        p.setPen(QPen(QColor(AXIS), pager.pt(0.8)))
        p.drawLine(QPointF(plot_x, top), QPointF(plot_x, top + plot_h))
        p.drawLine(QPointF(plot_x, top + plot_h), QPointF(plot_x + plot_w, top + plot_h))
        for row, i in enumerate(range(first, last)):
            y = top + row * band
            lines = labels[i]
            pager.draw_lines(
                lines,
                text,
                pager.left,
                y + (band - len(lines) * pitch) / 2,
                label_w - pager.mm(2),
                pitch,
                "right",
            )
            bar_y = y + (band - bars_per_band * bar_h) / 2
            _bars(pager, chart, i, (plot_x, plot_w), bar_y, bar_h, scale)
        pager.y = top + plot_h + pitch * 1.5
        if chart.y_label:
            pager.draw_lines(
                text.wrap(chart.y_label, plot_w), text, plot_x, pager.y, plot_w, pitch, "center"
            )
            pager.y += pitch
        if g.legend:
            _legend(pager, [(s.name, s.colour) for s in chart.series])
        first = last


def _bars(pager: Pager, chart: BarChart, i: int, plot: tuple[float, float], y: float, h: float,
          scale: float) -> None:
    """One category's bars; a value above the axis end is drawn to the end (its label
    still gives the value)."""
    p = pager.painter
    text = pager.measure(CHART_TEXT_PT)
    x0, plot_w = plot
    x = x0
    for s in chart.series:
        v = s.values[i] if i < len(s.values) else 0
        colour = _colour(s.colour)
        w = max(0.0, min(max(v, 0) * scale, x0 + plot_w - x))
        _fill_rect(pager, QRectF(x, y, w, h), s.colour)
        label = format_value(v, chart.value_decimals) + chart.value_suffix
        lw = text.width(label)
        baseline = y + (h - text.ascent - text.descent) / 2 + text.ascent
        if chart.stacked:
            if v and lw + pager.mm(1) < w:
                lx = x + (w - lw) / 2
                if is_hatched(s.colour):  # the number on a white patch, not on the lines
                    pad = pager.mm(0.5)
                    p.fillRect(QRectF(lx - pad, y + pager.pt(0.6), lw + 2 * pad,
                                      h - pager.pt(1.2)), QColor("#FFFFFF"))
                p.setPen(QPen(_text_colour_on(colour)))
                p.drawText(QPointF(lx, baseline), label)
            x += w
        else:
            p.setPen(QPen(QColor(AXIS)))
            p.drawText(QPointF(x + w + pager.mm(1), baseline), label)
            y += h
    if chart.stacked:
        total = sum(s.values[i] for s in chart.series if i < len(s.values))
        label = format_value(total, chart.value_decimals) + chart.value_suffix
        baseline = y + (h - text.ascent - text.descent) / 2 + text.ascent
        p.setPen(QPen(QColor(AXIS)))
        p.drawText(QPointF(x + pager.mm(1), baseline), label)
    p.setBrush(Qt.BrushStyle.NoBrush)


def _legend(pager: Pager, items: list[tuple[str, str]]) -> None:
    p = pager.painter
    text = pager.measure(CHART_TEXT_PT)
    pitch = pager.pt(CHART_TEXT_PT * 1.5)
    box = pager.pt(CHART_TEXT_PT * 0.8)
    widths = [box + pager.mm(1.5) + text.width(name) + pager.mm(5) for name, _ in items]
    x = pager.left + max(0.0, (pager.width - sum(widths)) / 2)
    baseline = pager.y + (pitch - text.ascent - text.descent) / 2 + text.ascent
    p.setFont(text.font)
    for (name, colour), w in zip(items, widths, strict=True):
        if x + w > pager.left + pager.width + 1:
            x = pager.left
            pager.y += pitch
            baseline += pitch
        _fill_rect(pager, QRectF(x, baseline - box, box, box), colour)
        p.setPen(QPen(QColor(AXIS)))
        p.drawText(QPointF(x + box + pager.mm(1.5), baseline), name)
        x += w
    pager.y += pitch


def _note(pager: Pager, message: str) -> None:
    text = pager.measure(CHART_TEXT_PT)
    pitch = pager.pt(CHART_TEXT_PT * 1.5)
    lines = text.wrap(message, pager.width)
    pager.draw_lines(lines, text, pager.left, pager.y, pager.width, pitch, "center")
    pager.y += len(lines) * pitch


def _pie_sizes(pager: Pager, chart: StatusChart) -> tuple[float, float, float]:
    """(pitch of legend lines, pie diameter, height below the title)."""
    pitch = pager.pt((CHART_TEXT_PT + 1.5) * 1.6)
    diameter = min(pager.mm(60), pager.width * 0.4)
    total = sum(s.value for s in chart.slices if s.value > 0)
    height = max(diameter, pitch * (len(chart.slices) + 1)) + pager.mm(4)
    return pitch, diameter, height if total else pitch


def status_chart_height(pager: Pager, chart: StatusChart) -> float:
    return pager.pt(10) + pager.pt(CHART_TITLE_PT * 1.6) + _pie_sizes(pager, chart)[2]


def draw_status_chart(pager: Pager, chart: StatusChart) -> None:
    """A pie (clockwise from 12 o'clock) with a legend: label, count and share."""
    text = pager.measure(CHART_TEXT_PT + 1.5)
    pitch, diameter, height = _pie_sizes(pager, chart)
    slices = [s for s in chart.slices if s.value > 0]
    total = sum(s.value for s in slices)
    title_h = pager.pt(CHART_TITLE_PT * 1.6)
    _start(pager, title_h + height)
    _title(pager, chart.title)
    if total <= 0:
        _note(pager, MESSAGES["report_no_chart_data"])
        return
    p = pager.painter
    top = pager.y + pager.mm(2)
    rect = QRectF(pager.left + pager.width * 0.08, top, diameter, diameter)
    angle = 90.0 * 16
    p.setPen(QPen(QColor("#FFFFFF"), pager.pt(0.8)))
    hatched = []
    for s in slices:
        span = -360.0 * 16 * s.value / total
        if is_hatched(s.colour):
            hatched.append((angle, span))
        else:
            p.setBrush(QBrush(_colour(s.colour)))
            p.drawPie(rect, round(angle), round(span))
        angle += span
    p.setBrush(Qt.BrushStyle.NoBrush)
    for start, span in hatched:  # after the coloured ones: their white seams do not cut it
        wedge = QPainterPath(rect.center())
        wedge.arcTo(rect, start / 16, span / 16)
        wedge.closeSubpath()
        _hatched_area(pager, wedge)
    legend_x = rect.right() + pager.mm(12)
    box = pager.pt(CHART_TEXT_PT)
    rows = [*chart.slices, None]
    y = top + (diameter - pitch * len(rows)) / 2 if pitch * len(rows) < diameter else top
    p.setFont(text.font)
    for s in rows:
        baseline = y + (pitch - text.ascent - text.descent) / 2 + text.ascent
        if s is None:
            label = MESSAGES["chart_total"].format(total=format_value(total))
        else:
            share = 100.0 * s.value / total
            label = MESSAGES["chart_slice"].format(
                label=s.label, value=format_value(s.value), share=half_up(share)
            )
            _fill_rect(pager, QRectF(legend_x, baseline - box * 0.9, box, box), s.colour)
        p.setPen(QPen(QColor(AXIS)))
        p.drawText(QPointF(legend_x + box + pager.mm(2), baseline), label)
        y += pitch
    pager.y = top + height
