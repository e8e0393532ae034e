"""A faster answer to the question PySide6 asks of every module imported after it.

PySide6 (``shibokensupport.feature``) decides for each newly imported module whether it may use
``from __feature__ import …`` by reading the module's whole source through ``inspect.getsource``
(linecache, encoding detection, line splitting) and looking for the word "PySide6". The window
imports some sixty modules after PySide6, so that costs start-up time. :func:`install` replaces
the check by the same test on the file's raw bytes; anything that is not a plain ``.py`` file
(extension modules, a frozen build) still goes through PySide6's own function.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Install the faster check (once); False when this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "tracker_fast", False):
        return False

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mod_uses_pyside.tracker_fast = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True
