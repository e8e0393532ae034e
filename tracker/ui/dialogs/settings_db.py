"""Settings kept in the database (shared by everyone using it): the office, the report due day
(每月N日前), the warning days and the 序时进度 tolerance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.services.settings import INT_LIMITS, set_settings
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import InlineMessage, context_label
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.verb_runner import run_verb


class DbSettingsDialog(QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.setWindowTitle(self.tr("Database settings"))
        self._build(ws_provider().settings())
        fit_to_screen(self, 520, 360)

    def _spin(self, key: str, value: str, prefix: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(*INT_LIMITS[key])
        spin.setPrefix(prefix)
        spin.setSuffix(suffix)
        spin.setValue(int(value))
        return spin

    def _build(self, values: dict[str, str]) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(context_label(self.tr(
            "These settings are stored in the database and apply to everyone using it.")))
        form = QFormLayout()
        self.office_name = QLineEdit(values["office_name"])
        self.office_name.setObjectName("office_name")
        self.name_msg = InlineMessage()
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.office_name)
        col.addWidget(self.name_msg)
        form.addRow(self.tr("Office name"), box)
        self.office_contact = QLineEdit(values["office_contact"])
        self.office_contact.setObjectName("office_contact")
        form.addRow(self.tr("Contact person"), self.office_contact)
        self.office_phone = QLineEdit(values["office_phone"])
        self.office_phone.setObjectName("office_phone")
        form.addRow(self.tr("Phone"), self.office_phone)
        self.due_day = self._spin("report_due_day", values["report_due_day"],
                                  self.tr("by day "), self.tr(" of the next month"))
        form.addRow(self.tr("Reports due"), self.due_day)
        self.warning_days = self._spin("warning_days", values["warning_days"], "",
                                       self.tr(" days"))
        form.addRow(self.tr("Warn before a deadline"), self.warning_days)
        self.tolerance = self._spin("tolerance", values["tolerance"], "",
                                    self.tr(" percentage points"))
        form.addRow(self.tr("Tolerance behind the expected progress"), self.tolerance)
        layout.addLayout(form)
        layout.addWidget(context_label(self.tr(
            "A measure is marked yellow when its deadline is within the warning days, or when "
            "its reported progress is behind the time elapsed by more than the tolerance.")))
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {"office_name": self.office_name.text().strip(),
                "office_contact": self.office_contact.text().strip(),
                "office_phone": self.office_phone.text().strip(),
                "report_due_day": self.due_day.value(),
                "warning_days": self.warning_days.value(),
                "tolerance": self.tolerance.value()}

    def save(self) -> None:
        values = self.values()
        if not values["office_name"]:
            self.name_msg.show_error(self.tr("Enter the office name."))
            self.office_name.setFocus()
            return
        self.name_msg.clear_message()
        done, _ = run_verb(self, self._stack, self._ws, self.tr("Change database settings"),
                           lambda ws: set_settings(ws, **values))
        if done:
            self.accept()
