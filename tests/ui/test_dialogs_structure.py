"""The units editor and the policy structure editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.edit_support import click, shown, type_cn
from tracker.db.editing_queries import aliases_of_unit
from tracker.db.queries import get_policy, get_row, measures, tasks, unit_by_name
from tracker.ui.dialogs.structure_editor import StructureEditor
from tracker.ui.dialogs.units_editor import UnitsEditor

pytestmark = pytest.mark.usefixtures("zh")


def click_row(qtbot, view, row):
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# ---------------------------------------------------------------- units


def test_archive_and_reactivate_a_unit(qtbot, ws, stack, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.Yes)  # it still has open items: asked
    d = shown(qtbot, UnitsEditor(lambda: ws, stack))
    uid = unit_by_name(ws.db, "米东区")["id"]
    click_row(qtbot, d.view, d.model.row_of(uid))
    assert d.edits["name"].text() == "米东区"
    assert d.archive_button.text() == "停用"
    click(qtbot, d.archive_button)
    assert len(asked) == 1 and "没有销号" in asked[0]
    assert get_row(ws.db, "unit", uid)["active"] == 0
    assert d.model.units[d.model.row_of(uid)]["active"] == 0
    assert d.archive_button.text() == "重新启用"
    d.show_archived.setChecked(False)
    assert d.model.row_of(uid) == -1
    d.show_archived.setChecked(True)
    click_row(qtbot, d.view, d.model.row_of(uid))
    click(qtbot, d.archive_button)
    assert get_row(ws.db, "unit", uid)["active"] == 1
    stack.undo()
    assert get_row(ws.db, "unit", uid)["active"] == 0


def test_deleting_a_unit_with_assignments_is_refused(qtbot, ws, stack):
    d = shown(qtbot, UnitsEditor(lambda: ws, stack))
    uid = unit_by_name(ws.db, "天山区")["id"]
    click_row(qtbot, d.view, d.model.row_of(uid))
    click(qtbot, d.delete_button)
    box = d.findChild(QMessageBox, "verbError")
    assert box is not None and box.isVisible()
    assert "不能删除" in box.text() and "天山区" in box.text()
    assert get_row(ws.db, "unit", uid) is not None and stack.count() == 0
    box.accept()


def test_add_edit_delete_a_unit_and_its_aliases(qtbot, ws, stack):
    d = shown(qtbot, UnitsEditor(lambda: ws, stack))
    click(qtbot, d.new_button)
    type_cn(d.edits["name"], "市统计局")
    type_cn(d.edits["short_name"], "统计局")
    d.kind_combo.setCurrentIndex(d.kind_combo.findData("市直部门"))
    type_cn(d.edits["contact"], "张三")
    qtbot.keyClicks(d.edits["phone"], "0991-1234567")
    click(qtbot, d.save_button)
    unit = unit_by_name(ws.db, "市统计局")
    assert unit["kind"] == "市直部门" and unit["phone"] == "0991-1234567"
    assert d.edits["name"].text() == "市统计局"  # the new unit is selected
    d.edits["contact"].selectAll()
    type_cn(d.edits["contact"], "李四")
    click(qtbot, d.save_button)
    assert get_row(ws.db, "unit", unit["id"])["contact"] == "李四"
    type_cn(d.alias_edit, "乌鲁木齐市统计局")
    click(qtbot, d.findChild(type(d.new_button), "addAlias"))
    assert "乌鲁木齐市统计局" in [a["alias"] for a in aliases_of_unit(ws.db, unit["id"])]
    assert "乌鲁木齐市统计局" in d.alias_model.stringList()
    row = d.alias_model.stringList().index("乌鲁木齐市统计局")
    d.alias_view.setCurrentIndex(d.alias_model.index(row))
    click(qtbot, d.findChild(type(d.new_button), "removeAlias"))
    assert "乌鲁木齐市统计局" not in [a["alias"] for a in aliases_of_unit(ws.db, unit["id"])]
    click(qtbot, d.delete_button)  # no assignments: it may go
    assert unit_by_name(ws.db, "市统计局") is None
    stack.undo()
    assert unit_by_name(ws.db, "市统计局") is not None


def test_unit_name_is_required(qtbot, ws, stack):
    d = shown(qtbot, UnitsEditor(lambda: ws, stack))
    click(qtbot, d.new_button)
    click(qtbot, d.save_button)
    assert d.form_msg.text() == "请填写单位名称。" and stack.count() == 0


# ---------------------------------------------------------------- structure


def codes(ws, policy_id):
    return {m["id"]: m["code"] for m in measures(ws.db, policy_id)}


def test_reorder_changes_measure_codes(qtbot, ws, stack):
    d = shown(qtbot, StructureEditor(lambda: ws, stack, 1))
    before = codes(ws, 1)
    m22 = next(i for i, c in before.items() if c == "2.2")
    m23 = next(i for i, c in before.items() if c == "2.3")
    index = d.find_index("measure", m22)
    d.tree.scrollTo(index)
    qtbot.mouseClick(d.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=d.tree.visualRect(index).center())
    assert d.item_heading.text() == "具体措施 2.2"
    click(qtbot, d.down_button)
    after = codes(ws, 1)
    assert after[m22] == "2.3" and after[m23] == "2.2"
    assert d.item_heading.text() == "具体措施 2.3"  # the moved measure stays selected
    click(qtbot, d.up_button)
    click(qtbot, d.up_button)
    assert codes(ws, 1)[m22] == "2.1"
    stack.undo()
    stack.undo()
    assert codes(ws, 1) == after
    stack.undo()
    assert codes(ws, 1) == before


def test_moving_a_task_renumbers_its_measures(qtbot, ws, stack):
    d = shown(qtbot, StructureEditor(lambda: ws, stack, 1))
    first = tasks(ws.db, 1)[0]
    d.select("task", first["id"])
    click(qtbot, d.down_button)
    assert [t["id"] for t in tasks(ws.db, 1)][1] == first["id"]
    moved = [m["code"] for m in measures(ws.db, 1) if m["task_id"] == first["id"]]
    assert moved == ["2.1", "2.2", "2.3"]


def test_add_task_and_measure_and_edit_policy(qtbot, ws, stack):
    d = shown(qtbot, StructureEditor(lambda: ws, stack, 1))
    click(qtbot, d.add_task_button)
    type_cn(d.item_title, "强化督查考核")
    click(qtbot, d.save_item_button)
    new_task = tasks(ws.db, 1)[-1]
    assert new_task["title"] == "强化督查考核" and new_task["seq"] == 9
    click(qtbot, d.add_measure_button)
    type_cn(d.item_title, "建立月度通报制度")
    type_cn(d.item_text, "每月通报各单位落实情况。")
    click(qtbot, d.save_item_button)
    m = [m for m in measures(ws.db, 1) if m["task_id"] == new_task["id"]]
    assert [(x["code"], x["title"]) for x in m] == [("9.1", "建立月度通报制度")]
    d.item_title.clear()
    type_cn(d.item_title, "建立月度通报和约谈制度")
    click(qtbot, d.save_item_button)
    assert get_row(ws.db, "measure", m[0]["id"])["title"] == "建立月度通报和约谈制度"
    type_cn(d.policy_edits["doc_number"], "乌党办发〔2019〕12号")
    click(qtbot, d.findChild(type(d.add_task_button), "savePolicy"))
    assert get_policy(ws.db, 1)["doc_number"] == "乌党办发〔2019〕12号"
    assert get_policy(ws.db, 1)["issue_date"] is None  # "not given" stays empty
    d.item_title.clear()
    click(qtbot, d.save_item_button)
    assert d.item_msg.text() == "标题不能为空。"
