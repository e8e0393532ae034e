"""The dashboard (总览) of one policy for one period: totals and rates, lights, completion per
task and per unit, the receipt register, items due soon and overdue. Every number drills down:
``drillDown`` carries the filter of the rows behind it ({"light": "red"}, {"unit_id": 3},
{"status": "滞后"}, {"overdue": True}, {"not_reported": True}, {"task_seq": 2},
{"due_soon": True}, {"assignment_id": 17}; chart segments and table cells combine a task or
unit with a status or flag).

All numbers come from ``tracker.services.status.period_counts`` (the one counting function),
lights judged as of the period's due day. On the demo database a refresh takes ~60 ms, so it
runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.counting import Counts
from tracker.db.queries import get_policy, periods_with_reports
from tracker.db.receipts import receipt_register
from tracker.deadlines import format_cn_date
from tracker.errors import TrackerError
from tracker.periods import parse_period, period_label
from tracker.services.status import default_period, period_counts, resolve_policy, rules
from tracker.services.workspace import Workspace
from tracker.ui.dashboard_parts import (
    Column,
    DrillTableModel,
    NumberTile,
    StatusBarChart,
    elide,
)
from tracker.ui.value_labels import LIGHT_COLORS, STATUS_COLORS, receipt_label, status_label

TOTAL_KEYS = ("total", "已完成", "推进中", "未启动", "滞后", "逾期", "未报送")
TASK_LABEL_CHARS = 12  # a task title on the chart's axis; the whole title is its tooltip


def _pct(part: int, whole: int) -> str:
    """As every report prints it (one decimal, half up)."""
    from tracker.reports.summary import pct

    return pct(part, whole) if whole else "–"


def _when(iso: str | None) -> str:
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)
    if len(iso) <= 10:  # a date (a report's reported date): no time of day
        return format_cn_date(moment.date())
    return f"{format_cn_date(moment.date())} {moment:%H:%M}"


class DashboardView(QWidget):
    drillDown = Signal(dict)

    def __init__(self, ws_provider: Callable[[], Workspace],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._policy_id: int | None = None
        self._period: str | None = None
        self._counts: Counts | None = None
        self._build()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("dashboardBody")
        scroll.setWidget(body)
        page = QVBoxLayout(body)
        page.setContentsMargins(16, 12, 16, 16)
        page.setSpacing(12)
        page.addLayout(self._build_header())
        page.addLayout(self._build_tiles())
        page.addLayout(self._build_lights())
        self.note_label = QLabel()  # how the 未报送 items are counted (as the report notes it)
        self.note_label.setObjectName("dashboardNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #57606a;")
        self.note_label.hide()
        page.addWidget(self.note_label)
        self.empty_label = QLabel(self.tr(
            "No measure of this policy has been assigned to a unit yet. Assign them in "
            "Edit → Assignment matrix, or import a breakdown table; the numbers and charts "
            "appear here."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("background: #fff8c5; border: 1px solid #d4a72c;"
                                       " border-radius: 4px; padding: 10px;")
        self.empty_label.hide()
        page.addWidget(self.empty_label)
        self.charts_box = QWidget()
        charts = QHBoxLayout(self.charts_box)
        charts.setContentsMargins(0, 0, 0, 0)
        self.task_chart = StatusBarChart(self.tr("Completion by key task"))
        self.unit_chart = StatusBarChart(self.tr("Completion by unit"))
        for chart in (self.task_chart, self.unit_chart):
            chart.segmentClicked.connect(self.drillDown)
            charts.addWidget(chart, 1)
        page.addWidget(self.charts_box)
        grid = QGridLayout()
        grid.addWidget(self._build_register(), 0, 0, 2, 1)
        (self.soon_box, self.soon_head, self.soon_view, self.soon_model,
         self.soon_empty) = self._build_items(self.tr("Due within the warning days"),
                                              {"due_soon": True})
        (self.late_box, self.late_head, self.late_view, self.late_model,
         self.late_empty) = self._build_items(self.tr("Overdue"), {"overdue": True})
        grid.addWidget(self.soon_box, 0, 1)
        grid.addWidget(self.late_box, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        page.addLayout(grid)
        page.addStretch(1)

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel()
        self.subtitle_label.setStyleSheet("color: #57606a;")
        self.subtitle_label.setWordWrap(True)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        row.addLayout(titles, 1)
        row.addWidget(QLabel(self.tr("Period:")))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.setMinimumContentsLength(9)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        row.addWidget(self.period_combo)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        row.addWidget(refresh)
        return row

    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tiles: dict[str, NumberTile] = {}
        specs = [("total", self.tr("Assignments"), {}, "#24292f")]
        specs += [(s, status_label(s), {"status": s}, STATUS_COLORS[s])
                  for s in ("已完成", "推进中", "未启动", "滞后")]
        specs += [("逾期", self.tr("Overdue"), {"overdue": True}, LIGHT_COLORS["red"]),
                  ("未报送", self.tr("Not reported"), {"not_reported": True}, "#6e7781")]
        for key, caption, drill, color in specs:
            tile = NumberTile(caption, drill, color)
            tile.setObjectName(f"tile_{key}")
            tile.clicked.connect(lambda _=False, t=tile: self.drillDown.emit(dict(t.drill)))
            self.tiles[key] = tile
            row.addWidget(tile)
        return row

    def _build_lights(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.light_tiles: dict[str, NumberTile] = {}
        names = {"red": self.tr("Red lights"), "yellow": self.tr("Yellow lights"),
                 "grey": self.tr("Grey lights"), "green": self.tr("Green lights")}
        for light, caption in names.items():
            tile = NumberTile(caption, {"light": light}, LIGHT_COLORS[light], compact=True)
            tile.setObjectName(f"light_{light}")
            tile.clicked.connect(lambda _=False, t=tile: self.drillDown.emit(dict(t.drill)))
            self.light_tiles[light] = tile
            row.addWidget(tile)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        row.addWidget(self.summary_label, 2)
        return row

    def _table(self, model: DrillTableModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionMode(QTableView.SelectionMode.NoSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        view.setMouseTracking(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.clicked.connect(lambda index, m=model: self._cell_clicked(m, index))
        return view

    def _cell_clicked(self, model: DrillTableModel, index) -> None:  # noqa: ANN001
        drill = model.drill(index)
        if drill is not None:
            self.drillDown.emit(drill)

    def _build_register(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receipt register and results by unit"))
        def unit(r: dict) -> dict:
            return {"unit_id": r["unit_id"]}
        cols = [
            Column(self.tr("Unit"), "unit_name", unit),
            Column(self.tr("Assignments"), "total", unit, True),
            Column(status_label("已完成"), "done", lambda r: {**unit(r), "status": "已完成"}, True),
            Column(self.tr("Rate"), "rate", lambda r: {**unit(r), "status": "已完成"}, True),
            Column(status_label("滞后"), "behind", lambda r: {**unit(r), "status": "滞后"}, True),
            Column(self.tr("Overdue"), "overdue", lambda r: {**unit(r), "overdue": True}, True),
            Column(self.tr("Not reported"), "not_reported",
                   lambda r: {**unit(r), "not_reported": True}, True),
            Column(self.tr("Returned file"), "receipt", unit),
            Column(self.tr("Recorded"), "receipt_at", unit),
        ]
        self.register_model = DrillTableModel(cols, self)
        self.register_view = self._table(self.register_model)
        self.register_view.setObjectName("registerView")
        self.register_view.setMinimumHeight(300)
        layout = QVBoxLayout(box)
        layout.addWidget(self.register_view)
        return box

    def _build_items(self, title: str, drill: dict
                     ) -> tuple[QGroupBox, QPushButton, QTableView, DrillTableModel, QLabel]:
        box = QGroupBox()
        layout = QVBoxLayout(box)
        head = QPushButton(title)
        head.setFlat(True)
        head.setCursor(Qt.CursorShape.PointingHandCursor)
        head.setStyleSheet("text-align: left; font-weight: bold; color: #1f5fa8;")
        head.clicked.connect(lambda: self.drillDown.emit(dict(drill)))
        head.setProperty("title", title)
        layout.addWidget(head)
        empty = QLabel(box)  # an empty list says why (filled in _fill_items)
        empty.setObjectName("emptyItems")
        empty.setWordWrap(True)
        empty.setStyleSheet("color: #555; padding: 4px;")
        empty.hide()
        layout.addWidget(empty)
        def row_drill(r: dict) -> dict:
            return {"assignment_id": r["assignment_id"]}
        cols = [Column(self.tr("No."), "code", row_drill), Column(self.tr("Unit"), "unit",
                                                                  row_drill),
                Column(self.tr("Deadline"), "deadline", row_drill),
                Column(self.tr("Status"), "status", row_drill),
                Column(self.tr("Measure"), "title", row_drill)]
        model = DrillTableModel(cols, self)
        view = self._table(model)
        view.setMinimumHeight(150)
        layout.addWidget(view)
        return box, head, view, model, empty

    # ------------------------------------------------------------------ public API
    def set_policy(self, policy_id: int | None) -> None:
        """Show another policy (None: the default one, as ``tracker status`` chooses)."""
        self._policy_id = policy_id
        self._period = None
        self.refresh()

    def policy_id(self) -> int | None:
        return self._policy_id

    def period(self) -> str | None:
        return self._period

    def set_period(self, period: str) -> None:
        self._period = parse_period(period)
        self.refresh()

    def counts(self) -> Counts | None:
        return self._counts

    def totals(self) -> dict:
        """The numbers the tiles show (compared with period_counts by the self-test)."""
        if self._counts is None:
            self.refresh()
        if self._counts is None:
            return dict.fromkeys(TOTAL_KEYS, 0)
        t = self._counts.total
        return {"total": t.total, **t.by_status, "逾期": t.overdue, "未报送": t.not_reported}

    def refresh(self) -> None:
        ws = self._ws()
        try:
            policy = (get_policy(ws.db, self._policy_id) if self._policy_id is not None
                      else resolve_policy(ws))
        except TrackerError as exc:
            self._show_empty(self.tr(exc.message()))
            return
        if policy is None:
            self._show_empty(self.tr("The policy no longer exists."))
            return
        self._policy_id = policy["id"]
        if self._period is None:
            self._period = default_period(ws, policy["id"])
        self._counts = period_counts(ws, policy["id"], self._period)
        self._fill_periods(periods_with_reports(ws.db, policy["id"]))
        self._fill(ws, policy, self._counts)

    # ------------------------------------------------------------------ filling
    def _show_empty(self, text: str) -> None:
        self._counts = None
        self.title_label.setText(text)
        self.subtitle_label.clear()

    def _fill_periods(self, periods: list[str]) -> None:
        wanted = sorted(set(periods) | {self._period}, reverse=True)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in wanted:
            self.period_combo.addItem(period_label(p), p)
        self.period_combo.setCurrentIndex(wanted.index(self._period))
        self.period_combo.blockSignals(False)

    def _period_chosen(self, index: int) -> None:
        period = self.period_combo.itemData(index)
        if period and period != self._period:
            self.set_period(period)

    def _fill(self, ws: Workspace, policy: dict, c: Counts) -> None:
        t = c.total
        self.title_label.setText(self.tr("{policy}: implementation in {period}").format(
            policy=policy["short_title"] or policy["title"], period=period_label(self._period)))
        self.subtitle_label.setText(self.tr(
            "Lights judged as of {date}, the reports' due day").format(
                date=format_cn_date(c.as_of)))
        self.tiles["total"].set_value(t.total, self.tr("{n} measures").format(
            n=c.measures["all"].total))
        for s in ("已完成", "推进中", "未启动", "滞后"):
            self.tiles[s].set_value(t.by_status[s], self.tr("{rate} of all").format(
                rate=_pct(t.by_status[s], t.total)))
        self.tiles["逾期"].set_value(t.overdue, self.tr("{rate} of all").format(
            rate=_pct(t.overdue, t.total)))
        self.tiles["未报送"].set_value(t.not_reported, self.tr("on time: {rate}").format(
            rate=_pct(t.on_time_reports, t.expected_reports)))
        for light, tile in self.light_tiles.items():
            tile.set_value(t.by_light[light])
        m = c.measures["all"]
        self.summary_label.setText(self.tr(
            "Measures: {n}, of which completed {done} and overdue {late}.").format(
                n=m.total, done=m.by_status["已完成"], late=m.overdue))
        self.note_label.setText(self.tr(
            "Note: the {n} item(s) not reported for this period are counted, in the numbers "
            "above and in the charts, under the status of their latest report (未启动 when "
            "never reported); who has not reported is in the receipt register below.").format(
                n=t.not_reported))
        self.note_label.setVisible(t.not_reported > 0)
        self.empty_label.setVisible(t.total == 0)
        self.charts_box.setVisible(t.total > 0)
        tasks = sorted(c.by_task)
        self.task_chart.set_data(
            [(f"{seq}. {elide(c.task_titles[seq], TASK_LABEL_CHARS)}", {"task_seq": seq})
             for seq in tasks],
            [c.by_task[seq].by_status for seq in tasks],
            tips=[f"{seq}. {c.task_titles[seq]}" for seq in tasks])
        units = list(c.by_unit)
        self.unit_chart.set_data([(c.unit_names[u], {"unit_id": u}) for u in units],
                                 [c.by_unit[u].by_status for u in units])
        self.task_chart.setMinimumHeight(130 + 32 * len(tasks))
        self.unit_chart.setMinimumHeight(130 + 26 * len(units))
        self._fill_register(ws, c)
        self._fill_items(c)

    def _fill_register(self, ws: Workspace, c: Counts) -> None:
        rows = []
        for entry in receipt_register(ws.db, self._policy_id, self._period):
            tally = c.by_unit.get(entry["unit_id"])
            total = tally.total if tally else 0
            done = tally.by_status["已完成"] if tally else 0
            rows.append({
                "unit_id": entry["unit_id"], "unit_name": entry["unit_name"], "total": total,
                "done": done, "rate": _pct(done, total),
                "behind": tally.by_status["滞后"] if tally else 0,
                "overdue": tally.overdue if tally else 0,
                "not_reported": tally.not_reported if tally else 0,
                "receipt": receipt_label(entry["state"], entry["source"]),
                "receipt_tip": self._receipt_tip(entry),
                "receipt_at": _when(entry["at"])})
        self.register_model.set_rows(rows)

    def _receipt_tip(self, entry: dict) -> str | None:
        if entry["state"] == "reported":
            return self.tr("{n} report(s) received for this period, the latest on {date}").format(
                n=entry["reports"], date=_when(entry["at"]))
        # the file, and why it was not taken in or who to call back about it
        return "\n".join(t for t in (entry["file_name"], entry["note"]) if t) or None

    def _fill_items(self, c: Counts) -> None:
        soon, late = [], []
        for s, j in c.judged:
            row = {"assignment_id": s.assignment_id, "code": s.measure_code,
                   "unit": s.unit_name, "status": status_label(j.status.value),
                   "deadline": (format_cn_date(s.deadline_date) if s.deadline_date
                                else s.deadline_text), "title": s.measure_title,
                   "title_tip": s.measure_title, "sort": s.deadline_date}
            if j.overdue:
                late.append(row)
            elif j.due_soon:
                soon.append(row)
        days = rules(self._ws()).warning_days
        as_of = format_cn_date(c.as_of)
        why_soon = self.tr("No item of this period is due soon: no open item has its deadline "
                           "within {days} days of {date}.").format(days=days, date=as_of)
        why_late = self.tr("No item of this period is overdue (as of {date}).").format(
            date=as_of)
        for rows, model, head, view, empty, why in (
                (soon, self.soon_model, self.soon_head, self.soon_view, self.soon_empty,
                 why_soon),
                (late, self.late_model, self.late_head, self.late_view, self.late_empty,
                 why_late)):
            rows.sort(key=lambda r: (r["sort"] or date.max, r["code"]))
            model.set_rows(rows)
            head.setText(self.tr("{title} ({n})").format(title=head.property("title"),
                                                          n=len(rows)))
            empty.setText(why)  # an empty list says why
            empty.setVisible(not rows)
            view.setVisible(bool(rows))
