"""Per-user window settings in one typed place (QSettings, INI format, never pickled).

Location: the ``path`` given to the constructor (tests pass a tmp file); else
``$TRACKER_CONFIG_DIR/gui.ini``; else, when ``TRACKER_NO_USER_DATA`` is set (tests, self-test
subprocesses), a throw-away file in a temp folder; else Qt's per-user location.
Per-database settings (office name, due day…) live in the database, not here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")
MAX_RECENT = 8


def default_location() -> str | None:
    folder = os.environ.get("TRACKER_CONFIG_DIR")
    if folder:
        return str(Path(folder) / "gui.ini")
    if os.environ.get("TRACKER_NO_USER_DATA"):
        import atexit
        import shutil

        folder = tempfile.mkdtemp(prefix="tracker-gui-")
        atexit.register(shutil.rmtree, folder, True)
        return str(Path(folder) / "gui.ini")
    from tracker.paths import portable_data_dir

    portable = portable_data_dir()
    if portable is not None:  # portable mode: the settings travel with the data folder
        return str(portable / "gui.ini")
    return None


class UserSettings:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        location = str(path) if path is not None else default_location()
        if location is not None:
            self.qs = QSettings(location, QSettings.Format.IniFormat)
        else:
            self.qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                "PolicyTracker", "tracker-gui")

    # ------------------------------------------------------------ plain values
    def _str(self, key: str, default: str = "") -> str:
        value = self.qs.value(key, default)
        return str(value) if value is not None else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def operator(self) -> str:
        name = self._str("user/operator").strip()
        if name:
            return name
        from tracker import usersettings
        from tracker.services.workspace import default_operator

        return usersettings.load().get("operator") or default_operator()

    @property
    def operator_chosen(self) -> str:
        """The name the user gave (empty when the login name stands in for it)."""
        return self._str("user/operator").strip()

    @operator.setter
    def operator(self, name: str) -> None:
        self.qs.setValue("user/operator", name.strip())
        # the command line logs its changes under the same person (its own small JSON file)
        from tracker import usersettings

        try:
            usersettings.save({**usersettings.load(), "operator": name.strip()})
        except OSError:  # a read-only config folder: the window's own setting still holds
            pass

    @property
    def language(self) -> str:
        lang = self._str("user/language", "zh_CN")
        return lang if lang in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, lang: str) -> None:
        self.qs.setValue("user/language", lang if lang in LANGUAGES else "zh_CN")

    @property
    def welcome_shown(self) -> bool:
        return self._str("user/welcome_shown", "false").lower() in ("true", "1")

    @welcome_shown.setter
    def welcome_shown(self, shown: bool) -> None:
        self.qs.setValue("user/welcome_shown", "true" if shown else "false")

    def period_for(self, db_path: Path | str) -> str | None:
        """The period last chosen for this database (None when never chosen)."""
        saved = self._str("period/" + _key(db_path))
        return saved or None

    def set_period_for(self, db_path: Path | str, period: str) -> None:
        self.qs.setValue("period/" + _key(db_path), period)

    # ------------------------------------------------------------ layout
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self.qs.setValue("window/geometry", data)

    def state(self, name: str) -> QByteArray | None:
        """Saved state of a named part: "window", "header", "splitter", "detail"…"""
        return self._bytes(f"layout/{name}")

    def set_state(self, name: str, data: QByteArray) -> None:
        self.qs.setValue(f"layout/{name}", data)

    def hidden_columns(self) -> list[str]:
        return [c for c in self._str("layout/hidden_columns").split(",") if c]

    def set_hidden_columns(self, keys: list[str]) -> None:
        self.qs.setValue("layout/hidden_columns", ",".join(keys))

    # ------------------------------------------------------------ the monthly report's choices
    def report_choices(self) -> dict[str, str]:
        """The report dialog's last choices ("report/…" keys), as plain strings."""
        self.qs.beginGroup("report")
        try:
            return {k: str(self.qs.value(k)) for k in self.qs.childKeys()
                    if self.qs.value(k) is not None}
        finally:
            self.qs.endGroup()

    def set_report_choices(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self.qs.setValue(f"report/{key}", str(value))

    # ------------------------------------------------------------ recent databases
    def recent(self) -> list[str]:
        raw = self._str("recent/files")
        return [p for p in raw.split("\n") if p]

    def add_recent(self, path: Path | str) -> list[str]:
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent() if p != text]
        self.qs.setValue("recent/files", "\n".join(items[:MAX_RECENT]))
        return items[:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.qs.setValue("recent/files", "\n".join(p for p in self.recent() if p != path))

    def sync(self) -> None:
        self.qs.sync()


def _key(db_path: Path | str) -> str:
    """16 hex digits naming a database file in the settings (zlib checksums: hashlib would load
    OpenSSL, ~3 ms of every start, for a key that guards nothing)."""
    import zlib

    data = str(Path(db_path).resolve()).encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"
