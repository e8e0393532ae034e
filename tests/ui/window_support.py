"""Fixtures for the main-window tests: a demo database copied per test, user settings in
tmp_path, the window itself, and Chinese typed through an input-method commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from tracker.demo import build_demo
from tracker.services.workspace import Workspace, open_workspace

_BUILT: dict[str, Path] = {}


def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if "demo" not in _BUILT:
        path = tmp_path_factory.mktemp("window-demo") / "demo.sqlite"
        build_demo(path)
        _BUILT["demo"] = path
    return _BUILT["demo"]


@pytest.fixture
def demo_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_file(tmp_path_factory), target)
    return target


@pytest.fixture
def demo_ws(demo_path: Path):
    ws = open_workspace(demo_path, who="测试员", program="pytest")
    yield ws
    ws.close()


@pytest.fixture
def user_settings(tmp_path: Path):
    from tracker.ui.user_settings import UserSettings

    return UserSettings(tmp_path / "gui.ini")


@pytest.fixture
def window(qtbot, demo_path: Path, user_settings):
    from tracker.ui.app import install_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    install_translators(QApplication.instance(), "zh_CN")
    user_settings.operator = "测试员"
    win = MainWindow(open_for_window(demo_path, "测试员"), user_settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if not win.handing_over:
        win.ws.close()
    from tracker.ui.app import remove_translators

    remove_translators(QApplication.instance())


def type_cn(widget: QWidget, text: str) -> None:
    """Chinese typed the way an input method does (keyClicks with non-ASCII aborts)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def open_ws(path: Path) -> Workspace:
    return open_workspace(path, who="测试员", program="pytest", lock=False)


def answer_close(monkeypatch: pytest.MonkeyPatch, when=None) -> list[str]:  # noqa: ANN001
    """销号 asks for its date in a dialog: answer it with ``when`` (default today) without
    showing it; returns the items asked about."""
    from datetime import date

    asked: list[str] = []

    def ask(item: str, parent=None, earliest=None):  # noqa: ANN001, ANN202
        asked.append(item)
        return when or date.today()

    monkeypatch.setattr("tracker.ui.dialogs.close_item.ask_close_date", ask)
    return asked
