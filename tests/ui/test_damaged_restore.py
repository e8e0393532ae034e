"""A damaged database: the command line's `restore` and the window both restore it from a
sound backup, keeping the damaged file and recording who restored what."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.cli_run import run_cli
from tests.db.test_backup_safety import _damaged_copy
from tracker.db import backup
from tracker.errors import TrackerError
from tracker.ui.file_actions import PROGRAM, open_for_window

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "tracker_restore_zh_CN.qm"


@pytest.fixture
def damaged(tmp_path):
    """A demo database with one daily backup beside it, then damaged in place."""
    db = tmp_path / "台账.sqlite"
    assert run_cli("--db", str(db), "demo").code == 0
    assert run_cli("--db", str(db), "status").code == 0  # the day's backup
    [daily] = backup.list_backups(db)
    good = tmp_path / "good.sqlite"
    good.write_bytes(db.read_bytes())
    _damaged_copy(good, db)
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    with pytest.raises(TrackerError) as err:
        open_for_window(db, "测试员").close()
    assert err.value.code == "db_damaged"
    return db, daily


def _restored(db: Path, backup_file: Path, set_aside: bool = True) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        verb, summary = conn.execute(
            "SELECT verb, summary FROM action ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    assert verb == "restore" and backup_file.name in summary
    if set_aside:
        assert "已损坏" in summary
        [aside] = list(backup.backup_dir(db).glob(f"{db.stem}-damaged-*.sqlite"))
        assert aside not in backup.list_backups(db)  # kept, never offered as a backup nor pruned


def test_the_command_line_restores_over_a_damaged_database(damaged):
    """Damage the opening finds (the day's check, or a table read while opening): the file is
    set aside; damage it does not reach: a copy is backed up first, as for any restore."""
    db, daily = damaged
    r = run_cli("--db", str(db), "restore", str(daily))
    assert r.code == 0 and daily.name in r.err, r.err
    _restored(db, daily, set_aside="数据库已损坏" in r.err)
    assert run_cli("--db", str(db), "status").code == 0


def test_the_command_line_restores_a_database_that_does_not_open(damaged):
    db, daily = damaged
    data = bytearray(db.read_bytes())
    for i in range(100, 4096 * 2):  # the schema page too: nothing opens it
        data[i] ^= 0x5A
    db.write_bytes(bytes(data))
    r = run_cli("--db", str(db), "status")
    assert r.code == 2 and "已损坏" in r.err
    r = run_cli("--db", str(db), "restore", str(daily))
    assert r.code == 0 and "数据库已损坏" in r.err, r.err
    _restored(db, daily)


def test_the_window_offers_the_newest_sound_backup(damaged, qtbot):
    from tracker.ui.damaged_restore import offer_restore

    db, daily = damaged
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    asked, told = [], []
    try:
        assert offer_restore(db, "测试员", PROGRAM,
                             ask=lambda parent, title, text: asked.append(text) or True,
                             told=lambda parent, title, text: told.append(text))
    finally:
        QCoreApplication.removeTranslator(translator)
    [question] = asked
    assert f"数据库“{db.name}”已损坏" in question and daily.name not in question
    assert backup.backup_time(daily) in question and "年" in backup.backup_time(daily)
    assert "已用" in told[0] and backup.backup_time(daily) in told[0] and ".sqlite" not in told[0]
    _restored(db, daily)
    open_for_window(db, "测试员").close()


def test_the_window_restores_nothing_when_told_not_to(damaged):
    from tracker.ui.damaged_restore import offer_restore

    db, _ = damaged
    before = db.read_bytes()
    assert not offer_restore(db, "测试员", PROGRAM, ask=lambda *a: False, told=lambda *a: None)
    assert db.read_bytes() == before


def test_no_sound_backup_no_offer(tmp_path):
    from tracker.ui.damaged_restore import offer_restore

    db = tmp_path / "x.sqlite"
    db.write_bytes(b"SQLite format 3\x00" + b"\x5a" * 8000)
    asked = []
    assert not offer_restore(db, "测试员", PROGRAM, ask=lambda *a: asked.append(a) or True,
                             told=lambda *a: None)
    assert asked == []


def test_a_failed_restore_puts_the_damaged_file_back(damaged, monkeypatch):
    db, daily = damaged
    before = db.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(backup, "restore_from", broken)
    with pytest.raises(TrackerError):
        backup.restore_damaged(daily, db, who="测试员")
    assert db.read_bytes() == before


def test_a_failed_restore_puts_the_log_files_back_too(damaged, monkeypatch):
    db, daily = damaged
    Path(str(db) + "-wal").write_bytes(b"wal")  # the latest transactions live here
    before = db.read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(backup, "restore_from", broken)
    with pytest.raises(TrackerError) as err:
        backup.restore_damaged(daily, db, who="测试员")
    assert err.value.code == "restore_failed" and "disk full" in err.value.message()
    assert db.read_bytes() == before and Path(str(db) + "-wal").read_bytes() == b"wal"
    assert not list(backup.backup_dir(db).glob("*-damaged-*"))


def test_a_file_in_use_cannot_be_set_aside_and_says_so(damaged, monkeypatch):
    db, daily = damaged
    before = db.read_bytes()
    real = Path.replace

    def busy(self, target):
        if self == db:
            raise PermissionError(13, "另一个程序正在使用此文件")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", busy)
    with pytest.raises(TrackerError) as err:
        backup.restore_damaged(daily, db, who="测试员")
    assert err.value.code == "db_set_aside_failed" and "关闭正在使用它的其他程序" in err.value.message()
    assert db.read_bytes() == before


def test_a_database_whose_first_page_is_gone_can_be_restored(damaged):
    db, daily = damaged
    data = bytearray(db.read_bytes())
    data[:100] = b"\x00" * 100  # the header: "file is not a database"
    db.write_bytes(bytes(data))
    r = run_cli("--db", str(db), "status")
    assert r.code == 2
    r = run_cli("--db", str(db), "restore", str(daily))
    assert r.code == 0 and "数据库已损坏" in r.err, r.err
    _restored(db, daily)
