"""Model of the assignment matrix: measures (rows) × units (columns); a cell holds the role of
the unit for the measure (牵头 / 责任 / 配合) or nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from tracker.ui.value_labels import kind_label, role_label

ModelIndex = QModelIndex | QPersistentModelIndex
ROLE_COLORS = {"牵头": "#cfe3fa", "责任": "#d7f0dc", "配合": "#fbeccb"}
CYCLE = (None, "牵头", "责任", "配合")


def next_role(role: str | None) -> str | None:
    """The role a click gives: none → 牵头 → 责任 → 配合 → none."""
    return CYCLE[(CYCLE.index(role) + 1) % len(CYCLE)]


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.measures: list[dict[str, Any]] = []
        self.units: list[dict[str, Any]] = []
        self.cells: dict[tuple[int, int], dict[str, Any]] = {}

    def set_data(self, measures: list[dict], units: list[dict], assignments: list[dict]) -> None:
        self.beginResetModel()
        self.measures = measures
        self.units = units
        self.cells = {(a["measure_id"], a["unit_id"]): a for a in assignments}
        self.endResetModel()

    def measure_at(self, row: int) -> dict[str, Any]:
        return self.measures[row]

    def unit_at(self, column: int) -> dict[str, Any]:
        return self.units[column]

    def cell(self, index: ModelIndex) -> dict[str, Any] | None:
        """The assignment in a cell, or None."""
        if not index.isValid():
            return None
        return self.cells.get((self.measures[index.row()]["id"],
                               self.units[index.column()]["id"]))

    def find(self, measure_id: int, unit_id: int) -> QModelIndex:
        row = next((i for i, m in enumerate(self.measures) if m["id"] == measure_id), -1)
        col = next((i for i, u in enumerate(self.units) if u["id"] == unit_id), -1)
        return self.index(row, col) if row >= 0 and col >= 0 else QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            m = self.measures[section]
            if role == Qt.ItemDataRole.DisplayRole:
                title = m["title"] if len(m["title"]) <= 16 else m["title"][:15] + "…"
                return f"{m['code']} {title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{m['code']} {m['title']}"
            return None
        u = self.units[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return u["short_name"] or u["name"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{u['name']}（{kind_label(u['kind'])}）"
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.cell(index)
        if role == Qt.ItemDataRole.UserRole:
            return a["role"] if a else None
        if a is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return role_label(a["role"])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ROLE_COLORS.get(a["role"], "#eeeeee")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            m, u = self.measures[index.row()], self.units[index.column()]
            return (f"{m['code']} {m['title']}\n{u['name']} · {role_label(a['role'])}"
                    f"\n{a['deadline_text'] or ''}").strip()
        return None
