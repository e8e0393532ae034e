"""Any returned file → neutral grids, one per visible sheet.

.xlsx/.xlsm/.xls/.ods go through python-calamine (cached formula values, real cells only);
.csv is decoded as UTF-8 (with or without BOM), else GB18030 (a superset of GBK), or UTF-16 with
a BOM. What the bytes are decides, not the extension: a CSV named .xls is read as CSV, an HTML
table saved as .xls is refused with its own message. Guard rails live in ``guards``.

A grid holds values (str/int/float/bool/date/datetime/None; empty cells are None, whole floats
become int), 0-based. Merged cells are filled with their top-left value; ``origin`` remembers
which cells were filled so that a value copied sideways in a data row is not read twice.
"""

from __future__ import annotations

import csv
import hashlib
import io
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.excel import guards
from tracker.excel.guards import DEFAULT_LIMITS, Limits, SheetScan, fail
from tracker.textnorm import strip_text

KEY_SHEET = "_tracker_keys"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv",)
CellValue = str | int | float | bool | date | datetime | None


@dataclass
class Grid:
    name: str | None  # None for a CSV file
    rows: list[list[CellValue]]
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    formula_gaps: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, r: int, c: int) -> CellValue:
        row = self.rows[r] if 0 <= r < len(self.rows) else []
        return row[c] if 0 <= c < len(row) else None

    def own(self, r: int, c: int) -> CellValue:
        """The value, except a merged value copied sideways from a cell left of it."""
        src = self.origin.get((r, c))
        if src is not None and src[1] != c:
            return None
        return self.value(r, c)

    def sideways(self) -> set[tuple[int, int]]:
        """The cells whose value is a merged value copied from a cell left of them."""
        return {rc for rc, src in self.origin.items() if src[1] != rc[1]}

    def fill_merges(self) -> None:
        height = len(self.rows)
        for r0, c0, r1, c1 in self.merged:
            if r0 >= height:
                continue
            top = self.value(r0, c0)
            for r in range(r0, min(r1, height - 1) + 1):
                row = self.rows[r]
                for c in range(c0, min(c1, len(row) - 1) + 1):
                    if (r, c) != (r0, c0):
                        row[c] = top
                        self.origin[(r, c)] = (r0, c0)


@dataclass
class Book:
    path: Path
    format: str  # xlsx / ods / xls / csv
    sheets: list[Grid]  # visible worksheets, in workbook order
    hidden_sheets: list[str] = field(default_factory=list)  # not read
    keys: list[list[CellValue]] | None = None  # rows of the hidden _tracker_keys sheet
    encoding: str | None = None  # CSV only
    sha256: str = ""  # of the bytes read


_WS = " \t\r\n\u3000\u00a0"


def cell_text(value: Any) -> str:
    """A cell as text: outer whitespace removed, inner text kept; numbers without ".0"."""
    if value is None:
        return ""
    if type(value) is str:
        s = value.strip(_WS)
        return s if s.isprintable() else strip_text(value)  # zero-width chars are not printable
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return value.isoformat(sep=" ", timespec="minutes")
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return strip_text(value)


def _clean(value: Any) -> CellValue:
    if value == "" or value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if isinstance(value, str | int | float | bool | date | datetime):
        return value
    return str(value)  # time, timedelta


