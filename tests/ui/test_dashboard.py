"""The dashboard: its numbers are the counting function's, and every number drills down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from tracker.db.actions import write_action
from tracker.services.settings import set_settings
from tracker.services.status import default_period, period_counts, resolve_policy
from tracker.ui.dashboard import DashboardView


@pytest.fixture
def view(qtbot, ws):
    v = DashboardView(lambda: ws)
    qtbot.addWidget(v)
    v.resize(1366, 900)
    v.refresh()
    v.show()
    qtbot.waitExposed(v)
    return v


def expected_totals(ws, period=None):
    policy = resolve_policy(ws)
    c = period_counts(ws, policy["id"], period)
    t = c.total
    return {"total": t.total, **t.by_status, "逾期": t.overdue, "未报送": t.not_reported}


def test_totals_equal_period_counts_on_the_demo(ws, view):
    policy = resolve_policy(ws)
    assert view.period() == default_period(ws, policy["id"]) == "2019-11"
    assert view.policy_id() == policy["id"]
    totals = view.totals()
    assert totals == expected_totals(ws, "2019-11")
    assert totals["total"] == 105 and totals["逾期"] > 0 and totals["未报送"] > 0
    # the tiles show the same numbers
    for key, tile in view.tiles.items():
        assert tile.value_text() == str(totals[key])


def test_a_note_says_how_unreported_items_are_counted(qtbot, ws, view):
    """The tiles and charts count a 未报送 item under its latest report's status (as the
    monthly report's tables do); a note says so, with the number, and is in Chinese."""
    from PySide6.QtWidgets import QApplication

    from tracker.ui.app import install_translators, remove_translators

    n = view.totals()["未报送"]
    assert n > 0 and view.note_label.isVisible()
    assert f" {n} " in view.note_label.text()
    install_translators(QApplication.instance(), "zh_CN")
    try:
        fresh = DashboardView(lambda: ws)
        qtbot.addWidget(fresh)
        fresh.refresh()
        assert fresh.note_label.text().startswith(f"注：本期未报送的 {n} 项任务")
    finally:
        remove_translators(QApplication.instance())


def test_choosing_another_period_recounts(qtbot, ws, view):
    combo = view.period_combo
    index = combo.findData("2019-08")
    assert index >= 0
    combo.setFocus()
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert view.period() == "2019-08"
    assert view.totals() == expected_totals(ws, "2019-08")
    view.set_period("2019年9月")
    assert view.period() == "2019-09"
    assert view.totals() == expected_totals(ws, "2019-09")


@pytest.mark.parametrize(("tile", "expected"), [
    ("逾期", {"overdue": True}), ("未报送", {"not_reported": True}),
    ("滞后", {"status": "滞后"}), ("已完成", {"status": "已完成"}), ("total", {})])
def test_clicking_a_tile_drills_down(qtbot, view, tile, expected):
    with qtbot.waitSignal(view.drillDown, timeout=1000) as blocker:
        qtbot.mouseClick(view.tiles[tile], Qt.MouseButton.LeftButton)
    assert blocker.args == [expected]


def test_clicking_a_light_drills_down(qtbot, view):
    with qtbot.waitSignal(view.drillDown, timeout=1000) as blocker:
        qtbot.mouseClick(view.light_tiles["red"], Qt.MouseButton.LeftButton)
    assert blocker.args == [{"light": "red"}]
    red = int(view.light_tiles["red"].value_text())
    assert red == view.counts().total.by_light["red"] > 0


def _click_cell(qtbot, table, row, column):
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_register_cells_drill_down_by_unit(qtbot, ws, view):
    model = view.register_model
    row = next(i for i, r in enumerate(model.rows) if r["not_reported"] > 0)
    unit_id = model.rows[row]["unit_id"]
    col = next(i for i, c in enumerate(model.columns) if c.key == "not_reported")
    view.register_view.scrollTo(model.index(row, col))
    with qtbot.waitSignal(view.drillDown, timeout=1000) as blocker:
        _click_cell(qtbot, view.register_view, row, col)
    assert blocker.args == [{"unit_id": unit_id, "not_reported": True}]
    # the row's numbers are the counting function's, per unit
    unit_counts = period_counts(ws, view.policy_id(), view.period(), unit_id=unit_id).total
    assert model.rows[row]["not_reported"] == unit_counts.not_reported
    assert model.rows[row]["total"] == unit_counts.total


def test_overdue_list_and_its_heading(qtbot, view):
    overdue = view.counts().total.overdue
    assert view.late_model.rowCount() == overdue
    assert f"({overdue})" in view.late_head.text()
    with qtbot.waitSignal(view.drillDown, timeout=1000) as blocker:
        qtbot.mouseClick(view.late_head, Qt.MouseButton.LeftButton)
    assert blocker.args == [{"overdue": True}]
    first = view.late_model.rows[0]["assignment_id"]
    with qtbot.waitSignal(view.drillDown, timeout=1000) as blocker:
        _click_cell(qtbot, view.late_view, 0, 0)
    assert blocker.args == [{"assignment_id": first}]


def test_due_soon_list_follows_the_warning_days(ws, view):
    """By default (30 days) the list holds what falls due before the next month's reports
    (the demo's deadlines are month ends, 25+ days after the due day); with 7 days none."""
    assert view.soon_model.rowCount() > 0
    set_settings(ws, warning_days=7)
    view.refresh()
    assert view.soon_model.rowCount() == 0
    set_settings(ws, warning_days=30)
    view.set_period("2019-08")  # judged on 2019-09-05: "2019年9月30日" is 25 days away
    c = view.counts()
    soon = {s.assignment_id for s, j in c.judged if j.due_soon and not j.overdue}
    assert soon
    assert {r["assignment_id"] for r in view.soon_model.rows} == soon
    assert f"({len(soon)})" in view.soon_head.text()
    got = []
    view.drillDown.connect(got.append)
    view.soon_head.click()
    assert got == [{"due_soon": True}]


