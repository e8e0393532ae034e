"""Tables in Word, built as raw WordprocessingML rows (python-docx's cell API is too slow for
3,000 rows): fixed layout, widths from the column weights, a header row repeated on every
page (``w:tblHeader``), short rows kept whole (``w:cantSplit``; a row taller than a page may
break, so nothing is ever cut), equal group values merged vertically (``w:vMerge``), the last
row kept with the next paragraph (``w:keepNext``) when the table keeps with what follows."""

from __future__ import annotations

import math

from tracker.reports.chart_data import chart_as_table
from tracker.reports.document import BarChart, StatusChart, Table, cell_text
from tracker.reports.docx_xml import set_style_font
from tracker.reports.messages_zh import MESSAGES
from tracker.reports.page_style import (
    DOCX_FONTS,
    TABLE_TITLE_PT,
    table_font_pt,
)

HEADER_FILL = "E8E8E8"
CELL_MARGIN_TWIPS = 85  # 1.5 mm
LINE_FACTOR = 1.3
_JC = {"left": "left", "center": "center", "right": "right"}


def _styles(word, size: float) -> tuple[str, str]:
    """Style ids of the paragraph styles for body and header cells at ``size`` (created once
    per size)."""
    from docx.enum.style import WD_STYLE_TYPE

    body_name, head_name = f"报表表格 {size:g}", f"报表表头 {size:g}"
    styles = word.styles
    if body_name not in [s.name for s in styles]:
        body = styles.add_style(body_name, WD_STYLE_TYPE.PARAGRAPH)
        set_style_font(body, DOCX_FONTS["table"], size)
        body.paragraph_format.line_spacing = 1.0
        head = styles.add_style(head_name, WD_STYLE_TYPE.PARAGRAPH)
        head.base_style = body
        set_style_font(head, DOCX_FONTS["table"], size, bold=True)
    return styles[body_name].style_id, styles[head_name].style_id


