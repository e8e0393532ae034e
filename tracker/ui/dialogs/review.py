"""审核: approve a report (审核通过) or return it to the unit (退回) with a required note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import report_context
from tracker.deadlines import format_cn_date
from tracker.errors import TrackerError
from tracker.periods import period_label
from tracker.services.reports import review_report
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    InlineMessage,
    context_label,
    may_close,
    measure_heading,
    plain_text,
    typed_text,
)
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import review_label, role_label, status_label
from tracker.ui.verb_runner import run_verb


class ReviewDialog(QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 report_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.report_id = report_id
        self._report = report_context(ws_provider().db, report_id)
        if self._report is None:
            raise TrackerError("row_missing", table="report", row_id=report_id)
        self.setWindowTitle(self.tr("Review report"))
        self._build()
        fit_to_screen(self, 600, 560)

    def _text_box(self, text: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(text or "")
        box.setReadOnly(True)
        line = box.fontMetrics().lineSpacing()
        box.setMinimumHeight(line * lines + 12)
        box.setMaximumHeight(line * (lines + 3) + 12)
        return box

    def _build(self) -> None:
        r = self._report
        layout = QVBoxLayout(self)
        layout.addWidget(measure_heading(r['measure_code'], r['measure_title']))
        source = self.tr("imported") if r["source"] == "import" else self.tr("typed in")
        reported = (format_cn_date(date.fromisoformat(r["reported_date"][:10]))
                    if r["reported_date"] else "—")
        layout.addWidget(context_label(self.tr(
            "{unit} ({role}) · {period} · reported {date} ({source})").format(
                unit=r["unit_name"], role=role_label(r["role"]),
                period=period_label(r["period"]), date=reported, source=source)))
        form = QFormLayout()
        pct = "—" if r["percent"] is None else f"{r['percent']} %"
        form.addRow(self.tr("Status"), QLabel(f"{status_label(r['status']) or '—'}    {pct}"))
        form.addRow(self.tr("Progress made"), self._text_box(r["progress"], 4))
        form.addRow(self.tr("Problems"), self._text_box(r["problems"], 2))
        form.addRow(self.tr("Next steps"), self._text_box(r["next_steps"], 2))
        if r["extra"]:
            form.addRow(self.tr("Remarks"), QLabel(r["extra"]))
        state = review_label(r["review_state"])
        if r["review_note"]:
            state = f"{state}：{r['review_note']}"
        self.state_label = QLabel(state)
        self.state_label.setWordWrap(True)
        form.addRow(self.tr("Review"), self.state_label)
        layout.addLayout(form)
        self.note_edit = plain_text(2)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("Required when returning: what must be "
                                                  "corrected"))
        self.note_msg = InlineMessage()
        note_form = QFormLayout()
        note_box = QWidget()
        col = QVBoxLayout(note_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.note_edit)
        col.addWidget(self.note_msg)
        note_form.addRow(self.tr("Note"), note_box)
        layout.addLayout(note_form)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.approve_button = buttons.addButton(self.tr("Approve"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setObjectName("approveButton")
        self.return_button = buttons.addButton(self.tr("Return"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.return_button.setObjectName("returnButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.return_button.clicked.connect(lambda: self.decide(False))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.note_edit.textChanged.connect(lambda: self.note_edit.toPlainText().strip()
                                           and self.note_msg.clear_message())

    def decide(self, approve: bool) -> None:
        note = self.note_edit.toPlainText().strip()
        if not approve and not note:
            self.note_msg.show_error(self.tr("Say why the report is returned."))
            self.note_edit.setFocus()
            return
        r = self._report
        what = self.tr("Approve") if approve else self.tr("Return")
        done, _ = run_verb(
            self, self._stack, self._ws,
            self.tr("{what}: {code} {unit} {period}").format(
                what=what, code=r["measure_code"], unit=r["unit_name"],
                period=period_label(r["period"])),
            lambda ws: review_report(ws, self.report_id, approve, note))
        if done:
            self.accept()

    def reject(self) -> None:
        """Esc, Cancel or ×: a typed note is not thrown away without asking."""
        if may_close(self, typed_text(self.note_edit), self.tr(
                "The report has been neither approved nor returned. Close and discard the "
                "note you typed?")):
            super().reject()
