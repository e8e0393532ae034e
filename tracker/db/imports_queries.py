"""Reads for imports: batches, their actions, and which later batches touched the same rows."""

from __future__ import annotations

from typing import Any

from tracker.db.actions import is_effective
from tracker.db.database import Database
from tracker.db.queries import rows


def policy_assignments(db: Database, policy_id: int) -> list[dict[str, Any]]:
    return rows(db, """
        SELECT a.id, a.measure_id, a.unit_id, a.action_text, a.deadline_text, a.start_date
        FROM assignment a JOIN measure m ON m.id = a.measure_id
        JOIN task t ON t.id = m.task_id WHERE t.policy_id = ?""", [policy_id])


def period_reports(db: Database, policy_id: int, period: str) -> dict[int, dict[str, Any]]:
    """This period's reports of the policy, by assignment id; with the unit and file name of
    the import that wrote each (``batch_unit_id``, ``batch_file``; None when typed)."""
    return {r["assignment_id"]: r for r in rows(db, """
        SELECT r.*, b.unit_id AS batch_unit_id, b.file_name AS batch_file
        FROM report r JOIN assignment a ON a.id = r.assignment_id
        JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
        LEFT JOIN import_batch b ON b.id = r.batch_id
        WHERE t.policy_id = ? AND r.period = ?""", [policy_id, period])}


def reports_of_period(db: Database, assignment_ids: list[int], period: str
                      ) -> dict[int, dict[str, Any]]:
    """The period's reports of these assignments, by assignment id (one statement)."""
    import json

    return {r["assignment_id"]: r for r in rows(db, """
        SELECT * FROM report WHERE period = ?
          AND assignment_id IN (SELECT value FROM json_each(?))""",
        [period, json.dumps(sorted(set(assignment_ids)))])}


def get_batch(db: Database, batch_id: int) -> dict[str, Any] | None:
    rows = [dict(r) for r in db.query("SELECT * FROM import_batch WHERE id = ?", [batch_id])]
    return rows[0] if rows else None


def batches(db: Database, limit: int = 200) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query("""
        SELECT b.*, u.name AS unit_name FROM import_batch b LEFT JOIN unit u ON u.id = b.unit_id
        ORDER BY b.id DESC LIMIT ?""", [limit])]


def find_batch_by_sha(db: Database, sha256: str) -> dict[str, Any] | None:
    rows = [dict(r) for r in db.query(
        "SELECT * FROM import_batch WHERE sha256 = ? AND undone_at IS NULL ORDER BY id DESC",
        [sha256])]
    return rows[0] if rows else None


def batch_action(db: Database, batch_id: int) -> int | None:
    """The effective import action that created the batch (a redo counts as the batch again)."""
    for row in db.query("SELECT id FROM action WHERE batch_id = ? AND verb = 'import' "
                        "ORDER BY id", [batch_id]):
        if is_effective(db, row["id"]):
            return row["id"]
    return None


def later_batches_touching(db: Database, batch_id: int) -> list[dict[str, Any]]:
    """Later batches, not undone, that changed a row this batch changed, or wrote a report on
    an assignment this batch created (a breakdown import, then a month's returns)."""
    return [dict(r) for r in db.query("""
        SELECT DISTINCT b.id, b.file_name FROM import_batch b
        JOIN change_log c ON c.batch_id = b.id
        WHERE b.id > :batch AND b.undone_at IS NULL AND c.table_name IN ('report', 'assignment')
          AND (EXISTS (SELECT 1 FROM change_log c0 WHERE c0.batch_id = :batch
                       AND c0.table_name = c.table_name AND c0.row_id = c.row_id)
               OR c.table_name = 'report' AND EXISTS (
                   SELECT 1 FROM report r JOIN change_log c0 ON c0.batch_id = :batch
                   AND c0.table_name = 'assignment' AND c0.op = 'insert'
                   AND c0.row_id = r.assignment_id WHERE r.id = c.row_id))
        ORDER BY b.id""", {"batch": batch_id})]


def reports_on_created_assignments(db: Database, batch_id: int) -> list[dict[str, Any]]:
    """Reports not written by an import (typed in the window) on assignments this batch
    created: undoing the batch would have to delete them."""
    return [dict(r) for r in db.query("""
        SELECT r.period, u.name AS unit, m.code AS code FROM report r
        JOIN change_log c0 ON c0.batch_id = :batch AND c0.table_name = 'assignment'
             AND c0.op = 'insert' AND c0.row_id = r.assignment_id
        JOIN assignment a ON a.id = r.assignment_id
        JOIN unit u ON u.id = a.unit_id JOIN measure m ON m.id = a.measure_id
        WHERE r.batch_id IS NULL OR r.batch_id <> :batch
        ORDER BY r.period, m.id, u.sort_order""", {"batch": batch_id})]


def batch_for_unit_period(db: Database, policy_id: int, unit_id: int, period: str
                          ) -> dict[str, Any] | None:
    found = rows(db, """SELECT * FROM import_batch WHERE policy_id = ? AND unit_id = ?
                        AND period = ? AND kind = 'progress' AND undone_at IS NULL
                        ORDER BY id DESC LIMIT 1""", [policy_id, unit_id, period])
    return found[0] if found else None
