"""Checks made before a returned file is handed to the spreadsheet reader.

What the bytes are (never trust the extension), zip-bomb limits, the real extent of every sheet
(a sheet may *declare* ``A1:XFD1048576``; only real cells count), and the hidden rows, which
python-calamine does not report. Every refusal is a ``TrackerError`` whose data names the file
(and the sheet where one is concerned).

Sheet XML is scanned with regular expressions over the start tags of ``<row>`` and ``<c>``: no DTD
is ever parsed (no entity expansion), it is several times faster than an XML parser, and the
parts are read through ``zipfile`` with a running byte budget, so a lying size header cannot
inflate past the limit. The small workbook parts are parsed with ``defusedxml``.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from tracker.errors import TrackerError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_PPT_STREAM = "PowerPoint Document".encode("utf-16-le")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 2**20  # on disk
    max_unzipped_bytes: int = 200 * 2**20  # sum of all parts, as really inflated
    max_ratio: int = 100  # inflate ratio allowed for a part ...
    ratio_floor: int = 10 * 2**20  # ... once it inflates beyond this size
    max_members: int = 10_000
    max_cells: int = 2_000_000  # rows × columns from A1 to the last real cell, all sheets


DEFAULT_LIMITS = Limits()


@dataclass
class SheetScan:
    """What the XML says about one worksheet: hidden rows (0-based) and the real extent."""

    hidden_rows: set[int] = field(default_factory=set)
    rows: int = 0  # index of the last row holding a value, +1
    cols: int = 0
    bound_only: bool = False  # rows × cols is an upper bound (small sheets skip the cell scan)
    merged: list[tuple[int, int, int, int]] | None = None  # xlsx: 0-based r0, c0, r1, c1
    # xlsx: cells whose formula left no value to read, (row, col) 0-based → (formula, error):
    # an error value ("#DIV/0!") or no value saved at all (a file written by a program)
    formula_gaps: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)


def fail(code: str, path: Path, **data: object) -> TrackerError:
    return TrackerError(code, file=path.name, **data)


# --- what is this file? -------------------------------------------------------------------


def sniff(path: Path, head: bytes) -> str:
    """"zip", "ole", "html", "xml2003" or "text" from the first bytes; raises for empty files."""
    if not head:
        raise fail("excel_empty_file", path)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    low = head[:4096].lower()
    low = low.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")
    low_plain = low.replace(b"\x00", b"")  # UTF-16 HTML
    if low_plain.startswith((b"<html", b"<!doctype html", b"<table", b"<meta", b"<head", b"<body")) \
            or b"<html" in low_plain or b"<table" in low_plain or b"mime-version:" in low_plain:
        return "html"
    if low_plain.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in low_plain:
        return "xml2003"
    return "text"


def looks_binary(head: bytes) -> bool:
    """A PDF, or bytes no text file holds (NUL outside UTF-16 with its byte-order mark)."""
    if head.startswith(b"%PDF"):
        return True
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def check_ole(path: Path, data: bytes) -> None:
    """An OLE compound file: an encrypted OOXML package or a Word/PowerPoint file is refused."""
    if _ENCRYPTION_INFO in data:
        raise fail("excel_encrypted", path)
    if _WORD_STREAM in data or _PPT_STREAM in data:
        raise fail("excel_not_workbook", path)


# --- zip packages (xlsx / xlsm / ods) --------------------------------------------------------


def open_zip(path: Path, data: bytes, limits: Limits) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise fail("excel_truncated", path, detail=str(exc)) from None
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise fail("excel_zip_bomb", path, detail=f"{len(infos)} parts")
    if any(i.flag_bits & 0x1 for i in infos):
        raise fail("excel_encrypted", path)
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_unzipped_bytes:
        raise fail("excel_zip_bomb", path, detail=f"{declared // 2**20} MB")
    for i in infos:
        if i.file_size > limits.ratio_floor and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            raise fail("excel_zip_bomb", path, detail=i.filename)
    return zf


def package_kind(path: Path, zf: zipfile.ZipFile) -> str:
    """"xlsx" or "ods"; anything else (docx, a plain zip) is not a workbook."""
    names = set(zf.namelist())
    if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names if n.startswith("xl/")):
        return "xlsx"
    if "xl/workbook.bin" in names:
        raise fail("excel_xlsb", path)
    if "content.xml" in names:
        try:
            mime = zf.read("mimetype")[:100] if "mimetype" in names else b""
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as exc:
            raise fail("excel_truncated", path, detail=f"mimetype: {exc}") from None
        if b"spreadsheet" in mime or not mime:
            return "ods"
    raise fail("excel_not_workbook", path)


class Budget:
    """Reads zip parts while counting the bytes really inflated against the limit."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
        self.path, self.zf, self.limits, self.used = path, zf, limits, 0
        self.parsed_parts: list[str] = []  # shared strings and styles named by workbook rels

    def read(self, name: str, keep: bool = True) -> bytes:
        parts: list[bytes] = []
        try:
            with self.zf.open(name) as fh:
                while chunk := fh.read(_CHUNK):
                    self.used += len(chunk)
                    if self.used > self.limits.max_unzipped_bytes:
                        raise fail("excel_zip_bomb", self.path, detail=name)
                    if keep:
                        parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as exc:
            raise fail("excel_truncated", self.path, detail=f"{name}: {exc}") from None
        return b"".join(parts)

    def verify(self, names: list[str], skip: set[str]) -> None:
        """Inflate the other parts the reader will parse (shared strings, styles) once: CRC
        and real size checked, nothing kept. Images, themes and the like are never inflated."""
        have = set(self.zf.namelist())
        for name in names:
            if name in have and name not in skip:
                self.read(name, keep=False)


