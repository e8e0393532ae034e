"""The plain-SQL floor each of our numbers is printed against (same answers, no app code)."""

from __future__ import annotations

import sqlite3

# The same answer as `tracker status` (per task and per unit: the four statuses, 逾期,
# 未报送, reports on time) from one hand-written statement.
STATUS_BASELINE = """
WITH s AS (
  SELECT t.seq AS task_seq, a.unit_id, a.deadline_kind AS dk, a.deadline_date AS dd,
         a.closed_date AS cd, cur.id AS rid, cur.review_state AS rs, cur.reported_date AS rd,
         coalesce(cur.status, last.status, '未启动') AS status
  FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN task t ON t.id = m.task_id
  LEFT JOIN report cur ON cur.assignment_id = a.id AND cur.period = :period
  LEFT JOIN report last ON last.id = (
      SELECT r2.id FROM report r2 WHERE r2.assignment_id = a.id AND r2.period <= :period
        AND r2.status IS NOT NULL ORDER BY r2.period DESC LIMIT 1)
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
