"""Running one service verb from a window: as an undoable, logged command, with the core's
refusal shown to the user (a non-blocking message box) instead of an exception."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.errors import TrackerError
from tracker.services.workspace import Workspace
from tracker.ui.commands import ServiceCommand


def error_text(exc: Exception) -> str:
    """The sentence for a refusal: the core renders Chinese; ``tr`` lets a translation in."""
    if isinstance(exc, TrackerError):
        return QCoreApplication.translate("TrackerError", exc.message())
    return str(exc)


def show_error(parent: QWidget | None, exc: Exception) -> QMessageBox:
    """Window-modal but non-blocking (``open``), so the caller goes on; deleted on close."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("VerbRunner", "Not possible"),
                      error_text(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("verbError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_verb(parent: QWidget | None, undo_stack: QUndoStack,
             ws_provider: Callable[[], Workspace], text: str,
             do: Callable[[Workspace], Any],
             on_change: Callable[[], None] | None = None) -> tuple[bool, Any]:
    """Push ``do`` as a ServiceCommand. Returns (done, result). A TrackerError is shown to the
    user and gives (False, None); any other exception is re-raised for the global handler."""
    cmd = ServiceCommand(ws_provider, text, do, on_change, stack=undo_stack)
    undo_stack.push(cmd)
    error = cmd.error
    if error is not None:
        if not isinstance(error, TrackerError):
            raise error
        show_error(parent, error)
        return False, None
    return True, cmd.result
