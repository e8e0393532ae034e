"""销号: asked before an item is closed, with the date the closing takes effect (today unless
changed: an item finished last month is closed as of then). Undoable like every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _today() -> date:
    return date.today()


class CloseItemDialog(QDialog):
    def __init__(self, item: str, parent: QWidget | None = None,
                 earliest: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeItemDialog")
        self.setWindowTitle(self.tr("Close item"))
        question = QLabel(self.tr("Close {item}?").format(item=item), self)
        question.setWordWrap(True)
        question.setStyleSheet("font-weight: bold;")
        explain = QLabel(self.tr(
            "A closed item no longer counts as overdue or not reported from that date on. "
            "It can be reopened, and the closing can be undone (Ctrl+Z)."), self)
        explain.setWordWrap(True)
        today = _today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("closeDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy年M月d日")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None and earliest <= today:  # not before the item started
            self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        form = QFormLayout()
        form.addRow(self.tr("Effective date:"), self.date_edit)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Close item"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("confirmClose")
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(question)
        lay.addWidget(explain)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen_date(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())


def ask_close_date(item: str, parent: QWidget | None = None,
                   earliest: date | None = None) -> date | None:
    """The date to close ``item`` on (not before ``earliest``), or None when cancelled."""
    dialog = CloseItemDialog(item, parent, earliest)
    return dialog.chosen_date() if dialog.exec() == QDialog.DialogCode.Accepted else None
