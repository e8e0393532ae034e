"""导入分解表: choose a file, read it in the background, show the preview (per row the measure,
unit, role, deadline, action and the change: 新增 / 修改 / 无变化 / 无法对应 / 待确认 / 文件未列出,
old → new),
let the user untick rows, then accept in the background as one batch (undone from 撤销导入).
Nothing is written before "Import"."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.paths import output_start_dir, shown_name
from tracker.ui.background import run_in_background
from tracker.ui.breakdown_rows_model import COLUMNS, BreakdownRowsModel, ChangedRowsFilter
from tracker.ui.excel_actions import IMPORT_FILTER, error_text
from tracker.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

translate = QCoreApplication.translate
WIDTHS = {"include": 44, "where": 116, "measure": 200, "unit": 110, "role": 56, "deadline": 100,
          "action": 150, "change": 84, "old_new": 200}


def batch_state_text(counts: dict) -> str:
    """How a breakdown batch reads in the 撤销导入 list."""
    text = translate("BreakdownImport", "Breakdown: %1 new, %2 changed").replace(
        "%1", str(counts.get("new", 0))).replace("%2", str(counts.get("update", 0)))
    if counts.get("removed"):
        text += translate("BreakdownImport", ", %1 removed").replace("%1", str(counts["removed"]))
    return text


def import_breakdown(win: MainWindow, path: Path | str | None = None) -> Any:
    """报送 → 导入分解表: read the file in the background, then open the preview."""
    from tracker.services.breakdown_import import preview_breakdown

    title = translate("BreakdownImport", "Import breakdown")
    policy_id = win.policy_id()
    if policy_id is None:
        QMessageBox.information(win, title, translate(
            "BreakdownImport", "There is no policy in this database to break down."))
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(win, title, str(output_start_dir(win.ws.path)),
                                                IMPORT_FILTER)
        if not chosen:
            return None
        path = chosen
    name = str(path)

    def job(ws, _ctl):  # noqa: ANN001, ANN202 - background job (reads only)
        yield 0, 0, Path(name).name
        return preview_breakdown(ws, name, policy_id)

    def show(preview: Any) -> None:
        dialog = BreakdownPreviewDialog(win, preview)
        win.excel_actions.preview_dialog = dialog
        dialog.accepted.connect(win.refresh_data)
        dialog.open()

    win.excel_actions.task = run_in_background(
        win, translate("BreakdownImport", "Reading the breakdown…"), job, db_path=win.ws.path,
        who=win.ws.who, on_done=show,
        on_error=lambda exc: QMessageBox.warning(win, title, error_text(exc)))
    return win.excel_actions.task


class BreakdownPreviewDialog(QDialog):
    def __init__(self, window: MainWindow, preview: Any, parent: QWidget | None = None) -> None:
        from tracker.db.queries import get_policy, measures

        super().__init__(parent or window)
        self.setObjectName("breakdownPreview")
        self.window_ = window
        self.preview = preview
        self.task: Any = None
        self.batch_id: int | None = None
        self.setWindowTitle(self.tr("Breakdown import preview"))
        db = window.ws.db
        policy = get_policy(db, preview.policy_id) or {}
        titles = {m["id"]: m["title"] for m in measures(db, preview.policy_id)}

        self.head = QLabel(self)
        self.head.setObjectName("breakdownHead")
        self.head.setWordWrap(True)
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.rows_model = BreakdownRowsModel(preview.changes, titles, self)
        self.shown = ChangedRowsFilter(self.rows_model, self)
        self.rows = QTableView(self)
        self.rows.setObjectName("breakdownRows")
        self.rows.setModel(self.shown)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(False)
        for col, key in enumerate(COLUMNS[:-1]):
            self.rows.setColumnWidth(col, WIDTHS[key])
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.row_detail = QLabel(self)
        self.row_detail.setObjectName("breakdownRowDetail")
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide_same = QCheckBox(self.tr("Hide unchanged rows"), self)
        self.hide_same.setObjectName("hideUnchanged")
        self.summary = QLabel(self)
        self.summary.setObjectName("breakdownSummary")
        self.accept_button = QPushButton(self.tr("Import"), self)
        self.accept_button.setObjectName("acceptBreakdown")
        self.accept_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)

        bottom = QHBoxLayout()
        bottom.addWidget(self.hide_same)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.head)
        lay.addWidget(self.rows, 1)
        lay.addWidget(self.row_detail)
        lay.addLayout(bottom)
        fit_to_screen(self, 1280, 720)

        self.rows_model.includeToggled.connect(lambda *_: self._update_summary())
        self.rows.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        self.hide_same.toggled.connect(self.shown.set_hide_same)
        self.hide_same.setChecked(any(c.change == "same" for c in preview.changes))
        self.accept_button.clicked.connect(self.accept_import)
        self.cancel_button.clicked.connect(self.reject)
        self._fill_head(policy.get("short_title") or policy.get("title") or "")
        self._update_summary()

    # ------------------------------------------------------------ showing
    def _fill_head(self, policy: str) -> None:
        parsed = self.preview.parsed
        name = shown_name(Path(parsed.path).name)
        lines = [f"<b>{name}</b> → {policy}"]
        if parsed.outcome != "ok":
            problem = parsed.error.message() if parsed.error else ""
            refused = self.tr("Not imported:")
            lines.append(f"<span style='color:#b03a2e'>{refused} {problem}</span>")
        else:
            counts = Counter(c.change for c in self.preview.changes)
            parts = [f"{self.rows_model.change_label(k)} {v}" for k, v in counts.items()]
            lines.append(self.tr("%1 rows: %2").replace(
                "%1", str(len(self.preview.changes))).replace("%2", "，".join(parts)))
        lines += [f"<span style='color:#9a6700'>⚠ {w.message()}</span>"
                  for w in parsed.warnings]
        self.head.setText("<br>".join(lines))

    def _show_row(self) -> None:
        c = self.rows_model.change(self.shown.mapToSource(self.rows.currentIndex()).row())
        if c is None:
            self.row_detail.clear()
            return
        e = c.entry
        lines = [f"{self.rows_model.where(c)}：{self.rows_model.measure_text(c)}"]
        if e.action_text:
            lines.append(self.tr("Action: %1").replace("%1", e.action_text))
        change = self.rows_model.old_new(c)
        if change:
            lines.append(change)
        lines += [f"⚠ {w.message()}" for w in e.warnings]
        self.row_detail.setText("\n".join(lines))

    def _update_summary(self) -> None:
        todo = self.preview.writable if self.preview.parsed.outcome == "ok" else []
        counts = Counter(c.writes for c in todo)  # a ticked 待确认 row writes as new or update
        if todo:
            text = self.tr("To write: %1 new, %2 changed").replace(
                "%1", str(counts["new"])).replace("%2", str(counts["update"]))
            if counts["remove"]:
                text += self.tr(", %1 removed").replace("%1", str(counts["remove"]))
        elif self.preview.parsed.outcome == "ok":
            text = self.tr("Nothing to write.")
        else:
            text = ""
        self.summary.setText(text)
        self.accept_button.setEnabled(bool(todo))

    # ------------------------------------------------------------ accepting
    def accept_import(self) -> Any:
        from tracker.services.breakdown_import import accept_breakdown

        preview = self.preview

        def job(ws, _ctl):  # noqa: ANN001, ANN202 - background job, one transaction
            yield 0, 0, shown_name(Path(preview.parsed.path).name)
            return accept_breakdown(ws, preview)

        self.setEnabled(False)
        self.task = run_in_background(self, self.tr("Importing the breakdown…"), job,
                                      db_path=self.window_.ws.path, who=self.window_.ws.who,
                                      on_done=self._done, on_error=self._failed,
                                      on_cancel=lambda: self.setEnabled(True))
        return self.task

    def _done(self, batch: int | None) -> None:
        self.batch_id = batch
        counts = Counter(c.writes for c in self.preview.writable)
        text = self.tr("Breakdown imported (batch %1): %2 new, %3 changed.").replace(
            "%1", str(batch)).replace("%2", str(counts["new"])).replace(
            "%3", str(counts["update"]))
        if counts["remove"]:
            text += self.tr("Assignments removed: %1.").replace("%1", str(counts["remove"]))
        self.window_.statusBar().showMessage(text, 10000)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import breakdown"), error_text(exc))
