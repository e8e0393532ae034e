"""The document model: JSON round trip, tuple shorthand, page orientation rules."""

from __future__ import annotations

import json

from tracker.reports.document import (
    BarChart,
    Column,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Series,
    Slice,
    StatusChart,
    Table,
    cell_text,
    from_dict,
    starts_landscape,
    to_dict,
    wants_landscape,
)

from .conftest import sample_document


def test_json_round_trip_keeps_every_block():
    doc = sample_document(3)
    doc.blocks.append(PageBreak())
    doc.meta["author"] = "市“双创”办"
    text = json.dumps(to_dict(doc), ensure_ascii=False)
    back = from_dict(json.loads(text))
    assert back == doc
    assert "水磨沟区" in text  # no \u escapes: readable JSON


def test_tuples_become_series_and_slices():
    chart = BarChart("t", ["a"], [("完成率", [50], "#123456")])
    assert chart.series == [Series("完成率", [50], "#123456")]
    pie = StatusChart("s", [("已完成", 3, "#00FF00")])
    assert pie.slices == [Slice("已完成", 3, "#00FF00")]
    table = Table([{"key": "k", "title": "标题"}], [["x"]])
    assert table.columns == [Column("k", "标题")]


def test_cell_text():
    assert cell_text(None) == ""
    assert cell_text(1.0) == "1"
    assert cell_text(60.5) == "60.5"
    assert cell_text("水磨沟区") == "水磨沟区"


def test_orientation_rules():
    wide = Table([Column("a", "A")], [], landscape=True)
    narrow = Table([Column("a", "A")], [])
    assert starts_landscape([Heading("明细"), wide])
    assert not starts_landscape([Paragraph("正文"), wide])
    # a heading goes with the table it heads; a note stays with the table before it
    assert wants_landscape(Heading("明细"), [wide], current=False)
    assert not wants_landscape(Heading("概况"), [Paragraph("x")], current=True)
    assert wants_landscape(Paragraph("注：…", style="note"), [], current=True)
    assert not wants_landscape(Paragraph("正文"), [], current=True)
    assert not wants_landscape(narrow, [], current=True)
    assert not wants_landscape(BarChart("c", [], []), [], current=True)


def test_document_defaults():
    doc = Document(title="标题")
    assert doc.blocks == [] and doc.sign_off is None and doc.meta == {}
