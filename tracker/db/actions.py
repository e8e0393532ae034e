"""The one write path: every change runs inside an ``Action`` (one transaction per user action)
that records who, when, and each field's old → new value in ``change_log`` (留痕).

Undo and redo are new actions that write the inverse changes; history is never deleted.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter
from typing import Any

from tracker.db.database import Database
from tracker.errors import TrackerError

# Tables whose rows are user data (the change log covers exactly these).
LOGGED_TABLES = (
    "policy", "goal", "task", "measure", "unit", "unit_alias", "assignment", "extension",
    "report", "import_batch", "receipt", "setting",
)


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


_encode_str = json.encoder.encode_basestring  # the C encoder json.dumps uses for str
_encode_any = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False)


def _enc(value: Any) -> str | None:
    """JSON text of a field value (keeps the type: "5" and 5 stay different)."""
    if value is None:
        return None
    if isinstance(value, str):
        return _encode_str(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _encode_any(value)
    return repr(value)


def _dec(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# An inserted or deleted row is logged as one change-log row whose field is "*" and whose
# new (insert) or old (delete) value is the whole row as a JSON object; updates are logged field
# by field. Readers get field rows either way through ``expand_changes``.
WHOLE_ROW = "*"


def expand_changes(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Change-log rows with every whole-row record spread into one row per field."""
    out: list[dict[str, Any]] = []
    for r in rows:
        if r["field"] != WHOLE_ROW:
            out.append(r)
            continue
        values = _dec(r["new"] if r["op"] == "insert" else r["old"]) or {}
        for field, value in values.items():
            enc = _enc(value)
            out.append({**r, "field": field,
                        "old": None if r["op"] == "insert" else enc,
                        "new": enc if r["op"] == "insert" else None})
    return out


_COLUMNS: dict[tuple[int, str], frozenset[str]] = {}


def _columns(db: Database, table: str) -> frozenset[str]:
    key = (id(db.conn), table)
    if key not in _COLUMNS:
        _COLUMNS[key] = frozenset(r[1] for r in db.conn.execute(f"PRAGMA table_info([{table}])"))
    return _COLUMNS[key]


def _pk(table: str) -> str:
    return "key" if table == "setting" else "id"


