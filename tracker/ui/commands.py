"""QUndoStack commands whose do / undo / redo call the service verbs, so every undo and redo is
itself a logged action in the database (留痕)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tracker.errors import TrackerError
from tracker.services import history
from tracker.services.workspace import Workspace

translate = QCoreApplication.translate


class ServiceCommand(QUndoCommand):
    """Wraps one service call. ``do`` performs the verb; the id of the action it wrote is found
    from the change log, so undo is ``history.undo(that id)`` and redo ``history.redo(undo id)``.

    Push it with ``stack.push(cmd)``: Qt calls ``redo()`` at once, which runs ``do`` the first
    time and a logged redo afterwards.

    The database may refuse an undo or a redo (``undo_conflict``: a row it would restore was
    changed later, e.g. by an import). QUndoStack cannot be told that a command failed: it moves
    its index after ``undo()`` / ``redo()`` returns, whatever happened. So a refused step puts the
    stack back at once (a guarded redo or undo that touches nothing, run from the stack's
    ``indexChanged`` — before anything else can happen), and says what to do. ``stack``: the
    stack the command is pushed on (``verb_runner.run_verb`` gives it).
    """

    def __init__(self, ws_provider: Callable[[], Workspace], text: str,
                 do: Callable[[Workspace], object], on_change: Callable[[], None] | None = None,
                 stack: QUndoStack | None = None) -> None:
        super().__init__(text)
        self._ws = ws_provider
        self._do = do
        self._on_change = on_change
        self._stack_ref = weakref.ref(stack) if stack is not None else None
        self._putting_back = False
        self.action_id: int | None = None
        self.undo_id: int | None = None
        self.result: object = None
        self.error: Exception | None = None
        self.refusal: Exception | None = None  # the last refused undo or redo

    def _last_action(self, ws: Workspace) -> int | None:
        from tracker.db.history_queries import last_action_id

        return last_action_id(ws.db)

    def redo(self) -> None:
        if self._putting_back:  # the stack re-enters a refused undo's place: nothing to do
            self._putting_back = False
            return
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
            try:
                history.redo(ws, self.undo_id)
            except Exception as exc:
                self._refused(ws, exc, undoing=False)
                return
            self.undo_id = None
        if self._on_change:
            self._on_change()

    def undo(self) -> None:
        if self._putting_back:  # the stack leaves a refused redo's place: nothing to do
            self._putting_back = False
            return
        if self.action_id is None:
            return
        ws = self._ws()
        if self.undo_id is None:
            # the original action is in effect again after a redo (its undo was undone)
            try:
                self.undo_id = history.undo(ws, self.action_id)
            except Exception as exc:
                self._refused(ws, exc, undoing=True)
                return
        if self._on_change:
            self._on_change()

    # ------------------------------------------------------------------ refusals
    def _find_stack(self, undoing: bool) -> QUndoStack | None:
        """The stack running this command now (the one given): while it undoes us, we are just
        below its index; while it redoes us, at its index."""
        stack = self._stack_ref() if self._stack_ref is not None else None
        if stack is None:
            return None
        at = stack.index() - 1 if undoing else stack.index()
        return stack if 0 <= at < stack.count() and stack.command(at) is self else None

    def _refused(self, ws: Workspace, exc: Exception, undoing: bool) -> None:
        """Keep the stack where it was, then tell the user (a TrackerError) or re-raise."""
        self.refusal = exc
        stack = self._find_stack(undoing)
        if stack is not None:
            self._put_back_after_move(stack, undoing)
        if not isinstance(exc, TrackerError):
            raise exc
        parent = QApplication.activeWindow()
        if parent is None and stack is not None and isinstance(stack.parent(), QWidget):
            parent = stack.parent()
        box = QMessageBox(QMessageBox.Icon.Warning,
                          translate("VerbRunner", "Not possible"),
                          self.refusal_text(ws, exc, undoing),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("undoRefused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _put_back_after_move(self, stack: QUndoStack, undoing: bool) -> None:
        """When ``undo()`` / ``redo()`` returns, QUndoStack moves its index one step; the first
        ``indexChanged`` after that moves it back (the command's guard makes that step touch
        nothing), so undo text, redo text and their actions are as before."""
        moved_to = stack.index() - 1 if undoing else stack.index() + 1

        def put_back(index: int) -> None:
            stack.indexChanged.disconnect(put_back)
            if index != moved_to:
                return
            self._putting_back = True
            try:
                if undoing:
                    stack.redo()
                else:
                    stack.undo()
            finally:
                self._putting_back = False

        stack.indexChanged.connect(put_back)

    def refusal_text(self, ws: Workspace, exc: TrackerError, undoing: bool) -> str:
        """Plain words without internal numbers: what was refused, why, and what to do."""
        if exc.code != "undo_conflict":
            from tracker.ui.verb_runner import error_text

            return error_text(exc)
        head = (translate("ServiceCommand", "Cannot undo “%1”.") if undoing
                else translate("ServiceCommand", "Cannot redo “%1”.")).replace("%1", self.text())
        batch = later_import(ws, exc.data.get("table"), exc.data.get("row_id"),
                             self.action_id if undoing else self.undo_id)
        if batch is not None:
            why = translate(
                "ServiceCommand",
                "The same data was changed afterwards by the import of “%1”. Undo that import "
                "first (Reporting → Undo an import…), then try again.").replace(
                    "%1", batch["file_name"] or "")
        elif undoing:
            why = translate(
                "ServiceCommand",
                "The same data was changed afterwards (by an import or another edit). Undo that "
                "later change first (an import: Reporting → Undo an import…), then try again.")
        else:
            why = translate(
                "ServiceCommand",
                "The same data was entered or changed again after this step was undone (by an "
                "import or another edit). To bring this step back, undo that later change first "
                "(an import: Reporting → Undo an import…), then try again.")
        return f"{head}\n\n{why}"


def later_import(ws: Workspace, table: str | None, row_id: int | None,
                 after_action: int | None) -> dict | None:
    """The import batch (still in effect) that last changed the row after ``after_action``."""
    if not table or row_id is None or after_action is None:
        return None
    from tracker.db.actions import is_effective
    from tracker.db.imports_queries import get_batch

    later = [c for c in history.row_history(ws.db, table, row_id)
             if c["action_id"] > after_action]
    for change in reversed(later):
        if change["verb"] != "import" or change["batch_id"] is None:
            continue
        if not is_effective(ws.db, change["action_id"]):
            continue
        batch = get_batch(ws.db, change["batch_id"])
        if batch is not None and not batch["undone_at"]:
            return batch
    return None
