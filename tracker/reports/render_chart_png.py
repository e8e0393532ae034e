"""A chart as PNG pictures, for the Word report (python-docx holds no vector drawing): the PDF's
own chart drawing (``render_chart``) painted on white images at print resolution, with the
bundled font. A chart taller than a page's text area goes on in a second picture, as the PDF
goes on on the next page (title marked （续）). Qt, so imported lazily (``docx_tables`` asks for
it only when it writes a chart)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from tracker.reports.document import BarChart, StatusChart
from tracker.reports.render_chart import draw_bar_chart, draw_status_chart
from tracker.reports.render_fonts import ReportFonts, ensure_gui_app
from tracker.reports.render_pages import Pager, RenderInfo

DPI = 200
WIDTH_MM = 156.0  # the text width of a portrait A4 page with the GB/T 9704 margins
PAGE_MM = 215.0  # a picture's height at most: the text height (225 mm) less a line's room


class _ImagePager(Pager):
    """The pager the chart drawing expects, over pictures instead of pages: each "page" is a
    new white image; no page numbers."""

    def __init__(self, fonts: ReportFonts) -> None:  # no Pager.__init__: no paint device yet
        self.fonts = fonts
        self.leading = 1.0
        self.target = ""
        self.res = float(DPI)
        self.rotate_landscape = False
        self.painter = None
        self.info = RenderInfo()
        self.landscape = self.rotated = self.pending_break = False
        self.page_base = 0
        self._measures = {}
        self.images: list[tuple[QImage, float]] = []  # finished: (image, height used)
        self.device = self._image()
        self._begin()

    def _image(self) -> QImage:
        image = QImage(round(WIDTH_MM / 25.4 * DPI), round(PAGE_MM / 25.4 * DPI),
                       QImage.Format.Format_RGB32)
        dots = round(DPI / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(QColor("#FFFFFF"))
        return image

    def _begin(self) -> None:
        self.painter = QPainter()
        self.painter.begin(self.device)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.left = self.top = self.y = 0.0
        self.width = float(self.device.width())
        self.bottom = float(self.device.height())

    def ensure(self, landscape: bool) -> None:  # the picture at hand is the page
        return

    def new_page(self, landscape: bool | None = None) -> None:
        self.painter.end()
        self.images.append((self.device, self.y))
        self.device = self._image()
        self._measures = {}
        self._begin()

    def pictures(self) -> list[bytes]:
        """Every picture as PNG, cut below what was drawn on it."""
        self.painter.end()
        done = [*self.images, (self.device, self.y)]
        out = []
        for image, used in done:
            if used <= 0:
                continue
            height = min(image.height(), round(used + self.mm(2)))
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.copy(0, 0, image.width(), height).save(buffer, "PNG")
            out.append(bytes(buffer.data()))
        return out


def chart_pngs(chart: BarChart | StatusChart) -> tuple[list[bytes], float]:
    """(PNG pictures, their width in mm) of ``chart`` with its title, as the PDF draws it."""
    ensure_gui_app()
    pager = _ImagePager(ReportFonts.load())
    (draw_bar_chart if isinstance(chart, BarChart) else draw_status_chart)(pager, chart)
    return pager.pictures(), WIDTH_MM
