"""One writer per database: an OS lock on ``<db>.lock`` (released by the kernel when the process
dies), held by the window and by every command-line writer. The holder is written beside it."""

from __future__ import annotations

import getpass
import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from tracker.errors import TrackerError


class DbLock:
    def __init__(self, db_path: Path, program: str) -> None:
        self.db_path = Path(db_path)
        self.program = program
        self._lock = FileLock(str(self.db_path) + ".lock", timeout=0)
        self._info = Path(str(self.db_path) + ".lock.json")

    def acquire(self) -> DbLock:
        try:
            self._lock.acquire()
        except Timeout:
            raise TrackerError("db_locked", exit_code=2, path=str(self.db_path),
                               holder=self.holder_text()) from None
        try:
            self._info.write_text(json.dumps({
                "pid": os.getpid(), "user": getpass.getuser(), "host": socket.gethostname(),
                "program": self.program}, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass
        return self

    def holder_text(self) -> str:
        try:
            info = json.loads(self._info.read_text(encoding="utf-8"))
            return f"{info.get('user', '?')}@{info.get('host', '?')} 的{info.get('program', '程序')}（进程 {info.get('pid', '?')}）"
        except (OSError, ValueError):
            return "另一个程序"

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                self._info.unlink(missing_ok=True)
            except OSError:
                pass
            self._lock.release()

    def __enter__(self) -> DbLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
