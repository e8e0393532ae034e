"""Browsing assignments for the window's table: filter, sort and page (no Qt here).

Two steps, so a large database stays fast: :func:`matching_ids` returns the ordered ids of every
assignment under the filter (SQL does the text/unit/status filters and the ORDER BY; lights,
overdue and not-reported flags come from :func:`tracker.lights.judge`, and rows are judged only
when such a filter or the light sort asks for it); :func:`fetch_rows` then loads one page of
those ids with everything a table row shows.

Text search uses ``LIKE`` (FTS5 trigram finds nothing under three characters, and two-character
words such as 滞后 are common): measure code, title and description, the unit's action, the
unit's name, the period's effective status and every report's texts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from tracker.db.database import Database
from tracker.lights import AssignmentState, Judgement, Rules, judge
from tracker.model import STATUSES, Light, Status

PAGE = 100  # rows the window fetches at a time (three screens of a tall window; more as it scrolls)

LIGHT_RANK = {Light.RED.value: 0, Light.GREY.value: 1, Light.YELLOW.value: 2,
              Light.GREEN.value: 3}
SORT_KEYS = ("code", "measure", "unit", "role", "deadline", "light", "status", "percent",
             "progress", "last_reported")
_ROLE_ORDER = "CASE a.role WHEN '牵头' THEN 0 WHEN '责任' THEN 1 ELSE 2 END"
# status and percent come from the latest report up to the period that has a status and was
# not returned for rework (the same rule as tracker.db.queries.STATE_SQL)
_STATUS = "coalesce(last.status, '未启动')"
_STATUS_ORDER = ("CASE " + _STATUS + " "
                 + " ".join(f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(STATUSES))
                 + " ELSE 9 END")
_CODE_ORDER = "p.sort_order, p.id, t.seq, m.seq, u.sort_order, u.id, a.id"
_ORDER = {
    "code": "p.sort_order {d}, p.id {d}, t.seq {d}, m.seq {d}",
    "measure": "m.title {d}",
    "unit": "u.sort_order {d}, u.id {d}",
    "role": _ROLE_ORDER + " {d}",
    "deadline": "a.deadline_date IS NULL, a.deadline_date {d}",
    "status": _STATUS_ORDER + " {d}",
    "percent": "last.percent {d}",
    "progress": "coalesce(cur.progress, '') {d}",
    "last_reported": "(SELECT max(r3.reported_date) FROM report r3 WHERE r3.assignment_id = a.id"
                     " AND r3.period <= :period) {d}",
    "light": "",  # judged in Python
}

_FROM = """
FROM assignment a
JOIN measure m ON m.id = a.measure_id
JOIN task t ON t.id = m.task_id
JOIN policy p ON p.id = t.policy_id
JOIN unit u ON u.id = a.unit_id
LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
LEFT JOIN report last ON last.id = (
    SELECT r2.id FROM report r2 WHERE r2.assignment_id = a.id AND r2.period <= :period
      AND r2.status IS NOT NULL AND r2.review_state != '退回'
    ORDER BY r2.period DESC LIMIT 1)
