"""Backups never overwrite what they should not, restores never take a damaged or foreign file,
and a restore is recorded (留痕)."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli_run import run_cli
from tests.helpers import fresh_ws
from tracker.db import backup
from tracker.db.lock import DbLock
from tracker.errors import TrackerError


def test_backup_refuses_an_existing_file_and_takes_a_folder(tmp_path):
    ws = fresh_ws(tmp_path)
    other = tmp_path / "别的库.sqlite"
    other.write_bytes(b"keep me")
    with pytest.raises(TrackerError) as e:
        backup.backup_to(ws.db.conn, other, overwrite=False, source=ws.path)
    assert e.value.code == "backup_target_exists" and other.read_bytes() == b"keep me"
    with pytest.raises(TrackerError) as e:
        backup.backup_to(ws.db.conn, ws.path, source=ws.path)
    assert e.value.code == "backup_onto_itself"
    folder = tmp_path / "U盘"
    folder.mkdir()
    made = backup.backup_to(ws.db.conn, folder, overwrite=False, source=ws.path)
    assert made.parent == folder and made.name.startswith("t-") and made.suffix == ".sqlite"
    assert made.read_bytes()[18:20] == b"\x01\x01"  # a plain file: opens from read-only media
    assert backup.list_backups(ws.path) == []  # a copy elsewhere is not one of ours
    ws.close()


def test_backup_never_writes_onto_a_database_in_use(tmp_path):
    ws = fresh_ws(tmp_path)
    busy = fresh_ws(tmp_path, "busy.sqlite")
    busy.close()
    before = (tmp_path / "busy.sqlite").read_bytes()
    with DbLock(tmp_path / "busy.sqlite", "另一个窗口"), pytest.raises(TrackerError) as e:
        backup.backup_to(ws.db.conn, tmp_path / "busy.sqlite", source=ws.path)
    assert e.value.code == "backup_target_in_use"
    assert (tmp_path / "busy.sqlite").read_bytes() == before
    ws.close()


def test_cli_backup_says_why_with_exit_2(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "init").code == 0
    existing = tmp_path / "x.sqlite"
    existing.write_bytes(b"old")
    r = run_cli("--db", str(db), "backup", str(existing))
    assert r.code == 2 and "已经存在" in r.err and existing.read_bytes() == b"old"
    r = run_cli("--db", str(tmp_path), "status")
    assert r.code == 2 and "是一个文件夹" in r.err


def _damaged_copy(src, dest):
    shutil.copy(src, dest)
    data = bytearray(dest.read_bytes())
    page = 4096
    for i in range(page * 3, min(len(data), page * 6)):  # scramble a few pages of the tables
        data[i] ^= 0x5A
    dest.write_bytes(bytes(data))
    return dest


def test_restore_refuses_damaged_and_foreign_files_and_records_itself(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "demo").code == 0
    good = tmp_path / "good.sqlite"
    assert run_cli("--db", str(db), "backup", str(good)).code == 0
    snapshot = db.read_bytes()
    damaged = _damaged_copy(good, tmp_path / "damaged.sqlite")
    r = run_cli("--db", str(db), "restore", str(damaged))
    assert r.code == 2 and "已损坏" in r.err
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE x (a)")
    r = run_cli("--db", str(db), "restore", str(foreign))
    assert r.code == 2 and "不是本程序的数据库备份" in r.err
    assert db.read_bytes() == snapshot  # untouched by both refusals
    r = run_cli("--db", str(db), "restore", str(good))
    assert r.code == 0, r.err
    with sqlite3.connect(db) as conn:
        who, summary = conn.execute(
            "SELECT who, summary FROM action WHERE verb = 'restore'").fetchone()
    assert who and "good.sqlite" in summary and "恢复前的数据库已备份为" in summary


def test_damaged_database_is_named_damaged(tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "demo").code == 0
    copy = tmp_path / "c.sqlite"
    assert run_cli("--db", str(db), "backup", str(copy)).code == 0
    _damaged_copy(copy, tmp_path / "bad.sqlite")
    r = run_cli("--db", str(tmp_path / "bad.sqlite"), "check")
    assert r.code in (1, 2) and ("已损坏" in r.err or "已损坏" in r.out), (r.out, r.err)


def test_backups_of_a_longer_name_are_not_ours(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in ("办公室-20191101-080000-000001-daily.sqlite",
                 "办公室-2019-20191101-080000-000001-daily.sqlite"):
        (folder / name).write_bytes(b"")
    assert [p.name for p in backup.list_backups(tmp_path / "办公室.sqlite")] == [
        "办公室-20191101-080000-000001-daily.sqlite"]
    assert [p.name for p in backup.list_backups(tmp_path / "办公室-2019.sqlite")] == [
        "办公室-2019-20191101-080000-000001-daily.sqlite"]


def test_a_reading_command_does_not_upgrade_a_database_another_program_has_open(tmp_path):
    """Opening may upgrade the schema (a write): a reader takes the lock for that moment, and
    when another program holds it, an old database is refused instead of upgraded under it."""
    from tracker.db.schema_version import migration_names
    from tracker.services.workspace import open_workspace

    db = tmp_path / "old.sqlite"
    fresh_ws(tmp_path, "old.sqlite").close()
    assert migration_names()[-1] == "0002_indexes"
    with sqlite3.connect(db) as conn:  # a database from before the indexes migration
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                    "AND name LIKE 'idx_%'").fetchall():
            conn.execute(f"DROP INDEX [{name}]")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0002_indexes'")
        conn.execute("PRAGMA user_version = 1")
    before = db.read_bytes()
    with DbLock(db, "窗口"), pytest.raises(TrackerError) as e:
        open_workspace(db, who="读者", lock=False)
    assert e.value.code == "db_locked" and db.read_bytes() == before
    ws = open_workspace(db, who="读者", lock=False)  # nobody holds it: upgraded, with a backup
    assert ws.info.migrated and ws.info.backups
    ws.close()
    with DbLock(db, "窗口"):  # a current database reads fine while another program writes
        open_workspace(db, who="读者", lock=False).close()


def test_a_damaged_database_gets_no_daily_backup(tmp_path):
    """The day's first opening checks the file (quick_check) before copying it: a damaged copy
    must not push the good backups out of the last ten."""
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "demo").code == 0
    clean = tmp_path / "clean.sqlite"
    assert run_cli("--db", str(db), "backup", str(clean)).code == 0
    work = tmp_path / "work"
    work.mkdir()
    bad = _damaged_copy(clean, work / "bad.sqlite")
    r = run_cli("--db", str(bad), "status")
    assert "损坏" in r.err or "完整性检查未通过" in r.err, r.err
    backups = list((work / "backups").glob("*.sqlite")) if (work / "backups").is_dir() else []
    assert backups == []


@pytest.mark.parametrize("folder", ["备份 #1", "a%20b", "年?度"])
def test_backup_and_restore_in_folders_whose_names_mean_something_in_a_uri(tmp_path, folder):
    """A database path is never pasted into an SQLite URI as it is: "#" ended the name (and
    dropped read-only: an empty file was created), "%20" was read as a space."""
    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "init").code == 0
    where = tmp_path / folder
    where.mkdir()
    copy = where / "b.sqlite"
    assert run_cli("--db", str(db), "backup", str(copy)).code == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    r = run_cli("--db", str(db), "restore", str(copy))
    assert r.code == 0, r.err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no stray file
    r = run_cli("--db", str(copy), "check")
    assert r.code == 0, r.err


@pytest.mark.parametrize(("posix", "uri"), [
    ("C:/收件/#1.sqlite", "file:///C:/%E6%94%B6%E4%BB%B6/%231.sqlite?mode=ro"),
    ("//server/share/双创 办/t.sqlite",  # a UNC path (Windows resolves a mapped drive to one)
     "file:////server/share/%E5%8F%8C%E5%88%9B%20%E5%8A%9E/t.sqlite?mode=ro"),
    ("/home/user/a%20b/t.sqlite", "file:/home/user/a%2520b/t.sqlite?mode=ro"),
])
def test_read_only_uris_sqlite_accepts(posix, uri):
    """SQLite refuses Path.as_uri()'s file://server/share form ("invalid uri authority")."""
    assert backup._uri_of(posix) == uri


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_a_backup_whose_name_is_not_utf8_is_checked_and_restored(tmp_path):
    """The URI is built from the path's own bytes (quote() of the text refused surrogates)."""
    import os

    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "init").code == 0
    name = os.fsdecode(os.fsencode(tmp_path) + b"/" + "备份".encode("gbk") + b".sqlite")
    assert run_cli("--db", str(db), "backup", name).code == 0
    backup.check_backup(Path(name))  # opens it read-only through readonly_uri
    r = run_cli("--db", str(db), "restore", name)
    assert r.code == 0, r.err
