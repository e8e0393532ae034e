"""Where data lives: portable mode (a ``data`` folder beside the frozen executable) and the
network-drive check (mount table and Windows drive type mocked), which turns WAL off."""

from __future__ import annotations

import ctypes
import logging
import sqlite3
import sys
from pathlib import Path, PurePosixPath
from types import SimpleNamespace

import pytest

from tracker import paths
from tracker.db import backup
from tracker.db.connect import open_database
from tracker.messages import render

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def frozen_app(tmp_path, monkeypatch):
    """Pretend to be the frozen program ``<tmp>/app/tracker.exe``; returns the app folder."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "tracker.exe"))
    monkeypatch.delenv("TRACKER_DATA_DIR", raising=False)
    return app


@pytest.fixture
def root_logging():
    """The CLI adds a log file handler to the root logger: take it off again."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


# ---------------------------------------------------------------- portable mode


def test_source_run_app_dir_is_the_repository():
    assert not getattr(sys, "frozen", False)
    assert paths.app_dir() == ROOT


def test_portable_data_folder_beside_the_executable(frozen_app):
    data = frozen_app / "data"
    data.mkdir()
    assert paths.app_dir() == frozen_app
    assert paths.portable_data_dir() == data
    assert paths.data_dir() == data
    assert paths.default_db_path() == data / "tracker.sqlite"
    assert paths.demo_db_path() == data / "demo.sqlite"
    assert paths.log_path().parent == data / "logs"
    assert backup.backup_dir(paths.default_db_path()) == data.resolve() / "backups"


def test_without_data_folder_the_user_folder_is_used(frozen_app, monkeypatch, tmp_path):
    assert paths.portable_data_dir() is None
    with pytest.raises(RuntimeError):  # conftest forbids the real user folder
        paths.data_dir()
    import platformdirs

    user = tmp_path / "user-data"
    monkeypatch.delenv("TRACKER_NO_USER_DATA")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(user))
    assert paths.data_dir() == user and user.is_dir()


def test_a_file_named_data_is_not_a_portable_folder(frozen_app):
    (frozen_app / "data").write_text("x", encoding="utf-8")
    assert paths.portable_data_dir() is None


def test_tracker_data_dir_overrides_portable(frozen_app, monkeypatch, tmp_path):
    (frozen_app / "data").mkdir()
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"


def test_cli_demo_and_log_go_to_the_portable_folder(frozen_app, root_logging):
    from tracker.cli import main

    data = frozen_app / "data"
    data.mkdir()
    assert main(["demo"]) == 0
    assert (data / "demo.sqlite").stat().st_size > 0
    assert (data / "logs" / "tracker.log").exists()
    assert main(["--db", str(data / "demo.sqlite"), "backup"]) == 0
    assert list((data / "backups").glob("demo-*.sqlite"))


# ---------------------------------------------------------------- network drive: Linux


