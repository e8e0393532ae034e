"""The receipt register (报送材料登记): per unit, policy and period, what happened to its file.

Rows of the ``receipt`` table are events written by the export and import verbs; the latest
event of a unit for a policy + period is its state. States (stored as these English codes):

- ``exported``   the template was exported for the unit (导出模板);
- ``received``   a file from the unit arrived and was read (收到材料);
- ``imported``   its rows were imported (已导入);
- ``rejected``   the file was refused (unreadable, not accepted in the preview) (退回/拒收);
- ``wrong_file`` the unit sent a file for another policy, unit or period (文件有误);
- ``none``       nothing recorded for the unit (无记录) — never stored, only returned.
"""

from __future__ import annotations

from typing import Any

from tracker.db.database import Database

RECEIPT_STATES: tuple[str, ...] = ("exported", "received", "imported", "rejected", "wrong_file")
NO_RECEIPT = "none"


def latest_receipts(db: Database, policy_id: int, period: str) -> dict[int, dict[str, Any]]:
    """unit id → its latest receipt row (by time, then id) for the policy and period."""
    latest: dict[int, dict[str, Any]] = {}
    for r in db.query("""
            SELECT * FROM receipt WHERE policy_id = ? AND period = ?
            ORDER BY at, id""", [policy_id, period]):
        latest[r["unit_id"]] = dict(r)
    return latest


def units_of_policy(db: Database, policy_id: int) -> list[dict[str, Any]]:
    """Units holding at least one assignment of the policy, in catalog order, with counts."""
    return [dict(r) for r in db.query("""
        SELECT u.id, u.name, u.short_name, u.kind, u.active, count(a.id) AS assignments
        FROM unit u
        JOIN assignment a ON a.unit_id = u.id
        JOIN measure m ON m.id = a.measure_id
        JOIN task t ON t.id = m.task_id
        WHERE t.policy_id = ?
        GROUP BY u.id ORDER BY u.sort_order, u.id""", [policy_id])]


def receipt_register(db: Database, policy_id: int, period: str) -> list[dict[str, Any]]:
    """One entry per unit concerned (units with assignments, plus any unit with a receipt):
    unit_id, unit_name, assignments, state (``none`` when nothing is recorded), file_name, note,
    at, events (how many receipt rows the unit has for this period)."""
    latest = latest_receipts(db, policy_id, period)
    events = {r["unit_id"]: r["n"] for r in db.query("""
        SELECT unit_id, count(*) AS n FROM receipt WHERE policy_id = ? AND period = ?
        GROUP BY unit_id""", [policy_id, period])}
    units = units_of_policy(db, policy_id)
    known = {u["id"] for u in units}
    extra = [u for u in latest if u not in known]
    if extra:
        marks = ",".join("?" for _ in extra)
        units += [dict(r, assignments=0) for r in db.query(
            f"SELECT id, name, short_name, kind, active FROM unit WHERE id IN ({marks})"
            " ORDER BY sort_order, id", extra)]
    out = []
    for u in units:
        rec = latest.get(u["id"])
        out.append({
            "unit_id": u["id"], "unit_name": u["name"], "assignments": u["assignments"],
            "state": rec["state"] if rec else NO_RECEIPT,
            "file_name": rec["file_name"] if rec else "", "note": rec["note"] if rec else "",
            "at": rec["at"] if rec else None, "events": events.get(u["id"], 0)})
    return out
