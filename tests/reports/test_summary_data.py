"""Monthly summary numbers against a small hand-computed fixture."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fresh_ws
from tracker.db.queries import list_units, measures
from tracker.services import assignments, reports
from tracker.services.reports import ReportInput
from tracker.services.summaries import monthly_summary


@pytest.fixture
def ws(tmp_path):
    w = fresh_ws(tmp_path)
    ms = {m["code"]: m["id"] for m in measures(w.db, 1)}
    us = {u["name"]: u["id"] for u in list_units(w.db)}
    a = {
        "1.1牵头": assignments.assign(w, ms["1.1"], us["市市场监管局"], "牵头", "2019年6月底前"),
        "1.1天山": assignments.assign(w, ms["1.1"], us["天山区"], "责任", "2019年6月底前"),
        "2.1牵头": assignments.assign(w, ms["2.1"], us["市财政局"], "牵头", "2019年12月底前"),
        "3.3米东": assignments.assign(w, ms["3.3"], us["米东区"], "牵头", "长期坚持"),
    }
    # May: 1.1 lead done already; June: see below
    reports.record_report(w, a["1.1牵头"], "2019-05", ReportInput(
        status="推进中", percent=60, progress="五月进展", reported_date=date(2019, 6, 3)))
    reports.record_report(w, a["1.1牵头"], "2019-06", ReportInput(
        status="已完成", percent=100, progress="全部完成", reported_date=date(2019, 7, 2)))
    reports.record_report(w, a["1.1天山"], "2019-06", ReportInput(
        status="推进中", percent=70, progress="天山区推进", problems="人手不足",
        next_steps="七月完成", reported_date=date(2019, 7, 9)))  # late: due 2019-07-05
    reports.record_report(w, a["2.1牵头"], "2019-06", ReportInput(
        status="滞后", percent=10, progress="刚起步", reported_date=date(2019, 7, 4)))
    # 3.3 米东区: nothing for June → 未报送
    yield w
    w.close()


def test_hand_computed_june_summary(ws):
    s = monthly_summary(ws, 1, "2019-06")
    assert s.due == date(2019, 7, 5) and s.as_of == date(2019, 7, 5)
    # assignments: 已完成 1 (1.1 lead), 推进中 1 (1.1 天山), 滞后 1 (2.1), 未启动 1 (3.3)
    assert s.total.total == 4
    assert s.total.by_status == {"已完成": 1, "推进中": 1, "未启动": 1, "滞后": 1}
    # 1.1 天山 deadline 2019-06-30 passed and not done → overdue; 米东 ongoing → never overdue
    assert s.total.overdue == 1 and s.total.not_reported == 1
    assert [i.unit for i in s.overdue] == ["天山区"]
    # measures: 31 in the policy; 3 decomposed. 1.1: the lead is done but 天山区 is not, so
    # the measure is not 已完成 (only when all its assignments are) but 推进中; 2.1 滞后; 3.3 未启动
    assert s.measure_total == 31 and s.measures.total == 3
    assert s.measures.by_status == {"已完成": 0, "推进中": 1, "未启动": 1, "滞后": 1}
    assert s.measures.overdue == 1
    assert s.not_reported_units == ["米东区"]
    assert s.late_units == ["天山区"]
    # on time: 3 expected reports + 1 missing = 4 expected; on time: lead 1.1, 2.1 = 2
    assert (s.total.expected_reports, s.total.on_time_reports) == (4, 2)
    assert [i.code for i in s.newly_done] == ["1.1"]
    assert {i.unit for i in s.newly_overdue} == {"天山区"}
    # 序时进度 as of 2019-07-05 from the start 2019-05-20: 天山区 to 2019-06-30 → 100%, reported
    # 70% → behind; 市财政局 to 2019-12-31 → 46/225 days = 20%, reported 10% → exactly the
    # 10-point tolerance, not behind
    assert [(i.unit, i.expected_percent) for i in s.behind] == [("天山区", 100)]
    detail = {d.code: d for d in s.detail}
    assert [r.unit for r in detail["1.1"].rows] == ["天山区", "市市场监管局"] or \
        [r.unit for r in detail["1.1"].rows] == ["市市场监管局", "天山区"]
    tianshan = next(r for r in detail["1.1"].rows if r.unit == "天山区")
    assert (tianshan.problems, tianshan.next_steps) == ("人手不足", "七月完成")
    text = s.bulletin()
    assert text.startswith("截至2019年6月30日")
    assert "31项具体措施中尚无已完成，推进中1项" in text and "0项" not in text
    assert "米东区未报送" in text and "天山区迟报" in text and "部分事项" not in text


def test_period_without_data_says_so(ws):
    s = monthly_summary(ws, 1, "2018-01")
    assert not s.has_data
    assert "本期尚无报送数据" in s.bulletin()


def test_rates_round_half_up():
    from tracker.reports.chart_data import format_value, half_up
    from tracker.reports.summary import pct, rate

    assert pct(9, 16) == "56.3%" and rate(0.5625) == "56.3%"  # Python's .1f says 56.2
    assert rate(1 / 3) == "33.3%" and rate(0) == "0.0%" and rate(1) == "100.0%"
    assert half_up(0.125, 2) == "0.13" and format_value(56.25, 1) == "56.3"


def test_a_unit_that_left_one_item_blank_is_not_called_silent(ws):
    """市财政局 reports 2.1 on time but leaves 4.1 blank: it 有部分事项未报送, it is not among
    the units that sent nothing (米东区), and no unit is named in two lists that contradict."""
    ms = {m["code"]: m["id"] for m in measures(ws.db, 1)}
    finance = next(u["id"] for u in list_units(ws.db) if u["name"] == "市财政局")
    assignments.assign(ws, ms["4.1"], finance, "牵头", "2019年12月底前")
    s = monthly_summary(ws, 1, "2019-06")
    assert s.silent_units == ["米东区"] and s.partly_units == ["市财政局"]
    assert sorted(s.not_reported_units) == sorted(["米东区", "市财政局"])
    text = s.bulletin()
    assert "米东区未报送" in text and "市财政局有部分事项未报送" in text
    assert "天山区迟报" in text
    from tracker.reports.monthly_doc import Numbering, _lagging

    said = [b.text for b in _lagging(s, Numbering()) if hasattr(b, "text")]
    assert "本期未报送的单位（1个）：米东区。" in said
    assert "有部分事项未报送的单位（1个）：市财政局。" in said


def test_a_returned_report_is_not_on_time_even_on_an_item_done_before(ws):
    """1.1 (lead) was done in May and reported done again in June, on time; June's report
    returned for rework no longer counts as a report on time (the item stays done, so it is
    not 未报送 either)."""
    from tracker.db.queries import find_report

    lead = ws.db.execute("SELECT a.id FROM assignment a JOIN unit u ON u.id = a.unit_id "
                         "WHERE u.name = '市市场监管局'").fetchone()[0]
    reports.record_report(ws, lead, "2019-05", ReportInput(
        status="已完成", percent=100, progress="五月完成", reported_date=date(2019, 6, 3)))
    before = monthly_summary(ws, 1, "2019-06").total
    assert (before.expected_reports, before.on_time_reports) == (4, 2)
    reports.review_report(ws, find_report(ws.db, lead, "2019-06")["id"], approve=False,
                          note="请补充佐证材料")
    after = monthly_summary(ws, 1, "2019-06").total
    assert (after.expected_reports, after.on_time_reports) == (4, 1)
    assert after.not_reported == before.not_reported


def test_templates_go_out_for_the_month_after_the_latest_reports(ws):
    from tracker.services.status import template_period

    # the fixture has June's reports (some of them)
    assert template_period(ws, 1, today=date(2019, 6, 25)) == "2019-06"  # June's go out
    assert template_period(ws, 1, today=date(2019, 7, 3)) == "2019-06"  # still collecting June
    assert template_period(ws, 1, today=date(2019, 7, 25)) == "2019-07"
    assert template_period(ws, 1, today=date(2020, 3, 20)) == "2019-07"  # an old database
    assert template_period(ws, 999, today=date(2019, 6, 25)) == "2019-06"  # nothing reported
    assert template_period(ws, 999, today=date(2019, 6, 3)) == "2019-05"
