"""报送 menu exports: 导出填报模板 (period, units, folder), 导出分解表, 导出汇总表; each runs in the
background through :mod:`tracker.ui.background` and the Excel area's service verbs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.db import browse
from tracker.paths import output_start_dir
from tracker.periods import period_label
from tracker.services.status import template_period
from tracker.ui.background import run_in_background
from tracker.ui.dialogs.form_parts import InlineMessage
from tracker.ui.excel_actions import error_text
from tracker.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

translate = QCoreApplication.translate
UNIT_ROLE = Qt.ItemDataRole.UserRole + 50


class ExportTemplatesDialog(QDialog):
    """Which period, which units, which folder."""

    def __init__(self, win: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or win)
        self.setObjectName("exportTemplates")
        self.setWindowTitle(self.tr("Export report templates"))
        self.period = QComboBox(self)
        for i in range(win.period_combo.count()):
            self.period.addItem(win.period_combo.itemText(i), win.period_combo.itemData(i))
        # the month templates go out for (June on June 25), not the month last looked at
        wanted = self.period.findData(template_period(win.ws, win.policy_id()))
        self.period.setCurrentIndex(wanted if wanted >= 0 else win.period_combo.currentIndex())
        from tracker.db.queries import get_policy

        policy_id = win.policy_id()
        policy = get_policy(win.ws.db, policy_id) if policy_id is not None else None
        self.policy_label = QLabel((policy or {}).get("title", ""), self)
        self.policy_label.setObjectName("exportPolicy")
        self.policy_label.setWordWrap(True)
        self.units = QListWidget(self)
        choices = browse.policy_unit_choices(win.ws.db, policy_id) if policy_id is not None \
            else browse.unit_choices(win.ws.db)
        for u in choices:
            item = QListWidgetItem(u["name"])
            item.setData(UNIT_ROLE, u["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(item)
        all_button = QPushButton(self.tr("All"), self)
        none_button = QPushButton(self.tr("None"), self)
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.folder = QLineEdit(str(output_start_dir(win.ws.path) / self.tr("Templates")), self)
        browse_button = QPushButton(self.tr("Choose…"), self)
        browse_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse_button)
        pick_row = QHBoxLayout()
        pick_row.addWidget(all_button)
        pick_row.addWidget(none_button)
        pick_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Policy:"), self.policy_label)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Folder:"), folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.units_msg = InlineMessage(self)
        self.units_msg.setObjectName("unitsMessage")
        self.units.itemChanged.connect(self._units_changed)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Units (one workbook each):"), self))
        lay.addWidget(self.units, 1)
        lay.addLayout(pick_row)
        lay.addWidget(self.units_msg)
        lay.addWidget(buttons)
        fit_to_screen(self, 460, 560)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.units.count()):
            self.units.item(row).setCheckState(state)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the templates"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _units_changed(self, _item: QListWidgetItem) -> None:
        if self.units_msg.is_error and self.unit_ids():
            self.units_msg.clear_message()

    def accept(self) -> None:
        """确定 with no unit ticked would write nothing: say so and stay open."""
        if not self.unit_ids():
            self.units_msg.show_error(self.tr("Tick at least one unit."))
            self.units.setFocus()
            return
        super().accept()

    def unit_ids(self) -> list[int]:
        return [self.units.item(r).data(UNIT_ROLE) for r in range(self.units.count())
                if self.units.item(r).checkState() == Qt.CheckState.Checked]


def _run(win: MainWindow, title: str, call: Any, on_done: Any) -> Any:
    """Run ``call(ws, ctl)`` (a service verb) in the background on its own connection."""

    def job(ws, ctl):  # noqa: ANN001, ANN202
        yield 0, 0, title
        return call(ws, ctl)

    win.excel_actions.task = run_in_background(
        win, title, job, db_path=win.ws.path, who=win.ws.who, on_done=on_done,
        on_error=lambda exc: QMessageBox.warning(win, title, error_text(exc)))
    return win.excel_actions.task


def _done_with_folder(win: MainWindow, text: str, folder: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, win.windowTitle(), text,
                      QMessageBox.StandardButton.Ok, win)
    open_button = box.addButton(translate("ExportDialogs", "Open folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.open()
    open_button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    win.schedule_refresh()


def export_templates(win: MainWindow, dialog: ExportTemplatesDialog | None = None) -> Any:
    from tracker.services.exports import export_templates as service

    if dialog is None:  # (tests pass a dialog already filled in)
        dialog = ExportTemplatesDialog(win)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    period, units, folder = dialog.period.currentData(), dialog.unit_ids(), Path(
        dialog.folder.text())
    policy_id = win.policy_id()
    if not units:
        return None

    def call(ws, ctl):  # noqa: ANN001, ANN202
        return service(ws, policy_id, period, folder, units, progress=ctl.report,
                       cancelled=lambda: ctl.cancelled)

    def done(result: Any) -> None:
        text = translate("ExportDialogs", "%1 templates for %2 were written to:\n%3").replace(
            "%1", str(len(result.files))).replace("%2", period_label(period)).replace(
            "%3", str(folder))
        if result.units_without_assignments:
            text += "\n\n" + translate("ExportDialogs", "No assignments, no template: %1").replace(
                "%1", "、".join(result.units_without_assignments))
        _done_with_folder(win, text, folder)

    return _run(win, translate("ExportDialogs", "Exporting templates…"), call, done)


def _save_path(win: MainWindow, title: str, name: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(win, title, str(output_start_dir(win.ws.path) / name),
                                          filters)
    return Path(path) if path else None


def export_breakdown(win: MainWindow, path: Path | None = None) -> Any:
    from tracker.services.exports import export_breakdown as service

    title = translate("ExportDialogs", "Export breakdown")
    path = path or _save_path(win, title, translate("ExportDialogs", "Breakdown.xlsx"),
                              "Excel (*.xlsx)")
    if path is None:
        return None
    policy_id = win.policy_id()
    return _run(win, title, lambda ws, _ctl: service(ws, policy_id, path),
                lambda out: _done_with_folder(win, translate(
                    "ExportDialogs", "Written to:\n%1").replace("%1", str(out)), out.parent))


def export_summary(win: MainWindow, path: Path | None = None) -> Any:
    from tracker.services.exports import export_summary as service

    title = translate("ExportDialogs", "Export summary table")
    period = win.current_period()
    default = translate("ExportDialogs", "Summary %1.xlsx").replace("%1", period_label(period))
    path = path or _save_path(win, title, default, "Excel (*.xlsx);;CSV (*.csv)")
    if path is None:
        return None
    policy_id = win.policy_id()
    return _run(win, title, lambda ws, _ctl: service(ws, policy_id, period, path),
                lambda out: _done_with_folder(win, translate(
                    "ExportDialogs", "Written to:\n%1").replace("%1", str(out)), out.parent))

