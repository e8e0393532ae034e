"""The rows of a previewed breakdown (tracker.services.breakdown_import.BreakdownChange): include,
where, measure, unit, role, deadline, the unit's action, the change, old → new, warnings.
Only rows that would write (新增 / 修改 / 删除分工) can be ticked or unticked; ticking a 待确认 row
confirms its suggested measure or unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tracker.ui.value_labels import role_label

COLUMNS = ("include", "where", "measure", "unit", "role", "deadline", "action", "change",
           "old_new", "warnings")
WRITABLE = ("new", "update", "remove")
CHANGE_COLOURS = {"new": "#e6f4ea", "update": "#e3eefb", "low_confidence": "#fdf0d5",
                  "no_measure": "#fbe3e1", "remove": "#f3e5f5"}
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 60
_Index = QModelIndex | QPersistentModelIndex


def tickable(c: Any) -> bool:
    """A row that writes when ticked: new, changed, or a doubtful match the tick confirms."""
    return c.change in WRITABLE or (c.change == "low_confidence"
                                     and getattr(c, "confirm_as", None) in WRITABLE)


def _short(text: str | None, limit: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class BreakdownRowsModel(QAbstractTableModel):
    includeToggled = Signal(int, bool)  # row, include

    def __init__(self, changes: list[Any], titles: dict[int, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(changes)
        self._titles = titles  # measure id → title

    # ------------------------------------------------------------ labels (translatable)
    def headers(self) -> list[str]:
        return [self.tr("Import"), self.tr("Row"), self.tr("Measure"), self.tr("Unit"),
                self.tr("Role"), self.tr("Deadline"), self.tr("Action"), self.tr("Change"),
                self.tr("Before → after"), self.tr("Warnings")]

    def change_label(self, change: str) -> str:
        return {"new": self.tr("New"), "update": self.tr("Changed"),
                "same": self.tr("Unchanged"), "no_measure": self.tr("No matching measure"),
                "low_confidence": self.tr("To confirm"),
                "remove": self.tr("Not in file")}.get(change, change)

    def field_label(self, key: str) -> str:
        return {"role": self.tr("Role"), "action_text": self.tr("Action"),
                "deadline": self.tr("Deadline")}.get(key, key)

    def old_new(self, c: Any) -> str:
        """``角色：责任 → 牵头；完成时限：… → …`` for the fields an update writes."""
        old_keys = {"role": "role", "action_text": "action_text", "deadline": "deadline_text"}
        parts = []
        for key, new in c.fields.items():
            old = c.old.get(old_keys.get(key, key))
            if key == "role":
                old, new = role_label(old), role_label(new)
            parts.append(f"{self.field_label(key)}：{_short(old, 24) or '—'} → "
                         f"{_short(new, 24)}")
        return "；".join(parts)

    def where(self, c: Any) -> str:
        e = c.entry
        if e.sheet is None:
            return str(e.row)
        return self.tr("%1, row %2").replace("%1", e.sheet).replace("%2", str(e.row))

    def measure_text(self, c: Any) -> str:
        e = c.entry
        if e.measure_id is None:
            return self.tr("(not found)")
        return f"{e.measure} {self._titles.get(e.measure_id, '')}".strip()

    # ------------------------------------------------------------ model
    def change(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return self.headers()[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (index.isValid() and COLUMNS[index.column()] == "include"
                and tickable(self._rows[index.row()])):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == CHANGE_ROLE:
            return c
        if role == Qt.ItemDataRole.CheckStateRole and key == "include":
            if not tickable(c):
                return None  # nothing to write: no box
            return Qt.CheckState.Checked if c.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = CHANGE_COLOURS.get(c.change)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and c.change == "same":
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c, key)
        return None

    def _display(self, c: Any, key: str) -> str:
        e = c.entry
        values = {
            "include": "", "where": self.where(c), "measure": _short(self.measure_text(c), 30),
            "unit": e.unit or e.unit_as_written, "role": role_label(e.role),
            "deadline": self.deadline_text(c), "action": _short(e.action_text),
            "change": self.change_label(c.change), "old_new": self.old_new(c),
        }
        if key == "warnings":
            w = e.warnings
            return (w[0].message() + (f" (+{len(w) - 1})" if len(w) > 1 else "")) if w else ""
        return values[key]

    def deadline_text(self, c: Any) -> str:
        """The deadline the row leaves: a changed one is not applied (that is a 延期), so the
        current one shows, with the file's beside it."""
        e = c.entry
        old = (c.old or {}).get("deadline_text") if c.old else None
        if old and e.deadline.as_written and e.deadline.as_written != old \
                and "deadline" not in (c.fields or {}):
            return self.tr("%1 (file: %2, not applied)").replace("%1", old).replace(
                "%2", e.deadline.as_written)
        return e.deadline.as_written

    def _tooltip(self, c: Any, key: str) -> str | None:
        e = c.entry
        if key == "measure":
            return self.measure_text(c)
        if key == "unit" and e.unit_as_written and e.unit_as_written != (e.unit or ""):
            return self.tr("Written as: %1").replace("%1", e.unit_as_written)
        if key == "action":
            return e.action_text or None
        if key == "old_new":
            return self.old_new(c).replace("；", "\n") or None
        if key == "warnings":
            return "\n".join(w.message() for w in e.warnings) or None
        if key == "include" and c.change == "low_confidence" and tickable(c):
            return self.tr("Tick to confirm the suggested match for this row")
        if key == "include" and c.change == "remove":
            return self.tr("Tick to remove this assignment")
        if key == "include" and not tickable(c):
            return self.tr("Nothing to write for this row")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or COLUMNS[index.column()] != "include"):
            return False
        c = self._rows[index.row()]
        if not tickable(c):
            return False
        c.include = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(len(COLUMNS) - 1))
        self.includeToggled.emit(index.row(), c.include)
        return True


class ChangedRowsFilter(QSortFilterProxyModel):
    """Hides the rows that change nothing (无变化) and say nothing while ``hide_same`` is on."""

    def __init__(self, source: BreakdownRowsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.hide_same = False
        self.setSourceModel(source)

    def set_hide_same(self, on: bool) -> None:
        self.beginFilterChange()
        self.hide_same = on
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        c = self.sourceModel().change(row)  # an unchanged row with a warning stays in sight
        return not (self.hide_same and c is not None and c.change == "same"
                    and not c.entry.warnings)
