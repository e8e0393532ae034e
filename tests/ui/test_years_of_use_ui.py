"""The window over years of use: the dashboard shows the policy chosen in the navigator;
archiving a unit that still has open items says what that does and asks first."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401
from tracker.db.queries import unit_by_name
from tracker.services.assignments import assign
from tracker.services.policies import add_measure, add_task, create_policy


def test_the_dashboard_follows_the_navigators_policy(window):  # noqa: F811
    ws = window.ws
    second = create_policy(ws, "关于稳就业促创业的实施意见", short_title="稳就业意见")
    measure = add_measure(ws, add_task(ws, second, "扩大就业容量"), "支持返乡创业")
    assign(ws, measure, unit_by_name(ws.db, "米东区")["id"], "责任", "2020年6月底前")
    window.tabs.setCurrentIndex(1)
    board = window.dashboard()
    window._scope_changed({"policy_id": 1})
    assert board.policy_id() == 1
    window._scope_changed({"policy_id": second})
    assert board.policy_id() == second


def test_archiving_a_unit_with_open_items_asks_first(qtbot, window, monkeypatch):  # noqa: F811
    from tracker.ui.dialogs.units_editor import UnitsEditor

    editor = UnitsEditor(lambda: window.ws, QUndoStack(), window)
    qtbot.addWidget(editor)
    unit = unit_by_name(window.ws.db, "米东区")
    editor.select_unit(unit["id"])
    asked = []

    def answer(*args, **_kw):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.toggle_archive()
    assert asked and "没有销号" in asked[0] and "米东区" in asked[0]
    assert unit_by_name(window.ws.db, "米东区")["active"]  # "No": nothing changed


def test_the_template_export_names_its_policy_and_lists_its_units_in_use(window):  # noqa: F811
    from tracker.services.units import archive_unit
    from tracker.ui.export_dialogs import ExportTemplatesDialog

    ws = window.ws
    archive_unit(ws, unit_by_name(ws.db, "米东区")["id"])
    dialog = ExportTemplatesDialog(window)
    names = [dialog.units.item(r).text() for r in range(dialog.units.count())]
    assert "双创" in dialog.policy_label.text()
    assert "米东区" not in names and "天山区" in names
    dialog.deleteLater()
