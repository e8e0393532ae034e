"""Counting a period: the one entry point used by `tracker status`, the dashboard and reports."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tracker.db.queries import assignment_states, list_policies, periods_with_reports
from tracker.errors import TrackerError
from tracker.lights import Rules
from tracker.periods import (
    due_date,
    next_period,
    parse_period,
    period_end,
    period_of,
    prev_period,
)
from tracker.services.workspace import Workspace
from tracker.textnorm import norm_key

if TYPE_CHECKING:  # counting is loaded when a period is counted, not to start the window
    from tracker.counting import Counts


def resolve_policy(ws: Workspace, name: str | None = None) -> dict:
    """``--policy``: by id, title or short title; default the only or the most recent one."""
    policies = list_policies(ws.db)
    if not policies:
        raise TrackerError("no_policy", exit_code=1)
    if not name:
        return max(policies, key=lambda p: (p["created_at"] or "", p["id"]))
    key = norm_key(name)
    for p in policies:
        if str(p["id"]) == name or key in (norm_key(p["title"]), norm_key(p["short_title"])):
            return p
    matches = [p for p in policies if key in norm_key(p["title"])]
    if len(matches) == 1:
        return matches[0]
    raise TrackerError("policy_unknown", exit_code=2, name=name)


def default_period(ws: Workspace, policy_id: int | None) -> str:
    """The latest period with reports, else the current month."""
    periods = periods_with_reports(ws.db, policy_id)
    return periods[-1] if periods else period_of(date.today())


def template_period(ws: Workspace, policy_id: int | None, today: date | None = None) -> str:
    """The month templates go out for: this month from its 15th (June's go out about June
    25), the month before until then (on July 3, June's returns are still coming in); never
    more than one month after the latest month with reports (a database of 2019 opened
    today)."""
    today = today or date.today()
    wanted = period_of(today) if today.day >= 15 else prev_period(period_of(today))
    periods = periods_with_reports(ws.db, policy_id)
    return min(wanted, next_period(periods[-1])) if periods else wanted


def rules(ws: Workspace, settings: dict[str, str] | None = None) -> Rules:
    settings = settings or ws.settings()
    return Rules(warning_days=ws.setting_int("warning_days", settings),
                 tolerance=ws.setting_int("tolerance", settings))


def period_due(ws: Workspace, period: str, settings: dict[str, str] | None = None) -> date:
    return due_date(period, ws.setting_int("report_due_day", settings))


def period_counts(ws: Workspace, policy_id: int | None, period: str | None = None, *,
                  unit_id: int | None = None, task_seq: int | None = None,
                  as_of: date | None = None, with_texts: bool = False) -> Counts:
    """Counts for a period, lights judged as of the period's due day (never "today");
    ``with_texts`` also loads this period's 进展 / 问题 / 下步 into ``Counts.judged``."""
    period = parse_period(period) if period else default_period(ws, policy_id)
    settings = ws.settings()
    due = period_due(ws, period, settings)
    states = assignment_states(ws.db, policy_id, period, period_end(period), unit_id, task_seq,
                               with_texts=with_texts)
    from tracker.counting import count

    return count(states, as_of or due, due, rules(ws, settings))
