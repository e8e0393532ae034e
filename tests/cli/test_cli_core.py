"""The core verbs through the real command line (in Chinese, no network, clean exit codes)."""

from __future__ import annotations

import json
import re
import sqlite3

from tests.cli_run import run_cli

ENGLISH = re.compile(r"usage:|options|error:|positional arguments|show this help|"
                     r"the following arguments|invalid choice|unrecognized|expected one",
                     re.IGNORECASE)


def test_help_and_errors_are_chinese():
    for args in (["-h"], ["status", "-h"], ["import", "-h"], ["report", "-h"]):
        r = run_cli(*args)
        if r.code == 2 and "无效的选项" in r.err:
            continue  # verb of a later area not present
        assert r.code == 0
        assert not ENGLISH.search(r.out), r.out
        assert "用法" in r.out
    for args in (["statu"], ["status", "--bogus"], ["--db"], ["backup", "a", "b"]):
        r = run_cli(*args)
        assert r.code == 2
        assert not ENGLISH.search(r.err), r.err
        assert "错误" in r.err


def test_version():
    r = run_cli("--version")
    assert r.code == 0 and "政策落实跟踪" in r.out


def test_init_status_units_check(tmp_path):
    db = str(tmp_path / "w.sqlite")
    r = run_cli("--db", db, "init")
    assert r.code == 0 and "具体措施 31 项" in r.err
    r = run_cli("--db", db, "init")
    assert r.code == 0 and "政策 0 项" in r.err
    r = run_cli("--db", db, "units")
    assert r.code == 0 and len(r.out.strip().splitlines()) == 22 and "天山区" in r.out
    r = run_cli("--db", db, "check")
    assert r.code == 0, r.out + r.err


def test_demo_status_json_and_text(tmp_path):
    db = str(tmp_path / "demo.sqlite")
    r = run_cli("--db", db, "demo")
    assert r.code == 0 and "2019-06 至 2019-11" in r.err
    r = run_cli("--db", db, "status", "--json")
    assert r.code == 0
    data = json.loads(r.out)
    assert data["period"] == "2019-11"
    total = data["total"]
    assert total["total"] == sum(total[s] for s in ("已完成", "推进中", "未启动", "滞后"))
    assert len(data["by_task"]) == 8
    r = run_cli("--db", db, "--policy", "双创", "status", "--period", "2019-06")
    assert r.code == 0 and "2019年6月" in r.out and "按单位" in r.out
    assert "1. 着力促进创新创业环境…" in r.out  # a task name cut says so
    r = run_cli("--db", db, "status", "--period", "2019年13月")
    assert r.code == 2 and "不是有效的月份" in r.err
    r = run_cli("--db", db, "demo")
    assert r.code == 2 and "--force" in r.err


def test_newer_database_refused_with_exit_2(tmp_path):
    db = tmp_path / "n.sqlite"
    assert run_cli("--db", str(db), "init").code == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    raw = db.read_bytes()
    r = run_cli("--db", str(db), "status")
    assert r.code == 2 and "更新版本" in r.err
    assert db.read_bytes() == raw


def test_not_sqlite_refused(tmp_path):
    db = tmp_path / "x.sqlite"
    db.write_text("hello")
    r = run_cli("--db", str(db), "status")
    assert r.code == 2 and "不是本程序的数据库" in r.err


def test_backup_and_restore(tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "backup", str(tmp_path / "copy.sqlite"))
    assert r.code == 0 and (tmp_path / "copy.sqlite").exists()
    r = run_cli("--db", db, "restore", str(tmp_path / "copy.sqlite"))
    assert r.code == 0 and "已从" in r.err
    r = run_cli("--db", db, "restore", str(tmp_path / "missing.sqlite"))
    assert r.code == 2 and "不存在" in r.err


def test_check_reports_unparsed_deadlines(tmp_path):
    db = tmp_path / "w.sqlite"
    assert run_cli("--db", str(db), "init").code == 0
    from tracker.services import assignments
    from tracker.services.workspace import open_workspace

    ws = open_workspace(db, who="t")
    assignments.assign(ws, 1, 1, "牵头", "视情况而定")
    ws.close()
    r = run_cli("--db", str(db), "check")
    assert r.code == 1 and "视情况而定" in r.out


def test_opening_rereads_deadlines_an_earlier_version_could_not_read(tmp_path):
    """"2019年6月底前完成，长期坚持" was stored as unreadable before (never overdue): a writer's
    opening reads it again with today's rules, as one logged, undoable action, and says so;
    reading commands and dry runs change nothing; an undone re-read is not done again; what
    stays unreadable is left as written."""
    import sqlite3

    from tests.helpers import fresh_ws
    from tracker.db.queries import measures
    from tracker.services import assignments, history
    from tracker.services.workspace import open_workspace

    ws = fresh_ws(tmp_path, "old.sqlite")
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '天山区'").fetchone()[0]
    first, second = (m["id"] for m in measures(ws.db, 1)[:2])
    aid = assignments.assign(ws, first, unit, "责任", "2019年6月底前完成，长期坚持")
    assignments.assign(ws, second, unit, "责任", "视情况而定")
    ws.close()
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as con:  # as an earlier version stored it
        con.execute("UPDATE assignment SET deadline_kind = 'unparsed', deadline_date = NULL "
                    "WHERE id = ?", [aid])

    def kind() -> str:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT deadline_kind FROM assignment WHERE id = ?",
                               [aid]).fetchone()[0]

    def actions() -> int:
        with sqlite3.connect(db) as con:
            return con.execute("SELECT count(*) FROM action").fetchone()[0]

    before = actions()
    ro = open_workspace(db, readonly=True)
    assert ro.reread == 0
    ro.close()
    for args in (["check"], ["status", "--period", "2019-06"]):
        r = run_cli("--db", str(db), *args)
        assert "重新识别了" not in r.err
    r = run_cli("--db", str(db), "check")
    assert r.code == 1 and "2019年6月底前完成" in r.out and "自动重新识别" in r.out
    assert kind() == "unparsed" and actions() == before
    r = run_cli("--db", str(db), "init")  # a writing command opens it
    assert "重新识别了 1 项以前无法识别的完成时限" in r.err, r.err
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT deadline_text, deadline_kind, deadline_date FROM assignment "
                          "WHERE id = ?", [aid]).fetchone()
        logged = con.execute("SELECT count(*) FROM change_log c JOIN action a ON a.id = "
                             "c.action_id WHERE a.verb = 'reread_deadlines'").fetchone()[0]
    assert row == ("2019年6月底前完成，长期坚持", "month_end", "2019-06-30") and logged == 2
    r = run_cli("--db", str(db), "check")
    assert r.code == 1 and "视情况而定" in r.out and "2019年6月底前完成" not in r.out
    ws = fresh_ws(tmp_path, "old.sqlite")
    try:
        assert ws.reread == 0  # once read, nothing more to do
        last = ws.db.execute("SELECT max(id) FROM action WHERE verb = 'reread_deadlines'"
                             ).fetchone()[0]
        history.undo(ws, last)
        assert kind() == "unparsed"
    finally:
        ws.close()
    ws = fresh_ws(tmp_path, "old.sqlite")  # the undo sticks
    try:
        assert ws.reread == 0 and kind() == "unparsed"
    finally:
        ws.close()