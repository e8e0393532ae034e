"""Page flow for the report painter: A4 pages in either orientation on a ``QPdfWriter`` or a
``QPrinter``, GB/T 9704 margins, a y cursor, and the page number "— n —" (odd pages right,
even pages left, 7 mm below the text block).

All drawing is in device units (1200 dpi for ``QPdfWriter``); ``pt()``/``mm()`` convert;
``lead()`` converts vertical spacing (line pitches, gaps, cell padding), scaled by the pager's
``leading`` when a document is tightened to fit its pages (``Document.fit_pages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from tracker.errors import TrackerError
from tracker.reports.page_style import (
    LANDSCAPE_MARGINS,
    PAGE_NUMBER_DASH,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    PORTRAIT_MARGINS,
    ROTATED_MARGINS,
)
from tracker.reports.render_fonts import ReportFonts
from tracker.reports.render_text import TextMeasure


@dataclass
class RenderInfo:
    pages: int = 0
    landscape_pages: list[int] = field(default_factory=list)  # 1-based page numbers


def page_number_text(n: int) -> str:
    return f"{PAGE_NUMBER_DASH} {n} {PAGE_NUMBER_DASH}"


class Pager:
    """Owns the painter; starts pages lazily so the first page takes the first block's
    orientation. ``y`` is the next free position; ``bottom`` the end of the text block.

    On a ``QPdfWriter`` a landscape page is a real landscape page. A printer (and the print
    preview) cannot change orientation within a job, so there the landscape page is drawn
    turned on a portrait sheet, its top at the sheet's left edge and the page number in its
    usual place (GB/T 9704 横排表格)."""

    def __init__(
        self, device, fonts: ReportFonts, *, target: str | Path = "", leading: float = 1.0
    ) -> None:
        self.device = device
        self.leading = leading
        self.fonts = fonts
        self.target = str(target)
        self.res = float(device.resolution())
        self.rotate_landscape = not isinstance(device, QPdfWriter)
        self.painter: QPainter | None = None
        self.info = RenderInfo()
        self.landscape = False
        self.rotated = False
        self.pending_break = False
        self.page_base = 0  # pages of the documents before this one in the same job
        self.left = self.top = self.width = self.bottom = self.y = 0.0
        self._measures: dict[tuple[float, bool], TextMeasure] = {}

    # -- units -----------------------------------------------------------------------------
    def pt(self, value: float) -> float:
        return value * self.res / 72.0

    def mm(self, value: float) -> float:
        return value * self.res / 25.4

    def lead(self, value: float) -> float:
        """Vertical spacing of ``value`` points (a line pitch, a gap), times ``leading``."""
        return value * self.res / 72.0 * self.leading

    def measure(self, pt: float, bold: bool = False) -> TextMeasure:
        key = (pt, bold)
        m = self._measures.get(key)
        if m is None:
            m = self._measures[key] = TextMeasure(self.fonts.font(pt, bold), self.device)
        return m

    # -- page flow -------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self.painter is not None

    @property
    def body_height(self) -> float:
        return self.bottom - self.top

    def space_left(self) -> float:
        return self.bottom - self.y

    def at_top(self) -> bool:
        return self.started and self.y <= self.top + 0.5

    def ensure(self, landscape: bool) -> None:
        """Make sure there is a page in this orientation (a new page if it changes or a page
        break is pending)."""
        if not self.started or landscape != self.landscape or self.pending_break:
            self.new_page(landscape)

    def new_page(self, landscape: bool | None = None) -> None:
        landscape = self.landscape if landscape is None else landscape
        self.pending_break = False
        real_landscape = landscape and not self.rotate_landscape
        if self.painter is None:
            self._set_layout(real_landscape)
            self.painter = QPainter()
            if not self.painter.begin(self.device):
                self.painter = None
                raise TrackerError("report_write_failed", path=self.target)
            self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        else:
            if not self.rotate_landscape and landscape != self.landscape:
                self._set_layout(real_landscape)
            self.painter.resetTransform()
            self.device.newPage()
        self.landscape = landscape
        self.rotated = landscape and self.rotate_landscape
        self.info.pages += 1
        if landscape:
            self.info.landscape_pages.append(self.info.pages)
        sheet = self.device.pageLayout().fullRectPixels(int(self.res))
        sheet_w, sheet_h = float(sheet.width()), float(sheet.height())
        self._draw_page_number(*self._frame(sheet_w, sheet_h, landscape and not self.rotated))
        if self.rotated:
            self.painter.translate(0, sheet_h)
            self.painter.rotate(-90)
            self._frame(sheet_h, sheet_w, True, ROTATED_MARGINS)
        self.y = self.top

    def blank_page(self) -> None:
        """An empty page, unnumbered (the back of a sheet printed on both sides)."""
        assert self.painter is not None
        self.painter.resetTransform()
        self.device.newPage()
        self.info.pages += 1

    def finish(self) -> RenderInfo:
        if self.painter is None:  # an empty document still gives one (numbered) page
            self.new_page(False)
        assert self.painter is not None
        self.painter.end()
        return self.info

    def _set_layout(self, landscape: bool) -> None:
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
        if not self.device.setPageLayout(layout):
            # A real printer refuses zero margins: keep its margins, change the rest.
            self.device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            self.device.setPageOrientation(orientation)

    def _frame(self, page_w: float, page_h: float, landscape: bool, margins=None):
        """Set the text block for a page of this size; returns (left, width, bottom)."""
        if margins is None:
            margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
        self.left = self.mm(margins.left)
        self.top = self.mm(margins.top)
        self.width = page_w - self.left - self.mm(margins.right)
        self.bottom = page_h - self.mm(margins.bottom)
        return self.left, self.width, self.bottom

    def _draw_page_number(self, left: float, width: float, bottom: float) -> None:
        assert self.painter is not None
        m = self.measure(PAGE_NUMBER_PT)
        number = self.info.pages - self.page_base
        text = page_number_text(number)
        one_char = self.pt(PAGE_NUMBER_PT)  # "空一字"
        if number % 2:
            x = left + width - one_char - m.width(text)
        else:
            x = left + one_char
        # The dash line sits 7 mm below the text block.
        dash = m.metrics.tightBoundingRect(PAGE_NUMBER_DASH)
        baseline = bottom + self.mm(PAGE_NUMBER_GAP_MM) - dash.top()
        p = self.painter
        p.setFont(m.font)
        p.setPen(QPen(QColor("#000000")))
        p.drawText(QPointF(x, baseline), text)

    # -- small drawing helpers -------------------------------------------------------------
    def draw_lines(
        self,
        lines: list[tuple[str, float]],
        measure: TextMeasure,
        x: float,
        y: float,
        width: float,
        pitch: float,
        align: str = "left",
        first_indent: float = 0.0,
    ) -> None:
        """Draw wrapped lines from top ``y`` at ``pitch`` per line (text centred in the pitch)."""
        p = self.painter
        assert p is not None
        font = measure.font
        p.setFont(font)
        baseline = y + (pitch - measure.ascent - measure.descent) / 2 + measure.ascent
        missing = measure.missing
        bold_fill = p.pen().color() if measure.bold else None
        for i, (text, w) in enumerate(lines):
            if align == "center":
                dx = (width - w) / 2
            elif align == "right":
                dx = width - w
            else:
                dx = first_indent if i == 0 else 0.0
            if missing and not missing.isdisjoint(text):
                p.setFont(measure.fallback_font)
                p.drawText(QPointF(x + dx, baseline), text)
                p.setFont(font)
            else:
                # integer device units (1/1200 inch): the cheapest drawText overload
                p.drawText(round(x + dx), round(baseline), text)
            if bold_fill is not None and text:
                shift = x + dx + measure.bold_offset
                p.translate(shift, baseline)
                p.fillPath(measure.outline(text), bold_fill)
                p.translate(-shift, -baseline)
            baseline += pitch
