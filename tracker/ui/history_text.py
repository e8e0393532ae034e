"""The change log of one assignment as lines, in the window's language: the words of
``tracker.history_lines`` through Qt's translation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker import history_lines
from tracker.deadlines import format_cn_datetime as cn_datetime  # noqa: F401 - re-exported
from tracker.history_lines import (  # noqa: F401 - re-exported for the window's modules
    HistoryEntry,
    HistoryWords,
    action_summary,
)

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "status": translate("HistoryText", "Status"), "percent": translate("HistoryText", "Progress %"), "progress": translate("HistoryText", "Progress"),
        "problems": translate("HistoryText", "Problems"), "next_steps": translate("HistoryText", "Next steps"), "extra": translate("HistoryText", "Notes"),
        "review_state": translate("HistoryText", "Review"), "review_note": translate("HistoryText", "Review note"),
        "reported_date": translate("HistoryText", "Report date"), "role": translate("HistoryText", "Role"),
        "action_text": translate("HistoryText", "Unit's action"), "deadline_text": translate("HistoryText", "Deadline"),
        "closed_date": translate("HistoryText", "Closed on"), "start_date": translate("HistoryText", "Start date"),
        "new_text": translate("HistoryText", "Extended to"), "reason": translate("HistoryText", "Reason"),
        "approved_by": translate("HistoryText", "Approved by"),
    }


def words() -> HistoryWords:
    return HistoryWords(field_labels(), translate("HistoryText", "(empty)"),
                        translate("HistoryText", "(removed)"))


def build_entries(changes: list[dict[str, Any]], report_periods: dict[int, str]
                  ) -> list[HistoryEntry]:
    """Group change-log rows (from ``assignment_history``) by action, oldest first."""
    return history_lines.build_entries(changes, report_periods, words())
