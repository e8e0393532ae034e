from datetime import date

import pytest

from tracker.errors import TrackerError
from tracker.periods import (
    due_date,
    next_period,
    parse_period,
    period_end,
    period_label,
    period_of,
    period_range,
    period_start,
    prev_period,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-06", "2019-06"),
        ("2019-6", "2019-06"),
        ("2019年6月", "2019-06"),
        ("2019年06月", "2019-06"),
        ("2019年6月份", "2019-06"),
        ("201906", "2019-06"),
        ("2019.6", "2019-06"),
        ("2019/06", "2019-06"),
        (" 2019-12 ", "2019-12"),
        ("２０１９年６月", "2019-06"),
        ("２０１９－０６", "2019-06"),
        ("二〇一九年六月", "2019-06"),
        ("2019年十二月", "2019-12"),
        ("2019年第二季度", "2019-06"),
        ("2019Q2", "2019-06"),
        ("2019q4", "2019-12"),
        ("2019-Q1", "2019-03"),
        ("2019年二季度", "2019-06"),
        ("2019年第3季度", "2019-09"),
        (date(2019, 6, 15), "2019-06"),
    ],
)
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["", "2019", "2019-13", "2019-00", "19-06", "2019年", "2019Q5", "六月", "下个月", None, 201906]
)
def test_parse_period_invalid(text):
    with pytest.raises(TrackerError) as info:
        parse_period(text)
    assert info.value.code == "period_invalid"
    assert info.value.exit_code == 2
    assert info.value.data == {"text": str(text)}


@pytest.mark.parametrize(
    ("p", "label", "start", "end"),
    [
        ("2019-06", "2019年6月", date(2019, 6, 1), date(2019, 6, 30)),
        ("2019-02", "2019年2月", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020-02", "2020年2月", date(2020, 2, 1), date(2020, 2, 29)),
        ("2019-12", "2019年12月", date(2019, 12, 1), date(2019, 12, 31)),
    ],
)
def test_label_start_end(p, label, start, end):
    assert period_label(p) == label
    assert period_start(p) == start
    assert period_end(p) == end


@pytest.mark.parametrize(
    ("p", "prev", "nxt"),
    [("2019-06", "2019-05", "2019-07"), ("2019-01", "2018-12", "2019-02"), ("2019-12", "2019-11", "2020-01")],
)
def test_prev_next(p, prev, nxt):
    assert prev_period(p) == prev
    assert next_period(p) == nxt


def test_period_range():
    assert period_range("2019-11", "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"]
    assert period_range("2019-06", "2019-06") == ["2019-06"]
    assert period_range("2019-07", "2019-06") == []


def test_period_of():
    assert period_of(date(2019, 6, 15)) == "2019-06"


@pytest.mark.parametrize(
    ("p", "due_day", "expected"),
    [
        ("2019-09", 5, date(2019, 10, 8)),  # 10-05 在国庆假期内
        ("2019-06", 5, date(2019, 7, 5)),  # 周五，照常
        ("2019-07", 5, date(2019, 8, 5)),  # 周一
        ("2019-08", 1, date(2019, 9, 2)),  # 9-01 周日
        ("2019-04", 1, date(2019, 5, 5)),  # 5-01 劳动节，5-05 周日调休上班
        ("2019-12", 10, date(2020, 1, 10)),  # 跨年
        ("2019-01", 31, date(2019, 2, 28)),  # 2 月没有 31 日：取月末（周四）
    ],
)
def test_due_date(p, due_day, expected):
    assert due_date(p, due_day) == expected


@pytest.mark.parametrize("due_day", [0, 32, -1, True, 5.0])
def test_due_date_invalid_day(due_day):
    with pytest.raises(TrackerError) as info:
        due_date("2019-06", due_day)
    assert info.value.code == "due_day_invalid"
