"""Word (.docx) output of a ``Document`` (python-docx, imported lazily), so the office can edit
the summary into a 简报.

A4 with the GB/T 9704 margins; title 黑体 2号, headings 黑体 / 楷体 3号, body 仿宋 3号 with the
East Asian font set (``w:eastAsia``), 28.95 pt lines, 2-character first-line indent; tables
with a repeated header row (``w:tblHeader``), equal group values merged (``w:vMerge``), rows
kept on one page when short (``w:cantSplit``); wide tables in landscape sections; page numbers
"— PAGE —" (field) in 宋体 4号, odd pages right and even pages left (``w:evenAndOddHeaders``).
``keep_with_next`` becomes ``keepNext`` (on a table, in its last row's paragraphs), so Word keeps
a closing request with its 落款 and the last item before it as the PDF does.
Charts are the pictures the PDF draws (PNG at 200 dpi, ``render_chart_png``: python-docx holds
no vector drawing), each with its data as a small table under it.
"""

from __future__ import annotations

import math
from pathlib import Path

from tracker.errors import TrackerError
from tracker.reports.document import (
    BarChart,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Signature,
    StatusChart,
    Table,
    starts_landscape,
    wants_landscape,
    xml_safe,
)
from tracker.reports.docx_tables import add_table, chart_table
from tracker.reports.docx_xml import (
    east_asian,
    page_number_paragraph,
    paragraph_bottom_border,
    set_style_font,
)
from tracker.reports.output_file import part_path, replace_file
from tracker.reports.page_style import (
    A4_MM,
    BODY_LINE_PT,
    BODY_PT,
    DOCX_FONTS,
    HEADING_PT,
    LANDSCAPE_MARGINS,
    NOTE_LINE_PT,
    NOTE_PT,
    PAGE_NUMBER_GAP_MM,
    PORTRAIT_MARGINS,
    SIGN_OFF_PT,
    SIGNATURE_RIGHT_CHARS,
    SUBTITLE_PT,
    TITLE_LINE_PT,
    TITLE_PT,
)

__all__ = ["render_docx"]


def render_docx(doc: Document, path: str | Path) -> Path:
    """Write ``doc`` as a .docx at ``path``; returns the path."""
    doc = xml_safe(doc)
    import docx

    word = docx.Document()
    _styles(word)
    word.settings.odd_and_even_pages_header_footer = True
    landscape = starts_landscape(doc.blocks)
    section = word.sections[0]
    _page_setup(section, landscape)
    _footers(section)
    props = word.core_properties
    props.title = str(doc.meta.get("title", doc.title))
    props.author = str(doc.meta.get("author", doc.issuer_line or ""))
    if doc.meta.get("subject"):
        props.subject = str(doc.meta["subject"])
    _header_block(word, doc)
    for i, block in enumerate(doc.blocks):
        following = doc.blocks[i + 1 : i + 4]
        if (
            isinstance(block, PageBreak)
            and following
            and wants_landscape(following[0], following[1:], landscape) != landscape
        ):
            continue  # the section break that follows starts the new page already
        wanted = wants_landscape(block, following, landscape)
        if wanted != landscape:
            landscape = wanted
            _new_section(word, landscape)
        _block(word, block)
    if doc.sign_off:
        _sign_off(word, doc.sign_off)
    path = Path(path)
    part = part_path(path)
    try:
        word.save(str(part))
        replace_file(part, path)
    except OSError as exc:
        raise TrackerError("report_write_failed", path=str(path)) from exc
    finally:
        part.unlink(missing_ok=True)
    return path


