"""Menus and toolbar of the main window (texts in English in ``tr()``, Chinese from the .ts).

文件: 新建/打开/最近的数据库/备份/恢复/退出 · 编辑: 撤销/重做/政策结构/单位名录/任务分解矩阵/设置 ·
报送: 导出填报模板/导出分解表/导入报送材料/导入分解表/撤销导入/导出汇总表 · 报表: 月报 ·
帮助: 使用说明/关于.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from tracker.ui.icons import icon

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

translate = QCoreApplication.translate



class WindowActions:
    """Creates every QAction of the window, its menus and its toolbar."""

    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.all: dict[str, QAction] = {}
        files, excel = win.file_actions, win.excel_actions
        make = self._make
        make("new", translate("WindowActions", "&New database…"), files.new_database, QKeySequence.StandardKey.New,
             icon("new"))
        make("open", translate("WindowActions", "&Open database…"), files.open_database, QKeySequence.StandardKey.Open,
             icon("open"))
        make("backup", translate("WindowActions", "&Back up…"), files.backup)
        make("restore", translate("WindowActions", "&Restore from backup…"), files.restore)
        make("quit", translate("WindowActions", "E&xit"), win.close, QKeySequence("Ctrl+Q"))
        self.undo = win.undo_stack.createUndoAction(win, translate("WindowActions", "Undo"))
        self.undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo.setIcon(icon("undo"))
        self.redo = win.undo_stack.createRedoAction(win, translate("WindowActions", "Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo.setIcon(icon("redo"))
        self.all.update(undo=self.undo, redo=self.redo)
        make("structure", translate("WindowActions", "Policy &structure…"), win.dialogs.open_structure_editor)
        make("units", translate("WindowActions", "&Units and aliases…"), win.dialogs.open_units_editor)
        make("matrix", translate("WindowActions", "Assignment &matrix…"), win.dialogs.open_matrix)
        make("settings", translate("WindowActions", "Se&ttings…"), win.dialogs.open_settings, QKeySequence("Ctrl+,"))
        make("export_templates", translate("WindowActions", "Export &report templates…"), excel.export_templates,
             None, icon("export"))
        make("export_breakdown", translate("WindowActions", "Export &breakdown…"), excel.export_breakdown)
        make("import_reports", translate("WindowActions", "&Import returned reports…"), excel.import_reports,
             QKeySequence("Ctrl+I"), icon("import"))
        make("import_folder", translate("WindowActions", "Import a f&older…"),
             excel.import_folder)
        make("import_breakdown", translate("WindowActions", "Import b&reakdown…"), excel.import_breakdown)
        make("undo_import", translate("WindowActions", "&Undo an import…"), excel.undo_import)
        make("export_summary", translate("WindowActions", "Export &summary table…"), excel.export_summary)
        make("monthly", translate("WindowActions", "&Monthly report…"), win.open_report_dialog, QKeySequence("Ctrl+P"),
             icon("report"))
        make("help", translate("WindowActions", "&How to use"), win.dialogs.show_help, QKeySequence.StandardKey.HelpContents)
        make("about", translate("WindowActions", "&About"), win.dialogs.show_about)
        make("refresh", translate("WindowActions", "Re&fresh"), win.refresh_data, QKeySequence.StandardKey.Refresh,
             icon("refresh"))
        self.recent_menu = QMenu(translate("WindowActions", "Recent &databases"), win)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._menus()
        self.toolbar = self._toolbar()

    def _make(self, key: str, text: str, slot: Callable[[], object],
              shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
              icon: object = None) -> QAction:
        action = QAction(text, self.win)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.all[key] = action
        return action

    def _menus(self) -> None:
        bar = self.win.menuBar()
        a = self.all
        file_menu = bar.addMenu(translate("WindowActions", "&File"))
        file_menu.addActions([a["new"], a["open"]])
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([a["backup"], a["restore"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit = bar.addMenu(translate("WindowActions", "&Edit"))
        edit.addActions([a["undo"], a["redo"]])
        edit.addSeparator()
        edit.addActions([a["structure"], a["units"], a["matrix"]])
        edit.addSeparator()
        edit.addActions([a["refresh"], a["settings"]])
        excel = bar.addMenu(translate("WindowActions", "&Reporting"))
        excel.addActions([a["export_templates"], a["export_breakdown"]])
        excel.addSeparator()
        excel.addActions([a["import_reports"], a["import_folder"], a["import_breakdown"],
                          a["undo_import"]])
        excel.addSeparator()
        excel.addAction(a["export_summary"])
        reports = bar.addMenu(translate("WindowActions", "Re&ports"))
        reports.addAction(a["monthly"])
        help_menu = bar.addMenu(translate("WindowActions", "&Help"))
        help_menu.addActions([a["help"], a["about"]])

    def _toolbar(self) -> QToolBar:
        tb = QToolBar(translate("WindowActions", "Main toolbar"), self.win)
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setMovable(False)
        a = self.all
        tb.addActions([a["open"], a["undo"], a["redo"]])
        tb.addSeparator()
        tb.addActions([a["export_templates"], a["import_reports"], a["monthly"]])
        tb.addSeparator()
        self.win.addToolBar(tb)
        return tb

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.win.settings.recent()
        if not paths:
            empty = self.recent_menu.addAction(translate("WindowActions", "(none)"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{i} {path}")
            action.triggered.connect(lambda _c=False, p=path: self.win.file_actions.open_path(p))
