from datetime import date, datetime

import pytest

from tracker.deadlines import (
    Deadline,
    cn_digits,
    deadline_problem,
    due_workday,
    format_cn_date,
    format_deadline,
    parse_deadline,
)
from tracker.messages_time import MESSAGES
from tracker.model import DeadlineKind as K

START = date(2019, 3, 15)  # 政策印发日

# (value, kind, date, note_code) — parsed with start=START
CASES = [
    # month_end
    ("2019年6月底前", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年6月底", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年6月前", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年6月", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年2月底前完成", K.MONTH_END, date(2019, 2, 28), None),
    ("２０１９年６月底前", K.MONTH_END, date(2019, 6, 30), None),
    ("二〇一九年十一月底前", K.MONTH_END, date(2019, 11, 30), None),
    ("力争2019年10月底前", K.MONTH_END, date(2019, 10, 31), None),
    ("6月底前", K.MONTH_END, date(2019, 6, 30), "deadline_year_assumed"),
    ("六月底前", K.MONTH_END, date(2019, 6, 30), "deadline_year_assumed"),
    ("十二月底", K.MONTH_END, date(2019, 12, 31), "deadline_year_assumed"),
    ("9月下旬", K.MONTH_END, date(2019, 9, 30), "deadline_year_assumed"),
    # quarter_end (半年 counts as a quarter end)
    ("2019年三季度", K.QUARTER_END, date(2019, 9, 30), None),
    ("2019年第三季度", K.QUARTER_END, date(2019, 9, 30), None),
    ("2019年第3季度末前", K.QUARTER_END, date(2019, 9, 30), None),
    ("2019Q4", K.QUARTER_END, date(2019, 12, 31), None),
    ("第三季度", K.QUARTER_END, date(2019, 9, 30), "deadline_year_assumed"),
    ("三季度末", K.QUARTER_END, date(2019, 9, 30), "deadline_year_assumed"),
    ("一季度", K.QUARTER_END, date(2019, 3, 31), "deadline_year_assumed"),
    ("2019年上半年", K.QUARTER_END, date(2019, 6, 30), None),
    ("2019年下半年", K.QUARTER_END, date(2019, 12, 31), None),
    ("上半年", K.QUARTER_END, date(2019, 6, 30), "deadline_year_assumed"),
    # year_end
    ("2019年底前", K.YEAR_END, date(2019, 12, 31), None),
    ("2019年年底前", K.YEAR_END, date(2019, 12, 31), None),
    ("2020年", K.YEAR_END, date(2020, 12, 31), None),
    ("2020年前", K.YEAR_END, date(2020, 12, 31), None),
    ("到2020年", K.YEAR_END, date(2020, 12, 31), None),
    ("2019年末", K.YEAR_END, date(2019, 12, 31), None),
    ("2020年底前完成", K.YEAR_END, date(2020, 12, 31), None),
    ("２０２０年底", K.YEAR_END, date(2020, 12, 31), None),
    ("年底前", K.YEAR_END, date(2019, 12, 31), "deadline_year_assumed"),
    ("今年年内", K.YEAR_END, date(2019, 12, 31), "deadline_year_assumed"),
    ("明年底", K.YEAR_END, date(2020, 12, 31), "deadline_year_assumed"),
    # date
    ("2019年9月30日", K.DATE, date(2019, 9, 30), None),
    ("2019年9月30日前", K.DATE, date(2019, 9, 30), None),
    ("2019/9/30", K.DATE, date(2019, 9, 30), None),
    ("2019-09-30", K.DATE, date(2019, 9, 30), None),
    ("2019.9.30", K.DATE, date(2019, 9, 30), None),
    ("20190930", K.DATE, date(2019, 9, 30), None),
    ("2019-09-30 00:00:00", K.DATE, date(2019, 9, 30), None),
    ("2019/9/30 0:00", K.DATE, date(2019, 9, 30), None),
    ("２０１９年９月３０日", K.DATE, date(2019, 9, 30), None),
    ("二〇一九年九月三十日前", K.DATE, date(2019, 9, 30), None),
    ("9月30日前", K.DATE, date(2019, 9, 30), "deadline_year_assumed"),
    ("9月中旬", K.DATE, date(2019, 9, 20), "deadline_year_assumed"),
    ("10个工作日内", K.DATE, date(2019, 3, 29), None),
    ("5个工作日内", K.DATE, date(2019, 3, 22), None),
    ("十个工作日内", K.DATE, date(2019, 3, 29), None),
    ("30日内", K.DATE, date(2019, 4, 14), None),
    # ongoing
    ("长期坚持", K.ONGOING, None, None),
    ("持续推进", K.ONGOING, None, None),
    ("长期", K.ONGOING, None, None),
    ("常态化推进", K.ONGOING, None, None),
    ("长期坚持。", K.ONGOING, None, None),
    # recurring
    ("每季度", K.RECURRING, None, None),
    ("每月", K.RECURRING, None, None),
    ("每年", K.RECURRING, None, None),
    ("每半年", K.RECURRING, None, None),
    ("每月5日前", K.RECURRING, None, None),
    ("按季度报送", K.RECURRING, None, None),
    # unparsed
    ("尽快", K.UNPARSED, None, None),
    ("视情况而定", K.UNPARSED, None, None),
    ("2019年13月底前", K.UNPARSED, None, None),
    ("2019年2月30日", K.UNPARSED, None, None),
    ("2019年第五季度", K.UNPARSED, None, None),
    ("2019年起每季度", K.UNPARSED, None, None),
    ("2019年底前完成并长期坚持", K.YEAR_END, date(2019, 12, 31), None),  # due, then kept up
    # a span is due at its end
    ("2019年至2020年", K.YEAR_END, date(2020, 12, 31), None),
    ("2019-2020年", K.YEAR_END, date(2020, 12, 31), None),
    ("2019年6月至12月", K.MONTH_END, date(2019, 12, 31), None),
    ("2019年6月-2020年6月底前", K.MONTH_END, date(2020, 6, 30), None),
    ("6月至9月", K.MONTH_END, date(2019, 9, 30), "deadline_year_assumed"),
    ("2020年至2019年", K.UNPARSED, None, None),  # backwards: not a span
    # what documents write beside a date: the start year is no due date; a date then 长期坚持
    # is due at that date (then kept up); 立即实施 has no due date
    ("2019年起长期坚持", K.ONGOING, None, None),
    ("自2019年起，持续推进", K.ONGOING, None, None),
    ("立即实施", K.ONGOING, None, None),
    ("即时启动，长期坚持", K.ONGOING, None, None),
    ("2019年6月底前完成，长期坚持", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年6月底前完成并长期坚持", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年底前完成，持续推进", K.YEAR_END, date(2019, 12, 31), None),
    ("2019年6月底前，此后每年", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年至2020年，长期坚持", K.YEAR_END, date(2020, 12, 31), None),
    ("2019年6月底前完成，2020年底前全面推开", K.UNPARSED, None, None),  # two dates: never guessed
    ("2019年6月底前完成，2020年底前全面推开并长期坚持", K.UNPARSED, None, None),
    ("2019年6月底前完成，2020年起每年开展一次", K.UNPARSED, None, None),
    ("立即整改到位", K.UNPARSED, None, None),
    # a date after the lead-in is the deadline, never "ongoing"
    ("立即启动，2019年6月底前完成，长期坚持", K.MONTH_END, date(2019, 6, 30), None),
    ("2019年起实施，2019年底前完成并长期坚持", K.YEAR_END, date(2019, 12, 31), None),
    ("2019年起，2020年底前全部完成，长期坚持", K.YEAR_END, date(2020, 12, 31), None),
    ("=TODAY()", K.UNPARSED, None, None),
    ("待定", K.UNPARSED, None, None),
    # none
    ("", K.NONE, None, None),
    ("  \u3000 ", K.NONE, None, None),
    (None, K.NONE, None, None),
]


@pytest.mark.parametrize(("value", "kind", "day", "note"), CASES)
def test_parse_deadline(value, kind, day, note):
    dl = parse_deadline(value, START)
    assert (dl.kind, dl.date, dl.note_code) == (kind, day, note)
    expected_text = "" if value is None else value.strip(" \u3000")
    assert dl.as_written == expected_text  # kept verbatim, never dropped


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [("每季度", "quarterly"), ("每月", "monthly"), ("每年", "yearly"), ("每半年", "half_yearly"),
     ("每年一次", "yearly"), ("定期报送", None)],
)
def test_recurrence(text, recurrence):
    dl = parse_deadline(text)
    assert (dl.kind, dl.recurrence) == (K.RECURRING, recurrence)


