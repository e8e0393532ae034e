"""A database that cannot be opened because it is damaged: offer its newest sound backup.

Asked when the window starts on such a file and when 文件 → 打开 picks one. The damaged file is
not deleted: ``tracker.db.backup.restore_damaged`` moves it into ``backups/`` and records the
restore (who, which backup) in the restored database, under the database's lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def translate(text: str) -> str:
    return QCoreApplication.translate("DamagedRestore", text)


def _ask(parent, title: str, text: str) -> bool:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    restore = box.addButton(translate("Restore from the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Do not restore"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def _told(parent, title: str, text: str) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def offer_restore(path: Path, who: str, program: str, parent=None,  # noqa: ANN001
                  ask: Callable[..., bool] = _ask, told: Callable[..., None] = _told) -> bool:
    """True when ``path`` was restored from its newest sound backup (the user agreed)."""
    from tracker import APP_NAME
    from tracker.db import backup
    from tracker.db.lock import DbLock
    from tracker.errors import TrackerError

    path = Path(path)
    src = backup.newest_sound_backup(path)
    if src is None:
        return False
    made = backup.backup_time(src)
    question = translate(
        "The database %1 is damaged and cannot be opened.\n\nRestore it from the automatic "
        "backup made %2? Whatever was entered after that backup is not in it.\n\n"
        "The damaged file is kept in the backups folder beside the database.").replace(
        "%1", path.name).replace("%2", made)
    if not ask(parent, APP_NAME, question):
        return False
    try:
        with DbLock(path, program):
            aside = backup.restore_damaged(src, path, who=who)
    except TrackerError as exc:
        told(parent, APP_NAME, exc.message())
        return False
    told(parent, APP_NAME, translate("Restored from the backup made %1. The damaged file was "
                                     "kept in the folder:\n%2")
         .replace("%1", made).replace("%2", str(aside.parent)))
    return True
