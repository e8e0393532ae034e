"""完成状态 and 完成进度 cells as people fill them in.

``parse_status`` only knows the listed words (compared after ``norm_key``, with final
punctuation such as "。" ignored); anything else is None so the caller can ask, never guess.
``parse_percent`` returns None for garbage or values outside 0–100 so the caller can warn.
``fraction_column`` tells whether a whole 完成进度 column holds fractions (Excel percent cells:
a cell showing 100% holds 1): one cell alone cannot tell 1 (1%) from 1 (100%), a column can.
"""

from __future__ import annotations

import math
import re

from tracker.model import Status
from tracker.textnorm import norm_key

_WORDS: dict[Status, tuple[str, ...]] = {
    Status.DONE: ("已完成", "完成", "基本完成", "已基本完成", "已办结", "办结", "全部完成",
                  "已全部完成"),
    Status.ONGOING: ("推进中", "正在推进", "进行中", "持续推进中", "序时推进", "按序时推进",
                     "按计划推进", "正常推进"),
    Status.NOT_STARTED: ("未启动", "尚未启动", "未开始"),
    Status.BEHIND: ("滞后", "逾期", "进度滞后", "延迟"),
}
STATUS_WORDS: dict[str, Status] = {
    norm_key(word): status for status, words in _WORDS.items() for word in words
}
_TRAILING = re.compile(r"[。.,，;；!！、]+$")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)%?")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def parse_status(word: object) -> Status | None:
    """"正在推进" → Status.ONGOING; unknown or empty → None."""
    if isinstance(word, Status):
        return word
    key = _TRAILING.sub("", norm_key(word))
    return STATUS_WORDS.get(key) if key else None


def parse_percent(value: object) -> int | None:
    """"80%", "80", "８０％", "100.0", 80 → 80; a float ≤ 1.0 (an Excel percent cell) is a
    fraction: 0.8 → 80, 1.0 → 100. Rounded half up; None for garbage or outside 0–100."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        number = value * 100 if 0 <= value <= 1.0 else value
    elif isinstance(value, int):
        number = float(value)
    else:
        m = _PERCENT.fullmatch(norm_key(value))
        if not m:
            return None
        number = float(m.group(1))
    if not 0 <= number <= 100:
        return None
    return math.floor(number + 0.5)


def _plain_number(value: object) -> tuple[float, bool] | None:
    """(the number, whether it is a number cell) for a cell holding a bare number (no %)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return (float(value), True) if math.isfinite(value) else None
    key = norm_key(value)
    return (float(key), False) if _PLAIN_NUMBER.fullmatch(key) else None


def fraction_column(values: list[object]) -> bool:
    """True when the column's bare numbers are fractions of one: every one lies within 0–1
    and one lies strictly between (0.5), or every one is 0 or 1 and a 1 is a number cell
    (a column of cells formatted as percent showing 0% and 100%). Text such as "1" alone
    stays 1%; cells written with a % sign do not count either way."""
    numbers = [n for n in map(_plain_number, values) if n is not None]
    if not numbers or any(not 0 <= v <= 1 for v, _ in numbers):
        return False
    return any(0 < v < 1 for v, _ in numbers) or any(v == 1 and cell for v, cell in numbers)


def between_nought_and_one(value: object) -> float | None:
    """A bare number (no % sign) strictly between 0 and 1, else None: among whole percents in a
    column it may be a fraction (0.6 → 60 %) or a tiny percent (0.6 %); the caller asks."""
    number = _plain_number(value)
    return number[0] if number is not None and 0 < number[0] < 1 else None


def is_bare_one(value: object) -> bool:
    """1 written without a % sign (1, 1.0, "1")."""
    number = _plain_number(value)
    return number is not None and number[0] == 1


def percent_of_fraction(value: object) -> int | None:
    """A cell of a fraction column: 0.5 → 50, "1" → 100, "60%" → 60 (written with its sign)."""
    number = _plain_number(value)
    if number is None:
        return parse_percent(value)
    return math.floor(number[0] * 100 + 0.5) if 0 <= number[0] <= 1 else None


def percent_is_rounded(written_and_read: tuple[object, int]) -> bool:
    """Whether the percent read (an integer) differs from the number written: 55.5 → 56,
    "33.3%" → 33, 0.555 in a fraction column → 56. Written 80, "80%", 0.8 (→ 80): not rounded."""
    value, read = written_and_read
    number = _plain_number(value)
    if number is None:
        m = _PERCENT.fullmatch(norm_key(value)) if isinstance(value, str) else None
        if not m:
            return False
        written = float(m.group(1))
    else:
        written = number[0]
    return not any(abs(written * scale - read) < 1e-9 for scale in (1, 100))
