"""Keeping together on the page: a 催办通知单's closing request, its 落款 (issuer over the
date) and the last item before them share a page; a sentence introducing a list stays with
it; a short notice is set a little tighter to fit one page (PDF); Word gets ``keepNext``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from tracker.reports.document import (
    Column,
    Document,
    Paragraph,
    Signature,
    Table,
    from_dict,
    to_dict,
)
from tracker.reports.reminders import Notice, notice_document
from tracker.reports.render_pdf import render_pdf
from tracker.services.summaries import monthly_summary
from tracker.services.workspace import open_workspace

from .conftest import needs_poppler, pdf_text

pytestmark = [needs_poppler, pytest.mark.usefixtures("qapp")]

ISSUED = date(2019, 12, 10)
DATE_LINE = "2019年12月10日"


@pytest.fixture(scope="module")
def summary(demo):
    ws = open_workspace(demo, who="测试员", program="pytest", lock=False)
    try:
        return monthly_summary(ws, 1, "2019-11")
    finally:
        ws.close()


def _notice(summary, n_items: int) -> Document:
    items = (summary.not_reported_items * 10)[:n_items]
    notice = Notice("市科技局", "〔2019〕第1号", missing=items)
    return notice_document(notice, summary, reply_by=date(2019, 12, 13), issued=ISSUED)


def _without_keeping(doc: Document) -> Document:
    """The same notice as before the fix: nothing kept with anything, no fitting."""
    blocks = [replace(b, keep_with_next=False) if isinstance(b, (Paragraph, Table)) else b
              for b in doc.blocks]
    return replace(doc, blocks=blocks, fit_pages=0)


def _pages(path) -> list[str]:
    return [re.sub(r"\s+", "", p) for p in pdf_text(path).split("\f") if p.strip()]


def _closing_page(pages: list[str]) -> str:
    return next(p for p in pages if "请于" in p)


def test_closing_issuer_and_date_stay_with_the_last_item(summary, tmp_path):
    """Find notices whose closing request would have begun a page of its own; kept
    together, that page also holds the last item, the issuer and the date."""
    split = []
    for n in range(1, 40):
        doc = _notice(summary, n)
        plain = tmp_path / f"plain{n}.pdf"
        render_pdf(_without_keeping(doc), plain)
        pages = _pages(plain)
        closing = _closing_page(pages)
        if len(pages) > 1 and closing.startswith("请于"):
            split.append(n)
            kept = tmp_path / f"kept{n}.pdf"
            render_pdf(replace(doc, fit_pages=0), kept)  # keeping alone, no tightening
            pages = _pages(kept)
            page = _closing_page(pages)
            last = doc.blocks[-3]
            assert isinstance(last, Table) and last.keep_with_next
            assert last.rows[-1][1] in page, n  # the last item moved along
            assert page.index("请于") < page.index(summary.office + DATE_LINE), n  # 落款 after it
            assert page.rstrip("—0123456789").endswith(DATE_LINE), n
            assert not page.startswith("请于"), n
    assert split, "no notice length made the closing begin a page: the test proves nothing"


def test_every_demo_notice_ends_with_closing_and_signature_on_one_page(demo, tmp_path):
    from tracker.services.report_output import reminder_documents

    ws = open_workspace(demo, who="测试员", program="pytest", lock=False)
    try:
        docs = reminder_documents(ws, 1, "2019-11", issued=ISSUED)
    finally:
        ws.close()
    for k, (unit, doc) in enumerate(docs):
        path = tmp_path / f"{k}.pdf"
        render_pdf(doc, path)
        page = _closing_page(_pages(path))
        assert DATE_LINE in page[page.index("请于"):], unit


def test_intro_sentence_stays_with_its_list(tmp_path):
    cols = [Column("code", "编号", 1), Column("text", "内容", 4)]
    table = Table(cols, [["1.1", "加快推进"], ["1.2", "强化保障"]], title="未报送事项")
    moved = []
    for n in range(10, 26):
        filler = [Paragraph("正文" * 10) for _ in range(n)]
        intro = Paragraph("二、以下事项未报送。")
        plain, kept = tmp_path / f"p{n}.pdf", tmp_path / f"k{n}.pdf"
        render_pdf(Document("标题", blocks=[*filler, intro, table]), plain)
        render_pdf(Document("标题", blocks=[*filler, replace(intro, keep_with_next=True),
                                          table]), kept)
        before, after = _pages(plain), _pages(kept)
        intro_page = next(i for i, p in enumerate(before) if "二、以下" in p)
        table_page = next(i for i, p in enumerate(before) if "未报送事项" in p)
        if intro_page != table_page:
            moved.append(n)
            page = next(p for p in after if "二、以下" in p)
            assert "未报送事项" in page and "1.1" in page, n
    assert moved


def test_short_notice_fits_one_page_long_one_keeps_normal_spacing(summary, tmp_path):
    one_page = []
    for n in range(1, 30):
        doc = _notice(summary, n)
        plain, fitted = tmp_path / f"p{n}.pdf", tmp_path / f"f{n}.pdf"
        render_pdf(replace(doc, fit_pages=0), plain)
        info = render_pdf(doc, fitted)
        normal = len(_pages(plain))
        if normal == 1:
            assert info.pages == 1
            one_page.append(n)
        elif info.pages == 1:
            one_page.append(n)  # tightened to fit
        else:
            assert info.pages == normal  # too long to fit: the normal spacing
            if n > max(one_page) + 3:
                break
    tightened = [n for n in one_page if n > 1 and n - 1 in one_page]
    assert tightened and max(one_page) >= 2


def test_model_round_trip_keeps_keep_flags_and_signature():
    doc = Document("催办通知单", fit_pages=1, blocks=[
        Paragraph("一、", keep_with_next=True),
        Table([Column("a", "A")], [["1"]], keep_with_next=True),
        Signature("市“双创”办", DATE_LINE),
    ])
    back = from_dict(to_dict(doc))
    assert back == doc


def test_docx_keeps_closing_with_signature_and_last_row(summary, tmp_path):
    from docx import Document as WordDocument

    from tracker.reports.docx_out import render_docx

    path = render_docx(_notice(summary, 6), tmp_path / "n.docx")
    word = WordDocument(str(path))
    paras = {p.text: p for p in word.paragraphs}
    closing = next(p for t, p in paras.items() if t.startswith("请于"))
    assert closing.paragraph_format.keep_with_next
    assert paras[summary.office].paragraph_format.keep_with_next
    assert DATE_LINE in paras
    intro = next(p for t, p in paras.items() if t.startswith("一、"))
    assert intro.paragraph_format.keep_with_next
    rows = word.tables[-1].rows
    assert all(c.paragraphs[0].paragraph_format.keep_with_next for c in rows[-1].cells)
    assert not any(c.paragraphs[0].paragraph_format.keep_with_next for c in rows[-2].cells)


def _filler(n: int) -> str:
    base = "本单位认真贯彻落实创新创业政策措施进展情况良好并持续推进各项工作任务"
    return (base * (n // len(base) + 1))[:n]


@needs_poppler
@pytest.mark.parametrize("lines", [36, 38, 39, 40, 41])
def test_a_kept_paragraph_longer_than_a_page_still_ends_with_what_it_keeps(tmp_path, lines):
    """On the paragraph's continuation page its last lines still go on with the 落款 (before,
    only the first page was checked: 38–40 lines left the 落款 alone on page 3)."""
    doc = Document(title="测试", blocks=[
        Paragraph(_filler(28 * lines - 5) + "尾句结束", keep_with_next=True),
        Signature("市双创办落款单位", "2019年11月5日")])
    path = tmp_path / "n.pdf"
    render_pdf(doc, path)
    pages = [p.replace(" ", "") for p in _pages(path)]
    ends = [i for i, p in enumerate(pages) if "尾句结束" in p]
    signs = [i for i, p in enumerate(pages) if "落款单位" in p]
    assert ends == signs, (ends, signs)


def test_a_long_chain_of_kept_paragraphs_does_not_overflow(tmp_path):
    blocks = [Paragraph(f"第{i}段。", keep_with_next=True) for i in range(1500)]
    info = render_pdf(Document(title="测试", blocks=[*blocks, Signature("落款", "2019年11月5日")]),
                      tmp_path / "chain.pdf")
    assert info.pages > 10


@needs_poppler
def test_a_chart_note_never_starts_a_page_alone(tmp_path):
    """注 under a chart stays on the chart's page, however the page before it fills."""
    from tracker.reports.document import BarChart, Series

    chart = BarChart("图3　各单位任务状态", ["天山区", "米东区", "水磨沟区"],
                     [Series("已完成", [3, 2, 1])], stacked=True)
    for lines in range(10, 40):
        doc = Document(title="测试", blocks=[
            Paragraph(_filler(28 * lines)), chart,
            Paragraph("注：图3中的“未报送”为本期未报送的任务。", "note")])
        path = tmp_path / f"c{lines}.pdf"
        render_pdf(doc, path)
        pages = [p.replace(" ", "").replace("\n", "") for p in _pages(path)]
        note = [i for i, p in enumerate(pages) if "注：图3" in p]
        title = [i for i, p in enumerate(pages) if "各单位任务状态" in p]
        assert note and title and note[0] == title[-1], (lines, note, title)
