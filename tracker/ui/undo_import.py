"""撤销导入: the list of import batches; undoing one restores exactly the state before it
(itself a logged action; refused while a later import changed the same rows)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.periods import period_label
from tracker.ui.breakdown_preview import batch_state_text
from tracker.ui.history_text import cn_datetime
from tracker.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

BATCH_ROLE = Qt.ItemDataRole.UserRole + 40


class UndoImportDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("undoImport")
        self.window_ = window
        self.setWindowTitle(self.tr("Undo an import"))
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("batchTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Imported at"), self.tr("By"), self.tr("File"),
            self.tr("Unit"), self.tr("Period"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.setObjectName("undoBatchButton")
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Undoing restores the data as it was before the "
                                         "import. The undo itself is recorded."), self), 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        fit_to_screen(self, 900, 420)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reload()

    def reload(self) -> None:
        from tracker.services.imports import list_batches

        batches = list_batches(self.window_.ws)
        self.table.setRowCount(len(batches))
        for row, b in enumerate(batches):
            counts = json.loads(b.get("counts") or "{}")
            if b["undone_at"]:
                state = self.tr("Undone %1").replace("%1", cn_datetime(b["undone_at"]))
            elif b.get("kind") == "breakdown":
                state = batch_state_text(counts)
            else:
                state = self.tr("%1 rows").replace("%1", str(counts.get("rows", "")))
                if counts.get("contact"):
                    state += f"（{counts['contact']}）"
            values = [str(b["id"]), cn_datetime(b["at"]), b["who"], b["file_name"],
                      b.get("unit_name") or "", period_label(b["period"]) if b["period"]
                      else "", state]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(BATCH_ROLE, b["id"])
                if b["undone_at"]:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
            self.table.item(row, 0).setData(BATCH_ROLE + 1, bool(b["undone_at"]))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_button()

    def _update_button(self) -> None:
        row = self.table.currentRow()
        ok = row >= 0 and not self.table.item(row, 0).data(BATCH_ROLE + 1)
        self.undo_button.setEnabled(ok)

    def undo_selected(self, confirm: bool = True) -> bool:
        from tracker.errors import TrackerError
        from tracker.services.imports import undo_batch

        row = self.table.currentRow()
        if row < 0:
            return False
        batch = self.table.item(row, 0).data(BATCH_ROLE)
        name = self.table.item(row, 3).text()
        if confirm and QMessageBox.question(
                self, self.tr("Undo an import"),
                self.tr("Undo import no. %1 (%2)?").replace("%1", str(batch)).replace(
                    "%2", name)) != QMessageBox.StandardButton.Yes:
            return False
        try:
            undo_batch(self.window_.ws, batch)
        except TrackerError as exc:
            QMessageBox.warning(self, self.tr("Undo an import"), exc.message())
            return False
        self.reload()
        self.window_.schedule_refresh()
        return True
