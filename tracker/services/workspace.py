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
                   readonly: bool = False, lock: bool = True, seed: bool = True) -> Workspace:
    """Open the database at ``path`` (created with the embedded default policy when new)."""
    path = Path(path)
    held = DbLock(path, program).acquire() if (lock and not readonly) else None
    try:
        db, info = open_database(path, readonly=readonly)
    except BaseException:
        if held:
            held.release()
        raise
    ws = Workspace(db, path, who or default_operator(), info, held)
    if seed and not readonly and not list_policies(db):
        from tracker.services.seeding import load_default

        load_default(ws)
    return ws
