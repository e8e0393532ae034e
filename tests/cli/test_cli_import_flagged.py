"""`tracker import` and files the preview flags as possibly the wrong one (``imports.looks_wrong``):
``--yes`` skips them (outcome "skipped" with a message, exit 0) and imports the rest,
``--include-flagged`` takes them, a terminal asks per file (default no), a dry run is as before."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli_run import run_cli
from tests.helpers import template_sheet
from tracker.demo import build_demo
from tracker.services.exports import export_templates
from tracker.services.workspace import open_workspace

MAY_UNIT = "市政务服务管理局"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def db(demo, tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(demo, path)
    return path


def _filled(db: Path, period: str, unit: str, folder: Path, text: str) -> Path:
    """Our template of ``unit`` for ``period``, its first row filled in with ``text``."""
    ws = open_workspace(db, who="t")
    try:
        unit_id = ws.db.execute("SELECT id FROM unit WHERE name = ?", [unit]).fetchone()[0]
        path = export_templates(ws, 1, period, folder, [unit_id]).files[0]
    finally:
        ws.close()
    wb, sheet, header, cols = template_sheet(path)
    sheet.cell(header + 1, cols["完成状态"]).value = "推进中"
    sheet.cell(header + 1, cols["进展情况"]).value = text
    wb.save(path)
    return Path(path)


def _may_and_june(db: Path, folder: Path) -> tuple[Path, Path]:
    """Last month's template of one unit dropped among this month's return of another."""
    may = _filled(db, "2019-05", MAY_UNIT, folder, "五月的进展")
    june = _filled(db, "2019-06", "天山区", folder, "六月的进展")
    return may, june


def _query(db: Path, sql: str, params=()) -> list[tuple]:
    ws = open_workspace(db, who="t", lock=False, seed=False)
    try:
        return [tuple(r) for r in ws.db.execute(sql, list(params)).fetchall()]
    finally:
        ws.close()


def _unit_reports(db: Path, unit: str) -> list[tuple]:
    return _query(db, """
        SELECT r.* FROM report r JOIN assignment a ON a.id = r.assignment_id
        JOIN unit u ON u.id = a.unit_id WHERE u.name = ? ORDER BY r.id""", [unit])


def _with_progress(db: Path, text: str) -> list[tuple]:
    return _query(db, "SELECT period FROM report WHERE progress = ?", [text])


def _batch_files(db: Path) -> list[str]:
    return [r[0] for r in _query(db, "SELECT file_name FROM import_batch ORDER BY id")]


def _by_name(out: str) -> dict[str, dict]:
    return {Path(f["path"]).name: f for f in json.loads(out)["files"]}


def test_yes_skips_last_months_template_and_imports_the_rest(db, tmp_path):
    may, june = _may_and_june(db, tmp_path / "in")
    before = _unit_reports(db, MAY_UNIT)
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", str(tmp_path / "in"))
    assert r.code == 0, r.err
    assert "与指定的 2019-06 不一致" in r.err  # the preview's warning, as before
    skipped = next(line for line in r.err.splitlines() if "已跳过" in line)
    assert may.name in skipped and "--include-flagged" in skipped and "2019-05" in skipped
    assert "已导入 1 个文件" in r.err
    assert _unit_reports(db, MAY_UNIT) == before  # June rows keep June's text
    assert _with_progress(db, "五月的进展") == []
    assert _with_progress(db, "六月的进展") == [("2019-06",)]
    assert _batch_files(db) == [june.name]


def test_json_gives_the_flagged_file_as_skipped_with_a_message(db, tmp_path):
    may, june = _may_and_june(db, tmp_path / "in")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", "--json",
                str(may), str(june))
    assert r.code == 0, r.err  # skipped files are allowed
    files = _by_name(r.out)
    f = files[may.name]
    assert f["outcome"] == "skipped" and f["batch_id"] is None
    assert may.name in f["message"] and "--include-flagged" in f["message"]
    assert "period_mismatch" in {w["code"] for w in f["warnings"]}
    assert files[june.name]["outcome"] == "ok" and isinstance(files[june.name]["batch_id"], int)
    assert _batch_files(db) == [june.name]
    assert r.err == "" or "已跳过" not in r.err  # --json: the message is in the JSON only


def test_include_flagged_imports_it_anyway(db, tmp_path):
    may, june = _may_and_june(db, tmp_path / "in")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", "--include-flagged",
                "--json", str(tmp_path / "in"))
    assert r.code == 0, r.err
    files = _by_name(r.out)
    assert all(f["outcome"] == "ok" and isinstance(f["batch_id"], int) for f in files.values())
    assert _with_progress(db, "五月的进展") == [("2019-06",)]  # the user said it is right
    assert sorted(_batch_files(db)) == sorted([may.name, june.name])


def test_help_names_the_option_in_chinese():
    r = run_cli("import", "-h")
    assert r.code == 0 and "--include-flagged" in r.out and "也导入标为可能发错的文件" in r.out


def test_dry_run_is_unchanged(db, tmp_path):
    may, _ = _may_and_june(db, tmp_path / "in")
    before = _query(db, "SELECT * FROM report ORDER BY id")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--dry-run", "--json",
                str(tmp_path / "in"))
    assert r.code == 0
    f = _by_name(r.out)[may.name]
    assert f["outcome"] == "ok" and f["batch_id"] is None and f["message"] is None
    assert "period_mismatch" in {w["code"] for w in f["warnings"]}
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--dry-run", str(may))
    assert r.code == 0 and "已跳过" not in r.err and "预览结束，未写入任何数据" in r.err
    assert _query(db, "SELECT * FROM report ORDER BY id") == before
    assert _batch_files(db) == []


def test_flags_only_the_files_of_one_run_show_are_skipped_too(db, tmp_path):
    """The same file twice, two templates of one unit and month, and (no period given) a
    month few files have: the first of each pair and this month's files are imported."""
    folder = tmp_path / "in"
    originals = [_filled(db, "2019-06", unit, folder, f"{unit}六月")
                 for unit in ("天山区", "沙依巴克区", "米东区")]
    copy = shutil.copy(originals[0], folder / "副本_天山区.xlsx")
    wb, *_ = template_sheet(originals[1])
    wb.properties.title = "另存一份"  # the same template re-saved: another sha256
    resaved = folder / "副本_沙依巴克区.xlsx"
    wb.save(resaved)
    may = _filled(db, "2019-05", MAY_UNIT, folder, "五月的进展")
    r = run_cli("--db", str(db), "import", "--yes", "--json", str(folder))
    assert r.code == 0, r.err
    files = _by_name(r.out)
    want = {Path(copy).name: "same_file_twice", resaved.name: "template_twice",
            may.name: "period_differs"}
    for name, code in want.items():
        f = files[name]
        assert f["outcome"] == "skipped" and f["batch_id"] is None and f["message"], f
        assert code in {w["code"] for w in f["warnings"]}
    assert sorted(_batch_files(db)) == sorted(p.name for p in originals)
    assert _with_progress(db, "五月的进展") == []
    for unit in ("天山区", "沙依巴克区", "米东区"):
        assert _with_progress(db, f"{unit}六月") == [("2019-06",)]


