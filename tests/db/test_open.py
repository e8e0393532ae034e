"""Opening databases: new, old fixtures, newer, not SQLite, read-only, full disk, locked."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.helpers import fresh_ws, snapshot
from tracker.db import backup
from tracker.db.connect import open_database, schema_state
from tracker.db.queries import list_units, measures
from tracker.db.schema_version import latest_version, migration_names
from tracker.errors import TrackerError
from tracker.services import assignments
from tracker.services.workspace import open_workspace

FIXTURES = __import__("pathlib").Path(__file__).parent.parent / "fixtures" / "db"


def test_new_database_has_every_migration(tmp_path):
    db, info = open_database(tmp_path / "new.sqlite")
    version, names = schema_state(db.conn)
    assert info.created and names == migration_names() and version == latest_version()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("v*.sqlite")))
def test_old_fixture_upgrades_through_the_normal_path(tmp_path, fixture):
    path = tmp_path / fixture
    shutil.copy(FIXTURES / fixture, path)
    before = {t: sqlite3.connect(path).execute(f"SELECT * FROM {t}").fetchall()
              for t in ("policy", "report", "change_log")}
    ws = open_workspace(path, who="测试")
    version, names = schema_state(ws.db.conn)
    assert names == migration_names() and version == latest_version()
    for table in ("policy", "report", "change_log"):
        assert ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(before[table])
    assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []
    # a migration was pending only for the older fixture: then a backup was made first
    if fixture.startswith("v1"):
        assert ws.info.migrated == migration_names()[1:]
        assert any("before-migration" in p.name for p in backup.list_backups(path))
    ws.close()


def _make_newer(path):
    ws = open_workspace(path, who="t")
    ws.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('tracker', '0099_future', 'x')")
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()


def test_newer_database_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "newer.sqlite"
    _make_newer(path)
    raw = path.read_bytes()
    with pytest.raises(TrackerError) as e:
        open_workspace(path, who="t")
    assert e.value.code == "db_too_new" and e.value.exit_code == 2
    assert "更新版本" in e.value.message()
    assert path.read_bytes() == raw
    assert not (tmp_path / "backups").exists()


def test_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库", encoding="utf-8")
    with pytest.raises(TrackerError) as e:
        open_workspace(path, who="t")
    assert e.value.code == "db_not_sqlite" and e.value.exit_code == 2
    assert path.read_text(encoding="utf-8") == "这不是数据库"


def test_read_only_database_refuses_writes_cleanly(tmp_path):
    path = tmp_path / "ro.sqlite"
    ws = fresh_ws(tmp_path, "ro.sqlite")
    ws.close()
    ws = open_workspace(path, who="t", readonly=True)  # SQLite mode=ro: holds as root too
    before = snapshot(ws)
    ms = measures(ws.db, 1)
    unit = list_units(ws.db)[0]
    with pytest.raises(TrackerError) as e:
        assignments.assign(ws, ms[0]["id"], unit["id"], "牵头")
    assert e.value.code == "db_readonly"
    assert snapshot(ws) == before
    ws.close()


def test_disk_full_mid_write_rolls_back(tmp_path):
    ws = fresh_ws(tmp_path)
    ms = measures(ws.db, 1)
    units = list_units(ws.db)
    before = snapshot(ws)
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(TrackerError) as e:
        for m in ms:  # far more than one free page can hold
            assignments.assign_many(ws, m["id"], [u["id"] for u in units], "责任",
                                    "2019年底前" + "。" * 2000)
    assert e.value.code == "disk_full"
    assert "磁盘空间不足" in e.value.message()
    ws.db.execute("PRAGMA max_page_count = 1073741823")
    assert snapshot(ws) == before
    ws.close()


def test_second_writer_is_refused_naming_the_holder(tmp_path):
    ws = fresh_ws(tmp_path)
    with pytest.raises(TrackerError) as e:
        open_workspace(tmp_path / "t.sqlite", who="b", program="第二个")
    assert e.value.code == "db_locked" and e.value.exit_code == 2
    assert "pytest" in e.value.message()
    ws.close()
    open_workspace(tmp_path / "t.sqlite", who="b").close()


def test_backup_then_restore_gives_equal_data(tmp_path):
    ws = fresh_ws(tmp_path)
    ms, units = measures(ws.db, 1), list_units(ws.db)
    assignments.assign(ws, ms[0]["id"], units[0]["id"], "牵头", "2019年6月底前")
    saved = snapshot(ws)
    dest = backup.backup_to(ws.db.conn, tmp_path / "b.sqlite")
    assignments.assign(ws, ms[1]["id"], units[0]["id"], "牵头")
    assert snapshot(ws) != saved
    ws.close()
    backup.restore_from(dest, tmp_path / "t.sqlite")
    ws = open_workspace(tmp_path / "t.sqlite", who="t")
    assert snapshot(ws) == saved
    ws.close()


def test_daily_backup_once_a_day_and_keep_last_ten(tmp_path):
    fresh_ws(tmp_path).close()
    for _ in range(3):
        open_workspace(tmp_path / "t.sqlite", who="t").close()
    daily = [p for p in backup.list_backups(tmp_path / "t.sqlite") if "daily" in p.name]
    assert len(daily) == 1
    ws = open_workspace(tmp_path / "t.sqlite", who="t")
    for _ in range(14):
        backup.make_backup(ws.db.conn, ws.path, "manual")
    assert len(backup.list_backups(ws.path)) == backup.KEEP
    ws.close()


def test_network_drive_disables_wal(tmp_path, monkeypatch):
    monkeypatch.setattr("tracker.db.connect.is_network_path", lambda p: True)
    db, info = open_database(tmp_path / "net.sqlite")
    assert info.network_drive
    assert db.execute("PRAGMA journal_mode").fetchone()[0] != "wal"


def test_network_detection_reads_mount_types(monkeypatch, tmp_path):
    from tracker import paths

    monkeypatch.setattr(paths, "_linux_fs_type", lambda p: "cifs")
    monkeypatch.setattr(paths.sys, "platform", "linux")
    assert paths.is_network_path(tmp_path)
    monkeypatch.setattr(paths, "_linux_fs_type", lambda p: "ext4")
    assert not paths.is_network_path(tmp_path)


def test_schema_version_lists_every_registered_migration():
    from tracker.db.migrations import registered_names

    assert registered_names() == migration_names()


def test_opening_an_up_to_date_database_does_not_load_sqlite_utils(tmp_path):
    import subprocess
    import sys

    fresh_ws(tmp_path).close()
    code = ("import sys; from tracker.services.workspace import open_workspace; "
            f"ws = open_workspace({str(tmp_path / 't.sqlite')!r}, who='t'); "
            "ws.close(); print('sqlite_utils' in sys.modules, 'filelock' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False False"
