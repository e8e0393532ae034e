"""报送 menu exports from the window, in the background: templates for chosen units, the
breakdown and the summary table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.ui import export_dialogs


def wait(qtbot, task):
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.error is None, task.error
    return task.result


def test_templates_for_two_units(qtbot, window, tmp_path):  # noqa: F811
    dialog = export_dialogs.ExportTemplatesDialog(window)
    qtbot.addWidget(dialog)
    # the demo's reports end in 2019-11: templates go out for the month after
    assert dialog.period.currentData() == "2019-12"
    dialog._check_all(False)
    for row in range(dialog.units.count()):
        if dialog.units.item(row).text() in ("天山区", "市科技局"):
            dialog.units.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.folder.setText(str(tmp_path / "out"))
    result = wait(qtbot, export_dialogs.export_templates(window, dialog))
    names = sorted(p.name for p in result.files)
    assert len(names) == 2 and any("天山区" in n for n in names)
    assert all(p.exists() for p in result.files)
    exported = window.ws.db.execute(
        "SELECT count(*) FROM receipt WHERE state = 'exported' AND file_name LIKE '%天山区%'"
    ).fetchone()[0]
    assert exported >= 1


def test_breakdown_and_summary(qtbot, window, tmp_path):  # noqa: F811
    out = wait(qtbot, export_dialogs.export_breakdown(window, tmp_path / "分解表.xlsx"))
    assert out.exists() and out.stat().st_size > 0
    csv = wait(qtbot, export_dialogs.export_summary(window, tmp_path / "汇总表.csv"))
    assert csv.exists() and "天山区" in csv.read_text(encoding="utf-8-sig")


def test_no_unit_ticked_says_so_and_stays_open(qtbot, window, tmp_path):  # noqa: F811
    dialog = export_dialogs.ExportTemplatesDialog(window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.show()
    qtbot.waitExposed(dialog)
    next(b for b in dialog.findChildren(QPushButton) if b.text() == "全不选").click()
    assert dialog.unit_ids() == []
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # 确定
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.units_msg.isVisible() and dialog.units_msg.text() == "请至少选择一个单位。"
    assert not (tmp_path / "out").exists()
    dialog.units.item(0).setCheckState(Qt.CheckState.Checked)  # the hint goes once one is ticked
    assert not dialog.units_msg.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
