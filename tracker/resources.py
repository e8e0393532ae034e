"""Where bundled files live: ``resources/`` beside the package in a source run, and
``sys._MEIPASS/resources`` in a frozen (PyInstaller) run."""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).parent.parent / "resources"
_resolved: list[Path] = []  # the source run's folder, resolved once (resolve() asks the disk)


def resource_root() -> Path:
    """The folder that holds fonts, icons, translations and seed data."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    if not _resolved:
        _resolved.append(_SOURCE_ROOT.resolve())
    return _resolved[0]


def resource_path(*parts: str) -> Path:
    """``resource_path("fonts", "wqy-microhei.ttc")`` → absolute path (not checked to exist)."""
    return resource_root().joinpath(*parts)
