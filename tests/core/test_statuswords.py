import pytest

from tracker.model import Status
from tracker.statuswords import parse_percent, parse_status


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("已完成", Status.DONE),
        ("完成", Status.DONE),
        ("基本完成", Status.DONE),
        ("已办结", Status.DONE),
        ("办结", Status.DONE),
        ("全部完成", Status.DONE),
        (" 已完成\u3000", Status.DONE),
        ("已完成。", Status.DONE),
        ("推进中", Status.ONGOING),
        ("正在推进", Status.ONGOING),
        ("进行中", Status.ONGOING),
        ("持续推进中", Status.ONGOING),
        ("序时推进", Status.ONGOING),
        ("按序时推进", Status.ONGOING),
        ("按计划推进", Status.ONGOING),
        ("正常推进", Status.ONGOING),
        ("推 进 中", Status.ONGOING),
        ("未启动", Status.NOT_STARTED),
        ("尚未启动", Status.NOT_STARTED),
        ("未开始", Status.NOT_STARTED),
        ("滞后", Status.BEHIND),
        ("逾期", Status.BEHIND),
        ("进度滞后", Status.BEHIND),
        ("延迟", Status.BEHIND),
        (Status.BEHIND, Status.BEHIND),
        ("", None),
        (None, None),
        ("   ", None),
        ("完成了一半", None),
        ("基本完成，部分滞后", None),
        ("待定", None),
        ("√", None),
        (80, None),
    ],
)
def test_parse_status(word, expected):
    assert parse_status(word) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("80%", 80),
        ("80", 80),
        ("８０％", 80),
        ("100.0", 100),
        (" 60 % ", 60),
        ("0", 0),
        ("33.3%", 33),
        ("66.5", 67),  # 四舍五入
        (0.8, 80),  # Excel 百分比单元格
        (1.0, 100),
        (0.0, 0),
        (0.295, 30),
        (80.0, 80),  # calamine 把整数读成浮点
        (80, 80),
        (1, 1),  # 整数 1 就是 1%
        (100, 100),
        ("120%", None),
        (101, None),
        (-5, None),
        (-0.5, None),
        ("abc", None),
        ("约80%", None),
        ("80%以上", None),
        ("", None),
        (None, None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_parse_percent(value, expected):
    assert parse_percent(value) == expected


@pytest.mark.parametrize(
    ("column", "fractions"),
    [
        ([1.0, 0.5, 0], True),  # cells formatted as percent: 100%, 50%, 0%
        ([1, 0], True),  # 100% and 0% number cells (calamine gives 1.0; the reader makes it 1)
        ([0.6], True),
        (["0.6", "1"], True),  # text, but 0.6 shows the column counts in fractions
        (["1", "0"], False),  # text 1 alone stays 1 %
        ([1, 50, 0], False),
        ([80, 100], False),
        (["60%", 1], True),  # a % sign does not count either way; the 1 is a number cell
        (["60%", "80%"], False),
        ([None, "", "约80%"], False),
        ([], False),
        ([True, 0.5], True),  # a tick box is not a number
    ],
)
def test_fraction_column(column, fractions):
    from tracker.statuswords import fraction_column

    assert fraction_column(column) is fractions


def test_percent_of_fraction():
    from tracker.statuswords import percent_of_fraction

    assert [percent_of_fraction(v) for v in (1, 1.0, 0.5, "0.6", 0, "60%", 0.295, 2, "abc")] \
        == [100, 100, 50, 60, 0, 60, 30, None, None]


def test_percent_is_rounded():
    from tracker.statuswords import percent_is_rounded

    assert percent_is_rounded((55.5, 56)) and percent_is_rounded(("33.3%", 33))
    assert percent_is_rounded((0.555, 56))  # a fraction column
    assert not any(percent_is_rounded(x) for x in ((80, 80), ("80%", 80), (0.8, 80), (1, 100),
                                                   ("１００％", 100), ("60", 60)))
