"""The import preview: per file and per row the match, confidence, old → new and warnings.
The user corrects a wrong match (measure or unit; a corrected unit name is remembered as an
alias), excludes rows or files, chooses whether to create missing assignments, gives a file
that does not say its month the month it is for (:mod:`tracker.ui.import_month`; the month is
shown as chosen by the user), then accepts.
Nothing is written before "Import"; accepting runs in the background in one transaction (a
Cancel leaves no batch and no change-log rows)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.db.queries import list_units, measures
from tracker.excel.results import render_problem
from tracker.paths import shown_name
from tracker.periods import period_label
from tracker.services.imports import looks_wrong
from tracker.ui import import_month
from tracker.ui.background import run_in_background
from tracker.ui.import_rows_model import ImportRowsModel
from tracker.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

FILE_ROLE = Qt.ItemDataRole.UserRole + 30


class ImportPreviewDialog(QDialog):
    def __init__(self, window: MainWindow, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("importPreview")
        self.window_ = window
        self.files: list[Any] = list(preview.files)
        # a file that may be the wrong one (another month, another unit's template, the same
        # file twice …) is shown with its warning and left unticked
        self.chosen: list[bool] = [fp.outcome == "ok" and not looks_wrong(fp)
                                   for fp in self.files]
        self.aliases: dict[str, tuple[int, str]] = {}  # written name → (unit id, alias)
        self.excluded: set[tuple[int, int]] = set()  # (file, row) the user unticked
        self.task: Any = None
        self.batches: list[int] = []
        self.setWindowTitle(self.tr("Import preview"))

        self.file_list = QListWidget(self)
        self.file_list.setObjectName("previewFiles")
        self.file_head = QLabel(self)
        self.file_head.setWordWrap(True)
        self.file_head.setTextFormat(Qt.TextFormat.RichText)
        self.file_head.setObjectName("previewFileHead")
        self.month_button = QPushButton(self.tr("Set the month…"), self)
        self.month_button.setObjectName("setMonth")
        self.month_button.setToolTip(self.tr("The file does not say which month it reports for: "
                                             "choose the month it is for."))
        self.rows_model = ImportRowsModel(self)
        self.rows = QTableView(self)
        self.rows.setObjectName("previewRows")
        self.rows.setModel(self.rows_model)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(False)
        header = self.rows.horizontalHeader()
        for col, width in enumerate((44, 96, 100, 48, 56, 84, 120, 76, 240, 300)):
            self.rows.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.row_detail = QLabel(self)
        self.row_detail.setObjectName("previewRowDetail")
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measure_button = QPushButton(self.tr("Choose measure…"), self)
        self.unit_button = QPushButton(self.tr("Choose unit…"), self)
        self.create_box = QCheckBox(self.tr("Create missing assignments (as responsible unit)"),
                                    self)
        self.create_box.setObjectName("createAssignments")
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.accept_button = QPushButton(self.tr("Import"), self)
        self.accept_button.setObjectName("acceptImport")
        self.accept_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.file_head, 1)
        head.addWidget(self.month_button, 0, Qt.AlignmentFlag.AlignTop)
        rl.addLayout(head)
        rl.addWidget(self.rows, 1)
        rl.addWidget(self.row_detail)
        fix = QHBoxLayout()
        fix.addWidget(QLabel(self.tr("Wrong match? Select the row, then:"), self))
        fix.addWidget(self.measure_button)
        fix.addWidget(self.unit_button)
        fix.addStretch(1)
        rl.addLayout(fix)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.file_list)
        split.addWidget(right)
        split.setSizes([270, 1000])
        bottom = QHBoxLayout()
        bottom.addWidget(self.create_box)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        bottom.addWidget(self.accept_button)
        bottom.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        fit_to_screen(self, 1280, 720)

        self.file_list.currentRowChanged.connect(self._show_file)
        self.file_list.itemChanged.connect(self._file_ticked)
        self.rows_model.includeToggled.connect(self._row_ticked)
        self.rows.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.measure_button.clicked.connect(self.choose_measure)
        self.month_button.clicked.connect(lambda: self.choose_month())
        self.unit_button.clicked.connect(self.choose_unit)
        self.create_box.toggled.connect(lambda _on: self._update_summary())
        self.accept_button.clicked.connect(self.accept_import)
        self.cancel_button.clicked.connect(self.reject)
        self._fill_files()
        first = next((i for i, fp in enumerate(self.files) if fp.outcome == "ok"), 0)
        self.file_list.setCurrentRow(first)

    # ------------------------------------------------------------ files
    def _file_text(self, fp: Any) -> str:
        name = shown_name(Path(fp.parsed.path).name)
        if import_month.lacks_month(fp):
            return name + "\n" + self.tr("Not imported: no month")
        if fp.outcome != "ok":
            return name + "\n" + self.tr("Not imported")
        counts: dict[str, int] = {}
        for r in fp.rows:
            # a row that would write but waits unticked (the same measure twice, a summary's row
            # beside the unit's own) is counted apart: it writes nothing unless ticked
            key = "waiting" if r.change in ("new", "update") and not r.include else r.change
            counts[key] = counts.get(key, 0) + 1
        parts = [f"{self.tr('To choose') if k == 'waiting' else self.rows_model.change_label(k)} {v}"
                 for k, v in counts.items()]
        who = fp.parsed.unit or self.tr("several units")
        return f"{name}\n{who} · {self._month(fp)} · {'，'.join(parts)}"

    def _month(self, fp: Any) -> str:
        """The file's month; one the user gave is said to be so (nothing silently re-dated)."""
        if not fp.parsed.period:
            return "?"
        when = period_label(fp.parsed.period)
        return self.tr("%1 (chosen by you)").replace("%1", when) \
            if import_month.month_given(fp) else when

    def _warnings(self, fp: Any) -> list[Any]:
        """The file's warnings but the one that is already its error (said once)."""
        error = fp.parsed.error
        return [w for w in fp.all_warnings
                if error is None or fp.outcome == "ok" or w.code != error.code]

    def _fill_files(self) -> None:
        self.file_list.blockSignals(True)
        self.file_list.clear()
        for i, fp in enumerate(self.files):
            item = QListWidgetItem(self._file_text(fp))
            item.setData(FILE_ROLE, i)
            if fp.outcome == "ok":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if self.chosen[i]
                                   else Qt.CheckState.Unchecked)
            else:
                item.setForeground(QBrush(QColor("#b03a2e" if fp.outcome == "error"
                                                 else "#888888")))
            if fp.outcome == "ok" and looks_wrong(fp):
                item.setText("⚠ " + item.text())
                item.setForeground(QBrush(QColor("#9a6700")))
            tips = [fp.parsed.message or ""] if fp.outcome != "ok" else []
            tips += [render_problem(w) for w in self._warnings(fp)]
            item.setToolTip("\n".join(t for t in tips if t))
            self.file_list.addItem(item)
        self.file_list.blockSignals(False)
        self._update_summary()

    def _file_ticked(self, item: QListWidgetItem) -> None:
        i = item.data(FILE_ROLE)
        self.chosen[i] = item.checkState() == Qt.CheckState.Checked
        self._update_summary()

    def current_file(self) -> int:
        item = self.file_list.currentItem()
        return item.data(FILE_ROLE) if item is not None else -1

    def _show_file(self, _row: int) -> None:
        i = self.current_file()
        if i < 0:
            self.rows_model.set_rows([])
            self.month_button.hide()
            return
        fp = self.files[i]
        p = fp.parsed
        lines = [f"<b>{escape(shown_name(Path(p.path).name))}</b>"]
        if fp.outcome != "ok":
            lines.append(f"<span style='color:#b03a2e'>{escape(p.message or '')}</span>")
        else:
            lines.append(escape(self.tr("Unit: %1 · Period: %2 · Format: %3").replace(
                "%1", p.unit or self.tr("several units")).replace(
                "%2", self._month(fp)).replace("%3", p.format or "")))
            if p.contact:  # 联系人：…　联系电话：… from the sign-off lines
                lines.append(escape(p.contact))
        if import_month.month_given(fp):
            lines.append("<span style='color:#1a5fb4'>{}</span>".format(escape(self.tr(
                "The file does not say which month it reports for: it is imported as %1, "
                "the month you chose.").replace("%1", period_label(p.period)))))
        lines += [f"<span style='color:#9a6700'>⚠ {escape(render_problem(w))}</span>"
                  for w in self._warnings(fp)]
        self.file_head.setText("<br>".join(lines))
        self.month_button.setVisible(import_month.lacks_month(fp)
                                     or import_month.month_given(fp))
        self.month_button.setText(self.tr("Change the month…") if import_month.month_given(fp)
                                  else self.tr("Set the month…"))
        self.rows_model.set_rows(fp.rows)
        self._update_buttons()

    # ------------------------------------------------------------ rows and corrections
    def _update_buttons(self) -> None:
        pr = self.rows_model.preview_row(self.rows.currentIndex().row())
        self.measure_button.setEnabled(pr is not None)
        self.unit_button.setEnabled(pr is not None)
        if pr is None:
            self.row_detail.clear()
            return
        lines = [f"{self.rows_model.where(pr)}：{pr.parsed.measure_as_written or ''}"]
        lines += [f"⚠ {render_problem(w)}" for w in pr.all_warnings]
        self.row_detail.setText("\n".join(lines))

    def _row_ticked(self, row: int, on: bool) -> None:
        i = self.current_file()
        pr = self.files[i].rows[row]
        if on:
            self.excluded.discard((i, row))
            if pr.change == "low_confidence":  # ticking a doubtful match confirms it
                pr.parsed.warnings = [w for w in pr.parsed.warnings
                                      if w.code != "low_confidence"]
                self.repreview(i)
        else:
            self.excluded.add((i, row))
        self._fill_file_item(i)
        self._update_summary()

    def repreview(self, i: int) -> None:
        """Compare file ``i`` with the database again after a correction (reads only)."""
        from tracker.services.imports import preview_file

        old = self.files[i]
        fresh = preview_file(self.window_.ws, old.parsed, old.policy_id)
        for r, pr in enumerate(fresh.rows):
            if (i, r) in self.excluded:
                pr.include = False
        self.files[i] = fresh
        keep = self.rows.currentIndex().row()
        self._show_file(-1)
        if keep >= 0:
            self.rows.selectRow(keep)
        self._fill_file_item(i)

    def _fill_file_item(self, i: int) -> None:
        for row in range(self.file_list.count()):
            item = self.file_list.item(row)
            if item.data(FILE_ROLE) == i:
                self.file_list.blockSignals(True)
                item.setText(self._file_text(self.files[i]))
                self.file_list.blockSignals(False)

    def choose_month(self, period: str | None = None) -> bool:
        """Give the current file (one that does not say its month) the month it is for, and
        preview it again with that month (reads only)."""
        i = self.current_file()
        if i < 0:
            return False
        fp = self.files[i]
        if not (import_month.lacks_month(fp) or import_month.month_given(fp)):
            return False
        if period is None:
            given = fp.parsed.period  # changing the month given before
            period = import_month.ask_month(
                self, [shown_name(Path(fp.parsed.path).name)], given,
                import_month.month_choices(self.window_, given)) if given else \
                import_month.ask_for(self, self.window_,
                                     [f for n, f in enumerate(self.files) if n != i], [fp])
            if period is None:
                return False
        fresh = import_month.read_with_month(self.window_.ws, [fp], period)
        import_month.put_back(self.files, fresh)
        self.excluded = {(f, r) for f, r in self.excluded if f != i}
        self.chosen[i] = self.files[i].outcome == "ok" and not looks_wrong(self.files[i])
        self._fill_files()
        self.file_list.setCurrentRow(self._list_row(i))
        self._show_file(-1)
        return True

    def _list_row(self, i: int) -> int:
        return next((r for r in range(self.file_list.count())
                     if self.file_list.item(r).data(FILE_ROLE) == i), -1)

    def choose_measure(self, code: str | None = None) -> bool:
        i, row = self.current_file(), self.rows.currentIndex().row()
        if i < 0 or row < 0:
            return False
        fp = self.files[i]
        items = {f"{m['code']} {m['title']}": m for m in measures(self.window_.ws.db,
                                                                   fp.policy_id)}
        if code is None:
            text, ok = QInputDialog.getItem(self, self.tr("Choose measure"),
                                            fp.rows[row].parsed.measure_as_written[:80],
                                            list(items), 0, False)
            if not ok:
                return False
            m = items[text]
        else:
            m = next(v for v in items.values() if v["code"] == code)
        parsed = fp.rows[row].parsed
        parsed.measure_id, parsed.measure, parsed.confidence = m["id"], m["code"], 1.0
        parsed.warnings = [w for w in parsed.warnings if w.code != "low_confidence"]
        self.excluded.discard((i, row))
        self.repreview(i)
        self._update_summary()
        return True

    def choose_unit(self, name: str | None = None, same_rows: bool | None = None) -> bool:
        """The unit of the selected row. A name the program did not know is corrected for
        every row of the file written the same way, and remembered (an alias) on accepting.
        A unit the program did recognise is changed for the selected row only, unless the
        user says the file's other rows written the same way go with it (``same_rows``;
        None: asked when there are any); such a correction is never remembered as an alias
        (it would send that unit's later files elsewhere)."""
        i, row = self.current_file(), self.rows.currentIndex().row()
        if i < 0 or row < 0:
            return False
        units = {u["name"]: u for u in list_units(self.window_.ws.db, include_inactive=False)}
        parsed = self.files[i].rows[row].parsed
        if name is None:
            name, ok = QInputDialog.getItem(self, self.tr("Choose unit"),
                                            parsed.unit_as_written or "", list(units), 0, False)
            if not ok:
                return False
        unit = units[name]
        written, old_id = parsed.unit_as_written.strip(), parsed.unit_id
        alike = [pr for pr in self.files[i].rows if pr.parsed is not parsed and written
                 and pr.parsed.unit_as_written.strip() == written
                 and pr.parsed.unit_id in (None, old_id) and pr.parsed.unit_id != unit["id"]]
        if old_id is not None and alike:
            if same_rows is None:
                same_rows = QMessageBox.question(
                    self, self.tr("Choose unit"),
                    self.tr("%1 other row(s) of this file are also given as “%2”. Change them "
                            "to %3 as well?").replace("%1", str(len(alike))).replace(
                        "%2", written).replace("%3", unit["name"]),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
            if not same_rows:
                alike = []
        for pr in [self.files[i].rows[row], *alike]:
            pr.parsed.unit_id, pr.parsed.unit = unit["id"], unit["name"]
            pr.parsed.warnings = [w for w in pr.parsed.warnings if not w.code.startswith("unit_")]
        if old_id is None and written and written != unit["name"]:
            self.aliases[written] = (unit["id"], written)
        file = self.files[i].parsed
        ids = {pr.parsed.unit_id for pr in self.files[i].rows}
        if len(ids) == 1 and None not in ids:  # every row one unit: the file is that unit's
            file.unit_id, file.unit = unit["id"], unit["name"]
        self.excluded.discard((i, row))
        self.repreview(i)
        self._update_summary()
        return True

    # ------------------------------------------------------------ accepting
    def selected_files(self) -> list[Any]:
        return [fp for fp, on in zip(self.files, self.chosen, strict=True)
                if on and fp.outcome == "ok"]

    def _update_summary(self) -> None:
        create = self.create_box.isChecked()
        files = self.selected_files()
        rows = sum(len(fp.changes(create)) for fp in files)
        self.summary.setText(self.tr("To write: %1 rows from %2 files").replace(
            "%1", str(rows)).replace("%2", str(len(files))))
        self.accept_button.setEnabled(rows > 0 or bool(self.aliases))

    def accept_import(self) -> Any:
        from tracker.services.imports import accept_file, record_refusals, remember_alias

        files = self.selected_files()
        refused = [fp for fp, on in zip(self.files, self.chosen, strict=True)
                   if (fp.outcome == "error" or fp.outcome == "ok" and not on
                       or fp.parsed.error is not None and fp.parsed.error.code == "skip_not_importable")
                   and fp.parsed.unit_id is not None and (fp.parsed.period or fp.receipt_period)]
        create = self.create_box.isChecked()
        aliases = list(dict.fromkeys(self.aliases.values()))

        def job(ws, ctl):  # noqa: ANN001, ANN202 - background job, one transaction
            written: list[int] = []
            with ws.db.atomic():
                for unit_id, text in aliases:
                    try:
                        remember_alias(ws, unit_id, text)
                    except Exception:  # noqa: BLE001 - an alias taken elsewhere is skipped
                        pass
                for n, fp in enumerate(files):
                    yield n, len(files), shown_name(Path(fp.parsed.path).name)
                    batch = accept_file(ws, fp, create, cancelled=lambda: ctl.cancelled)
                    if batch is not None:
                        written.append(batch)
                record_refusals(ws, refused, files)  # the register notes what was not taken in
                yield len(files), len(files), ""
            return written

        self.setEnabled(False)
        self.task = run_in_background(self, self.tr("Importing…"), job,
                                      db_path=self.window_.ws.path, who=self.window_.ws.who,
                                      on_done=self._done, on_error=self._failed,
                                      on_cancel=lambda: self.setEnabled(True))
        return self.task

    def _done(self, batches: list[int]) -> None:
        self.batches = batches
        self.window_.statusBar().showMessage(
            self.tr("Imported %1 files.").replace("%1", str(len(batches))), 10000)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from tracker.ui.excel_actions import error_text

        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("Import"), error_text(exc))