def test_a_second_template_of_a_month_is_skipped_the_same_content_again_says_unchanged(
        db, tmp_path):
    first = _filled(db, "2019-06", "天山区", tmp_path / "a", "第一份")
    assert run_cli("--db", str(db), "import", "--yes", str(first)).code == 0
    # the same file again changes nothing: not held back, said to be unchanged
    r = run_cli("--db", str(db), "import", "--yes", str(first))
    assert r.code == 0 and "已跳过" not in r.err and "相同，未作修改" in r.err
    # another template of that unit and month with other text: wrong file? not written
    second = _filled(db, "2019-06", "天山区", tmp_path / "b", "第二份")
    r = run_cli("--db", str(db), "import", "--yes", "--json", str(second))
    assert r.code == 0
    f = _by_name(r.out)[second.name]
    assert f["outcome"] == "skipped" and "template_already_imported" in {
        w["code"] for w in f["warnings"]}
    assert _with_progress(db, "第一份") == [("2019-06",)] and _with_progress(db, "第二份") == []
    r = run_cli("--db", str(db), "import", "--yes", "--include-flagged", str(second))
    assert r.code == 0 and _with_progress(db, "第二份") == [("2019-06",)]


class _Terminal:
    def isatty(self) -> bool:
        return True


def _interactive(monkeypatch, tmp_path, db, answers, *args) -> tuple[int, list[str]]:
    from tracker.cli import main

    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", _Terminal())
    replies = iter(answers)
    asked: list[str] = []

    def fake_input(prompt: str = "") -> str:
        asked.append(prompt)
        return next(replies)

    monkeypatch.setattr("builtins.input", fake_input)
    return main(["--db", str(db), "import", *args]), asked


