"""The connection every part of the program talks to: a thin layer over ``sqlite3`` with the
few operations the code uses (execute, query, atomic, WAL). sqlite-utils is imported only to
apply pending migrations (``tracker.db.migrations``): its import costs ~100 ms of start-up for
every window and every command, and nothing else here needs it.

The connection runs in autocommit mode: a statement outside ``atomic()`` commits at once, and
``atomic()`` is one transaction (``BEGIN IMMEDIATE``: the writer takes the write lock at the
start, so two writers never deadlock on an upgrade), nested blocks are savepoints.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_savepoints = itertools.count(1)


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        conn.isolation_level = None  # autocommit; transactions are explicit (atomic)
        self.conn = conn

    def __repr__(self) -> str:
        return f"<Database {self.conn!r}>"

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, () if params is None else params)

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(names, row, strict=True))

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside another one, a savepoint."""
        if self.conn.in_transaction:
            name = f"tracker_sp_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def enable_wal(self) -> None:
        if self.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.execute("PRAGMA journal_mode=wal")

    def disable_wal(self) -> None:
        if self.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            self.execute("PRAGMA journal_mode=delete")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        self.conn.close()
