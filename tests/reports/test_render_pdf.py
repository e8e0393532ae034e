"""The PDF as a reader gets it: text layer (pdftotext, no normalisation), pages and their
orientation (pdfinfo), page-number placement (pdftotext -bbox), no bitmaps (pdfimages)."""

from __future__ import annotations

import re
import shutil

import pytest

from tracker.errors import TrackerError
from tracker.reports.document import Column, Document, Heading, Paragraph, Table
from tracker.reports.messages_zh import MESSAGES
from tracker.reports.render_pdf import render_pdf

from .conftest import (
    DETAIL_COLUMNS,
    UNITS,
    detail_rows,
    needs_poppler,
    page_sizes,
    pdf_text,
    run,
    sample_document,
    words_with_boxes,
)

pytestmark = [needs_poppler, pytest.mark.usefixtures("qapp")]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    path = tmp_path_factory.mktemp("pdf") / "月报.pdf"
    info = render_pdf(sample_document(40), path)
    return path, info


def test_text_layer_is_lossless(sample_pdf):
    path, _ = sample_pdf
    text = pdf_text(path)
    assert "水磨沟区" in text and "市“双创”办" in text
    assert "⽔" not in text and "⻔" not in text  # no radical code points (TECH-NOTES trap 4)
    flat = re.sub(r"\s+", "", text)
    assert "《关于推动全市创新创业高质量发展打造“双创”升级版的若干意见》落实情况月报（2019年6月）" in flat
    assert "2019年7月10日" in flat
    for unit in UNITS:
        assert unit in flat
    assert "审核人：" in flat and "填表人：" in flat and "报送日期：" in flat


def test_bundled_font_is_embedded(sample_pdf):
    path, _ = sample_pdf
    fonts = run("pdffonts", str(path))
    assert "WenQuanYiMicroHei" in fonts
    for line in fonts.splitlines()[2:]:
        assert " yes " in line  # every font embedded


def test_pages_and_landscape_pages(sample_pdf):
    path, info = sample_pdf
    sizes = page_sizes(path)
    assert len(sizes) == info.pages >= 3
    landscape = [i + 1 for i, (w, h) in enumerate(sizes) if w > h]
    assert landscape == info.landscape_pages
    assert landscape and landscape[-1] == info.pages  # the detail table
    assert sizes[0] == pytest.approx((595.3, 841.9), abs=1)  # A4 portrait title page
    # the heading "二、措施落实明细" moved onto the first landscape page with its table
    first_landscape = pdf_text(path, landscape[0], landscape[0])
    assert "二、措施落实明细" in first_landscape


def test_page_numbers_odd_right_even_left(sample_pdf):
    path, info = sample_pdf
    words = words_with_boxes(path, 1, min(info.pages, 4))
    sizes = page_sizes(path)
    for page in range(1, min(info.pages, 4) + 1):
        number = [w for w in words if w[0] == page and w[1] == str(page)]
        dashes = [w for w in words if w[0] == page and w[1] == "—"]
        assert number and len(dashes) >= 2, page
        _, _, x0, y0, x1, y1 = max(number, key=lambda w: w[3])  # the lowest one
        width, height = sizes[page - 1]
        landscape = width > height
        bottom_margin = (24 if landscape else 35) * MM
        assert y0 > height - bottom_margin, "below the text block"
        if page % 2:
            right_edge = width - 26 * MM - 14  # one character in from the right
            assert x1 > width / 2 and max(d[4] for d in dashes) == pytest.approx(right_edge, abs=2)
        else:
            left_edge = 28 * MM + 14
            assert x0 < width / 2 and min(d[2] for d in dashes) == pytest.approx(left_edge, abs=2)


def test_page_number_text_is_dash_number_dash(sample_pdf):
    path, _ = sample_pdf
    assert re.search(r"—\s*1\s*—", pdf_text(path, 1, 1))
    assert re.search(r"—\s*2\s*—", pdf_text(path, 2, 2))


def test_charts_are_vectors_with_text(sample_pdf):
    path, _ = sample_pdf
    listing = run("pdfimages", "-list", str(path)).splitlines()
    assert len(listing) == 2, listing  # header lines only: no image at all
    flat = re.sub(r"\s+", "", pdf_text(path, 1, 3))
    for text in ("措施完成状态分布", "各单位完成率", "完成率（%）", "已完成", "新市区（高新区）"):
        assert text in flat