MOUNTS = r"""/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/office /mnt/nas cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/nas-local ext4 rw 0 0
server:/export /srv/share nfs4 rw 0 0
/dev/sdb2 /srv/share/local ext4 rw 0 0
//nas/x /mnt/my\040share cifs rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.fixture
def mount_table(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS, encoding="utf-8")
    monkeypatch.setattr(paths, "MOUNTS_FILE", str(table))


@pytest.mark.parametrize(("path", "fstype"), [
    ("/home/user/tracker.sqlite", "ext4"),
    ("/mnt/nas/政策/tracker.sqlite", "cifs"),
    ("/mnt/nas", "cifs"),
    ("/mnt/nas-local/tracker.sqlite", "ext4"),  # a longer name is not a sub-folder
    ("/srv/share/t.sqlite", "nfs4"),
    ("/srv/share/local/t.sqlite", "ext4"),  # a local disk mounted inside the share
    ("/mnt/my share/t.sqlite", "cifs"),  # \040 in /proc/mounts is a space
    ("/run/user/1000/gvfs/smb-share:server=nas,share=office/t.sqlite", "fuse.gvfsd-fuse"),
])
def test_mount_type_of_a_path(mount_table, path, fstype):
    assert paths._linux_fs_type(PurePosixPath(path)) == fstype


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths")
@pytest.mark.parametrize(("path", "network"), [
    ("/mnt/nas/t.sqlite", True), ("/srv/share/t.sqlite", True), ("/home/u/t.sqlite", False),
    ("/mnt/nas-local/t.sqlite", False), ("/run/user/1000/gvfs/smb-share:x/t.sqlite", True),
])
def test_network_detection_from_mount_table(mount_table, monkeypatch, path, network):
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.is_network_path(Path(path)) is network


def test_unreadable_mount_table_means_local(monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "MOUNTS_FILE", str(tmp_path / "missing"))
    assert paths._linux_fs_type(PurePosixPath("/mnt/nas/t.sqlite")) == ""


# ---------------------------------------------------------------- network drive: Windows


@pytest.fixture
def fake_windll(monkeypatch):
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return paths.DRIVE_REMOTE if root.upper() == "Z:\\" else 3  # 3 = DRIVE_FIXED

    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(
        kernel32=SimpleNamespace(GetDriveTypeW=drive_type)), raising=False)
    return asked


@pytest.mark.parametrize(("path", "network"), [
    ("Z:\\政策\\tracker.sqlite", True),
    ("z:\\tracker.sqlite", True),
    ("C:\\Users\\li\\tracker.sqlite", False),
    ("\\\\nas\\office\\tracker.sqlite", True),
    ("\\\\?\\UNC\\nas\\office\\tracker.sqlite", True),
    ("\\\\?\\C:\\very\\long\\path\\tracker.sqlite", False),
])
def test_windows_drive_type(fake_windll, path, network):
    assert paths._windows_is_remote(path) is network


def test_windows_asks_the_drive_root(fake_windll):
    paths._windows_is_remote("D:\\data\\t.sqlite")
    assert fake_windll == ["D:\\"]


def test_windows_branch_is_used_and_failures_mean_local(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(paths, "_windows_is_remote", lambda text: seen.append(text) or True)
    assert paths.is_network_path(tmp_path / "t.sqlite")
    assert seen == [str((tmp_path / "t.sqlite").resolve())]

    def broken(text):
        raise AttributeError("windll")

    monkeypatch.setattr(paths, "_windows_is_remote", broken)
    assert not paths.is_network_path(tmp_path / "t.sqlite")


# ---------------------------------------------------------------- what a network drive changes


def test_network_database_does_not_use_wal(tmp_path, monkeypatch):
    path = tmp_path / "shared.sqlite"
    db, info = open_database(path)  # made on a local disk: WAL
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.conn.close()
    monkeypatch.setattr("tracker.db.connect.is_network_path", lambda p: True)
    db, info = open_database(path)
    assert info.network_drive
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    db.conn.close()
    assert not path.with_name(path.name + "-wal").exists()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_cli_warns_about_a_network_database(tmp_path, monkeypatch, capsys, root_logging):
    from tracker.cli import main

    path = tmp_path / "shared.sqlite"
    monkeypatch.setattr("tracker.db.connect.is_network_path", lambda p: True)
    assert main(["--db", str(path), "init"]) == 0
    err = capsys.readouterr().err
    assert render("db_network_drive", path=str(path)) in err
    assert "网络" in err and "WAL" in err
    monkeypatch.setattr("tracker.db.connect.is_network_path", lambda p: False)
    assert main(["--db", str(path), "units"]) == 0
    assert "网络" not in capsys.readouterr().err


def test_dialogs_start_in_documents_when_the_database_is_in_the_hidden_data_folder(
        tmp_path, monkeypatch):
    import platformdirs

    from tracker.paths import output_start_dir

    hidden, documents = tmp_path / "AppData" / "PolicyTracker", tmp_path / "文档"
    hidden.mkdir(parents=True)
    documents.mkdir()
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(hidden))
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    assert output_start_dir(hidden / "tracker.sqlite") == documents
    assert output_start_dir(hidden / "sub" / "x.sqlite") == documents
    own = tmp_path / "双创办" / "tracker.sqlite"  # a folder the user chose: beside the database
    assert output_start_dir(own) == own.parent
    documents.rmdir()  # no Documents folder (a bare Linux account): the home folder
    assert output_start_dir(hidden / "tracker.sqlite") == Path.home()
