"""Reading the change log (留痕)."""

from __future__ import annotations

from typing import Any

from tracker.db.actions import expand_changes, is_effective
from tracker.db.database import Database


def row_history(db: Database, table: str, row_id: int) -> list[dict[str, Any]]:
    return expand_changes([dict(r) for r in db.query("""
        SELECT c.*, a.verb, a.summary FROM change_log c JOIN action a ON a.id = c.action_id
        WHERE c.table_name = ? AND c.row_id = ? ORDER BY c.id""", [table, row_id])])


def assignment_history(db: Database, assignment_id: int) -> list[dict[str, Any]]:
    """Changes to the assignment, its reports and its extensions — also reports and extensions
    that were deleted since (found through their logged whole rows)."""
    return expand_changes([dict(r) for r in db.query("""
        WITH owned(table_name, row_id) AS (
            SELECT 'report', id FROM report WHERE assignment_id = :id
            UNION SELECT 'extension', id FROM extension WHERE assignment_id = :id
            UNION SELECT table_name, row_id FROM change_log
                  WHERE table_name IN ('report', 'extension') AND field = '*'
                    AND json_extract(coalesce(new, old), '$.assignment_id') = :id)
        SELECT c.*, a.verb, a.summary FROM change_log c JOIN action a ON a.id = c.action_id
        WHERE (c.table_name = 'assignment' AND c.row_id = :id)
           OR (c.table_name, c.row_id) IN (SELECT table_name, row_id FROM owned)
        ORDER BY c.id""", {"id": assignment_id})])


def last_action_id(db: Database) -> int | None:
    """The newest action's id (None on an empty log)."""
    return db.execute("SELECT max(id) FROM action").fetchone()[0]


def recent_actions(db: Database, limit: int = 50) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(
        "SELECT * FROM action ORDER BY id DESC LIMIT ?", [limit])]


def last_effective_action(db: Database) -> int | None:
    for row in db.query("SELECT id, undo_of FROM action WHERE undo_of IS NULL "
                        "ORDER BY id DESC LIMIT 50"):
        if is_effective(db, row["id"]):
            return row["id"]
    return None
