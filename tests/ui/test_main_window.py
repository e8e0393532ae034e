"""The main window driven with real clicks and keys: navigator search, filters, selection and
the detail panel, closing an item and undoing it with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_support import (  # noqa: F401 - fixtures
    answer_close,
    demo_path,
    type_cn,
    user_settings,
    window,
)
from tracker.services.status import period_counts


def wait_filter(qtbot, win, expected: int) -> None:
    qtbot.waitUntil(lambda: win.model.total_count() == expected, timeout=3000)


def click_row(qtbot, win, row: int) -> int:
    table = win.table
    rect = table.visualRect(win.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return table.current_id()


def test_window_opens_with_everything(window):  # noqa: F811
    win = window
    assert win.model.total_count() == 105
    assert win.filter_bar.count_label.text() == "共 105 项"
    assert win.current_period() == "2019-11"
    assert "示例数据" in win.windowTitle() and win.demo_label.isVisible()
    assert "demo.sqlite" in win.db_label.text()
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "报送(&R)", "报表(&P)", "帮助(&H)"]


def test_pinyin_search_in_the_unit_list(qtbot, window):  # noqa: F811
    nav = window.navigator
    qtbot.keyClicks(nav.unit_search, "tsq")
    assert nav.visible_units() == ["天山区"]
    nav.unit_search.clear()
    qtbot.keyClicks(nav.unit_search, "md")
    assert "米东区" in nav.visible_units() and "天山区" not in nav.visible_units()
    nav.unit_search.clear()
    type_cn(nav.unit_search, "米东")
    assert nav.visible_units() == ["米东区"]


def test_choosing_a_unit_in_the_navigator_filters_the_table(qtbot, window):  # noqa: F811
    nav = window.navigator
    qtbot.keyClicks(nav.unit_search, "tsq")
    item = next(nav.unit_list.item(r) for r in range(nav.unit_list.count())
                if nav.unit_list.item(r).text() == "天山区")
    rect = nav.unit_list.visualItemRect(item)
    qtbot.mouseClick(nav.unit_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_filter(qtbot, window, 6)
    assert window.filter_bar.unit.currentText() == "天山区"


def test_filter_by_a_two_character_word(qtbot, window):  # noqa: F811
    win = window
    counts = period_counts(win.ws, None, "2019-11").total
    win.filter_bar.search.setFocus()
    type_cn(win.filter_bar.search, "滞后")
    assert win.filter_bar.search.text() == "滞后"
    wait_filter(qtbot, win, counts.by_status["滞后"])
    assert win.filter_bar.count_label.text() == f"共 {counts.by_status['滞后']} 项"


def test_unit_pinyin_in_the_main_search_box(qtbot, window):  # noqa: F811
    """USERS.md: "what has 米东区 done on 3.3?" — typed as "md 3.3" in the search box."""
    win = window
    midong = win.ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    n_midong = win.ws.db.execute("SELECT count(*) FROM assignment WHERE unit_id = ?",
                                 [midong]).fetchone()[0]
    win.filter_bar.search.setFocus()
    qtbot.keyClicks(win.filter_bar.search, "md")
    wait_filter(qtbot, win, n_midong)
    units = {win.model.index(r, 2).data() for r in range(win.model.rowCount())}
    assert units == {"米东区"}
    qtbot.keyClicks(win.filter_bar.search, " 3.3")  # and the measure, as another word
    qtbot.waitUntil(lambda: 0 < win.model.total_count() < n_midong, timeout=3000)
    codes = {win.model.index(r, 0).data() for r in range(win.model.rowCount())}
    assert all(str(c).startswith("3.3") for c in codes), codes
    together = set(codes)
    win.filter_bar.search.clear()
    qtbot.keyClicks(win.filter_bar.search, "md3.3")  # typed without the space: the same
    qtbot.waitUntil(lambda: win.model._filter.text == "md3.3", timeout=3000)
    wait_filter(qtbot, win, len(together))
    assert {win.model.index(r, 0).data() for r in range(win.model.rowCount())} == together
    win.filter_bar.search.clear()
    qtbot.keyClicks(win.filter_bar.search, "m")  # one letter names no unit: a plain search
    qtbot.waitUntil(lambda: win.model._filter.text == "m", timeout=3000)
    assert win.model._filter.word_units == ((),)


def test_filter_overdue_only_and_by_light(qtbot, window):  # noqa: F811
    win = window
    counts = period_counts(win.ws, None, "2019-11").total
    qtbot.mouseClick(win.filter_bar.overdue, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, win.filter_bar.overdue.height() // 2))
    wait_filter(qtbot, win, counts.overdue)
    qtbot.mouseClick(win.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    wait_filter(qtbot, win, 105)
    box = win.filter_bar.light
    box.setCurrentIndex(box.findData("grey"))
    wait_filter(qtbot, win, counts.by_light["grey"])
    box.setCurrentIndex(0)
    qtbot.mouseClick(win.filter_bar.not_reported, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, win.filter_bar.not_reported.height() // 2))
    wait_filter(qtbot, win, counts.not_reported)


def test_navigator_tree_scopes_the_table(qtbot, window):  # noqa: F811
    nav = window.navigator
    root = nav.tree_model.index(0, 0)
    policy = nav.tree_model.index(0, 0, root)
    task1 = nav.tree_model.index(0, 0, policy)
    nav.tree.setCurrentIndex(task1)
    expected = window.ws.db.execute("""SELECT count(*) FROM assignment a JOIN measure m
        ON m.id = a.measure_id JOIN task t ON t.id = m.task_id WHERE t.seq = 1""").fetchone()[0]
    wait_filter(qtbot, window, expected)


def test_a_tasks_measures_appear_when_it_is_expanded(qtbot, window):  # noqa: F811
    nav = window.navigator
    policy = nav.tree_model.index(0, 0, nav.tree_model.index(0, 0))
    task1 = nav.tree_model.index(0, 0, policy)
    assert nav.tree.isExpanded(policy) and not nav.tree.isExpanded(task1)
    assert [nav.tree_model.index(r, 0, task1).data() for r in
            range(nav.tree_model.rowCount(task1))] == ["…"]  # measures wait for expansion
    nav.tree.expand(task1)
    db = window.ws.db
    codes = [r[0] for r in db.execute("""SELECT m.code FROM measure m JOIN task t
        ON t.id = m.task_id WHERE t.seq = 1 ORDER BY m.seq""")]
    shown = [nav.tree_model.index(r, 0, task1).data().split()[0]
             for r in range(nav.tree_model.rowCount(task1))]
    assert shown == codes and len(codes) > 1
    nav.tree.collapse(task1)
    nav.tree.expand(task1)  # loaded once
    assert nav.tree_model.rowCount(task1) == len(codes)
    measure = nav.tree_model.index(1, 0, task1)
    nav.tree.setCurrentIndex(measure)
    expected = db.execute("SELECT count(*) FROM assignment a JOIN measure m ON m.id = "
                          "a.measure_id WHERE m.code = ?", [codes[1]]).fetchone()[0]
    wait_filter(qtbot, window, expected)


def test_selecting_a_row_shows_reports_and_history(qtbot, window):  # noqa: F811
    aid = click_row(qtbot, window, 3)
    assert aid is not None and window.detail.assignment_id == aid
    reports = window.detail.reports.toPlainText()
    assert "2019年11月" in reports and "2019年6月" in reports
    history = window.detail.history.toPlainText()
    assert "示例：" in history and "年" in history and "T" not in history.split("：")[0]
    assert "2019-" not in window.detail.overview.toPlainText()


def test_close_item_then_ctrl_z_restores_it_and_logs_the_undo(qtbot, window,  # noqa: F811
                                                               monkeypatch):
    win = window
    answer_close(monkeypatch)
    aid = click_row(qtbot, win, 0)
    db = win.ws.db
    qtbot.mouseClick(win.detail.close_button, Qt.MouseButton.LeftButton)
    closed = db.execute("SELECT closed_date FROM assignment WHERE id = ?", [aid]).fetchone()[0]
    assert closed is not None
    assert win.detail.close_button.text() == "取消销号"
    assert "销号日期" in win.detail.history.toPlainText()
    win.activateWindow()
    win.table.setFocus()
    qtbot.keyClick(win.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert db.execute("SELECT closed_date FROM assignment WHERE id = ?",
                      [aid]).fetchone()[0] is None
    verbs = [r[0] for r in db.execute("SELECT verb FROM action ORDER BY id DESC LIMIT 2")]
    assert verbs == ["undo", "close"]
    qtbot.waitUntil(lambda: win.detail.close_button.text() == "销号", timeout=2000)
    assert "撤销：销号" in win.detail.history.toPlainText()
    qtbot.keyClick(win.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert db.execute("SELECT closed_date FROM assignment WHERE id = ?",
                      [aid]).fetchone()[0] is not None


def test_dashboard_drill_down_filters_the_table(qtbot, window):  # noqa: F811
    win = window
    win.tabs.setCurrentIndex(1)
    dash = win.dashboard()
    counts = period_counts(win.ws, dash.policy_id(), "2019-11").total
    dash.drillDown.emit({"overdue": True})
    assert win.tabs.currentIndex() == 0
    wait_filter(qtbot, win, counts.overdue)
    assert win.filter_bar.overdue.isChecked()
    dash.drillDown.emit({"task_seq": 2, "status": "滞后"})
    expected = counts.by_status["滞后"]
    assert 0 < win.model.total_count() <= expected


def test_period_change_updates_table_status_and_dashboard(qtbot, window):  # noqa: F811
    win = window
    win.tabs.setCurrentIndex(1)
    win.tabs.setCurrentIndex(0)
    win.set_period("2019-08")
    assert win.model.period == "2019-08"
    assert win.dashboard().period() == "2019-08"
    assert "2019年8月" in win.period_label.text()
    counts = period_counts(win.ws, None, "2019-08").total
    qtbot.mouseClick(win.filter_bar.not_reported, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, win.filter_bar.not_reported.height() // 2))
    wait_filter(qtbot, win, counts.not_reported)


def test_an_empty_ledger_says_why(qtbot, window, tmp_path, user_settings):  # noqa: F811
    """A filter that matches nothing says how to see everything again; a database where nothing
    has been assigned yet says where to assign (not a silent empty table)."""
    from tracker.ui.app import install_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    win = window
    assert win.empty_hint.isHidden()
    win.filter_bar.apply({"text": "没有这样的字"})
    qtbot.waitUntil(lambda: win.model.total_count() == 0, timeout=3000)
    assert win.empty_hint.isVisible() and "清除筛选" in win.empty_hint.text()
    win.filter_bar.clear()
    assert win.empty_hint.isHidden()

    install_translators(QApplication.instance(), "zh_CN")
    fresh = MainWindow(open_for_window(tmp_path / "fresh.sqlite", "测试员"), user_settings)
    qtbot.addWidget(fresh)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert fresh.model.total_count() == 0
    assert fresh.empty_hint.isVisible() and "任务分解矩阵" in fresh.empty_hint.text()
    fresh.ws.close()


def test_window_says_when_opening_reread_old_deadlines(qtbot, demo_path, user_settings):  # noqa: F811
    """A deadline an earlier version stored as unreadable is read again when the window opens
    the database; the status bar says how many (in Chinese) and the ledger shows it as due."""
    import sqlite3

    from tracker.ui.app import install_translators, remove_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    with sqlite3.connect(demo_path) as con:
        aid = con.execute("SELECT id FROM assignment WHERE deadline_kind = 'month_end' "
                          "ORDER BY id LIMIT 1").fetchone()[0]
        con.execute("UPDATE assignment SET deadline_text = '2019年6月底前完成，长期坚持', "
                    "deadline_kind = 'unparsed', deadline_date = NULL WHERE id = ?", [aid])
    install_translators(QApplication.instance(), "zh_CN")
    try:
        win = MainWindow(open_for_window(demo_path, "测试员"), user_settings)
        qtbot.addWidget(win)
        win.show()
        message = win.statusBar().currentMessage()
        assert "重新识别了 1 项以前无法识别的完成时限" in message, message
        kind = win.ws.db.execute("SELECT deadline_kind, deadline_date FROM assignment "
                                 "WHERE id = ?", [aid]).fetchone()
        assert tuple(kind) == ("month_end", "2019-06-30")
        win.statusBar().clearMessage()
        win.load_workspace()  # said once, not on every reload
        assert "重新识别" not in win.statusBar().currentMessage()
        win.ws.close()
    finally:
        remove_translators(QApplication.instance())
