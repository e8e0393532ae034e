"""Backups through SQLite's backup API, kept beside the database in ``backups/``."""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def backup_to(conn: sqlite3.Connection, dest: Path, *, overwrite: bool = True,
              source: Path | None = None) -> Path:
    """Copy the database into ``dest`` (a folder: a dated file inside it). Refused, with the
    target untouched: the database itself, a database another program has open (its lock is
    held), an existing file unless ``overwrite`` (the window's save dialog has asked), a target
    that cannot be written. The copy is a plain (rollback-journal) file, so it can be opened
    from a read-only medium."""
    from tracker.db.lock import in_use
    from tracker.errors import TrackerError

    dest = Path(dest)
    if dest.is_dir():
        stem = source.stem if source is not None else "数据库"
        dest = dest / f"{stem}-{datetime.now():%Y%m%d-%H%M%S-%f}-manual.sqlite"
    if source is not None and dest.exists() and dest.resolve() == Path(source).resolve():
        raise TrackerError("backup_onto_itself", exit_code=2, path=str(dest))
    if dest.exists():
        if in_use(dest):
            raise TrackerError("backup_target_in_use", exit_code=2, path=str(dest))
        if not overwrite:
            raise TrackerError("backup_target_exists", exit_code=2, path=str(dest))
    created = not dest.exists()  # a failed copy removes only a file it made itself
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(str(dest))
    except (OSError, sqlite3.Error) as exc:
        raise TrackerError("backup_target_unwritable", exit_code=2, path=str(dest),
                           detail=str(exc)) from None
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        target.close()
        if created:  # no empty "backup" left behind; an overwritten one SQLite rolled back
            for leftover in (dest, Path(f"{dest}-journal")):
                leftover.unlink(missing_ok=True)
        raise TrackerError("backup_target_unwritable", exit_code=2, path=str(dest),
                           detail=str(exc)) from None
    target.close()
    return dest


