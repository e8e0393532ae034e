"""Starting the window: `tracker` with no verb, or the gui-script `tracker-gui`.

With no display on Linux it says so in one Chinese line (pointing to the command-line verbs)
and exits 2 instead of Qt's abort; ``--self-test`` switches to the offscreen platform itself.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path


def no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def window_args(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(database, self-test) when ``argv`` holds only the window's own options — `tracker`,
    `tracker --db PATH`, `tracker --self-test` — so `python -m tracker` opens the window without
    loading every command-line verb (tracker/__main__.py) or argparse; None for anything else."""
    db: str | None = None
    self_test = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--self-test":
            self_test, i = True, i + 1
        elif arg.startswith("--db=") and len(arg) > 5:
            db, i = arg[5:], i + 1
        elif arg == "--db" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            db, i = argv[i + 1], i + 2
        else:
            return None
    return db, self_test


def window_only_args(argv: Sequence[str]) -> bool:
    return window_args(argv) is not None


def _import_core_first() -> None:
    """Import the window's Qt-free modules before PySide6: once loaded, PySide6 reads the source
    of every module imported after it (``shibokensupport.feature`` looks for
    ``from __feature__ import``), which costs start-up time per module."""
    import tracker.db.browse  # noqa: F401
    import tracker.db.history_queries  # noqa: F401
    import tracker.db.queries  # noqa: F401
    import tracker.deadlines  # noqa: F401
    import tracker.paths  # noqa: F401
    import tracker.services.status  # noqa: F401
    import tracker.services.workspace  # noqa: F401
    import tracker.workdays  # noqa: F401

    try:
        import chinese_calendar  # noqa: F401 - the due day of the period, for the first lights
    except ImportError:  # pragma: no cover - workdays falls back to Monday–Friday
        pass


def run_gui(db: str | None = None, self_test: bool = False) -> int:
    # Start-up allocates tens of thousands of long-lived objects (modules, classes, PySide6's
    # enum types) and no garbage cycles worth collecting: the cyclic collector is paused until
    # the main window is on screen (re-enabled on the event loop's first turn, or on return).
    gc.disable()
    try:
        return _start(db, self_test)
    finally:
        gc.enable()


def _start(db: str | None, self_test: bool) -> int:
    if no_display():
        if not self_test:
            from tracker.messages import render

            print(render("no_display"), file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _import_core_first()
    import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, made faster next

    from tracker.ui import pyside_hook

    pyside_hook.install()
    from tracker.paths import default_db_path
    from tracker.ui.app import create_app, install_excepthook, install_translators
    from tracker.ui.user_settings import UserSettings

    path = Path(db) if db else default_db_path()
    app = create_app()
    settings = UserSettings()
    install_translators(app, settings.language, set_locale=self_test)
    if self_test:
        from tracker.ui.self_test import run_self_test

        install_excepthook(show_dialog=False)
        return run_self_test(path, settings)
    install_excepthook(show_dialog=True)
    return _run_window(app, path, settings)


def _run_window(app, path: Path, settings) -> int:  # noqa: ANN001
    from PySide6.QtCore import QTimer

    from tracker import APP_NAME
    from tracker.errors import TrackerError
    from tracker.ui.app import show_main_window
    from tracker.ui.file_actions import open_for_window

    try:
        ws = open_for_window(path, settings.operator)
    except TrackerError as exc:
        from PySide6.QtWidgets import QMessageBox

        from tracker.ui.damaged_restore import offer_restore
        from tracker.ui.file_actions import PROGRAM

        restored = exc.code in ("db_damaged", "db_not_sqlite") and \
            offer_restore(path, settings.operator, PROGRAM)  # only with a backup of that name
        try:
            if not restored:
                raise exc
            ws = open_for_window(path, settings.operator)
        except TrackerError as final:
            QMessageBox.critical(None, APP_NAME, final.message())
            return final.exit_code or 2
    window = show_main_window(ws, settings)
    if os.environ.get("TRACKER_EXIT_AFTER_PAINT"):  # start-up benchmark hook
        QTimer.singleShot(0, lambda: _exit_after_paint(app, window))
        return app.exec()
    QTimer.singleShot(0, lambda: _after_first_paint(window, settings.language))
    from tracker.ui.navigator import warm_up_pinyin

    QTimer.singleShot(1500, warm_up_pinyin)
    for text in startup_warnings(ws.info, ws.path):  # said once the window is on screen
        from PySide6.QtWidgets import QMessageBox

        QTimer.singleShot(200, lambda text=text: QMessageBox.warning(window, APP_NAME, text))
    if not settings.welcome_shown:
        settings.welcome_shown = True
        QTimer.singleShot(300, lambda: _welcome(window))
    return app.exec()


def startup_warnings(info, path) -> list[str]:  # noqa: ANN001
    """What the window says about the database it opened: on a network drive, the day's
    integrity check failed (so no backup was made), the file is read-only, or the day's
    backup could not be written."""
    from tracker.messages import render

    return [render(code, path=str(path), detail=getattr(info, "backup_failed", ""))
            for flag, code in (
                (info.network_drive, "db_network_drive"),
                (info.damaged, "db_damaged_no_backup"),
                (getattr(info, "read_only_file", False), "db_read_only_file"),
                (getattr(info, "backup_failed", ""), "db_backup_failed")) if flag]


def _after_first_paint(window, language: str) -> None:  # noqa: ANN001
    """What the first screen does not need, once it is on screen: the default QLocale for the
    dialogs' date editors, and the cyclic garbage collector (paused while starting)."""
    from tracker.ui.app import set_default_locale

    window.repaint()
    set_default_locale(language)
    gc.enable()


def _exit_after_paint(app, window) -> None:  # noqa: ANN001
    """Bench hook: the window with its first page of rows has been painted; say so, close the
    window (its layout is saved, the database closed and its lock released) and end the process
    at once, as bench/bare_window.py does: the bench times start to first paint, not the
    interpreter's teardown."""
    window.repaint()
    rows = window.model.rowCount()
    print(f"first-paint rows={rows} total={window.model.total_count()}", file=sys.stderr,
          flush=True)
    window.close()
    app.quit()
    sys.stdout.flush()
    os._exit(0)


def _welcome(window) -> None:  # noqa: ANN001
    from tracker.ui.welcome import WelcomeDialog

    WelcomeDialog(window, first_start=True).exec()


def main(argv: Sequence[str] | None = None) -> int:
    """The gui-script `tracker-gui [--db PATH] [--self-test]`."""
    from tracker.console import use_utf8_output

    use_utf8_output()
    argv = sys.argv[1:] if argv is None else argv
    simple = window_args(argv)
    if simple is not None:  # the usual start: no argparse to import
        return run_gui(db=simple[0], self_test=simple[1])
    import argparse

    parser = argparse.ArgumentParser(prog="tracker-gui", description="政策落实跟踪（图形窗口）")
    parser.add_argument("--db", metavar="路径", help="数据库文件（默认：用户数据文件夹中的 "
                                                     "tracker.sqlite）")
    parser.add_argument("--self-test", action="store_true",
                        help="打开主窗口、载入数据并核对表格与统计后退出")
    args = parser.parse_args(argv)
    return run_gui(db=args.db, self_test=args.self_test)


if __name__ == "__main__":
    sys.exit(main())
