"""Building a monthly summary from the database (the verb shared by the report window and
`tracker report`)."""

from __future__ import annotations

from tracker.db.exports_queries import reports_by_assignment
from tracker.db.queries import get_policy, get_row, measures
from tracker.errors import TrackerError
from tracker.excel.specs import cn_ordinal
from tracker.periods import parse_period, prev_period
from tracker.reports.summary import RETURNED, MonthlySummary, build_summary
from tracker.services.status import period_counts
from tracker.services.workspace import Workspace


def monthly_summary(ws: Workspace, policy_id: int, period: str, *, unit_id: int | None = None,
                    task_seq: int | None = None) -> MonthlySummary:
    period = parse_period(period)
    policy = get_policy(ws.db, policy_id)
    if policy is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    counts = period_counts(ws, policy_id, period, unit_id=unit_id, task_seq=task_seq,
                           with_texts=True)
    previous = period_counts(ws, policy_id, prev_period(period), unit_id=unit_id,
                             task_seq=task_seq)
    all_measures = measures(ws.db, policy_id)
    if task_seq is not None:
        all_measures = [m for m in all_measures if m["task_seq"] == task_seq]
    if unit_id is not None:  # a unit's own report counts its own measures
        all_measures = [m for m in all_measures
                        if any(s.measure_id == m["id"] for s, _ in counts.judged)]
    settings = ws.settings()
    summary = build_summary(counts, previous, policy=policy, office=settings["office_name"],
                            period=period, measure_total=len(all_measures),
                            demo=settings.get("demo") == "1",
                            return_notes=return_notes(ws, policy_id, period))
    if unit_id is not None:
        unit = get_row(ws.db, "unit", unit_id)
        summary.scope_unit = unit["name"] if unit else ""
    if task_seq is not None:
        title = next((m["task_title"] for m in measures(ws.db, policy_id)
                      if m["task_seq"] == task_seq), "")
        summary.scope_task = f"重点任务{cn_ordinal(task_seq)}“{title}”" if title \
            else f"重点任务{cn_ordinal(task_seq)}"
    return summary


def return_notes(ws: Workspace, policy_id: int, period: str) -> dict[int, str]:
    """assignment id → review note of every report of ``period`` returned for rework."""
    return {aid: (r.get("review_note") or "").strip()
            for aid, r in reports_by_assignment(ws.db, policy_id, period).items()
            if r.get("review_state") == RETURNED}