_REL = re.compile(r"\{[^}]*\}")
ODS_PARSED = ["styles.xml"]


def xlsx_sheet_parts(budget: Budget) -> dict[str, str]:
    """Sheet name → part name (``xl/worksheets/sheet1.xml``), from workbook.xml and its rels."""
    from defusedxml.ElementTree import fromstring

    try:
        wb = fromstring(budget.read("xl/workbook.xml"))
        rels = fromstring(budget.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    except Exception as exc:  # defusedxml refusals, ParseError
        raise fail("excel_truncated", budget.path, detail=f"workbook.xml: {exc}") from None
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        if target.startswith("/"):
            part = target.lstrip("/")
        else:
            part = str(PurePosixPath("xl") / target)
        targets[rel.get("Id")] = _normalise(part)
        if rel.get("Type", "").endswith(("/sharedStrings", "/styles")):
            budget.parsed_parts.append(_normalise(part))
    out: dict[str, str] = {}
    for el in wb.iter():
        if _REL.sub("", el.tag) != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if _REL.sub("", k) == "id"), None)
        if rid in targets:
            out[el.get("name", "")] = targets[rid]
    return out


def _normalise(part: str) -> str:
    stack: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if stack:
                stack.pop()
        elif piece and piece != ".":
            stack.append(piece)
    return "/".join(stack)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ATTR_R = re.compile(rb'\br\s*=\s*"(\d+)"')
_HIDDEN = re.compile(rb'\bhidden\s*=\s*"(?:1|true)"')
_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br\s*=\s*"([A-Z]{1,3})(\d+)"[^>]*?(/?)>')


def col_index(letters: bytes | str) -> int:
    """"A" → 1, "XFD" → 16384."""
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode():
        n = n * 26 + ord(ch) - 64
    return n


MAX_COLUMNS = 16384


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*"([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')


