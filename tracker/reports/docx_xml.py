"""Small WordprocessingML helpers python-docx has no API for: East Asian fonts, page-number
fields, paragraph borders. Callers import python-docx lazily; so does this module."""

from __future__ import annotations

from tracker.reports.page_style import DOCX_FONTS, PAGE_NUMBER_DASH, PAGE_NUMBER_PT

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_rfonts(rpr, name: str) -> None:
    """All four font slots to ``name`` (ascii, hAnsi, eastAsia, cs); theme fonts removed."""
    from docx.oxml.ns import qn

    rfonts = rpr.get_or_add_rFonts()
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def east_asian(run, name: str) -> None:
    set_rfonts(run._element.get_or_add_rPr(), name)


def set_style_font(
    style, name: str, size_pt: float, *, line_pt: float | None = None, bold: bool | None = None
) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    style.font.size = Pt(size_pt)
    style.font.color.rgb = RGBColor(0, 0, 0)
    style.font.italic = False
    if bold is not None:
        style.font.bold = bold
    set_rfonts(style.element.get_or_add_rPr(), name)
    pf = style.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line_pt:
        pf.line_spacing = Pt(line_pt)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def paragraph_bottom_border(paragraph, size_eighths: int = 8) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("w:val", "single"),
        ("w:sz", str(size_eighths)),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(key), value)
    border.append(bottom)
    ppr.insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange",
    )


def _field_char(run, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run._element.append(fld)


def page_number_paragraph(paragraph, alignment) -> None:
    """ "— PAGE —" in 宋体 4号, one character in from the side it is aligned to."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.alignment = alignment
    pf = paragraph.paragraph_format
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        pf.right_indent = Pt(PAGE_NUMBER_PT)
    else:
        pf.left_indent = Pt(PAGE_NUMBER_PT)

    def run(text: str = ""):
        r = paragraph.add_run(text)
        r.font.size = Pt(PAGE_NUMBER_PT)
        east_asian(r, DOCX_FONTS["page_number"])
        return r

    run(PAGE_NUMBER_DASH + " ")
    _field_char(run(), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run()._element.append(instr)
    _field_char(run(), "separate")
    run("1")
    _field_char(run(), "end")
    run(" " + PAGE_NUMBER_DASH)
