"""报送 menu: exports, imports (files, a folder, or files dropped on the window) through the
import preview, and 撤销导入. Long work runs through :mod:`tracker.ui.background`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from tracker.errors import TrackerError
from tracker.paths import output_start_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from tracker.ui.main_window import MainWindow

translate = QCoreApplication.translate
IMPORT_FILTER = "Excel / WPS / CSV (*.xlsx *.xlsm *.xls *.ods *.csv *.et)"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders in a drag (anything else is ignored)."""
    if not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.exists():
                out.append(path)
    return out


def error_text(exc: BaseException) -> str:
    return exc.message() if isinstance(exc, TrackerError) else str(exc)


class ExcelActions:
    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.task: Any = None
        self.preview_dialog: Any = None

    # ------------------------------------------------------------ exports
    def export_templates(self) -> None:
        from tracker.ui.export_dialogs import export_templates

        export_templates(self.win)

    def export_breakdown(self) -> None:
        from tracker.ui.export_dialogs import export_breakdown

        export_breakdown(self.win)

    def import_breakdown(self, path: Path | None = None) -> Any:
        from tracker.ui.breakdown_preview import import_breakdown

        return import_breakdown(self.win, path)

    def export_summary(self) -> None:
        from tracker.ui.export_dialogs import export_summary

        export_summary(self.win)

    # ------------------------------------------------------------ imports
    def import_reports(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(self.win, translate("ExcelActions", "Import returned reports"),
                                                str(output_start_dir(self.win.ws.path)), IMPORT_FILTER)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.win, translate("ExcelActions", "Import a folder"),
                                                  str(output_start_dir(self.win.ws.path)))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path], period: str | None = None) -> Any:
        """Read the files in the background, then show the preview."""
        from PySide6.QtWidgets import QMessageBox

        from tracker.services.imports import preview_paths
        from tracker.ui.background import run_in_background

        policy_id = self.win.policy_id()
        names = [str(p) for p in paths]

        def job(ws, ctl):  # noqa: ANN001, ANN202 - background job (reads only)
            yield 0, len(names), translate("ExcelActions", "Reading files…")
            return preview_paths(ws, names, period, policy_id=policy_id,
                                 progress=lambda d, t, x: ctl.report(d, t, Path(x).name))

        self.task = run_in_background(
            self.win, translate("ExcelActions", "Reading files…"), job, db_path=self.win.ws.path,
            who=self.win.ws.who, on_done=self.show_preview,
            on_error=lambda exc: QMessageBox.warning(self.win, translate("ExcelActions", "Import"),
                                                     error_text(exc)))
        return self.task

    def show_preview(self, preview: Any) -> Any:
        """Files in which no month is found are asked about once (which month are they
        for?) and read again with that month before the preview opens."""
        from PySide6.QtWidgets import QMessageBox

        from tracker.ui import import_month

        if not preview.files:
            QMessageBox.information(self.win, translate("ExcelActions", "Import"),
                                    translate("ExcelActions", "No files to import were found."))
            return None
        undated = [fp for fp in preview.files if import_month.lacks_month(fp)]
        month = import_month.ask_for(self.win, self.win, preview.files, undated) \
            if undated else None
        if month is None:  # none lacks a month, or the user cancelled: they stay not importable
            return self.open_preview(preview)
        return self.read_with_month(preview, undated, month)

    def read_with_month(self, preview: Any, undated: list[Any], month: str) -> Any:
        """Read ``undated`` again with ``month`` in the background, then show the preview."""
        from PySide6.QtWidgets import QMessageBox

        from tracker.ui import import_month
        from tracker.ui.background import run_in_background

        def job(ws, ctl):  # noqa: ANN001, ANN202 - background job (reads only)
            yield 0, len(undated), translate("ExcelActions", "Reading files…")
            return import_month.read_with_month(
                ws, undated, month, progress=lambda d, t, x: ctl.report(d, t, Path(x).name))

        def done(fresh: list[Any]) -> None:
            import_month.put_back(preview.files, fresh)
            self.open_preview(preview)

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self.win, translate("ExcelActions", "Import"), error_text(exc))
            self.open_preview(preview)  # the other files are still there to import

        self.task = run_in_background(
            self.win, translate("ExcelActions", "Reading files…"), job, db_path=self.win.ws.path,
            who=self.win.ws.who, on_done=done, on_error=failed,
            on_cancel=lambda: self.open_preview(preview))  # as read: those files stay out
        return self.task

    def open_preview(self, preview: Any) -> Any:
        from tracker.ui.import_preview import ImportPreviewDialog

        self.preview_dialog = ImportPreviewDialog(self.win, preview)
        self.preview_dialog.accepted.connect(self.win.refresh_data)
        self.preview_dialog.open()
        return self.preview_dialog

    def undo_import(self) -> Any:
        from tracker.ui.undo_import import UndoImportDialog

        dialog = UndoImportDialog(self.win)
        dialog.exec()
        self.win.refresh_data()
        return dialog
