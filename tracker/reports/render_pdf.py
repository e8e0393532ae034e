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

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QPointF
from PySide6.QtGui import QColor, QPdfWriter, QPen

from tracker.reports.document import (
    BarChart,
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Signature,
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
    SIGNATURE_RIGHT_CHARS,
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
from tracker.reports.render_table import TABLE_GAP_PT, draw_table, table_start_height

__all__ = ["RenderInfo", "render_pdf", "render_to_printer"]

CREATOR = "政策落实跟踪"
PDF_RESOLUTION = 1200
KEEP_LINES = 2  # a paragraph splits across pages with at least this many lines on each side
# Line spacing tried, in turn, to keep a document within ``Document.fit_pages`` (GB/T 9704 7.2:
# 22 lines a page "一般", adjustable); 0.85 still leaves 3号 text 1.5 lines apart.
FIT_LEADINGS = (1.0, 0.95, 0.9, 0.85)


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
        info = _paint(doc, writer, fonts, path, _leading(doc, fonts))
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
    return _paint(doc, printer, fonts, printer.outputFileName(), _leading(doc, fonts))


def _leading(doc: Document, fonts: ReportFonts) -> float:
    """The line spacing to paint with: 1 unless the document asks to fit ``fit_pages`` pages
    and only tighter lines (down to the last of ``FIT_LEADINGS``) make it fit; each try is
    painted into memory and counted."""
    if doc.fit_pages <= 0:
        return 1.0

    def pages(leading: float) -> int:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION)
        count = _paint(doc, writer, fonts, "", leading).pages
        del writer
        buffer.close()
        return count

    normal = pages(FIT_LEADINGS[0])
    # fits as it is, or so far over that the tightest spacing cannot save it (a notice of many
    # items): the normal spacing, without painting the tighter tries
    if normal <= doc.fit_pages or normal > doc.fit_pages / FIT_LEADINGS[-1] + 1:
        return FIT_LEADINGS[0]
    if pages(FIT_LEADINGS[-1]) > doc.fit_pages:
        return FIT_LEADINGS[0]
    return next((x for x in FIT_LEADINGS[1:-1] if pages(x) <= doc.fit_pages), FIT_LEADINGS[-1])


def render_all_to_printer(docs: list[Document], printer, *,
                          font_dir: str | Path | None = None) -> RenderInfo:
    """Several documents (the 催办通知单 of every unit) as one print job: each starts on a new
    sheet (printing on both sides, a document of an odd page count is followed by a blank
    back) and numbers its own pages from 1."""
    from PySide6.QtPrintSupport import QPrinter

    ensure_gui_app()
    fonts = ReportFonts.load(font_dir)
    printer.setFullPage(True)
    both_sides = printer.duplex() in (QPrinter.DuplexMode.DuplexLongSide,
                                      QPrinter.DuplexMode.DuplexShortSide)
    pager = Pager(printer, fonts, target=printer.outputFileName())
    with _ended_on_error(pager):
        for doc in docs:
            pager.leading = _leading(doc, fonts)
            if pager.started:
                if both_sides and (pager.info.pages - pager.page_base) % 2:
                    pager.blank_page()
                pager.page_base, pager.pending_break = pager.info.pages, True
            _compose(doc, pager)
    return pager.finish()


def _paint(doc: Document, device, fonts: ReportFonts, target, leading: float = 1.0) -> RenderInfo:
    pager = Pager(device, fonts, target=target, leading=leading)
    with _ended_on_error(pager):
        _compose(doc, pager)
    return pager.finish()


@contextmanager
def _ended_on_error(pager: Pager) -> Iterator[None]:
    """A failure while painting ends the painter (Qt aborts on a device left painting)."""
    try:
        yield
    except BaseException:
        if pager.painter is not None:
            pager.painter.end()
        raise


def _compose(doc: Document, pager: Pager) -> None:
    composer = _Composer(pager)
    composer.header(doc, starts_landscape(doc.blocks))
    for i, block in enumerate(doc.blocks):
        composer.block(block, doc.blocks[i + 1 :])  # what comes next decides
    if doc.sign_off:
        composer.sign_off(doc.sign_off)


