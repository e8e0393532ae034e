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
