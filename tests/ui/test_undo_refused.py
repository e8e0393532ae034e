"""An undo or redo the database refuses (the row was changed later, e.g. by an import) leaves the
window's undo stack exactly as it was, and says in plain Chinese what to do — no internal ids."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.db.queries import find_report
from tracker.services import imports
from tracker.services.reports import ReportInput, record_report
from tracker.ui.verb_runner import run_verb

pytestmark = pytest.mark.usefixtures("zh")

ASSIGNMENT = 5  # 1.1 新市区(高新区) in the demo
PERIOD = "2019-12"  # the demo has no December reports
TEXT = "录入进展 1.1 新市区(高新区) 2019年12月"
IDS = re.compile(r"#|第 ?\d+ ?[条批]|操作 ?\d")


@pytest.fixture
def holder(qtbot):
    """The stack's owner, as the main window owns the window's stack."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def wstack(holder):
    return QUndoStack(holder)


def typed(ws, stack, progress="电话报送：已完成企业开办一网通办"):
    done, _ = run_verb(None, stack, lambda: ws, TEXT, lambda w: record_report(
        w, ASSIGNMENT, PERIOD, ReportInput(status="推进中", percent=50, progress=progress)))
    assert done


def import_over_it(ws, tmp_path):
    csv = tmp_path / "新市区_2019年12月.csv"
    csv.write_text("填报单位：新市区(高新区)\n措施编号,具体措施,进展情况,完成状态,完成进度\n"
                   "1.1,简政放权释放创新创业活力,导入的进展：已覆盖全部街道,推进中,70\n",
                   encoding="utf-8-sig")
    fp = imports.preview_paths(ws, [csv], PERIOD).files[0]
    assert fp.outcome == "ok", fp.parsed.message
    imports.accept_file(ws, fp)
    return max(b["id"] for b in imports.list_batches(ws))


def refusals() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "undoRefused" and w.isVisible()]


def close_refusals() -> list[str]:
    texts = []
    for box in refusals():
        texts.append(box.text())
        box.close()
    return texts


def state(stack):
    return (stack.count(), stack.index(), stack.canUndo(), stack.undoText(), stack.canRedo(),
            stack.redoText())


def test_undo_refused_after_an_import_keeps_the_stack(qtbot, ws, wstack, tmp_path):
    typed(ws, wstack)
    batch = import_over_it(ws, tmp_path)
    before, report = state(wstack), find_report(ws.db, ASSIGNMENT, PERIOD)
    assert before == (1, 1, True, TEXT, False, "")
    wstack.undo()  # Ctrl+Z: refused by the database
    assert state(wstack) == before  # nothing moved: 撤销 still offers it, 重做 offers nothing
    assert find_report(ws.db, ASSIGNMENT, PERIOD) == report
    [text] = close_refusals()
    assert TEXT in text and "新市区_2019年12月.csv" in text
    assert "报送 → 撤销导入" in text and "撤销那次导入" in text
    assert not IDS.search(text), text
    # the user undoes the import (报送 → 撤销导入); now Ctrl+Z works, and Ctrl+Y after it
    imports.undo_batch(ws, batch)
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"].startswith("电话报送")
    wstack.undo()
    assert close_refusals() == []
    assert find_report(ws.db, ASSIGNMENT, PERIOD) is None
    assert state(wstack) == (1, 0, False, "", True, TEXT)
    wstack.redo()
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"].startswith("电话报送")
    assert state(wstack) == before


def test_undo_refused_after_another_edit_says_what_to_do(qtbot, ws, wstack):
    typed(ws, wstack)
    # an edit the stack does not know (the command line, or an earlier session)
    record_report(ws, ASSIGNMENT, PERIOD, ReportInput(status="滞后", percent=10,
                                                     progress="另一次修改"))
    before = state(wstack)
    wstack.undo()
    assert state(wstack) == before
    [text] = close_refusals()
    assert "之后又被修改过" in text and "先撤销" in text and TEXT in text
    assert not IDS.search(text), text
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"] == "另一次修改"


def test_redo_refused_keeps_the_stack(qtbot, ws, wstack):
    typed(ws, wstack)
    wstack.undo()
    assert find_report(ws.db, ASSIGNMENT, PERIOD) is None
    record_report(ws, ASSIGNMENT, PERIOD, ReportInput(status="推进中", percent=30,
                                                     progress="后来录入的进展"))
    before = state(wstack)
    assert before == (1, 0, False, "", True, TEXT)
    wstack.redo()  # Ctrl+Y: the report exists again, written by someone else
    assert state(wstack) == before
    [text] = close_refusals()
    assert "重做" in text and not IDS.search(text), text
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"] == "后来录入的进展"


def test_ctrl_z_in_the_window_after_an_import(qtbot, window, tmp_path):  # noqa: F811
    """Through the window's own 撤销 / 重做 actions and its undo stack."""
    ws, stack = window.ws, window.undo_stack
    undo, redo = window.actions_.undo, window.actions_.redo
    typed(ws, stack)
    import_over_it(ws, tmp_path)
    assert undo.isEnabled() and not redo.isEnabled()
    undo.trigger()
    assert undo.isEnabled() and not redo.isEnabled() and stack.index() == 1
    assert undo.text().endswith(TEXT)
    assert len(close_refusals()) == 1
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"].startswith("导入的进展")
