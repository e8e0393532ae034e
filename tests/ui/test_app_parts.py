"""Smaller parts: history export and print, the welcome's demo button, fonts, translators,
the global exception hook, the history lines."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.ui import app as ui_app
from tracker.ui.history_text import build_entries, cn_datetime


def test_history_exports_to_xlsx_and_prints_to_pdf(qtbot, window, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    win = window
    win.table.select_id(win.model.all_ids()[2])
    path = win.detail.export_history(str(tmp_path / "history.xlsx"))
    wb = load_workbook(path)
    reports, history = wb.worksheets
    assert reports.cell(4, 1).value == "2019年11月"
    assert history.cell(1, 1).value == "时间" and "年" in history.cell(2, 1).value
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "history.pdf"))
    assert win.detail.print_history(printer)
    assert (tmp_path / "history.pdf").stat().st_size > 1000


def test_history_lines_read_like_a_sentence():
    changes = [
        {"action_id": 7, "at": "2019-06-30T10:02:11", "who": "张三", "summary": "录入进展",
         "verb": "record_report", "table_name": "report", "row_id": 4, "op": "update",
         "field": "status", "old": '"推进中"', "new": '"已完成"'},
        {"action_id": 7, "at": "2019-06-30T10:02:11", "who": "张三", "summary": "录入进展",
         "verb": "record_report", "table_name": "report", "row_id": 4, "op": "update",
         "field": "updated_at", "old": '"x"', "new": '"y"'},
        {"action_id": 8, "at": "2019-07-01T09:00:00", "who": "李四", "summary": "销号",
         "verb": "close", "table_name": "assignment", "row_id": 1, "op": "update",
         "field": "closed_date", "old": None, "new": '"2019-07-01"'},
    ]
    ui_app.install_translators(QApplication.instance(), "zh_CN")
    try:
        entries = build_entries(changes, {4: "2019-06"})
    finally:
        ui_app.remove_translators(QApplication.instance())
    # each line names its action (留痕: how, not only what)
    assert entries[0].line() == "2019年6月30日 10:02 张三：【录入进展】2019年6月状态 推进中 → 已完成"
    assert entries[1].line() == "2019年7月1日 09:00 李四：【销号】销号日期 （空） → 2019年7月1日"
    assert cn_datetime("2019-06-30") == "2019年6月30日"
    percent = [{"action_id": 9, "at": "2019-07-02T09:00:00", "who": "王五", "summary": "导入：天山区.xlsx",
                "verb": "import", "table_name": "report", "row_id": 4, "op": "update",
                "field": "percent", "old": "20", "new": "60"}]
    (entry,) = build_entries(percent, {4: "2019-06"})
    assert entry.body().endswith("【导入：天山区.xlsx】2019年6月完成进度 20% → 60%") or \
        entry.body() == "【导入：天山区.xlsx】2019年6月Progress % 20% → 60%"
    assert entry.body(one_per_line=True).splitlines()[0] == "导入：天山区.xlsx"


def test_welcome_builds_and_opens_the_demo_in_the_background(qtbot, window, tmp_path,  # noqa: F811
                                                            monkeypatch):
    from tracker.ui.welcome import WelcomeDialog

    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path / "data"))
    dialog = WelcomeDialog(window, first_start=True)
    qtbot.addWidget(dialog)
    dialog.open_demo()
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30000)
    assert dialog.task.error is None
    assert window.ws.path == tmp_path / "data" / "demo.sqlite"
    assert window.model.total_count() == 105 and window.is_demo()


def test_fonts_are_chinese_families():
    app = QApplication.instance()
    before = QFont(app.font())
    try:
        assert ui_app.create_app() is app
        families = app.font().families()
        assert families[0] in (*ui_app.LINUX_FAMILIES, *ui_app.WINDOWS_FAMILIES)
        assert "WenQuanYi Micro Hei" in families  # bundled or installed: never JP glyphs
    finally:
        app.setFont(before)


def test_translators_load_ours_and_qtbase():
    app = QApplication.instance()
    try:
        loaded = ui_app.install_translators(app, "zh_CN")
        assert "qtbase_zh_CN.qm" in loaded and "tracker_zh_CN.qm" in loaded
        assert ui_app.install_translators(app, "en") == []
    finally:
        ui_app.remove_translators(app)


def test_the_default_locale_follows_the_language_unless_the_start_sets_it_later():
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    try:
        ui_app.install_translators(app, "zh_CN")
        assert QLocale().language() == QLocale.Language.Chinese
        ui_app.install_translators(app, "en", set_locale=False)
        assert QLocale().language() == QLocale.Language.Chinese  # the window's start: later
        ui_app.set_default_locale("en")
        assert QLocale().language() == QLocale.Language.English
    finally:
        ui_app.remove_translators(app)
        ui_app.set_default_locale("zh_CN")


def test_exception_hook_logs_and_says_it_calmly(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    handlers = list(root.handlers)
    saved = sys.excepthook
    try:
        ui_app.install_excepthook(show_dialog=False)
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
        for h in root.handlers[:]:
            if h not in handlers:
                h.close()
                root.removeHandler(h)
    err = capsys.readouterr().err
    assert "意外错误" in err and "Traceback" not in err
    log = (tmp_path / "logs" / "tracker.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log


def test_a_log_file_that_cannot_be_opened_does_not_stop_the_error_dialog(tmp_path,
                                                                          monkeypatch):
    """A read-only log (a portable copy on a CD, an unwritable data/logs): no log, no crash."""
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    (tmp_path / "logs" / "tracker.log").mkdir(parents=True)  # cannot be opened as a file
    assert ui_app._log_to_file() is None
