"""The dialogs the window opens from its menus: the editors (policy structure, units, the
assignment matrix), settings, the monthly report, help and about."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tracker import __version__

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

translate = QCoreApplication.translate


class WindowDialogs:
    def __init__(self, win: MainWindow) -> None:
        self.win = win

    def _run_editor(self, widget: Any) -> None:
        """Editors are dialogs or widgets (shown in a dialog); the window reloads after."""
        from PySide6.QtWidgets import QDialog, QVBoxLayout

        if isinstance(widget, QDialog):
            widget.exec()
        else:
            dialog = QDialog(self.win)
            dialog.setWindowTitle(widget.windowTitle())
            QVBoxLayout(dialog).addWidget(widget)
            dialog.resize(1100, 700)
            dialog.exec()
        self.win.reload_structure()

    def open_structure_editor(self) -> None:
        from tracker.ui.dialogs.structure_editor import StructureEditor

        win = self.win
        self._run_editor(StructureEditor(win.ws_provider, win.undo_stack, win.policy_id(), win))

    def open_units_editor(self) -> None:
        from tracker.ui.dialogs.units_editor import UnitsEditor

        self._run_editor(UnitsEditor(self.win.ws_provider, self.win.undo_stack, self.win))

    def open_matrix(self) -> None:
        from tracker.ui.matrix import AssignmentMatrix

        win = self.win
        self._run_editor(AssignmentMatrix(win.ws_provider, win.undo_stack, win.policy_id(), win))

    def open_settings(self) -> None:
        from tracker.ui.preferences import PreferencesDialog

        PreferencesDialog(self.win, self.win).exec()

    def open_report_dialog(self) -> None:
        """报表 → 月报: ``tracker.ui.report_dialog.show_report_dialog(window, ws_provider,
        period, policy_id)`` from the reports area; a message while it is not installed."""
        from PySide6.QtWidgets import QMessageBox

        try:
            from tracker.ui import report_dialog
        except ImportError:
            QMessageBox.information(self.win, translate("WindowDialogs", "Monthly report"),
                                    translate("WindowDialogs",
                                              "The monthly report is not installed yet."))
            return
        win = self.win
        report_dialog.show_report_dialog(win, win.ws_provider, win.current_period(),
                                         win.policy_id())

    def show_help(self) -> None:
        from tracker.ui.welcome import WelcomeDialog

        WelcomeDialog(self.win, first_start=False).exec()

    def show_about(self) -> None:
        from PySide6 import __version__ as qt_version
        from PySide6.QtWidgets import QMessageBox

        text = translate(
            "WindowDialogs",
            "<b>Policy Tracker</b> %1<br>Tracks the implementation of policy measures: "
            "breakdown, monthly reports, Excel round trip and printed summaries.<br><br>"
            "Database: %2<br>Qt for Python %3")
        QMessageBox.about(self.win, translate("WindowDialogs", "About"), text.replace(
            "%1", __version__).replace("%2", str(self.win.ws.path)).replace("%3", qt_version))
