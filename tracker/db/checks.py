"""`tracker check`: integrity, foreign keys, schema version, unparsed deadlines."""

from __future__ import annotations

from tracker.db.connect import schema_state
from tracker.db.database import Database
from tracker.db.schema_version import latest_version, migration_names
from tracker.errors import Problem


def run_checks(db: Database) -> list[Problem]:
    found: list[Problem] = []
    result = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        found.append(Problem("check_integrity", {"detail": "；".join(result[:5])}))
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        tables = "、".join(sorted({r[0] for r in fk}))
        found.append(Problem("check_foreign_keys", {"count": len(fk), "table": tables}))
    version, names = schema_state(db.conn)
    if version != latest_version() or names != migration_names():
        found.append(Problem("check_schema", {"version": version, "ours": latest_version()}))
    unparsed = db.execute("""
        SELECT m.code, u.name, a.deadline_text FROM assignment a
        JOIN measure m ON m.id = a.measure_id JOIN unit u ON u.id = a.unit_id
        WHERE a.deadline_kind = 'unparsed' ORDER BY m.code""").fetchall()
    if unparsed:
        items = "；".join(f"{c} {u}“{t}”" for c, u, t in unparsed[:10])
        found.append(Problem("check_unparsed", {"count": len(unparsed), "items": items}))
    return found
