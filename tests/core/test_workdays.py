from datetime import date, datetime

import pytest

from tracker.workdays import (
    add_workdays,
    calendar_knows,
    calendar_problems,
    is_workday,
    next_workday,
    workdays_between,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 10, 1), False),  # 国庆节
        (date(2019, 10, 7), False),  # 国庆假期（周一）
        (date(2019, 10, 8), True),
        (date(2019, 9, 29), True),  # 周日调休上班
        (date(2019, 10, 12), True),  # 周六调休上班
        (date(2019, 5, 1), False),  # 劳动节
        (date(2019, 5, 5), True),  # 周日调休上班
        (date(2019, 6, 7), False),  # 端午节（周五）
        (date(2019, 7, 6), False),  # 普通周六
        (date(2019, 7, 8), True),  # 普通周一
        (datetime(2019, 10, 1, 9, 30), False),
        (date(2100, 1, 1), True),  # 未知年份：按周一至周五（周五）
        (date(2100, 1, 2), False),  # 未知年份：周六
    ],
)
def test_is_workday(day, expected):
    assert is_workday(day) is expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 10, 1), date(2019, 10, 8)),
        (date(2019, 9, 29), date(2019, 9, 29)),
        (date(2019, 5, 1), date(2019, 5, 5)),
        (date(2019, 7, 6), date(2019, 7, 8)),
        (date(2100, 1, 2), date(2100, 1, 4)),
    ],
)
def test_next_workday(day, expected):
    assert next_workday(day) == expected


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(2019, 7, 1), 10, date(2019, 7, 15)),
        (date(2019, 9, 27), 1, date(2019, 9, 29)),  # 周日调休算工作日
        (date(2019, 9, 30), 1, date(2019, 10, 8)),  # 跳过国庆假期
        (date(2019, 9, 30), 5, date(2019, 10, 12)),  # 10-12 周六调休上班
        (date(2019, 7, 1), 0, date(2019, 7, 1)),
        (date(2019, 10, 8), -1, date(2019, 9, 30)),
        (date(2100, 1, 1), 1, date(2100, 1, 4)),
    ],
)
def test_add_workdays(day, n, expected):
    assert add_workdays(day, n) == expected


def test_workdays_between():
    assert workdays_between(date(2019, 9, 30), date(2019, 10, 8)) == 1
    assert workdays_between(date(2019, 10, 8), date(2019, 9, 30)) == 0


@pytest.mark.parametrize(("year", "known"), [(2019, True), (2020, True), (2100, False), (1990, False)])
def test_calendar_knows(year, known):
    assert calendar_knows(year) is known


def test_calendar_problems_one_per_unknown_year():
    problems = calendar_problems(date(2019, 1, 1), None, date(2100, 3, 1), date(2100, 5, 1))
    assert [(p.code, p.data) for p in problems] == [("calendar_fallback", {"year": 2100})]
    assert calendar_problems(date(2019, 1, 1)) == []
