"""报表 → 月报: choose what goes in the monthly summary (period, scope: everything / one unit /
one key task, sections, detail columns, sign-off lines), then print preview, print, export
PDF / Word / Excel, copy the 通报 paragraph, or write the 催办通知单 for every lagging unit.

Everything goes through the service verbs (``tracker.services.report_output``); the work runs
through :mod:`tracker.ui.background` (the outputs live in :mod:`tracker.ui.report_outputs`).
The last choices are kept in the user settings ("report/…" keys).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.db import browse
from tracker.db.queries import get_policy, periods_with_reports, tasks
from tracker.errors import TrackerError
from tracker.periods import period_of
from tracker.reports.monthly_doc import DETAIL_COLUMNS
from tracker.reports.summary import SECTIONS
from tracker.services.report_output import ReportRequest
from tracker.services.status import default_period, resolve_policy
from tracker.services.workspace import Workspace
from tracker.ui.report_outputs import ReportOutputs
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.user_settings import UserSettings

KEY_ROLE = Qt.ItemDataRole.UserRole + 60
SCOPES = ("all", "unit", "task")


class ReportDialog(QDialog):
    """The 月报 window. ``ws_provider()`` returns the window's open workspace."""

    def __init__(self, ws_provider: Callable[[], Workspace], period: str | None = None,
                 policy_id: int | None = None, settings: UserSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Monthly report"))
        self.ws_provider = ws_provider
        self.settings = settings or getattr(parent, "settings", None) or UserSettings()
        ws = ws_provider()
        self.policy: dict | None = None
        try:
            self.policy = (get_policy(ws.db, policy_id) if policy_id is not None
                           else resolve_policy(ws))
        except TrackerError:
            self.policy = None
        self.policy_id = self.policy["id"] if self.policy else None
        self.outputs = ReportOutputs(self)
        self._build(ws, period)
        self._restore()
        self.update_enabled()
        fit_to_screen(self, 900, 600)

    # ------------------------------------------------------------ building
    def _build(self, ws: Workspace, period: str | None) -> None:
        title = QLabel(self)
        title.setObjectName("policyTitle")
        title.setWordWrap(True)
        if self.policy:
            title.setText("<b>" + self.tr("Policy: %1").replace(
                "%1", self.policy["short_title"] or self.policy["title"]) + "</b>")
        else:
            title.setText(self.tr("There is no policy in this database yet."))
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._scope_group(ws, period))
        choose = QHBoxLayout()
        choose.addWidget(self._sections_group(), 1)
        choose.addWidget(self._columns_group(), 1)
        left.addLayout(choose, 1)
        self.sign_off_check = QCheckBox(
            self.tr("Sign-off lines (reviewer, preparer, date of report)"), self)
        self.sign_off_check.setObjectName("signOff")
        self.sign_off_check.setChecked(True)
        left.addWidget(self.sign_off_check)
        right.addWidget(self.outputs.bulletin_group(), 1)
        right.addWidget(self.outputs.reminders_group())
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        lay.addLayout(columns, 1)
        self.hint = QLabel(self)
        self.hint.setObjectName("reportHint")
        self.hint.setStyleSheet("color: #b23;")
        lay.addWidget(self.hint)
        lay.addWidget(self.outputs.output_group())
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        lay.addLayout(bottom)

    def _scope_group(self, ws: Workspace, period: str | None) -> QGroupBox:
        box = QGroupBox(self.tr("Period and scope"), self)
        grid = QGridLayout(box)
        self.period_combo = QComboBox(box)
        self.period_combo.setObjectName("reportPeriod")
        self.period_combo.setMinimumContentsLength(9)
        have = periods_with_reports(ws.db, self.policy_id) if self.policy_id else []
        chosen = period or default_period(ws, self.policy_id)
        fmt = self.tr("%1-%2")
        for p in sorted({*have, period_of(date.today()), chosen}, reverse=True):
            year, month = p.split("-")
            self.period_combo.addItem(fmt.replace("%1", year).replace("%2", str(int(month))), p)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen), 0))
        self.scope_all = QRadioButton(self.tr("Everything"), box)
        self.scope_unit = QRadioButton(self.tr("One unit:"), box)
        self.scope_task = QRadioButton(self.tr("One key task:"), box)
        self.scope_buttons = QButtonGroup(box)
        for i, (key, button) in enumerate(zip(SCOPES, (self.scope_all, self.scope_unit,
                                                       self.scope_task), strict=True)):
            button.setObjectName(f"scope_{key}")
            self.scope_buttons.addButton(button, i)
        self.scope_all.setChecked(True)
        self.unit_combo = QComboBox(box)
        self.unit_combo.setObjectName("reportUnit")
        for u in browse.unit_choices(ws.db):
            self.unit_combo.addItem(u["name"], u["id"])
        self.task_combo = QComboBox(box)
        self.task_combo.setObjectName("reportTask")
        self.task_combo.setMinimumContentsLength(16)
        self.task_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for t in tasks(ws.db, self.policy_id) if self.policy_id else []:
            text = self.tr("Task %1: %2").replace("%1", str(t["seq"])).replace("%2", t["title"])
            self.task_combo.addItem(text, t["seq"])
            self.task_combo.setItemData(self.task_combo.count() - 1, text,
                                        Qt.ItemDataRole.ToolTipRole)
        grid.addWidget(QLabel(self.tr("Period:"), box), 0, 0)
        grid.addWidget(self.period_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Scope:"), box), 1, 0)
        grid.addWidget(self.scope_all, 1, 1)
        grid.addWidget(self.scope_unit, 2, 1)
        grid.addWidget(self.unit_combo, 2, 2)
        grid.addWidget(self.scope_task, 3, 1)
        grid.addWidget(self.task_combo, 3, 2)
        self.issued_edit = QDateEdit(QDate.currentDate(), box)  # 落款日期 of the report
        self.issued_edit.setObjectName("reportIssued")
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat(self.tr("yyyy-MM-dd"))
        self.issued_edit.setToolTip(self.tr("The date under the report and the reminder "
                                            "notices; reminders ask for a reply three working "
                                            "days after it."))
        grid.addWidget(QLabel(self.tr("Date of issue:"), box), 4, 0)
        grid.addWidget(self.issued_edit, 4, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        self.scope_buttons.idToggled.connect(lambda _i, _on: self.update_enabled())
        return box

    def section_labels(self) -> dict[str, str]:
        return {"overview": self.tr("Overview"), "charts": self.tr("Charts"),
                "per_task": self.tr("By key task"), "per_unit": self.tr("By unit"),
                "lagging": self.tr("Lagging and not reported"), "detail": self.tr("Detail")}

    def column_labels(self) -> dict[str, str]:
        return {"measure": self.tr("Measure"), "unit": self.tr("Unit"), "role": self.tr("Role"),
                "deadline": self.tr("Deadline"), "status": self.tr("Status"), "percent": self.tr("Percent done"),
                "progress": self.tr("Progress"), "problems": self.tr("Problems"),
                "next_steps": self.tr("Next steps")}

    def _sections_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sections"), self)
        col = QVBoxLayout(box)
        self.section_checks: dict[str, QCheckBox] = {}
        labels = self.section_labels()
        for key in SECTIONS:
            check = QCheckBox(labels[key], box)
            check.setObjectName(f"section_{key}")
            check.setChecked(True)
            check.toggled.connect(lambda _on: self.update_enabled())
            self.section_checks[key] = check
            col.addWidget(check)
        col.addStretch(1)
        return box

    def _columns_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Columns of the detail table"), self)
        col = QVBoxLayout(box)
        self.columns_list = QListWidget(box)
        self.columns_list.setObjectName("detailColumns")
        self.columns_list.setSpacing(1)
        labels = self.column_labels()
        for key in DETAIL_COLUMNS:
            item = QListWidgetItem(labels[key])
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.columns_list.addItem(item)
        self.columns_list.itemChanged.connect(lambda _item: self.update_enabled())
        col.addWidget(self.columns_list)
        return box

    # ------------------------------------------------------------ the choices
    def period(self) -> str:
        return self.period_combo.currentData()

    def scope(self) -> str:
        return SCOPES[max(self.scope_buttons.checkedId(), 0)]

    def sections(self) -> tuple[str, ...]:
        return tuple(k for k in SECTIONS if self.section_checks[k].isChecked())

    def detail_columns(self) -> tuple[str, ...]:
        items = [self.columns_list.item(r) for r in range(self.columns_list.count())]
        return tuple(i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked)

    def unit_name(self) -> str | None:
        return self.unit_combo.currentText() if self.scope() == "unit" else None

    def task_seq(self) -> int | None:
        return self.task_combo.currentData() if self.scope() == "task" else None

    def request(self) -> ReportRequest:
        scope = self.scope()
        return ReportRequest(
            period=self.period(), sections=self.sections(),
            unit_id=self.unit_combo.currentData() if scope == "unit" else None,
            task_seq=self.task_seq(), detail_columns=self.detail_columns() or None,
            sign_off=self.sign_off_check.isChecked(), issued=self.issued())

    def issued(self) -> date:
        d = self.issued_edit.date()
        return date(d.year(), d.month(), d.day())

    def problem(self) -> str:
        """Why the report cannot be made with these choices ("" when it can)."""
        if self.policy_id is None:
            return self.tr("There is no policy in this database yet.")
        if not self.sections():
            return self.tr("Choose at least one section.")
        if "detail" in self.sections() and not self.detail_columns():
            return self.tr("Choose at least one column for the detail table.")
        if self.scope() == "unit" and self.unit_combo.currentData() is None:
            return self.tr("Choose a unit.")
        if self.scope() == "task" and self.task_combo.currentData() is None:
            return self.tr("Choose a key task.")
        return ""

    def update_enabled(self) -> None:
        scope = self.scope()
        self.unit_combo.setEnabled(scope == "unit")
        self.task_combo.setEnabled(scope == "task")
        self.columns_list.setEnabled(self.section_checks["detail"].isChecked())
        problem = self.problem()
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        self.outputs.set_enabled(not problem, self.policy_id is not None)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    # ------------------------------------------------------------ remembered choices
    def _restore(self) -> None:
        saved = self.settings.report_choices()
        if "sections" in saved:
            chosen = set(saved["sections"].split(","))
            for key, check in self.section_checks.items():
                check.setChecked(key in chosen)
        if "columns" in saved:
            chosen = set(saved["columns"].split(","))
            for r in range(self.columns_list.count()):
                item = self.columns_list.item(r)
                item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in chosen
                                   else Qt.CheckState.Unchecked)
        if "sign_off" in saved:
            self.sign_off_check.setChecked(saved["sign_off"] != "0")
        for combo, key in ((self.unit_combo, "unit"), (self.task_combo, "task")):
            if saved.get(key, "").isdigit():
                index = combo.findData(int(saved[key]))
                if index >= 0:
                    combo.setCurrentIndex(index)
        if saved.get("scope") in SCOPES:
            self.scope_buttons.button(SCOPES.index(saved["scope"])).setChecked(True)
        self.outputs.restore(saved)

    def remember(self) -> None:
        values = {"sections": ",".join(self.sections()),
                  "columns": ",".join(self.detail_columns()),
                  "sign_off": "1" if self.sign_off_check.isChecked() else "0",
                  "scope": self.scope()}
        if self.unit_combo.currentData() is not None:
            values["unit"] = str(self.unit_combo.currentData())
        if self.task_combo.currentData() is not None:
            values["task"] = str(self.task_combo.currentData())
        values.update(self.outputs.remembered())
        self.settings.set_report_choices(values)
        self.settings.sync()

    def done(self, result: int) -> None:
        if self.outputs.busy():  # its results come back to this window: stay open till then
            self.show_status(self.tr("Please wait: the report is being written."))
            return
        self.remember()
        super().done(result)


def show_report_dialog(parent: QWidget, ws_provider: Callable[[], Workspace],
                       period: str | None, policy_id: int | None) -> ReportDialog:
    """报表 → 月报 from the main window (window-modal; returns at once)."""
    dialog = ReportDialog(ws_provider, period, policy_id, getattr(parent, "settings", None),
                          parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
