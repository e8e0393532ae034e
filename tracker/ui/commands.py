"""QUndoStack commands whose do / undo / redo call the service verbs, so every undo and redo is
itself a logged action in the database (留痕)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from tracker.services import history
from tracker.services.workspace import Workspace


class ServiceCommand(QUndoCommand):
    """Wraps one service call. ``do`` performs the verb; the id of the action it wrote is found
    from the change log, so undo is ``history.undo(that id)`` and redo ``history.redo(undo id)``.

    Push it with ``stack.push(cmd)``: Qt calls ``redo()`` at once, which runs ``do`` the first
    time and a logged redo afterwards.
    """

    def __init__(self, ws_provider: Callable[[], Workspace], text: str,
                 do: Callable[[Workspace], object], on_change: Callable[[], None] | None = None
                 ) -> None:
        super().__init__(text)
        self._ws = ws_provider
        self._do = do
        self._on_change = on_change
        self.action_id: int | None = None
        self.undo_id: int | None = None
        self.result: object = None
        self.error: Exception | None = None

    def _last_action(self, ws: Workspace) -> int | None:
        from tracker.db.history_queries import last_action_id

        return last_action_id(ws.db)

    def redo(self) -> None:
        ws = self._ws()
        if self.action_id is None:
            before = self._last_action(ws)
            try:
                self.result = self._do(ws)
            except Exception as exc:  # reported by the caller; the command becomes a no-op
                self.error = exc
                self.setObsolete(True)
                return
            after = self._last_action(ws)
            self.action_id = after if after != before else None
            if self.action_id is None:
                self.setObsolete(True)
        elif self.undo_id is not None:
            history.redo(ws, self.undo_id)
            self.undo_id = None
        if self._on_change:
            self._on_change()

    def undo(self) -> None:
        if self.action_id is None:
            return
        ws = self._ws()
        if self.undo_id is None:
            # the original action is in effect again after a redo (its undo was undone)
            self.undo_id = history.undo(ws, self.action_id)
        if self._on_change:
            self._on_change()