@pytest.mark.parametrize(
    ("value", "kind", "day", "as_written"),
    [
        (date(2019, 6, 30), K.DATE, date(2019, 6, 30), "2019年6月30日"),
        (datetime(2019, 12, 31, 0, 0), K.DATE, date(2019, 12, 31), "2019年12月31日"),
        (43646, K.DATE, date(2019, 6, 30), "2019年6月30日"),
        (43646.0, K.DATE, date(2019, 6, 30), "2019年6月30日"),
        (43646.75, K.DATE, date(2019, 6, 30), "2019年6月30日"),  # time of day dropped
        (43830.0, K.DATE, date(2019, 12, 31), "2019年12月31日"),
        (2020, K.YEAR_END, date(2020, 12, 31), "2020"),  # a cell holding a year
        (2020.0, K.YEAR_END, date(2020, 12, 31), "2020"),
        (12, K.UNPARSED, None, "12"),
        (3.5, K.UNPARSED, None, "3.5"),
        (1e20, K.UNPARSED, None, "1e+20"),
        (-1, K.UNPARSED, None, "-1"),
        (float("nan"), K.UNPARSED, None, "nan"),
        (True, K.UNPARSED, None, "True"),
    ],
)
def test_parse_deadline_cells(value, kind, day, as_written):
    dl = parse_deadline(value, START)
    assert (dl.kind, dl.date, dl.as_written) == (kind, day, as_written)


