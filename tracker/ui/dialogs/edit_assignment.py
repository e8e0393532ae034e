"""修改分解信息: a unit's own 具体举措, as the unit sent it, and a 完成时限 typed wrongly at set-up
(USERS.md step 1). An approved later deadline is a 延期, not this; the dialog says so. One
undoable, logged action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import assignment_context
from tracker.deadlines import format_cn_date, parse_deadline
from tracker.errors import TrackerError
from tracker.services.assignments import edit_assignment
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    InlineMessage,
    context_label,
    may_close,
    measure_heading,
    plain_text,
    with_message,
)
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import role_label
from tracker.ui.verb_runner import run_verb


class EditAssignmentDialog(QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 assignment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.assignment_id = assignment_id
        c = assignment_context(ws_provider().db, assignment_id)
        if c is None:
            raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
        self._ctx = c
        self.setWindowTitle(self.tr("Edit the assignment"))
        layout = QVBoxLayout(self)
        layout.addWidget(measure_heading(c['measure_code'], c['measure_title']))
        layout.addWidget(context_label(self.tr("Unit: {unit} ({role})").format(
            unit=c["unit_name"], role=role_label(c["role"]))))
        form = QFormLayout()
        self.action_edit = plain_text(5)
        self.action_edit.setObjectName("actionText")
        self.action_edit.setPlainText(c["action_text"] or "")
        form.addRow(self.tr("Unit's action"), self.action_edit)
        self.deadline_edit = QLineEdit(c["deadline_text"] or "")
        self.deadline_edit.setObjectName("deadlineText")
        self.deadline_msg = InlineMessage()
        form.addRow(self.tr("Deadline as written"), with_message(self.deadline_edit,
                                                                 self.deadline_msg))
        layout.addLayout(form)
        note = context_label(self.tr(
            "Correct the deadline here only when it was entered wrongly. A later deadline "
            "approved by the leaders is an extension: use Extend… (the original stays on record)."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveAssignment")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.deadline_edit.textChanged.connect(lambda _t: self._check_deadline())
        self._check_deadline()
        fit_to_screen(self, 560, 420)

    def changes(self) -> dict:
        """The fields that differ from the assignment as stored."""
        out: dict = {}
        action = self.action_edit.toPlainText().strip()
        if action != (self._ctx["action_text"] or "").strip():
            out["action_text"] = action
        deadline = self.deadline_edit.text().strip()
        if deadline != (self._ctx["deadline_text"] or "").strip():
            out["deadline"] = deadline
        return out

    def _check_deadline(self) -> bool:
        text = self.deadline_edit.text().strip()
        if not text:
            self.deadline_msg.show_warning(self.tr("No deadline: the item is never overdue."))
            return True
        start = self._ctx.get("start_date")
        from datetime import date

        dl = parse_deadline(text, date.fromisoformat(start[:10]) if start else None)
        if dl.kind in ("unparsed", "none"):
            self.deadline_msg.show_error(self.tr("Cannot read this as a date"))
            return False
        self.deadline_msg.show_ok(f"→ {format_cn_date(dl.date)}" if dl.date
                                  else self.tr("→ ongoing, no fixed date"))
        return True

    def save(self) -> None:
        if not self._check_deadline():
            self.deadline_edit.setFocus()
            return
        fields = self.changes()
        if not fields:
            super().accept()
            return
        c = self._ctx
        done, _ = run_verb(
            self, self._stack, self._ws,
            self.tr("Edit the assignment {code} {unit}").format(code=c["measure_code"],
                                                                 unit=c["unit_name"]),
            lambda ws: edit_assignment(ws, self.assignment_id, **fields))
        if done:
            super().accept()

    def reject(self) -> None:
        """Esc, Cancel or ×: edited text is not thrown away without asking."""
        if may_close(self, bool(self.changes()),
                     self.tr("The changes have not been saved. Close and discard them?")):
            super().reject()
