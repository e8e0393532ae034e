"""Read queries shared by the services, the CLI, the window and the reports."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from tracker.catalog import Catalog, CatAssignment, CatMeasure, CatUnit
from tracker.lights import AssignmentState
from tracker.model import Status

DEFAULT_SETTINGS: dict[str, str] = {
    "office_name": "市“双创”办",
    "office_contact": "",
    "office_phone": "",
    "report_due_day": "5",
    "warning_days": "7",
    "tolerance": "10",
    "demo": "0",
}


def to_date(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


def rows(db: Database, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in db.query(sql, params)]


def one(db: Database, sql: str, params: list | tuple = ()) -> dict[str, Any] | None:
    found = rows(db, sql, params)
    return found[0] if found else None


def scalar(db: Database, sql: str, params: list | tuple = ()) -> Any:
    row = db.execute(sql, params).fetchone()
    return row[0] if row else None


def get_settings(db: Database) -> dict[str, str]:
    values = dict(DEFAULT_SETTINGS)
    values.update({r["key"]: r["value"] for r in db.query("SELECT key, value FROM setting")})
    return values


def table_counts(db: Database) -> dict[str, int]:
    names = ["policy", "task", "measure", "unit", "unit_alias", "assignment", "report",
             "import_batch", "change_log"]
    return {n: scalar(db, f"SELECT count(*) FROM [{n}]") for n in names}


# ----------------------------------------------------------------- policies


def list_policies(db: Database) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM policy ORDER BY sort_order, id")


def get_policy(db: Database, policy_id: int) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM policy WHERE id = ?", [policy_id])


def find_policy_by_title(db: Database, title: str) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM policy WHERE title = ?", [title])


def tasks(db: Database, policy_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM task WHERE policy_id = ? ORDER BY seq, id", [policy_id])


def measures(db: Database, policy_id: int) -> list[dict[str, Any]]:
    return rows(db, """
        SELECT m.*, t.seq AS task_seq, t.title AS task_title, t.policy_id
        FROM measure m JOIN task t ON t.id = m.task_id
        WHERE t.policy_id = ? ORDER BY t.seq, m.seq, m.id""", [policy_id])


def get_row(db: Database, table: str, row_id: int) -> dict[str, Any] | None:
    return one(db, f"SELECT * FROM [{table}] WHERE id = ?", [row_id])


def max_seq(db: Database, table: str, parent_col: str, parent_id: int) -> int:
    return scalar(db, f"SELECT coalesce(max(seq), 0) FROM [{table}] WHERE [{parent_col}] = ?",
                  [parent_id])


def siblings(db: Database, table: str, parent_col: str, parent_id: int) -> list[dict]:
    return rows(db, f"SELECT * FROM [{table}] WHERE [{parent_col}] = ? ORDER BY seq, id",
                [parent_id])


# ----------------------------------------------------------------- units


def list_units(db: Database, include_inactive: bool = True) -> list[dict[str, Any]]:
    where = "" if include_inactive else "WHERE active = 1"
    return rows(db, f"SELECT * FROM unit {where} ORDER BY sort_order, id")


def unit_aliases(db: Database) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for r in db.query("SELECT unit_id, alias FROM unit_alias ORDER BY id"):
        out.setdefault(r["unit_id"], []).append(r["alias"])
    return out


def alias_by_norm(db: Database, norm: str) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM unit_alias WHERE norm = ?", [norm])


def unit_by_name(db: Database, name: str) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM unit WHERE name = ?", [name])


def unit_usage(db: Database, unit_id: int) -> dict[str, int]:
    return {
        "assignments": scalar(db, "SELECT count(*) FROM assignment WHERE unit_id = ?", [unit_id]),
        "reports": scalar(db, """SELECT count(*) FROM report r JOIN assignment a
                                 ON a.id = r.assignment_id WHERE a.unit_id = ?""", [unit_id]),
    }


# ----------------------------------------------------------------- assignments


def find_assignment(db: Database, measure_id: int, unit_id: int) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM assignment WHERE measure_id = ? AND unit_id = ?",
               [measure_id, unit_id])


def assignments_of_measure(db: Database, measure_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM assignment WHERE measure_id = ? ORDER BY id", [measure_id])


def report_count(db: Database, assignment_id: int) -> int:
    return scalar(db, "SELECT count(*) FROM report WHERE assignment_id = ?", [assignment_id])


def find_report(db: Database, assignment_id: int, period: str) -> dict[str, Any] | None:
    return one(db, "SELECT * FROM report WHERE assignment_id = ? AND period = ?",
               [assignment_id, period])


def extensions(db: Database, assignment_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM extension WHERE assignment_id = ? ORDER BY id",
                [assignment_id])


def reports_of_assignment(db: Database, assignment_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM report WHERE assignment_id = ? ORDER BY period",
                [assignment_id])


def load_catalog(db: Database, policy_id: int) -> Catalog:
    pol = get_policy(db, policy_id) or {}
    cms = [CatMeasure(m["id"], m["code"], m["task_seq"], m["seq"], m["title"],
                      m["description"], m["task_title"]) for m in measures(db, policy_id)]
    aliases = unit_aliases(db)
    units = [CatUnit(u["id"], u["name"], u["short_name"], u["kind"],
                     tuple(aliases.get(u["id"], []))) for u in list_units(db)]
    assigns = [CatAssignment(a["id"], a["measure_id"], a["unit_id"], a["role"],
                             a["action_text"], a["deadline_text"]) for a in rows(db, """
        SELECT a.* FROM assignment a JOIN measure m ON m.id = a.measure_id
        JOIN task t ON t.id = m.task_id WHERE t.policy_id = ?""", [policy_id])]
    return Catalog(policy_id, pol.get("title", ""), pol.get("short_title", ""), cms, units,
                   assigns)


# ----------------------------------------------------------------- periods and states


def periods_with_reports(db: Database, policy_id: int | None = None) -> list[str]:
    if policy_id is None:
        return [r["period"] for r in db.query(
            "SELECT DISTINCT period FROM report ORDER BY period")]
    return [r["period"] for r in db.query("""
        SELECT DISTINCT r.period FROM report r JOIN assignment a ON a.id = r.assignment_id
        JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
        WHERE t.policy_id = ? ORDER BY r.period""", [policy_id])]


STATE_SQL = """
SELECT a.id AS assignment_id, m.id AS measure_id, m.code AS measure_code,
       m.title AS measure_title, t.id AS task_id, t.seq AS task_seq, t.title AS task_title,
       u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind, u.sort_order AS unit_sort,
       a.role, a.deadline_text, a.deadline_kind, a.deadline_date, a.start_date, a.closed_date,
       cur.id AS report_id, cur.review_state, cur.reported_date,
       coalesce(cur.status, last.status) AS status,
       coalesce(cur.percent, last.percent) AS percent,
       coalesce(cur.progress, '') AS progress, coalesce(cur.problems, '') AS problems,
       coalesce(cur.next_steps, '') AS next_steps
