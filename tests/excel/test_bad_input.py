"""Bad input gives a clear coded error naming the file (and sheet), never a traceback."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

import pytest

from tests.excel.builders import SheetSpec, simple_rows, write_xlsx
from tests.excel.seed_catalog import seed_catalog
from tracker.errors import TrackerError
from tracker.excel.guards import Limits
from tracker.excel.messages_zh import MESSAGES, render
from tracker.excel.parse import parse_file
from tracker.excel.read import read_book

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


def _good(tmp_path: Path, name: str = "good.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [SheetSpec("Sheet1", simple_rows())])


def _error(path: Path, catalog, code: str, **limits: int):
    result = parse_file(path, catalog) if not limits else None
    if limits:
        with pytest.raises(TrackerError) as info:
            read_book(path, Limits(**limits))
        assert info.value.code == code
        assert info.value.data["file"] == path.name
        return info.value
    assert result.outcome == "error", result.rows
    assert result.error.code == code, result.error
    assert result.error.data["file"] == path.name
    message = result.message
    assert path.name in message and "{" not in message and "Traceback" not in message
    assert result.rows == []
    return result


def _rewrite(src: Path, dst: Path, edit) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))
    return dst


def test_every_code_has_a_sentence():
    for code, text in MESSAGES.items():
        assert text.strip() and code == code.strip()
    assert render("excel_truncated", file="a.xlsx").startswith("文件“a.xlsx”")
    assert render("no_such_code") == "no_such_code"
    assert "{detail}" in render("excel_unreadable", file="a.xlsx")  # missing data stays visible


def test_truncated_zip(tmp_path, catalog):
    good = _good(tmp_path).read_bytes()
    bad = tmp_path / "半截.xlsx"
    bad.write_bytes(good[: len(good) // 2])
    result = _error(bad, catalog, "excel_truncated")
    assert "不完整" in result.message


def test_corrupt_part_inside_zip(tmp_path, catalog):
    src = _good(tmp_path)
    data = bytearray(src.read_bytes())
    # zero bytes in the middle of the sheet part: CRC or inflate fails
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + 5
    data[start:start + 20] = b"\x00" * 20
    bad = tmp_path / "corrupt.xlsx"
    bad.write_bytes(bytes(data))
    result = parse_file(bad, catalog)
    assert result.outcome == "error" and result.error.code in ("excel_truncated", "excel_unreadable")


def test_text_file_renamed_xlsx(tmp_path, catalog):
    p = tmp_path / "进展.xlsx"
    p.write_text("序号,具体措施,进展情况\n1,简政放权,进展\n", encoding="utf-8")
    _error(p, catalog, "excel_not_workbook")


def test_html_table_saved_as_xls(tmp_path, catalog):
    p = tmp_path / "导出.xls"
    p.write_text("<html><head><meta charset='utf-8'></head><body><table><tr><td>具体措施</td>"
                 "<td>进展情况</td></tr></table></body></html>", encoding="utf-8")
    result = _error(p, catalog, "excel_html_table")
    assert "HTML" in result.message


def test_html_without_html_tag(tmp_path, catalog):
    p = tmp_path / "t.xls"
    p.write_bytes(b"\xef\xbb\xbf  <table border=1><tr><td>x</td></tr></table>")
    _error(p, catalog, "excel_html_table")


def test_spreadsheetml_2003(tmp_path, catalog):
    p = tmp_path / "old.xls"
    p.write_text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                 "</Workbook>", encoding="utf-8")
    _error(p, catalog, "excel_xml2003")


def test_password_protected_workbook(tmp_path, catalog):
    p = tmp_path / "加密.xlsx"
    p.write_bytes((DATA / "encrypted_password_secret.xlsx").read_bytes())
    result = _error(p, catalog, "excel_encrypted")
    assert "密码" in result.message


def test_encrypted_package_named_xls(tmp_path, catalog):
    p = tmp_path / "加密.xls"
    p.write_bytes((DATA / "encrypted_password_secret.xlsx").read_bytes())
    _error(p, catalog, "excel_encrypted")


def test_word_document_renamed(tmp_path, catalog):
    p = tmp_path / "report.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    _error(p, catalog, "excel_not_workbook")


def test_xlsb_is_refused_with_its_own_message(tmp_path, catalog):
    p = tmp_path / "二进制.xlsb"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.bin", b"\x00\x01")
    result = _error(p, catalog, "excel_xlsb")
    assert ".xlsb" in result.message


def test_empty_file(tmp_path, catalog):
    p = tmp_path / "empty.xlsx"
    p.write_bytes(b"")
    _error(p, catalog, "excel_empty_file")
    c = tmp_path / "empty.csv"
    c.write_bytes(b"")
    _error(c, catalog, "excel_empty_file")


def test_empty_workbook(tmp_path, catalog):
    p = write_xlsx(tmp_path / "blank.xlsx", [SheetSpec("Sheet1", []), SheetSpec("Sheet2", [])])
    _error(p, catalog, "excel_empty")


def test_only_hidden_sheet_has_data(tmp_path, catalog):
    p = write_xlsx(tmp_path / "h.xlsx", [SheetSpec("Sheet1", []),
                                         SheetSpec("data", simple_rows(), state="hidden")])
    result = _error(p, catalog, "excel_only_hidden")
    assert "隐藏的工作表（data）" in result.message


def test_no_header(tmp_path, catalog):
    p = write_xlsx(tmp_path / "note.xlsx", [SheetSpec("Sheet1", [["本月无进展"], ["见附件"]])])
    result = _error(p, catalog, "excel_no_header")
    assert "表头" in result.message


def test_declared_huge_dimension_reads_fast(tmp_path, catalog):
    src = _good(tmp_path, "src.xlsx")
    big = _rewrite(src, tmp_path / "declared.xlsx", lambda n, d: re.sub(
        rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', d)
        if n.startswith("xl/worksheets/") else d)
    with zipfile.ZipFile(big) as zf:
        assert b"A1:XFD1048576" in zf.read("xl/worksheets/sheet1.xml")
    t0 = time.perf_counter()
    result = parse_file(big, catalog)
    assert time.perf_counter() - t0 < 5
    assert result.outcome == "ok" and len(result.rows) == 2


def test_real_cells_far_apart_are_refused(tmp_path, catalog):
    rows = simple_rows()
    p = write_xlsx(tmp_path / "far.xlsx", [SheetSpec("远端", rows)])
    # add one real cell at XFD1048576: dense extent 17 billion cells
    bomb = _rewrite(p, tmp_path / "far2.xlsx", lambda n, d: d.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>'
        b"</row></sheetData>") if n == "xl/worksheets/sheet1.xml" else d)
    t0 = time.perf_counter()
    result = _error(bomb, catalog, "excel_too_many_cells")
    assert time.perf_counter() - t0 < 5
    assert result.error.data["sheet"] == "远端" and "远端" in result.message


def test_cell_limit(tmp_path):
    rows = [[f"r{r}c{c}" for c in range(10)] for r in range(100)]
    p = write_xlsx(tmp_path / "many.xlsx", [SheetSpec("S", rows)])
    err = _error(p, None, "excel_too_many_cells", max_cells=500)
    assert err.data["sheet"] == "S" and err.data["cells"] == 1000


def test_zip_bomb_by_size(tmp_path, catalog):
    """A part that inflates past the total limit (201 MB of zeros, ~200 kB on disk)."""
    src = _good(tmp_path)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED,
                                                      compresslevel=9) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        with zout.open("xl/media/padding.bin", "w") as fh:
            chunk = b"\x00" * (1 << 20)
            for _ in range(201):
                fh.write(chunk)
    assert bomb.stat().st_size < 2 * 2**20
    t0 = time.perf_counter()
    result = _error(bomb, catalog, "excel_zip_bomb")
    assert time.perf_counter() - t0 < 5
    assert "恶意" in result.message


def test_zip_bomb_by_ratio(tmp_path):
    src = _good(tmp_path)
    bomb = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("xl/media/zeros.bin", b"\x00" * (3 * 2**20))
    _error(bomb, None, "excel_zip_bomb", ratio_floor=2**20)


def test_lying_size_header_is_caught(tmp_path):
    """The central directory says the sheet part is 1 kB; it really inflates to 3 MB. zipfile
    stops at the declared size and the CRC then fails (or the running byte count trips first):
    either way the file is refused before the spreadsheet reader sees it."""
    src = _good(tmp_path)
    padded = tmp_path / "padded.xlsx"
    _rewrite(src, padded, lambda n, d: d.replace(b"</worksheet>", b" " * (3 * 2**20) + b"</worksheet>")
             if n == "xl/worksheets/sheet1.xml" else d)
    data = bytearray(padded.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        n_len = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + n_len] == name:
            data[central + 24:central + 28] = (1000).to_bytes(4, "little")  # declared: 1 kB
        central = data.find(b"PK\x01\x02", central + 4)
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(bytes(data))
    with zipfile.ZipFile(liar) as zf:
        assert zf.getinfo("xl/worksheets/sheet1.xml").file_size == 1000
    with pytest.raises(TrackerError) as info:
        read_book(liar, Limits(max_unzipped_bytes=2 * 2**20, max_ratio=10**6))
    assert info.value.code in ("excel_zip_bomb", "excel_truncated")


def test_file_too_large(tmp_path):
    p = _good(tmp_path)
    _error(p, None, "excel_too_large", max_file_bytes=100)


def test_missing_file(tmp_path, catalog):
    result = parse_file(tmp_path / "nope.xlsx", catalog)
    assert result.outcome == "error" and result.error.code == "excel_cannot_open"
    assert "nope.xlsx" in result.message


def test_undecodable_csv(tmp_path, catalog):
    p = tmp_path / "bad.csv"
    p.write_bytes(b"\x81\x30\xff\xfe\x80" * 10)
    result = parse_file(p, catalog)
    assert result.outcome == "error" and result.error.code in ("csv_encoding", "excel_no_header")
    assert "bad.csv" in result.message


def test_bad_period_argument_is_refused(tmp_path, catalog):
    with pytest.raises(TrackerError) as info:
        parse_file(_good(tmp_path), catalog, period="六月")
    assert info.value.code == "period_invalid" and info.value.exit_code == 2
