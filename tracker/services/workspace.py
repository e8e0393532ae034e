"""A workspace = one open database, the operator's name, and (for writers) the lock."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from tracker.db.connect import OpenInfo, open_database
from tracker.db.database import Database
from tracker.db.lock import DbLock
from tracker.db.queries import get_settings, list_policies


def default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some Windows set-ups
        return "操作员"


@dataclass
class Workspace:
    db: Database
    path: Path
    who: str
    info: OpenInfo
    lock: DbLock | None = None
    reread: int = 0  # deadlines stored as unreadable that opening read with today's rules

    def settings(self) -> dict[str, str]:
        return get_settings(self.db)

    def setting_int(self, key: str, settings: dict[str, str] | None = None) -> int:
        try:
            return int((settings or self.settings())[key])
        except (KeyError, ValueError):
            from tracker.db.queries import DEFAULT_SETTINGS

            return int(DEFAULT_SETTINGS[key])

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None


def open_workspace(path: Path | str, *, who: str | None = None, program: str = "tracker",
                   readonly: bool = False, lock: bool = True, seed: bool = True,
                   reread: bool = True) -> Workspace:
    """Open the database at ``path`` (created with the embedded default policy when new).
    A writer's opening reads old unreadable deadlines again (``reread``; not when the user has
    yet to say whether anything is written, as at an interactive import's question)."""
    path = Path(path)
    held = DbLock(path, program).acquire() if (lock and not readonly) else None
    # Without the lock (reading commands) the lock is still taken for the moment of opening,
    # because opening may upgrade the schema or load the default policy: both are writes. When
    # another program holds it, the database is opened as it is; one that needs upgrading then
    # is refused (that program has it open and will upgrade it).
    brief = None
    if not held and not readonly:
        from tracker.errors import TrackerError

        try:
            brief = DbLock(path, program).acquire()
        except TrackerError as exc:
            if exc.code not in ("db_locked", "db_readonly"):  # read-only folder: no lock file
                raise
            # a reading command on a read-only medium (a CD, a write-protected share): read
            # only, so SQLite does not try to make its files beside the database
            readonly = exc.code == "db_readonly" and path.exists()
    try:
        db, info = open_database(path, readonly=readonly,
                                 migrate=bool(held or brief or readonly))
        if not (held or brief or readonly) and needs_upgrade(db):
            db.close()
            DbLock(path, program).acquire()  # raises db_locked, naming who has it
    except BaseException:
        for taken in (held, brief):
            if taken:
                taken.release()
        raise
    ws = Workspace(db, path, who or default_operator(), info, held)
    try:
        if seed and not readonly and (held or brief) and not list_policies(db):
            from tracker.services.seeding import load_default

            load_default(ws)
        if held and reread:  # a writer's opening, never a reading command's or a dry run's
            ws.reread = _reread_deadlines(ws)
    except Exception as exc:
        from tracker.db.connect import damage_error

        ws.close()  # the lock with it
        damaged = damage_error(exc, path)
        if damaged is not None:
            raise damaged from exc
        raise
    finally:
        if brief:
            brief.release()
    return ws


def _reread_deadlines(ws: Workspace) -> int:
    """Deadlines an earlier version stored as unreadable, read with today's rules. A database
    without its assignment table is left to the checks that say so (self-test, ``tracker
    check``)."""
    from tracker.services.assignments import reread_deadlines

    if "assignment" not in ws.db.table_names():
        return 0
    return reread_deadlines(ws)


def needs_upgrade(db: Database) -> bool:
    from tracker.db.connect import schema_state
    from tracker.db.schema_version import migration_names

    applied = schema_state(db.conn)[1]
    return any(n not in applied for n in migration_names())