"""
_FROM_STRUCTURE = _FROM[:_FROM.index("LEFT JOIN report cur")]
_SORTS_ON_REPORTS = ("status", "percent", "progress")
_LAST_REPORTED = ("(SELECT max(r3.reported_date) FROM report r3 WHERE r3.assignment_id = a.id"
                  " AND r3.period <= :period) AS last_reported")
_STATE_COLUMNS = f"""
a.id AS assignment_id, m.id AS measure_id, m.code AS measure_code, m.title AS measure_title,
m.description AS measure_description, t.id AS task_id, t.seq AS task_seq, t.title AS task_title,
t.policy_id, u.id AS unit_id, u.name AS unit_name, u.kind AS unit_kind,
u.sort_order AS unit_sort, a.role, a.action_text, a.deadline_text, a.deadline_kind,
a.deadline_date, a.original_deadline_text, a.start_date, a.closed_date,
cur.id AS report_id, cur.review_state, cur.reported_date, cur.review_note,
{_STATUS} AS status, last.percent AS percent, last.period AS status_period,
coalesce(cur.progress, '') AS progress, coalesce(cur.problems, '') AS problems,
coalesce(cur.next_steps, '') AS next_steps, {_LAST_REPORTED}
"""
# Only what judging needs (no texts, no last-reported subquery), read as plain tuples: the
# light / overdue / not-reported filters judge every assignment under the other filters.
_JUDGE_COLUMNS = f"""
a.id, a.deadline_kind, a.deadline_date, a.start_date, a.closed_date, {_STATUS},
last.percent, cur.id, cur.review_state, cur.reported_date
"""
_STATUS_OF = {s.value: s for s in Status}
_UNDATED = "('ongoing', 'recurring', 'unparsed', 'none')"  # never overdue (tracker.lights)
_DEADLINE_DAY = "substr(a.deadline_date, 1, 10)"
_TEXT_FIELDS = ("m.code", "m.title", "m.description", "a.action_text", "u.name", _STATUS)
_REPORT_TEXT_FIELDS = ("rt.progress", "rt.problems", "rt.next_steps", "rt.extra",
                       "rt.review_note")


@dataclass(frozen=True)
class BrowseFilter:
    """Plain filter values. ``None``/empty means "any"."""

    policy_id: int | None = None
    task_id: int | None = None
    measure_id: int | None = None
    unit_id: int | None = None
    text: str = ""
    status: str | None = None
    light: str | None = None
    overdue: bool = False
    not_reported: bool = False
    due_soon: bool = False
    # per word of ``text``: units the word names by pinyin ("md" → 米东区), matched as well
    word_units: tuple[tuple[int, ...], ...] = ()

    @property
    def needs_judging(self) -> bool:
        return bool(self.light or self.overdue or self.not_reported or self.due_soon)


@dataclass(frozen=True)
class Judging:
    """What judging needs: the period, its due day (lights are judged as of it) and the rules."""

    period: str
    period_end: date
    due: date
    rules: Rules = Rules()


_INITIALS_CODE = re.compile(r"^([A-Za-z]+)(\d+(?:\.\d+)*)$|^(\d+(?:\.\d+)*)([A-Za-z]+)$")
_NAME_CODE = re.compile(r"^([^\d.]+)(\d+(?:\.\d+)+)$|^(\d+(?:\.\d+)+)([^\d.]+)$")
_SEPARATORS = re.compile(r"[\s,，、;；]+")
_PLAIN = re.compile(r"[A-Za-z0-9.]+")


def search_words(text: str) -> list[str]:
    """The words of a search, split at spaces and commas; full-width letters and digits read
    as half-width ("ｍｄ３．３"); unit initials or a unit's name run together with a measure
    code ("md3.3", "3.3md", "米东区3.3") are two words, as people type them."""
    out: list[str] = []
    for word in _SEPARATORS.split(text or ""):
        if not word:
            continue
        # the half-width form where it is letters, digits and dots only ("ｍｄ３．３"); other
        # text is searched as typed, since the stored text keeps its full-width （）：％
        plain = unicodedata.normalize("NFKC", word)
        word = plain if _PLAIN.fullmatch(plain) or _NAME_CODE.match(plain) else word
        m = _INITIALS_CODE.match(word) or _NAME_CODE.match(word)
        out.extend([g for g in m.groups() if g] if m else [word])
    return out


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(f: BrowseFilter, params: dict[str, Any]) -> str:
    parts: list[str] = []
    for key, column in (("policy_id", "t.policy_id"), ("task_id", "t.id"),
                        ("measure_id", "m.id"), ("unit_id", "u.id")):
        value = getattr(f, key)
        if value is not None:
            parts.append(f"{column} = :{key}")
            params[key] = value
    if f.status:
        parts.append(f"{_STATUS} = :status")
        params["status"] = f.status
    for i, word in enumerate(search_words(f.text)):
        name = f"t{i}"
        params[name] = _like(word)
        direct = " OR ".join(f"{col} LIKE :{name} ESCAPE '\\'" for col in _TEXT_FIELDS)
        units = f.word_units[i] if i < len(f.word_units) else ()
        if units:
            ids = ", ".join(f":{name}u{j}" for j in range(len(units)))
            params.update({f"{name}u{j}": uid for j, uid in enumerate(units)})
            direct += f" OR u.id IN ({ids})"
        in_reports = " OR ".join(f"{col} LIKE :{name} ESCAPE '\\'"
                                 for col in _REPORT_TEXT_FIELDS)
        parts.append(f"({direct} OR EXISTS (SELECT 1 FROM report rt WHERE "
                     f"rt.assignment_id = a.id AND ({in_reports})))")
    return (" WHERE " + " AND ".join(parts)) if parts else ""


def _order(sort: str, descending: bool) -> str:
    if sort not in _ORDER:
        raise ValueError(f"unknown sort key {sort!r}")
    head = _ORDER[sort].format(d="DESC" if descending else "ASC")
    return f" ORDER BY {head + ', ' if head else ''}{_CODE_ORDER}"


def _to_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def state_of(r: dict[str, Any], period_end: date) -> AssignmentState:
    return AssignmentState(
        assignment_id=r["assignment_id"], measure_id=r["measure_id"],
        measure_code=r["measure_code"], measure_title=r["measure_title"],
        task_id=r["task_id"], task_seq=r["task_seq"], task_title=r["task_title"],
        unit_id=r["unit_id"], unit_name=r["unit_name"], unit_kind=r["unit_kind"],
        unit_sort=r["unit_sort"], role=r["role"], deadline_text=r["deadline_text"],
        deadline_kind=r["deadline_kind"], deadline_date=_to_date(r["deadline_date"]),
        start_date=_to_date(r["start_date"]), closed_date=_to_date(r["closed_date"]),
        status=Status(r["status"]) if r["status"] else Status.NOT_STARTED,
        percent=r["percent"], report_id=r["report_id"], review_state=r["review_state"],
        reported_date=_to_date(r["reported_date"]), progress=r["progress"],
        problems=r["problems"], next_steps=r["next_steps"], period_end=period_end)


def _judge_row(r: dict[str, Any], j: Judging) -> Judgement:
    return judge(state_of(r, j.period_end), j.due, j.due, j.rules)


def _judge_lean(r: tuple, j: Judging) -> Judgement:
    """Judge a row of ``_JUDGE_COLUMNS`` (the display fields judging never reads are blank)."""
    state = AssignmentState(
        r[0], 0, "", "", 0, 0, "", 0, "", "", 0, "", "", r[1], _to_date(r[2]), _to_date(r[3]),
        _to_date(r[4]), _STATUS_OF.get(r[5], Status.NOT_STARTED), r[6], r[7], r[8],
        _to_date(r[9]), period_end=j.period_end)
    return judge(state, j.due, j.due, j.rules)


def _keeps(f: BrowseFilter, jd: Judgement) -> bool:
    if f.light and jd.light.value != f.light:
        return False
    if f.overdue and not jd.overdue:
        return False
    if f.due_soon and not jd.due_soon:
        return False
    return not (f.not_reported and not jd.not_reported)


def matching_ids(db: Database, f: BrowseFilter, j: Judging, sort: str = "code",
                 descending: bool = False) -> list[int]:
    """Ids of every assignment under the filter, in display order."""
    params: dict[str, Any] = {"period": j.period}
    where, order = _where(f, params), _order(sort, descending)
    if not f.needs_judging and sort != "light":
        lean = not (f.status or f.text.strip()) and sort not in _SORTS_ON_REPORTS
        source = _FROM_STRUCTURE if lean else _FROM  # the report joins only when they count
        return [r[0] for r in db.execute(f"SELECT a.id {source}{where}{order}", params)]
    narrow = _narrowing(f, j, params)
    if narrow:
        where = (where + " AND " if where else " WHERE ") + " AND ".join(narrow)
    judged: list[tuple[int, Judgement]] = []
    for r in db.execute(f"SELECT {_JUDGE_COLUMNS} {_FROM}{where}{order}", params):
        jd = _judge_lean(r, j)
        if _keeps(f, jd):
            judged.append((r[0], jd))
    if sort == "light":
        judged.sort(key=lambda item: LIGHT_RANK[item[1].light.value], reverse=descending)
    return [aid for aid, _ in judged]


def _narrowing(f: BrowseFilter, j: Judging, params: dict[str, Any]) -> list[str]:
    """SQL conditions every row a flag or light filter keeps must meet, so fewer rows are
    judged. They only narrow: :func:`tracker.lights.judge` still decides each row (逾期 needs a
    dated deadline before the judging date; 未报送 needs no report for the period, or one
    returned for rework; 临期 a deadline within the warning days)."""
    parts: list[str] = []
    if f.overdue or f.light == Light.RED.value:
        parts.append(f"a.deadline_kind NOT IN {_UNDATED} AND {_DEADLINE_DAY} < :judged_on")
    if f.not_reported or f.light == Light.GREY.value:
        parts.append("(cur.id IS NULL OR cur.review_state = '退回')")
    if f.due_soon:
        parts.append(f"a.deadline_kind NOT IN {_UNDATED} AND {_DEADLINE_DAY} >= :judged_on"
                     f" AND {_DEADLINE_DAY} <= :soon_until")
        params["soon_until"] = (j.due + timedelta(days=j.rules.warning_days)).isoformat()
    if parts:
        params["judged_on"] = j.due.isoformat()
    return parts


def count_matching(db: Database, f: BrowseFilter, j: Judging) -> int:
    """How many assignments the filter matches (all of them, not only a fetched page)."""
    if f.needs_judging:
        return len(matching_ids(db, f, j))
    params: dict[str, Any] = {"period": j.period}
    sql = f"SELECT count(*) {_FROM}{_where(f, params)}"
    return db.execute(sql, params).fetchone()[0]


def fetch_rows(db: Database, ids: list[int], j: Judging) -> list[dict[str, Any]]:
    """One page: a row dict per id (same order), with the judgement under ``"judgement"``."""
    if not ids:
        return []
    sql = (f"SELECT {_STATE_COLUMNS} {_FROM} "
           "WHERE a.id IN (SELECT value FROM json_each(:ids))")
    params = {"period": j.period, "ids": json.dumps(ids)}
    found = {r["assignment_id"]: r for r in db.query(sql, params)}
    out = []
    for aid in ids:
        r = found.get(aid)
        if r is None:  # deleted meanwhile
            continue
        r = dict(r)
        r["judgement"] = _judge_row(r, j)
        out.append(r)
    return out


def total_assignments(db: Database) -> int:
    return db.execute("SELECT count(*) FROM assignment").fetchone()[0]


def unit_choices(db: Database) -> list[dict[str, Any]]:
    """Units that hold at least one assignment, in catalog order (for the filter's unit list)."""
    return [dict(r) for r in db.query("""
        SELECT u.id, u.name FROM unit u WHERE EXISTS (
            SELECT 1 FROM assignment a WHERE a.unit_id = u.id)
        ORDER BY u.sort_order, u.id""")]


def policy_unit_choices(db: Database, policy_id: int) -> list[dict[str, Any]]:
    """Units in use (not 停用) that hold an assignment of the policy, in catalog order: those
    a template can go to."""
    return [dict(r) for r in db.query("""
        SELECT u.id, u.name FROM unit u WHERE u.active = 1 AND EXISTS (
            SELECT 1 FROM assignment a JOIN measure m ON m.id = a.measure_id
            JOIN task t ON t.id = m.task_id WHERE a.unit_id = u.id AND t.policy_id = ?)
        ORDER BY u.sort_order, u.id""", [policy_id])]


def period_bounds(db: Database) -> tuple[str | None, str | None]:
    """(first, last) period with any report (two statements: each is one index lookup)."""
    first = db.execute("SELECT min(period) FROM report").fetchone()[0]
    last = db.execute("SELECT max(period) FROM report").fetchone()[0]
    return first, last
