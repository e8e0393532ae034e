"""延期: a new deadline for one assignment, with the reason and who approved it; the original
deadline and every earlier extension stay visible (留痕)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import assignment_context
from tracker.db.queries import extensions
from tracker.deadlines import format_cn_date, parse_deadline
from tracker.errors import TrackerError
from tracker.services.assignments import extend_deadline
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    InlineMessage,
    context_label,
    may_close,
    measure_heading,
    plain_text,
    typed_text,
    with_message,
)
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import role_label
from tracker.ui.verb_runner import run_verb


def _today() -> date:
    return date.today()


def _deadline_text(text: str | None, iso: str | None) -> str:
    if not text:
        return "—"
    if iso and str(date.fromisoformat(iso[:10]).year) not in text:
        return f"{text}（{format_cn_date(date.fromisoformat(iso[:10]))}）"
    return text


class ExtendDeadlineDialog(QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 assignment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.assignment_id = assignment_id
        ws = ws_provider()
        self._ctx = assignment_context(ws.db, assignment_id)
        if self._ctx is None:
            raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
        self._start = (date.fromisoformat(self._ctx["start_date"][:10])
                       if self._ctx["start_date"] else None)
        self._tried = False
        self._current = (date.fromisoformat(self._ctx["deadline_date"][:10])
                         if self._ctx["deadline_date"] else None)
        self.date_warning = ""  # why the new date needs a confirmation ("" when it does not)
        self.setWindowTitle(self.tr("Extend the deadline"))
        self._build(extensions(ws.db, assignment_id))
        fit_to_screen(self, 560, 480)

    def _build(self, history: list[dict]) -> None:
        c = self._ctx
        layout = QVBoxLayout(self)
        layout.addWidget(measure_heading(c['measure_code'], c['measure_title']))
        layout.addWidget(context_label(self.tr("Unit: {unit} ({role})").format(
            unit=c["unit_name"], role=role_label(c["role"]))))
        info = QFormLayout()
        self.current_label = QLabel(_deadline_text(c["deadline_text"], c["deadline_date"]))
        self.current_label.setObjectName("currentDeadline")
        info.addRow(self.tr("Current deadline"), self.current_label)
        if c["original_deadline_text"] is not None:
            info.addRow(self.tr("Original deadline"), QLabel(_deadline_text(
                c["original_deadline_text"], c["original_deadline_date"])))
        if history:
            self.history_text = QPlainTextEdit()
            self.history_text.setReadOnly(True)
            self.history_text.setObjectName("history")
            self.history_text.setPlainText("\n".join(self._history_line(e) for e in history))
            line = self.history_text.fontMetrics().lineSpacing()
            self.history_text.setMaximumHeight(line * min(len(history) + 1, 5) + 14)
            info.addRow(self.tr("Earlier extensions"), self.history_text)
        layout.addLayout(info)
        form = QFormLayout()
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setObjectName("newDeadline")
        self.deadline_edit.setPlaceholderText(self.tr("e.g. 30 September 2019, end of 2019"))
        self.parsed_msg = InlineMessage()
        self.parsed_msg.setObjectName("parsed")
        form.addRow(self.tr("New deadline"), with_message(self.deadline_edit, self.parsed_msg))
        self.reason_edit = plain_text(3)
        self.reason_edit.setObjectName("reason")
        self.reason_msg = InlineMessage()
        form.addRow(self.tr("Reason"), with_message(self.reason_edit, self.reason_msg))
        self.approver_edit = QLineEdit()
        self.approver_edit.setObjectName("approver")
        self.approver_msg = InlineMessage()
        form.addRow(self.tr("Approved by"), with_message(self.approver_edit,
                                                           self.approver_msg))
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("Extend"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("extendButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.deadline_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        self.approver_edit.textChanged.connect(self._update)

    def _history_line(self, e: dict) -> str:
        return self.tr("{at}: {old} → {new}; reason: {reason}; approved by {who}").format(
            at=format_cn_date(date.fromisoformat(e["at"][:10])),
            old=e["old_text"] or "—", new=e["new_text"], reason=e["reason"],
            who=e["approved_by"])

    def parsed_ok(self) -> bool:
        """Live reading of the new deadline: "→ 2019年9月30日" or a red "cannot read"."""
        text = self.deadline_edit.text().strip()
        self.date_warning = ""
        if not text:
            if self._tried:
                self.parsed_msg.show_error(self.tr("Enter the new deadline."))
            else:
                self.parsed_msg.clear_message()
            return False
        dl = parse_deadline(text, self._start)
        if dl.kind in ("unparsed", "none"):
            self.parsed_msg.show_error(self.tr("Cannot read this as a date"))
            return False
        if dl.date is not None:
            self.date_warning = self._unusual(dl.date)
            if self.date_warning:
                self.parsed_msg.show_warning(f"→ {format_cn_date(dl.date)}  {self.date_warning}")
            else:
                self.parsed_msg.show_ok(f"→ {format_cn_date(dl.date)}")
        else:
            self.parsed_msg.show_ok(self.tr("→ ongoing, no fixed date"))
        return True

    def _unusual(self, new: date) -> str:
        """An extension normally moves the deadline later and into the future: say so when the
        new date is earlier than the current deadline, or has already passed."""
        if self._current is not None and new < self._current:
            return self.tr("Earlier than the current deadline ({date}).").format(
                date=format_cn_date(self._current))
        if new < _today():
            return self.tr("This date has already passed.")
        return ""

    def confirm_unusual_date(self) -> bool:
        """Asked before saving a new deadline that is earlier than the current one or past."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Extend the deadline"),
                          self.date_warning, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("unusualDeadline")
        box.setInformativeText(self.tr("Save this new deadline anyway?"))
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("saveAnyway")
        back = box.addButton(self.tr("Change the date"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("changeDate")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save

    def _update(self) -> bool:
        ok = self.parsed_ok()
        for edit, msg, text in (
                (self.reason_edit, self.reason_msg, self.tr("Enter the reason.")),
                (self.approver_edit, self.approver_msg,
                 self.tr("Enter who approved the extension."))):
            value = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if value.strip():
                msg.clear_message()
            else:
                ok = False
                if self._tried:
                    msg.show_error(text)
        return ok

    def save(self) -> None:
        self._tried = True
        if not self._update():
            return
        if self.date_warning and not self.confirm_unusual_date():
            self.deadline_edit.setFocus()
            return
        new = self.deadline_edit.text().strip()
        reason = self.reason_edit.toPlainText().strip()
        approver = self.approver_edit.text().strip()
        c = self._ctx
        done, _ = run_verb(
            self, self._stack, self._ws,
            self.tr("Extend {code} {unit} to {deadline}").format(
                code=c["measure_code"], unit=c["unit_name"], deadline=new),
            lambda ws: extend_deadline(ws, self.assignment_id, new, reason, approver))
        if done:
            self.accept()

    def reject(self) -> None:
        """Esc, Cancel or ×: typed text is not thrown away without asking."""
        if may_close(self, typed_text(self.deadline_edit, self.reason_edit, self.approver_edit),
                     self.tr("The extension has not been made. Close and discard what you typed?")):
            super().reject()
