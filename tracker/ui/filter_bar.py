"""The filter bar above the assignment table: text, unit, status, light, overdue only,
not reported this period, deadline within the warning days (the dashboard's 临近完成时限). It owns the filter values; the window passes them to the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tracker.model import STATUSES, Light
from tracker.ui.assignment_model import light_icon
from tracker.ui.value_labels import light_label, status_label

TEXT_DELAY_MS = 250


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.search = QLineEdit(self)
        self.search.setObjectName("filterText")
        self.search.setPlaceholderText(self.tr("Search measures, actions, reports, units…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.unit = QComboBox(self)
        self.unit.setObjectName("filterUnit")
        self.unit.setMinimumContentsLength(8)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.light = QComboBox(self)
        self.light.setObjectName("filterLight")
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setObjectName("filterOverdue")
        self.not_reported = QCheckBox(self.tr("Not reported"), self)
        self.not_reported.setObjectName("filterNotReported")
        self.not_reported.setToolTip(self.tr("Not reported for the chosen period"))
        self.due_soon = QCheckBox(self.tr("Due soon"), self)
        self.due_soon.setObjectName("filterDueSoon")
        self.due_soon.setToolTip(self.tr(
            "The deadline falls within the warning days after the period's due day "
            "(not completed, not closed)"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("filterCount")
        self._fill_fixed_choices()
        self.set_units([])

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 3)
        for label, box in ((self.tr("Unit"), self.unit), (self.tr("Status"), self.status),
                           (self.tr("Light"), self.light)):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box, 1)
        row.addWidget(self.overdue)
        row.addWidget(self.not_reported)
        row.addWidget(self.due_soon)
        row.addWidget(self.clear_button)
        row.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._emit)
        for box in (self.unit, self.status, self.light):
            box.currentIndexChanged.connect(lambda _i: self._emit())
        self.overdue.toggled.connect(lambda _b: self._emit())
        self.not_reported.toggled.connect(lambda _b: self._emit())
        self.due_soon.toggled.connect(lambda _b: self._emit())
        self.clear_button.clicked.connect(self.clear)

    def _fill_fixed_choices(self) -> None:
        self.status.addItem(self.tr("All"), None)
        for status in STATUSES:
            self.status.addItem(status_label(status.value), status.value)
        self.light.addItem(self.tr("All"), None)
        for light in (Light.RED, Light.GREY, Light.YELLOW, Light.GREEN):
            self.light.addItem(light_icon(light), light_label(light.value), light.value)

    def set_units(self, units: list[dict[str, Any]]) -> None:
        """Units to offer ({"id", "name"}); keeps the current choice when still present."""
        current = self.unit.currentData()
        self._quiet = True
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), None)
        for u in units:
            self.unit.addItem(u["name"], u["id"])
        found = self.unit.findData(current) if current is not None else 0
        self.unit.setCurrentIndex(max(found, 0))
        self._quiet = False

    # ------------------------------------------------------------ values
    def values(self) -> dict[str, Any]:
        return {"text": self.search.text().strip(), "unit_id": self.unit.currentData(),
                "status": self.status.currentData(), "light": self.light.currentData(),
                "overdue": self.overdue.isChecked(),
                "not_reported": self.not_reported.isChecked(),
                "due_soon": self.due_soon.isChecked()}

    def apply(self, values: dict[str, Any], *, reset: bool = True) -> None:
        """Set filter values (e.g. a dashboard drill-down) and emit ``changed`` once."""
        self._quiet = True
        if reset:
            self._reset_widgets()
        if "text" in values:
            self.search.setText(str(values["text"] or ""))
        for key, box in (("unit_id", self.unit), ("status", self.status),
                         ("light", self.light)):
            if key in values:
                box.setCurrentIndex(max(box.findData(values[key]), 0))
        if "overdue" in values:
            self.overdue.setChecked(bool(values["overdue"]))
        if "not_reported" in values:
            self.not_reported.setChecked(bool(values["not_reported"]))
        if "due_soon" in values:
            self.due_soon.setChecked(bool(values["due_soon"]))
        self._quiet = False
        self._timer.stop()
        self.changed.emit()

    def clear(self) -> None:
        self.apply({}, reset=True)

    def _reset_widgets(self) -> None:
        self.search.clear()
        for box in (self.unit, self.status, self.light):
            box.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.not_reported.setChecked(False)
        self.due_soon.setChecked(False)

    def set_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", shown))

    def _emit(self) -> None:
        self._timer.stop()
        if not self._quiet:
            self.changed.emit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus():
            self.search.clear()
            self._emit()
            return
        super().keyPressEvent(event)