def test_chart_segment_click_drills_to_task_and_status(qtbot, view):
    chart_view = view.task_chart
    chart = chart_view.chart()
    series = chart_view.series
    first_task = view.counts().by_task[1]
    done = first_task.by_status["已完成"]
    assert done > 0
    # bars are drawn bottom-up: the first task is the last bar
    bar_index = len(chart_view.categories) - 1
    scene_pos = chart.mapToPosition(QPointF(done / 2, bar_index), series)
    pos = chart_view.mapFromScene(scene_pos)
    with qtbot.waitSignal(chart_view.segmentClicked, timeout=1000) as blocker:
        qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    assert blocker.args == [{"task_seq": 1, "status": "已完成"}]


def test_receipt_register_shows_the_latest_state(qtbot, ws, view):
    policy_id = view.policy_id()
    units = {r["unit_name"]: r["unit_id"] for r in view.register_model.rows}
    with write_action(ws.db, "测试员", "receipt", "登记") as act:
        act.insert("receipt", {"unit_id": units["天山区"], "policy_id": policy_id,
                               "period": "2019-11", "state": "received",
                               "file_name": "天山区.xlsx", "at": "2019-12-03T10:02:00"})
        act.insert("receipt", {"unit_id": units["天山区"], "policy_id": policy_id,
                               "period": "2019-11", "state": "imported",
                               "file_name": "天山区.xlsx", "at": "2019-12-03T10:05:00"})
        act.insert("receipt", {"unit_id": units["米东区"], "policy_id": policy_id,
                               "period": "2019-11", "state": "wrong_file",
                               "file_name": "别的.xlsx", "at": "2019-12-06T09:00:00"})
    view.refresh()
    rows = {r["unit_name"]: r for r in view.register_model.rows}
    assert rows["天山区"]["receipt"] == "Imported"
    assert rows["天山区"]["receipt_at"] == "2019年12月3日 10:05"
    assert rows["米东区"]["receipt"] == "Wrong file"  # after its reports (2019-12-05)
    # the demo's units typed their November reports in after the templates were sent
    assert rows["市科技局"]["receipt"] == "Reported (typed in)"
    assert rows["市科技局"]["receipt_at"] == "2019年12月5日"
    view.set_period("2019-12")  # nothing recorded yet for December
    assert {r["receipt"] for r in view.register_model.rows} == {"Nothing"}


def test_dashboard_speaks_chinese(qtbot, ws, zh):
    v = DashboardView(lambda: ws)
    qtbot.addWidget(v)
    v.refresh()
    assert "落实情况" in v.title_label.text()
    assert "2019年11月" in v.title_label.text()
    assert "按报送截止日 2019年12月5日" in v.subtitle_label.text()
    assert v.tiles["未报送"].caption == "未报送"
    assert v.tiles["total"].caption == "分解任务"
    assert {r["receipt"] for r in v.register_model.rows} == {"已报送（录入）"}
    v.set_period("2019-12")
    assert {r["receipt"] for r in v.register_model.rows} == {"无记录"}
    headers = [v.register_model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(v.register_model.columnCount())]
    assert headers[0] == "单位" and "报送材料" in headers


def test_long_task_titles_end_in_an_ellipsis_with_the_whole_title_as_tooltip(qtbot, ws, view):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    chart_view = view.task_chart
    titles = view.counts().task_titles
    labels = [label for label, _ in chart_view.categories]
    seqs = [f["task_seq"] for _, f in chart_view.categories]
    for seq, label, tip in zip(seqs, labels, chart_view.tips, strict=True):
        whole = f"{seq}. {titles[seq]}"
        assert tip == whole
        if len(titles[seq]) > 12:
            assert label.endswith("…") and whole.startswith(label[:-1])
        else:
            assert label == whole
    eighth = labels[seqs.index(8)]
    assert eighth.endswith("…") and "最后一公里" in chart_view.tips[seqs.index(8)]
    # hovering the eighth task's axis label shows the whole title
    chart = chart_view.chart()
    bar_index = len(labels) - 1 - seqs.index(8)
    plot = chart.plotArea()
    at = chart.mapToPosition(QPointF(0, bar_index), chart_view.series)
    pos = chart_view.mapFromScene(chart.mapToScene(QPointF(plot.left() - 40, at.y())))
    assert chart_view.category_at(pos) == seqs.index(8)
    viewport = chart_view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos,
                                                viewport.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: QToolTip.text() == chart_view.tips[seqs.index(8)], timeout=2000)
    QToolTip.hideText()


def test_chart_axis_ticks_are_whole_evenly_spaced_numbers():
    from tracker.ui.dashboard_parts import StatusBarChart, axis_ticks

    for top in range(0, 400):
        end, ticks = axis_ticks(top)
        step = end / (ticks - 1)
        assert end >= max(top, 1) and step == int(step) and ticks <= 11, top
        assert end - step < max(top, 1)  # no empty step at the end
    chart = StatusBarChart("各重点任务完成情况")
    chart.set_data([("3. 任务", {"task_seq": 3})], [{"推进中": 13}])
    assert (chart.x_axis.max(), chart.x_axis.tickCount()) == (14, 8)  # 0 2 4 … 14, not 0 2 5 7 …
