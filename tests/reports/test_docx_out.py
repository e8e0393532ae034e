"""The Word output, reopened with python-docx."""

from __future__ import annotations

import pytest

from tracker.reports.document import Column, Document, Heading, Paragraph, Table
from tracker.reports.docx_out import render_docx

from .conftest import DETAIL_COLUMNS, UNITS, detail_rows, sample_document

docx = pytest.importorskip("docx")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "月报.docx"
    doc = sample_document(30)
    doc.blocks.append(Heading("三、说明"))
    doc.blocks.append(Paragraph("本表由系统生成。"))
    render_docx(doc, path)
    return docx.Document(str(path)), doc


def test_title_heading_and_body(word):
    d, doc = word
    texts = [p.text for p in d.paragraphs]
    assert texts[0] == doc.title
    assert d.paragraphs[0].style.name == "Title"
    assert any(t.startswith("市“双创”办") and t.endswith("2019年7月10日") for t in texts)
    assert "一、总体情况" in texts and "本表由系统生成。" in texts
    assert d.core_properties.title == doc.title


def test_fonts_are_set_for_east_asian_text(word):
    d, _ = word
    normal = d.styles["Normal"].element.rPr.rFonts
    assert normal.get(f"{W}eastAsia") == "仿宋"
    assert d.styles["Heading 1"].element.rPr.rFonts.get(f"{W}eastAsia") == "黑体"
    assert d.styles["Title"].element.rPr.rFonts.get(f"{W}eastAsia") == "黑体"
    assert d.styles["Normal"].font.size.pt == 16
    assert d.styles["Title"].font.size.pt == 22


def test_detail_table_rows_and_repeated_header(word):
    d, doc = word
    detail = d.tables[-1]
    source = doc.blocks[5]
    assert len(detail.rows) == 1 + len(source.rows)
    assert [c.text for c in detail.rows[0].cells] == [c.title for c in DETAIL_COLUMNS]
    assert detail.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None
    assert [c.text for c in detail.rows[1].cells] == source.rows[0]
    assert {detail.rows[i].cells[2].text for i in range(1, 7)} == set(UNITS)


def test_charts_are_pictures_with_their_data_tables(word):
    """Each chart: the picture the PDF draws (its title in it), centred, the full text width,
    kept with its data table under it; the titles are not repeated as table captions."""
    d, doc = word
    charts = [b for b in doc.blocks if type(b).__name__ in ("BarChart", "StatusChart")]
    shapes = d.inline_shapes
    assert len(shapes) == len(charts) >= 2
    for shape in shapes:
        assert 150 <= shape.width.mm <= 160 and 20 <= shape.height.mm <= 240
    texts = [p.text for p in d.paragraphs]
    assert not any(c.title in texts for c in charts)
    holders = [p for p in d.paragraphs if p._p.xpath(".//pic:pic")]
    assert len(holders) == len(charts)
    assert all(p.paragraph_format.keep_with_next for p in holders)
    from docx.enum.text import WD_LINE_SPACING

    # the body's exact line height would show one line's strip of the picture
    assert all(p.paragraph_format.line_spacing_rule == WD_LINE_SPACING.SINGLE for p in holders)
    png = d.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    assert d.part.related_parts[png].content_type == "image/png"


def test_charts_data_tables(word):
    d, _ = word
    pie, bars = d.tables[0], d.tables[1]
    assert pie.rows[1].cells[0].text == "已完成" and pie.rows[1].cells[1].text == "8"
    assert bars.rows[0].cells[1].text == "完成率"
    assert bars.rows[1].cells[0].text == "天山区" and bars.rows[1].cells[1].text == "90%"


def test_sections_margins_and_landscape(word):
    d, _ = word
    first = d.sections[0]
    assert first.orientation == docx.enum.section.WD_ORIENT.PORTRAIT
    assert round(first.page_width.mm) == 210 and round(first.page_height.mm) == 297
    assert round(first.top_margin.mm) == 37 and round(first.bottom_margin.mm) == 35
    assert round(first.left_margin.mm) == 28 and round(first.right_margin.mm) == 26
    orientations = [s.orientation for s in d.sections]
    assert docx.enum.section.WD_ORIENT.LANDSCAPE in orientations
    wide = next(s for s in d.sections if s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE)
    assert round(wide.page_width.mm) == 297
    assert orientations[-1] == docx.enum.section.WD_ORIENT.PORTRAIT  # back for 三、说明


