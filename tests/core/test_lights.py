"""The light and flag rules, table-tested (judged as of a date, never 'today')."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.lights import AssignmentState, Rules, expected_percent, judge
from tracker.model import Light, Status

AS_OF = date(2019, 7, 5)
DUE = date(2019, 7, 5)


def state(**kw) -> AssignmentState:
    base = dict(assignment_id=1, measure_id=1, measure_code="1.1", measure_title="m",
                task_id=1, task_seq=1, task_title="t", unit_id=1, unit_name="天山区",
                unit_kind="区县", unit_sort=1, role="牵头", deadline_text="2019年12月底前",
                deadline_kind="month_end", deadline_date=date(2019, 12, 31),
                start_date=date(2019, 5, 20), closed_date=None, status=Status.ONGOING,
                percent=30, report_id=7, review_state="待审核", reported_date=date(2019, 7, 3),
                period_end=date(2019, 6, 30))
    base.update(kw)
    return AssignmentState(**base)


CASES = [
    # (name, overrides, light, overdue, not_reported)
    ("on track", {}, Light.GREEN, False, False),
    ("deadline passed", dict(deadline_date=date(2019, 6, 30)), Light.RED, True, False),
    ("passed but done", dict(deadline_date=date(2019, 6, 30), status=Status.DONE, percent=100),
     Light.GREEN, False, False),
    ("passed but closed", dict(deadline_date=date(2019, 6, 30), closed_date=date(2019, 7, 1)),
     Light.GREEN, False, False),
    ("ongoing never overdue", dict(deadline_kind="ongoing", deadline_date=None), Light.GREEN,
     False, False),
    ("recurring never overdue", dict(deadline_kind="recurring", deadline_date=None),
     Light.GREEN, False, False),
    ("no report", dict(report_id=None, review_state=None, reported_date=None), Light.GREY,
     False, True),
    ("only a returned report", dict(review_state="退回"), Light.GREY, False, True),
    ("red beats grey", dict(report_id=None, review_state=None, deadline_date=date(2019, 7, 1)),
     Light.RED, True, True),
    ("done never unreported", dict(report_id=None, review_state=None, status=Status.DONE),
     Light.GREEN, False, False),
    ("not started yet in the period", dict(report_id=None, review_state=None,
                                           start_date=date(2019, 8, 1)), Light.GREEN, False,
     False),
    ("due within warning days", dict(deadline_date=date(2019, 7, 10)), Light.YELLOW, False,
     False),
    ("reported 滞后", dict(status=Status.BEHIND), Light.YELLOW, False, False),
    ("behind 序时进度", dict(deadline_date=date(2019, 8, 5), percent=20), Light.YELLOW, False,
     False),
    ("within tolerance", dict(deadline_date=date(2019, 12, 31), percent=25), Light.GREEN,
     False, False),
    ("unparsed never overdue", dict(deadline_kind="unparsed", deadline_date=None), Light.GREEN,
     False, False),
]


@pytest.mark.parametrize("name,overrides,light,overdue,not_reported", CASES,
                         ids=[c[0] for c in CASES])
def test_rules(name, overrides, light, overdue, not_reported):
    j = judge(state(**overrides), AS_OF, DUE, Rules(warning_days=7, tolerance=10))
    assert (j.light, j.overdue, j.not_reported) == (light, overdue, not_reported)


def test_not_reported_only_once_the_due_day_has_come():
    s = state(report_id=None, review_state=None)
    assert not judge(s, date(2019, 7, 4), DUE).not_reported
    assert judge(s, date(2019, 7, 5), DUE).not_reported


def test_reported_late():
    j = judge(state(reported_date=date(2019, 7, 9)), date(2019, 7, 10), DUE)
    assert j.reported_late


@pytest.mark.parametrize("start,deadline,as_of,expected", [
    (date(2019, 1, 1), date(2019, 1, 11), date(2019, 1, 6), 50),
    (date(2019, 1, 1), date(2019, 1, 11), date(2018, 12, 1), 0),
    (date(2019, 1, 1), date(2019, 1, 11), date(2019, 3, 1), 100),
    (None, date(2019, 1, 11), date(2019, 1, 6), None),
])
def test_expected_percent(start, deadline, as_of, expected):
    assert expected_percent(start, deadline, as_of) == expected
