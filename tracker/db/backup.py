"""Backups through SQLite's backup API, kept beside the database in ``backups/``."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
    finally:
        target.close()
    return dest


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_dir(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite"
    backup_to(conn, dest)
    prune(db_path)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"))


def prune(db_path: Path, keep: int = KEEP) -> None:
    files = list_backups(db_path)
    for old in files[:-keep] if len(files) > keep else []:
        old.unlink(missing_ok=True)


def has_backup_today(db_path: Path, today: date | None = None) -> bool:
    stamp = (today or date.today()).strftime("%Y%m%d")
    return any(f"-{stamp}-" in p.name for p in list_backups(db_path))


def restore_from(src: Path, db_path: Path) -> None:
    """Copy ``src`` (a backup) into the database at ``db_path`` through the backup API."""
    source = sqlite3.connect(f"file:{Path(src).resolve()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(db_path))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
