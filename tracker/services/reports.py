"""Verbs on monthly reports: record (typed in), review (审核通过), return (退回)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.db.actions import Action, now_iso, write_action
from tracker.db.queries import find_report, get_row
from tracker.errors import TrackerError
from tracker.model import STATUSES, ReviewState
from tracker.periods import parse_period, period_label
from tracker.services.workspace import Workspace

REPORT_FIELDS = ("status", "percent", "progress", "problems", "next_steps", "extra",
                 "reported_date")


@dataclass
class ReportInput:
    status: str | None = None
    percent: int | None = None
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    extra: str = ""
    reported_date: date | None = None

    def validate(self) -> None:
        if self.status is not None and self.status not in STATUSES:
            raise TrackerError("status_invalid", status=self.status,
                               statuses="、".join(STATUSES))
        if self.percent is not None and not 0 <= int(self.percent) <= 100:
            raise TrackerError("report_percent_invalid", percent=self.percent)

    def values(self) -> dict:
        return {"status": self.status, "percent": self.percent,
                "progress": self.progress.strip(), "problems": self.problems.strip(),
                "next_steps": self.next_steps.strip(), "extra": self.extra.strip(),
                "reported_date": (self.reported_date or date.today()).isoformat()}


def new_report_row(assignment_id: int, period: str, data: ReportInput, source: str,
                   batch_id: int | None = None, at: str | None = None) -> dict:
    """Every column of a new report (待审核), in one order."""
    return {"assignment_id": assignment_id, "period": period, **data.values(),
            "source": source, "batch_id": batch_id, "review_state": ReviewState.PENDING.value,
            "review_note": "", "updated_at": at or now_iso()}


def write_report_in(act: Action, assignment_id: int, period: str, data: ReportInput,
                    source: str, batch_id: int | None = None) -> tuple[int, dict]:
    """Insert or overwrite (field by field) one report inside an action; an overwritten report
    goes back to 待审核. Returns (report id, changed fields)."""
    values = data.values()
    existing = find_report(act.db, assignment_id, period)
    if existing is None:
        rid = act.insert("report", new_report_row(assignment_id, period, data, source, batch_id))
        return rid, {k: (None, v) for k, v in values.items()}
    content = {k: v for k, v in values.items() if k != "reported_date"}
    if all(existing.get(k) == v for k, v in content.items()):
        return existing["id"], {}
    changed = act.update("report", existing["id"], {
        **values, "source": source, "batch_id": batch_id,
        "review_state": ReviewState.PENDING.value, "updated_at": now_iso()})
    return existing["id"], changed


def record_report(ws: Workspace, assignment_id: int, period: str, data: ReportInput) -> int:
    period = parse_period(period)
    data.validate()
    if get_row(ws.db, "assignment", assignment_id) is None:
        raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
    with write_action(ws.db, ws.who, "record_report", f"录入{period_label(period)}进展") as act:
        rid, _ = write_report_in(act, assignment_id, period, data, "typed")
        return rid


def review_report(ws: Workspace, report_id: int, approve: bool, note: str = "") -> dict:
    """审核通过, or 退回 with a note (a returned report counts as not reported)."""
    if get_row(ws.db, "report", report_id) is None:
        raise TrackerError("row_missing", table="report", row_id=report_id)
    if not approve and not note.strip():
        raise TrackerError("return_note_missing")
    state = ReviewState.APPROVED if approve else ReviewState.RETURNED
    with write_action(ws.db, ws.who, "review", f"审核：{state.value}") as act:
        return act.update("report", report_id, {"review_state": state.value,
                                                "review_note": note.strip()})
