"""Read queries shared by the services, the CLI, the window and the reports."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from tracker.db.database import Database
from tracker.lights import AssignmentState
from tracker.model import Status

if TYPE_CHECKING:  # the importer's catalog is not needed to start the window
    from tracker.catalog import Catalog

DEFAULT_SETTINGS: dict[str, str] = {
    "office_name": "市“双创”办",
    "office_contact": "",
    "office_phone": "",
    "report_due_day": "5",
    "warning_days": "30",
    "tolerance": "10",
    "demo": "0",
    # the deadline rules (tracker.deadlines.RULES_VERSION) unreadable deadlines were last read
    # again with: a re-read undone is not done again until the rules change
    "deadline_rules": "0",
}


def to_date(value: Any) -> date | None:
    if not value:
        return None
    return date.fromisoformat(str(value)[:10])


def rows(db: Database, sql: str, params: list | tuple | dict = ()) -> list[dict[str, Any]]:
    cur = db.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


def one(db: Database, sql: str, params: list | tuple = ()) -> dict[str, Any] | None:
    found = rows(db, sql, params)
    return found[0] if found else None


def scalar(db: Database, sql: str, params: list | tuple = ()) -> Any:
    row = db.conn.execute(sql, params).fetchone()
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


def next_unit_sort(db: Database) -> int:
    return scalar(db, "SELECT coalesce(max(sort_order), 0) + 1 FROM unit")


def alias_ids_of_unit(db: Database, unit_id: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT id FROM unit_alias WHERE unit_id = ?", [unit_id])]


def unit_usage(db: Database, unit_id: int) -> dict[str, int]:
    return {
        "assignments": scalar(db, "SELECT count(*) FROM assignment WHERE unit_id = ?", [unit_id]),
        "reports": scalar(db, """SELECT count(*) FROM report r JOIN assignment a
                                 ON a.id = r.assignment_id WHERE a.unit_id = ?""", [unit_id]),
    }


def open_assignment_count(db: Database, unit_id: int) -> int:
    """The unit's assignments not closed (销号)."""
    return scalar(db, "SELECT count(*) FROM assignment WHERE unit_id = ? AND closed_date IS NULL",
                  [unit_id])


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


def assignment_facts(db: Database, policy_id: int) -> dict[int, dict[str, Any]]:
    """Per assignment of a policy: extended (a 延期 on record), closed (销号), its report count."""
    return {r["id"]: r for r in rows(db, """
        SELECT a.id, a.original_deadline_text IS NOT NULL AS extended,
               a.closed_date IS NOT NULL AS closed,
               (SELECT count(*) FROM report r WHERE r.assignment_id = a.id) AS reports
        FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
        WHERE t.policy_id = ?""", [policy_id])}


def extensions(db: Database, assignment_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM extension WHERE assignment_id = ? ORDER BY id",
                [assignment_id])


def reports_of_assignment(db: Database, assignment_id: int) -> list[dict[str, Any]]:
    return rows(db, "SELECT * FROM report WHERE assignment_id = ? ORDER BY period",
                [assignment_id])


def load_catalog(db: Database, policy_id: int) -> Catalog:
    from tracker.catalog import Catalog, CatAssignment, CatMeasure, CatUnit

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


# The status of a period is its report's, else the latest earlier report's; a report returned
# for rework (退回) gives no status. The earlier report is looked up only when needed (coalesce
# stops at the first non-null value).
_EARLIER = """(SELECT r2.{col} FROM report r2 WHERE r2.assignment_id = a.id
      AND r2.period < :period AND r2.status IS NOT NULL AND r2.review_state != '退回'
      ORDER BY r2.period DESC LIMIT 1)"""
_CUR_STATUS = "CASE WHEN cur.review_state = '退回' THEN NULL ELSE cur.status END"
STATE_SQL = """
SELECT a.id, a.measure_id, a.unit_id, a.role, a.deadline_kind, a.deadline_date,
       a.start_date, a.closed_date, cur.id, cur.review_state, cur.reported_date,
       coalesce(""" + _CUR_STATUS + """, """ + _EARLIER.format(col="status") + """),
       CASE WHEN (""" + _CUR_STATUS + """) IS NOT NULL THEN cur.percent
            ELSE """ + _EARLIER.format(col="percent") + """ END{texts}
FROM assignment a
JOIN measure m ON m.id = a.measure_id
JOIN task t ON t.id = m.task_id
LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
WHERE (:policy IS NULL OR t.policy_id = :policy) {extra}
"""

# Names and orders, fetched once per call: the per-assignment rows above carry only ids.
_LOOKUP_SQL = """
SELECT m.id, m.code, m.title, t.id, t.seq, t.title, m.seq FROM measure m JOIN task t ON t.id = m.task_id
WHERE (:policy IS NULL OR t.policy_id = :policy)
"""

_TEXTS = """, a.deadline_text,
       coalesce(cur.progress, ''), coalesce(cur.problems, ''), coalesce(cur.next_steps, ''),
       coalesce(a.original_deadline_text, '')"""


def assignment_states(db: Database, policy_id: int | None, period: str, period_end: date,
                      unit_id: int | None = None, task_seq: int | None = None,
                      with_texts: bool = False) -> list[AssignmentState]:
    """One row per assignment with its status in ``period`` (this period's report, else the
    latest earlier one); ``with_texts`` adds this period's 进展 / 问题 / 下步."""
    extra = ""
    params: dict[str, Any] = {"period": period, "policy": policy_id}
    if unit_id is not None:
        extra += " AND a.unit_id = :unit"
        params["unit"] = unit_id
    if task_seq is not None:
        extra += " AND t.seq = :task"
        params["task"] = task_seq
    measure_info = {r[0]: r[1:] for r in db.execute(_LOOKUP_SQL, {"policy": policy_id})}
    unit_info = {r[0]: r[1:] for r in db.execute(
        "SELECT id, name, kind, sort_order FROM unit")}
    statuses = {s.value: s for s in Status}
    dates: dict[str | None, date | None] = {None: None}

    def d(value: str | None) -> date | None:
        if value not in dates:
            dates[value] = to_date(value)
        return dates[value]

    out = []
    sql = STATE_SQL.format(extra=extra, texts=_TEXTS if with_texts else "")
    new = AssignmentState
    not_started = Status.NOT_STARTED
    for row in db.conn.execute(sql, params):
        (aid, mid, uid, role, dkind, ddate, sdate, cdate, rid, review, rdate, status,
         percent) = row[:13]
        code, mtitle, tid, tseq, ttitle, _mseq = measure_info[mid]
        uname, ukind, usort = unit_info[uid]
        s = new(aid, mid, code, mtitle, tid, tseq, ttitle, uid, uname, ukind, usort, role, "",
                dkind, dates[ddate] if ddate in dates else d(ddate),
                dates[sdate] if sdate in dates else d(sdate),
                dates[cdate] if cdate in dates else d(cdate),
                statuses.get(status, not_started), percent, rid, review,
                dates[rdate] if rdate in dates else d(rdate), "", "", "", period_end)
        if with_texts:
            (s.deadline_text, s.progress, s.problems, s.next_steps,
             s.original_deadline_text) = row[13:18]
        out.append(s)
    order = {mid: (info[3], info[5]) for mid, info in measure_info.items()}
    out.sort(key=lambda s: (order[s.measure_id], s.measure_id, s.unit_sort, s.unit_id))
    return out