def make_backup(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = backup_dir(db_path) / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite"
    backup_to(conn, dest)
    prune(db_path)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups: ``<stem>-<date>-<time>-<µs>-<reason>.sqlite`` exactly, so the
    backups of 办公室-2019.sqlite are never taken for those of 办公室.sqlite (nor pruned)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    own = re.compile(re.escape(Path(db_path).stem) + r"-\d{8}-\d{6}-\d{6}-[a-z-]+\.sqlite")
    return sorted(p for p in folder.glob(f"{glob.escape(Path(db_path).stem)}-*.sqlite")
                  if own.fullmatch(p.name))


def prune(db_path: Path, keep: int = KEEP) -> None:
    files = list_backups(db_path)
    for old in files[:-keep] if len(files) > keep else []:
        old.unlink(missing_ok=True)


def has_backup_today(db_path: Path, today: date | None = None) -> bool:
    stamp = (today or date.today()).strftime("%Y%m%d")
    return any(f"-{stamp}-" in p.name and p.stat().st_size > 0 for p in list_backups(db_path))


REQUIRED_TABLES = ("policy", "task", "measure", "unit", "assignment", "report", "action",
                   "change_log")


def readonly_uri(path: Path | str) -> str:
    """An SQLite URI opening ``path`` read-only. Never the path pasted in ("#" would end it and
    drop ``mode=ro``, "%20" would be read as a space), and never ``Path.as_uri()``: SQLite
    refuses its ``file://server/share`` form of a UNC path (and Windows resolves a mapped
    drive to one) — a UNC path is ``file:////server/share/…``, a drive ``file:///C:/…``."""
    return _uri_of(Path(path).resolve().as_posix())


def _uri_of(posix: str) -> str:
    from urllib.parse import quote

    if posix.startswith("//"):  # \\server\share\…
        prefix = "file://"
    elif len(posix) > 1 and posix[1] == ":":  # C:/…
        prefix = "file:///"
    else:
        prefix = "file:"
    # the path's own bytes: a name that is not UTF-8 (lone surrogates) is opened as it is
    return prefix + quote(os.fsencode(posix), safe=b"/:") + "?mode=ro"


def check_backup(src: Path) -> None:
    """Refuse a backup that is damaged (integrity check) or not a database of this program."""
    from tracker.errors import TrackerError

    try:
        conn = sqlite3.connect(readonly_uri(src), uri=True)
    except sqlite3.Error as exc:
        raise TrackerError("backup_damaged", exit_code=2, path=str(src), detail=str(exc)) from None
    try:
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as exc:
            raise TrackerError("backup_damaged", exit_code=2, path=str(src),
                               detail=str(exc)) from None
        if result != ["ok"]:
            raise TrackerError("backup_damaged", exit_code=2, path=str(src),
                               detail="；".join(result[:3]))
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            raise TrackerError("backup_not_ours", exit_code=2, path=str(src))
    finally:
        conn.close()


def restore_from(src: Path, db_path: Path, who: str = "", saved: Path | None = None) -> None:
    """Copy ``src`` (a backup, checked first) into the database at ``db_path`` through the
    backup API, then record in the restored database who restored which file, when, and where
    the database from before the restore was saved (an ``action`` row, verb ``restore``)."""
    from tracker.errors import TrackerError
    from tracker.paths import shown_name

    check_backup(src)
    # worded before anything is copied (a name that is not UTF-8 is read back, never a crash
    # between the copy and its record)
    name, kept = shown_name(Path(src).name), shown_name(Path(saved).name) if saved else ""
    summary = f"从备份“{name}”恢复" + (f"（恢复前的数据库已备份为“{kept}”）" if saved else "")
    if saved and "-damaged-" in kept:
        summary = f"数据库已损坏，从备份“{name}”恢复（损坏的文件已移到“{kept}”）"
    try:
        source = sqlite3.connect(readonly_uri(src), uri=True)
        try:
            target = sqlite3.connect(str(db_path))
            try:
                source.backup(target)  # in one transaction: a failure leaves the file as it was
                with target:
                    target.execute("INSERT INTO action (at, who, verb, summary) VALUES "
                                   "(?, ?, ?, ?)", [datetime.now().isoformat(timespec="seconds"),
                                                    who, "restore", summary])
            finally:
                target.close()
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:  # a full disk, an I/O error
        raise TrackerError("restore_failed", exit_code=1, path=str(db_path),
                           detail=str(exc)) from None


def set_aside(db_path: Path) -> Path:
    """Move a database that cannot be opened (and its -wal / -shm files) into ``backups/`` as
    ``<stem>-damaged-<time>.sqlite``: kept for a specialist, never listed as a backup (the
    name does not follow the pattern) nor pruned."""
    from tracker.errors import TrackerError

    db_path = Path(db_path)
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{db_path.stem}-damaged-{stamp}.sqlite"
    moved: list[tuple[Path, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):  # a stale log must never meet the restored file
            side = Path(str(db_path) + suffix)
            if suffix == "" or side.exists():
                side.replace(Path(str(dest) + suffix))
                moved.append((Path(str(dest) + suffix), side))
    except OSError as exc:  # in use by another program (Windows), no right to write
        _move_back(moved)
        raise TrackerError("db_set_aside_failed", exit_code=2, path=str(db_path),
                           detail=exc.strerror or str(exc)) from None
    return dest


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for now, was in reversed(moved):
        now.replace(was)


def restore_damaged(src: Path, db_path: Path, who: str = "") -> Path:
    """Restore a database that cannot be opened from the backup ``src`` (checked first): the
    damaged file is set aside (``set_aside``), the backup copied into its place, and the restore
    recorded. The caller holds the database's lock. Returns where the damaged file went; on
    failure everything is put back as it was."""
    from tracker.errors import TrackerError

    check_backup(src)
    aside = set_aside(db_path)
    try:
        restore_from(src, db_path, who=who, saved=aside)
    except BaseException as exc:
        for suffix in ("", "-wal", "-shm", "-journal"):  # what the failed copy left
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        _move_back([(Path(str(aside) + suffix), Path(str(db_path) + suffix))
                    for suffix in ("", "-wal", "-shm") if Path(str(aside) + suffix).exists()])
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise TrackerError("restore_failed", exit_code=1, path=str(db_path),
                               detail=str(exc)) from None
        raise
    return aside


def newest_sound_backup(db_path: Path) -> Path | None:
    """The most recent of this database's backups that passes ``check_backup``."""
    from tracker.errors import TrackerError

    for candidate in reversed(list_backups(db_path)):
        try:
            check_backup(candidate)
        except TrackerError:
            continue
        return candidate
    return None


def backup_time(path: Path) -> str:
    """When a backup was made, from its name, as users write it (2019年12月5日 08:30)."""
    m = re.search(r"-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})\d{2}-\d{6}-[a-z-]+\.sqlite$", Path(path).name)
    if m is None:
        return ""
    y, mo, d, h, mi = (int(g) for g in m.groups())
    return f"{y}年{mo}月{d}日 {h:02d}:{mi:02d}"
