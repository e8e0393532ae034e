"""修改分解信息 (USERS.md step 1): a unit's own 具体举措 typed in as the unit sent it, and a deadline
entered wrongly at set-up corrected — one undoable, logged step; reached from the 修改… link in the
item's overview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from tests.ui.edit_support import click, shown, type_cn
from tracker.db.queries import extensions, get_row
from tracker.ui.dialogs.edit_assignment import EditAssignmentDialog

pytestmark = pytest.mark.usefixtures("zh")


def test_action_and_deadline_corrected_in_one_undoable_step(qtbot, ws, stack):
    before = get_row(ws.db, "assignment", 2)
    d = shown(qtbot, EditAssignmentDialog(lambda: ws, stack, 2))
    assert d.windowTitle() == "修改分解信息"
    assert d.action_edit.toPlainText() == (before["action_text"] or "")
    d.action_edit.setPlainText("")
    type_cn(d.action_edit, "设立专项资金，每季度调度一次")
    d.deadline_edit.clear()
    type_cn(d.deadline_edit, "明年某个时候")
    assert d.deadline_msg.text() == "无法识别为日期"
    click(qtbot, d.ok_button)
    assert d.isVisible() and stack.count() == 0  # not saved with an unreadable deadline
    d.deadline_edit.clear()
    type_cn(d.deadline_edit, "2020年6月底前")
    assert d.deadline_msg.text() == "→ 2020年6月30日"
    click(qtbot, d.ok_button)
    assert not d.isVisible()
    after = get_row(ws.db, "assignment", 2)
    assert after["action_text"] == "设立专项资金，每季度调度一次"
    assert (after["deadline_text"], after["deadline_date"]) == ("2020年6月底前", "2020-06-30")
    assert after["original_deadline_text"] is None and extensions(ws.db, 2) == []  # not a 延期
    assert stack.count() == 1 and stack.undoText().startswith("修改分解 ")
    stack.undo()
    restored = get_row(ws.db, "assignment", 2)
    assert {k: restored[k] for k in ("action_text", "deadline_text", "deadline_date")} == \
        {k: before[k] for k in ("action_text", "deadline_text", "deadline_date")}


def test_nothing_changed_writes_nothing(qtbot, ws, stack):
    d = shown(qtbot, EditAssignmentDialog(lambda: ws, stack, 2))
    click(qtbot, d.ok_button)
    assert not d.isVisible() and stack.count() == 0


def test_the_overview_link_opens_it(qtbot, ws, stack, monkeypatch):
    from tracker.ui.detail_panel import EDIT_LINK, DetailPanel

    panel = DetailPanel(lambda: ws, stack)
    qtbot.addWidget(panel)
    panel.show_assignment(2, "2019-11")
    html = panel.overview.toHtml()
    assert html.count("edit-assignment") == 2, html  # beside the action and the deadline
    opened = []
    monkeypatch.setattr(DetailPanel, "_after_dialog", lambda self, dialog: opened.append(dialog))
    panel.overview.anchorClicked.emit(QUrl(EDIT_LINK))
    assert len(opened) == 1 and isinstance(opened[0], EditAssignmentDialog)


def test_a_multi_line_action_keeps_its_lines_in_the_overview(qtbot, ws, stack):
    from tracker.services.assignments import edit_assignment
    from tracker.ui.detail_panel import DetailPanel

    edit_assignment(ws, 2, action_text="1. 设立服务窗口\n2. 每季度调度一次\n3. 年底总结")
    panel = DetailPanel(lambda: ws, stack)
    qtbot.addWidget(panel)
    panel.show_assignment(2, "2019-11")
    text = panel.overview.toPlainText()
    assert "1. 设立服务窗口\n2. 每季度调度一次\n3. 年底总结" in text.replace("\u2028", "\n")
