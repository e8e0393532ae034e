"""The assignment table: a lazy QAbstractTableModel over the database.

It holds only the ordered ids under the current filter (from :mod:`tracker.db.browse`) and
fetches rows in pages of ``PAGE`` as the view scrolls (``canFetchMore``/``fetchMore``), so
``rowCount`` counts fetched rows only; ``total_count()`` asks the database for the full count.
Sorting is done by the database (``sort`` re-queries with an ORDER BY).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from tracker.db import browse
from tracker.deadlines import format_cn_date
from tracker.model import Light
from tracker.periods import period_end, period_label
from tracker.services.workspace import Workspace
from tracker.ui.value_labels import LIGHT_COLORS, role_label, status_label

PAGE = browse.PAGE
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = ("code", "measure", "unit", "role", "deadline", "light", "status", "percent",
           "progress", "last_reported")
_Index = QModelIndex | QPersistentModelIndex


def light_icon(light: Light, size: int = 12) -> QIcon:
    pix = QPixmap(size * 2, size * 2)
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor(LIGHT_COLORS[light.value]).darker(120))
    p.setBrush(QColor(LIGHT_COLORS[light.value]))
    p.drawEllipse(1, 1, size - 2, size - 2)
    p.end()
    return QIcon(pix)


def _iso_date(value: Any) -> str:
    if not value:
        return ""
    from datetime import date

    return format_cn_date(date.fromisoformat(str(value)[:10]))


class AssignmentModel(QAbstractTableModel):
    def __init__(self, ws_provider: Callable[[], Workspace], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._ids: list[int] = []
        self._rows: list[dict[str, Any]] = []
        self._filter = browse.BrowseFilter()
        self._sort = ("code", False)
        self._period: str | None = None
        self._judging: browse.Judging | None = None
        self._loaded = False  # no query before the window sets the period and filter
        self._icons: dict[Light, QIcon] = {}

    # ------------------------------------------------------------ headers (translatable)
    def header_texts(self) -> list[str]:
        return [self.tr("No."), self.tr("Measure"), self.tr("Unit"), self.tr("Role"),
                self.tr("Deadline"), self.tr("Light"), self.tr("Status"), self.tr("Progress %"),
                self.tr("This period"), self.tr("Last report")]

    def light_label(self, light: Light) -> str:
        return {Light.RED: self.tr("Red: overdue"),
                Light.GREY: self.tr("Grey: not reported this period"),
                Light.YELLOW: self.tr("Yellow: needs attention"),
                Light.GREEN: self.tr("Green: on track")}[light]

    # ------------------------------------------------------------ state
    @property
    def period(self) -> str | None:
        return self._period

    @property
    def current_filter(self) -> browse.BrowseFilter:
        return self._filter

    def set_period(self, period: str) -> None:
        self._period = period
        self.refresh()

    def set_filter(self, f: browse.BrowseFilter | None = None, **changes: Any) -> None:
        self._filter = replace(f or self._filter, **changes)
        self.refresh()

    def judging(self) -> browse.Judging:
        from tracker.services import status

        ws = self._ws()
        period = self._period or status.default_period(ws, None)
        if self._judging is None or self._judging.period != period:
            self._judging = browse.Judging(period, period_end(period),
                                           status.period_due(ws, period), status.rules(ws))
        return self._judging

    def refresh(self) -> None:
        """Re-run the query (filter, sort, period or data changed); keeps nothing stale."""
        self._judging = None
        self._loaded = True
        self.beginResetModel()
        ws = self._ws()
        self._ids = browse.matching_ids(ws.db, self._filter, self.judging(), *self._sort)
        self._rows = []
        self.endResetModel()

    def total_count(self) -> int:
        """The number of assignments under the current filter: every matching id the database
        returned (all of them, not only the fetched pages)."""
        if not self._loaded:
            self.refresh()
        return len(self._ids)

    def all_ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, assignment_id: int) -> int:
        """Row of an id, fetching pages until it is loaded; -1 when not under the filter."""
        if assignment_id not in self._ids:
            return -1
        target = self._ids.index(assignment_id)
        while len(self._rows) <= target and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return target if target < len(self._rows) else -1

    # ------------------------------------------------------------ lazy fetching
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        page = self._ids[start:start + PAGE]
        if not page:
            return
        rows = browse.fetch_rows(self._ws().db, page, self.judging())
        if len(rows) != len(page):  # rows vanished meanwhile: drop their ids
            kept = {r["assignment_id"] for r in rows}
            self._ids = self._ids[:start] + [i for i in page if i in kept] + \
                self._ids[start + len(page):]
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # ------------------------------------------------------------ sorting (by the database)
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if self._loaded:  # (the view sorts while it is being set up: remembered only)
            self.refresh()

    # ------------------------------------------------------------ data
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "light":
            return "\n".join(self.light_label(lt) for lt in Light)
        return None

    def row_data(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == ID_ROLE:
            return r["assignment_id"]
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return self._sort_value(r, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "light":
            light = r["judgement"].light
            if light not in self._icons:
                self._icons[light] = light_icon(light)
            return self._icons[light]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        if role == Qt.ItemDataRole.ForegroundRole and r["closed_date"]:
            return QBrush(QColor("#888888"))
        if (role == Qt.ItemDataRole.ForegroundRole and key in ("status", "progress")
                and _returned(r)):
            return QBrush(QColor(RETURNED_COLOR))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("percent", "code"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, r: dict[str, Any], key: str) -> str:
        if key == "code":
            return r["measure_code"]
        if key == "measure":
            return r["measure_title"]
        if key == "unit":
            return r["unit_name"]
        if key == "role":
            return role_label(r["role"])
        if key == "deadline":
            return r["deadline_text"]
        if key == "light":
            return ""
        if key == "status":
            text = status_label(r["status"])
            closed = self.tr("closed")
            if r["closed_date"]:
                return f"{text} · {closed}"
            return f"{text} · {self.tr('returned')}" if _returned(r) else text
        if key == "percent":
            return "" if r["percent"] is None else f"{r['percent']}%"
        if key == "progress":
            text = " ".join((r["progress"] or "").split())
            text = text if len(text) <= 60 else text[:59] + "…"
            # the returned report's text, marked: status and percent are the last accepted ones
            if _returned(r) and text:
                return self.tr("[returned] %1").replace("%1", text)
            return text
        return _iso_date(r["last_reported"])

    def _sort_value(self, r: dict[str, Any], key: str) -> Any:
        native = {"code": tuple(int(x) if x.isdigit() else 0
                                for x in str(r["measure_code"]).split(".")),
                  "measure": r["measure_title"], "unit": r["unit_sort"], "role": r["role"],
                  "deadline": r["deadline_date"] or "",
                  "light": browse.LIGHT_RANK[r["judgement"].light.value],
                  "status": r["status"] or "", "percent": r["percent"] if r["percent"] is not None
                  else -1, "progress": r["progress"] or "",
                  "last_reported": r["last_reported"] or ""}
        return native[key]

    def _tooltip(self, r: dict[str, Any], key: str) -> str | None:
        j = r["judgement"]
        if key == "light":
            lines = [self.light_label(j.light)]
            if j.due_soon:
                lines.append(self.tr("Deadline within the warning days"))
            if _returned(r):
                lines.append(self.tr("This period's report was returned for rework"))
                if j.not_reported:  # 已完成 items never count as not reported
                    lines.append(self.tr("It counts as not reported this period"))
            if j.behind_schedule and j.expected_percent is not None:
                lines.append(self.tr("Behind schedule: expected %1%").replace(
                    "%1", str(j.expected_percent)))
            return "\n".join(lines)
        if key == "measure":
            return f"{r['measure_code']} {r['measure_title']}\n{r['measure_description'] or ''}"
        if key in ("status", "percent", "progress") and _returned(r):
            return self._returned_tip(r)
        if key == "progress":
            return r["progress"] or None
        if key == "deadline" and r["deadline_date"]:
            text = _iso_date(r["deadline_date"])
            if r["original_deadline_text"]:
                text += "\n" + self.tr("Extended; originally: %1").replace(
                    "%1", r["original_deadline_text"])
            return text
        if key == "status" and r["closed_date"]:
            return self.tr("Closed on %1").replace("%1", _iso_date(r["closed_date"]))
        if key in ("unit", "deadline", "status", "last_reported"):
            return self._display(r, key) or None  # the whole text of a narrow column
        return None

    def _returned_tip(self, r: dict[str, Any]) -> str:
        """Why a returned row looks as it does: the reason, whether it counts as not reported
        (not when the item is done), and which report status and percent come from."""
        lines = [self.tr("This period's report was returned for rework.")]
        if r["judgement"].not_reported:
            lines.append(self.tr("It counts as not reported this period"))
        if r["review_note"]:
            lines.append(self.tr("Reason: %1").replace("%1", r["review_note"]))
        if r["status_period"]:
            lines.append(self.tr("Status and progress % are from the last accepted report "
                                 "(%1).").replace("%1", period_label(r["status_period"])))
        else:
            lines.append(self.tr("There is no earlier accepted report."))
        text = " ".join((r["progress"] or "").split())
        if text:
            text = text if len(text) <= 80 else text[:79] + "…"
            lines.append(self.tr("Returned text: %1").replace("%1", text))
        return "\n".join(lines)


RETURNED_COLOR = "#b35c00"


def _returned(r: dict[str, Any]) -> bool:
    """This period's report was returned for rework (退回) and not entered again."""
    return r.get("review_state") == "退回" and not r.get("closed_date")
