"""Output streams are switched to UTF-8 when they can be (or to the encoding PYTHONIOENCODING
asks for); replaced streams are left alone; a file name that is not valid Unicode (GBK bytes on
a Linux disk: lone surrogates in Python) is printed readably, never a crash."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli_run import run_cli
from tracker.console import use_utf8_output
from tracker.paths import shown_name

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"
GBK_NAME = os.fsdecode("天山区报送".encode("gbk") + b".xlsx")  # '\udccc\udcec' … 'ɽ' …


def _streams(monkeypatch, encoding: str) -> io.TextIOWrapper:
    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # no reconfigure: ignored
    return out


def test_text_streams_become_utf8_and_others_are_left_alone(monkeypatch):
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    gbk = _streams(monkeypatch, "gbk")
    use_utf8_output()
    assert gbk.encoding == "utf-8"
    monkeypatch.setattr(sys, "stdout", None)  # a GUI program on Windows has no console
    use_utf8_output()


def test_an_encoding_asked_for_is_kept_and_what_it_cannot_hold_is_replaced(monkeypatch):
    monkeypatch.setenv("PYTHONIOENCODING", "gbk")
    out = _streams(monkeypatch, "utf-8")
    use_utf8_output()
    assert out.encoding == "gbk"
    out.write("天山区—😀")
    out.flush()
    assert out.buffer.getvalue().decode("gbk") == "天山区—?"


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_name_in_gbk_bytes_is_printed_as_its_characters(monkeypatch, encoding):
    assert GBK_NAME != "天山区报送.xlsx" and shown_name(GBK_NAME) == "天山区报送.xlsx"
    monkeypatch.setenv("PYTHONIOENCODING", encoding)
    out = _streams(monkeypatch, "utf-8")
    use_utf8_output()
    out.write(f"【{GBK_NAME}】 and \udcff alone")
    out.flush()
    assert out.buffer.getvalue().decode(encoding) == "【天山区报送.xlsx】 and \ufffd alone" \
        if encoding == "utf-8" else "【天山区报送.xlsx】 and ? alone"


def test_shown_name_leaves_good_text_alone():
    assert shown_name("天山区 6月.xlsx") == "天山区 6月.xlsx"
    assert shown_name(os.fsdecode(b"\xff\xfe.csv")) == "\ufffd\ufffd.csv"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_import_of_a_folder_with_a_gbk_named_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx",
                os.fsencode(folder) + b"/" + "水磨沟区三月".encode("gbk") + b".xlsx")
    Path(os.fsdecode(os.fsencode(folder) + b"/\xb0\xa1.xlsx")).write_bytes(b"not a workbook")
    db = tmp_path / "t.sqlite"
    r = run_cli("--db", str(db), "import", "--period", "2019-03", "--yes",
                "--create-assignments", str(folder))
    assert r.code == 1  # the unreadable file; the other is imported
    assert "【水磨沟区三月.xlsx】" in r.err and "文件“啊.xlsx”不是电子表格" in r.err
    assert "已导入 1 个文件" in r.err
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT file_name, file_path FROM import_batch").fetchall() == [
            ("水磨沟区三月.xlsx", str(folder / "水磨沟区三月.xlsx"))]
    finally:
        con.close()
    r = run_cli("--db", str(db), "import", "--period", "2019-03", "--json", str(folder))
    files = json.loads(r.out)["files"]
    assert sorted(f["outcome"] for f in files) == ["error", "ok"]


def test_shown_name_leaves_the_text_around_a_gbk_name_alone():
    name = os.fsdecode("水磨沟区三月.xlsx".encode("gbk"))  # starts "ˮĥ": valid UTF-8 pairs
    assert shown_name(name) == "水磨沟区三月.xlsx"
    assert shown_name(f"/home/用户/收件/{name}") == "/home/用户/收件/水磨沟区三月.xlsx"
    assert shown_name(f"文件“{GBK_NAME}”：已导入") == "文件“天山区报送.xlsx”：已导入"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_gbk_file_name_still_names_its_unit_and_month(tmp_path):
    """The unit and the month may come from the file name only: its GBK bytes are read."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["序号", "具体措施", "完成状态", "进展情况"])
    wb.active.append([1, "简政放权释放创新创业活力", "推进中", "已完成方案"])
    name = os.fsencode(tmp_path) + b"/" + "天山区2019年6月进展".encode("gbk") + b".xlsx"
    wb.save(os.fsdecode(name))
    db = tmp_path / "t.sqlite"
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", os.fsdecode(name))
    (file,) = json.loads(r.out)["files"]
    assert (file["outcome"], file["unit"], file["period"]) == ("ok", "天山区", "2019-06")


def test_a_windows_console_stays_utf8_whatever_pythonioencoding_says(monkeypatch):
    """Python writes a Windows console through its own UTF-16 API after UTF-8: GBK bytes there
    would be garbled. A pipe or file still takes the encoding asked for."""
    class Console(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("PYTHONIOENCODING", "gbk")
    monkeypatch.setattr(sys, "platform", "win32")
    console = Console(io.BytesIO(), encoding="utf-8")
    pipe = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", console)
    monkeypatch.setattr(sys, "stderr", pipe)
    use_utf8_output()
    assert (console.encoding, pipe.encoding) == ("utf-8", "gbk")


@pytest.mark.parametrize("name", ["2019年06月_市场监督管理局_落实情况填报表.xlsx", "天山区（第2版）.xlsx",
                                  "天山區進展.xlsx", "王珺.xlsx", "水磨沟区三月.xlsx",
                                  "誠信建設.xlsx", "深淺.xlsx"])  # 誠, 淺: a "\\" byte in GBK
def test_a_gbk_name_is_read_whole_even_where_its_bytes_look_like_utf8(name):
    """Some GBK byte pairs are valid UTF-8 by chance (情况填, 版）) or end in an ASCII byte (區,
    珺): a name or path is read back one component at a time, whole."""
    raw = os.fsdecode(name.encode("gbk"))
    assert shown_name(raw) == name
    assert shown_name(f"/home/用户/收件/{raw}") == f"/home/用户/收件/{name}"


def test_messages_read_a_file_name_whole():
    from tracker.messages import render

    raw = os.fsdecode("天山區進展.xlsx".encode("gbk"))
    assert "“天山區進展.xlsx”" in render("excel_empty", file=raw)


def test_a_name_mixing_gbk_and_utf8_keeps_both():
    for tail in ("_回执.xlsx", "（第2版）.xlsx"):
        raw = os.fsdecode("天山区".encode("gbk") + tail.encode())
        assert shown_name(raw) == "天山区" + tail


def test_messages_read_every_file_name_whole():
    from tracker.messages import render

    one, two = (os.fsdecode(n.encode("gbk")) for n in ("天山區進展.xlsx", "天山區進展2.xlsx"))
    text = render("same_file_twice", file=two, other=one)
    assert "“天山區進展2.xlsx”" in text and "“天山區進展.xlsx”" in text
