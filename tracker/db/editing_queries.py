"""Read queries for the editing windows (report entry, review, 延期, units, matrix)."""

from __future__ import annotations

from typing import Any

from tracker.db.database import Database
from tracker.db.queries import one, rows

_CONTEXT_SQL = """
SELECT a.*, m.code AS measure_code, m.title AS measure_title, m.description AS measure_text,
       t.seq AS task_seq, t.title AS task_title, t.policy_id,
       u.name AS unit_name, u.kind AS unit_kind
FROM assignment a
JOIN measure m ON m.id = a.measure_id
JOIN task t ON t.id = m.task_id
JOIN unit u ON u.id = a.unit_id
WHERE a.id = ?"""


def assignment_context(db: Database, assignment_id: int) -> dict[str, Any] | None:
    """The assignment with its measure, task and unit names."""
    return one(db, _CONTEXT_SQL, [assignment_id])


def report_context(db: Database, report_id: int) -> dict[str, Any] | None:
    """A report with the context of its assignment (measure, unit, deadline)."""
    rep = one(db, "SELECT * FROM report WHERE id = ?", [report_id])
    if rep is None:
        return None
    ctx = assignment_context(db, rep["assignment_id"]) or {}
    return {**{f"a_{k}": v for k, v in ctx.items()}, **rep,
            "measure_code": ctx.get("measure_code", ""),
            "measure_title": ctx.get("measure_title", ""),
            "unit_name": ctx.get("unit_name", ""), "role": ctx.get("role", "")}


def previous_report(db: Database, assignment_id: int, period: str) -> dict[str, Any] | None:
    """The latest report of an earlier period (上期进展)."""
    return one(db, """SELECT * FROM report WHERE assignment_id = ? AND period < ?
                      ORDER BY period DESC LIMIT 1""", [assignment_id, period])


def aliases_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT id, alias FROM unit_alias WHERE unit_id = ? ORDER BY id", [unit_id])


def policy_assignments(db: Database, policy_id: int) -> list[dict[str, Any]]:
    """Every assignment of a policy with its report count (for the assignment matrix)."""
    return rows(db, """
        SELECT a.id, a.measure_id, a.unit_id, a.role, a.deadline_text,
               (SELECT count(*) FROM report r WHERE r.assignment_id = a.id) AS reports
        FROM assignment a JOIN measure m ON m.id = a.measure_id
        JOIN task t ON t.id = m.task_id WHERE t.policy_id = ?""", [policy_id])


def unit_usage_counts(db: Database) -> dict[int, int]:
    """unit id → number of assignments (shown in the units editor)."""
    return {r["unit_id"]: r["n"] for r in db.query(
        "SELECT unit_id, count(*) AS n FROM assignment GROUP BY unit_id")}


def unparsed_deadlines(db: Database) -> list[dict[str, Any]]:
    """Assignments whose deadline was stored as unreadable: id, deadline_text, start_date."""
    return rows(db, """SELECT id, deadline_text, start_date FROM assignment
                       WHERE deadline_kind = 'unparsed' ORDER BY id""")
