"""A PDF or another non-table file named directly (not found in a folder) is said to be what it
is — "enter by hand" for the progress import, "not a spreadsheet" for the breakdown — never a
CSV whose text encoding is unknown."""

from __future__ import annotations

from tests.cli_run import run_cli
from tracker.errors import TrackerError
from tracker.excel.guards import looks_binary
from tracker.excel.parse import parse_file
from tracker.excel.read import read_book

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256))


def test_a_pdf_given_to_import_is_listed_for_entry_by_hand(tmp_path):
    db = str(tmp_path / "t.sqlite")
    assert run_cli("--db", db, "init").code == 0
    pdf = tmp_path / "米东区6月.pdf"
    pdf.write_bytes(PDF)
    r = run_cli("--db", db, "import", str(pdf))
    assert r.code == 0, r.err
    assert "PDF 文件" in r.err and "请人工录入" in r.err and "CSV" not in r.err
    r = run_cli("--db", db, "import-breakdown", str(pdf))
    assert r.code == 1 and "不是电子表格" in r.err and "CSV" not in r.err


def test_binary_bytes_under_an_unknown_name_are_not_read_as_csv(tmp_path):
    from tests.excel.seed_catalog import seed_catalog

    odd = tmp_path / "回执.dat"
    odd.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    try:
        read_book(odd)
    except TrackerError as exc:
        assert exc.code == "excel_not_workbook"
    else:
        raise AssertionError("read as a table")
    parsed = parse_file(odd, seed_catalog())
    assert parsed.error is not None and parsed.error.code == "excel_not_workbook"
    assert looks_binary(PDF) and not looks_binary("序号,措施\n1,2".encode("gb18030"))
    assert not looks_binary(b"\xff\xfe" + "序号".encode("utf-16-le"))
