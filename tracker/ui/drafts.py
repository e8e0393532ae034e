"""Drafts of typed reports: what is typed is kept in a small JSON file until it is saved or
discarded, so a crash never loses the afternoon's typing.

One file per database + assignment + period in ``<data folder>/drafts``; written atomically
(temporary file in the same folder, flushed, then ``os.replace``), so a kill mid-write leaves the
previous draft intact.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tracker import paths


def default_drafts_dir() -> Path:
    """``<data folder>/drafts``; under tests (no user data folder) a temporary folder."""
    try:
        return paths.data_dir() / "drafts"
    except RuntimeError:
        return Path(tempfile.gettempdir()) / "policy-tracker-drafts"


@dataclass(frozen=True)
class Draft:
    fields: dict
    saved_at: datetime


@dataclass(frozen=True)
class DraftInfo:
    """A draft waiting in the folder: which report form it belongs to."""

    assignment_id: int
    period: str
    saved_at: datetime
    path: Path


def _db_key(db_path: Path) -> str:
    return hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:10]


def drafts_for_database(folder: Path, db_path: Path) -> list[DraftInfo]:
    """The drafts kept for one database, oldest first (unreadable files are left out)."""
    found = []
    for file in Path(folder).glob(f"report-{_db_key(db_path)}-a*.json"):
        try:
            payload = json.loads(file.read_text(encoding="utf-8"))
            found.append(DraftInfo(int(payload["assignment_id"]), str(payload["period"]),
                                   datetime.fromisoformat(payload["saved_at"]), file))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda d: d.saved_at)


class DraftStore:
    """The draft of one report form (database, assignment, period)."""

    def __init__(self, folder: Path, db_path: Path, assignment_id: int, period: str) -> None:
        self.folder = Path(folder)
        key = _db_key(db_path)
        self.path = self.folder / f"report-{key}-a{assignment_id}-{period}.json"
        self.meta = {"db": str(db_path), "assignment_id": assignment_id, "period": period}

    def save(self, fields: dict) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {**self.meta, "saved_at": datetime.now().isoformat(timespec="seconds"),
                   "fields": fields}
        fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def load(self) -> Draft | None:
        """The saved draft, or None (also for an unreadable file)."""
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
            return Draft(dict(payload["fields"]), datetime.fromisoformat(payload["saved_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
