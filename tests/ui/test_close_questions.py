"""Closing a form with typed text (Esc, Cancel, ×) asks first, with buttons that say what they do:
录入进展 offers 存为草稿 / 不保留 / 继续填写; 延期 and the 退回 note in 审核 offer 不保留 / 继续填写.
Nothing typed: the form closes without a question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.edit_support import click, shown, type_cn
from tracker.db.queries import extensions, get_row
from tracker.ui.dialogs.extend_deadline import ExtendDeadlineDialog
from tracker.ui.dialogs.report_entry import ReportEntryDialog
from tracker.ui.dialogs.review import ReviewDialog

pytestmark = pytest.mark.usefixtures("zh", "demo_today")


class Answerer:
    """Answers the close question (when one comes) with the button of the given object name,
    and remembers what it asked."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.asked: list[tuple[str, str, list[str]]] = []
        self._tries = 0
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            names = [b.text() for b in box.buttons()]
            self.asked.append((box.text(), box.informativeText(), names))
            target = box.findChild(QPushButton, self.button)
            (target or box.buttons()[0]).click()
        elif self._tries < 50:  # a question shows within a moment, or never
            self._tries += 1
            QTimer.singleShot(10, self._answer)


def cancel_button(dialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "取消")


# ---------------------------------------------------------------- 延期


def test_extension_asks_before_discarding_typed_text(qtbot, ws, stack):
    d = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))
    type_cn(d.reason_edit, "专项资金下达推迟")
    asked = Answerer("keepEditing")
    qtbot.keyClick(d, Qt.Key.Key_Escape)  # Esc
    [(text, _, buttons)] = asked.asked
    assert text == "延期尚未办理。要关闭并放弃已填写的内容吗？"
    assert sorted(buttons) == sorted(["不保留", "继续填写"])
    assert d.isVisible() and d.reason_edit.toPlainText() == "专项资金下达推迟"
    asked = Answerer("discard")
    click(qtbot, cancel_button(d))  # 取消
    assert len(asked.asked) == 1 and not d.isVisible()
    assert extensions(ws.db, 2) == [] and stack.count() == 0


def test_extension_closes_at_once_when_nothing_was_typed(qtbot, ws, stack):
    d = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))
    type_cn(d.approver_edit, "   ")  # spaces are not typed text
    asked = Answerer("keepEditing")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert asked.asked == [] and not d.isVisible()


def test_extension_saved_closes_without_a_question(qtbot, ws, stack):
    d = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))
    type_cn(d.deadline_edit, "2021年6月30日")
    type_cn(d.reason_edit, "专项资金下达推迟")
    type_cn(d.approver_edit, "李副主任")
    asked = Answerer("keepEditing")
    click(qtbot, d.ok_button)
    qtbot.wait(50)
    assert asked.asked == [] and not d.isVisible() and len(extensions(ws.db, 2)) == 1


# ---------------------------------------------------------------- 审核 / 退回


def pending_report(ws):
    return next(r for r in ws.db.query(
        "SELECT id FROM report WHERE review_state = '待审核' ORDER BY id"))["id"]


def test_review_asks_before_discarding_the_note(qtbot, ws, stack):
    rid = pending_report(ws)
    d = shown(qtbot, ReviewDialog(lambda: ws, stack, rid))
    type_cn(d.note_edit, "请补充具体数据")
    asked = Answerer("keepEditing")
    click(qtbot, cancel_button(d))
    [(text, _, buttons)] = asked.asked
    assert "审核意见" in text and sorted(buttons) == sorted(["不保留", "继续填写"])
    assert d.isVisible() and d.note_edit.toPlainText() == "请补充具体数据"
    asked = Answerer("discard")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert len(asked.asked) == 1 and not d.isVisible()
    assert get_row(ws.db, "report", rid)["review_state"] == "待审核"


def test_review_without_a_note_closes_at_once(qtbot, ws, stack):
    d = shown(qtbot, ReviewDialog(lambda: ws, stack, pending_report(ws)))
    asked = Answerer("keepEditing")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert asked.asked == [] and not d.isVisible()


# ---------------------------------------------------------------- 录入进展


def entry(qtbot, ws, stack, tmp_path):
    return shown(qtbot, ReportEntryDialog(lambda: ws, stack, 5, "2019-12",
                                          drafts_dir=tmp_path / "drafts"))


def test_entry_close_question_names_what_each_button_does(qtbot, ws, stack, tmp_path):
    d = entry(qtbot, ws, stack, tmp_path)
    type_cn(d.edits["progress"], "已召开专题会议")
    asked = Answerer("keepEditing")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    [(text, info, buttons)] = asked.asked
    assert text == "是否把已填写的内容保留为草稿？"
    assert sorted(buttons) == sorted(["存为草稿", "不保留", "继续填写"])
    assert "草稿不是报送记录" in info
    assert d.isVisible() and d.edits["progress"].toPlainText() == "已召开专题会议"
    asked = Answerer("keepDraft")
    click(qtbot, cancel_button(d))
    assert len(asked.asked) == 1 and not d.isVisible()
    assert d.drafts.path.exists()  # kept as a draft …
    assert get_row(ws.db, "assignment", 5) and stack.count() == 0  # … not recorded


def test_entry_dont_keep_deletes_the_draft(qtbot, ws, stack, tmp_path):
    d = entry(qtbot, ws, stack, tmp_path)
    type_cn(d.edits["problems"], "人手不足")
    d.save_draft()
    assert d.drafts.path.exists()
    asked = Answerer("discard")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert len(asked.asked) == 1 and not d.isVisible() and not d.drafts.path.exists()
