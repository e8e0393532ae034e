"""The toolbar icons are our own PNG files (no QStyle standard pixmaps), present at both sizes."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401
from tracker.resources import resource_path
from tracker.ui.icons import NAMES, icon


def test_every_icon_has_both_sizes_and_loads(qapp):
    for name in NAMES:
        for size in (24, 48):
            assert resource_path("icons", "toolbar", f"{name}-{size}.png").is_file()
        ic = icon(name)
        assert not ic.isNull()
        assert sorted(s.width() for s in ic.availableSizes()) == [24, 48]
        image = ic.pixmap(QSize(48, 48)).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))


def test_toolbar_actions_carry_the_icons(window):  # noqa: F811
    win = window
    for key in ("open", "undo", "redo", "export_templates", "import_reports", "monthly"):
        assert not win.actions_.all[key].icon().isNull(), key