def merged_ranges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges (0-based r0, c0, r1, c1) from its ``<mergeCells>`` element,
    which follows the cell data: read here so the reader need not parse the sheet again."""
    start = xml.find(b"mergeCells")  # the opening tag (cell text holds no raw "<")
    if start < 0:
        return []
    out = []
    for m in _MERGE.finditer(xml, max(xml.rfind(b"<", 0, start), 0)):
        c0, r0 = col_index(m.group(1)) - 1, int(m.group(2)) - 1
        c1, r1 = (col_index(m.group(3)) - 1, int(m.group(4)) - 1) if m.group(3) else (c0, r0)
        out.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
    return out


def _last_row_plain(xml: bytes) -> int | None:
    """The last row number when the row tags are plain ``<row r="…" …>`` and none is hidden
    (what Excel, WPS and LibreOffice write): one search from the end instead of a regex over
    every tag. None when the sheet needs the full scan."""
    if b"hidden" in xml or b"<row>" in xml or b":row" in xml:
        return None
    last = xml.rfind(b"<row ")
    if last < 0:
        return 0 if b"<row" not in xml else None
    end = xml.find(b">", last)
    r = _ATTR_R.search(xml, last, end) if end > 0 else None
    return int(r.group(1)) if r else None


_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_WHOLE = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = re.compile(rb'\br\s*=\s*"([A-Z]{1,3})(\d+)"')
_ERROR_TYPE = re.compile(rb'\bt\s*=\s*"e"')
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>(.*?)</(?:\w+:)?v>", re.S)


_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bt\s*=\s*"e"')


def formula_gaps(xml: bytes) -> dict[tuple[int, int], tuple[str, str]]:
    """Cells holding a formula whose value cannot be read (an error value, or none saved), and
    cells holding an error value such as #DIV/0! pasted without its formula (formula ""). Only
    sheets with formulas or error cells are looked at (a template's data validation is not a
    formula). An error value is never read as an empty cell that would clear a field."""
    if not _HAS_FORMULA.search(xml) and not (
            (b'"e"' in xml or b"'e'" in xml) and _ERROR_CELL.search(xml)):  # bytes search first:
        return {}                                                     # the regex walks every cell
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for m in _CELL_WHOLE.finditer(xml):
        body = m.group(2)
        error = _ERROR_TYPE.search(m.group(1)) is not None
        if not body or not (error or _HAS_FORMULA.search(body)):
            continue
        ref = _CELL_REF.search(m.group(1))
        if ref is None:
            continue
        value = _VALUE.search(body)
        if value is not None and value.group(1) and not error:  # openpyxl saves <v></v>
            continue
        formula = _FORMULA.search(body)
        text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace")) if formula else ""
        if formula and not text:  # a shared formula's other cells hold only a reference to it
            text = "…"
        shown = value.group(1).decode("utf-8", "replace") if (error and value) else ""
        out[(int(ref.group(2)) - 1, col_index(ref.group(1)) - 1)] = (text, shown)
    return out


def scan_xlsx_sheet(xml: bytes, max_cells: int = DEFAULT_LIMITS.max_cells, *,
                    quick: bool = True) -> SheetScan:
    """Hidden rows from the row tags; the extent from the row tags alone when even a full
    width (16384 columns) stays under ``max_cells``, else from every cell holding a value;
    the merged ranges; the formulas that left no value."""
    scan = SheetScan(merged=merged_ranges(xml), formula_gaps=formula_gaps(xml))
    plain = _last_row_plain(xml) if quick else None
    if plain is not None:
        last_row = plain
    else:
        row_no = last_row = 0
        for m in _ROW_TAG.finditer(xml):
            attrs = m.group(1)
            r = _ATTR_R.search(attrs)
            row_no = int(r.group(1)) if r else row_no + 1
            last_row = max(last_row, row_no)
            if b"hidden" in attrs and _HIDDEN.search(attrs):
                scan.hidden_rows.add(row_no - 1)
    if last_row * MAX_COLUMNS <= max_cells:
        scan.rows, scan.cols, scan.bound_only = last_row, MAX_COLUMNS if last_row else 0, True
        return scan
    best_col = b""
    max_row = 0
    for m in _CELL.finditer(xml):
        if m.group(3):  # <c r="B2" s="1"/>: a styled empty cell, no value
            continue
        letters = m.group(1)
        if len(letters) > len(best_col) or (len(letters) == len(best_col) and letters > best_col):
            best_col = letters
        row = int(m.group(2))
        if row > max_row:
            max_row = row
    scan.rows, scan.cols = max_row, col_index(best_col) if best_col else 0
    return scan


# --- OpenDocument --------------------------------------------------------------------------

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def scan_ods(path: Path, content: bytes) -> dict[str, SheetScan]:
    """Per table: real extent (repeated rows/cells counted), collapsed (hidden) rows and the
    merged cells (python-calamine reports none for .ods)."""
    from defusedxml.ElementTree import iterparse

    out: dict[str, SheetScan] = {}
    scan = SheetScan()
    row = col = row_cols = 0
    try:
        for event, el in iterparse(io.BytesIO(content), events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _T + "table":
                    scan, row = SheetScan(merged=[]), 0
                    out[el.get(_T + "name", "")] = scan
                elif tag == _T + "table-row":
                    col = row_cols = 0
                continue
            if tag in (_T + "table-cell", _T + "covered-table-cell"):
                rep = int(el.get(_T + "number-columns-repeated", "1") or 1)
                if el.get(_O + "value-type") is not None or len(el):
                    row_cols = col + rep
                down = int(el.get(_T + "number-rows-spanned", "1") or 1)
                across = int(el.get(_T + "number-columns-spanned", "1") or 1)
                if (down > 1 or across > 1) and scan.merged is not None:  # python-calamine
                    scan.merged.append((row, col, row + down - 1, col + across - 1))  # gives none
                col += rep
                el.clear()
            elif tag == _T + "table-row":
                rep = int(el.get(_T + "number-rows-repeated", "1") or 1)
                if row_cols:
                    scan.rows, scan.cols = row + rep, max(scan.cols, row_cols)
                    if el.get(_T + "visibility") in ("collapse", "collapsed", "filter"):
                        scan.hidden_rows.update(range(row, row + min(rep, 100_000)))
                row += rep
                el.clear()
    except TrackerError:
        raise
    except Exception as exc:
        raise fail("excel_truncated", path, detail=f"content.xml: {exc}") from None
    return out


def check_cells(path: Path, scans: dict[str, SheetScan], limits: Limits) -> None:
    """Refuse a sheet (or all sheets together) whose real extent is over the limit; a bound
    from a small sheet's row tags is not counted here (calamine's own extent is checked later)."""
    total = 0
    for name, scan in scans.items():
        if scan.bound_only:
            continue
        cells = scan.rows * scan.cols
        total += cells
        if cells > limits.max_cells or total > limits.max_cells:
            raise fail("excel_too_many_cells", path, sheet=name, cells=cells, limit=limits.max_cells)
