"""The plain-SQL floor each of our numbers is printed against (same answers, no app code)."""

from __future__ import annotations

import sqlite3

# The same answer as `tracker status` (per task and per unit: the four statuses, 逾期,
# 未报送, reports on time) from one hand-written statement.
STATUS_BASELINE = """
WITH s AS (
  SELECT t.seq AS task_seq, a.unit_id, a.deadline_kind AS dk, a.deadline_date AS dd,
         a.closed_date AS cd, cur.id AS rid, cur.review_state AS rs, cur.reported_date AS rd,
         coalesce(last.status, '未启动') AS status
  FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
  LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
  LEFT JOIN report last ON last.id = (
      SELECT r2.id FROM report r2 WHERE r2.assignment_id = a.id AND r2.period <= :period
        AND r2.status IS NOT NULL AND r2.review_state != '退回'
      ORDER BY r2.period DESC LIMIT 1)
  WHERE (:policy IS NULL OR t.policy_id = :policy)
), f AS (
  SELECT task_seq, unit_id, status,
    (dk NOT IN ('ongoing','recurring','unparsed','none') AND dd < :as_of
     AND status != '已完成' AND (cd IS NULL OR cd > :as_of)) AS overdue,
    ((rid IS NULL OR rs = '退回') AND status != '已完成' AND (cd IS NULL OR cd > :as_of)) AS nr,
    (rid IS NOT NULL AND coalesce(rs, '') != '退回' AND (rd IS NULL OR rd <= :as_of)) AS on_time
  FROM s
)
SELECT 'task' AS level, task_seq AS key, status, sum(overdue), sum(nr), sum(on_time), count(*)
FROM f GROUP BY task_seq, status
UNION ALL
SELECT 'unit', unit_id, status, sum(overdue), sum(nr), sum(on_time), count(*)
FROM f GROUP BY unit_id, status
"""

WORD_BASELINE = """
SELECT a.id FROM assignment a JOIN measure m ON m.id = a.measure_id
WHERE m.title LIKE ? OR m.description LIKE ? OR EXISTS (
  SELECT 1 FROM report r WHERE r.assignment_id = a.id
  AND (r.progress LIKE ? OR r.problems LIKE ? OR r.next_steps LIKE ?))
"""

UNIT_STATUS_BASELINE = """
SELECT a.id FROM assignment a JOIN report r ON r.assignment_id = a.id AND r.period = ?
WHERE a.unit_id = ? AND r.status = ?
"""


def status_counts(conn: sqlite3.Connection, policy_id: int | None, period: str,
                  as_of: str) -> list:
    return conn.execute(STATUS_BASELINE, {"policy": policy_id, "period": period,
                                          "as_of": as_of}).fetchall()


def word_filter(conn: sqlite3.Connection, word: str) -> list:
    like = f"%{word}%"
    return conn.execute(WORD_BASELINE, (like,) * 5).fetchall()


def unit_status_filter(conn: sqlite3.Connection, period: str, unit_id: int, status: str) -> list:
    return conn.execute(UNIT_STATUS_BASELINE, (period, unit_id, status)).fetchall()


# ---------------------------------------------------------------- the window's filters
# The same answers as tracker.db.browse.matching_ids (every matching assignment, in the table's
# order), written by hand: the effective status is this period's report, else the latest
# earlier one with a status, else 未启动; lights are judged as of the period's due day.
_EFFECTIVE = """
WITH s AS (
  SELECT a.id, p.sort_order AS ps, p.id AS pid, t.seq AS ts, m.seq AS ms, u.sort_order AS us,
         u.id AS uid, a.unit_id, m.code, m.title, m.description, a.action_text, u.name,
         a.deadline_kind AS dk, substr(a.deadline_date, 1, 10) AS dd,
         substr(a.start_date, 1, 10) AS sd, substr(a.closed_date, 1, 10) AS cd,
         cur.id AS rid, cur.review_state AS rs,
         coalesce(cur.status, last.status, '未启动') AS status,
         coalesce(cur.percent, last.percent) AS pct
  FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
  JOIN policy p ON p.id = t.policy_id JOIN unit u ON u.id = a.unit_id
  LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
  LEFT JOIN report last ON last.id = (
      SELECT r2.id FROM report r2 WHERE r2.assignment_id = a.id AND r2.period <= :period
        AND r2.status IS NOT NULL ORDER BY r2.period DESC LIMIT 1)
)"""
_ORDER = " ORDER BY ps, pid, ts, ms, us, uid, id"