class _Composer:
    def __init__(self, pager: Pager) -> None:
        self.pager = pager

    def header(self, doc: Document, landscape: bool) -> None:
        pager = self.pager
        pager.ensure(landscape)
        title = pager.measure(TITLE_PT, bold=True)
        pitch = pager.lead(TITLE_LINE_PT)
        lines = title.wrap(doc.title, pager.width)
        pager.draw_lines(lines, title, pager.left, pager.y, pager.width, pitch, "center")
        pager.y += len(lines) * pitch
        sub = pager.measure(SUBTITLE_PT)
        sub_pitch = pager.lead(BODY_LINE_PT)
        if doc.subtitle:
            lines = sub.wrap(doc.subtitle, pager.width)
            pager.draw_lines(lines, sub, pager.left, pager.y, pager.width, sub_pitch, "center")
            pager.y += len(lines) * sub_pitch
        if doc.issuer_line or doc.date_line:
            pager.y += pager.lead(6)
            self._issuer_date(doc.issuer_line, doc.date_line, sub, sub_pitch)
        pager.y += pager.lead(BODY_LINE_PT) * 0.5

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
            draw_table(pager, block, tail=self._keep_tail(block, following))
        elif isinstance(block, BarChart):
            self._keep_chart_with_note(bar_chart_height(pager, block), following)
            draw_bar_chart(pager, block)
        elif isinstance(block, StatusChart):
            self._keep_chart_with_note(status_chart_height(pager, block), following)
            draw_status_chart(pager, block)
        elif isinstance(block, Heading):
            self.heading(block, following)
        elif isinstance(block, Paragraph):
            self.paragraph(block, self._keep_tail(block, following))
        elif isinstance(block, Signature):
            self.signature(block)

    def heading(self, block: Heading, following: list[Block]) -> None:
        pager = self.pager
        m = pager.measure(HEADING_PT, bold=block.level <= 1)
        pitch = pager.lead(BODY_LINE_PT)
        indent = pager.pt(HEADING_PT * 2)
        lines = m.wrap(block.text, pager.width - indent)
        # keep with the next block: the heading and the start of what it heads
        need = len(lines) * pitch + self._start_height(following)
        if not pager.at_top() and pager.space_left() < min(need, pager.body_height):
            pager.new_page()
        pager.draw_lines(lines, m, pager.left + indent, pager.y, pager.width - indent, pitch)
        pager.y += len(lines) * pitch

    def _start_height(self, following: list[Block]) -> float:
        """Room the next block needs to begin on this page (0 if it starts a new page), with
        what it keeps with when it moves whole (a short kept paragraph, a one-row kept
        table, a signature). A loop, stopped once past a page: a chain of kept blocks may be
        long."""
        pager = self.pager
        total = 0.0
        for nxt in following:
            if total > pager.body_height:
                break
            if isinstance(nxt, Heading):
                total += pager.lead(BODY_LINE_PT)
                continue  # and the start of what it heads
            if isinstance(nxt, Table):
                if nxt.landscape != pager.landscape:
                    break
                total += table_start_height(pager, nxt)
                if nxt.keep_with_next and len(nxt.rows) <= 1:
                    total += pager.lead(TABLE_GAP_PT * 0.75)
                    continue
                break
            if isinstance(nxt, BarChart):
                total += 0 if pager.landscape else bar_chart_height(pager, nxt)
                break
            if isinstance(nxt, StatusChart):
                total += 0 if pager.landscape else status_chart_height(pager, nxt)
                break
            if isinstance(nxt, Paragraph):
                lines, _, pitch, _ = self._paragraph_lines(nxt)
                if len(lines) < 2 * KEEP_LINES:  # too short to split: it starts whole
                    total += len(lines) * pitch
                    if nxt.keep_with_next:
                        continue
                    break
                total += KEEP_LINES * pitch
                break
            if isinstance(nxt, Signature):
                total += self._signature_height(nxt)
            break
        return total

    def _keep_chart_with_note(self, height: float, following: list[Block]) -> None:
        """A chart followed by its note (注：…) starts a page when the chart would fit here but
        the note's first lines would not, and both fit on a fresh page."""
        pager = self.pager
        if not following or not isinstance(following[0], Paragraph) \
                or following[0].style != "note" or pager.at_top():
            return
        lines, _, pitch, _ = self._paragraph_lines(following[0])
        need = height + pager.lead(TABLE_GAP_PT) + min(len(lines), KEEP_LINES) * pitch
        if height <= pager.space_left() < need <= pager.body_height:
            pager.new_page()

    def _keep_tail(self, block: Paragraph | Table, following: list[Block]) -> float:
        """What must fit below the end of ``block`` on its page: the start of the next block
        when ``block`` keeps with it (none when that could never fit on one page)."""
        if not block.keep_with_next:
            return 0.0
        tail = self._start_height(following)
        return tail if tail < self.pager.body_height else 0.0

    def _paragraph_lines(self, block: Paragraph):
        """(wrapped lines, measure, pitch, first-line indent) of a paragraph."""
        pager = self.pager
        note = block.style == "note"
        size = NOTE_PT if note else BODY_PT
        m = pager.measure(size)
        pitch = pager.lead(NOTE_LINE_PT if note else BODY_LINE_PT)
        indent = 0.0 if note else pager.pt(size * 2)
        return m.wrap(block.text, pager.width, pager.width - indent), m, pitch, indent

    def paragraph(self, block: Paragraph, tail: float = 0.0) -> None:
        lines, m, pitch, indent = self._paragraph_lines(block)
        self._flow(lines, m, pitch, indent, tail)

    def _flow(self, lines, m, pitch: float, indent: float, tail: float = 0.0) -> None:
        """Lines down the page, continuing on the next page (two lines at least together).
        ``tail``: room the paragraph's end needs below it on its page (what it keeps with);
        when that is missing, its last two lines move on (all of it when it is short)."""
        pager = self.pager
        i = 0
        while i < len(lines):
            fit = int((pager.space_left() + 0.5) // pitch)
            rest = len(lines) - i
            if fit < min(KEEP_LINES, rest) and not pager.at_top():
                pager.new_page()
                continue
            if (
                tail
                and fit >= rest
                and (i > 0 or not pager.at_top())  # on a continuation page too
                and rest * pitch + tail > pager.space_left() + 0.5
            ):
                moved = KEEP_LINES if rest >= 2 * KEEP_LINES else rest
                if moved * pitch + tail <= pager.body_height + 0.5:
                    if moved == rest:
                        pager.new_page()
                        continue
                    fit = rest - moved
            if fit < rest and rest - fit < KEEP_LINES:  # no line left alone on the next page
                fit = rest - KEEP_LINES
                if fit < KEEP_LINES and not pager.at_top():  # too short to split: moves whole
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

    def _signature_height(self, block: Signature) -> float:
        """A blank line, then the issuer's lines and the date."""
        pager = self.pager
        lines = len(self._signature_lines(block)) + (1 if block.date else 0)
        return (lines + 1) * pager.lead(BODY_LINE_PT)

    def _signature_lines(self, block: Signature):
        pager = self.pager
        m = pager.measure(BODY_PT)
        return m.wrap(block.issuer, pager.width - pager.pt(BODY_PT * SIGNATURE_RIGHT_CHARS))

    def signature(self, block: Signature) -> None:
        """落款: the date 右空四字, the issuer centred over the date; whole, on one page."""
        pager = self.pager
        m = pager.measure(BODY_PT)
        pitch = pager.lead(BODY_LINE_PT)
        if not pager.at_top():
            if pager.space_left() + 0.5 < self._signature_height(block):
                pager.new_page()
            else:
                pager.y += pitch  # 正文下空一行
        right = pager.left + pager.width - pager.pt(BODY_PT * SIGNATURE_RIGHT_CHARS)
        date_w = m.width(block.date)
        lines = self._signature_lines(block)
        widest = max((w for _, w in lines), default=0.0)
        centre = right - (date_w or widest) / 2
        for text, w in lines:
            x = min(max(centre - w / 2, pager.left), pager.left + pager.width - w)
            pager.draw_lines([(text, w)], m, x, pager.y, w, pitch)
            pager.y += pitch
        if block.date:
            pager.draw_lines([(block.date, date_w)], m, right - date_w, pager.y, date_w, pitch)
            pager.y += pitch

    def sign_off(self, items: list[str]) -> None:
        pager = self.pager
        pager.ensure(pager.landscape)
        m = pager.measure(SIGN_OFF_PT)
        pitch = pager.lead(NOTE_LINE_PT)
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
