"""延期, review, database settings: inline checks, the service verb, undo."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

from tests.ui.edit_support import click, shown, type_cn
from tracker.db.queries import extensions, get_row, get_settings
from tracker.ui.dialogs.extend_deadline import ExtendDeadlineDialog
from tracker.ui.dialogs.review import ReviewDialog
from tracker.ui.dialogs.settings_db import DbSettingsDialog

pytestmark = pytest.mark.usefixtures("zh", "demo_today")


# ---------------------------------------------------------------- 延期


def test_extension_parses_live_and_keeps_the_original(qtbot, ws, stack):
    before = get_row(ws.db, "assignment", 2)
    d = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))
    assert d.windowTitle() == "延期"
    type_cn(d.deadline_edit, "明年某个时候")
    assert d.parsed_msg.text() == "无法识别" and "c62828" in d.parsed_msg.styleSheet()
    d.deadline_edit.clear()
    type_cn(d.deadline_edit, "2021年6月30日")
    assert d.parsed_msg.text() == "→ 2021年6月30日"
    click(qtbot, d.ok_button)  # reason and approver missing
    assert d.isVisible() and d.reason_msg.text() == "请填写延期原因。"
    assert d.approver_msg.text() == "请填写批准人。"
    assert extensions(ws.db, 2) == [] and stack.count() == 0
    type_cn(d.reason_edit, "专项资金下达推迟")
    type_cn(d.approver_edit, "李副主任")
    click(qtbot, d.ok_button)
    assert not d.isVisible()
    ext = extensions(ws.db, 2)
    assert len(ext) == 1
    assert ext[0]["reason"] == "专项资金下达推迟" and ext[0]["approved_by"] == "李副主任"
    assert ext[0]["old_text"] == before["deadline_text"]
    after = get_row(ws.db, "assignment", 2)
    assert after["deadline_text"] == "2021年6月30日" and after["deadline_date"] == "2021-06-30"
    assert after["original_deadline_text"] == before["deadline_text"]
    # a second extension keeps the first original and shows the history
    d2 = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))
    assert "专项资金下达推迟" in d2.history_text.toPlainText()
    type_cn(d2.deadline_edit, "2021年底前")
    assert d2.parsed_msg.text() == "→ 2021年12月31日"
    type_cn(d2.reason_edit, "配套政策未出台")
    type_cn(d2.approver_edit, "王主任")
    click(qtbot, d2.ok_button)
    assert get_row(ws.db, "assignment", 2)["original_deadline_text"] == before["deadline_text"]
    stack.undo()
    stack.undo()
    restored = get_row(ws.db, "assignment", 2)
    assert restored["deadline_text"] == before["deadline_text"]
    assert restored["original_deadline_text"] is None and extensions(ws.db, 2) == []


# ---------------------------------------------------------------- review


def pending_report(ws):
    return next(r for r in ws.db.query(
        "SELECT id FROM report WHERE review_state = '待审核' ORDER BY id"))["id"]


def test_review_return_needs_a_note(qtbot, ws, stack):
    rid = pending_report(ws)
    d = shown(qtbot, ReviewDialog(lambda: ws, stack, rid))
    click(qtbot, d.return_button)
    assert d.isVisible() and d.note_msg.text() == "退回时请填写退回原因。"
    assert get_row(ws.db, "report", rid)["review_state"] == "待审核"
    type_cn(d.note_edit, "请补充具体数据")
    assert not d.note_msg.isVisible()
    click(qtbot, d.return_button)
    rep = get_row(ws.db, "report", rid)
    assert rep["review_state"] == "退回" and rep["review_note"] == "请补充具体数据"
    stack.undo()
    assert get_row(ws.db, "report", rid)["review_state"] == "待审核"


def test_review_approve(qtbot, ws, stack):
    rid = pending_report(ws)
    d = shown(qtbot, ReviewDialog(lambda: ws, stack, rid))
    assert d.approve_button.text() == "审核通过"
    click(qtbot, d.approve_button)
    assert get_row(ws.db, "report", rid)["review_state"] == "已审核"


# ---------------------------------------------------------------- settings


def test_database_settings(qtbot, ws, stack):
    d = shown(qtbot, DbSettingsDialog(lambda: ws, stack))
    assert d.due_day.prefix() == "次月 " and d.due_day.suffix() == " 日前"
    d.office_name.selectAll()
    type_cn(d.office_name, "市“双创”办公室")
    for spin, text in ((d.due_day, "8"), (d.warning_days, "10"), (d.tolerance, "15")):
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, text)
    click(qtbot, d.save_button)
    values = get_settings(ws.db)
    assert values["office_name"] == "市“双创”办公室"
    assert (values["report_due_day"], values["warning_days"], values["tolerance"]) == (
        "8", "10", "15")
    stack.undo()
    assert get_settings(ws.db)["report_due_day"] == "5"


def test_database_settings_need_an_office_name(qtbot, ws, stack):
    d = shown(qtbot, DbSettingsDialog(lambda: ws, stack))
    d.office_name.clear()
    click(qtbot, d.save_button)
    assert d.isVisible() and d.name_msg.text() == "请填写办公室名称。"
    assert stack.count() == 0


# ---------------------------------------------------------------- no English on screen

ENGLISH = re.compile(r"[A-Za-z]{3,}")


def visible_texts(widget):
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        for getter in ("text", "title", "placeholderText", "prefix", "suffix",
                       "specialValueText"):
            value = getattr(child, getter, None)
            if callable(value):
                try:
                    texts.append(value())
                except TypeError:
                    pass
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QTableView):
            header = child.horizontalHeader()
            texts += [str(header.model().headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(header.count())]
    return [t for t in texts if isinstance(t, str)]


def all_windows(ws, stack):
    from tracker.ui.dashboard import DashboardView
    from tracker.ui.dialogs.report_entry import ReportEntryDialog
    from tracker.ui.dialogs.structure_editor import StructureEditor
    from tracker.ui.dialogs.units_editor import UnitsEditor
    from tracker.ui.matrix import AssignmentMatrix

    rid = pending_report(ws)
    yield ExtendDeadlineDialog(lambda: ws, stack, 2)
    yield ReviewDialog(lambda: ws, stack, rid)
    yield DbSettingsDialog(lambda: ws, stack)
    yield ReportEntryDialog(lambda: ws, stack, 5, "2019-11", drafts_dir=ws.path.parent)
    yield StructureEditor(lambda: ws, stack, 1)
    yield UnitsEditor(lambda: ws, stack)
    yield AssignmentMatrix(lambda: ws, stack, 1)
    dash = DashboardView(lambda: ws)
    dash.refresh()
    yield dash


def test_no_english_words_in_chinese_mode(qtbot, ws, stack):
    for window in all_windows(ws, stack):
        qtbot.addWidget(window)
        leaks = [t for t in visible_texts(window) if ENGLISH.search(t)]
        assert leaks == [], type(window).__name__
