"""The outputs of the 月报 window: print preview, print, PDF / Word / Excel export, the 通报
paragraph (clipboard), the 催办通知单 files. The documents are built off the UI thread through
:mod:`tracker.ui.background` (each job opens its own connection); only painting on a printer
(preview, print) happens on the UI thread, as Qt requires."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from tracker.paths import output_start_dir
from tracker.periods import period_label
from tracker.services.report_output import (
    build_monthly,
    issue_reminders,
    reminder_documents,
    write_monthly,
    write_reminders,
)
from tracker.ui.app import register_report_font_here
from tracker.ui.background import run_in_background
from tracker.ui.excel_actions import error_text

if TYPE_CHECKING:
    from tracker.ui.report_dialog import ReportDialog

translate = QCoreApplication.translate
FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)"}
FORBIDDEN = str.maketrans({c: "_" for c in '<>:"/\\|?*'})


def default_file_name(short_title: str, period: str, ext: str, unit: str | None = None,
                      task_seq: int | None = None) -> str:
    """``“双创”升级版若干意见落实情况月报（2019年6月）.pdf``; a unit's own report starts with the
    unit (``米东区“双创”升级版若干意见落实情况月报（2019年6月）``, like the document's title), one
    task adds （重点任务2）."""
    part = f"（重点任务{task_seq}）" if task_seq is not None and not unit else ""
    name = f"{unit or ''}{short_title}落实情况月报{part}（{period_label(period)}）"
    return name.translate(FORBIDDEN).strip(". ") + "." + ext


class ReportOutputs:
    def __init__(self, dialog: ReportDialog) -> None:
        self.dialog = dialog
        self.task: Any = None  # the running background task (tests wait on it)
        self.preview: QDialog | None = None
        self.preview_printer: QPrinter | None = None
        self.notice_printer: QPrinter | None = None
        self.last_files: list[Path] = []
        self.folder = ""
        self.remind_folder = ""

    def tr(self, text: str) -> str:
        return translate("ReportOutputs", text)

    # ------------------------------------------------------------ widgets
    def output_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print and export"), self.dialog)
        row = QHBoxLayout(box)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
                ("preview", self.tr("Print preview…"), self.print_preview),
                ("print", self.tr("Print…"), self.print_report),
                ("pdf", self.tr("Export PDF…"), lambda: self.export("pdf")),
                ("docx", self.tr("Export Word…"), lambda: self.export("docx")),
                ("xlsx", self.tr("Export Excel…"), lambda: self.export("xlsx"))):
            button = QPushButton(text, box)
            button.setObjectName(f"report_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons["preview"].setDefault(True)
        return box

    def bulletin_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Bulletin paragraph"), self.dialog)
        col = QVBoxLayout(box)
        self.bulletin_edit = QPlainTextEdit(box)
        self.bulletin_edit.setObjectName("bulletinText")
        self.bulletin_edit.setReadOnly(True)
        self.bulletin_edit.setPlaceholderText(
            self.tr("Click “Copy bulletin”: the paragraph for the period and scope chosen is "
                    "put on the clipboard and shown here."))
        self.buttons_bulletin = QPushButton(self.tr("Copy bulletin"), box)
        self.buttons_bulletin.setObjectName("report_bulletin")
        self.buttons_bulletin.clicked.connect(lambda _c=False: self.copy_bulletin())
        col.addWidget(self.bulletin_edit, 1)
        col.addWidget(self.buttons_bulletin, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def reminders_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reminder notices"), self.dialog)
        col = QVBoxLayout(box)
        text = QLabel(self.tr("One notice for every unit with overdue items, items due soon, "
                              "missing reports or rejected files in the period chosen."), box)
        text.setWordWrap(True)
        self.remind_format = QComboBox(box)
        self.remind_format.setObjectName("remindFormat")
        self.remind_format.addItem("PDF", "pdf")
        self.remind_format.addItem("Word", "docx")
        self.buttons_remind = QPushButton(self.tr("Write reminder notices…"), box)
        self.buttons_remind.setObjectName("report_remind")
        self.buttons_remind.clicked.connect(lambda _c=False: self.write_reminders())
        self.buttons_remind_preview = QPushButton(self.tr("Print preview…"), box)
        self.buttons_remind_preview.setObjectName("remind_preview")
        self.buttons_remind_preview.clicked.connect(lambda _c=False: self.preview_reminders())
        self.buttons_remind_print = QPushButton(self.tr("Print…"), box)
        self.buttons_remind_print.setObjectName("remind_print")
        self.buttons_remind_print.clicked.connect(lambda _c=False: self.print_reminders())
        row = QHBoxLayout()
        row.addWidget(self.buttons_remind_preview)
        row.addWidget(self.buttons_remind_print)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Format:"), box))
        row.addWidget(self.remind_format)
        row.addWidget(self.buttons_remind)
        col.addWidget(text)
        col.addLayout(row)
        return box

    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def set_enabled(self, report_ok: bool, policy_ok: bool) -> None:
        """Buttons on when the choices make a report and nothing is being written."""
        idle = not self.busy()
        for button in self.buttons.values():
            button.setEnabled(report_ok and idle)
        self.buttons_bulletin.setEnabled(report_ok and idle)
        for button in (self.buttons_remind, self.buttons_remind_preview,
                       self.buttons_remind_print):
            button.setEnabled(policy_ok and idle)

    def restore(self, saved: dict[str, str]) -> None:
        self.folder = saved.get("folder", "")
        self.remind_folder = saved.get("remind_folder", "")
        index = self.remind_format.findData(saved.get("remind_format"))
        if index >= 0:
            self.remind_format.setCurrentIndex(index)

    def remembered(self) -> dict[str, str]:
        return {"folder": self.folder, "remind_folder": self.remind_folder,
                "remind_format": self.remind_format.currentData()}

    # ------------------------------------------------------------ running
    def _run(self, title: str, call: Callable[[Any], Any], on_done: Callable[[Any], None]
             ) -> Any:
        """``call(ws)`` on a worker connection; ``on_done(result)`` back on the UI thread."""
        ws = self.dialog.ws_provider()
        self.dialog.remember()
        register_report_font_here()  # on this (GUI) thread, before the worker renders

        def job(worker_ws, _ctl):  # noqa: ANN001, ANN202 - background job (reads only)
            yield 0, 0, title
            return call(worker_ws)

        def failed(exc: BaseException) -> None:
            self.dialog.show_status("")
            QMessageBox.warning(self.dialog, title, error_text(exc))

        self.dialog.show_status(title)
        self.task = run_in_background(self.dialog, title, job, db_path=ws.path, who=ws.who,
                                      on_done=on_done, on_error=failed)
        self.task.finished.connect(self.dialog.update_enabled)
        self.dialog.update_enabled()  # no second job while this one runs
        return self.task

    def _built(self, then: Callable[[Any, Any], None]) -> Any:
        """Build (summary, document) for the current choices, then ``then(summary, doc)``."""
        req, policy_id = self.dialog.request(), self.dialog.policy_id
        return self._run(self.tr("Preparing the report…"),
                         lambda ws: build_monthly(ws, policy_id, req),
                         lambda result: then(*result))

    # ------------------------------------------------------------ printing
    def _new_printer(self, name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(name)
        return printer

    def _choose_printer(self, name: str) -> QPrinter | None:
        """The print dialog; the printer chosen, None when cancelled."""
        printer = self._new_printer(name)
        chooser = QPrintDialog(printer, self.dialog)
        chooser.setWindowTitle(self.tr("Print: %1").replace("%1", name))
        return printer if chooser.exec() == QDialog.DialogCode.Accepted else None

    def _preview_dialog(self, name: str, object_name: str,
                        paint: Callable[[QPrinter], Any]) -> QPrintPreviewDialog:
        self.dialog.show_status("")
        printer = self._new_printer(name)
        self.preview_printer = printer  # QPrintPreviewDialog does not own its printer
        preview = QPrintPreviewDialog(printer, self.dialog)
        preview.setObjectName(object_name)
        preview.setWindowTitle(self.tr("Print preview: %1").replace("%1", name))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.paintRequested.connect(paint)
        preview.resize(1000, 800)
        self.preview = preview
        preview.open()
        return preview

    def _send(self, printer: QPrinter, paint: Callable[[QPrinter], Any]) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = paint(printer)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.dialog.show_status(self.tr("Sent to the printer: %1 pages.").replace(
            "%1", str(getattr(info, "pages", "?"))))
        return True

    def print_preview(self) -> Any:
        return self._built(lambda _s, doc: self._open_preview(doc))

    def _open_preview(self, doc: Any) -> QPrintPreviewDialog:
        from tracker.reports.render_pdf import render_to_printer

        return self._preview_dialog(doc.title, "reportPreview",
                                    lambda p: render_to_printer(doc, p))

    def print_report(self) -> Any:
        return self._built(lambda _s, doc: self._print(doc))

    def _print(self, doc: Any) -> bool:
        from tracker.reports.render_pdf import render_to_printer

        self.dialog.show_status("")
        printer = self._choose_printer(doc.title)
        return printer is not None and self._send(printer, lambda p: render_to_printer(doc, p))

    # ------------------------------------------------------------ files
    def export(self, fmt: str, path: Path | None = None) -> Any:
        dialog = self.dialog
        policy = dialog.policy or {}
        name = default_file_name(policy.get("short_title") or policy.get("title", ""),
                                 dialog.period(), fmt, dialog.unit_name(), dialog.task_seq())
        if path is None:
            folder = Path(self.folder) if self.folder else output_start_dir(dialog.ws_provider().path)
            chosen, _ = QFileDialog.getSaveFileName(
                dialog, self.tr("Export the monthly report"), str(folder / name), FILTERS[fmt])
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != "." + fmt:
                path = path.with_name(path.name + "." + fmt)
        self.folder = str(path.parent)
        req, policy_id = dialog.request(), dialog.policy_id
        return self._run(self.tr("Writing %1…").replace("%1", path.name),
                         lambda ws: write_monthly(ws, policy_id, req, fmt, path),
                         lambda out: self._exported(Path(out)))

    def _exported(self, path: Path) -> None:
        self.last_files = [path]
        self.dialog.show_status(self.tr("Written: %1").replace("%1", str(path)))
        self._tell(self.tr("The report was written to:\n%1").replace("%1", str(path)),
                   path.parent, path)

    def _tell(self, text: str, folder: Path, file: Path | None = None) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.dialog.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self.dialog)
        box.setObjectName("reportDone")
        if file is not None:
            open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
            open_file.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(file))))
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ------------------------------------------------------------ 通报 and 催办
    def copy_bulletin(self) -> Any:
        return self._built(lambda summary, _doc: self._show_bulletin(summary.bulletin()))

    def _show_bulletin(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.bulletin_edit.setPlainText(text)
        self.dialog.show_status(self.tr("The bulletin paragraph is on the clipboard: paste it "
                                        "with Ctrl+V."))

    def write_reminders(self, folder: Path | None = None) -> Any:
        dialog = self.dialog
        if folder is None:
            start = self.remind_folder or str(output_start_dir(dialog.ws_provider().path))
            chosen = QFileDialog.getExistingDirectory(
                dialog, self.tr("Folder for the reminder notices"), start)
            if not chosen:
                return None
            folder = Path(chosen)
        self.remind_folder = str(folder)
        fmt, period, policy_id = self.remind_format.currentData(), dialog.period(), \
            dialog.policy_id
        issued = dialog.issued()
        return self._run(self.tr("Writing the reminder notices…"),
                         lambda ws: write_reminders(ws, policy_id, period, folder, fmt, issued),
                         lambda files: self._reminded(folder, [Path(f) for f in files]))

    # ------------------------------------------------------------ reminders on paper
    def _notices(self, then: Callable[[list[Any]], None], record: bool) -> Any:
        """The notices for the chosen period, then ``then(documents)`` on the UI thread.
        ``record``: their numbers are recorded (printing, as when written to files); a preview
        records nothing and shows the numbers they would take."""
        dialog = self.dialog
        period, policy_id, issued = dialog.period(), dialog.policy_id, dialog.issued()
        build = issue_reminders if record else reminder_documents
        return self._run(self.tr("Preparing the reminder notices…"),
                         lambda ws: [doc for _unit, doc in build(ws, policy_id, period, issued)],
                         then)

    def preview_reminders(self) -> Any:
        return self._notices(self._open_notice_preview, record=False)

    def print_reminders(self) -> Any:
        """The printer is chosen first; only then are the notices numbered and printed (a
        cancelled print records nothing)."""
        printer = self._choose_printer(self.tr("Reminder notices"))
        if printer is None:
            return None
        self.notice_printer = printer  # kept until the notices are built
        return self._notices(lambda docs: self._print_notices(docs, printer), record=True)

    def _no_notices(self, docs: list[Any]) -> bool:
        if docs:
            self.dialog.show_status("")
            return False
        text = self.tr("No unit needs a reminder for %1.").replace(
            "%1", self.dialog.period_combo.currentText())
        self.dialog.show_status(text)
        QMessageBox.information(self.dialog, self.tr("Reminder notices"), text)
        return True

    def _notices_title(self, docs: list[Any]) -> str:
        return self.tr("Reminder notices (%1)").replace("%1", str(len(docs)))

    def _open_notice_preview(self, docs: list[Any]) -> QDialog | None:
        """The notices on screen, with the numbers they would take. Not Qt's preview dialog:
        its print button would print numbers never recorded; 打印… here numbers them."""
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        from tracker.reports.render_pdf import render_all_to_printer

        if self._no_notices(docs):
            return None
        self.dialog.show_status("")
        name = self._notices_title(docs)
        printer = self._new_printer(name)
        self.preview_printer = printer
        box = QDialog(self.dialog)
        box.setObjectName("remindersPreview")
        box.setWindowTitle(self.tr("Print preview: %1").replace("%1", name))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view = QPrintPreviewWidget(printer, box)
        view.paintRequested.connect(lambda p: render_all_to_printer(docs, p))
        view.fitToWidth()
        note = QLabel(self.tr("The notices are numbered when they are printed or written to "
                              "files."), box)
        print_button = QPushButton(self.tr("Print…"), box)
        print_button.clicked.connect(lambda _c=False: (box.accept(), self.print_reminders()))
        close_button = QPushButton(self.tr("Close"), box)
        close_button.clicked.connect(box.reject)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(print_button)
        row.addWidget(close_button)
        col = QVBoxLayout(box)
        col.addWidget(view, 1)
        col.addLayout(row)
        box.resize(1000, 800)
        self.preview = box
        box.open()
        return box

    def _print_notices(self, docs: list[Any], printer: QPrinter) -> bool:
        from tracker.reports.render_pdf import render_all_to_printer

        if self._no_notices(docs):
            return False
        printer.setDocName(self._notices_title(docs))
        return self._send(printer, lambda p: render_all_to_printer(docs, p))

    def _reminded(self, folder: Path, files: list[Path]) -> None:
        self.last_files = files
        if not files:
            text = self.tr("No unit needs a reminder for %1.").replace(
                "%1", self.dialog.period_combo.currentText())
            self.dialog.show_status(text)
            self._tell(text, folder)
            return
        text = self.tr("%1 reminder notices were written to %2").replace(
            "%1", str(len(files))).replace("%2", str(folder))
        self.dialog.show_status(text)
        self._tell(text + ":\n\n" + "\n".join(f.name for f in files), folder)

