"""Undo and redo as new, logged actions; the history of a row."""

from __future__ import annotations

from tracker.db import actions as _actions
from tracker.db.history_queries import last_effective_action, row_history
from tracker.services.workspace import Workspace

__all__ = ["undo", "redo", "undo_last", "row_history"]


def undo(ws: Workspace, action_id: int) -> int:
    """Undo one action (its inverse is written and logged); returns the undo's action id."""
    return _actions.undo_action(ws.db, ws.who, action_id, "undo")


def redo(ws: Workspace, undo_action_id: int) -> int:
    """Redo = undo the undo; also a new, logged action."""
    return _actions.undo_action(ws.db, ws.who, undo_action_id, "redo")


def undo_last(ws: Workspace) -> int | None:
    last = last_effective_action(ws.db)
    return undo(ws, last) if last else None
