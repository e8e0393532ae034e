"""Text written to xlsx stays text; CSV fields that could run as formulas get a ' prefix."""

from __future__ import annotations

import openpyxl
import pytest

from tracker.excel.cellsafe import (
    MAX_CELL_CHARS,
    clean_text,
    csv_field,
    is_formula_like,
    put_text,
    put_value,
)


@pytest.mark.parametrize("text", [
    "=1+1", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+86 991", "-5%", "@SUM(A1)",
    "＝1", "＋1", "－1", "＠x", "  =1", "\u3000\u3000＝1", "\u00a0+1", "\t=1", "\tabc", "\rabc",
    "\n=1",
])
def test_formula_like(text):
    assert is_formula_like(text)


@pytest.mark.parametrize("text", ["", "进展顺利", "a=b", "1+1", "2019-06", "（-）", "   ", "#N/A"])
def test_not_formula_like(text):
    assert not is_formula_like(text)


def test_clean_text():
    assert clean_text(None) == ""
    assert clean_text("第一行\x0b第二行\x0c第三行") == "第一行\n第二行\n第三行"
    assert clean_text("a\x00b\x08c\x1fd\te\nf") == "abcd\te\nf"
    assert len(clean_text("字" * (MAX_CELL_CHARS + 10))) == MAX_CELL_CHARS
    assert clean_text("　全角空格保留　") == "　全角空格保留　"


def test_put_text_never_a_formula(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    texts = ["=1+1", "#N/A", "=SUM(A1:A2)", "0012", "2019-06-30", "TRUE"]
    for r, text in enumerate(texts, start=1):
        put_text(ws.cell(row=r, column=1), text)
    put_value(ws.cell(row=1, column=2), 60)
    put_value(ws.cell(row=2, column=2), None)
    put_value(ws.cell(row=3, column=2), True)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    back = openpyxl.load_workbook(path).active
    assert [back.cell(r, 1).value for r in range(1, 7)] == texts
    assert all(back.cell(r, 1).data_type == "s" for r in range(1, 7))
    assert (back["B1"].value, back["B2"].value, back["B3"].value) == (60, None, "是")


def test_csv_field():
    assert csv_field("=1+1") == "'=1+1"
    assert csv_field("＠x") == "'＠x"
    assert csv_field(" -1") == "' -1"
    assert csv_field("进展") == "进展"
    assert csv_field(None) == ""
    assert csv_field(60) == "60"
    assert csv_field(-5) == "-5"  # numbers are numbers, not text


@pytest.mark.parametrize("text", ["=1+1", "'=1+1", "''=1+1", "'普通", "-5", "@x", "普通", "'@"])
def test_our_csv_reads_back_as_written(tmp_path, text):
    """csv_field guards formula-like text with a ' (and text that already starts with '=);
    reading our CSV back drops exactly that guard."""
    from tracker.excel.read import read_book

    path = tmp_path / "t.csv"
    path.write_text(f"进展情况\n{csv_field(text)}\n", encoding="utf-8-sig")
    assert read_book(path).sheets[0].rows[1][0] == text