FROM assignment a
JOIN measure m ON m.id = a.measure_id
JOIN task t ON t.id = m.task_id
JOIN unit u ON u.id = a.unit_id
LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
LEFT JOIN report last ON last.id = (
    SELECT r2.id FROM report r2 WHERE r2.assignment_id = a.id AND r2.period <= :period
      AND r2.status IS NOT NULL
    ORDER BY r2.period DESC LIMIT 1)
WHERE (:policy IS NULL OR t.policy_id = :policy) {extra}
ORDER BY t.seq, m.seq, u.sort_order, u.id
"""


def assignment_states(db: Database, policy_id: int | None, period: str, period_end: date,
                      unit_id: int | None = None, task_seq: int | None = None
                      ) -> list[AssignmentState]:
    extra = ""
    params: dict[str, Any] = {"period": period, "policy": policy_id}
    if unit_id is not None:
        extra += " AND u.id = :unit"
        params["unit"] = unit_id
    if task_seq is not None:
        extra += " AND t.seq = :task"
        params["task"] = task_seq
    out = []
    for r in db.query(STATE_SQL.format(extra=extra), params):
        out.append(AssignmentState(
            assignment_id=r["assignment_id"], measure_id=r["measure_id"],
            measure_code=r["measure_code"], measure_title=r["measure_title"],
            task_id=r["task_id"], task_seq=r["task_seq"], task_title=r["task_title"],
            unit_id=r["unit_id"], unit_name=r["unit_name"], unit_kind=r["unit_kind"],
            unit_sort=r["unit_sort"], role=r["role"], deadline_text=r["deadline_text"],
            deadline_kind=r["deadline_kind"], deadline_date=to_date(r["deadline_date"]),
            start_date=to_date(r["start_date"]), closed_date=to_date(r["closed_date"]),
            status=Status(r["status"]) if r["status"] else Status.NOT_STARTED,
            percent=r["percent"], report_id=r["report_id"], review_state=r["review_state"],
            reported_date=to_date(r["reported_date"]), progress=r["progress"],
            problems=r["problems"], next_steps=r["next_steps"], period_end=period_end))
    return out
