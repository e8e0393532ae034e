"""Opening a sound database in trouble is never called damaged (the window would offer to
replace it with an older backup): a lock another program holds, a full disk, a read-only
medium or an I/O error say what they are. The day's backup that cannot be written is said and
the database opens; no empty "backup" is left behind or counted."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import fresh_ws
from tracker.db import backup
from tracker.db import connect as connect_mod
from tracker.db.connect import open_database, open_error
from tracker.errors import TrackerError
from tracker.gui_main import startup_warnings


@pytest.mark.parametrize(("text", "code"), [
    ("database is locked", "db_busy_open"),
    ("database or disk is full", "db_disk_full_open"),
    ("attempt to write a readonly database", "db_readonly"),
    ("disk I/O error", "db_io_error"),
    ("unable to open database file", "db_cannot_open"),
])
def test_operational_errors_at_opening_say_what_they_are(text, code, tmp_path):
    err = open_error(sqlite3.OperationalError(text), tmp_path / "办公室.sqlite")
    assert err.code == code and err.exit_code == 2
    assert "损坏" not in err.message()
    assert "办公室.sqlite" in err.message() or code == "db_readonly"  # said for writes too


def test_only_a_file_sqlite_cannot_read_is_damaged_or_not_ours(tmp_path):
    path = tmp_path / "x.sqlite"
    assert open_error(sqlite3.DatabaseError("database disk image is malformed"), path).code \
        == "db_damaged"
    assert open_error(sqlite3.DatabaseError("file is not a database"), path).code \
        == "db_not_sqlite"


@pytest.mark.slow
def test_a_database_another_program_holds_locked_is_busy_not_damaged(tmp_path):
    ws = fresh_ws(tmp_path)
    ws.db.execute("PRAGMA journal_mode = delete")  # as right after a restore from backup
    ws.close()
    holder = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(TrackerError) as e:
            open_database(tmp_path / "t.sqlite", daily_backup=False)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert e.value.code == "db_busy_open"
    db, _ = open_database(tmp_path / "t.sqlite")  # sound: it opens once the lock is gone
    db.close()


class _FullDisk:
    """A connection whose backup hits a full disk half-way (the file is created)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def backup(self, target: sqlite3.Connection) -> None:
        target.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("database or disk is full")

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.conn, name)


def test_a_backup_that_fails_leaves_no_file_and_does_not_count(tmp_path):
    ws = fresh_ws(tmp_path)
    dest = tmp_path / "backups" / "t-20261128-090000-000000-daily.sqlite"
    with pytest.raises(TrackerError) as e:
        backup.backup_to(_FullDisk(ws.db.conn), dest)
    assert e.value.code == "backup_target_unwritable" and not dest.exists()
    ws.close()
    for old in backup.list_backups(tmp_path / "t.sqlite"):
        old.unlink()
    empty = backup.backup_dir(tmp_path / "t.sqlite") / dest.name.replace("20261128", "20190705")
    empty.touch()  # an empty file left by an earlier version
    from datetime import date

    assert not backup.has_backup_today(tmp_path / "t.sqlite", date(2019, 7, 5))


def test_the_days_backup_failing_is_said_and_the_database_opens(tmp_path, monkeypatch):
    ws = fresh_ws(tmp_path)
    ws.close()
    for old in backup.list_backups(tmp_path / "t.sqlite"):
        old.unlink()

    def full(*_args, **_kw):  # noqa: ANN002, ANN003, ANN202
        raise TrackerError("backup_target_unwritable", path="b.sqlite",
                           detail="database or disk is full")

    monkeypatch.setattr(backup, "make_backup", full)
    db, info = open_database(tmp_path / "t.sqlite")
    assert info.backup_failed == "database or disk is full"
    assert db.execute("SELECT count(*) FROM unit").fetchone()[0] > 0
    db.close()
    [text] = startup_warnings(info, tmp_path / "t.sqlite")
    assert "自动备份没能写入" in text and "database or disk is full" in text


