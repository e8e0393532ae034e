"""The main window: navigator | (台账 table + detail panel, 总览 dashboard), menus, toolbar with
the period selector, status bar. It composes the parts; each part lives in its own module."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.db import browse
from tracker.db.queries import tasks
from tracker.periods import period_of, period_range
from tracker.services.workspace import Workspace
from tracker.ui.assignment_model import AssignmentModel
from tracker.ui.assignment_table import AssignmentTable
from tracker.ui.detail_panel import DetailPanel
from tracker.ui.excel_actions import ExcelActions, dropped_paths
from tracker.ui.file_actions import FileActions
from tracker.ui.filter_bar import FilterBar
from tracker.ui.navigator import Navigator
from tracker.ui.user_settings import UserSettings
from tracker.ui.window_actions import WindowActions
from tracker.ui.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

SCOPE_KEYS = ("policy_id", "task_id", "measure_id")


def period_text(period: str, lang_format: str) -> str:
    year, month = (int(x) for x in period.split("-"))
    return lang_format.replace("%1", str(year)).replace("%2", str(month))


class MainWindow(QMainWindow):
    languageChosen = Signal(str)

    def __init__(self, ws: Workspace, settings: UserSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ws = ws
        self.settings = settings
        self.ws.who = settings.operator
        self.handing_over = False  # True when the window is replaced (language switch)
        self.undo_stack = QUndoStack(self)
        self._scope: dict[str, Any] = {}
        self._check_structure = False
        self._dashboard: Any = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh_data)

        self.model = AssignmentModel(self.ws_provider, self)
        self.navigator = Navigator(self.ws_provider, self)
        self.filter_bar = FilterBar(self)
        self.table = AssignmentTable(self.model, settings, self)
        self.detail = DetailPanel(self.ws_provider, self.undo_stack, self)
        self.file_actions = FileActions(self)
        self.excel_actions = ExcelActions(self)
        self.dialogs = WindowDialogs(self)
        self.actions_ = WindowActions(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.setMinimumContentsLength(9)
        self._build_layout()
        self._build_status_bar()
        self.setAcceptDrops(True)
        self.languageChosen.connect(self._switch_language)

        self.navigator.scopeChanged.connect(self._scope_changed)
        self.navigator.unitChosen.connect(lambda uid: self.filter_bar.apply({"unit_id": uid},
                                                                            reset=False))
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.currentAssignmentChanged.connect(self._show_detail)
        self.table.activatedAssignment.connect(lambda _aid: self.detail.enter_progress())
        self.detail.changed.connect(self.schedule_refresh)
        self.undo_stack.indexChanged.connect(self._undo_moved)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.load_workspace()
        self._restore_window()

    def ws_provider(self) -> Workspace:
        return self.ws

    # ------------------------------------------------------------ building
    def _build_layout(self) -> None:
        table_page = QWidget(self)
        lay = QVBoxLayout(table_page)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.filter_bar)
        # shown instead of a silent empty table: nothing assigned yet, or nothing matches
        self.empty_hint = QLabel(table_page)
        self.empty_hint.setObjectName("ledgerEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("background: #fff8c5; border: 1px solid #d4a72c;"
                                      " border-radius: 4px; padding: 8px;")
        self.empty_hint.hide()
        lay.addWidget(self.empty_hint)
        self.table_split = QSplitter(Qt.Orientation.Horizontal, table_page)
        self.table_split.setObjectName("tableSplit")
        self.table_split.addWidget(self.table)
        self.table_split.addWidget(self.detail)
        self.table_split.setStretchFactor(0, 3)
        self.table_split.setStretchFactor(1, 2)
        self.table_split.setSizes([780, 340])
        lay.addWidget(self.table_split, 1)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(table_page, self.tr("Ledger"))
        self.dashboard_holder = QWidget(self)
        QVBoxLayout(self.dashboard_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.dashboard_holder, self.tr("Dashboard"))
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.setObjectName("mainSplit")
        self.main_split.addWidget(self.navigator)
        self.main_split.addWidget(self.tabs)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setSizes([200, 1166])  # the ledger's columns fit at 1366
        self.setCentralWidget(self.main_split)
        tb = self.actions_.toolbar
        tb.addWidget(QLabel(" " + self.tr("Period:") + " ", tb))
        tb.addWidget(self.period_combo)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("statusDb")
        self.period_label = QLabel(self)
        self.demo_label = QLabel(self.tr("Sample data"), self)
        self.demo_label.setObjectName("statusDemo")
        self.demo_label.setStyleSheet("color: white; background: #c0392b; padding: 0 6px;")
        from tracker.ui.draft_notice import DraftNotice

        self.draft_notice = DraftNotice(self)  # unsaved report drafts, said once on opening
        for w in (self.draft_notice, self.demo_label, self.period_label, self.db_label):
            bar.addPermanentWidget(w)

    def dashboard(self) -> Any:
        """The dashboard tab's view, created on first use (QtCharts costs start-up time)."""
        if self._dashboard is None:
            from tracker.ui.dashboard import DashboardView

            self._dashboard = DashboardView(self.ws_provider, self.dashboard_holder)
            self.dashboard_holder.layout().addWidget(self._dashboard)
            self._dashboard.drillDown.connect(self.drill_down)
            if self._scope.get("policy_id"):  # the policy chosen in the navigator
                self._dashboard.set_policy(self._scope["policy_id"])
            if self.current_period():
                self._dashboard.set_period(self.current_period())
            combo = getattr(self._dashboard, "period_combo", None)
            if combo is not None:
                combo.currentIndexChanged.connect(self._dashboard_period_changed)
        return self._dashboard

    # ------------------------------------------------------------ workspace
    def set_workspace(self, ws: Workspace, close_old: bool = True) -> None:
        old, self.ws = self.ws, ws
        ws.who = self.settings.operator
        if close_old and old is not ws:
            old.close()
        self.undo_stack.clear()
        self.settings.add_recent(ws.path)
        if self._dashboard is not None:
            self._dashboard.set_policy(None)
        self.navigator.reload()
        self.load_workspace()

    def load_workspace(self) -> None:
        self.settings.add_recent(self.ws.path)
        self._fill_periods()
        self.filter_bar.set_units(browse.unit_choices(self.ws.db))
        self._update_titles()
        self.apply_filter()
        QTimer.singleShot(0, self.draft_notice.announce)  # once the window is on screen
        reread, self.ws.reread = self.ws.reread, 0  # said once
        if reread:
            self.statusBar().showMessage(self.tr(
                "On opening, %n deadline(s) an earlier version could not read were read with "
                "today's rules (the text as written, recorded in the history).", "", reread),
                30000)

    def is_demo(self) -> bool:
        return self.ws.settings().get("demo") == "1"

    def _update_titles(self) -> None:
        demo = self.is_demo()
        title = self.tr("Policy Tracker") + " — " + self.ws.path.name
        if demo:
            title += " [" + self.tr("Sample data") + "]"
        self.setWindowTitle(title)
        self.demo_label.setVisible(demo)
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.ws.path)))
        self.db_label.setToolTip(str(self.ws.path))
        period = self.current_period()
        self.period_label.setText(self.tr("Period: %1").replace(
            "%1", period_text(period, self.tr("%1-%2")) if period else "–"))

    # ------------------------------------------------------------ periods
    def _period_list(self) -> tuple[list[str], str]:
        """The months the 报送期 list offers (newest first) and the default one."""
        from tracker.services.status import default_period

        first, last = browse.period_bounds(self.ws.db)
        default = default_period(self.ws, None)
        newest = max(p for p in (last, period_of(date.today()), default) if p)
        return list(reversed(period_range(first or default, newest))), default

    def _update_periods(self) -> None:
        """After an entry or import for an earlier month: that month joins the list (the
        month shown stays)."""
        periods, _ = self._period_list()
        current = self.current_period()
        if current and current not in periods:  # the month shown stays, even one now empty
            periods = sorted({*periods, current}, reverse=True)
        have = [self.period_combo.itemData(i) for i in range(self.period_combo.count())]
        if periods != have:
            self._set_period_items(periods, current)

    def _set_period_items(self, periods: list[str], chosen: str | None) -> None:
        """The list refilled with ``chosen`` selected, without a "period chosen" signal."""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        fmt = self.tr("%1-%2")
        for p in periods:
            self.period_combo.addItem(period_text(p, fmt), p)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen), 0))
        self.period_combo.blockSignals(False)

    def _fill_periods(self) -> None:
        periods, default = self._period_list()
        saved = self.settings.period_for(self.ws.path)
        chosen = saved if saved in periods else default
        self._set_period_items(periods, chosen)
        self.model._period = chosen

    def current_period(self) -> str | None:
        return self.period_combo.currentData()

    def set_period(self, period: str) -> None:
        index = self.period_combo.findData(period)
        if index < 0:  # a month reported since the list was filled
            self._update_periods()
            index = self.period_combo.findData(period)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def _period_chosen(self, _index: int) -> None:
        period = self.current_period()
        if not period:
            return
        self.settings.set_period_for(self.ws.path, period)
        self.model.set_period(period)
        self._after_model_change()
        if self._dashboard is not None and self._dashboard.period() != period:
            self._dashboard.set_period(period)
        self._update_titles()

    def _dashboard_period_changed(self, _index: int) -> None:
        period = self._dashboard.period()
        if period and period != self.current_period():
            self.set_period(period)

    # ------------------------------------------------------------ filtering and refreshing
    def _scope_changed(self, scope: dict) -> None:
        self._scope = {k: scope.get(k) for k in SCOPE_KEYS}
        self.apply_filter()
        if self._dashboard is not None and scope.get("policy_id") \
                and scope["policy_id"] != self._dashboard.policy_id():
            period = self.current_period()  # the dashboard shows the navigator's policy
            self._dashboard.set_policy(scope["policy_id"])
            if period:
                self._dashboard.set_period(period)

    def current_filter(self) -> browse.BrowseFilter:
        values = {**self.filter_bar.values(), **self._scope}
        values["word_units"] = tuple(self.navigator.units_for_word(w)
                                     for w in browse.search_words(values.get("text", "")))
        return browse.BrowseFilter(**{k: v for k, v in values.items()
                                      if k in browse.BrowseFilter.__dataclass_fields__})

    def apply_filter(self) -> None:
        keep = self.table.current_id()
        self.navigator.select_unit(self.filter_bar.values()["unit_id"])
        self.model._period = self.current_period()
        self.model.set_filter(self.current_filter())
        self._after_model_change(keep)

    def _after_model_change(self, keep: int | None = None) -> None:
        if self.model.rowCount() == 0 and self.model.canFetchMore():
            self.model.fetchMore()  # the first page at once (the view asks for the rest)
        self.filter_bar.set_count(self.model.total_count())
        self._update_empty_hint()
        if keep is None or not self.table.select_id(keep):
            self._show_detail(self.table.current_id())

    def _update_empty_hint(self) -> None:
        if self.model.total_count():
            self.empty_hint.hide()
            return
        if any(self.filter_bar.values().values()):
            text = self.tr("No item matches the filter. Press Clear to see all items.")
        else:
            text = self.tr(
                "Nothing here has been assigned to a unit yet. Assign the measures in Edit → "
                "Assignment matrix, or import a breakdown table (Reporting → Import breakdown…); "
                "the items then appear in this ledger.")
        self.empty_hint.setText(text)
        self.empty_hint.show()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start(0)

    def _undo_moved(self, _index: int) -> None:
        """An undo or redo may have changed the structure or the units (a measure added in the
        editor, a unit deactivated): the next refresh checks the navigator too."""
        self._check_structure = True
        self.schedule_refresh()

    def refresh_data(self) -> None:
        """Data changed (an edit, undo, import): re-query, keep the selected row; after an
        undo or redo also the navigator and the unit choices when they changed."""
        if self._check_structure:
            self._check_structure = False
            if self.navigator.refresh():  # may emit scopeChanged / unitChosen (→ filter)
                before = self.filter_bar.values()["unit_id"]
                self.filter_bar.set_units(browse.unit_choices(self.ws.db))
                if self.filter_bar.values()["unit_id"] != before:  # that unit is gone
                    self.apply_filter()
        self._update_periods()
        keep = self.table.current_id()
        self.model.refresh()
        self._after_model_change(keep)
        self.draft_notice.refresh()
        if self._dashboard is not None:
            self._dashboard.refresh()

    def _show_detail(self, assignment_id: int | None) -> None:
        self.detail.show_assignment(assignment_id, self.current_period())

    def drill_down(self, values: dict) -> None:
        """A number on the dashboard was clicked: show the rows behind it."""
        values = dict(values)
        policy_id = self._dashboard.policy_id() if self._dashboard is not None else None
        scope = {"policy_id": policy_id}
        if "task_seq" in values and policy_id is not None:
            seq = values.pop("task_seq")
            scope["task_id"] = next((t["id"] for t in tasks(self.ws.db, policy_id)
                                     if t["seq"] == seq), None)
        for key in ("task_id", "measure_id"):
            if key in values:
                scope[key] = values.pop(key)
        target = values.pop("assignment_id", None)
        self._scope = {k: scope.get(k) for k in SCOPE_KEYS}
        self.tabs.setCurrentIndex(0)
        self.navigator.select_unit(values.get("unit_id"))
        self.filter_bar.apply(values)  # emits changed → apply_filter
        if target is not None:
            self.table.select_id(target)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.dashboard_holder:
            self.dashboard()

    # ------------------------------------------------------------ editors and dialogs
    def policy_id(self) -> int | None:
        """The policy chosen in the navigator, else the default one."""
        from tracker.errors import TrackerError
        from tracker.services.status import resolve_policy

        if self._scope.get("policy_id"):
            return self._scope["policy_id"]
        try:
            return resolve_policy(self.ws)["id"]
        except TrackerError:
            return None

    def reload_structure(self) -> None:
        """After an editor: the tree, the unit lists and the rows."""
        self.navigator.reload()
        self.filter_bar.set_units(browse.unit_choices(self.ws.db))
        self.refresh_data()

    def open_report_dialog(self) -> None:
        """报表 → 月报 (the reports area's ``tracker.ui.report_dialog``, imported lazily)."""
        self.dialogs.open_report_dialog()

    def _switch_language(self, lang: str) -> None:
        from tracker.ui.app import switch_language

        QTimer.singleShot(0, lambda: switch_language(self, lang))

    # ------------------------------------------------------------ drag and drop of files
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.excel_actions.import_paths(paths))

    # ------------------------------------------------------------ window state
    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        for name, splitter in (("main_split", self.main_split),
                               ("table_split", self.table_split)):
            state = self.settings.state(name)
            if state is not None:
                splitter.restoreState(state)

    def save_window_state(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_state("main_split", self.main_split.saveState())
        self.settings.set_state("table_split", self.table_split.saveState())
        self.table.save_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        if not self.handing_over:
            self.ws.close()
        super().closeEvent(event)

    def db_path(self) -> Path:
        return self.ws.path
