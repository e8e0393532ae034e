"""Chinese working days: public holidays and 调休 make-up workdays (via ``chinese_calendar``).

``chinese_calendar`` knows a fixed range of years (each release adds the year the State Council
has announced). For a year outside that range these functions fall back to Monday–Friday and
say so: ``calendar_knows(year)`` tells the caller, and ``calendar_problems(...)`` turns the
dates used into ``Problem("calendar_fallback", {"year": …})`` warnings to show the user.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from tracker.errors import Problem

_MAX_STEPS = 3660  # no run of non-workdays is this long; guards against an endless loop


def _as_date(d: date) -> date:
    return d.date() if isinstance(d, datetime) else d


@lru_cache(maxsize=256)
def calendar_knows(year: int) -> bool:
    """True when the holiday calendar has data for ``year`` (else Mon–Fri is assumed)."""
    import chinese_calendar

    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def is_workday(d: date) -> bool:
    """True on a working day: not a public holiday, and a weekday or a 调休 make-up day.
    Years the calendar does not know count Monday–Friday as workdays."""
    d = _as_date(d)
    if not calendar_knows(d.year):
        return d.weekday() < 5
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(d))
    except NotImplementedError:  # a partly covered year
        return d.weekday() < 5


def next_workday(d: date) -> date:
    """``d`` itself when it is a workday, else the first workday after it."""
    d = _as_date(d)
    for _ in range(_MAX_STEPS):
        if is_workday(d):
            return d
        d += timedelta(days=1)
    raise AssertionError("no workday found")  # pragma: no cover


def add_workdays(d: date, n: int) -> date:
    """The date ``n`` workdays after ``d`` ("N个工作日内" counted from ``d``, ``d`` excluded).
    ``n == 0`` gives ``d``; a negative ``n`` counts backwards."""
    d = _as_date(d)
    step = timedelta(days=1 if n >= 0 else -1)
    left = abs(n)
    while left:
        d += step
        if is_workday(d):
            left -= 1
    return d


def workdays_between(a: date, b: date) -> int:
    """Number of workdays after ``a`` up to and including ``b`` (0 when ``b <= a``)."""
    a, b = _as_date(a), _as_date(b)
    count = 0
    while a < b:
        a += timedelta(days=1)
        count += is_workday(a)
    return count


def calendar_problems(*dates: date | None) -> list[Problem]:
    """One ``calendar_fallback`` warning per year among ``dates`` the calendar does not know."""
    years = sorted({_as_date(d).year for d in dates if d is not None})
    return [Problem("calendar_fallback", {"year": y}) for y in years if not calendar_knows(y)]
