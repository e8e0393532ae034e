"""Dialogs designed for a large screen shrink to the available area of a small one (1366×768,
or 1920×1080 at 150 %), so their buttons never sit under the taskbar."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.ui.screen_fit import MARGIN_H, MARGIN_W, fit_to_screen


def test_a_dialog_larger_than_the_screen_is_shrunk(qtbot):
    area = QApplication.primaryScreen().availableGeometry()  # 800×800 offscreen
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 1280, 1200)
    assert dialog.width() <= area.width() - MARGIN_W and dialog.height() <= area.height() - MARGIN_H
    fit_to_screen(dialog, 400, 300)  # a small one keeps its size
    assert (dialog.width(), dialog.height()) == (400, 300)


def test_the_matrix_fits(qtbot, window):  # noqa: F811
    from tracker.ui.matrix import AssignmentMatrix

    area = QApplication.primaryScreen().availableGeometry()
    matrix = AssignmentMatrix(window.ws_provider, window.undo_stack, 1, window)
    qtbot.addWidget(matrix)
    assert matrix.height() <= area.height() - MARGIN_H
    assert matrix.width() <= area.width() - MARGIN_W
