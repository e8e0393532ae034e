"""Reads that feed the Excel exports (templates, breakdown, 汇总表)."""

from __future__ import annotations

from typing import Any

from tracker.db.database import Database


def policy_assignment_rows(db: Database, policy_id: int,
                           unit_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Every assignment of the policy with its measure, task and unit, in document order."""
    where, params = "t.policy_id = ?", [policy_id]
    if unit_ids:
        where += f" AND a.unit_id IN ({','.join('?' for _ in unit_ids)})"
        params += list(unit_ids)
    return [dict(r) for r in db.query(f"""
        SELECT a.id AS assignment_id, a.role, a.action_text, a.deadline_text, a.unit_id,
               a.closed_date,
               u.name AS unit_name, u.sort_order AS unit_sort, m.id AS measure_id,
               m.code AS measure_code, m.title AS measure_title, t.seq AS task_seq,
               t.title AS task_title
        FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
        JOIN unit u ON u.id = a.unit_id
        WHERE {where} ORDER BY t.seq, m.seq, u.sort_order, u.id""", params)]


def reports_by_assignment(db: Database, policy_id: int, period: str) -> dict[int, dict]:
    return {r["assignment_id"]: dict(r) for r in db.query("""
        SELECT r.* FROM report r JOIN assignment a ON a.id = r.assignment_id
        JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
        WHERE t.policy_id = ? AND r.period = ?""", [policy_id, period])}
