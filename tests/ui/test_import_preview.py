"""Importing through the preview: files read in the background, rows shown with their match
and change, a wrong unit corrected (and remembered as an alias), missing assignments created on
request, accepted in the background; then the batch undone from 撤销导入."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "returned"
CSV = """填报单位：城北片区管委会
报送期：2019年11月
序号,具体措施,完成时限,完成状态,完成进度(%),进展情况,存在问题,下步计划
1,简政放权释放创新创业活力,2020年,推进中,60,本月将企业开办压缩至3个工作日。,无,继续推进
2,优化服务便利创新创业,每季度,已完成,100,窗口服务已全部完成。,无,巩固成果
"""


def preview(qtbot, win, paths):
    task = win.excel_actions.import_paths([Path(p) for p in paths])
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.error is None, task.error
    dialog = win.excel_actions.preview_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def count(win, sql, params=()):
    return win.ws.db.execute(sql, params).fetchone()[0]


def test_fixture_folder_preview_accept_and_undo(qtbot, window, tmp_path):  # noqa: F811
    win = window
    folder = tmp_path / "returns"
    folder.mkdir()
    for name in ("01_shuimogou_2019-03_merged-header.xlsx", "05_broken_truncated.xlsx",
                 "04_jinrongban_2019-04_gbk.csv"):
        shutil.copy(FIXTURES / name, folder / name)
    dialog = preview(qtbot, win, [folder])
    names = [Path(fp.parsed.path).name for fp in dialog.files]
    assert len(names) == 3
    broken = next(fp for fp in dialog.files if fp.parsed.path.endswith("05_broken_truncated.xlsx"))
    assert broken.outcome == "error"
    item = dialog.file_list.item(names.index("05_broken_truncated.xlsx"))
    assert "不能导入" in item.text() and "损坏" in item.toolTip()
    # the 水磨沟区 file: rows, their change and match shown
    dialog.file_list.setCurrentRow(names.index("01_shuimogou_2019-03_merged-header.xlsx"))
    model = dialog.rows_model
    assert model.rowCount() == 6
    changes = [model.index(r, 5).data() for r in range(6)]
    assert changes.count("新增") == 5 and changes.count("未分解") == 1
    assert model.index(0, 4).data() == "100%"
    before = count(win, "SELECT count(*) FROM report")
    assert dialog.summary.text() == "将写入：2 个文件中的 8 行"
    qtbot.mouseClick(dialog.create_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(4, dialog.create_box.height() // 2))
    assert dialog.summary.text() == "将写入：2 个文件中的 9 行"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert dialog.task.error is None, dialog.task.error
    assert len(dialog.batches) == 2 and not dialog.isVisible()
    states = {r[0] for r in win.ws.db.execute(
        "SELECT state FROM receipt WHERE file_name LIKE '01_shuimogou%' OR "
        "file_name LIKE '04_jinrongban%'")}
    assert states == {"imported"}
    assert count(win, "SELECT count(*) FROM report") == before + 9
    assert count(win, "SELECT count(*) FROM import_batch") == 2
    # 撤销导入: undo the 水磨沟区 batch
    from tracker.ui.undo_import import UndoImportDialog

    undo = UndoImportDialog(win)
    qtbot.addWidget(undo)
    assert undo.table.rowCount() == 2
    row = next(r for r in range(2) if "shuimogou" in undo.table.item(r, 3).text())
    undo.table.selectRow(row)
    assert undo.undo_button.isEnabled()
    assert undo.undo_selected(confirm=False)
    assert count(win, "SELECT count(*) FROM report") == before + 3
    assert count(win, "SELECT count(*) FROM action WHERE verb = 'undo'") == 1


def test_correcting_a_unit_is_remembered_as_alias(qtbot, window, tmp_path):  # noqa: F811
    win = window
    csv = tmp_path / "returns.csv"
    csv.write_text(CSV, encoding="utf-8")
    dialog = preview(qtbot, win, [csv])
    model = dialog.rows_model
    assert [model.index(r, 5).data() for r in range(2)] == ["未找到单位", "未找到单位"]
    assert not dialog.accept_button.isEnabled()
    dialog.rows.selectRow(0)
    assert dialog.choose_unit("米东区")
    assert [model.index(r, 5).data() for r in range(2)] == ["更新", "更新"]
    assert [model.index(r, 2).data() for r in range(2)] == ["米东区", "米东区"]
    # exclude the second row: only one report changes
    index = model.index(1, 0)
    model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.summary.text() == "将写入：1 个文件中的 1 行"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert dialog.task.error is None
    alias = count(win, "SELECT unit_id FROM unit_alias WHERE alias = '城北片区管委会'")
    assert alias == count(win, "SELECT id FROM unit WHERE name = '米东区'")
    progress = [r[0] for r in win.ws.db.execute(
        "SELECT r.progress FROM report r JOIN assignment a ON a.id = r.assignment_id "
        "JOIN unit u ON u.id = a.unit_id WHERE u.name = '米东区' AND r.period = '2019-11'")]
    assert "本月将企业开办压缩至3个工作日。" in progress
    assert "窗口服务已全部完成。" not in progress


def test_changing_a_recognised_unit_changes_that_row_only(qtbot, window, tmp_path):  # noqa: F811
    """A row the program gave to a unit it knows, moved to another unit: only that row, unless
    the user says the file's other rows go too; never remembered as an alias (天山区's later
    files would go to 米东区)."""
    win = window
    csv = tmp_path / "returns.csv"
    csv.write_text(CSV.replace("城北片区管委会", "天山区"), encoding="utf-8")
    dialog = preview(qtbot, win, [csv])
    model = dialog.rows_model
    assert [model.index(r, 2).data() for r in range(2)] == ["天山区", "天山区"]
    dialog.rows.selectRow(0)
    assert dialog.choose_unit("米东区", same_rows=False)
    assert [model.index(r, 2).data() for r in range(2)] == ["米东区", "天山区"]
    assert dialog.aliases == {}
    dialog.rows.selectRow(0)
    assert dialog.choose_unit("天山区", same_rows=True)  # back; the other row is not "alike"
    assert [model.index(r, 2).data() for r in range(2)] == ["天山区", "天山区"]
    dialog.rows.selectRow(1)
    assert dialog.choose_unit("沙依巴克区", same_rows=True)  # both rows written 天山区
    assert [model.index(r, 2).data() for r in range(2)] == ["沙依巴克区", "沙依巴克区"]
    assert dialog.aliases == {}
    fp = dialog.files[0]  # every row one unit: the file is that unit's, its own report
    assert fp.parsed.unit == "沙依巴克区"
    assert not any(w.code == "own_report_kept" for r in fp.rows for w in r.all_warnings)
    dialog.reject()


def test_files_dropped_on_the_window_open_the_preview(qtbot, window, tmp_path):  # noqa: F811
    win = window
    target = tmp_path / "drop.csv"
    shutil.copy(FIXTURES / "04_jinrongban_2019-04_gbk.csv", target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPoint(10, 10).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    qtbot.waitUntil(lambda: win.excel_actions.task is not None, timeout=3000)
    qtbot.waitUntil(lambda: win.excel_actions.task.done, timeout=20000)
    dialog = win.excel_actions.preview_dialog
    assert dialog is not None and len(dialog.files) == 1
    assert dialog.files[0].parsed.unit == "市金融办"
    dialog.reject()


def test_cancel_while_importing_writes_nothing(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    import threading

    from tracker.services import imports

    win = window
    shutil.copy(FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx", tmp_path / "a.xlsx")
    shutil.copy(FIXTURES / "04_jinrongban_2019-04_gbk.csv", tmp_path / "b.csv")
    dialog = preview(qtbot, win, [tmp_path / "a.xlsx", tmp_path / "b.csv"])
    gate = threading.Event()
    real = imports.accept_file

    def slow(ws, fp, create=False, cancelled=None):
        batch = real(ws, fp, create, cancelled=cancelled)
        gate.wait(5)  # hold the job after the first file is written (not committed)
        return batch

    monkeypatch.setattr(imports, "accept_file", slow)
    before = (count(win, "SELECT count(*) FROM change_log"),
              count(win, "SELECT count(*) FROM import_batch"))
    task = dialog.accept_import()
    qtbot.waitUntil(lambda: task.dialog_shown, timeout=5000)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    assert task.was_cancelled and dialog.isEnabled()
    after = (count(win, "SELECT count(*) FROM change_log"),
             count(win, "SELECT count(*) FROM import_batch"))
    assert after == before
    dialog.reject()


def test_a_file_left_out_is_noted_as_rejected(qtbot, window, tmp_path):  # noqa: F811
    win = window
    shutil.copy(FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx", tmp_path / "a.xlsx")
    shutil.copy(FIXTURES / "04_jinrongban_2019-04_gbk.csv", tmp_path / "b.csv")
    dialog = preview(qtbot, win, [tmp_path / "a.xlsx", tmp_path / "b.csv"])
    item = next(dialog.file_list.item(r) for r in range(dialog.file_list.count())
                if dialog.file_list.item(r).text().startswith("b.csv"))
    item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.summary.text() == "将写入：1 个文件中的 5 行"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    rows = {r[0]: tuple(r[1:]) for r in win.ws.db.execute(
        "SELECT file_name, state, note FROM receipt WHERE file_name IN ('a.xlsx', 'b.csv')")}
    # left out by the user: the reminder letter must not call it unreadable
    # the imported file's note is who to call back about it (its sign-off line)
    assert rows == {"a.xlsx": ("imported", "联系人：刘某　联系电话：139xxxx1234"),
                    "b.csv": ("rejected", "导入时未采用")}


def test_ticking_a_doubtful_match_confirms_it_and_it_is_written(qtbot, window, tmp_path):  # noqa: F811
    import openpyxl

    win = window
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "2019年11月"
    sheet.append(["填报单位：米东区"])
    sheet.append(["序号", "具体措施", "完成状态", "进展情况"])
    sheet.append([1, "释放创新创业活力的放权工作", "推进中", "已召开专题会议。"])  # ~1.1, doubtful
    sheet.append([2, "科技创新支持相关事项", "推进中", "不确定属于哪一项。"])
    path = tmp_path / "米东区_2019年11月.xlsx"
    wb.save(path)
    dialog = preview(qtbot, win, [path])
    model = dialog.rows_model
    assert [model.index(r, 5).data() for r in range(2)] == ["请确认对应", "请确认对应"]
    assert not dialog.accept_button.isEnabled()  # nothing is written unconfirmed
    model.setData(model.index(0, 0), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # the user confirms the suggested 1.1
    assert model.index(0, 5).data() in ("新增", "更新")
    assert model.index(1, 5).data() == "请确认对应"
    assert dialog.summary.text() == "将写入：1 个文件中的 1 行"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert dialog.task.error is None, dialog.task.error
    written = [r[0] for r in win.ws.db.execute(
        "SELECT m.code FROM report r JOIN assignment a ON a.id = r.assignment_id "
        "JOIN unit u ON u.id = a.unit_id JOIN measure m ON m.id = a.measure_id "
        "WHERE u.name = '米东区' AND r.period = '2019-11' AND r.progress LIKE '%专题会议%'")]
    assert written == ["1.1"]
    assert count(win, "SELECT count(*) FROM report WHERE progress = '不确定属于哪一项。'") == 0


def test_a_stray_file_of_another_month_is_left_unticked(qtbot, window, tmp_path):  # noqa: F811
    """Last month's file among this month's returns: shown with ⚠ and its warning, unticked;
    the user can tick it."""
    win = window
    folder = tmp_path / "11月"
    folder.mkdir()
    for unit in ("天山区", "沙依巴克区", "米东区"):
        (folder / f"{unit}_2019年11月.csv").write_text(
            f"填报单位：{unit}\n措施编号,完成状态,进展情况\n1.1,推进中,十一月进展\n",
            encoding="utf-8-sig")
    (folder / "水磨沟区_2019年3月.csv").write_text(
        "填报单位：水磨沟区\n措施编号,完成状态,进展情况\n1.1,推进中,三月进展\n", encoding="utf-8-sig")
    dialog = preview(qtbot, win, [folder])
    items = [dialog.file_list.item(i) for i in range(dialog.file_list.count())]
    stray = next(i for i in items if "水磨沟区" in i.text())
    assert stray.text().startswith("⚠") and stray.checkState() == Qt.CheckState.Unchecked
    assert "是不是发错了文件" in stray.toolTip()
    assert all(i.checkState() == Qt.CheckState.Checked for i in items if i is not stray)
    stray.setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen == [True] * 4
    dialog.reject()


def test_rows_waiting_for_a_pick_are_counted_apart(qtbot, window, tmp_path):  # noqa: F811
    """The same measure twice with different content: both rows wait unticked and the file
    list says 待选择, not 更新 (nothing is written unless one is ticked)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "tracker_import_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        path = tmp_path / "天山区_2019年11月.csv"
        path.write_text("填报单位：天山区\n措施编号,完成状态,进展情况\n1.1,推进中,甲\n1.1,已完成,乙\n",
                        encoding="utf-8-sig")
        dialog = preview(qtbot, window, [path])
        text = dialog.file_list.item(0).text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "待选择 2" in text, text
