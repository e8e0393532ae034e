"""Pieces of the dashboard: clickable number tiles, a table model whose cells drill down, and a
stacked status bar chart whose segments drill down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from tracker.model import STATUSES
from tracker.ui.value_labels import STATUS_COLORS, status_label

LINK_COLOR = QColor("#1f5fa8")
ModelIndex = QModelIndex | QPersistentModelIndex
ELLIPSIS = "…"


def elide(text: str, limit: int) -> str:
    """At most ``limit`` characters; a cut text ends in "…" (so a cut never looks whole)."""
    return text if len(text) <= limit else text[:limit - 1] + ELLIPSIS


class NumberTile(QPushButton):
    """A big clickable number with a caption and an optional second line (a rate)."""

    def __init__(self, caption: str, drill: dict, color: str = "#24292f", compact: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill = drill
        self.caption = caption
        self._value = QLabel("–")
        self._caption = QLabel(caption)
        self._sub = QLabel("")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * (1.5 if compact else 2.0))
        font.setBold(True)
        self._value.setFont(font)
        self._value.setStyleSheet(f"color: {color};")
        self._sub.setStyleSheet("color: #57606a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        for label in (self._value, self._caption, self._sub):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        if compact:
            self._sub.hide()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "NumberTile { background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; }"
            "NumberTile:hover { background: #f3f8fd; border-color: #3b78c2; }")

    def sizeHint(self):  # noqa: ANN201 - Qt override: the labels' layout decides the size
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: ANN201
        return self.layout().minimumSize()

    def set_value(self, value: int | str, sub: str = "") -> None:
        self._value.setText(str(value))
        self._sub.setText(sub)
        self.setAccessibleName(f"{self.caption} {value}")
        self.setToolTip(self.tr("Show these rows"))

    def value_text(self) -> str:
        return self._value.text()


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    drill: Callable[[dict], dict | None] | None = None  # row → filter for a click
    number: bool = False


class DrillTableModel(QAbstractTableModel):
    """Rows of dicts shown by named columns; a clickable cell shows as a link and gives its
    filter through :meth:`drill`. ``Qt.UserRole`` is the native value (for sorting)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def drill(self, index: ModelIndex) -> dict | None:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        return col.drill(self.rows[index.row()]) if col.drill else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        value = row.get(col.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.ForegroundRole and col.drill and col.number:
            return QBrush(LINK_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.get(f"{col.key}_tip") or ("" if value is None else str(value))
        return None


def axis_ticks(top: int) -> tuple[int, int]:
    """(axis end, tick count) for counts up to ``top``: every tick a whole number, evenly
    spaced, at most 11 of them (13 → 0 5 10 15, not 0 2 5 7 10 13 on uneven gridlines)."""
    top = max(int(top), 1)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500,
                            5000, 10**4, 10**5, 10**6) if -(-top // s) <= 10 or s >= 10**6)
    end = -(-top // step) * step
    return end, end // step + 1


class StatusBarChart(QChartView):
    """Horizontal stacked bars: one bar per category (task or unit), one segment per status.
    Clicking a segment emits ``segmentClicked`` with the category's filter plus the status.
    A category's full text (a shortened task title) is the tooltip of its axis label and of
    its segments."""

    segmentClicked = Signal(dict)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(chart.margins())
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.categories: list[tuple[str, dict]] = []
        self.tips: list[str] = []
        # one series, one bar set per status and one pair of axes for the chart's life, their
        # values replaced on each refresh: removed axes and series were never deleted, and their
        # labels and bars stayed on screen, piling up with every refresh (130 → 242 → 354 items)
        self.series = QHorizontalStackedBarSeries()
        self.bars: dict[str, QBarSet] = {}
        for status in STATUSES:
            bar = QBarSet(status_label(status.value))
            bar.setColor(QColor(STATUS_COLORS[status.value]))
            bar.setBorderColor(QColor(STATUS_COLORS[status.value]))
            bar.clicked.connect(lambda i, s=status.value: self._clicked(i, s))
            bar.hovered.connect(lambda on, i, b=bar: self._hovered(on, i, b))
            self.series.append(bar)
            self.bars[status.value] = bar
        self.series.setBarWidth(0.7)
        chart.addSeries(self.series)
        self.y_axis = QBarCategoryAxis()
        self.x_axis = QValueAxis()
        self.x_axis.setLabelFormat("%d")
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.y_axis)
        self.series.attachAxis(self.x_axis)

    def set_data(self, categories: list[tuple[str, dict]],
                 values: list[dict[str, int]], tips: list[str] | None = None) -> None:
        """``categories``: (label, filter) top to bottom; ``values``: status → count each;
        ``tips``: each category's full text (default: its label)."""
        self.categories = list(categories)
        self.tips = list(tips) if tips is not None else [label for label, _ in categories]
        n = len(categories)
        for status, bar in self.bars.items():
            bar.remove(0, bar.count())
            # bars are drawn bottom-up: reverse so the first category is on top
            bar.append([float(values[n - 1 - i].get(status, 0)) for i in range(n)])
        self.y_axis.clear()
        self.y_axis.append([label for label, _ in reversed(categories)] or [""])
        end, ticks = axis_ticks(max([sum(v.values()) for v in values] or [1]))
        self.x_axis.setRange(0, end)
        self.x_axis.setTickCount(ticks)

    def category_index(self, bar_index: int) -> int:
        return len(self.categories) - 1 - bar_index

    def _clicked(self, bar_index: int, status: str) -> None:
        label_filter = self.categories[self.category_index(bar_index)][1]
        self.segmentClicked.emit({**label_filter, "status": status})

    def _hovered(self, on: bool, bar_index: int, bar: QBarSet) -> None:
        if not on:
            QToolTip.hideText()
            return
        tip = self.tips[self.category_index(bar_index)]
        QToolTip.showText(self.cursor().pos(),
                          f"{tip}\n{bar.label()}：{int(bar.at(bar_index))}", self)

    def category_at(self, pos: QPoint) -> int | None:
        """The category whose row is at ``pos`` (viewport coordinates), left of the bars' right
        end: on its axis label or its bar."""
        if self.series is None or not self.categories:
            return None
        chart = self.chart()
        at = chart.mapFromScene(self.mapToScene(pos))
        plot = chart.plotArea()
        if not (plot.top() <= at.y() <= plot.bottom()) or at.x() > plot.right():
            return None
        bar_index = round(chart.mapToValue(at, self.series).y())
        if not 0 <= bar_index < len(self.categories):
            return None
        return self.category_index(bar_index)

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip:
            index = self.category_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.tips[index], self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
