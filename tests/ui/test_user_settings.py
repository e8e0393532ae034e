"""Per-user settings: typed values in a QSettings file we choose, the window's layout and
period remembered, the operator's name written into the change log, recent databases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_support import (  # noqa: F401 - fixtures
    answer_close,
    demo_path,
    user_settings,
    window,
)
from tracker.ui.assignment_model import COLUMNS
from tracker.ui.user_settings import UserSettings


def test_values_round_trip_in_the_given_file(tmp_path):
    path = tmp_path / "gui.ini"
    s = UserSettings(path)
    assert s.language == "zh_CN" and not s.welcome_shown
    s.operator, s.language, s.welcome_shown = "王明", "en", True
    s.set_period_for(tmp_path / "a.sqlite", "2019-08")
    s.add_recent(tmp_path / "a.sqlite")
    s.add_recent(tmp_path / "b.sqlite")
    s.add_recent(tmp_path / "a.sqlite")
    s.sync()
    assert path.exists()
    again = UserSettings(path)
    assert (again.operator, again.language, again.welcome_shown) == ("王明", "en", True)
    assert again.period_for(tmp_path / "a.sqlite") == "2019-08"
    assert again.period_for(tmp_path / "b.sqlite") is None
    assert again.recent() == [str((tmp_path / n).resolve()) for n in ("a.sqlite", "b.sqlite")]
    again.language = "fr"
    assert again.language == "zh_CN"
    again.set_report_choices({"sections": "overview,units", "sign_off": "0"})
    again.sync()
    assert UserSettings(path).report_choices() == {"sections": "overview,units",
                                                   "sign_off": "0"}


def test_layout_and_period_are_remembered(qtbot, window, user_settings, demo_path):  # noqa: F811
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    win = window
    win.resize(1200, 700)
    win.set_period("2019-09")
    win.table.set_column_visible("last_reported", False)
    win.table.setColumnWidth(COLUMNS.index("measure"), 333)
    win.main_split.setSizes([300, 900])
    win.close()
    assert user_settings.hidden_columns() == ["last_reported"]
    again = MainWindow(open_for_window(demo_path, "测试员"), UserSettings(
        user_settings.qs.fileName()))
    qtbot.addWidget(again)
    again.show()
    assert user_settings.geometry() is not None
    assert again.size().height() == 700  # (the offscreen screen may narrow the width)
    assert again.current_period() == "2019-09"
    assert again.table.isColumnHidden(COLUMNS.index("last_reported"))
    assert again.table.columnWidth(COLUMNS.index("measure")) == 333
    assert user_settings.state("main_split") is not None
    assert user_settings.state("header") is not None
    again.close()


def test_column_chooser_menu_hides_and_shows(qtbot, window):  # noqa: F811
    menu = window.table.column_menu()
    unit = next(a for a in menu.actions() if a.text() == "单位")
    unit.trigger()
    assert window.table.isColumnHidden(COLUMNS.index("unit"))
    menu = window.table.column_menu()
    next(a for a in menu.actions() if a.text() == "单位").trigger()
    assert not window.table.isColumnHidden(COLUMNS.index("unit"))


def test_operator_name_goes_into_the_change_log(qtbot, window, monkeypatch):  # noqa: F811
    answer_close(monkeypatch)
    from tracker.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, window)
    dialog.operator.clear()
    qtbot.keyClicks(dialog.operator, "Wang Ming")
    dialog.accept()
    assert window.settings.operator == "Wang Ming" and window.ws.who == "Wang Ming"
    window.table.select_id(window.model.all_ids()[0])
    qtbot.mouseClick(window.detail.close_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    who = window.ws.db.execute("SELECT who FROM action ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert who == "Wang Ming"


def test_empty_operator_name_is_refused_inline(qtbot, window):  # noqa: F811
    from tracker.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, window)
    dialog.operator.clear()
    dialog.accept()
    assert dialog.result() == 0 and not dialog.message.isHidden()
    assert window.settings.operator == "测试员"


def test_opening_a_database_adds_it_to_recent(qtbot, window, tmp_path):  # noqa: F811
    other = tmp_path / "other.sqlite"
    assert window.file_actions.open_path(other, create=True)  # 新建数据库
    assert window.ws.path == other and other.exists()
    assert window.settings.recent()[0] == str(other.resolve())
    assert window.model.total_count() == 0  # a new database: the seed policy, no assignments
    assert not window.demo_label.isVisible()
    window.actions_.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in window.actions_.recent_menu.actions()]
    assert any("other.sqlite" in t for t in texts) and any("demo.sqlite" in t for t in texts)


def test_the_name_given_in_the_window_is_the_command_lines_too(tmp_path, monkeypatch):
    """One person per login: changes made from the command line are logged under the name the
    window was given, not the Windows login (often "Administrator")."""
    from tests.cli_run import run_cli

    monkeypatch.setenv("TRACKER_CONFIG_DIR", str(tmp_path / "config"))
    s = UserSettings(tmp_path / "gui.ini")
    s.operator = "王科员"
    db = tmp_path / "t.sqlite"
    r = run_cli("--db", str(db), "init", env={"TRACKER_CONFIG_DIR": str(tmp_path / "config")})
    assert r.code == 0, r.err
    import sqlite3

    con = sqlite3.connect(db)
    try:
        assert {w for (w,) in con.execute("SELECT who FROM action")} == {"王科员"}
    finally:
        con.close()
