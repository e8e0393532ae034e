"""Window sizes that fit the screen: a dialog designed at 1280×720 must not reach under the
taskbar on a 1366×768 screen, or on 1920×1080 at 150 % (1280×720 logical pixels)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN_W, MARGIN_H = 40, 80  # the window frame and title bar, outside the client size


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to the available area of its screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = max(200, min(width, area.width() - MARGIN_W))
        height = max(150, min(height, area.height() - MARGIN_H))
    widget.resize(width, height)
