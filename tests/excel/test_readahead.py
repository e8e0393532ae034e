"""Reading the next files on two threads: order kept, errors raised where read_book raises
them, nothing read for skipped items, the interpreter's switch interval put back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.excel.builders import SheetSpec, simple_rows, write_xlsx
from tracker.errors import TrackerError
from tracker.excel import readahead
from tracker.excel.read import read_book


def _files(tmp_path: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / f"f{i}.xlsx"
        write_xlsx(p, [SheetSpec(f"表{i}", simple_rows(title=f"天山区推进情况第{i}份（2019年6月）"))])
        out.append(p)
    return out


def test_books_come_back_in_order_and_equal_a_plain_read(tmp_path):
    files = _files(tmp_path, 7)
    bad = tmp_path / "坏文件.xlsx"
    bad.write_text("这不是工作簿", encoding="utf-8")
    items = [*files[:3], bad, *files[3:]]
    before = sys.getswitchinterval()
    got = []
    for item, load in readahead.read_ahead(items, depth=3):
        if item == bad:
            with pytest.raises(TrackerError) as exc:
                load()
            with pytest.raises(TrackerError) as plain:
                read_book(bad)
            assert exc.value.code == plain.value.code == "excel_not_workbook"
            continue
        book, plain_book = load(), read_book(item)
        assert [g.rows for g in book.sheets] == [g.rows for g in plain_book.sheets]
        assert book.sha256 == plain_book.sha256 and len(book.sha256) == 64
        got.append(item)
    assert got == files
    assert sys.getswitchinterval() == before


def test_skipped_items_are_not_read_and_closing_early_stops(tmp_path):
    files = _files(tmp_path, 5)
    items = [files[0], "跳过", *files[1:]]
    before = sys.getswitchinterval()
    ahead = readahead.read_ahead(items, wanted=lambda it: None if it == "跳过" else it)
    first = next(ahead)
    assert first[0] == files[0] and first[1]().sheets
    assert next(ahead) == ("跳过", None)
    assert sys.getswitchinterval() <= readahead.SWITCH_INTERVAL
    ahead.close()  # the user cancelled: waiting reads dropped, the interval put back
    assert sys.getswitchinterval() == before


def test_a_single_file_is_read_on_the_calling_thread(tmp_path):
    [f] = _files(tmp_path, 1)
    [(item, load)] = list(readahead.read_ahead([f]))
    assert item == f and load().sheets[0].rows == read_book(f).sheets[0].rows


def test_a_cancelled_preview_stops_reading_at_once(tmp_path):
    """The window cancels by raising from the progress callback: the reads are closed and the
    switch interval restored before the exception reaches the caller."""
    from tests.helpers import fresh_ws
    from tracker.services.imports import preview_paths

    files = _files(tmp_path, 6)
    ws = fresh_ws(tmp_path)
    before = sys.getswitchinterval()

    class Stop(Exception):
        pass

    def progress(done: int, total: int, name: str) -> None:
        if done == 2:
            assert sys.getswitchinterval() <= readahead.SWITCH_INTERVAL  # reading ahead
            raise Stop

    with pytest.raises(Stop) as caught:
        preview_paths(ws, files, "2019-06", progress=progress)
    assert caught.traceback  # the frames are still referenced here ...
    assert sys.getswitchinterval() == before  # ... and yet the reads are closed
    ws.close()