@pytest.mark.parametrize(
    ("text", "kind", "note"),
    [
        ("6月底前", K.MONTH_END, "deadline_year_missing"),
        ("第三季度", K.QUARTER_END, "deadline_year_missing"),
        ("下半年", K.QUARTER_END, "deadline_year_missing"),
        ("9月30日", K.DATE, "deadline_year_missing"),
        ("9月上旬", K.DATE, "deadline_year_missing"),
        ("年底前", K.YEAR_END, "deadline_year_missing"),
        ("10个工作日内", K.UNPARSED, "deadline_start_missing"),
        ("30天内", K.UNPARSED, "deadline_start_missing"),
        ("2019年6月底前", K.MONTH_END, None),
        ("6月底前，长期坚持", K.MONTH_END, "deadline_year_missing"),
        ("立即启动，30个工作日内完成", K.UNPARSED, "deadline_start_missing"),
    ],
)
def test_without_start(text, kind, note):
    dl = parse_deadline(text)
    assert (dl.kind, dl.note_code) == (kind, note)
    assert dl.as_written == text
    assert (dl.date is None) == (note is not None)


def test_workdays_across_national_day():
    dl = parse_deadline("5个工作日内", date(2019, 9, 27))
    assert dl.date == date(2019, 10, 10)  # 9-29 调休, 9-30, 10-08, 10-09, 10-10


def test_datetime_start_accepted():
    assert parse_deadline("6月底", datetime(2019, 3, 1, 8)).date == date(2019, 6, 30)


def test_deadline_is_frozen():
    dl = parse_deadline("2019年6月底前")
    with pytest.raises(AttributeError):
        dl.kind = K.NONE  # type: ignore[misc]


@pytest.mark.parametrize(
    ("d", "text"), [(date(2019, 6, 30), "2019年6月30日"), (date(2020, 1, 5), "2020年1月5日")]
)
def test_format_cn_date(d, text):
    assert format_cn_date(d) == text


@pytest.mark.parametrize(
    ("value", "start", "shown"),
    [
        ("2019年6月底前", None, "2019年6月底前"),
        ("二〇一九年六月底前", None, "二〇一九年六月底前"),
        ("6月底前", START, "6月底前（2019年6月30日）"),
        ("6月底前", None, "6月底前"),
        ("10个工作日内", START, "10个工作日内（2019年3月29日）"),
        ("长期坚持", None, "长期坚持"),
        ("尽快", None, "尽快"),
        (43646, None, "2019年6月30日"),
        (None, None, ""),
    ],
)
def test_format_deadline(value, start, shown):
    assert format_deadline(parse_deadline(value, start)) == shown


@pytest.mark.parametrize(
    ("written", "kept", "due"),
    [("2019年10月1日", date(2019, 10, 1), date(2019, 10, 8)),
     ("2019年6月底前", date(2019, 6, 30), date(2019, 7, 1)),  # 6-30 周日
     ("2019年9月底前", date(2019, 9, 30), date(2019, 9, 30)),
     ("长期坚持", None, None)],
)
def test_due_workday(written, kept, due):
    dl = parse_deadline(written)
    assert dl.date == kept  # the deadline keeps the date as written
    assert due_workday(dl) == due


@pytest.mark.parametrize(
    ("value", "start", "code", "data"),
    [
        ("6月底前", START, "deadline_year_assumed", {"as_written": "6月底前", "year": 2019}),
        ("6月底前", None, "deadline_year_missing", {"as_written": "6月底前"}),
        ("10个工作日内", None, "deadline_start_missing", {"as_written": "10个工作日内"}),
        ("尽快", None, "deadline_unparsed", {"as_written": "尽快"}),
        ("2019年6月底前", None, None, None),
        ("长期坚持", None, None, None),
    ],
)
def test_deadline_problem(value, start, code, data):
    problem = deadline_problem(parse_deadline(value, start))
    if code is None:
        assert problem is None
    else:
        assert (problem.code, problem.data) == (code, data)
        assert "{" not in MESSAGES[code].format(**data)


def test_kind_coverage():
    kinds = {kind for _, kind, _, _ in CASES}
    assert kinds == set(K)
    for kind in set(K) - {K.NONE}:
        assert sum(1 for _, k, _, _ in CASES if k == kind) >= 3


@pytest.mark.parametrize(
    ("text", "converted"),
    [("二〇一九年六月", "2019年6月"), ("三十一日", "31日"), ("十二月", "12月"), ("二十", "20"),
     ("十", "10"), ("两个工作日", "2个工作日")],
)
def test_cn_digits(text, converted):
    assert cn_digits(text) == converted


def test_deadline_dataclass_fields():
    assert Deadline(K.NONE, None, "") == parse_deadline(None)