TEXT_BASELINE = _EFFECTIVE + """
SELECT id FROM s WHERE code LIKE :w OR title LIKE :w OR description LIKE :w
  OR action_text LIKE :w OR name LIKE :w OR status LIKE :w
  OR EXISTS (SELECT 1 FROM report r WHERE r.assignment_id = s.id AND (r.progress LIKE :w
     OR r.problems LIKE :w OR r.next_steps LIKE :w OR r.extra LIKE :w OR r.review_note LIKE :w))
""" + _ORDER

EFFECTIVE_UNIT_STATUS_BASELINE = _EFFECTIVE + """
SELECT id FROM s WHERE unit_id = :unit AND status = :status""" + _ORDER

_JUDGED = _EFFECTIVE + """, f AS (
  SELECT *, dk NOT IN ('ongoing', 'recurring', 'unparsed', 'none') AS dated,
         status = '已完成' AS done, (cd IS NOT NULL AND cd <= :as_of) AS closed
  FROM s
), g AS (
  SELECT *,
    (dated AND dd IS NOT NULL AND dd < :as_of AND NOT done AND NOT closed) AS overdue,
    ((rid IS NULL OR coalesce(rs, '') = '退回') AND :as_of >= :due AND NOT done AND NOT closed
     AND (sd IS NULL OR sd <= :period_end)) AS nr,
    (dated AND dd IS NOT NULL AND NOT done AND NOT closed
     AND julianday(dd) - julianday(:as_of) BETWEEN 0 AND :warning_days) AS due_soon,
    CASE WHEN dated AND sd IS NOT NULL AND dd IS NOT NULL AND dd > sd THEN
      min(100, max(0, CAST((julianday(:as_of) - julianday(sd)) * 100.0
                           / (julianday(dd) - julianday(sd)) + 0.5 AS INTEGER)))
    END AS expected
  FROM f
), h AS (
  SELECT *, CASE
    WHEN overdue THEN 'red'
    WHEN nr THEN 'grey'
    WHEN NOT done AND NOT closed AND (due_soon OR status = '滞后' OR (expected IS NOT NULL
         AND pct IS NOT NULL AND expected - pct > :tolerance)) THEN 'yellow'
    ELSE 'green' END AS light
  FROM g
)"""

OVERDUE_BASELINE = _JUDGED + " SELECT id FROM h WHERE overdue" + _ORDER
NOT_REPORTED_BASELINE = _JUDGED + " SELECT id FROM h WHERE nr" + _ORDER
LIGHT_BASELINE = _JUDGED + " SELECT id FROM h WHERE light = :light" + _ORDER


def _ids(conn: sqlite3.Connection, sql: str, params: dict) -> list[int]:
    return [r[0] for r in conn.execute(sql, params)]


def text_filter(conn: sqlite3.Connection, period: str, word: str) -> list[int]:
    return _ids(conn, TEXT_BASELINE, {"period": period, "w": f"%{word}%"})


def effective_unit_status_filter(conn: sqlite3.Connection, period: str, unit_id: int,
                                 status: str) -> list[int]:
    return _ids(conn, EFFECTIVE_UNIT_STATUS_BASELINE,
                {"period": period, "unit": unit_id, "status": status})


def _judging(period: str, period_end: str, due: str, warning_days: int,
             tolerance: int) -> dict:
    return {"period": period, "period_end": period_end, "as_of": due, "due": due,
            "warning_days": warning_days, "tolerance": tolerance}


def overdue_filter(conn: sqlite3.Connection, period: str, period_end: str, due: str,
                   warning_days: int, tolerance: int) -> list[int]:
    return _ids(conn, OVERDUE_BASELINE,
                _judging(period, period_end, due, warning_days, tolerance))


def not_reported_filter(conn: sqlite3.Connection, period: str, period_end: str, due: str,
                        warning_days: int, tolerance: int) -> list[int]:
    return _ids(conn, NOT_REPORTED_BASELINE,
                _judging(period, period_end, due, warning_days, tolerance))


def light_filter(conn: sqlite3.Connection, period: str, period_end: str, due: str,
                 warning_days: int, tolerance: int, light: str) -> list[int]:
    return _ids(conn, LIGHT_BASELINE,
                {**_judging(period, period_end, due, warning_days, tolerance), "light": light})
