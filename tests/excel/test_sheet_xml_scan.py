"""The guard's sheet-XML scan: its quick path (one search from the end) gives the rows and
hidden rows of the full regex scan, and the merged ranges it reads from the XML are the ones
python-calamine reports (the reader uses them instead of asking calamine to parse again)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import python_calamine as pc

from tests.excel.builders import SheetSpec, simple_rows, write_xlsx
from tests.helpers import fresh_ws
from tracker.excel import guards
from tracker.services.exports import export_templates

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"


def _workbooks(tmp_path: Path) -> list[Path]:
    books = sorted(p for p in FIXTURES.glob("*.xlsx") if "broken" not in p.name)
    books.append(write_xlsx(tmp_path / "h.xlsx", [
        SheetSpec("Sheet1", simple_rows(), hidden_rows=[5], merges=["F4:F5", "A1:H1"])]))
    books.append(write_xlsx(tmp_path / "m.xlsx", [SheetSpec("S", simple_rows(), merges=["B4"])]))
    ws = fresh_ws(tmp_path)
    books += export_templates(ws, 1, "2019-06", tmp_path / "t").files[:2]
    ws.close()
    return books


def _sheets(path: Path) -> list[tuple[str, bytes]]:
    """(sheet name, XML) of every worksheet, through the guard's own part lookup."""
    with zipfile.ZipFile(path) as zf:
        budget = guards.Budget(path, zf, guards.DEFAULT_LIMITS)
        return [(name, budget.read(part)) for name, part in guards.xlsx_sheet_parts(budget).items()]


def test_quick_and_full_scans_agree_and_merges_match_calamine(tmp_path):
    checked = merges_seen = 0
    for path in _workbooks(tmp_path):
        wb = pc.CalamineWorkbook.from_path(str(path))
        for name, xml in _sheets(path):
            quick, full = guards.scan_xlsx_sheet(xml), guards.scan_xlsx_sheet(xml, quick=False)
            assert (quick.rows, quick.cols, quick.bound_only, quick.hidden_rows) == \
                (full.rows, full.cols, full.bound_only, full.hidden_rows), (path.name, name)
            theirs = sorted((a[0], a[1], b[0], b[1])
                            for a, b in wb.get_sheet_by_name(name).merged_cell_ranges or [])
            assert sorted(quick.merged) == theirs, (path.name, name)
            merges_seen += len(theirs)
            checked += 1
    assert checked >= 6 and merges_seen >= 10


@pytest.mark.parametrize("xml, last", [
    (b'<sheetData><row r="1"><c r="A1"/></row><row r="7" spans="1:2"><c r="A7"/></row>'
     b'</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks>', 7),
    (b"<sheetData/>", 0),
])
def test_the_quick_path_reads_the_last_row_tag(xml, last):
    assert guards._last_row_plain(xml) == last


@pytest.mark.parametrize("xml", [
    b'<row r="1" hidden="1"></row>', b"<row><c/></row>", b'<x:row r="2"></x:row>',
    b'<row spans="1:2"></row>',
])
def test_anything_unusual_takes_the_full_scan(xml):
    assert guards._last_row_plain(xml) is None
