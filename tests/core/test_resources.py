"""Every resource the code names exists under resources/, and the locator finds it both in a
source run and in a frozen run (``sys._MEIPASS``). tests/test_frozen.py checks the bundle."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from tracker import resources
from tracker.reports.fonts import FONT_FILE_NAME
from tracker.seed import DEFAULT_POLICY

ROOT = Path(__file__).resolve().parent.parent.parent
RESOURCES = ROOT / "resources"


def referenced_parts() -> list[tuple[str, tuple[str, ...]]]:
    """(module, leading constant arguments) of every ``resource_path(...)`` call in tracker/."""
    found = []
    for file in sorted((ROOT / "tracker").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "resource_path"):
                parts = []
                for arg in node.args:
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        break
                    parts.append(arg.value)
                found.append((str(file.relative_to(ROOT)), tuple(parts)))
    return found


def test_every_resource_path_call_points_at_something():
    calls = referenced_parts()
    assert len(calls) >= 4
    for module, parts in calls:
        assert parts, f"{module}: resource_path() without a constant folder"
        assert RESOURCES.joinpath(*parts).exists(), f"{module}: resources/{'/'.join(parts)}"


def test_named_resources_exist():
    assert (RESOURCES / "fonts" / FONT_FILE_NAME).stat().st_size > 1_000_000
    meta = json.loads((RESOURCES / "policies" / DEFAULT_POLICY).read_text(encoding="utf-8"))
    assert (RESOURCES / "policies" / meta["text_file"]).is_file()
    assert (RESOURCES / "units" / meta["units"]).is_file()
    for policy in RESOURCES.glob("policies/*.json"):
        meta = json.loads(policy.read_text(encoding="utf-8"))
        assert (RESOURCES / "policies" / meta["text_file"]).is_file(), policy.name
        assert (RESOURCES / "units" / meta["units"]).is_file(), policy.name
    assert list((RESOURCES / "i18n").glob("tracker*_zh_CN.qm"))
    for ts in (RESOURCES / "i18n").glob("*.ts"):
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} has no compiled .qm"
    for icon in ("tracker.ico", "tracker.png"):
        assert (RESOURCES / "icons" / icon).stat().st_size > 1000


def test_icon_file_holds_the_windows_sizes():
    data = (RESOURCES / "icons" / "tracker.ico").read_bytes()
    assert data[:4] == b"\0\0\1\0"
    count = int.from_bytes(data[4:6], "little")
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_locator_source_and_frozen(monkeypatch, tmp_path):
    assert resources.resource_root() == RESOURCES
    assert resources.resource_path("fonts", FONT_FILE_NAME) == RESOURCES / "fonts" / FONT_FILE_NAME
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("units", "x.json") == tmp_path / "resources" / "units" / "x.json"
