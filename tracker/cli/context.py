"""What a command needs: the workspace it opens (locked when it writes) and the policy."""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker import usersettings
from tracker.paths import default_db_path
from tracker.services.workspace import Workspace, default_operator, open_workspace


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.ws: Workspace | None = None
        self._scratch = None  # a temporary folder holding a preview's throw-away database

    @property
    def db_path(self) -> Path:
        return Path(self.args.db) if self.args.db else default_db_path()

    def operator(self) -> str:
        return usersettings.load().get("operator") or default_operator()

    def open(self, write: bool = True, path: Path | None = None, seed: bool = True,
             must_exist: bool | None = None, scratch: bool = False,
             reread: bool = True) -> Workspace:
        """``must_exist`` (default: for reading commands) refuses a --db path that is not there
        instead of creating an empty database. ``scratch`` (a preview: import --dry-run): a
        database that is not there is made with the embedded default in a temporary folder,
        so there is a catalog to match against and nothing is written where --db points."""
        target = path or self.db_path
        if scratch and not Path(target).exists():
            import tempfile

            self._scratch = tempfile.TemporaryDirectory(prefix="tracker-preview-")
            path = target = Path(self._scratch.name) / "preview.sqlite"
            must_exist = False
        if must_exist is None:
            must_exist = not write
        if must_exist and self.args.db and not Path(target).exists():
            # a mistyped --db for a reading command must not create an empty database
            from tracker.errors import TrackerError

            raise TrackerError("db_missing", exit_code=2, path=str(target))
        self.ws = open_workspace(path or self.db_path, who=self.operator(),
                                 program="命令行 tracker", lock=write, seed=seed, reread=reread)
        if self.ws.info.damaged:
            import sys

            from tracker.messages import render

            print(render("db_damaged_no_backup", path=str(self.ws.path)), file=sys.stderr)
        if self.ws.info.backup_failed:
            import sys

            from tracker.messages import render

            print(render("db_backup_failed", detail=self.ws.info.backup_failed), file=sys.stderr)
        if self.ws.reread:
            import sys

            from tracker.messages import render

            print(render("deadlines_reread", count=self.ws.reread), file=sys.stderr)
        if self.ws.info.network_drive:
            import sys

            from tracker.messages import render

            print(render("db_network_drive", path=str(self.ws.path)), file=sys.stderr)
        return self.ws

    def policy(self) -> dict:
        from tracker.services.status import resolve_policy

        assert self.ws is not None
        return resolve_policy(self.ws, self.args.policy)

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
