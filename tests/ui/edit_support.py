"""Helpers for the tests of the editing windows and the dashboard: a demo database copied into
the test's tmp_path, Chinese typed through the input method, our translation loaded."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from tracker.demo import build_demo
from tracker.services.workspace import Workspace, open_workspace

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "resources" / "i18n" / "tracker_edit_zh_CN.qm"
_DEMO: dict[str, Path] = {}


def demo_copy(tmp_path: Path, tmp_path_factory) -> Path:  # noqa: ANN001
    """A fresh copy of the demo database (built once per session) inside ``tmp_path``."""
    if "path" not in _DEMO:
        built = tmp_path_factory.mktemp("demo") / "demo.sqlite"
        build_demo(built)
        _DEMO["path"] = built
    target = tmp_path / "demo.sqlite"
    shutil.copy(_DEMO["path"], target)
    return target


def open_ws(path: Path) -> Workspace:
    return open_workspace(path, who="测试员", program="pytest")


def type_cn(widget: QWidget, text: str) -> None:
    """Type (Chinese) text the way an input method does: a commit event."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def install_zh() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    QCoreApplication.installTranslator(translator)
    return translator


def shown(qtbot, dialog):  # noqa: ANN001, ANN201
    """Show a dialog the test owns and wait until it is on screen."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