def read_book(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Book:
    """Read a workbook or CSV; raises ``TrackerError`` with a code naming the file."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise fail("excel_cannot_open", path, detail=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):  # a folder, a pipe that would wait forever, /dev/zero
        raise fail("excel_not_a_file", path)
    size = info.st_size
    if size > limits.max_file_bytes:
        raise fail("excel_too_large", path, size_mb=size // 2**20, limit_mb=limits.max_file_bytes // 2**20)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise fail("excel_cannot_open", path, detail=exc.strerror or str(exc)) from None
    book = _read_data(path, data, limits)
    book.sha256 = hashlib.sha256(data).hexdigest()
    return book


def _read_data(path: Path, data: bytes, limits: Limits) -> Book:
    kind = guards.sniff(path, data[:8192])
    suffix = path.suffix.lower()
    if kind == "html":
        raise fail("excel_html_table", path)
    if kind == "xml2003":
        raise fail("excel_xml2003", path)
    if kind == "text":
        if suffix in WORKBOOK_SUFFIXES or (suffix not in CSV_SUFFIXES + (".txt",)
                                           and guards.looks_binary(data[:8192])):
            raise fail("excel_not_workbook", path)  # a PDF, a picture: not "CSV encoding"
        return _read_csv(path, data, limits)
    if kind == "ole":
        guards.check_ole(path, data)
        return _read_calamine(path, data, "xls", {}, limits)
    zf = guards.open_zip(path, data, limits)
    fmt = guards.package_kind(path, zf)
    budget = guards.Budget(path, zf, limits)
    if fmt == "ods":
        scans = guards.scan_ods(path, budget.read("content.xml"))
        budget.verify(guards.ODS_PARSED, {"content.xml"})
    else:
        parts = guards.xlsx_sheet_parts(budget)
        scans = {}
        for name, part in parts.items():
            try:
                xml = budget.read(part)
            except KeyError:
                continue
            scans[name] = guards.scan_xlsx_sheet(xml, limits.max_cells)
        budget.verify(budget.parsed_parts, set(parts.values()))
    guards.check_cells(path, scans, limits)
    return _read_calamine(path, data, fmt, scans, limits)


def _read_calamine(path: Path, data: bytes, fmt: str, scans: dict[str, SheetScan],
                   limits: Limits) -> Book:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metas = list(wb.sheets_metadata)
    except pc.PasswordError:
        raise fail("excel_encrypted", path) from None
    except pc.ZipError as exc:
        raise fail("excel_truncated", path, detail=str(exc)) from None
    except Exception as exc:  # CalamineError, XmlError, anything the parser trips on
        raise fail("excel_unreadable", path, detail=str(exc)) from None
    book = Book(path=path, format=fmt, sheets=[])
    total = 0
    for meta in metas:
        name = meta.name
        visible = meta.visible == pc.SheetVisibleEnum.Visible
        is_keys = name == KEY_SHEET
        if meta.typ != pc.SheetTypeEnum.WorkSheet and not is_keys:
            continue
        if not visible and not is_keys:
            book.hidden_sheets.append(name)
            continue
        try:
            sheet = wb.get_sheet_by_name(name)
            end = sheet.end
            cells = (end[0] + 1) * (end[1] + 1) if end else 0
            total += cells
            if cells > limits.max_cells or total > limits.max_cells:
                raise fail("excel_too_many_cells", path, sheet=name, cells=cells, limit=limits.max_cells)
            raw = sheet.to_python(skip_empty_area=False) if end else []
            scan = scans.get(name)
            if scan is not None and scan.merged is not None:  # xlsx: found by the guard scan
                merged = scan.merged
            else:  # xls, ods (calamine parses the sheet once more for these)
                merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
        except TrackerError:
            raise
        except Exception as exc:
            raise fail("excel_unreadable", path, sheet=name, detail=str(exc)) from None
        rows = [[(v or None) if type(v) is str else _clean(v) for v in row] for row in raw]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        if is_keys:
            book.keys = rows
            continue
        grid = Grid(name=name, rows=rows, merged=merged,
                    hidden_rows=set(scan.hidden_rows) if scan else set(),
                    formula_gaps=scan.formula_gaps if scan else {})
        grid.fill_merges()
        book.sheets.append(grid)
    _require_content(path, book)
    return book


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for enc, label in (("utf-8-sig", "utf-8"), ("gb18030", "gb18030")):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if label == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
            label = "utf-8-bom"
        return text, label
    raise fail("csv_encoding", path)


def _read_csv(path: Path, data: bytes, limits: Limits) -> Book:
    text, encoding = _decode(path, data)
    sample = text[:8192]
    delimiter = ","
    if sample.count("\t") > sample.count(",") and sample.count("\t") > sample.count(";"):
        delimiter = "\t"
    elif sample.count(";") > sample.count(","):
        delimiter = ";"
    rows: list[list[CellValue]] = []
    cells = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            cells += len(record)
            if cells > limits.max_cells:
                raise fail("excel_too_many_cells", path, sheet="", cells=cells, limit=limits.max_cells)
            rows.append([(_unguard(v) if v[:1] == "'" else v) if v != "" else None
                         for v in record])
    except csv.Error as exc:
        raise fail("csv_invalid", path, row=reader.line_num, detail=str(exc)) from None
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    book = Book(path=path, format="csv", sheets=[Grid(name=None, rows=rows)], encoding=encoding)
    _require_content(path, book)
    return book


def _unguard(text: str) -> str:
    """A CSV field our own export guarded against formula evaluation (``'=1+1``, see
    ``cellsafe.csv_field``) reads back as the text it guards; any other ``'`` stays."""
    from tracker.excel.cellsafe import is_formula_like

    rest = text[1:]
    return rest if is_formula_like(rest.lstrip("'")) else text


def _require_content(path: Path, book: Book) -> None:
    if not any(any(v is not None for v in row) for g in book.sheets for row in g.rows):
        if book.hidden_sheets:  # hidden sheets are not read: say so, not "empty"
            raise fail("excel_only_hidden", path, sheets="、".join(book.hidden_sheets))
        raise fail("excel_empty", path)
