"""The assignment table model without a window: lazy pages, total count, roles, filters and
sorting, checked against the database and the one counting function."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.ui.window_support import demo_path, demo_ws  # noqa: F401 - fixtures
from tracker.db import browse
from tracker.model import Light
from tracker.services.status import default_period, period_counts
from tracker.ui import assignment_model as am


@pytest.fixture
def model(qtbot, demo_ws):  # noqa: F811
    m = am.AssignmentModel(lambda: demo_ws)
    m.set_period(default_period(demo_ws, None))
    return m


def db_count(ws) -> int:
    return ws.db.execute("SELECT count(*) FROM assignment").fetchone()[0]


def test_rows_are_fetched_lazily_in_pages(model, demo_ws, monkeypatch):  # noqa: F811
    monkeypatch.setattr(am, "PAGE", 40)
    model.refresh()
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 40
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == db_count(demo_ws) == 105
    assert not model.canFetchMore(QModelIndex())


def test_total_count_asks_the_database_not_the_fetched_rows(model, demo_ws):  # noqa: F811
    assert model.rowCount() == 0
    assert model.total_count() == db_count(demo_ws)


def test_id_role_and_sort_role_give_native_values(model, demo_ws):  # noqa: F811
    model.fetchMore(QModelIndex())
    first = model.index(0, am.COLUMNS.index("percent"))
    aid = first.data(am.ID_ROLE)
    assert isinstance(aid, int)
    row = demo_ws.db.execute("SELECT id FROM assignment WHERE id = ?", [aid]).fetchone()
    assert row is not None
    assert isinstance(first.data(am.SORT_ROLE), int)
    assert first.data(Qt.ItemDataRole.DisplayRole).endswith("%")
    code = model.index(0, 0).data(am.SORT_ROLE)
    assert isinstance(code, tuple) and all(isinstance(x, int) for x in code)
    light = model.index(0, am.COLUMNS.index("light"))
    assert light.data(Qt.ItemDataRole.DecorationRole) is not None
    assert light.data(Qt.ItemDataRole.ToolTipRole)


def test_headers_are_the_ten_columns(model):
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert heads[:3] == ["No.", "Measure", "Unit"] or heads[:3] == ["编号", "措施", "单位"]
    assert len(heads) == 10


def test_sort_by_light_puts_red_first_and_percent_descending(model):
    model.sort(am.COLUMNS.index("light"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ranks = [model.index(r, 5).data(am.SORT_ROLE) for r in range(model.rowCount())]
    assert ranks == sorted(ranks) and ranks[0] == 0
    model.sort(am.COLUMNS.index("percent"), Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    values = [model.index(r, 7).data(am.SORT_ROLE) for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_filters_match_the_counting_function(model, demo_ws):  # noqa: F811
    period = model.period
    counts = period_counts(demo_ws, None, period).total
    model.set_filter(overdue=True)
    assert model.total_count() == counts.overdue > 0
    model.set_filter(browse.BrowseFilter(not_reported=True))
    assert model.total_count() == counts.not_reported > 0
    for light in Light:
        model.set_filter(browse.BrowseFilter(light=light.value))
        assert model.total_count() == counts.by_light[light.value]
    model.set_filter(browse.BrowseFilter(status="滞后"))
    assert model.total_count() == counts.by_status["滞后"]


def test_two_character_word_and_unit_filter(model, demo_ws):  # noqa: F811
    model.set_filter(browse.BrowseFilter(text="滞后"))
    assert model.total_count() > 0  # FTS trigram would find nothing for two characters
    model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total_count()
    unit = demo_ws.db.execute("SELECT id FROM unit WHERE name = '米东区'").fetchone()[0]
    model.set_filter(browse.BrowseFilter(unit_id=unit))
    expected = demo_ws.db.execute("SELECT count(*) FROM assignment WHERE unit_id = ?",
                                  [unit]).fetchone()[0]
    assert model.total_count() == expected > 0
    model.fetchMore(QModelIndex())
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"米东区"}
