"""The core never imports Qt: each core module imported alone in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts)
    for p in (ROOT / "tracker").rglob("*.py")
    if "ui" not in p.relative_to(ROOT).parts
    and not p.name.startswith("render")
    and p.name not in ("gui_main.py", "__main__.py")
)


def test_core_module_list_is_not_empty():
    assert "tracker.db.actions" in CORE and "tracker.services.status" in CORE


@pytest.mark.parametrize("module", CORE)
def test_core_module_loads_no_pyside6(module):
    code = (f"import sys, importlib; importlib.import_module({module.removesuffix('.__init__')!r}); "
            "bad = [m for m in sys.modules if m.startswith('PySide6')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
