"""Opening a database: refuse what is not ours or too new, back up, migrate, set pragmas."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tracker.db import backup
from tracker.db.database import Database
from tracker.db.schema_version import MIGRATION_SET, latest_version, migration_names
from tracker.errors import TrackerError
from tracker.paths import is_network_path

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class OpenInfo:
    path: Path
    created: bool = False
    migrated: list[str] = field(default_factory=list)
    backups: list[Path] = field(default_factory=list)
    network_drive: bool = False
    readonly: bool = False
    damaged: bool = False  # PRAGMA quick_check failed at the day's first opening (no backup made)
    backup_failed: str = ""  # the day's automatic backup could not be written (why)
    read_only_file: bool = False  # opened for writing, but the file cannot be written


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise TrackerError("db_is_folder", exit_code=2, path=str(path))
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise TrackerError("db_not_sqlite", exit_code=2, path=str(path))


def schema_state(conn: sqlite3.Connection) -> tuple[int, list[str]]:
    """(PRAGMA user_version, applied migration names of our set)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='_sqlite_migrations'"
    ).fetchone()
    names: list[str] = []
    if has_table:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
    return version, names


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    version, names = schema_state(conn)
    unknown = [n for n in names if n not in migration_names()]
    if version > latest_version() or unknown:
        raise TrackerError("db_too_new", exit_code=2, path=str(path), version=version,
                           ours=latest_version())


def open_error(exc: sqlite3.Error, path: Path) -> TrackerError:
    """What an SQLite error met while opening means to the user. Only a file SQLite cannot read
    as a database is "not ours" or "damaged" (the window then offers a backup); a lock another
    program holds, a full disk, a read-only medium or an I/O error leave the file alone."""
    text = str(exc).lower()
    where = {"path": str(path), "detail": str(exc)}
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return TrackerError("db_busy_open", exit_code=2, **where)
        if "full" in text:
            return TrackerError("db_disk_full_open", exit_code=2, **where)
        if "readonly" in text or "read-only" in text:
            return TrackerError("db_readonly", exit_code=2, **where)
        if "disk i/o" in text:
            return TrackerError("db_io_error", exit_code=2, **where)
        if "unable to open" in text:
            return TrackerError("db_cannot_open", exit_code=2, **where)
        return TrackerError("db_error", exit_code=2, **where)
    return TrackerError("db_damaged" if "malformed" in text else "db_not_sqlite", exit_code=2,
                        **where)


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Read-only; on a read-only medium a WAL database cannot make its ``-shm`` file: then it is
    read as immutable, when no write-ahead log waits beside it (it would be ignored)."""
    conn = None
    try:
        conn = sqlite3.connect(backup.readonly_uri(path), uri=True, check_same_thread=False)
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if conn is not None:
            conn.close()
        wal = Path(f"{path}-wal")
        if "unable to open" not in str(exc).lower() or (wal.exists() and wal.stat().st_size):
            raise
    return sqlite3.connect(backup.readonly_uri(path) + "&immutable=1", uri=True,
                           check_same_thread=False)


def open_database(path: Path | str, *, readonly: bool = False, migrate: bool = True,
                  daily_backup: bool = True) -> tuple[Database, OpenInfo]:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = Path(path)
    info = OpenInfo(path=path, readonly=readonly)
    _check_file(path)
    existed = path.exists() and path.stat().st_size > 0
    if readonly and not existed:
        raise TrackerError("db_missing", exit_code=2, path=str(path))
    try:
        if readonly:
            conn = _connect_readonly(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        _refuse_newer(conn, path)
    except sqlite3.DatabaseError as exc:
        if "conn" in locals():
            conn.close()
        # raised outside the except: the traceback would keep the file open (a restore moves it)
        error = open_error(exc, path)
    except TrackerError:
        conn.close()
        raise
    else:
        error = None
    if error is not None:
        raise error
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    if readonly:
        return db, info
    info.network_drive = is_network_path(path)
    info.read_only_file = existed and not os.access(path, os.W_OK)
    try:
        if not info.network_drive:
            db.enable_wal()
        else:
            db.disable_wal()
        applied = schema_state(conn)[1]
        pending = [n for n in migration_names() if n not in applied] if migrate else []
        if pending and existed:
            info.backups.append(backup.make_backup(conn, path, "before-migration"))
        if pending:
            from tracker.db.migrations import apply_pending  # imports sqlite-utils

            apply_pending(conn)
            db.execute(f"PRAGMA user_version = {latest_version()}")
            info.migrated = pending
        info.created = not existed
        if daily_backup and existed and not backup.has_backup_today(path):
            # a damaged database is not copied over the good backups (only the last 10 stay)
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            if not ok:
                info.damaged = True
            elif not info.read_only_file:
                try:  # a full disk or a read-only backups folder: said, the database opens
                    info.backups.append(backup.make_backup(conn, path, "daily"))
                except TrackerError as exc:
                    info.backup_failed = str(exc.data.get("detail") or exc.code)
    except sqlite3.OperationalError as exc:
        conn.close()
        error = open_error(exc, path)
    except sqlite3.DatabaseError as exc:  # "malformed": found by the day's check or an upgrade
        conn.close()
        error = TrackerError("db_damaged", exit_code=2, path=str(path), detail=str(exc))
    else:
        return db, info
    raise error  # outside the except: its traceback would keep the file open


def damage_error(exc: BaseException, path: Path | str) -> TrackerError | None:
    """``db_damaged`` for SQLite's "malformed" kind of error (a page of the file cannot be
    read), else None."""
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return TrackerError("db_damaged", exit_code=2, path=str(path), detail=str(exc))
    return None


def open_worker_connection(path: Path | str) -> Database:
    """A second connection for a background thread (WAL lets the UI read meanwhile)."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    return db
