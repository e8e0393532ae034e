"""Where bundled files live: ``resources/`` beside the package in a source run, and
``sys._MEIPASS/resources`` in a frozen (PyInstaller) run."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds fonts, icons, translations and seed data."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "wqy-microhei.ttc")`` → absolute path (not checked to exist)."""
    return resource_root().joinpath(*parts)