def test_header_row_repeats_on_every_table_page(tmp_path):
    path = tmp_path / "t.pdf"
    doc = Document(title="明细", blocks=[Table(DETAIL_COLUMNS, detail_rows(120, 90), landscape=True)])
    info = render_pdf(doc, path)
    assert info.pages >= 4
    for page in range(1, info.pages + 1):
        text = re.sub(r"\s+", "", pdf_text(path, page, page))
        for column in DETAIL_COLUMNS:
            assert column.title in text, (page, column.title)


def test_rows_are_not_split_when_they_fit(tmp_path):
    path = tmp_path / "t.pdf"
    rows = [[f"第{i:03d}行", f"甲{i:03d}" + "水" * 200 + f"乙{i:03d}"] for i in range(40)]
    doc = Document(title="", blocks=[Table([Column("a", "序号", 1), Column("b", "内容", 4)], rows)])
    info = render_pdf(doc, path)
    assert info.pages >= 3
    for page in range(1, info.pages + 1):
        text = re.sub(r"\s+", "", pdf_text(path, page, page))
        starts = set(re.findall(r"甲(\d{3})", text))
        ends = set(re.findall(r"乙(\d{3})", text))
        assert starts == ends, page  # every row begun on a page ends on it


def test_a_5000_character_cell_continues_across_pages(tmp_path):
    path = tmp_path / "long.pdf"
    phrases = ["推进创新创业", "水磨沟区", "市“双创”办", "强化要素保障", "优化营商环境", "孵化器建设"]
    long_text = "".join(f"{phrases[i % 6]}第{i}项，" for i in range(600))[:5000]
    assert len(long_text) == 5000
    doc = Document(title="长单元格", blocks=[
        Paragraph("说明文字。"),
        Table([Column("n", "序号", 1, "center"), Column("t", "进展情况", 6)],
              [["1", "短"], ["2", long_text], ["3", "尾行"]]),
    ])
    info = render_pdf(doc, path)
    assert info.pages >= 3
    pages = []
    for page in range(1, info.pages + 1):
        text = pdf_text(path, page, page)
        text = re.sub(r"—\s*\d+\s*—", "", text)
        pages.append(re.sub(r"\s+", "", text).replace("序号进展情况", ""))
        assert "序号" in text and "进展情况" in text  # header on each page
    # a page the long row goes on to says whose text it is: its short cell again, marked 续
    continued = [i for i, page in enumerate(pages) if page.startswith("2（续）")]
    assert len(continued) == info.pages - 1, pages
    flat = "".join(page.replace("2（续）", "", 1) for page in pages)
    assert long_text in flat
    assert "尾行" in flat


def test_empty_table_and_empty_document(tmp_path):
    doc = Document(title="无数据的月报", blocks=[Heading("一、明细"),
                                          Table(DETAIL_COLUMNS, [], title="表1")])
    info = render_pdf(doc, tmp_path / "empty.pdf")
    assert info.pages == 1
    assert MESSAGES["report_no_rows"] in pdf_text(tmp_path / "empty.pdf")
    info = render_pdf(Document(title=""), tmp_path / "blank.pdf")
    assert info.pages == 1


