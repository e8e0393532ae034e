"""Every menu action and detail button opens what it should (modal dialogs are recorded
instead of run), and the window reloads afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures


@pytest.fixture
def opened(monkeypatch):
    seen: list[str] = []

    def fake_exec(self):
        seen.append(type(self).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: seen.append("information")))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: seen.append("about")))

    def no_file(*_args, **_kwargs):
        seen.append("getOpenFileName")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(no_file))
    return seen


@pytest.mark.parametrize("key, expected", [
    ("structure", "StructureEditor"), ("units", "UnitsEditor"), ("matrix", "AssignmentMatrix"),
    ("settings", "PreferencesDialog"), ("help", "WelcomeDialog"), ("about", "about"),
    ("undo_import", "UndoImportDialog"), ("export_templates", "ExportTemplatesDialog"),
    ("import_breakdown", "getOpenFileName"),
])
def test_menu_actions_open_their_dialogs(qtbot, window, opened, key, expected):  # noqa: F811
    window.actions_.all[key].trigger()
    assert opened and opened[0] == expected


def test_monthly_report_hook(qtbot, window, opened):  # noqa: F811
    try:
        from tracker.ui.report_dialog import ReportDialog
    except ImportError:
        window.open_report_dialog()
        assert opened == ["information"]
        return
    window.actions_.all["monthly"].trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_detail_buttons_open_the_edit_dialogs(qtbot, window, opened):  # noqa: F811
    window.table.select_id(window.model.all_ids()[0])
    for button in (window.detail.entry_button, window.detail.extend_button,
                   window.detail.review_button):
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["ReportEntryDialog", "ExtendDeadlineDialog", "ReviewDialog"]


def test_double_click_opens_report_entry(qtbot, window, opened):  # noqa: F811
    table = window.table
    rect = table.visualRect(window.model.index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["ReportEntryDialog"]
    assert window.detail.assignment_id == window.model.index(1, 0).data(Qt.ItemDataRole.UserRole
                                                                         + 1)


def test_database_settings_from_the_preferences(qtbot, window, opened):  # noqa: F811
    from tracker.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, window)
    qtbot.mouseClick(dialog.db_button, Qt.MouseButton.LeftButton)
    assert opened == ["DbSettingsDialog"]
