"""Table model of the unit catalog (单位名录) for the units editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tracker.ui.value_labels import kind_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class UnitsModel(QAbstractTableModel):
    COLUMNS = ("name", "short_name", "kind", "contact", "phone", "assignments", "active")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.units: list[dict[str, Any]] = []
        self.headers = [self.tr("Name"), self.tr("Short name"), self.tr("Kind"),
                        self.tr("Contact"), self.tr("Phone"), self.tr("Assignments"),
                        self.tr("State")]

    def set_units(self, units: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.units = units
        self.endResetModel()

    def row_of(self, unit_id: int) -> int:
        for i, u in enumerate(self.units):
            if u["id"] == unit_id:
                return i
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        key = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return unit["id"]
        if role == Qt.ItemDataRole.UserRole:
            return unit.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "kind":
                return kind_label(unit["kind"])
            if key == "active":
                return self.tr("In use") if unit["active"] else self.tr("Archived")
            return str(unit.get(key) or "")
        if role == Qt.ItemDataRole.ForegroundRole and not unit["active"]:
            return QBrush(QColor("#8c959f"))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "assignments":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
