"""Undo and redo as new, logged actions; the history of a row."""

from __future__ import annotations

from typing import Any

from tracker.db import actions as _actions
from tracker.db.history_queries import (
    assignment_history,
    last_effective_action,
    recent_actions,
    row_history,
)
from tracker.db.queries import reports_of_assignment
from tracker.history_lines import CHINESE, HistoryEntry, HistoryWords, build_entries
from tracker.services.workspace import Workspace

__all__ = ["undo", "redo", "undo_last", "row_history", "assignment_trail", "recent"]


def assignment_trail(ws: Workspace, assignment_id: int,
                     words: HistoryWords = CHINESE) -> list[HistoryEntry]:
    """留痕 of one assignment (its fields, reports and 延期), one entry per action, oldest
    first; undone and redone actions included."""
    periods = {r["id"]: r["period"] for r in reports_of_assignment(ws.db, assignment_id)}
    return build_entries(assignment_history(ws.db, assignment_id), periods, words)


def recent(ws: Workspace, limit: int = 50) -> list[dict[str, Any]]:
    """The newest actions of the whole database (who, when, what), newest first."""
    return recent_actions(ws.db, limit)


def undo(ws: Workspace, action_id: int) -> int:
    """Undo one action (its inverse is written and logged); returns the undo's action id."""
    return _actions.undo_action(ws.db, ws.who, action_id, "undo")


def redo(ws: Workspace, undo_action_id: int) -> int:
    """Redo = undo the undo; also a new, logged action."""
    return _actions.undo_action(ws.db, ws.who, undo_action_id, "redo")


def undo_last(ws: Workspace) -> int | None:
    last = last_effective_action(ws.db)
    return undo(ws, last) if last else None
