"""The assignment matrix: click to assign and cycle roles, undo, all 区县 at once, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from tests.helpers import fresh_ws
from tests.ui.edit_support import demo_copy, install_zh, open_ws, type_cn
from tracker.db.editing_queries import policy_assignments
from tracker.db.queries import find_assignment, list_units, measures, unit_by_name
from tracker.ui.matrix import AssignmentMatrix


@pytest.fixture(autouse=True)
def zh():
    translator = install_zh()
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def seed_ws(tmp_path):
    w = fresh_ws(tmp_path)  # the seed policy and unit catalog, nothing assigned
    yield w
    w.close()


@pytest.fixture
def demo_ws(tmp_path, tmp_path_factory):
    w = open_ws(demo_copy(tmp_path, tmp_path_factory))
    yield w
    w.close()


def matrix(qtbot, ws, stack):
    m = AssignmentMatrix(lambda: ws, stack, 1)
    qtbot.addWidget(m)
    m.show()
    qtbot.waitExposed(m)
    return m


def cell(m, code, unit_name):
    mid = next(x["id"] for x in m.model.measures if x["code"] == code)
    uid = next(u["id"] for u in m.model.units if u["name"] == unit_name)
    return mid, uid, m.model.find(mid, uid)


def click_cell(qtbot, m, index):
    m.view.scrollTo(index)
    rect = m.view.visualRect(index)
    qtbot.mouseClick(m.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_click_assigns_cycles_and_undo_removes(qtbot, seed_ws):
    stack = QUndoStack()
    m = matrix(qtbot, seed_ws, stack)
    mid, uid, index = cell(m, "2.3", "市工信局")
    type_cn(m.deadline_edit, "2019年底前")
    assert m.deadline_msg.text() == "→ 2019年12月31日"
    click_cell(qtbot, m, index)
    a = find_assignment(seed_ws.db, mid, uid)
    assert a["role"] == "牵头" and a["deadline_text"] == "2019年底前"
    assert a["deadline_date"] == "2019-12-31"
    assert m.model.index(index.row(), index.column()).data() == "牵头"
    click_cell(qtbot, m, index)
    assert find_assignment(seed_ws.db, mid, uid)["role"] == "责任"
    click_cell(qtbot, m, index)
    assert find_assignment(seed_ws.db, mid, uid)["role"] == "配合"
    click_cell(qtbot, m, index)
    assert find_assignment(seed_ws.db, mid, uid) is None
    assert stack.count() == 4
    stack.undo()
    assert find_assignment(seed_ws.db, mid, uid)["role"] == "配合"
    stack.undo()
    stack.undo()
    assert m.model.index(index.row(), index.column()).data() == "牵头"
    stack.undo()
    assert find_assignment(seed_ws.db, mid, uid) is None
    assert m.model.index(index.row(), index.column()).data() is None


def test_context_menu_picks_the_role(qtbot, seed_ws):
    stack = QUndoStack()
    m = matrix(qtbot, seed_ws, stack)
    mid, uid, index = cell(m, "1.2", "市发改委")
    menu = m.build_menu(index)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["牵头", "责任", "配合", "取消分解"]
    menu.actions()[2].trigger()  # 配合
    assert find_assignment(seed_ws.db, mid, uid)["role"] == "配合"
    m.build_menu(index).actions()[-1].trigger()  # 取消分解
    assert find_assignment(seed_ws.db, mid, uid) is None


def test_assign_to_all_districts(qtbot, seed_ws):
    stack = QUndoStack()
    counties = [u for u in list_units(seed_ws.db) if u["kind"] == "区县"]
    zones = [u for u in list_units(seed_ws.db) if u["kind"] == "开发区"]
    assert (len(counties), len(zones)) == (8, 1)  # the seed catalog
    m = matrix(qtbot, seed_ws, stack)
    assert m.all_counties_button.text() == "分配给全部区县"
    mid = next(x["id"] for x in measures(seed_ws.db, 1) if x["code"] == "3.3")
    row = next(i for i, x in enumerate(m.model.measures) if x["id"] == mid)
    header = m.view.verticalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(
                         header.width() // 2, header.sectionViewportPosition(row) + 5))
    assert m.selected_measure()["id"] == mid
    type_cn(m.deadline_edit, "长期坚持")
    qtbot.mouseClick(m.all_counties_button, Qt.MouseButton.LeftButton)
    made = [a for a in policy_assignments(seed_ws.db, 1) if a["measure_id"] == mid]
    assert len(made) == 8
    assert {a["unit_id"] for a in made} == {u["id"] for u in counties}
    assert {a["role"] for a in made} == {"责任"}
    assert {a["deadline_text"] for a in made} == {"长期坚持"}
    assert stack.count() == 1 and "3.3" in stack.text(0)
    stack.undo()
    assert [a for a in policy_assignments(seed_ws.db, 1) if a["measure_id"] == mid] == []


def test_removing_an_assignment_with_reports_is_refused(qtbot, demo_ws):
    stack = QUndoStack()
    m = matrix(qtbot, demo_ws, stack)
    tianshan = unit_by_name(demo_ws.db, "天山区")["id"]
    mid, uid, index = cell(m, "1.1", "天山区")
    assert uid == tianshan and index.data() == "责任"
    m.build_menu(index).actions()[-1].trigger()  # 取消分解
    box = m.findChild(QMessageBox, "verbError")
    assert box is not None and "已有报送记录" in box.text()
    assert find_assignment(demo_ws.db, mid, uid) is not None and stack.count() == 0
    box.accept()
