"""导入分解表 in the window: the demo's breakdown, exported, is imported into a fresh database
through the preview with real clicks (one row unticked), the assignments appear in the table, and
撤销导入 of that batch removes them again. A file that is not a breakdown shows its problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
)

from tests.ui.window_support import demo_path, user_settings  # noqa: F401 - fixtures
from tracker.services.exports import export_breakdown
from tracker.services.workspace import open_workspace


@pytest.fixture
def breakdown_file(tmp_path, demo_path):  # noqa: F811
    ws = open_workspace(demo_path, who="测试员", program="pytest", lock=False)
    try:
        path = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
        count = ws.db.execute("SELECT count(*) FROM assignment").fetchone()[0]
    finally:
        ws.close()
    return path, count


@pytest.fixture
def fresh_window(qtbot, tmp_path, user_settings):  # noqa: F811
    from tracker.ui.app import install_translators, remove_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    install_translators(QApplication.instance(), "zh_CN")
    user_settings.operator = "测试员"
    win = MainWindow(open_for_window(tmp_path / "fresh.sqlite", "测试员"), user_settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ws.close()
    remove_translators(QApplication.instance())


def open_preview(qtbot, win, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    win.actions_.all["import_breakdown"].trigger()
    task = win.excel_actions.task
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.error is None, task.error
    dialog = win.excel_actions.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def click_check(qtbot, view, row):
    """A real click on the check box of ``row`` (column 0)."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                      option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_import_breakdown_through_the_preview_then_undo(qtbot, fresh_window, breakdown_file,
                                                        monkeypatch):
    win = fresh_window
    path, demo_count = breakdown_file
    assert win.model.total_count() == 0
    dialog = open_preview(qtbot, win, monkeypatch, path)
    model = dialog.rows_model
    assert model.rowCount() == demo_count
    assert {model.index(r, 7).data() for r in range(model.rowCount())} == {"新增"}
    assert model.headers()[:4] == ["导入", "位置", "措施", "单位"]
    assert dialog.summary.text() == f"将写入：新增 {demo_count} 项，修改 0 项"
    first = model.change(0)
    assert model.index(0, 2).data().startswith(first.entry.measure)
    # untick the first row with a real click: it is not written
    click_check(qtbot, dialog.rows, 0)
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.summary.text() == f"将写入：新增 {demo_count - 1} 项，修改 0 项"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert dialog.task.error is None, dialog.task.error
    assert dialog.batch_id is not None and not dialog.isVisible()
    # the assignments are in the table
    qtbot.waitUntil(lambda: win.model.total_count() == demo_count - 1, timeout=5000)
    assert win.model.rowCount() > 0
    units = {win.model.index(r, 2).data() for r in range(win.model.rowCount())}
    assert first.entry.unit in units or win.model.total_count() > win.model.rowCount()
    skipped = win.ws.db.execute(
        "SELECT count(*) FROM assignment WHERE measure_id = ? AND unit_id = ?",
        [first.entry.measure_id, first.entry.unit_id]).fetchone()[0]
    assert skipped == 0
    # 撤销导入: the batch is listed as a breakdown and undoing it removes the assignments
    from tracker.ui.undo_import import UndoImportDialog

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    undo = UndoImportDialog(win)
    qtbot.addWidget(undo)
    undo.show()
    row = next(r for r in range(undo.table.rowCount())
               if undo.table.item(r, 0).text() == str(dialog.batch_id))
    assert undo.table.item(row, 3).text() == "分解表.xlsx"
    assert undo.table.item(row, 6).text() == f"分解表：新增 {demo_count - 1} 项，修改 0 项"
    rect = undo.table.visualItemRect(undo.table.item(row, 3))
    qtbot.mouseClick(undo.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert undo.undo_button.isEnabled()
    qtbot.mouseClick(undo.undo_button, Qt.MouseButton.LeftButton)
    assert "撤销" in undo.table.item(row, 6).text()
    assert win.ws.db.execute("SELECT count(*) FROM assignment").fetchone()[0] == 0
    win.refresh_data()
    assert win.model.total_count() == 0


def test_a_file_that_is_not_a_breakdown_shows_its_problem(qtbot, fresh_window, tmp_path,
                                                           monkeypatch):
    wrong = tmp_path / "通讯录.csv"
    wrong.write_text("姓名,电话\n王明,0991-0000000\n", encoding="utf-8")
    dialog = open_preview(qtbot, fresh_window, monkeypatch, wrong)
    assert dialog.rows_model.rowCount() == 0
    assert "找不到分解表的表头" in dialog.head.text()
    assert not dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not dialog.isVisible()


def test_a_doubtful_row_ticked_in_the_window_is_counted_and_written(qtbot, fresh_window,
                                                                      tmp_path, monkeypatch):
    import openpyxl

    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["序号", "具体措施", "责任单位", "完成时限"])
    s.append([1, "加强社会信用体系建设", "市发改委", "长期坚持"])
    s.append([2, "简政放权释放创新创业活力", "天山区", "长期坚持"])
    wb.save(tmp_path / "分解表.xlsx")
    dialog = open_preview(qtbot, fresh_window, monkeypatch, tmp_path / "分解表.xlsx")
    assert dialog.summary.text() == "将写入：新增 1 项，修改 0 项"
    doubtful = next(c for c in dialog.preview.changes if c.change == "low_confidence")
    row = dialog.preview.changes.index(doubtful)
    dialog.rows_model.setData(dialog.rows_model.index(row, 0), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)
    assert doubtful.include
    assert dialog.summary.text() == "将写入：新增 2 项，修改 0 项"


def test_a_changed_deadline_shows_the_one_kept_with_the_files_beside_it(qtbot, tmp_path):
    """A breakdown that words the deadline of an extended assignment differently does not
    change it (that is another 延期): the preview's 完成时限 column shows the deadline that
    stays, and the file's as not applied."""
    import openpyxl

    from tests.helpers import fresh_ws
    from tracker.services.assignments import assign, extend_deadline
    from tracker.services.breakdown_import import preview_breakdown
    from tracker.ui.app import install_translators, remove_translators
    from tracker.ui.breakdown_rows_model import COLUMNS, BreakdownRowsModel

    ws = fresh_ws(tmp_path)
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市市场监管局'").fetchone()[0]
    measure = ws.db.execute("SELECT id FROM measure WHERE code = '1.1'").fetchone()[0]
    aid = assign(ws, measure, unit, "牵头", "2019年12月底前")
    extend_deadline(ws, aid, "2019年至2020年", "市政府专题会议同意", "张主任")
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "具体措施", "牵头单位", "完成时限"])
    wb.active.append([1, "简政放权释放创新创业活力", "市市场监管局", "2019年6月底前"])
    path = tmp_path / "分解.xlsx"
    wb.save(path)
    pv = preview_breakdown(ws, path, 1)
    install_translators(QApplication.instance(), "zh_CN")
    try:
        model = BreakdownRowsModel(pv.changes, {})
        (row,) = [r for r, c in enumerate(pv.changes) if c.entry.unit == "市市场监管局"]
        shown = model.index(row, COLUMNS.index("deadline")).data()
    finally:
        remove_translators(QApplication.instance())
        ws.close()
    assert shown == "2019年至2020年（文件写的是 2019年6月底前，未采用）"
