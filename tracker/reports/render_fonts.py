"""Qt side of the report font: a GUI application to measure with, the bundled font registered
with ``QFontDatabase`` and checked for 水/门, and QFonts at the report sizes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from tracker.reports.fonts import FONT_FAMILY, REQUIRED_CHARS, bundled_font_path, font_error

_APP: QGuiApplication | None = None  # kept alive when we had to create it
_REGISTERED: dict[str, str] = {}  # resolved font path -> family name


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new ``QGuiApplication`` (offscreen when there is no
    display, so the command line and tests render PDFs on a headless machine)."""
    global _APP
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "tracker"])
    return _APP


def register_report_font(font_dir: str | Path | None = None) -> str:
    """Register the bundled font and return its family name.

    Raises ``TrackerError("font_missing")`` when the file is absent and
    ``TrackerError("font_no_glyphs")`` when Qt cannot load it or it lacks 水 or 门.
    """
    path = bundled_font_path(font_dir)
    key = str(path.resolve())
    family = _REGISTERED.get(key)
    if family is not None:
        return family
    ensure_gui_app()
    raw = QRawFont(key, 16.0)
    if not raw.isValid() or not all(raw.supportsCharacter(ord(ch)) for ch in REQUIRED_CHARS):
        raise font_error("font_no_glyphs", path)
    font_id = QFontDatabase.addApplicationFont(key)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise font_error("font_no_glyphs", path)
    family = FONT_FAMILY if FONT_FAMILY in families else families[0]
    _REGISTERED[key] = family
    return family


class ReportFonts:
    """QFonts of the registered family at report sizes (points), cached."""

    def __init__(self, family: str) -> None:
        self.family = family
        self._cache: dict[tuple[float, bool], QFont] = {}

    @classmethod
    def load(cls, font_dir: str | Path | None = None) -> ReportFonts:
        return cls(register_report_font(font_dir))

    def font(self, pt: float, bold: bool = False) -> QFont:
        key = (pt, bold)
        font = self._cache.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPointSizeF(pt)
            font.setBold(bold)
            # Our line breaking sums per-character advances: keep Qt's drawing identical.
            font.setKerning(False)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            self._cache[key] = font
        return font