# -- page set-up ---------------------------------------------------------------------------
def _page_setup(section, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    margins = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
    short, long_ = A4_MM
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Mm(long_ if landscape else short)
    section.page_height = Mm(short if landscape else long_)
    section.top_margin = Mm(margins.top)
    section.bottom_margin = Mm(margins.bottom)
    section.left_margin = Mm(margins.left)
    section.right_margin = Mm(margins.right)
    # the number's dash 7 mm below the text block; the dash of a 4号 footer line sits
    # ~2.7 mm above the footer's bottom edge (measured in LibreOffice's rendering)
    section.footer_distance = Mm(max(margins.bottom - PAGE_NUMBER_GAP_MM - 2.7, 5))
    section.header_distance = Mm(15)


def _new_section(word, landscape: bool) -> None:
    from docx.enum.section import WD_SECTION

    section = word.add_section(WD_SECTION.NEW_PAGE)  # footers stay linked to the first section
    _page_setup(section, landscape)


def _footers(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    page_number_paragraph(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)  # odd pages
    page_number_paragraph(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


# -- styles ----------------------------------------------------------------------------------
def _styles(word) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = word.styles
    set_style_font(styles["Normal"], DOCX_FONTS["body"], BODY_PT, line_pt=BODY_LINE_PT)
    for name, font, size, line in (
        ("Heading 1", DOCX_FONTS["heading1"], HEADING_PT, BODY_LINE_PT),
        ("Heading 2", DOCX_FONTS["heading2"], HEADING_PT, BODY_LINE_PT),
        ("Title", DOCX_FONTS["title"], TITLE_PT, TITLE_LINE_PT),
        ("Subtitle", DOCX_FONTS["subtitle"], SUBTITLE_PT, BODY_LINE_PT),
    ):
        style = styles[name]
        set_style_font(style, font, size, line_pt=line, bold=False)
        style.paragraph_format.keep_with_next = True
    for name in ("Heading 1", "Heading 2"):
        styles[name].paragraph_format.first_line_indent = Pt(HEADING_PT * 2)
    note = styles.add_style("报表注释", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    set_style_font(note, DOCX_FONTS["note"], NOTE_PT, line_pt=NOTE_LINE_PT)


def _header_block(word, doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt

    if doc.title:
        p = word.add_paragraph(doc.title, style="Title")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _no_title_border(p)
    if doc.subtitle:
        word.add_paragraph(doc.subtitle, style="Subtitle").alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.issuer_line or doc.date_line:
        p = word.add_paragraph(style="Subtitle")
        p.paragraph_format.space_before = Pt(6)
        section = word.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        east_asian(p.add_run(doc.issuer_line), DOCX_FONTS["subtitle"])
        if doc.date_line:
            east_asian(p.add_run("\t" + doc.date_line), DOCX_FONTS["subtitle"])
        paragraph_bottom_border(p)
        p.paragraph_format.space_after = Mm(3)


def _no_title_border(paragraph) -> None:
    """The template's Title style draws a rule under the title; a 公文 title has none."""
    from docx.oxml.ns import qn

    style_ppr = paragraph.style.element.pPr
    if style_ppr is not None:
        for border in style_ppr.findall(qn("w:pBdr")):
            style_ppr.remove(border)


# -- blocks ----------------------------------------------------------------------------------
def _block(word, block) -> None:
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    if isinstance(block, Heading):
        word.add_paragraph(block.text, style="Heading 1" if block.level <= 1 else "Heading 2")
    elif isinstance(block, Paragraph):
        if block.style == "note":
            p = word.add_paragraph(block.text, style="报表注释")
        else:
            p = word.add_paragraph(block.text)
            p.paragraph_format.first_line_indent = Pt(BODY_PT * 2)
        if block.keep_with_next:
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.keep_together = True
    elif isinstance(block, Table):
        add_table(word, block)
    elif isinstance(block, (BarChart, StatusChart)):
        chart_table(word, block)
    elif isinstance(block, Signature):
        _signature(word, block)
    elif isinstance(block, PageBreak):
        word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _ems(text: str) -> float:
    """Rough width in characters of the body font (ASCII half a character)."""
    return sum(0.5 if ch < "\x80" else 1.0 for ch in text)


def _signature(word, block: Signature) -> None:
    """落款 as in the PDF: a blank line, the issuer centred over the date, the date 右空四字;
    the issuer kept with the date."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    right = SIGNATURE_RIGHT_CHARS
    shift = (_ems(block.date) - _ems(block.issuer)) / 2 if block.date else 0.0
    lines = [(block.issuer, max(right + shift, 0.0))]
    if block.date:
        lines.append((block.date, right))
    for k, (text, chars) in enumerate(lines):
        p = word.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pf = p.paragraph_format
        pf.right_indent = Pt(BODY_PT * chars)
        pf.keep_together = True
        if k == 0:
            pf.space_before = Pt(BODY_LINE_PT)  # 正文下空一行
        if k < len(lines) - 1:
            pf.keep_with_next = True


def _sign_off(word, items: list[str]) -> None:
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Pt

    p = word.add_paragraph(style="报表注释")
    p.paragraph_format.space_before = Pt(NOTE_LINE_PT)
    section = word.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    step = width / max(len(items), 1)
    for k in range(1, len(items)):
        p.paragraph_format.tab_stops.add_tab_stop(int(math.floor(step * k)), WD_TAB_ALIGNMENT.LEFT)
    for k, text in enumerate(items):
        run = p.add_run(("\t" if k else "") + text)
        east_asian(run, DOCX_FONTS["note"])
        run.font.size = Pt(SIGN_OFF_PT)
