"""The detail panel for the selected assignment: the measure, the unit's action, deadline and
延期 history, every period's report, review state, change history; and the buttons that act on
it (录入进展, 延期, 审核, 销号, 打印/导出此历史). Writes go through the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.db.queries import extensions, find_report, get_row, reports_of_assignment
from tracker.deadlines import format_cn_datetime as cn_datetime
from tracker.periods import period_label
from tracker.services.workspace import Workspace
from tracker.ui.value_labels import review_label, role_label, status_label

if TYPE_CHECKING:
    from tracker.ui.history_text import HistoryEntry


EDIT_LINK = "tracker:edit-assignment"


def esc(text: str) -> str:
    """HTML-escaped text (the html module is imported on the first detail shown, not at
    start-up: with its entity table it costs ~2.5 ms)."""
    import html

    return html.escape(text)


class DetailPanel(QWidget):
    changed = Signal()  # something was written (the window refreshes)

    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.assignment_id: int | None = None
        self.period: str | None = None
        self._report_id: int | None = None
        self._closed = False
        self._item_name = {"code": "", "unit": ""}

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.entry_button = QPushButton(self.tr("Enter progress…"), self)
        self.extend_button = QPushButton(self.tr("Extend…"), self)
        self.review_button = QPushButton(self.tr("Review…"), self)
        self.close_button = QPushButton(self.tr("Close item"), self)
        self.close_button.setObjectName("closeItemButton")
        self.history_button = QToolButton(self)
        self.history_button.setText(self.tr("Print / export history"))
        self.history_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.history_button)
        menu.addAction(self.tr("Print…"), self.print_history)
        menu.addAction(self.tr("Export to Excel…"), self.export_history)
        self.history_button.setMenu(menu)

        self.overview = QTextBrowser(self)
        self.overview.setObjectName("detailOverview")
        self.overview.setOpenLinks(False)  # the 修改… link opens the edit dialog
        self.overview.anchorClicked.connect(
            lambda url: self.edit_assignment() if url.toString() == EDIT_LINK else None)
        self.reports = QTextBrowser(self)
        self.reports.setObjectName("detailReports")
        self.history = QTextBrowser(self)
        self.history.setObjectName("detailHistory")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.reports, self.tr("Reports"))
        self.tabs.addTab(self.history, self.tr("History"))

        buttons = QHBoxLayout()
        for b in (self.entry_button, self.extend_button, self.review_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(buttons)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.history_button)

        self.entry_button.clicked.connect(self.enter_progress)
        self.extend_button.clicked.connect(self.extend)
        self.review_button.clicked.connect(self.review)
        self.close_button.clicked.connect(lambda: self.toggle_closed())
        self.show_assignment(None, None)

    # ------------------------------------------------------------ showing
    def show_assignment(self, assignment_id: int | None, period: str | None) -> None:
        self.assignment_id, self.period = assignment_id, period
        self.reload()

    def reload(self) -> None:
        ws = self._ws()
        a = get_row(ws.db, "assignment", self.assignment_id) if self.assignment_id else None
        for b in (self.entry_button, self.extend_button, self.review_button, self.close_button,
                  self.history_button):
            b.setEnabled(a is not None)
        if a is None:
            self._closed = False  # the button of no row says what it would do to one
            self._item_name = {"code": "", "unit": ""}
            self.close_button.setText(self.tr("Close item"))
            self.title.setText(self.tr("Select a row to see its details."))
            for view in (self.overview, self.reports, self.history):
                view.clear()
            return
        m = get_row(ws.db, "measure", a["measure_id"]) or {}
        t = get_row(ws.db, "task", m.get("task_id", 0)) or {}
        u = get_row(ws.db, "unit", a["unit_id"]) or {}
        self._closed = bool(a["closed_date"])
        self._item_name = {"code": m.get("code", ""), "unit": u.get("name", "")}
        self.close_button.setText(self.tr("Reopen") if self._closed else self.tr("Close item"))
        report = find_report(ws.db, a["id"], self.period) if self.period else None
        self._report_id = report["id"] if report else None
        self.review_button.setEnabled(report is not None)
        self.title.setText(f"{m.get('code', '')} {m.get('title', '')} — {u.get('name', '')}"
                           f"（{role_label(a['role'])}）")
        self.overview.setHtml(self._overview_html(ws, a, m, t, u, report))
        self.reports.setHtml(self._reports_html(self.report_rows()))
        self._fill_history(self.entries())

    def _fill_history(self, entries: list[HistoryEntry]) -> None:
        """Newest first; a line whose texts are shortened shows them whole as its tooltip (set
        on the text's format: an HTML title attribute would show quotes and & as entities)."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        doc = self.history.document()
        doc.clear()
        cursor = QTextCursor(doc)
        if not entries:
            cursor.insertText(self.tr("No changes recorded."))
            return
        for i, e in enumerate(reversed(entries)):
            if i:
                cursor.insertBlock()
            fmt = QTextCharFormat()
            if e.is_shortened():
                fmt.setToolTip(e.line(full=True))
            cursor.insertText(e.line(), fmt)
        self.history.moveCursor(QTextCursor.MoveOperation.Start)  # the newest change in view
        self.history.verticalScrollBar().setValue(0)

    def _overview_html(self, ws: Workspace, a: dict, m: dict, t: dict, u: dict,
                       report: dict | None) -> str:
        rows = [(self.tr("Task"), f"{t.get('seq', '')}. {t.get('title', '')}"),
                (self.tr("Measure"), m.get("description") or m.get("title", "")),
                (self.tr("Unit"), f"{u.get('name', '')}（{role_label(a['role'])}）"),
                (self.tr("Unit's action"), a["action_text"] or self.tr("(not filled in)")),
                (self.tr("Deadline"), a["deadline_text"] + (
                    f"（{cn_datetime(a['deadline_date'])}）" if a["deadline_date"] else ""))]
        if a["original_deadline_text"]:
            rows.append((self.tr("Original deadline"), a["original_deadline_text"]))
        if a["closed_date"]:
            rows.append((self.tr("Closed on"), cn_datetime(a["closed_date"])))
        if self.period:
            state = self.tr("No report this period")
            if report:
                state = f"{status_label(report['status'])} · {review_label(report['review_state'])}"
                # the note of a review, not an old return reason once the report was entered
                # again (待审核 again: the note is history, kept in the change log)
                if report["review_note"] and report["review_state"] != "待审核":
                    state += f"（{report['review_note']}）"
            rows.append((self.tr("Review") + f"（{period_label(self.period)}）", state))
        edit = (f"<br><a href='{EDIT_LINK}'>"  # under the action and the deadline
                f"{esc(self.tr('Edit…'))}</a>")
        editable = {self.tr("Unit's action"), self.tr("Deadline")}
        body = "".join(f"<tr><td style='color:#555;white-space:nowrap;padding-right:8px'>"
                       f"{esc(k)}</td><td>{esc(v).replace(chr(10), '<br>')}"  # lines kept
                       f"{edit if k in editable else ''}</td></tr>"
                       for k, v in rows)
        out = f"<table cellspacing='2'>{body}</table>"
        exts = extensions(ws.db, a["id"])
        if exts:
            heading, reason, approver = (self.tr("Extensions"), self.tr("Reason"),
                                         self.tr("Approved by"))
            out += f"<p><b>{esc(heading)}</b></p><ul>"
            for e in exts:
                out += (f"<li>{esc(cn_datetime(e['at']))}：{esc(e['old_text'])} → "
                        f"{esc(e['new_text'])}；{esc(reason)}：{esc(e['reason'])}；"
                        f"{esc(approver)}：{esc(e['approved_by'])}</li>")
            out += "</ul>"
        return out

    def report_rows(self) -> list[list[str]]:
        """Every period's report, newest first, as display strings."""
        if not self.assignment_id:
            return []
        out = []
        for r in reversed(reports_of_assignment(self._ws().db, self.assignment_id)):
            out.append([period_label(r["period"]), status_label(r["status"]),
                        "" if r["percent"] is None else f"{r['percent']}%", r["progress"],
                        r["problems"], r["next_steps"], review_label(r["review_state"]),
                        cn_datetime(r["reported_date"])])
        return out

    def _reports_html(self, rows: list[list[str]]) -> str:
        if not rows:
            return esc(self.tr("No reports yet."))
        parts = []
        reported, problems_label, steps_label = (self.tr("reported"), self.tr("Problems"),
                                                 self.tr("Next steps"))
        for period, status, pct, progress, problems, steps, review, when in rows:
            head = " · ".join(x for x in (period, status, pct, review) if x)
            parts.append(f"<p><b>{esc(head)}</b> <span style='color:#777'>"
                         f"{esc(reported)} {esc(when)}</span><br>{esc(progress)}")
            if problems:
                parts.append(f"<br><span style='color:#555'>{esc(problems_label)}："
                             f"</span>{esc(problems)}")
            if steps:
                parts.append(f"<br><span style='color:#555'>{esc(steps_label)}："
                             f"</span>{esc(steps)}")
            parts.append("</p>")
        return "".join(parts)

    def entries(self) -> list[HistoryEntry]:
        if not self.assignment_id:
            return []
        from tracker.services.history import assignment_trail
        from tracker.ui.history_text import words

        return assignment_trail(self._ws(), self.assignment_id, words())

    # ------------------------------------------------------------ actions
    def _after_dialog(self, dialog: Any) -> None:
        dialog.exec()
        self.reload()
        self.changed.emit()

    def enter_progress(self) -> None:
        from tracker.ui.dialogs.report_entry import ReportEntryDialog

        if self.assignment_id and self.period:
            self._after_dialog(ReportEntryDialog(self._ws, self._stack, self.assignment_id,
                                                 self.period, self))

    def extend(self) -> None:
        from tracker.ui.dialogs.extend_deadline import ExtendDeadlineDialog

        if self.assignment_id:
            self._after_dialog(ExtendDeadlineDialog(self._ws, self._stack, self.assignment_id,
                                                    self))

    def edit_assignment(self) -> None:
        """修改分解信息: the unit's action and a deadline entered wrongly at set-up."""
        from tracker.ui.dialogs.edit_assignment import EditAssignmentDialog

        if self.assignment_id:
            self._after_dialog(EditAssignmentDialog(self._ws, self._stack, self.assignment_id,
                                                    self))

    def review(self) -> None:
        from tracker.ui.dialogs.review import ReviewDialog

        if self._report_id:
            self._after_dialog(ReviewDialog(self._ws, self._stack, self._report_id, self))

    def toggle_closed(self, when: date | None = None) -> None:
        """销号 / 取消销号 as an undoable, logged command (a refusal is shown, not raised).
        销号 first asks for its effective date (today unless changed); ``when`` given (tests,
        scripts) asks nothing."""
        from tracker.services.assignments import close_assignment, reopen_assignment
        from tracker.ui.verb_runner import run_verb

        aid = self.assignment_id
        if not aid:
            return
        if not self._closed and when is None:
            from tracker.db.queries import get_row
            from tracker.ui.dialogs.close_item import ask_close_date

            row = get_row(self._ws().db, "assignment", aid) or {}
            start = row.get("start_date")
            when = ask_close_date("{code} {unit}".format(**self._item_name), self,
                                  date.fromisoformat(start[:10]) if start else None)
            if when is None:
                return
        # the undo step names its item, as every other step does ("撤销 销号 3.2 天山区")
        if self._closed:
            run_verb(self, self._stack, self._ws,
                     self.tr("Reopen {code} {unit}").format(**self._item_name),
                     lambda ws: reopen_assignment(ws, aid))
        else:
            run_verb(self, self._stack, self._ws,
                     self.tr("Close {code} {unit}").format(**self._item_name),
                     lambda ws: close_assignment(ws, aid, when))
        self.reload()
        self.changed.emit()

    def _title_text(self) -> str:
        return self.title.text()

    def export_history(self, path: str | None = None) -> str | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from tracker.errors import TrackerError
        from tracker.excel.template import safe_name_part
        from tracker.paths import fit_bytes, output_start_dir
        from tracker.ui.history_export import export_xlsx

        if not self.assignment_id:
            return None
        if path is None:
            # a title may hold / or : (a folder, or no name at all on Windows)
            name = fit_bytes(safe_name_part(self._title_text())[:30], 120).rstrip(". ")
            start = output_start_dir(self._ws().path) / f"{name or 'history'}.xlsx"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export history"), str(start), self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        try:
            export_xlsx(path, self._title_text(), self.report_rows(), self.entries())
        except TrackerError as exc:  # open in Excel/WPS, a folder not writable
            QMessageBox.warning(self, self.tr("Export history"), exc.message())
            return None
        return path

    def print_history(self, printer: Any = None) -> bool:
        from tracker.ui.history_export import print_history

        if not self.assignment_id:
            return False
        return print_history(self, self._title_text(), self.report_rows(), self.entries(),
                             printer)
