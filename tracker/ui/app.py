"""The QApplication: fonts that never fall back to Japanese glyphs or boxes, translators
(ours + Qt's own qtbase), and the global exception hook (a calm message, details in the log)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from tracker import APP_ID, APP_NAME, __version__
from tracker.resources import resource_path

WINDOWS_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "SimSun")
LINUX_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")
BUNDLED_FAMILIES = {"wqy-microhei.ttc": "WenQuanYi Micro Hei"}  # resources/fonts: file → family
_translators: list[QTranslator] = []
log = logging.getLogger("tracker.ui")


def create_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (an existing one is reused, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        args = list(argv if argv is not None else sys.argv[:1])
        if sys.platform.startswith("linux") and "-style" not in args:
            # one look on every Linux desktop; as an argument rather than setStyle(), which
            # hands back a QStyle and so builds PySide6's QStyle type (~10 ms of start-up)
            args += ["-style", "Fusion"]
        app = QApplication(args)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PolicyTracker")
    icon = resource_path("icons", "tracker.png")
    if icon.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    setup_fonts(app)
    return app


def register_report_font_here() -> None:
    """Reports render in worker threads, and Qt registers application fonts on the GUI thread
    only: the report window calls this (on the GUI thread) before it starts a report job. Once
    registered it returns at once; a missing font is reported when the report is made."""
    try:
        from tracker.reports.render_fonts import register_report_font

        register_report_font()
    except Exception:  # noqa: BLE001
        pass


def font_families() -> list[str]:
    """Installed CJK families in order of preference (the bundled font is registered first)."""
    bundled: list[str] = []
    registered = False
    installed = set(QFontDatabase.families())
    fonts = resource_path("fonts")
    if fonts.is_dir():
        for file in sorted(fonts.iterdir()):
            if BUNDLED_FAMILIES.get(file.name) in installed:  # the same font is installed
                bundled.append(BUNDLED_FAMILIES[file.name])
                continue
            if file.suffix.lower() in (".ttf", ".ttc", ".otf"):
                font_id = QFontDatabase.addApplicationFont(str(file))
                if font_id >= 0:
                    bundled += QFontDatabase.applicationFontFamilies(font_id)
                    registered = True
    wanted = WINDOWS_FAMILIES if sys.platform == "win32" else LINUX_FAMILIES
    available = set(QFontDatabase.families()) if registered else installed
    ordered = [f for f in (*wanted, *bundled, *LINUX_FAMILIES, *WINDOWS_FAMILIES)
               if f in available]
    return list(dict.fromkeys(ordered))


def setup_fonts(app: QApplication) -> None:
    families = font_families()
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies(families)
    if font.pointSizeF() < 9:
        font.setPointSizeF(9.5)
    app.setFont(font)


def translation_files(lang: str) -> list[Path]:
    """Our compiled translations for ``lang`` (every ``tracker*_<lang>.qm``)."""
    folder = resource_path("i18n")
    if lang == "en" or not folder.is_dir():
        return []
    return sorted(folder.glob(f"tracker*_{lang}.qm"))


def remove_translators(app: QCoreApplication) -> None:
    for tr in _translators:
        app.removeTranslator(tr)
    _translators.clear()


def install_translators(app: QCoreApplication, lang: str, *, set_locale: bool = True
                        ) -> list[str]:
    """Replace the installed translators; returns the files loaded. English loads none of ours
    (the source strings are English). The default QLocale (month and day names in the date
    editors of the dialogs) follows the language; the window's start passes
    ``set_locale=False`` and calls :func:`set_default_locale` once the main window is painted:
    building PySide6's QLocale type (its Language, Country and Script enums, some 800 members)
    costs start-up time, and the main window shows no locale-formatted value."""
    remove_translators(app)
    if set_locale:
        set_default_locale(lang)
    loaded: list[str] = []
    if lang == "en":
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [Path(qt_dir) / f"qtbase_{lang}.qm", *translation_files(lang)]
    for file in candidates:
        tr = QTranslator(app)
        if file.exists() and tr.load(str(file)):
            app.installTranslator(tr)
            _translators.append(tr)
            loaded.append(file.name)
    return loaded


def set_default_locale(lang: str) -> None:
    from PySide6.QtCore import QLocale

    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


# ---------------------------------------------------------------- exception hook


def _log_to_file() -> Path | None:
    from tracker.paths import log_path

    try:
        path = log_path()
    except OSError:
        return None
    root = logging.getLogger()
    target = str(Path(path).resolve())
    if not any(isinstance(h, logging.FileHandler) and h.baseFilename == target
               for h in root.handlers):
        try:
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:  # a read-only log file or folder: the error dialog still shows
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def install_excepthook(show_dialog: bool = True) -> None:
    """Any exception that reaches the event loop: log it, show a calm message, keep running.
    The database stays consistent because every write is one transaction."""
    if QApplication.instance() is not None:  # the log file is opened after the first paint
        from PySide6.QtCore import QTimer

        QTimer.singleShot(500, _log_to_file)
    else:
        _log_to_file()

    def hook(exc_type, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook signature
        from PySide6.QtWidgets import QMessageBox

        from tracker.errors import TrackerError
        from tracker.messages import render

        log_file = _log_to_file()  # idempotent: the handler is added once
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, TrackerError):
            text, icon = exc.message(), QMessageBox.Icon.Warning
            log.info("refused: %s %s", exc.code, exc.data)
        else:
            text = render("unexpected", log=str(log_file or "tracker.log"))
            icon = QMessageBox.Icon.Critical
            log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc,
                                                                                  tb)))
        print(text, file=sys.stderr)
        if show_dialog and QApplication.instance() is not None:
            box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok,
                              QApplication.activeWindow())
            box.exec()

    sys.excepthook = hook


# ---------------------------------------------------------------- windows and language

open_windows: list = []  # keeps the Python objects of top-level windows alive


def show_main_window(ws, settings):  # noqa: ANN001, ANN201
    from tracker.ui.main_window import MainWindow

    window = MainWindow(ws, settings)
    open_windows.append(window)
    window.show()
    return window


def switch_language(window, lang: str):  # noqa: ANN001, ANN201
    """Install the translators for ``lang`` and replace ``window`` by a new one on the same
    database (every text is built again in the new language)."""
    settings = window.settings
    settings.language = lang
    window.save_window_state()
    install_translators(QApplication.instance(), lang)
    window.handing_over = True
    new = show_main_window(window.ws, settings)
    window.close()
    if window in open_windows:
        open_windows.remove(window)
    window.deleteLater()
    return new
