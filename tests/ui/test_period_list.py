"""The toolbar's 报送期 list follows the data: a report typed or imported for a month the list
did not offer adds it, and the month shown stays; choosing that month on the dashboard shows it
in the ledger too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.helpers import fresh_ws
from tracker.services.reports import ReportInput, record_report


def test_a_month_reported_later_joins_the_list_and_the_dashboard_choice_follows(
        qtbot, tmp_path):
    from tracker.services.assignments import assign
    from tracker.ui.app import install_translators, remove_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow
    from tracker.ui.user_settings import UserSettings

    ws = fresh_ws(tmp_path)
    measure = ws.db.execute("SELECT id FROM measure WHERE code = '3.3'").fetchone()[0]
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    aid = assign(ws, measure, unit, "责任", "2019年12月底前")
    ws.close()
    install_translators(QApplication.instance(), "zh_CN")
    try:
        settings = UserSettings(tmp_path / "gui.ini")
        settings.operator = "测试员"
        win = MainWindow(open_for_window(tmp_path / "t.sqlite", "测试员"), settings)
        qtbot.addWidget(win)
        shown = win.current_period()
        months = [win.period_combo.itemData(i) for i in range(win.period_combo.count())]
        assert "2019-06" not in months
        record_report(win.ws, aid, "2019-06", ReportInput(status="推进中", progress="电话报送：已挂牌"))
        win.refresh_data()
        months = [win.period_combo.itemData(i) for i in range(win.period_combo.count())]
        assert "2019-06" in months and win.current_period() == shown
        win.tabs.setCurrentIndex(1)
        board = win.dashboard()
        combo = board.period_combo
        combo.setCurrentIndex(combo.findData("2019-06"))
        assert board.period() == "2019-06" and win.current_period() == "2019-06"
        assert win.period_combo.currentText() == "2019年6月"
    finally:
        remove_translators(QApplication.instance())
