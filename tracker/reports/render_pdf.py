"""PDF and printing of a ``Document`` through Qt (QPdfWriter / QPrinter + QPainter).

Public API::

    render_pdf(doc, path, *, font_dir=None) -> RenderInfo(pages, landscape_pages)
    render_to_printer(doc, printer, *, font_dir=None) -> RenderInfo
        # QPrintPreviewDialog(printer).paintRequested.connect(lambda pr: render_to_printer(doc, pr))

Both paint with the same code: the title block, headings, body paragraphs (2-character first
line indent), tables (``render_table``), charts (``render_chart``) and the sign-off line, on A4
pages after GB/T 9704-2012, in the bundled WenQuanYi Micro Hei (embedded: lossless text).
Qt is imported here and in the other ``render_*`` modules only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPdfWriter, QPen

from tracker.reports.document import (
    BarChart,
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    StatusChart,
    Table,
    starts_landscape,
    wants_landscape,
)
from tracker.reports.output_file import part_path, replace_file
from tracker.reports.page_style import (
    BODY_LINE_PT,
    BODY_PT,
    HEADING_PT,
    NOTE_LINE_PT,
    NOTE_PT,
    SIGN_OFF_PT,
    SUBTITLE_PT,
    TITLE_LINE_PT,
    TITLE_PT,
)
from tracker.reports.render_chart import (
    bar_chart_height,
    draw_bar_chart,
    draw_status_chart,
    status_chart_height,
)
from tracker.reports.render_fonts import ReportFonts, ensure_gui_app
from tracker.reports.render_pages import Pager, RenderInfo
from tracker.reports.render_table import draw_table, table_start_height

__all__ = ["RenderInfo", "render_pdf", "render_to_printer"]

CREATOR = "政策落实跟踪"
PDF_RESOLUTION = 1200


def render_pdf(
    doc: Document, path: str | Path, *, font_dir: str | Path | None = None
) -> RenderInfo:
    """Write ``doc`` as a PDF at ``path``. Raises ``TrackerError`` (``font_missing``,
    ``font_no_glyphs``, ``report_write_failed``). The file is written beside the target and
    moved into place at the end, so a failure never leaves half a PDF behind."""
    ensure_gui_app()
    fonts = ReportFonts.load(font_dir)  # before any file is created: no empty file on error
    path = Path(path)
    part = part_path(path)
    writer = QPdfWriter(str(part))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator(CREATOR)
    writer.setTitle(str(doc.meta.get("title", doc.title)))
    if doc.meta.get("author") or doc.issuer_line:
        writer.setAuthor(str(doc.meta.get("author", doc.issuer_line)))
    if doc.meta.get("subject"):
        writer.setSubject(str(doc.meta["subject"]))
    try:
        info = _paint(doc, writer, fonts, path)
        del writer  # closes the file
        replace_file(part, path)
    finally:
        part.unlink(missing_ok=True)
    return info


def render_to_printer(doc: Document, printer, *, font_dir: str | Path | None = None) -> RenderInfo:
    """Paint ``doc`` on a ``QPrinter`` (a real printer, a PDF-mode printer, or the printer a
    ``QPrintPreviewDialog`` hands to ``paintRequested``)."""
    ensure_gui_app()
    fonts = ReportFonts.load(font_dir)
    printer.setFullPage(True)
    printer.setDocName(doc.title)
    return _paint(doc, printer, fonts, printer.outputFileName())


def _paint(doc: Document, device, fonts: ReportFonts, target) -> RenderInfo:
    pager = Pager(device, fonts, target=target)
    try:
        composer = _Composer(pager)
        composer.header(doc, starts_landscape(doc.blocks))
        for i, block in enumerate(doc.blocks):
            composer.block(block, doc.blocks[i + 1 : i + 4])  # what comes next decides
        if doc.sign_off:
            composer.sign_off(doc.sign_off)
    except BaseException:
        if pager.painter is not None:
            pager.painter.end()
        raise
    return pager.finish()


class _Composer:
    def __init__(self, pager: Pager) -> None:
        self.pager = pager

    def header(self, doc: Document, landscape: bool) -> None:
        pager = self.pager
        pager.ensure(landscape)
        title = pager.measure(TITLE_PT, bold=True)
        pitch = pager.pt(TITLE_LINE_PT)
        lines = title.wrap(doc.title, pager.width)
        pager.draw_lines(lines, title, pager.left, pager.y, pager.width, pitch, "center")
        pager.y += len(lines) * pitch
        sub = pager.measure(SUBTITLE_PT)
        sub_pitch = pager.pt(BODY_LINE_PT)
        if doc.subtitle:
            lines = sub.wrap(doc.subtitle, pager.width)
            pager.draw_lines(lines, sub, pager.left, pager.y, pager.width, sub_pitch, "center")
            pager.y += len(lines) * sub_pitch
        if doc.issuer_line or doc.date_line:
            pager.y += pager.pt(6)
            self._issuer_date(doc.issuer_line, doc.date_line, sub, sub_pitch)
        pager.y += pager.pt(BODY_LINE_PT) * 0.5

    def _issuer_date(self, issuer: str, date: str, m, pitch: float) -> None:
        pager = self.pager
        gap = pager.pt(SUBTITLE_PT * 2)
        if issuer and date and m.width(issuer) + m.width(date) + gap <= pager.width:
            pager.draw_lines(
                [(issuer, m.width(issuer))], m, pager.left, pager.y, pager.width, pitch
            )
            pager.draw_lines(
                [(date, m.width(date))], m, pager.left, pager.y, pager.width, pitch, "right"
            )
            pager.y += pitch
        else:
            for text in (issuer, date):
                if text:
                    lines = m.wrap(text, pager.width)
                    pager.draw_lines(lines, m, pager.left, pager.y, pager.width, pitch, "center")
                    pager.y += len(lines) * pitch
        p = pager.painter
        p.setPen(QPen(QColor("#000000"), pager.pt(1.0)))
        y = pager.y + pager.pt(2)
        p.drawLine(QPointF(pager.left, y), QPointF(pager.left + pager.width, y))
        pager.y = y + pager.pt(4)

    def block(self, block: Block, following: list[Block]) -> None:
        pager = self.pager
        if isinstance(block, PageBreak):
            if pager.started and not pager.at_top():
                pager.pending_break = True
            return
        pager.ensure(wants_landscape(block, following, pager.landscape))
        if isinstance(block, Table):
            draw_table(pager, block)
        elif isinstance(block, BarChart):
            draw_bar_chart(pager, block)
        elif isinstance(block, StatusChart):
            draw_status_chart(pager, block)
        elif isinstance(block, Heading):
            self.heading(block, following)
        elif isinstance(block, Paragraph):
            self.paragraph(block)

    def heading(self, block: Heading, following: list[Block]) -> None:
        pager = self.pager
        m = pager.measure(HEADING_PT, bold=block.level <= 1)
        pitch = pager.pt(BODY_LINE_PT)
        indent = pager.pt(HEADING_PT * 2)
        lines = m.wrap(block.text, pager.width - indent)
        # keep with the next block: the heading and the start of what it heads
        need = len(lines) * pitch + self._start_height(following)
        if not pager.at_top() and pager.space_left() < min(need, pager.body_height):
            pager.new_page()
        pager.draw_lines(lines, m, pager.left + indent, pager.y, pager.width - indent, pitch)
        pager.y += len(lines) * pitch

    def _start_height(self, following: list[Block]) -> float:
        """Room the next block needs to begin on this page (0 if it starts a new page)."""
        pager = self.pager
        for nxt in following:
            if isinstance(nxt, Heading):
                return pager.pt(BODY_LINE_PT) + self._start_height(following[1:])
            if isinstance(nxt, Table):
                return table_start_height(pager, nxt) if nxt.landscape == pager.landscape else 0
            if isinstance(nxt, BarChart):
                return 0 if pager.landscape else bar_chart_height(pager, nxt)
            if isinstance(nxt, StatusChart):
                return 0 if pager.landscape else status_chart_height(pager, nxt)
            if isinstance(nxt, Paragraph):
                return 2 * pager.pt(NOTE_LINE_PT if nxt.style == "note" else BODY_LINE_PT)
            return 0
        return 0

    def paragraph(self, block: Paragraph) -> None:
        pager = self.pager
        note = block.style == "note"
        size = NOTE_PT if note else BODY_PT
        m = pager.measure(size)
        pitch = pager.pt(NOTE_LINE_PT if note else BODY_LINE_PT)
        indent = 0.0 if note else pager.pt(size * 2)
        lines = m.wrap(block.text, pager.width, pager.width - indent)
        self._flow(lines, m, pitch, indent)

    def _flow(self, lines, m, pitch: float, indent: float) -> None:
        """Lines down the page, continuing on the next page (two lines at least together)."""
        pager = self.pager
        i = 0
        while i < len(lines):
            fit = int((pager.space_left() + 0.5) // pitch)
            if fit < min(2, len(lines) - i) and not pager.at_top():
                pager.new_page()
                continue
            fit = max(fit, 1)
            part = lines[i : i + fit]
            pager.draw_lines(
                part,
                m,
                pager.left,
                pager.y,
                pager.width,
                pitch,
                first_indent=indent if i == 0 else 0.0,
            )
            pager.y += len(part) * pitch
            i += len(part)
            if i < len(lines):
                pager.new_page()

    def sign_off(self, items: list[str]) -> None:
        pager = self.pager
        pager.ensure(pager.landscape)
        m = pager.measure(SIGN_OFF_PT)
        pitch = pager.pt(NOTE_LINE_PT)
        pager.y += pitch
        col = pager.width / len(items)
        if all(m.width(t) <= col - pager.pt(SIGN_OFF_PT) for t in items):
            if pager.space_left() < pitch:
                pager.new_page()
            for k, text in enumerate(items):
                pager.draw_lines(
                    [(text, m.width(text))], m, pager.left + k * col, pager.y, col, pitch
                )
            pager.y += pitch
        else:
            lines = [line for t in items for line in m.wrap(t, pager.width)]
            self._flow(lines, m, pitch, 0.0)
