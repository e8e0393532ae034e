"""Reporting periods: one month, written "YYYY-MM" (a quarter is stored as its last month).

``due_date(p, due_day)``: reports for month ``p`` are due on day ``due_day`` of the following
month (clamped to that month's last day), moved to the next working day when that is a holiday
or weekend.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from tracker.deadlines import cn_digits
from tracker.errors import TrackerError
from tracker.textnorm import nfkc
from tracker.workdays import next_workday

_MONTH_FORMS = tuple(re.compile(rx) for rx in (
    r"(\d{4})[-/.](\d{1,2})",
    r"(\d{4})(\d{2})",
    r"(\d{4})年(\d{1,2})月份?",
))
_QUARTER_FORMS = tuple(re.compile(rx, re.IGNORECASE) for rx in (
    r"(\d{4})年?第?([1-4])季度?",
    r"(\d{4})-?q([1-4])",
))


def _invalid(text: object) -> TrackerError:
    return TrackerError("period_invalid", exit_code=2, text=str(text))


def parse_period(text: str | date) -> str:
    """"2019-6", "2019年06月", "201906", "２０１９.６", "2019年二季度", "2019Q2", a date → "2019-06".
    Raises ``TrackerError("period_invalid", exit_code=2, text=…)`` otherwise."""
    if isinstance(text, datetime | date):
        return f"{text.year:04d}-{text.month:02d}"
    if not isinstance(text, str):
        raise _invalid(text)
    s = cn_digits(re.sub(r"\s+", "", nfkc(text)))
    year = month = None
    for rx in _MONTH_FORMS:
        if m := rx.fullmatch(s):
            year, month = int(m.group(1)), int(m.group(2))
            break
    else:
        for rx in _QUARTER_FORMS:
            if m := rx.fullmatch(s):
                year, month = int(m.group(1)), int(m.group(2)) * 3
                break
    if year is None or month is None or not (1900 <= year <= 2199 and 1 <= month <= 12):
        raise _invalid(text)
    return f"{year:04d}-{month:02d}"


def _ym(p: str) -> tuple[int, int]:
    if type(p) is str and len(p) == 7 and p[4] == "-" and p.isascii():  # already "2019-06"
        head, tail = p[:4], p[5:]
        if head.isdigit() and tail.isdigit() and 1900 <= int(head) <= 2199 \
                and 1 <= int(tail) <= 12:
            return int(head), int(tail)
    year, month = parse_period(p).split("-")
    return int(year), int(month)


def _from_index(i: int) -> str:
    return f"{i // 12:04d}-{i % 12 + 1:02d}"


def _index(p: str) -> int:
    year, month = _ym(p)
    return year * 12 + month - 1


def period_of(d: date) -> str:
    """The period a date falls in: 2019-06-15 → "2019-06"."""
    return f"{d.year:04d}-{d.month:02d}"


def period_label(p: str) -> str:
    """"2019-06" → "2019年6月"."""
    year, month = _ym(p)
    return f"{year}年{month}月"


def period_end(p: str) -> date:
    """Last day of the period's month."""
    year, month = _ym(p)
    return date(year, month, calendar.monthrange(year, month)[1])


def period_start(p: str) -> date:
    """First day of the period's month."""
    year, month = _ym(p)
    return date(year, month, 1)


def prev_period(p: str) -> str:
    return _from_index(_index(p) - 1)


def next_period(p: str) -> str:
    return _from_index(_index(p) + 1)


def period_range(a: str, b: str) -> list[str]:
    """Every period from ``a`` to ``b``, both included; empty when ``b`` is before ``a``."""
    return [_from_index(i) for i in range(_index(a), _index(b) + 1)]


def due_date(p: str, due_day: int) -> date:
    """Day ``due_day`` (1–31, clamped to month end) of the month after ``p``, moved to the next
    working day. Raises ``TrackerError("due_day_invalid", exit_code=2, value=…)`` for bad days."""
    if isinstance(due_day, bool) or not isinstance(due_day, int) or not 1 <= due_day <= 31:
        raise TrackerError("due_day_invalid", exit_code=2, value=due_day)
    year, month = _ym(next_period(p))
    day = min(due_day, calendar.monthrange(year, month)[1])
    return next_workday(date(year, month, day))
