"""The rows of one previewed file (tracker.services.imports.PreviewRow): include, where, unit,
measure, match confidence, the change, old → new, warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from tracker.excel.results import render_problem
from tracker.ui.value_labels import status_label

COLUMNS = ("include", "where", "unit", "measure", "match", "change", "status", "percent",
           "progress", "warnings")
CHANGE_COLOURS = {"new": "#e6f4ea", "update": "#e3eefb", "low_confidence": "#fdf0d5",
                  "no_measure": "#fbe3e1", "no_unit": "#fbe3e1", "unassigned": "#fdf0d5"}
PREVIEW_ROW_ROLE = Qt.ItemDataRole.UserRole + 20
_Index = QModelIndex | QPersistentModelIndex


def _arrow(old: Any, new: Any) -> str:
    o = "" if old in (None, "") else str(old)
    n = "" if new in (None, "") else str(new)
    if not o or o == n:
        return n
    return f"{o} → {n}"


class ImportRowsModel(QAbstractTableModel):
    includeToggled = Signal(int, bool)  # row, include

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        return [self.tr("Import"), self.tr("Where"), self.tr("Unit"), self.tr("Measure"),
                self.tr("Match"), self.tr("Change"), self.tr("Status"), self.tr("Progress %"),
                self.tr("Progress"), self.tr("Warnings")]

    def change_label(self, change: str) -> str:
        return {"new": self.tr("New"), "update": self.tr("Update"),
                "same": self.tr("Unchanged"), "unassigned": self.tr("Not assigned"),
                "low_confidence": self.tr("Check the match"),
                "no_measure": self.tr("Measure not found"),
                "no_unit": self.tr("Unit not found")}.get(change, change)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def preview_row(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in ("status", "percent"):
            return self.tr("Before → now")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and COLUMNS[index.column()] == "include":
            pr = self._rows[index.row()]
            if pr.change not in ("no_unit", "no_measure"):
                base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def where(self, pr: Any) -> str:
        p = pr.parsed
        if p.sheet is None:
            return self.tr("record %1").replace("%1", str(p.row))
        return self.tr("%1, row %2").replace("%1", p.sheet).replace("%2", str(p.row))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pr = self._rows[index.row()]
        p = pr.parsed
        key = COLUMNS[index.column()]
        if role == PREVIEW_ROW_ROLE:
            return pr
        if role == Qt.ItemDataRole.CheckStateRole and key == "include":
            return Qt.CheckState.Checked if pr.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = CHANGE_COLOURS.get(pr.change)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and pr.change == "same":
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pr, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "unit" and p.unit_as_written and p.unit_as_written != (p.unit or ""):
                return self.tr("Written as: %1").replace("%1", p.unit_as_written)
            if key == "measure":
                return p.measure_as_written or None
            if key == "progress":
                old = pr.old.get("progress") or ""
                new = pr.new.get("progress") or ""
                return (self.tr("Before: %1").replace("%1", old) + "\n\n" if old else "") + \
                    self.tr("Now: %1").replace("%1", new)
            if key == "warnings":
                return "\n".join(render_problem(w) for w in pr.all_warnings) or None
        return None

    def _display(self, pr: Any, key: str) -> str:
        p = pr.parsed
        if key == "include":
            return ""
        if key == "where":
            return self.where(pr)
        if key == "unit":
            return p.unit or p.unit_as_written or ""
        if key == "measure":
            return p.measure or (p.measure_as_written[:20] if p.measure_as_written else "")
        if key == "match":
            return f"{round(p.confidence * 100)}%" if p.measure_id else ""
        if key == "change":
            return self.change_label(pr.change)
        if key == "status":
            return _arrow(status_label(pr.old.get("status")), status_label(pr.new.get("status")))
        if key == "percent":
            return _arrow(pr.old.get("percent"), pr.new.get("percent"))
        if key == "progress":
            text = " ".join((pr.new.get("progress") or "").split())
            return text if len(text) <= 50 else text[:49] + "…"
        if key == "warnings":
            warnings = pr.all_warnings
            return render_problem(warnings[0]) + (f" (+{len(warnings) - 1})"
                                                  if len(warnings) > 1 else "") if warnings else ""
        return ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or COLUMNS[index.column()] != "include"):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        pr = self._rows[index.row()]
        pr.include = on
        self.dataChanged.emit(index.siblingAtColumn(0),
                              index.siblingAtColumn(len(COLUMNS) - 1))
        self.includeToggled.emit(index.row(), on)
        return True
