"""tracker.db.browse: the window table's filter, sort and paging queries."""

from __future__ import annotations

import pytest

from tracker.db import browse
from tracker.demo import build_demo
from tracker.periods import period_end
from tracker.services.reports import ReportInput, record_report
from tracker.services.status import default_period, period_counts, period_due, rules
from tracker.services.workspace import open_workspace


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    path = tmp_path_factory.mktemp("browse") / "demo.sqlite"
    build_demo(path)
    ws = open_workspace(path, who="测试员", program="pytest")
    yield ws
    ws.close()


def judging(ws, period=None):
    period = period or default_period(ws, None)
    return browse.Judging(period, period_end(period), period_due(ws, period), rules(ws))


@pytest.mark.parametrize("sort", browse.SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_returns_every_row(ws, sort, descending):
    ids = browse.matching_ids(ws.db, browse.BrowseFilter(), judging(ws), sort, descending)
    assert sorted(ids) == sorted(r[0] for r in ws.db.execute("SELECT id FROM assignment"))


@pytest.mark.parametrize("sort", [k for k in browse.SORT_KEYS if k != "light"])
@pytest.mark.parametrize("f", [browse.BrowseFilter(), browse.BrowseFilter(unit_id=3),
                               browse.BrowseFilter(policy_id=1, task_id=None)])
def test_ids_without_the_report_joins_are_the_same_ids_in_the_same_order(ws, f, sort):
    j = judging(ws)
    params = {"period": j.period}
    where = browse._where(f, params)
    for descending in (False, True):
        full = [r[0] for r in ws.db.execute(
            f"SELECT a.id {browse._FROM}{where}{browse._order(sort, descending)}", params)]
        assert browse.matching_ids(ws.db, f, j, sort, descending) == full


def test_unknown_sort_key_is_refused(ws):
    with pytest.raises(ValueError):
        browse.matching_ids(ws.db, browse.BrowseFilter(), judging(ws), "nope")


@pytest.mark.parametrize("f", [
    browse.BrowseFilter(), browse.BrowseFilter(text="滞后"), browse.BrowseFilter(light="grey"),
    browse.BrowseFilter(overdue=True, unit_id=3), browse.BrowseFilter(status="已完成"),
    browse.BrowseFilter(text="区 推进", not_reported=True), browse.BrowseFilter(due_soon=True),
])
def test_count_equals_the_ids(ws, f):
    j = judging(ws)
    assert browse.count_matching(ws.db, f, j) == len(browse.matching_ids(ws.db, f, j))


def test_lights_agree_with_the_counting_function(ws):
    j = judging(ws)
    counts = period_counts(ws, None, j.period).total
    for light, n in counts.by_light.items():
        assert browse.count_matching(ws.db, browse.BrowseFilter(light=light), j) == n


def test_text_search_reaches_reports_of_any_period_and_escapes_wildcards(ws):
    aid = ws.db.execute("SELECT min(id) FROM assignment").fetchone()[0]
    record_report(ws, aid, "2019-06", ReportInput(status="推进中", progress="完成率50%_水利"))
    j = judging(ws, "2019-11")
    assert aid in browse.matching_ids(ws.db, browse.BrowseFilter(text="50%_水"), j)
    assert browse.matching_ids(ws.db, browse.BrowseFilter(text="%_%_%_%_%"), j) == []
    both = browse.matching_ids(ws.db, browse.BrowseFilter(text="水利 完成率"), j)
    assert aid in both


def test_fetch_rows_keeps_order_and_judges(ws):
    j = judging(ws)
    ids = browse.matching_ids(ws.db, browse.BrowseFilter(), j, "percent", True)[:7]
    rows = browse.fetch_rows(ws.db, ids, j)
    assert [r["assignment_id"] for r in rows] == ids
    assert all(r["judgement"].light.value in browse.LIGHT_RANK for r in rows)
    assert browse.fetch_rows(ws.db, [], j) == []


@pytest.mark.parametrize("period", ["2019-06", "2019-09", "2019-11", "2020-03"])
@pytest.mark.parametrize("f", [
    browse.BrowseFilter(overdue=True), browse.BrowseFilter(not_reported=True),
    browse.BrowseFilter(due_soon=True), browse.BrowseFilter(overdue=True, not_reported=True),
    *(browse.BrowseFilter(light=light) for light in browse.LIGHT_RANK),
])
def test_judged_filters_keep_exactly_the_rows_judging_keeps(ws, period, f):
    """The SQL narrowing before judging drops no row the judgement would keep."""
    j = judging(ws, period)
    everything = browse.matching_ids(ws.db, browse.BrowseFilter(), j)
    rows = browse.fetch_rows(ws.db, everything, j)
    expected = [r["assignment_id"] for r in rows if browse._keeps(f, r["judgement"])]
    assert browse.matching_ids(ws.db, f, j) == expected
