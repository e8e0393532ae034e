"""录入进展: typing in one unit's report for one measure and period (e.g. one phoned in).

Saved through ``record_report`` as an undoable command. What is typed is kept as a draft
(``tracker.ui.drafts``) within two seconds and offered back when the dialog is opened again
after a crash; the draft is deleted on save or when discarded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import assignment_context, previous_report
from tracker.db.queries import find_report
from tracker.deadlines import format_cn_date
from tracker.errors import TrackerError
from tracker.model import STATUSES
from tracker.periods import parse_period, period_label
from tracker.services.reports import ReportInput, record_report
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    KEEP_DRAFT,
    KEEP_EDITING,
    InlineMessage,
    ask_before_closing,
    cn_date_edit,
    context_label,
    measure_heading,
    plain_text,
    with_message,
)
from tracker.ui.drafts import DraftStore, default_drafts_dir
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import role_label, status_label
from tracker.ui.verb_runner import error_text, run_verb

DEBOUNCE_MS = 700  # save this long after the last keystroke …
MAX_WAIT_S = 1.5  # … but never later than this after the first unsaved one
TEXT_FIELDS = ("progress", "problems", "next_steps")


class ReportEntryDialog(QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 assignment_id: int, period: str, parent: QWidget | None = None,
                 drafts_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.assignment_id = assignment_id
        self.period = parse_period(period)
        self.report_id: int | None = None
        ws = ws_provider()
        self._ctx = assignment_context(ws.db, assignment_id)
        if self._ctx is None:
            raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
        self.drafts = DraftStore(drafts_dir or default_drafts_dir(), ws.path, assignment_id,
                                 self.period)
        self._loading = True
        self._dirty_since: float | None = None
        self._edited = False
        self._tried = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_draft)
        self.setWindowTitle(self.tr("Enter progress"))
        self._build()
        self._load_existing(ws)
        self._loading = False
        self._offer_draft()
        fit_to_screen(self, 640, 720)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        c = self._ctx
        layout = QVBoxLayout(self)
        layout.addWidget(measure_heading(c['measure_code'], c['measure_title']))
        deadline = c["deadline_text"] or self.tr("none")
        layout.addWidget(context_label(self.tr(
            "Unit: {unit} ({role})    Deadline: {deadline}").format(
                unit=c["unit_name"], role=role_label(c["role"]), deadline=deadline)))
        self.previous_label = context_label()
        layout.addWidget(self.previous_label)
        layout.addWidget(self._build_banner())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.period_edit = QLineEdit(period_label(self.period))
        self.period_edit.setObjectName("period")
        self.period_msg = InlineMessage()
        form.addRow(self.tr("Period"), with_message(self.period_edit, self.period_msg))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status")
        self.status_combo.addItem(self.tr("Choose…"), "")
        for s in STATUSES:
            self.status_combo.addItem(status_label(s.value), s.value)
        self.status_msg = InlineMessage()
        form.addRow(self.tr("Status"), with_message(self.status_combo, self.status_msg))
        self.percent_spin = QSpinBox()
        self.percent_spin.setObjectName("percent")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_msg = InlineMessage()
        form.addRow(self.tr("Progress (%)"), with_message(self.percent_spin, self.percent_msg))
        self.edits = {}
        labels = {"progress": self.tr("Progress made"), "problems": self.tr("Problems"),
                  "next_steps": self.tr("Next steps")}
        self.progress_msg = InlineMessage()
        for key, label in labels.items():
            edit = plain_text(4 if key == "progress" else 2)
            edit.setObjectName(key)
            self.edits[key] = edit
            field = with_message(edit, self.progress_msg) if key == "progress" else edit
            form.addRow(label, field)
        self.extra_edit = QLineEdit()
        self.extra_edit.setObjectName("extra")
        form.addRow(self.tr("Remarks"), self.extra_edit)
        self.date_edit = cn_date_edit()
        self.date_edit.setObjectName("reported_date")
        self.date_edit.setDate(QDate.currentDate())
        form.addRow(self.tr("Reported on"), self.date_edit)
        layout.addLayout(form, 1)
        self.draft_label = context_label()
        layout.addWidget(self.draft_label)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for edit in (self.period_edit, self.extra_edit):
            edit.textChanged.connect(self._changed)
        for edit in self.edits.values():
            edit.textChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.percent_spin.valueChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("#draftBanner { background: #fff8c5; border: 1px solid #d4a72c;"
                                  " border-radius: 4px; }")
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        row.addWidget(self.banner_label, 1)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discardDraft")
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.banner.hide()
        return self.banner

    # ------------------------------------------------------------------ values
    def _load_existing(self, ws: Workspace) -> None:
        prev = previous_report(ws.db, self.assignment_id, self.period)
        if prev:
            self.previous_label.setText(self.tr("Last report ({period}): {status} {pct}% — "
                                                "{text}").format(
                period=period_label(prev["period"]), status=status_label(prev["status"]),
                pct=prev["percent"] if prev["percent"] is not None else "–",
                text=(prev["progress"] or "")[:80]))
        else:
            self.previous_label.hide()
        rep = find_report(ws.db, self.assignment_id, self.period)
        if rep is None:
            if prev and prev["status"]:
                self.percent_spin.setValue(prev["percent"] or 0)
            return
        self.report_id = rep["id"]
        self.previous_label.show()
        lines = [self.previous_label.text(), self.tr(
            "A report for this period is already recorded; saving updates it.")]
        self.previous_label.setText("\n".join(t for t in lines if t))
        self.apply_fields({"status": rep["status"] or "", "percent": rep["percent"] or 0,
                           "progress": rep["progress"], "problems": rep["problems"],
                           "next_steps": rep["next_steps"], "extra": rep["extra"],
                           "reported_date": rep["reported_date"]})

    def fields(self) -> dict:
        """What the form holds now (the draft's content)."""
        return {"period": self.period_edit.text(), "status": self.status_combo.currentData(),
                "percent": self.percent_spin.value(),
                **{k: e.toPlainText() for k, e in self.edits.items()},
                "extra": self.extra_edit.text(),
                "reported_date": self.date_edit.date().toString("yyyy-MM-dd")}

    def apply_fields(self, values: dict) -> None:
        if "period" in values:
            self.period_edit.setText(values["period"])
        index = self.status_combo.findData(values.get("status") or "")
        self.status_combo.setCurrentIndex(max(index, 0))
        self.percent_spin.setValue(int(values.get("percent") or 0))
        for key, edit in self.edits.items():
            edit.setPlainText(values.get(key) or "")
        self.extra_edit.setText(values.get("extra") or "")
        if values.get("reported_date"):
            self.date_edit.setDate(QDate.fromString(values["reported_date"][:10], "yyyy-MM-dd"))

    # ------------------------------------------------------------------ drafts
    def _offer_draft(self) -> None:
        draft = self.drafts.load()
        if draft is None or draft.fields == self.fields():
            return
        when = f"{format_cn_date(draft.saved_at.date())} {draft.saved_at:%H:%M}"
        self.banner_label.setText(self.tr(
            "An unsaved draft was found ({when}). Restore it?").format(when=when))
        self.banner.show()

    def _changed(self) -> None:
        if self._loading:
            return
        self._edited = True
        if self._tried:
            self.validate()
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = int((self._dirty_since + MAX_WAIT_S - now) * 1000)
        self._timer.start(max(0, min(DEBOUNCE_MS, left_ms)))

    def _status_changed(self) -> None:
        if not self._loading and self.status_combo.currentData() == "已完成":
            self.percent_spin.setValue(100)
        self._changed()

    def save_draft(self, force: bool = False) -> bool:
        """Keep what is typed as a draft; False when it could not be written."""
        self._timer.stop()
        if self._dirty_since is None and not force:
            return True
        try:
            self.drafts.save(self.fields())
        except OSError:  # a full or read-only data folder: said in place, typing goes on
            self._dirty_since = None  # tried again at the next change, not on every tick
            self.draft_label.setText(self.tr(
                "The draft cannot be kept (the data folder is full or cannot be written): "
                "save the report when you are done"))
            return False
        self._dirty_since = None
        self.draft_label.setText(self.tr("Draft kept at {time}").format(
            time=time.strftime("%H:%M:%S")))
        return True

    def restore_draft(self) -> None:
        draft = self.drafts.load()
        if draft is not None:
            self._loading = True
            self.apply_fields(draft.fields)
            self._loading = False
        self.banner.hide()

    def discard_draft(self) -> None:
        self.drafts.discard()
        self.banner.hide()

    # ------------------------------------------------------------------ saving
    def validate(self) -> ReportInput | None:
        """Show the inline messages; the input when it can be saved."""
        ok = True
        try:
            period = parse_period(self.period_edit.text())
            self.period_msg.clear_message()
            if period != self.period and find_report(self._ws().db, self.assignment_id, period):
                self.period_msg.show_warning(self.tr(
                    "{period} already has a report; saving overwrites it.").format(
                        period=period_label(period)))
        except TrackerError as exc:
            self.period_msg.show_error(error_text(exc))
            ok = False
        status = self.status_combo.currentData()
        pct = self.percent_spin.value()
        if not status:
            self.status_msg.show_error(self.tr("Choose the status."))
            ok = False
        elif status == "滞后" and not self.edits["problems"].toPlainText().strip():
            self.status_msg.show_warning(self.tr("For a measure behind schedule, please say "
                                                 "what the problems are."))
        else:
            self.status_msg.clear_message()
        if status == "已完成" and pct < 100:
            self.percent_msg.show_warning(self.tr("Completed, but the progress is below 100 %."))
        elif status and status != "已完成" and pct == 100:
            self.percent_msg.show_warning(self.tr("Progress is 100 % but the status is not "
                                                  "“completed”."))
        else:
            self.percent_msg.clear_message()
        if not self.edits["progress"].toPlainText().strip():
            self.progress_msg.show_error(self.tr("Describe the progress made."))
            ok = False
        else:
            self.progress_msg.clear_message()
        if not ok:
            return None
        d = self.date_edit.date()
        return ReportInput(status=status, percent=pct,
                           progress=self.edits["progress"].toPlainText(),
                           problems=self.edits["problems"].toPlainText(),
                           next_steps=self.edits["next_steps"].toPlainText(),
                           extra=self.extra_edit.text(),
                           reported_date=date(d.year(), d.month(), d.day()))

    def save(self) -> None:
        self._tried = True
        data = self.validate()
        if data is None:
            for field, msg in ((self.period_edit, self.period_msg),
                               (self.status_combo, self.status_msg),
                               (self.edits["progress"], self.progress_msg)):
                if msg.is_error:
                    field.setFocus()
                    break
            return
        period = parse_period(self.period_edit.text())
        c = self._ctx
        done, result = run_verb(
            self, self._stack, self._ws,
            self.tr("Enter progress {code} {unit} {period}").format(
                code=c["measure_code"], unit=c["unit_name"], period=period_label(period)),
            lambda ws: record_report(ws, self.assignment_id, period, data))
        if not done:
            return
        self.report_id = result
        self._timer.stop()
        self._dirty_since = None
        self.drafts.discard()
        self.accept()

    def reject(self) -> None:
        if self._edited:
            answer = ask_before_closing(
                self, self.tr("Keep what you typed as a draft?"),
                self.tr("A draft is not a recorded report: it stays on this computer and is "
                        "offered back the next time this form is opened. To record the report, "
                        "choose Keep editing, then Save."), draft=True)
            if answer == KEEP_EDITING:
                return
            if answer == KEEP_DRAFT:
                if not self.save_draft(force=True):  # nothing would be kept: stay open
                    from PySide6.QtWidgets import QMessageBox

                    QMessageBox.warning(self, self.windowTitle(), self.draft_label.text())
                    return
            else:
                self._timer.stop()
                self.drafts.discard()
        self._timer.stop()
        super().reject()