def test_terminal_asks_per_flagged_file_and_no_is_the_default(db, tmp_path, monkeypatch,
                                                               capsys):
    may, june = _may_and_june(db, tmp_path / "in")
    code, asked = _interactive(monkeypatch, tmp_path, db, ["y", ""], "--period", "2019-06",
                               str(tmp_path / "in"))
    assert code == 0 and len(asked) == 2 and may.name in asked[1] and "2019-05" in asked[1]
    assert "已跳过" in capsys.readouterr().err
    assert _batch_files(db) == [june.name] and _with_progress(db, "五月的进展") == []
    # asked again and answered yes: imported
    code, asked = _interactive(monkeypatch, tmp_path, db, ["y", "y"], "--period", "2019-06",
                               str(may))
    assert code == 0 and len(asked) == 2
    assert _with_progress(db, "五月的进展") == [("2019-06",)]


def test_terminal_with_include_flagged_does_not_ask_per_file(db, tmp_path, monkeypatch):
    may, _ = _may_and_june(db, tmp_path / "in")
    code, asked = _interactive(monkeypatch, tmp_path, db, ["y"], "--period", "2019-06",
                               "--include-flagged", str(may))
    assert code == 0 and len(asked) == 1
    assert _with_progress(db, "五月的进展") == [("2019-06",)]


def _receipts(db: Path, period: str) -> dict[str, tuple]:
    """unit → (state, file name, note) of its latest receipt other than the template export."""
    return {unit: (state, name, note) for unit, state, name, note in _query(db, """
        SELECT u.name, r.state, r.file_name, r.note FROM receipt r JOIN unit u ON u.id = r.unit_id
        WHERE r.period = ? AND r.state != 'exported' ORDER BY r.at, r.id""", [period])}


def _notice_text(db: Path, unit: str, period: str) -> str | None:
    from tracker.services.report_output import reminder_documents

    ws = open_workspace(db, who="t", lock=False, seed=False)
    try:
        docs = dict(reminder_documents(ws, 1, period))
    finally:
        ws.close()
    doc = docs.get(unit)
    return None if doc is None else "\n".join(getattr(b, "text", "") for b in doc.blocks)


def test_a_skipped_file_is_noted_as_the_wrong_file_and_the_reminder_says_why(db, tmp_path):
    may, june = _may_and_june(db, tmp_path / "in")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", str(tmp_path / "in"))
    assert r.code == 0, r.err
    got = _receipts(db, "2019-06")
    state, name, note = got[MAY_UNIT]
    assert (state, name) == ("wrong_file", may.name)
    assert note == "写的报送期是 2019-05，与指定的 2019-06 不一致"
    assert got["天山区"][:2] == ("imported", june.name)
    assert _receipts(db, "2019-05") == {}  # May's register is not touched by a May file sent now
    text = _notice_text(db, MAY_UNIT, "2019-06")
    assert f"报送的材料未能使用：{may.name}：写的报送期是 2019-05" in text
    assert "无法读取" not in text


def test_dry_run_notes_nothing(db, tmp_path):
    _may_and_june(db, tmp_path / "in")
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--dry-run",
                str(tmp_path / "in"))
    assert r.code == 0 and _receipts(db, "2019-06") == {}


