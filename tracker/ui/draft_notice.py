"""Unsaved report drafts, said once when a database opens: a status-bar message and a button
(kept while drafts wait) whose menu opens each draft's 录入进展 form, which offers the draft
back. Drafts live in ``tracker.ui.drafts``; a draft of a deleted assignment is not listed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QToolButton

from tracker.db.queries import get_row
from tracker.deadlines import format_cn_date
from tracker.periods import period_label

if TYPE_CHECKING:
    from tracker.ui import drafts
    from tracker.ui.main_window import MainWindow

MESSAGE_MS = 20000


class DraftNotice(QToolButton):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("draftNotice")
        self.win = window
        self.folder: Path | None = None  # None: the user's drafts folder
        self._announced: set[str] = set()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.setMenu(QMenu(self))
        self.entries: list[tuple[drafts.DraftInfo, str]] = []
        self.hide()

    def _folder(self) -> Path:
        from tracker.ui import drafts  # hashlib and json: not on the start path

        return self.folder if self.folder is not None else drafts.default_drafts_dir()

    def refresh(self) -> int:
        """List the open database's drafts in the menu; returns how many."""
        db = self.win.ws.db
        self.entries = []
        from tracker.ui import drafts

        for info in drafts.drafts_for_database(self._folder(), self.win.ws.path):
            a = get_row(db, "assignment", info.assignment_id)
            if a is None:
                continue
            code = (get_row(db, "measure", a["measure_id"]) or {}).get("code", "")
            unit = (get_row(db, "unit", a["unit_id"]) or {}).get("name", "")
            when = f"{format_cn_date(info.saved_at.date())} {info.saved_at:%H:%M}"
            self.entries.append((info, self.tr("{code} {unit} · {period} · kept {when}").format(
                code=code, unit=unit, period=period_label(info.period), when=when)))
        menu = self.menu()
        menu.clear()
        for info, text in self.entries:
            menu.addAction(text, lambda info=info: self.open_draft(info))
        count = len(self.entries)
        self.setText(self.tr("Unsaved drafts: {n}").format(n=count))
        self.setToolTip(self.tr("Reports typed but not saved; choose one to go on typing"))
        self.setVisible(count > 0)
        return count

    def announce(self) -> None:
        """Once per database and session: say in the status bar that drafts wait."""
        count = self.refresh()
        key = str(self.win.ws.path)
        if count and key not in self._announced:
            self._announced.add(key)
            self.win.statusBar().showMessage(self.tr(
                "{n} unsaved report draft(s) from an earlier session: open them with the "
                "button on the right.").format(n=count), MESSAGE_MS)

    def open_draft(self, info: drafts.DraftInfo) -> None:
        """Show the draft's row in its period and open 录入进展 (it offers the draft)."""
        win = self.win
        win.set_period(info.period)
        win.drill_down({"assignment_id": info.assignment_id})
        if win.table.current_id() == info.assignment_id:
            win.detail.enter_progress()
        self.refresh()