def test_a_read_only_file_is_said_when_opened(tmp_path, monkeypatch):
    ws = fresh_ws(tmp_path)
    ws.close()
    monkeypatch.setattr(connect_mod.os, "access", lambda p, mode: mode != os.W_OK)
    db, info = open_database(tmp_path / "t.sqlite")
    db.close()
    assert info.read_only_file
    assert any("只读" in t and "无法保存修改" in t for t in startup_warnings(info, tmp_path / "t.sqlite"))


def test_a_wal_database_on_a_read_only_medium_is_read_as_immutable(tmp_path, monkeypatch):
    ws = fresh_ws(tmp_path)
    ws.close()
    real = sqlite3.connect
    opened: list[str] = []

    def medium(target, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        opened.append(str(target))
        if "mode=ro" in str(target) and "immutable=1" not in str(target):
            raise sqlite3.OperationalError("unable to open database file")  # no -shm possible
        return real(target, *args, **kw)

    monkeypatch.setattr(connect_mod.sqlite3, "connect", medium)
    db, _ = open_database(tmp_path / "t.sqlite", readonly=True)
    assert db.execute("SELECT count(*) FROM measure").fetchone()[0] == 31
    db.close()
    assert opened[-1].endswith("&immutable=1")
    Path(f"{tmp_path / 't.sqlite'}-wal").write_bytes(b"x" * 64)  # a log that waits: not ignored
    with pytest.raises(TrackerError) as e:
        open_database(tmp_path / "t.sqlite", readonly=True)
    assert e.value.code == "db_cannot_open"


def test_a_reading_command_on_a_read_only_folder_opens_read_only(tmp_path, monkeypatch):
    """No lock file can be made beside the database (a CD, a write-protected share): the
    database is opened read-only, so SQLite makes no files beside it either."""
    from tracker.db.lock import DbLock
    from tracker.services import workspace

    fresh_ws(tmp_path).close()

    def refused(self):  # noqa: ANN001, ANN202
        raise TrackerError("db_readonly", exit_code=2)

    seen: list[bool] = []
    real = workspace.open_database

    def spy(path, *, readonly=False, **kw):  # noqa: ANN001, ANN003, ANN202
        seen.append(readonly)
        return real(path, readonly=readonly, **kw)

    monkeypatch.setattr(DbLock, "acquire", refused)
    monkeypatch.setattr(workspace, "open_database", spy)
    ws = workspace.open_workspace(tmp_path / "t.sqlite", who="t", lock=False)
    assert seen == [True] and ws.db.execute("SELECT count(*) FROM measure").fetchone()[0] == 31
    ws.close()


def test_a_failed_backup_over_an_existing_file_leaves_that_file(tmp_path):
    ws = fresh_ws(tmp_path)
    dest = backup.backup_to(ws.db.conn, tmp_path / "上周.sqlite")
    with pytest.raises(TrackerError):
        backup.backup_to(_FullDisk(ws.db.conn), dest)  # the user chose to overwrite it
    ws.close()
    kept = sqlite3.connect(dest)  # still there, with last week's data
    assert kept.execute("SELECT count(*) FROM measure").fetchone()[0] == 31
    kept.close()


def test_a_restore_that_fails_on_the_disk_is_restore_failed(tmp_path, monkeypatch):
    ws = fresh_ws(tmp_path)
    copy = backup.backup_to(ws.db.conn, tmp_path / "备份.sqlite")
    ws.close()
    real = sqlite3.connect

    def source(target, *args, **kw):  # noqa: ANN001, ANN002, ANN003, ANN202
        conn = real(target, *args, **kw)
        return _FullDisk(conn) if "mode=ro" in str(target) else conn

    monkeypatch.setattr(backup.sqlite3, "connect", source)
    with pytest.raises(TrackerError) as e:
        backup.restore_from(copy, tmp_path / "t.sqlite", who="t")
    assert e.value.code == "restore_failed" and "database or disk is full" in e.value.message()