def test_a_copy_beside_the_units_imported_return_is_not_noted(db, tmp_path):
    """The same file twice, a second template of a unit whose return is in, and (no period
    given) last month's file among this month's: only the last is chased, for this month."""
    folder = tmp_path / "in"
    tianshan = _filled(db, "2019-06", "天山区", folder, "天山区六月")
    _filled(db, "2019-06", "米东区", folder, "米东区六月")
    _filled(db, "2019-06", "沙依巴克区", folder, "沙依巴克区六月")
    shutil.copy(tianshan, folder / "副本_天山区.xlsx")
    may = _filled(db, "2019-05", MAY_UNIT, folder, "五月的进展")
    r = run_cli("--db", str(db), "import", "--yes", str(folder))
    assert r.code == 0, r.err
    got = _receipts(db, "2019-06")
    assert got["天山区"][:2] == ("imported", tianshan.name)
    assert got[MAY_UNIT][:2] == ("wrong_file", may.name)
    assert got[MAY_UNIT][2] == "是2019年5月的报送，本次其他文件是2019年6月的"
    # a second template of 天山区 later: its return is in, nothing to chase
    second = _filled(db, "2019-06", "天山区", tmp_path / "b", "第二份")
    assert run_cli("--db", str(db), "import", "--yes", str(second)).code == 0
    assert _receipts(db, "2019-06")["天山区"][:2] == ("imported", tianshan.name)
    assert _notice_text(db, "天山区", "2019-06") is None or second.name not in _notice_text(
        db, "天山区", "2019-06")


def test_end_of_input_at_the_question_cancels_calmly(db, tmp_path, monkeypatch, capsys):
    """Ctrl+Z Enter (Windows) or Ctrl+D (Linux) at the question: 已取消, nothing written."""
    from tracker.cli import main

    _may_and_june(db, tmp_path / "in")
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "stdin", _Terminal())

    def no_more_input(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", no_more_input)
    code = main(["--db", str(db), "import", "--period", "2019-06", str(tmp_path / "in")])
    err = capsys.readouterr().err
    assert code == 1 and "已取消" in err and "意外错误" not in err
    assert _batch_files(db) == []


def test_the_sign_off_contact_is_shown_and_kept_for_calling_back(db, tmp_path):
    """填报人 and 联系电话 on the template's sign-off line: in the preview, in the receipt
    register's note and in the import batch (the office calls back about a file)."""
    path = _filled(db, "2019-06", "天山区", tmp_path / "in", "六月的进展")
    wb, sheet, header, cols = template_sheet(path)
    label = {c.value: c for row in sheet.iter_rows(min_row=header + 1) for c in row
             if c.value in ("填报人：", "联系电话：")}
    for text, value in (("填报人：", "张晓红"), ("联系电话：", "13899112233")):
        cell = label[text]  # a label merged over two columns, its value cell after them
        sheet.cell(cell.row, cell.column + 2).value = value
    wb.save(path)
    r = run_cli("--db", str(db), "import", "--period", "2019-06", "--dry-run", str(path))
    assert "联系人：张晓红　联系电话：13899112233" in r.err, r.err
    assert run_cli("--db", str(db), "import", "--period", "2019-06", "--yes", str(path)).code == 0
    assert _receipts(db, "2019-06")["天山区"] == ("imported", path.name,
                                                 "联系人：张晓红　联系电话：13899112233")
    (counts,) = _query(db, "SELECT counts FROM import_batch")
    assert json.loads(counts[0])["contact"] == "联系人：张晓红　联系电话：13899112233"


def test_a_no_at_the_question_leaves_the_database_as_it_was(db, tmp_path, monkeypatch):
    """Even a deadline an earlier version could not read is not read again before the user
    says yes (opening as a writer re-reads them)."""
    _, june = _may_and_june(db, tmp_path / "in")
    with sqlite3.connect(db) as con:
        aid = con.execute("SELECT id FROM assignment WHERE deadline_kind = 'month_end' "
                          "ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("UPDATE assignment SET deadline_text = '2019年6月底前完成，长期坚持', "
                    "deadline_kind = 'unparsed', deadline_date = NULL WHERE id = ?", [aid])
        before = con.execute("SELECT count(*) FROM action").fetchone()[0]
    code, asked = _interactive(monkeypatch, tmp_path, db, ["n"], "--period", "2019-06",
                               str(june))
    assert code == 0 and len(asked) == 1
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM action").fetchone()[0] == before
        assert con.execute("SELECT deadline_kind FROM assignment WHERE id = ?",
                           [aid]).fetchone()[0] == "unparsed"
