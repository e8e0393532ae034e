"""Bad input found by a fuzzing review (each case failed before its fix): control characters
that broke every later export, an error value that cleared a stored percent, a key sheet with
1e309, an .ods whose mimetype part fails its CRC, a folder or pipe given as a file, a hidden
sheet only, our own CSV read back, a file with a header and no rows, a key sheet that lost its
unit, and --json when the command is refused. On a copy of the demo database."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.cli_run import run_cli
from tracker.demo import build_demo
from tracker.services.exports import export_templates
from tracker.services.workspace import open_workspace

SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    build_demo(path)
    ws = open_workspace(path, who="t")
    try:
        unit = ws.db.execute("SELECT id FROM unit WHERE name = '天山区'").fetchone()[0]
        template = export_templates(ws, 1, "2019-06", folder / "tpl", [unit]).files[0]
    finally:
        ws.close()
    return path, template.read_bytes()


@pytest.fixture
def db(demo, tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(demo[0], path)
    return path


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def _cell(data: bytes, ref: str, xml: str) -> bytes:
    """The template with cell ``ref`` of its first sheet replaced by ``xml``."""
    sheet = zipfile.ZipFile(io.BytesIO(data)).read(SHEET).decode()
    sheet, n = re.subn(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)', xml, sheet, count=1, flags=re.S)
    assert n == 1
    return _rezip(data, {SHEET: sheet.encode()})


def _text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _column(data: bytes, title: str) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    sheet = wb["填报表"]
    for row in sheet.iter_rows(max_row=6):
        for c in row:
            if c.value == title:
                return c.column_letter
    raise AssertionError(title)


def _first_row(data: bytes) -> int:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    sheet = wb["填报表"]
    return next(c.row for row in sheet.iter_rows(max_row=8) for c in row if c.value == "序号") + 1


def _query(db: Path, sql: str, params=()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def _tianshan(db: Path, code: str, field: str):
    return _query(db, f"""
        SELECT r.{field} FROM report r JOIN assignment a ON a.id = r.assignment_id
        JOIN unit u ON u.id = a.unit_id JOIN measure m ON m.id = a.measure_id
        JOIN task t ON t.id = m.task_id
        WHERE u.name = '天山区' AND r.period = '2019-06'
          AND t.seq || '.' || m.seq = ?""", [code])


def test_control_characters_are_dropped_and_exports_still_work(demo, db, tmp_path):
    data = demo[1]
    row = _first_row(data)
    col = _column(data, "进展情况")
    data = _cell(data, f"{col}{row}", _text(f"{col}{row}", "前_x0001_后"))  # OOXML's escape
    data = _cell(data, f"{col}{row + 1}", _text(f"{col}{row + 1}", "左\ufffe右"))
    f = tmp_path / "ctl.xlsx"
    f.write_bytes(data)
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", str(f))
    assert r.code == 0, r.err
    texts = [t for (t,) in _query(db, "SELECT progress FROM report WHERE period = '2019-06'")]
    assert "前后" in texts and "左右" in texts
    assert not any(re.search("[\x00-\x08\x0e-\x1f\ufffe]", t or "") for t in texts)
    for args in (["report", "--period", "2019-06", "--format", "docx", "-o", str(tmp_path / "r.docx")],
                 ["report", "--period", "2019-06", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")],
                 ["export-summary", "--period", "2019-06", "-o", str(tmp_path / "s.xlsx")]):
        r = run_cli("--db", str(db), *args)
        assert r.code == 0, (args, r.err)


def test_control_characters_already_stored_do_not_stop_a_word_report(tmp_path):
    import docx

    from tracker.reports.document import Column, Document, Paragraph, Table
    from tracker.reports.docx_out import render_docx

    doc = Document("标\x01题", blocks=[Paragraph("前\x01后\ufffe"),
                                      Table([Column("a", "甲", 1)], [["x\x02y"]], title="表\x03")])
    out = render_docx(doc, tmp_path / "x.docx")
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "前后" in text and "标题" in text


def test_an_error_value_keeps_the_stored_percent(demo, db, tmp_path):
    before = _tianshan(db, "1.1", "percent")
    assert before and before[0][0] is not None
    data = demo[1]
    ref = f"{_column(data, '完成进度(%)')}{_first_row(data)}"
    f = tmp_path / "e.xlsx"
    f.write_bytes(_cell(data, ref, f'<c r="{ref}" t="e"><v>#DIV/0!</v></c>'))
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", "--json", str(f))
    assert r.code == 0, r.err
    (file,) = json.loads(r.out)["files"]
    codes = {w["code"] for row in file["rows"] for w in row["warnings"]}
    assert "error_value" in codes and "fields_cleared" not in codes
    assert _tianshan(db, "1.1", "percent") == before


def _keys(data: bytes, **cells: object) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for ref, value in cells.items():
        wb["_tracker_keys"][ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_huge_number_in_the_key_sheet_is_no_crash(demo, db, tmp_path):
    f = tmp_path / "o.xlsx"
    f.write_bytes(_keys(demo[1], B5="1e309"))
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(f))
    (file,) = json.loads(r.out)["files"]
    assert "意外" not in (file["message"] or "") and "Overflow" not in r.out


def test_a_key_sheet_without_its_unit_never_says_none(demo, db, tmp_path):
    wb = openpyxl.load_workbook(io.BytesIO(demo[1]))
    wb["_tracker_keys"].delete_rows(1, 10)
    f = tmp_path / "n.xlsx"
    wb.save(f)
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(f))
    assert "None" not in r.out and "None" not in r.err


def test_an_ods_whose_mimetype_fails_its_crc(db, tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    data = bytearray(out.getvalue())
    data[14] ^= 0xFF  # the local header's CRC of the first member
    central = bytes(data).find(b"PK\x01\x02")
    data[central + 16] ^= 0xFF  # and the central directory's
    f = tmp_path / "bad.ods"
    f.write_bytes(bytes(data))
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(f))
    (file,) = json.loads(r.out)["files"]
    assert r.code == 1 and file["outcome"] == "error"
    assert "已损坏或不完整" in file["message"] or "不完整" in file["message"], file["message"]
    assert "意外" not in file["message"]
    r = run_cli("--db", str(db), "import-breakdown", str(f))
    assert r.code == 1 and "意外" not in r.err


def test_a_folder_named_like_a_workbook_given_as_a_breakdown(db, tmp_path):
    (tmp_path / "dir.xlsx").mkdir()
    r = run_cli("--db", str(db), "import-breakdown", str(tmp_path / "dir.xlsx"))
    assert r.code == 1 and "不是普通文件" in r.err and "意外" not in r.err


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes of this kind are POSIX")
def test_a_named_pipe_is_refused_not_waited_on(db, tmp_path):
    pipe = tmp_path / "p.csv"
    os.mkfifo(pipe)
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(pipe), timeout=60)
    (file,) = json.loads(r.out)["files"]
    assert r.code == 1 and "不是普通文件" in file["message"]


def test_our_own_csv_reads_back_without_its_guard(demo, db, tmp_path):
    data = demo[1]
    ref = f"{_column(data, '进展情况')}{_first_row(data)}"
    f = tmp_path / "i.xlsx"
    f.write_bytes(_cell(data, ref, _text(ref, "=1+1 进展")))
    assert run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", str(f)).code == 0
    csv = tmp_path / "2019年6月汇总.csv"
    assert run_cli("--db", str(db), "export-summary", "--period", "2019-06", "-o",
                   str(csv)).code == 0
    assert "'=1+1 进展" in csv.read_text(encoding="utf-8-sig")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--dry-run", "--json", str(csv))
    rows = [row for f in json.loads(r.out)["files"] for row in f["rows"]
            if row["unit"] == "天山区" and row["measure"] == "1.1"]
    assert rows and rows[0]["progress"] == "=1+1 进展"


def test_a_file_with_a_header_and_no_rows_says_so(db, tmp_path):
    f = tmp_path / "2019年6月_天山区_空.csv"
    f.write_bytes("\ufeff序号,措施编号,具体措施,责任单位,完成状态,完成进度(%),进展情况\r\n".encode())
    r = run_cli("--db", str(db), "import", "--yes", str(f))
    assert r.code == 0
    assert r.err.count("中没有填报任何进展") == 1 and "没有填报内容，未作修改" in r.err
    assert "相同，未作修改" not in r.err


@pytest.mark.parametrize("args", [["import", "--json", "--dry-run", "/nonexistent/x.xlsx"],
                                  ["import", "--json", "--dry-run", "--period", "2019-13", "."]])
def test_json_when_refused_is_still_one_object(db, args):
    r = run_cli("--db", str(db), *args)
    assert r.code == 2
    out = json.loads(r.out)
    assert out["files"] == [] and out["error"]["code"] and out["error"]["message"] in r.err


def test_last_months_template_retitled_for_this_month_is_flagged(demo, db, tmp_path):
    """The hidden keys say 2019-05, the file name and title say June: not imported silently as
    May (nor re-dated): flagged as possibly the wrong file, so --yes skips it."""
    data = _keys(demo[1], B7="2019-05")
    f = tmp_path / "2019年06月_双创升级版_天山区_落实情况填报表.xlsx"
    f.write_bytes(data)
    wb = openpyxl.load_workbook(f)
    assert wb["_tracker_keys"]["A7"].value == "period"  # the cell this test edits
    before = _query(db, "SELECT count(*) FROM report")
    r = run_cli("--db", str(db), "import", "--yes", "--json", str(f))
    assert r.code == 0, r.err
    (file,) = json.loads(r.out)["files"]
    assert file["outcome"] == "skipped"
    warning = next(w for w in file["warnings"] if w["code"] == "template_period_differs")
    assert "2019-05" in warning["message"] and "2019-06" in warning["message"]
    assert _query(db, "SELECT count(*) FROM report") == before


@pytest.mark.parametrize("written", ["0001年1月1日", "9999年12月31日"])
def test_an_impossible_fill_in_date_is_not_the_reported_date(demo, db, tmp_path, written):
    wb = openpyxl.load_workbook(io.BytesIO(demo[1]))
    sheet = wb["填报表"]
    label = next(c for row in sheet.iter_rows() for c in row if c.value == "填报日期：")
    sheet.cell(label.row, label.column + 1).value = written
    sheet.cell(_first_row(demo[1]), ord(_column(demo[1], "进展情况")) - 64).value = "新进展"
    f = tmp_path / "rd.xlsx"
    wb.save(f)
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", "--json", str(f))
    assert r.code == 0, r.err
    (file,) = json.loads(r.out)["files"]
    assert "reported_date_implausible" in {w["code"] for w in file["warnings"]}
    dates = {d for (d,) in _query(db, "SELECT reported_date FROM report WHERE progress = '新进展'")}
    assert dates == {date.today().isoformat()}  # the import day, as the warning says
