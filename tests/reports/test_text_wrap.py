"""Line breaking: widths respected, Chinese punctuation rules, words and numbers kept whole."""

from __future__ import annotations

import pytest

from tracker.reports.render_text import NO_LINE_END, NO_LINE_START, TextMeasure

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def measure():
    from PySide6.QtGui import QImage

    from tracker.reports.render_fonts import ReportFonts

    device = QImage(10, 10, QImage.Format.Format_ARGB32)
    device.setDotsPerMeterX(round(1200 / 0.0254))
    device.setDotsPerMeterY(round(1200 / 0.0254))
    m = TextMeasure(ReportFonts.load().font(12), device)
    m.device = device  # keep the device alive with the metrics
    return m


def test_lines_fit_and_lose_no_character(measure):
    text = "加快推进首台（套）重大技术装备示范应用，已召开专题会议3次，落实资金1,200万元；" * 5
    width = measure.width("中") * 9.5
    lines = measure.wrap(text, width)
    assert "".join(t for t, _ in lines) == text
    assert all(w <= width + 0.01 for _, w in lines)
    assert len(lines) > 10


def test_punctuation_rules(measure):
    text = "水磨沟区，米东区。（天山区）“双创”办、市科技局；" * 6
    for width_chars in (4.5, 5.5, 6.5, 7.5):
        lines = measure.wrap(text, measure.width("中") * width_chars)
        for t, _ in lines[1:]:
            assert t[0] not in NO_LINE_START, lines
        for t, _ in lines[:-1]:
            assert t[-1] not in NO_LINE_END, lines


def test_numbers_and_words_stay_whole(measure):
    text = "截至2019年6月落实资金1,200万元完成PDF导出"
    for width_chars in (3.5, 4.5, 5.5, 6.5):
        lines = measure.wrap(text, measure.width("中") * width_chars)
        joined = "|".join(t for t, _ in lines)
        for word in ("2019", "1,200", "PDF"):
            assert word in joined.replace("|", "") and f"{word[:2]}|{word[2:]}" not in joined


def test_explicit_line_ends_and_empty_text(measure):
    assert measure.wrap("", 1000) == []
    lines = measure.wrap("第一行\r\n第二行\n\n第四行", 10_000)
    assert [t for t, _ in lines] == ["第一行", "第二行", "", "第四行"]


def test_first_line_indent_width(measure):
    em = measure.width("中")
    lines = measure.wrap("字" * 20, em * 10, first_width=em * 8)
    assert [len(t) for t, _ in lines] == [8, 10, 2]