def test_page_numbers_odd_right_even_left(word):
    d, _ = word
    assert d.settings.odd_and_even_pages_header_footer
    section = d.sections[0]
    odd, even = section.footer.paragraphs[0], section.even_page_footer.paragraphs[0]
    assert odd.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
    assert even.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT
    for p in (odd, even):
        xml = p._p.xml
        assert "PAGE" in "".join(t.text for t in p._p.iter(f"{W}instrText"))
        assert 'w:fldCharType="begin"' in xml and 'w:fldCharType="end"' in xml
        assert p.text.startswith("— ") and p.text.endswith(" —")
    # later sections reuse the same footers
    assert all(s.footer.is_linked_to_previous for s in d.sections[1:])


def test_group_column_merges_and_empty_table(tmp_path):
    rows = [["1.1", "天山区", "甲"], ["1.1", "米东区", "乙"], ["1.2", "天山区", "丙"]]
    cols = [Column("code", "编号"), Column("unit", "单位"), Column("text", "进展")]
    path = tmp_path / "g.docx"
    render_docx(Document(title="分组", blocks=[Table(cols, rows, group_col="code"),
                                              Table(cols, [], title="空表")]), path)
    d = docx.Document(str(path))
    grouped, empty = d.tables
    merges = [tc.tcPr.find(f"{W}vMerge") for tc in grouped._tbl.iter(f"{W}tc")][3::3]
    assert [m.get(f"{W}val") if m is not None else None for m in merges] == ["restart", None, "restart"]
    assert merges[1] is not None  # the continuation cell
    assert len(empty.rows) == 2 and "暂无数据" in empty.rows[1].cells[0].text


def test_long_rows_may_break_short_rows_may_not(tmp_path):
    rows = detail_rows(3)
    rows[1][4] = "水" * 5000
    path = tmp_path / "long.docx"
    render_docx(Document(title="长", blocks=[Table(DETAIL_COLUMNS, rows, landscape=True)]), path)
    d = docx.Document(str(path))
    trs = d.tables[0].rows
    cant = [r._tr.trPr is not None and r._tr.trPr.find(f"{W}cantSplit") is not None for r in trs]
    assert cant == [True, True, False, True]
    assert d.sections[0].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert trs[2].cells[4].text == "水" * 5000


def test_unwritable_target_is_a_clear_error(tmp_path):
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError) as err:
        render_docx(Document(title="x"), tmp_path / "no-such-dir" / "x.docx")
    assert err.value.code == "report_write_failed"
    out = tmp_path / "ok.docx"
    render_docx(Document(title="x"), out)
    assert out.exists() and not (tmp_path / "ok.docx.part").exists()


def test_page_break_before_a_landscape_table_gives_no_empty_page(tmp_path):
    from tracker.reports.document import PageBreak

    path = tmp_path / "pb.docx"
    wide = Table(DETAIL_COLUMNS, detail_rows(2), landscape=True)
    render_docx(Document(title="x", blocks=[Paragraph("正文"), PageBreak(), Heading("明细"), wide,
                                           PageBreak(), Paragraph("后记")]), path)
    d = docx.Document(str(path))
    xml = d.element.body.xml
    assert 'w:type="page"' not in xml  # both breaks fall on section breaks: no blank page
    assert len(d.sections) == 3



def test_a_chart_taller_than_a_page_goes_on_in_a_second_picture(tmp_path):
    """40 units: the PDF goes on on the next page with （续）; Word gets two pictures, none
    taller than the page's text area, and every unit in the data table."""
    from tracker.reports.document import BarChart, Series

    units = [f"单位{i:02d}" for i in range(40)]
    chart = BarChart("图3　各单位任务状态", units, [Series("已完成", [float(i % 7) for i in range(40)],
                                                        "#2E7D32")], stacked=True)
    path = render_docx(Document(title="月报", blocks=[chart]), tmp_path / "c.docx")
    d = docx.Document(str(path))
    shapes = d.inline_shapes
    assert len(shapes) >= 2
    assert all(shape.height.mm <= 225 for shape in shapes)
    cells = {c.text for t in d.tables for row in t.rows for c in row.cells}
    assert set(units) <= cells