def _el(tag: str, parent=None, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    if parent is not None:
        parent.append(el)
    return el


def _paragraph(tc, text: str, style: str, align: str, keep_next: bool = False) -> None:
    p = _el("w:p", tc)
    ppr = _el("w:pPr", p)
    _el("w:pStyle", ppr, val=style)
    if keep_next:
        _el("w:keepNext", ppr)
    _el("w:jc", ppr, val=_JC.get(align, "left"))
    if not text:
        return
    r = _el("w:r", p)
    for k, part in enumerate(text.replace("\r\n", "\n").split("\n")):
        if k:
            _el("w:br", r)
        t = _el("w:t", r)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = part


def _cell(
    tr,
    width: int,
    text: str,
    style: str,
    align: str,
    *,
    fill: str | None = None,
    merge: str | None = None,
    span: int = 1,
    keep_next: bool = False,
) -> None:
    tc = _el("w:tc", tr)
    tcpr = _el("w:tcPr", tc)
    _el("w:tcW", tcpr, w=width, type="dxa")
    if span > 1:
        _el("w:gridSpan", tcpr, val=span)
    if merge is not None:
        if merge:
            _el("w:vMerge", tcpr, val=merge)
        else:
            _el("w:vMerge", tcpr)
    if fill:
        _el("w:shd", tcpr, val="clear", color="auto", fill=fill)
    _el("w:vAlign", tcpr, val="center")
    _paragraph(tc, text, style, align, keep_next)


def _row(tbl, *, header: bool = False, cant_split: bool = True):
    tr = _el("w:tr", tbl)
    if header or cant_split:
        trpr = _el("w:trPr", tr)
        if cant_split:
            _el("w:cantSplit", trpr)
        if header:
            _el("w:tblHeader", trpr)
    return tr


def _text_width_twips(section) -> int:
    return int((section.page_width - section.left_margin - section.right_margin) / 635)


def _table_properties(tblpr, width: int) -> None:
    """Width in twips and the cell margins, keeping the schema's element order."""
    from docx.oxml.ns import qn

    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = _el("w:tblW")
        tblpr.insert_element_before(tblw, "w:jc", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    tblw.set(qn("w:w"), str(width))
    tblw.set(qn("w:type"), "dxa")
    margins = _el("w:tblCellMar")
    for side in ("left", "right"):
        _el(f"w:{side}", margins, w=CELL_MARGIN_TWIPS, type="dxa")
    tblpr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")


def add_table(word, table: Table) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    section = word.sections[-1]
    total_w = _text_width_twips(section)
    body_h_pt = (section.page_height - section.top_margin - section.bottom_margin) / 12700
    cols = table.columns
    size = table.font_pt or table_font_pt(table.landscape, len(cols))
    body_style, head_style = _styles(word, size)
    if table.title:
        p = word.add_paragraph(table.title)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(6)
        for run in p.runs:
            run.font.bold = True
            run.font.size = Pt(TABLE_TITLE_PT)
    weights = [max(c.width_weight, 0.01) for c in cols]
    widths = [int(total_w * w / sum(weights)) for w in weights]
    t = word.add_table(rows=0, cols=len(cols))
    t.style = word.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tbl = t._tbl
    _table_properties(tbl.tblPr, sum(widths))
    for gc, w in zip(tbl.tblGrid.findall("{*}gridCol"), widths, strict=True):
        gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(w))
    tr = _row(tbl, header=table.repeat_header)
    for c, w in zip(cols, widths, strict=True):
        _cell(tr, w, c.title, head_style, "center", fill=HEADER_FILL)
    if not table.rows:
        tr = _row(tbl)
        _cell(tr, sum(widths), MESSAGES["report_no_rows"], body_style, "center", span=len(cols))
        return
    keys = [c.key for c in cols]
    group = keys.index(table.group_col) if table.group_col in keys else None
    chars_per_line = [max((w - 2 * CELL_MARGIN_TWIPS) / 20 / size, 1) for w in widths]
    previous = object()
    n = len(cols)
    last = len(table.rows) - 1
    for k, raw in enumerate(table.rows):
        texts = [cell_text(v) for v in raw[:n]] + [""] * (n - min(len(raw), n))
        lines = max(
            sum(math.ceil(max(len(part), 1) / chars_per_line[i]) for part in text.split("\n"))
            for i, text in enumerate(texts)
        )
        tr = _row(tbl, cant_split=lines * size * LINE_FACTOR < body_h_pt * 0.8)
        for i, text in enumerate(texts):
            merge = None
            if i == group:
                merge = "restart" if text != previous else ""
                previous = text
                if merge == "":
                    text = ""
            # keepNext in the last row: it stays on the page of the paragraph after the table
            _cell(
                tr,
                widths[i],
                text,
                body_style,
                cols[i].align,
                merge=merge,
                keep_next=table.keep_with_next and k == last,
            )


def chart_table(word, chart: BarChart | StatusChart) -> None:
    """A chart in Word: the pictures the PDF draws (title included; a chart taller than a page
    goes on in a second picture), its data as a small table under them; without pictures (no
    Qt to paint them), the table under the chart title."""
    import dataclasses
    import io
    import logging

    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Mm

    table = chart_as_table(chart)
    try:
        from tracker.reports.render_chart_png import chart_pngs

        pictures, width_mm = chart_pngs(chart)
    except Exception:  # noqa: BLE001 - the data table still carries the chart
        logging.getLogger(__name__).warning("chart picture not drawn", exc_info=True)
        pictures = []
    for png in pictures:
        p = word.add_paragraph()
        fmt = p.paragraph_format
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE  # the body's exact 28 pt would clip it
        fmt.first_line_indent = 0
        fmt.space_before = fmt.space_after = 0
        fmt.keep_with_next = True
        p.add_run().add_picture(io.BytesIO(png), width=Mm(width_mm))
    if pictures:
        table = dataclasses.replace(table, title="")
    add_table(word, table)
