"""The faster PySide6 import check gives the same answers as PySide6's own."""

from __future__ import annotations

import importlib
import sys

import PySide6.QtCore  # noqa: F401

from tracker.ui import pyside_hook


def test_the_fast_check_answers_as_pyside_does():
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    names = ["tracker.ui.main_window", "tracker.ui.navigator", "tracker.deadlines",
             "tracker.db.browse", "json", "sqlite3", "_sqlite3", "PySide6.QtCore"]
    modules = [importlib.import_module(n) for n in names]
    expected = [bool(before(m)) for m in modules]
    assert expected[:2] == [True, True] and expected[2:4] == [False, False]
    try:
        pyside_hook.install()
        fast = feature._mod_uses_pyside
        assert getattr(fast, "tracker_fast", False)
        assert [fast(m) for m in modules] == expected
        assert not pyside_hook.install()  # once only
    finally:
        feature._mod_uses_pyside = before