class Action:
    """Collects the changes of one user action. Use through :func:`write_action`."""

    def __init__(self, db: Database, action_id: int, who: str, batch_id: int | None) -> None:
        self.db = db
        self.id = action_id
        self.who = who
        self.batch_id = batch_id
        self.at = now_iso()
        self.count = 0
        self._pending: list[tuple] = []

    def _log(self, table: str, row_id: Any, op: str, field: str, old: Any, new: Any) -> None:
        self._pending.append((self.id, self.at, self.who, table, row_id, op, field, _enc(old),
                              _enc(new), self.batch_id))
        self.count += 1
        if len(self._pending) >= 5000:
            self.flush()

    def flush(self) -> None:
        """Write the buffered change-log rows (inside the action's transaction)."""
        if self._pending:
            self.db.conn.executemany(
                "INSERT INTO change_log (action_id, at, who, table_name, row_id, op, field, old,"
                " new, batch_id) VALUES (?,?,?,?,?,?,?,?,?,?)", self._pending)
            self._pending = []

    def get(self, table: str, row_id: Any) -> dict[str, Any] | None:
        cur = self.db.conn.execute(f"SELECT * FROM [{table}] WHERE [{_pk(table)}] = ?",
                                   [row_id])
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def insert(self, table: str, values: dict[str, Any]) -> Any:
        cols = list(values)
        cur = self.db.conn.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})",
            [values[c] for c in cols],
        )
        row_id = values.get(_pk(table), cur.lastrowid)
        if _columns(self.db, table) <= values.keys() | {_pk(table)}:
            row = values  # every column given: no default filled in, no need to read back
        else:
            row = self.get(table, row_id) or {}
        whole = {f: v for f, v in row.items() if f != _pk(table) and v is not None}
        self._log(table, row_id, "insert", WHOLE_ROW, None, whole)
        return row_id

    def insert_many(self, table: str, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows that all give the same columns (not the key) in one statement; logged
        exactly as one :meth:`insert` per row would be. Returns the new ids, in order. The
        ids follow the table's largest one: the action's transaction holds the write lock."""
        if not rows:
            return []
        pk = _pk(table)
        cols = list(rows[0])
        if pk in cols or any(len(r) != len(cols) for r in rows):
            raise ValueError("insert_many: the same columns in every row, without the key")
        start = self.db.conn.execute(
            f"SELECT coalesce(max([{pk}]), 0) + 1 FROM [{table}]").fetchone()[0]
        ids = list(range(start, start + len(rows)))
        # the values in column order; a row lacking one of the columns raises KeyError
        values = itemgetter(*cols) if len(cols) > 1 else (lambda row: (row[cols[0]],))
        try:
            params = [(row_id, *values(row)) for row_id, row in zip(ids, rows, strict=True)]
        except KeyError:
            raise ValueError("insert_many: the same columns in every row, without the key") from None
        self.db.conn.executemany(
            f"INSERT INTO [{table}] ([{pk}], {', '.join(f'[{c}]' for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in range(len(cols) + 1))})", params)
        complete = _columns(self.db, table) <= set(cols) | {pk}
        log = self._pending.append
        head = (self.id, self.at, self.who, table)
        for row_id, row in zip(ids, rows, strict=True):
            full = row if complete else (self.get(table, row_id) or {})
            whole = {f: v for f, v in full.items() if v is not None and f != pk}
            log((*head, row_id, "insert", WHOLE_ROW, None, _encode_any(whole), self.batch_id))
        self.count += len(rows)
        self.flush()
        return ids

    def update(self, table: str, row_id: Any, values: dict[str, Any]) -> dict[str, tuple]:
        """Write only the fields whose value really changes; returns {field: (old, new)}."""
        old = self.get(table, row_id)
        if old is None:
            raise TrackerError("row_missing", table=table, row_id=row_id)
        changed = {k: (old[k], v) for k, v in values.items() if old.get(k) != v}
        if not changed:
            return {}
        sets = ", ".join(f"[{k}] = ?" for k in changed)
        self.db.conn.execute(
            f"UPDATE [{table}] SET {sets} WHERE [{_pk(table)}] = ?",
            [v for _, v in changed.values()] + [row_id],
        )
        for field, (o, n) in changed.items():
            self._log(table, row_id, "update", field, o, n)
        return changed

    def delete(self, table: str, row_id: Any) -> dict[str, Any]:
        old = self.get(table, row_id)
        if old is None:
            raise TrackerError("row_missing", table=table, row_id=row_id)
        self.db.conn.execute(f"DELETE FROM [{table}] WHERE [{_pk(table)}] = ?", [row_id])
        whole = {f: v for f, v in old.items() if f != _pk(table) and v is not None}
        self._log(table, row_id, "delete", WHOLE_ROW, whole, None)
        return old


def _translate(exc: sqlite3.Error) -> TrackerError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return TrackerError("db_readonly", exit_code=2)
    if "full" in text:
        return TrackerError("disk_full", exit_code=1)
    if "locked" in text or "busy" in text:
        return TrackerError("db_busy", exit_code=2)
    if "unique" in text:
        return TrackerError("duplicate_row", detail=str(exc))
    if "foreign key" in text:
        return TrackerError("row_in_use", detail=str(exc))
    return TrackerError("db_error", detail=str(exc))


@contextmanager
def write_action(
    db: Database,
    who: str,
    verb: str,
    summary: str = "",
    *,
    batch_id: int | None = None,
    undo_of: int | None = None,
) -> Iterator[Action]:
    """One user action = one transaction. Nothing is kept if the body raises."""
    try:
        with db.atomic():
            cur = db.execute(
                "INSERT INTO action (at, who, verb, summary, batch_id, undo_of)"
                " VALUES (?,?,?,?,?,?)",
                [now_iso(), who, verb, summary, batch_id, undo_of],
            )
            act = Action(db, cur.lastrowid, who, batch_id)
            yield act
            act.flush()
            if act.count == 0:
                db.execute("DELETE FROM action WHERE id = ?", [act.id])
                act.id = 0
            elif act.batch_id != batch_id:
                db.execute("UPDATE action SET batch_id = ? WHERE id = ?", [act.batch_id, act.id])
    except sqlite3.Error as exc:
        raise _translate(exc) from exc


def set_action_batch(act: Action, batch_id: int) -> None:
    """An import creates its batch inside the action: later change rows carry the batch id."""
    act.batch_id = batch_id
    act.flush()
    act.db.execute("UPDATE change_log SET batch_id = ? WHERE action_id = ?", [batch_id, act.id])


# ---------------------------------------------------------------- undo / redo


def action_changes(db: Database, action_id: int) -> list[dict[str, Any]]:
    cur = db.conn.execute("SELECT * FROM change_log WHERE action_id = ? ORDER BY id",
                          [action_id])
    names = [d[0] for d in cur.description]
    return expand_changes([dict(zip(names, r, strict=True)) for r in cur])


def is_effective(db: Database, action_id: int) -> bool:
    """An action is in effect unless an undo of it is itself in effect."""
    for row in db.query("SELECT id FROM action WHERE undo_of = ?", [action_id]):
        if is_effective(db, row["id"]):
            return False
    return True


def _first_summary(db: Database, action_id: int) -> str:
    """The summary of the action that an undo or redo (of an undo …) finally goes back to."""
    seen: set[int] = set()
    while True:
        row = db.execute("SELECT verb, summary, undo_of FROM action WHERE id = ?",
                         [action_id]).fetchone()
        if row is None:
            return ""
        if row[0] not in ("undo", "redo") or row[2] is None or action_id in seen:
            return row[1] or row[0]
        seen.add(action_id)
        action_id = row[2]


def undo_action(db: Database, who: str, action_id: int, verb: str = "undo") -> int:
    """Write the inverse of ``action_id`` as a new, logged action; return its id.

    Refused when a field the action wrote has since been changed by someone else."""
    rows = db.execute("SELECT verb, summary, batch_id FROM action WHERE id = ?", [action_id])
    head = rows.fetchone()
    if head is None:
        raise TrackerError("action_missing", action_id=action_id)
    if not is_effective(db, action_id):
        raise TrackerError("already_undone", action_id=action_id)
    changes = action_changes(db, action_id)
    # group the field rows back into row operations, preserving order
    ops: list[tuple[str, Any, str, dict[str, tuple]]] = []
    for ch in changes:
        key = (ch["table_name"], ch["row_id"], ch["op"])
        if not ops or ops[-1][:3] != key:
            ops.append((*key, {}))
        fields = ops[-1][3]
        earlier = fields.get(ch["field"])  # the same field written twice in a row: first old
        fields[ch["field"]] = (earlier[0] if earlier else _dec(ch["old"]), _dec(ch["new"]))
    # an import batch inserted by this action stays as written (its counts too), marked undone
    kept = {row_id for table, row_id, op, _ in ops if table == "import_batch" and op == "insert"}
    # "撤销：录入进展" for an undo, "重做：录入进展" for a redo (an undo of the undo): both name
    # the action the chain of undos and redos goes back to, once
    summary = ("重做：" if verb == "redo" else "撤销：") + _first_summary(db, action_id)
    with write_action(db, who, verb, summary, batch_id=head[2], undo_of=action_id) as act:
        for table, row_id, op, fields in reversed(ops):
            if table == "import_batch" and row_id in kept and op == "update":
                continue
            current = act.get(table, row_id)
            if op == "insert" and table == "import_batch":
                # the batch record stays (actions and the change log refer to it): marked undone
                act.update(table, row_id, {"undone_at": now_iso()})
            elif op == "insert":
                if current is None or any(current.get(f) != n for f, (_, n) in fields.items()):
                    raise TrackerError("undo_conflict", table=table, row_id=row_id,
                                       action_id=action_id)
                act.delete(table, row_id)
            elif op == "delete":
                if current is not None:
                    raise TrackerError("undo_conflict", table=table, row_id=row_id,
                                       action_id=action_id)
                values = {f: o for f, (o, _) in fields.items()}
                values[_pk(table)] = row_id
                act.insert(table, values)
            else:
                if current is None or any(current.get(f) != n for f, (_, n) in fields.items()):
                    raise TrackerError("undo_conflict", table=table, row_id=row_id,
                                       action_id=action_id)
                act.update(table, row_id, {f: o for f, (o, _) in fields.items()})
        return act.id
