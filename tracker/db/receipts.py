"""The receipt register (报送材料登记): per unit, policy and period, what happened to its file.

Rows of the ``receipt`` table are events written by the export and import verbs; the latest
event of a unit for a policy + period is its state. States (stored as these English codes):

- ``exported``   the template was exported for the unit (导出模板);
- ``received``   a file from the unit arrived and was read (收到材料);
- ``imported``   its rows were imported (已导入);
- ``rejected``   the file was refused (unreadable, not accepted in the preview) (退回/拒收);
- ``wrong_file`` the unit sent a file for another policy, unit or period (文件有误);
- ``none``       nothing recorded for the unit (无记录) — never stored, only returned.

The register also counts the reports themselves: a unit whose reports for the period were typed
in (a report phoned in or brought on paper) or written by an import reads ``reported`` (已报送),
with ``source`` ``typed`` or ``import`` of its latest report and ``at`` its latest reported date,
unless a later event says more: an ``imported`` file always stays (it names the file), and a
``received`` / ``rejected`` / ``wrong_file`` event stays when it is newer than the reports. A
report returned for rework (退回) does not count. ``reported`` is never stored, only returned.
"""

from __future__ import annotations

from typing import Any

from tracker.db.database import Database

RECEIPT_STATES: tuple[str, ...] = ("exported", "received", "imported", "rejected", "wrong_file")
NO_RECEIPT = "none"
REPORTED = "reported"


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


def reports_received(db: Database, policy_id: int, period: str) -> dict[int, dict[str, Any]]:
    """unit id → {reports, source (of the latest), reported_date (latest), updated_at (latest)}
    of the unit's reports for the policy and period that were not returned for rework."""
    out: dict[int, dict[str, Any]] = {}
    for r in db.query("""
            SELECT a.unit_id, r.source, r.reported_date, r.updated_at
            FROM report r
            JOIN assignment a ON a.id = r.assignment_id
            JOIN measure m ON m.id = a.measure_id
            JOIN task t ON t.id = m.task_id
            WHERE t.policy_id = ? AND r.period = ? AND r.review_state != '退回'
            ORDER BY r.updated_at, r.id""", [policy_id, period]):
        seen = out.setdefault(r["unit_id"], {"reports": 0, "reported_date": None})
        seen["reports"] += 1
        seen["source"] = r["source"]
        seen["updated_at"] = r["updated_at"]
        if r["reported_date"] and (seen["reported_date"] or "") < r["reported_date"]:
            seen["reported_date"] = r["reported_date"]
    return out


def _reports_say_more(rec: dict[str, Any] | None, got: dict[str, Any] | None) -> bool:
    """Whether the unit's reports are newer news than its latest receipt event."""
    if got is None:
        return False
    if rec is None or rec["state"] == "exported":
        return True
    if rec["state"] == "imported":
        return False
    day, rec_day = str(got["reported_date"] or "")[:10], str(rec["at"] or "")[:10]
    if day != rec_day:
        return day > rec_day
    return str(got["updated_at"] or "") >= str(rec["at"] or "")


def receipt_register(db: Database, policy_id: int, period: str) -> list[dict[str, Any]]:
    """One entry per unit concerned (units with assignments, plus any unit with a receipt):
    unit_id, unit_name, assignments, state (``none`` when nothing is recorded), file_name, note,
    at, events (how many receipt rows the unit has for this period), reports (received for the
    period, not returned) and source (``typed`` / ``import`` when the state is ``reported``)."""
    latest = latest_receipts(db, policy_id, period)
    received = reports_received(db, policy_id, period)
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
        got = received.get(u["id"])
        entry = {
            "unit_id": u["id"], "unit_name": u["name"], "assignments": u["assignments"],
            "state": rec["state"] if rec else NO_RECEIPT,
            "file_name": rec["file_name"] if rec else "", "note": rec["note"] if rec else "",
            "at": rec["at"] if rec else None, "events": events.get(u["id"], 0),
            "reports": got["reports"] if got else 0, "source": None}
        if _reports_say_more(rec, got):
            entry.update(state=REPORTED, source=got["source"], file_name="", note="",
                         at=got["reported_date"] or got["updated_at"])
        out.append(entry)
    return out
