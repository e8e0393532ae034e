"""Report entry: saving, undo (logged), inline validation, and the draft that survives a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from tests.ui.edit_support import ROOT, demo_copy, open_ws, type_cn
from tracker.db.history_queries import recent_actions
from tracker.db.queries import find_report
from tracker.ui.dialogs.report_entry import ReportEntryDialog

ASSIGNMENT = 5
PERIOD = "2019-12"  # the demo has no December reports


@pytest.fixture
def db_path(tmp_path, tmp_path_factory):
    return demo_copy(tmp_path, tmp_path_factory)


@pytest.fixture
def ws(db_path):
    w = open_ws(db_path)
    yield w
    w.close()


def make_dialog(qtbot, ws, stack, drafts, period=PERIOD):
    dialog = ReportEntryDialog(lambda: ws, stack, ASSIGNMENT, period, drafts_dir=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_status(qtbot, dialog, value):
    combo = dialog.status_combo
    combo.setFocus()
    target = combo.findData(value)
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def set_percent(qtbot, dialog, text):
    spin = dialog.percent_spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)


def test_save_then_undo_is_logged(qtbot, ws, stack, tmp_path, zh):
    dialog = make_dialog(qtbot, ws, stack, tmp_path / "drafts")
    choose_status(qtbot, dialog, "推进中")
    set_percent(qtbot, dialog, "60")
    type_cn(dialog.edits["progress"], "推进顺利，已完成招标")
    type_cn(dialog.edits["problems"], "资金拨付较慢")
    type_cn(dialog.edits["next_steps"], "加快资金拨付")
    type_cn(dialog.extra_edit, "电话报送")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReportEntryDialog.DialogCode.Accepted
    rep = find_report(ws.db, ASSIGNMENT, PERIOD)
    assert rep["status"] == "推进中" and rep["percent"] == 60
    assert rep["progress"] == "推进顺利，已完成招标" and rep["extra"] == "电话报送"
    assert rep["source"] == "typed" and rep["review_state"] == "待审核"
    assert stack.count() == 1 and "录入进展" in stack.text(0)
    stack.undo()  # Ctrl+Z
    assert find_report(ws.db, ASSIGNMENT, PERIOD) is None
    last = recent_actions(ws.db, 2)
    assert last[0]["verb"] == "undo" and last[0]["undo_of"] == last[1]["id"]
    assert last[1]["verb"] == "record_report"
    stack.redo()
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"] == "推进顺利，已完成招标"
    assert recent_actions(ws.db, 1)[0]["verb"] == "redo"


def test_inline_validation_in_chinese(qtbot, ws, stack, tmp_path, zh):
    dialog = make_dialog(qtbot, ws, stack, tmp_path / "drafts")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.status_msg.text() == "请选择完成状态。"
    assert dialog.progress_msg.text() == "请填写进展情况。"
    assert find_report(ws.db, ASSIGNMENT, PERIOD) is None and stack.count() == 0
    dialog.period_edit.selectAll()
    type_cn(dialog.period_edit, "十三月")
    assert "不是有效的月份" in dialog.period_msg.text()
    dialog.period_edit.selectAll()
    type_cn(dialog.period_edit, "2019年12月")
    assert not dialog.period_msg.isVisible()
    choose_status(qtbot, dialog, "已完成")
    assert dialog.percent_spin.value() == 100  # 已完成 means 100 %
    assert not dialog.status_msg.isVisible()
    choose_status(qtbot, dialog, "滞后")
    assert "存在问题" in dialog.status_msg.text()  # a warning only
    type_cn(dialog.edits["progress"], "已开工")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["status"] == "滞后"


def test_existing_report_is_loaded_for_editing(qtbot, ws, stack, tmp_path):
    dialog = make_dialog(qtbot, ws, stack, tmp_path / "drafts", period="2019-11")
    rep = find_report(ws.db, ASSIGNMENT, "2019-11")
    assert dialog.report_id == rep["id"]
    assert dialog.edits["progress"].toPlainText() == rep["progress"]
    assert dialog.status_combo.currentData() == rep["status"]
    assert not dialog.banner.isVisible()


def test_draft_is_kept_offered_restored_and_deleted_on_save(qtbot, ws, stack, tmp_path, zh):
    drafts = tmp_path / "drafts"
    dialog = make_dialog(qtbot, ws, stack, drafts)
    type_cn(dialog.edits["progress"], "已召开专题会议")
    path = dialog.drafts.path
    qtbot.waitUntil(path.exists, timeout=2000)  # within 2 s
    dialog.done(0)  # gone without saving, as in a crash
    again = make_dialog(qtbot, ws, stack, drafts)
    assert again.banner.isVisible()
    assert again.banner_label.text().startswith("发现未保存的草稿（")
    assert again.banner_label.text().endswith("），是否恢复？")
    assert again.edits["progress"].toPlainText() == ""
    qtbot.mouseClick(again.restore_button, Qt.MouseButton.LeftButton)
    assert again.edits["progress"].toPlainText() == "已召开专题会议"
    choose_status(qtbot, again, "推进中")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert find_report(ws.db, ASSIGNMENT, PERIOD)["progress"] == "已召开专题会议"
    assert not path.exists()


def test_discarding_the_draft_deletes_it(qtbot, ws, stack, tmp_path):
    drafts = tmp_path / "drafts"
    dialog = make_dialog(qtbot, ws, stack, drafts)
    type_cn(dialog.edits["problems"], "人手不足")
    dialog.save_draft()
    dialog.done(0)
    again = make_dialog(qtbot, ws, stack, drafts)
    assert again.banner.isVisible()
    qtbot.mouseClick(again.discard_button, Qt.MouseButton.LeftButton)
    assert not again.banner.isVisible() and not again.drafts.path.exists()


CHILD = r"""
import os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QInputMethodEvent, QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tracker.services.workspace import open_workspace
from tracker.ui.dialogs.report_entry import ReportEntryDialog
ws = open_workspace(sys.argv[2], who="子进程", program="draft-test")
dialog = ReportEntryDialog(lambda: ws, QUndoStack(), int(sys.argv[4]), sys.argv[5],
                           drafts_dir=Path(sys.argv[3]))
dialog.show()
for name, text in (("progress", "推进顺利，已完成招标"), ("problems", "资金拨付较慢")):
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(dialog.edits[name], event)
print("typed", flush=True)
app.exec()
"""


@pytest.mark.slow
def test_draft_survives_a_kill(qtbot, db_path, stack, tmp_path, zh):
    drafts = tmp_path / "drafts"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(db_path), str(drafts), str(ASSIGNMENT),
         PERIOD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "typed", child.stderr.read()
        time.sleep(2.5)
        assert child.poll() is None  # still running: killed, never closed
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    files = list(drafts.glob("*.json"))
    assert len(files) == 1
    ws = open_ws(db_path)
    try:
        dialog = make_dialog(qtbot, ws, stack, drafts)
        assert dialog.drafts.path == files[0]
        assert dialog.banner.isVisible()
        assert "发现未保存的草稿" in dialog.banner_label.text()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.edits["progress"].toPlainText() == "推进顺利，已完成招标"
        assert dialog.edits["problems"].toPlainText() == "资金拨付较慢"
        assert find_report(ws.db, ASSIGNMENT, PERIOD) is None  # a draft, not a report
    finally:
        ws.close()
