"""A chart as a PNG picture, for the Word report (python-docx holds no vector drawing): the PDF's
own chart drawing (``render_chart``) painted on a white image at print resolution, with the
bundled font. Qt, so imported lazily (``docx_out`` asks for it only when it writes a chart)."""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from tracker.reports.document import BarChart, StatusChart
from tracker.reports.render_chart import (
    bar_chart_height,
    draw_bar_chart,
    draw_status_chart,
    status_chart_height,
)
from tracker.reports.render_fonts import ReportFonts, ensure_gui_app
from tracker.reports.render_pages import Pager, RenderInfo

DPI = 200
WIDTH_MM = 156.0  # the text width of a portrait A4 page with the GB/T 9704 margins
MAX_HEIGHT_MM = 230.0  # a chart of very many categories is cut to one page's height


class _ImagePager(Pager):
    """The pager the chart drawing expects, over one picture: no pages, no page numbers."""

    def __init__(self, image: QImage, fonts: ReportFonts) -> None:  # no Pager.__init__
        self.device = image
        self.leading = 1.0
        self.fonts = fonts
        self.target = ""
        self.res = float(DPI)
        self.rotate_landscape = False
        self.painter = None
        self.info = RenderInfo()
        self.landscape = self.rotated = self.pending_break = False
        self.page_base = 0
        self.left = self.top = self.y = 0.0
        self.width = float(image.width())
        self.bottom = float(image.height())
        self._measures = {}

    def ensure(self, landscape: bool) -> None:  # one picture: always "on its page"
        return

    def new_page(self, landscape: bool | None = None) -> None:
        return


def _image(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("#FFFFFF"))
    return image


def chart_png(chart: BarChart | StatusChart) -> tuple[bytes, float]:
    """(PNG bytes, width in mm) of ``chart`` with its title, as the PDF draws it."""
    ensure_gui_app()
    fonts = ReportFonts.load()
    width = round(WIDTH_MM / 25.4 * DPI)
    probe = _ImagePager(_image(width, 8), fonts)
    if isinstance(chart, BarChart):
        need = bar_chart_height(probe, chart) - probe.pt(10)  # no gap above: the picture's top
    else:
        need = status_chart_height(probe, chart) - probe.pt(10)
    height = min(math.ceil(need + probe.mm(2)), round(MAX_HEIGHT_MM / 25.4 * DPI))
    image = _image(width, height)
    pager = _ImagePager(image, fonts)
    painter = QPainter()
    painter.begin(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pager.painter = painter
    try:
        (draw_bar_chart if isinstance(chart, BarChart) else draw_status_chart)(pager, chart)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data()), WIDTH_MM
