"""Defects from review 6: Enter opens 录入进展 (once); the dashboard charts keep one pair of axes;
a missing recent database is not created; Ctrl+Z after a structure or unit edit updates the
navigator; 延期 asks before an earlier or past date; the 销号 undo step names its item."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.edit_support import click, shown, type_cn
from tests.ui.window_support import (  # noqa: F401 - fixtures
    answer_close,
    demo_path,
    user_settings,
    window,
)
from tracker.db.queries import extensions, get_row, tasks
from tracker.ui.verb_runner import run_verb


def _counting(win) -> list[int]:  # noqa: ANN001
    opened: list[int] = []
    win.detail.enter_progress = lambda: opened.append(win.table.current_id())
    return opened


# ---------------------------------------------------------------- 1. Enter opens 录入进展
def test_enter_opens_progress_entry_once(qtbot, window):  # noqa: F811
    win = window
    opened = _counting(win)
    first = win.model.all_ids()[0]
    win.table.select_id(first)
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Return)
    assert opened == [first]
    qtbot.keyClick(win.table, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert opened == [first, first]


def test_double_click_opens_progress_entry_once(qtbot, window):  # noqa: F811
    win = window
    opened = _counting(win)
    rect = win.table.visualRect(win.model.index(1, 1))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [win.model.all_ids()[1]]


# ---------------------------------------------------------------- 2. dashboard charts
def test_chart_refresh_keeps_one_pair_of_axes_and_no_old_labels(qtbot):
    from tracker.ui.dashboard_parts import StatusBarChart

    chart = StatusBarChart("各单位完成情况")
    qtbot.addWidget(chart)
    chart.resize(500, 400)
    chart.show()
    first = [(f"单位{i}", {"unit_id": i}) for i in range(8)]
    second = [("天山区", {"unit_id": 1}), ("米东区", {"unit_id": 2})]
    chart.set_data(first, [{"推进中": 1}] * 8)
    qtbot.wait(50)
    items = len(chart.scene().items())
    for _ in range(3):
        chart.set_data(second, [{"推进中": 2}, {"已完成": 1}])
        chart.set_data(first, [{"推进中": 1}] * 8)
        qtbot.wait(10)
    qtbot.wait(50)
    assert len(chart.scene().items()) == items  # grew 130 → 242 → 354 before
    chart.set_data(second, [{"推进中": 2}, {"已完成": 1}])
    axes = chart.chart().axes()
    assert len(axes) == 2 and len(chart.chart().series()) == 1
    labels = [a for a in axes if a is chart.y_axis][0].categories()
    assert labels == ["米东区", "天山区"]
    # no axis label of the first data is left in the scene
    texts = {i.toPlainText() for i in chart.scene().items() if hasattr(i, "toPlainText")}
    assert not any(t.startswith("单位") for t in texts), texts


# ---------------------------------------------------------------- 3. a missing recent file
def test_missing_recent_database_is_not_created(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    win = window
    gone = tmp_path / "gone.sqlite"
    win.settings.add_recent(gone)
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    win.actions_.recent_menu.aboutToShow.emit()
    action = next(a for a in win.actions_.recent_menu.actions() if "gone.sqlite" in a.text())
    action.trigger()
    assert not gone.exists()
    assert win.ws.path.name == "demo.sqlite" and win.model.total_count() == 105
    assert len(asked) == 1 and "不存在" in asked[0] and "最近的数据库" in asked[0]
    assert str(gone.resolve()) not in win.settings.recent()


def test_missing_recent_database_kept_in_the_list_when_asked(qtbot, window, tmp_path,  # noqa: F811
                                                             monkeypatch):
    win = window
    gone = tmp_path / "moved.sqlite"
    win.settings.add_recent(gone)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.No)
    assert not win.file_actions.open_path(gone)
    assert not gone.exists() and str(gone.resolve()) in win.settings.recent()


def test_new_database_still_creates_the_file(qtbot, window, tmp_path):  # noqa: F811
    new = tmp_path / "new.sqlite"
    assert window.file_actions.open_path(new, create=True)
    assert new.exists() and window.ws.path == new


# ---------------------------------------------------------------- 4. Ctrl+Z updates the navigator
def _task_texts(nav, task_index: int) -> list[str]:  # noqa: ANN001
    policy = nav.tree_model.item(0).child(0)
    task = policy.child(task_index)
    nav.tree.expand(task.index())
    return [task.child(i).text() for i in range(task.rowCount())]


def test_ctrl_z_after_adding_a_measure_updates_the_tree(qtbot, window):  # noqa: F811
    from tracker.services import policies

    win = window
    nav = win.navigator
    before = _task_texts(nav, 0)
    task_id = tasks(win.ws.db, 1)[0]["id"]
    done, _ = run_verb(win, win.undo_stack, win.ws_provider, "新增措施",
                       lambda ws: policies.add_measure(ws, task_id, "新增测试措施", ""))
    assert done
    win.reload_structure()  # as the structure editor does when it closes
    assert any("新增测试措施" in t for t in _task_texts(nav, 0))
    win.table.setFocus()
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _task_texts(nav, 0) == before, timeout=2000)
    win.undo_stack.redo()
    qtbot.waitUntil(lambda: any("新增测试措施" in t for t in _task_texts(nav, 0)), timeout=2000)


def test_ctrl_z_keeps_the_chosen_scope_when_it_still_exists(qtbot, window):  # noqa: F811
    from tracker.services import policies

    win = window
    nav = win.navigator
    _task_texts(nav, 1)
    task_item = nav.tree_model.item(0).child(0).child(1)
    nav.tree.setCurrentIndex(task_item.index())
    scope = nav.scope()
    assert scope.get("task_id")
    task_id = tasks(win.ws.db, 1)[0]["id"]
    run_verb(win, win.undo_stack, win.ws_provider, "新增措施",
             lambda ws: policies.add_measure(ws, task_id, "新增测试措施", ""))
    win.reload_structure()
    nav.tree.setCurrentIndex(nav._find(scope))
    win.undo_stack.undo()
    qtbot.waitUntil(lambda: not any("新增测试措施" in t for t in _task_texts(nav, 0)),
                    timeout=2000)
    assert nav.scope() == scope and win.current_filter().task_id == scope["task_id"]


def test_ctrl_z_after_deactivating_a_unit_updates_the_unit_list(qtbot, window):  # noqa: F811
    from tracker.db.queries import unit_by_name
    from tracker.services import units

    win = window
    uid = unit_by_name(win.ws.db, "米东区")["id"]
    run_verb(win, win.undo_stack, win.ws_provider, "停用单位 米东区",
             lambda ws: units.archive_unit(ws, uid))
    win.reload_structure()
    assert "米东区" not in win.navigator.visible_units()
    win.undo_stack.undo()
    qtbot.waitUntil(lambda: "米东区" in win.navigator.visible_units(), timeout=2000)
    assert win.filter_bar.unit.findData(uid) >= 0
    win.undo_stack.redo()
    qtbot.waitUntil(lambda: "米东区" not in win.navigator.visible_units(), timeout=2000)


def test_opening_the_window_does_not_read_the_structure_twice(qtbot, window, monkeypatch):  # noqa: F811
    """The start stays lean: the refresh after an ordinary edit rebuilds nothing."""
    win = window
    rebuilt: list[int] = []
    monkeypatch.setattr(win.navigator, "_build", lambda data: rebuilt.append(1))
    win.refresh_data()
    assert rebuilt == []
    win.table.select_id(win.model.all_ids()[0])
    win.detail.toggle_closed(date(2019, 12, 1))
    QApplication.processEvents()
    qtbot.wait(20)
    assert rebuilt == []


# ---------------------------------------------------------------- 5. 延期 to an earlier or past date
@pytest.fixture
def extend_dialog(qtbot, ws, stack, zh, demo_today):  # noqa: ANN001, ANN201
    from tracker.ui.dialogs.extend_deadline import ExtendDeadlineDialog

    d = shown(qtbot, ExtendDeadlineDialog(lambda: ws, stack, 2))  # deadline 2020年 (2020-12-31)
    type_cn(d.reason_edit, "专项资金下达推迟")
    type_cn(d.approver_edit, "李副主任")
    return d


def _answer_box(button: str, seen: list[str]) -> None:
    def run() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "unusualDeadline":
            seen.append(box.text())
            click_button = box.findChild(type(box.buttons()[0]), button)
            click_button.click()
        else:
            QTimer.singleShot(20, run)
    QTimer.singleShot(20, run)


def test_earlier_deadline_warns_and_asks(qtbot, ws, stack, extend_dialog):
    d = extend_dialog
    type_cn(d.deadline_edit, "2020年6月30日")
    assert "早于现在的时限" in d.parsed_msg.text() and d.parsed_msg.isVisible()
    seen: list[str] = []
    _answer_box("changeDate", seen)
    click(qtbot, d.ok_button)
    assert seen and "早于现在的时限" in seen[0]
    assert d.isVisible() and extensions(ws.db, 2) == [] and stack.count() == 0
    _answer_box("saveAnyway", seen)
    click(qtbot, d.ok_button)
    assert not d.isVisible() and len(seen) == 2
    assert get_row(ws.db, "assignment", 2)["deadline_date"] == "2020-06-30"


def test_past_deadline_warns_and_asks(qtbot, ws, stack, extend_dialog, monkeypatch):
    from tracker.ui.dialogs import extend_deadline

    monkeypatch.setattr(extend_deadline, "_today", lambda: date(2021, 3, 1))
    d = extend_dialog
    d.deadline_edit.setText("2021年1月31日")  # later than 2020年, but already past
    assert "已经过去" in d.parsed_msg.text()
    seen: list[str] = []
    _answer_box("changeDate", seen)
    click(qtbot, d.ok_button)
    assert seen and d.isVisible() and extensions(ws.db, 2) == []
    d.done(0)  # closed without the "discard what you typed?" question


def test_later_future_deadline_saves_without_a_question(qtbot, ws, stack, extend_dialog):
    d = extend_dialog
    type_cn(d.deadline_edit, "2021年6月30日")
    assert d.parsed_msg.text() == "→ 2021年6月30日"
    click(qtbot, d.ok_button)
    assert not d.isVisible() and len(extensions(ws.db, 2)) == 1


# ---------------------------------------------------------------- 6. the 销号 undo step's name
def test_close_item_undo_step_names_the_item(qtbot, window, monkeypatch):  # noqa: F811
    win = window
    answer_close(monkeypatch)
    aid = win.model.all_ids()[0]
    win.table.select_id(aid)
    a = get_row(win.ws.db, "assignment", aid)
    code = get_row(win.ws.db, "measure", a["measure_id"])["code"]
    unit = get_row(win.ws.db, "unit", a["unit_id"])["name"]
    qtbot.mouseClick(win.detail.close_button, Qt.MouseButton.LeftButton)
    assert win.undo_stack.undoText() == f"销号 {code} {unit}"
    assert win.actions_.undo.text() == f"撤销 销号 {code} {unit}"
    qtbot.mouseClick(win.detail.close_button, Qt.MouseButton.LeftButton)
    assert win.undo_stack.undoText() == f"取消销号 {code} {unit}"
