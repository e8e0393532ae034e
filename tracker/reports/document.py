"""A neutral document model for printed reports: what goes on the pages, not how.

The summary builder produces a ``Document``; ``render_pdf`` (Qt), ``render_to_printer`` (Qt)
and ``docx_out.render_docx`` (python-docx) turn the same ``Document`` into pages. Pure
dataclasses of strings, numbers and lists: ``to_dict``/``from_dict`` give a JSON round trip.

Keeping together: a heading always stays with the start of what follows it; a paragraph or a
table with ``keep_with_next`` ends on the page where the next block begins (a short paragraph
moves whole, a long one takes its last two lines along, a table its last row, under its
repeated header), and such links chain — a closing request kept with its signature, kept in
turn by the last table row before it. Word gets the same as ``keepNext`` on those paragraphs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

Align = Literal["left", "center", "right"]


@dataclass
class Column:
    key: str
    title: str
    width_weight: float = 1.0  # share of the table width
    align: Align = "left"


@dataclass
class Heading:
    text: str
    level: int = 1  # 1: 黑体 (一、…), 2: 楷体 (（一）…)


@dataclass
class Paragraph:
    text: str
    style: Literal["body", "note"] = "body"  # body: 3号 with 2-character indent; note: 4号
    keep_with_next: bool = False  # its last lines on the page where the next block begins


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[str]]  # cells in column order; None/numbers are printed with str()
    title: str = ""
    landscape: bool = False  # on landscape pages (wide detail tables)
    repeat_header: bool = True  # header row on every page of the table
    group_col: str | None = None  # column key: equal consecutive values print once, merged
    font_pt: float | None = None  # None: 五号 for wide tables, 小四 otherwise
    keep_with_next: bool = False  # its last row on the page where the next block begins

    def __post_init__(self) -> None:
        self.columns = [c if isinstance(c, Column) else Column(**c) for c in self.columns]


@dataclass
class Series:
    name: str
    values: list[float]
    colour: str = "#4472C4"  # "#RRGGBB"


@dataclass
class BarChart:
    """Horizontal bars, one band per category (long Chinese unit names read on the left)."""

    title: str
    categories: list[str]
    series: list[Series]
    y_label: str = ""  # the value axis label, e.g. "完成率（%）"
    max_value: float | None = None  # axis end; None: a round number above the largest value
    stacked: bool = False
    value_suffix: str = ""  # printed after each value label, e.g. "%"
    value_decimals: int | None = None  # fixed decimals of the value labels (rates: 1)

    def __post_init__(self) -> None:
        self.series = [_series(s) for s in self.series]


@dataclass
class Slice:
    label: str
    value: float
    colour: str = "#4472C4"


@dataclass
class StatusChart:
    """A pie of status counts with a legend giving each count and share."""

    title: str
    slices: list[Slice]

    def __post_init__(self) -> None:
        self.slices = [_slice(s) for s in self.slices]


PieChart = StatusChart


@dataclass
class Signature:
    """落款: the issuer above the date, at the right (GB/T 9704 7.3.5: the date 右空四字, the
    issuer centred over it); never split, on the page of what it follows."""

    issuer: str
    date: str = ""


@dataclass
class PageBreak:
    pass


Block = Heading | Paragraph | Table | BarChart | StatusChart | Signature | PageBreak


@dataclass
class Document:
    title: str  # e.g. 《关于…若干意见》落实情况月报（2019年6月）
    subtitle: str = ""
    issuer_line: str = ""  # e.g. 市“双创”办
    date_line: str = ""  # e.g. 2019年7月10日
    blocks: list[Block] = field(default_factory=list)
    sign_off: list[str] | None = None  # e.g. ["审核人：", "填表人：", "报送日期："]
    # > 0: lines may be set up to 15 % closer (PDF, print) so the document fits this many pages
    fit_pages: int = 0
    meta: dict[str, Any] = field(default_factory=dict)  # author, subject, keywords, …


_BLOCK_TYPES: dict[str, type] = {
    "heading": Heading,
    "paragraph": Paragraph,
    "table": Table,
    "bar_chart": BarChart,
    "status_chart": StatusChart,
    "signature": Signature,
    "page_break": PageBreak,
}
_TYPE_NAMES = {cls: name for name, cls in _BLOCK_TYPES.items()}


def _series(value: Series | dict | tuple | list) -> Series:
    if isinstance(value, Series):
        return value
    if isinstance(value, dict):
        return Series(**value)
    return Series(*value)


def _slice(value: Slice | dict | tuple | list) -> Slice:
    if isinstance(value, Slice):
        return value
    if isinstance(value, dict):
        return Slice(**value)
    return Slice(*value)


def block_to_dict(block: Block) -> dict[str, Any]:
    return {"type": _TYPE_NAMES[type(block)], **asdict(block)}


def block_from_dict(data: dict[str, Any]) -> Block:
    data = dict(data)
    cls = _BLOCK_TYPES[data.pop("type")]
    return cls(**data)


def to_dict(doc: Document) -> dict[str, Any]:
    """A JSON-ready dict (``json.dumps(to_dict(doc), ensure_ascii=False)``)."""
    out = {f.name: getattr(doc, f.name) for f in fields(doc) if f.name != "blocks"}
    out["meta"] = dict(doc.meta)
    out["blocks"] = [block_to_dict(b) for b in doc.blocks]
    return out


def from_dict(data: dict[str, Any]) -> Document:
    data = dict(data)
    blocks = [block_from_dict(b) for b in data.pop("blocks", [])]
    return Document(blocks=blocks, **data)


def starts_landscape(blocks: list[Block]) -> bool:
    """The title page takes the orientation of the first block that has one (a report that
    is only a wide table starts on a landscape page)."""
    for block in blocks:
        if isinstance(block, Table):
            return block.landscape
        if isinstance(block, (BarChart, StatusChart, Paragraph)):
            return False
    return False


def wants_landscape(block: Block, following: list[Block], current: bool) -> bool:
    """The orientation a block asks for: a table its own, charts and body text portrait, a
    heading that of what it heads, a note or a signature stays with what it follows.
    Renderers start a new page (a new section in Word) where this differs from the current
    page."""
    if isinstance(block, Table):
        return block.landscape
    if isinstance(block, Heading):
        for nxt in following:
            if not isinstance(nxt, (Heading, PageBreak)):
                return wants_landscape(nxt, [], current)
        return current
    if isinstance(block, (PageBreak, Signature)) or (
        isinstance(block, Paragraph) and block.style == "note"
    ):
        return current
    return False


def cell_text(value: Any) -> str:
    """How a table cell prints: None → empty, 1.0 → 1, anything else → str."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xml_safe(value: Any) -> Any:
    """A document (or any block, list or text in it) without the characters XML cannot hold
    (control characters, U+FFFE/U+FFFF, lone surrogates): text typed or stored before the
    importer dropped them must not stop a Word or Excel report."""
    import dataclasses

    from tracker.textnorm import xml_text

    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list):
        return [xml_safe(v) for v in value]
    if isinstance(value, tuple):
        return tuple(xml_safe(v) for v in value)
    if isinstance(value, dict):
        return {k: xml_safe(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: xml_safe(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value
