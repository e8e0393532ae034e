"""Fixtures shared by the tests of the editing windows and the dashboard (a test module may
define its own fixture of the same name; the module's wins)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack

from tests.ui.edit_support import QM, demo_copy, install_zh, open_ws


@pytest.fixture
def ws(tmp_path, tmp_path_factory):
    """A workspace on a fresh copy of the demo database."""
    w = open_ws(demo_copy(tmp_path, tmp_path_factory))
    yield w
    w.close()


@pytest.fixture
def zh():
    """The editing windows' Chinese translation, loaded for the test."""
    translator = install_zh()
    ui2 = QTranslator()  # the strings added after the walk-through (their own file)
    assert ui2.load(str(QM.with_name("tracker_ui2_zh_CN.qm")))
    QCoreApplication.installTranslator(ui2)
    yield translator
    QCoreApplication.removeTranslator(ui2)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def stack():
    return QUndoStack()


@pytest.fixture
def demo_today(monkeypatch):
    """延期 asks before saving a past date: "today" inside the demo's time (late 2019)."""
    from datetime import date

    from tracker.ui.dialogs import extend_deadline

    monkeypatch.setattr(extend_deadline, "_today", lambda: date(2019, 11, 15))
    return date(2019, 11, 15)
