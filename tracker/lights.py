"""Status, flags and lights of one assignment as of a date (pure rules, table-tested).

- status in a period: that period's report, else the latest earlier one, else 未启动;
- 逾期 (overdue): the deadline date has passed, not 已完成, not closed; ongoing, recurring and
  undated deadlines are never overdue;
- 未报送 (not reported): no report for the period, or only one returned for rework, once the
  period's due day has come; 已完成 and closed assignments are never 未报送, nor an assignment
  whose start date lies after the period;
- light, with precedence red (逾期) > grey (未报送) > yellow (deadline within the warning days,
  reported 滞后, or percent behind 序时进度 by more than the tolerance) > green;
  已完成 and closed items are never red.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from tracker.model import Light, ReviewState, Status


@dataclass(frozen=True)
class Rules:
    warning_days: int = 30
    tolerance: int = 10  # percentage points behind 序时进度 before yellow


@dataclass(slots=True)
class AssignmentState:
    """What the database knows of one assignment for one period (filled by tracker.db)."""

    assignment_id: int
    measure_id: int
    measure_code: str
    measure_title: str
    task_id: int
    task_seq: int
    task_title: str
    unit_id: int
    unit_name: str
    unit_kind: str
    unit_sort: int
    role: str
    deadline_text: str
    deadline_kind: str
    deadline_date: date | None
    start_date: date | None
    closed_date: date | None
    status: Status  # effective status for the period
    percent: int | None
    report_id: int | None  # this period's report, if any
    review_state: str | None  # this period's report's review state
    reported_date: date | None  # this period's report's date
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    period_end: date | None = None
    original_deadline_text: str = ""  # before a 延期 (with the texts only)


@dataclass(slots=True)
class Judgement:
    status: Status
    overdue: bool
    not_reported: bool
    reported_late: bool
    behind_schedule: bool
    due_soon: bool
    expected_percent: int | None
    light: Light
    closed: bool = False  # 销号 on or before the judging day


def expected_percent(start: date | None, deadline: date | None, as_of: date) -> int | None:
    """序时进度: share of the time from start to deadline that has elapsed, 0–100."""
    if start is None or deadline is None or deadline <= start:
        return None
    share = (as_of - start).days * 100 / (deadline - start).days
    return max(0, min(100, math.floor(share + 0.5)))  # half up, as SQLite's round()


_UNDATED = frozenset(("ongoing", "recurring", "unparsed", "none"))
_DONE, _BEHIND = Status.DONE, Status.BEHIND  # plain module constants: enum lookups are slow
_RETURNED = ReviewState.RETURNED.value
_RED, _GREY, _YELLOW, _GREEN = Light.RED, Light.GREY, Light.YELLOW, Light.GREEN


def judge(s: AssignmentState, as_of: date, due: date, rules: Rules = Rules()) -> Judgement:
    """Judge one assignment as of ``as_of`` for a period whose reports are due on ``due``."""
    status = s.status
    deadline = s.deadline_date
    done = status == _DONE
    closed = s.closed_date is not None and s.closed_date <= as_of
    open_ = not done and not closed
    dated = deadline is not None and s.deadline_kind not in _UNDATED
    overdue = dated and open_ and deadline < as_of
    has_report = s.report_id is not None and s.review_state != _RETURNED
    start = s.start_date
    started = start is None or s.period_end is None or start <= s.period_end
    not_reported = not has_report and open_ and as_of >= due and started
    reported_late = has_report and s.reported_date is not None and s.reported_date > due
    exp = expected_percent(start, deadline, as_of) if dated else None
    behind = (exp is not None and s.percent is not None and not done
              and exp - s.percent > rules.tolerance)
    due_soon = dated and open_ and 0 <= (deadline - as_of).days <= rules.warning_days
    if overdue:
        light = _RED
    elif not_reported:
        light = _GREY
    elif open_ and (due_soon or status == _BEHIND or behind):
        light = _YELLOW
    else:
        light = _GREEN
    return Judgement(status, overdue, not_reported, reported_late, behind, due_soon, exp, light,
                     closed)
