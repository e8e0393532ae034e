"""文件 menu: new, open, recent databases, backup, restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tracker.errors import TrackerError
from tracker.services.workspace import Workspace, open_workspace

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

PROGRAM = "窗口程序"
translate = QCoreApplication.translate
DB_FILTER = "SQLite (*.sqlite *.db *.sqlite3)"


def open_for_window(path: Path | str, who: str, create: bool = True) -> Workspace:
    """Open a database as the window does (locked, seeded when new). With ``create=False`` a
    missing file is refused (``db_missing``) instead of becoming a new, empty database."""
    if not create and not Path(path).exists():
        raise TrackerError("db_missing", exit_code=2, path=str(path))
    return open_workspace(path, who=who, program=PROGRAM)


class FileActions:
    def __init__(self, win: MainWindow) -> None:
        self.win = win

    def _folder(self) -> str:
        return str(self.win.ws.path.parent)

    def _refused(self, exc: TrackerError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.win, translate("FileActions", "Cannot open the database"), exc.message())

    def _missing(self, path: Path, exc: TrackerError) -> None:
        """The file is gone: say so, and offer to take it off the recent list (when it is on)."""
        from PySide6.QtWidgets import QMessageBox

        title = translate("FileActions", "Cannot open the database")
        listed = [p for p in self.win.settings.recent()
                  if p in (str(path), str(path.resolve()))]
        if not listed:
            QMessageBox.warning(self.win, title, exc.message())
            return
        answer = QMessageBox.question(
            self.win, title,
            exc.message() + "\n\n" + translate(
                "FileActions", "It may have been moved, renamed or deleted. "
                "Remove it from the list of recent databases?"))
        if answer == QMessageBox.StandardButton.Yes:
            for p in listed:
                self.win.settings.remove_recent(p)

    def new_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        path, _ = QFileDialog.getSaveFileName(self.win, translate("FileActions", "New database"),
                                              str(Path(self._folder()) / "新数据库.sqlite"),
                                              DB_FILTER)
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            QMessageBox.warning(self.win, translate("FileActions", "New database"),
                                translate("FileActions", "That file already exists. Use Open to open it."))
            return
        self.open_path(path, create=True)

    def open_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.win, translate("FileActions", "Open database"), self._folder(),
                                              DB_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, create: bool = False) -> bool:
        """Open ``path`` in this window. Only 新建数据库 creates a file (``create=True``); a
        missing file (a moved or deleted recent database) is refused with a message."""
        path = Path(path)
        if path.resolve() == self.win.ws.path.resolve():
            return True
        try:
            ws = open_for_window(path, self.win.settings.operator, create=create)
        except TrackerError as exc:
            if exc.code in ("db_damaged", "db_not_sqlite"):  # offered only with its backups
                from tracker.ui.damaged_restore import offer_restore

                if offer_restore(path, self.win.settings.operator, PROGRAM, self.win):
                    return self.open_path(path)
            if exc.code == "db_missing":
                self._missing(path, exc)
                return False
            self._refused(exc)
            if exc.code == "db_not_sqlite":
                self.win.settings.remove_recent(str(path.resolve()))
            return False
        self.win.set_workspace(ws)
        from tracker.gui_main import startup_warnings

        for text in startup_warnings(ws.info, ws.path):  # read-only, no backup today …
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.win, translate("FileActions", "Open database"), text)
        return True

    def backup(self) -> str | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from tracker.db import backup

        ws = self.win.ws
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        default = backup.backup_dir(ws.path) / f"{ws.path.stem}-{stamp}-manual.sqlite"
        path, _ = QFileDialog.getSaveFileName(self.win, translate("FileActions", "Back up the database"),
                                              str(default), DB_FILTER)
        if not path:
            return None
        dest = backup.backup_to(ws.db.conn, Path(path))
        QMessageBox.information(self.win, translate("FileActions", "Backup"),
                                translate("FileActions", "The database was backed up to:\n%1").replace("%1",
                                                                                  str(dest)))
        return str(dest)

    def restore(self, src: str | None = None, confirm: bool = True) -> bool:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from tracker.db import backup
        from tracker.db.connect import open_database

        ws = self.win.ws
        if src is None:
            src, _ = QFileDialog.getOpenFileName(self.win, translate("FileActions", "Restore from backup"),
                                                 str(backup.backup_dir(ws.path)), DB_FILTER)
            if not src:
                return False
        try:
            probe, _ = open_database(Path(src), readonly=True)  # refuses newer or foreign files
            probe.close()
            backup.check_backup(Path(src))  # damaged, or another program's SQLite file
        except TrackerError as exc:
            self._refused(exc)
            return False
        if confirm and QMessageBox.question(
                self.win, translate("FileActions", "Restore from backup"),
                translate("FileActions", "Replace the current data with the backup?\nThe current database is "
                    "backed up first.")) != QMessageBox.StandardButton.Yes:
            return False
        saved = backup.make_backup(ws.db.conn, ws.path, "before-restore")
        lock, ws.lock = ws.lock, None  # keep holding the lock while the file is replaced
        ws.db.close()
        failed: TrackerError | None = None
        try:
            backup.restore_from(Path(src), ws.path, who=ws.who, saved=saved)
        except TrackerError as exc:  # the current database was not touched: back to it
            failed = exc
        fresh = open_workspace(ws.path, who=ws.who, program=PROGRAM, lock=False)
        fresh.lock = lock
        self.win.set_workspace(fresh, close_old=False)
        if failed is not None:
            self._refused(failed)
            return False
        self.win.statusBar().showMessage(
            translate("FileActions", "Restored. The previous data was saved to %1").replace("%1", str(saved)), 10000)
        return True