def test_missing_font_folder_gives_the_fix_and_no_file(tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(TrackerError) as err:
        render_pdf(sample_document(2), out, font_dir=tmp_path)
    assert err.value.code == "font_missing"
    assert "resources" in MESSAGES["font_fix"] or "wqy-microhei.ttc" in err.value.data["fix"]
    assert not out.exists()


def test_font_without_chinese_glyphs_is_refused(tmp_path):
    latin = next(iter(sorted(p for p in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",)
                             if shutil.os.path.exists(p))), None)
    if latin is None:
        pytest.skip("no Latin-only font on this machine")
    shutil.copy(latin, tmp_path / "wqy-microhei.ttc")
    with pytest.raises(TrackerError) as err:
        render_pdf(sample_document(2), tmp_path / "x.pdf", font_dir=tmp_path)
    assert err.value.code == "font_no_glyphs"
    sentence = MESSAGES["font_no_glyphs"].format(**err.value.data)
    assert "水" in sentence and "门" in sentence and "wqy-microhei.ttc" in sentence


def test_garbage_font_file_is_refused(tmp_path):
    (tmp_path / "wqy-microhei.ttc").write_bytes(b"not a font" * 100)
    with pytest.raises(TrackerError) as err:
        render_pdf(sample_document(2), tmp_path / "x.pdf", font_dir=tmp_path)
    assert err.value.code == "font_no_glyphs"


def test_unwritable_target(tmp_path):
    with pytest.raises(TrackerError) as err:
        render_pdf(sample_document(2), tmp_path / "no-such-dir" / "x.pdf")
    assert err.value.code == "report_write_failed"
    assert "{" not in MESSAGES["report_write_failed"].format(**err.value.data)


def test_written_beside_the_target_then_moved(tmp_path):
    out = tmp_path / "月报.pdf"
    out.write_bytes(b"old")
    render_pdf(sample_document(2), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["月报.pdf"]


def test_a_character_the_font_lacks_is_drawn_with_a_fallback(tmp_path):
    if not shutil.os.path.exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        pytest.skip("no DejaVu Sans for the fallback")
    path = tmp_path / "fallback.pdf"
    doc = Document(title="符号", blocks=[
        Table([Column("a", "事项"), Column("b", "提示")], [["水磨沟区", "⚠ 逾期 ♻ 复核"]]),
    ])
    render_pdf(doc, path)
    text = pdf_text(path)
    assert "⚠" in text and "♻" in text and "水磨沟区" in text


def test_a_heading_stays_with_what_it_heads(tmp_path):
    from tracker.reports.document import StatusChart

    path = tmp_path / "keep.pdf"
    filler = "截至2019年6月30日，各单位按照任务分工扎实推进各项措施落实，取得阶段性成效。" * 9
    doc = Document(title="月报", blocks=[
        Paragraph(filler),
        Heading("二、图表"),
        StatusChart("图1　状态分布", [("已完成", 3, "#2E7D32"), ("推进中", 5, "#1565C0")]),
    ])
    info = render_pdf(doc, path)
    assert info.pages == 2
    page2 = re.sub(r"\s+", "", pdf_text(path, 2, 2))
    assert "二、图表" in page2 and "图1　状态分布".replace("　", "") in page2.replace("　", "")


def test_charts_without_data_say_so(tmp_path):
    from tracker.reports.document import BarChart, StatusChart

    path = tmp_path / "nodata.pdf"
    doc = Document(title="无数据", blocks=[
        StatusChart("图1　状态分布", [("已完成", 0, "#2E7D32"), ("推进中", 0, "#1565C0")]),
        BarChart("图2　完成率", [], []),
        BarChart("图3　各单位", ["天山区"], [("完成率", [0], "not-a-colour")], max_value=100),
    ])
    assert render_pdf(doc, path).pages == 1
    text = re.sub(r"\s+", "", pdf_text(path))
    assert text.count(MESSAGES["report_no_chart_data"]) == 2
    assert "天山区" in text and "0" in text


def test_many_categories_continue_on_the_next_page(tmp_path):
    from tracker.reports.document import BarChart

    path = tmp_path / "many.pdf"
    names = [f"第{i}单位" for i in range(60)]
    doc = Document(title="", blocks=[BarChart("图1　各单位完成率", names,
                                              [("完成率", list(range(60)), "#1565C0")])])
    info = render_pdf(doc, path)
    assert info.pages >= 2
    text = re.sub(r"\s+", "", pdf_text(path))
    assert "图1各单位完成率（续）" in text.replace("　", "")
    for name in names:
        assert name in text


def test_page_breaks(tmp_path):
    from tracker.reports.document import PageBreak

    wide = Table(DETAIL_COLUMNS, detail_rows(2), landscape=True)
    two = render_pdf(Document(title="x", blocks=[Paragraph("甲"), PageBreak(), Paragraph("乙")]),
                     tmp_path / "a.pdf")
    assert two.pages == 2
    turned = render_pdf(Document(title="x", blocks=[Paragraph("甲"), PageBreak(), Heading("明细"),
                                                    wide]), tmp_path / "b.pdf")
    assert turned.pages == 2 and turned.landscape_pages == [2]


def _rows_on_pages(path, info, mark: str) -> list[list[str]]:
    return [re.findall(mark + r"(\d{2})", re.sub(r"\s+", "", pdf_text(path, p, p)))
            for p in range(1, info.pages + 1)]


@pytest.mark.parametrize("filler_lines", range(14, 30, 2))
def test_a_small_table_is_never_split(tmp_path, filler_lines):
    """A two-row table near the foot of a page moves whole, with the note that keeps with
    it, wherever the text before it ends (it was split: one row under its header on each
    page)."""
    path = tmp_path / "small.pdf"
    filler = "各单位按照任务分工扎实推进各项措施落实，取得阶段性成效。" * filler_lines
    table = Table([Column("a", "统计口径", 2), Column("b", "合计", 1)],
                  [["小表01", "31"], ["小表02", "105"]], title="表1　总体落实情况",
                  keep_with_next=True)
    doc = Document(title="月报", blocks=[Paragraph(filler), table,
                                         Paragraph("注：本期未报送的任务按最近一次报送的状态计入。")])
    info = render_pdf(doc, path)
    pages = [p for p in _rows_on_pages(path, info, "小表") if p]
    assert pages == [["01", "02"]], pages


@pytest.mark.parametrize("rows", range(20, 34))
def test_the_last_row_never_goes_on_alone(tmp_path, rows):
    path = tmp_path / "long.pdf"
    body = [[f"行{i:02d}", "内容" * 30] for i in range(rows)]
    doc = Document(title="明细", blocks=[Table([Column("a", "序号", 1), Column("b", "内容", 4)],
                                               body, title="表3　明细")])
    info = render_pdf(doc, path)
    counts = [len(p) for p in _rows_on_pages(path, info, "行") if p]
    assert sum(counts) == rows
    assert len(counts) == 1 or counts[-1] >= 2, counts


def test_chart_labels_wrap_into_lines_of_about_equal_length(tmp_path):
    """"1. 着力促进创新创业环境提升" on two lines: not "…环境提" and "升"."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from tracker.reports.render_fonts import ReportFonts
    from tracker.reports.render_text import TextMeasure, balanced_wrap

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = QPdfWriter(buffer)
    device.setResolution(1200)
    m = TextMeasure(ReportFonts.load().font(10.5), device)
    label = "1. 着力促进创新创业环境提升"
    width = m.width(label) * 0.93  # one character short of one line
    greedy = [t for t, _ in m.wrap(label, width)]
    assert len(greedy) == 2 and len(greedy[1]) <= 2  # what was printed before
    lines = [t for t, _ in balanced_wrap(m, label, width)]
    assert "".join(lines).replace(" ", "") == label.replace(" ", "") and len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 3, lines
    assert balanced_wrap(m, "短标签", width) == m.wrap("短标签", width)


@pytest.mark.parametrize("filler_lines", range(20, 36, 2))
def test_no_paragraph_leaves_one_line_alone_on_a_page(tmp_path, filler_lines):
    """A three-line note never splits (it would leave one line alone); a long paragraph
    splits with two lines at least on each page."""
    path = tmp_path / "widow.pdf"
    filler = "各单位按照任务分工扎实推进各项措施落实，取得阶段性成效。" * filler_lines
    note = "注甲：本期未报送的任务按最近一次报送的状态计入各状态列，从未报送过的为未启动，" \
           "故各状态列之和等于合计，未报送的另列一栏，供核对使用，特此说明。注乙"
    doc = Document(title="月报", blocks=[Paragraph(filler), Paragraph(note, style="note"),
                                         Paragraph("尾段" * 200 + "尾段完")])
    info = render_pdf(doc, path)
    pages = [re.sub(r"\s+", "", pdf_text(path, p, p)) for p in range(1, info.pages + 1)]
    assert [("注甲" in p, "注乙" in p) for p in pages if "注甲" in p or "注乙" in p] == [
        (True, True)]
    for p in pages[1:]:  # what continues on a page is at least two lines
        body = re.sub(r"—\d+—", "", p)
        assert len(body) > 40 or not body, body
