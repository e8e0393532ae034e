"""The window's toolbar and menu icons: PNG files drawn by resources/icons/make_toolbar_icons.py
(24 and 48 px, so they stay sharp at 150 % scaling). A missing file gives an empty icon."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from tracker.resources import resource_path

NAMES = ("new", "open", "undo", "redo", "export", "import", "report", "refresh")


@cache
def icon(name: str) -> QIcon:
    if name not in NAMES:
        raise KeyError(name)
    result = QIcon()
    for size in (24, 48):
        path = resource_path("icons", "toolbar", f"{name}-{size}.png")
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    return result
