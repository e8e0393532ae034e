"""完成时限: reading the deadline phrasings found in policy documents and returned workbooks.

Rules (where the phrasing leaves room):
- The text is kept as written (outer whitespace removed) in ``as_written``; a date cell or an
  Excel serial number is written as "2019年6月30日".
- "…前", "…以前", "…完成", "到/至/于/截至…" and final punctuation are ignored; "2019年6月前" is read
  as "by the end of June 2019" and "2020年前" as "by the end of 2020" (the usual reading).
- No year written ("6月底前", "三季度", "9月30日", "年底前"): the year of ``start`` is used and
  ``note_code = "deadline_year_assumed"``; without ``start`` the kind is kept, ``date`` is None and
  ``note_code = "deadline_year_missing"``.
- 上半年/下半年 → QUARTER_END on 6-30 / 12-31. 上旬/中旬 → DATE on the 10th/20th, 下旬 → MONTH_END.
- "N个工作日内" → DATE ``add_workdays(start, N)``; "N日内"/"N天内" → DATE ``start + N`` days. Both
  need ``start``: without it the result is UNPARSED with ``note_code = "deadline_start_missing"``.
- A bare number 1900–2199 (an Excel cell holding 2020) is a year → YEAR_END; other numbers are
  Excel serials (epoch 1899-12-30, fraction = time of day, dropped).
- A span whose both ends read as dates ("2019年至2020年", "2019-2020年", "2019年6月至12月") is
  due at its end; "2019年6月至12月" takes the end's year from the start.
- ONGOING when the text has no digits, or is a start year or 立即 with no date after it
  ("2019年起长期坚持", "立即实施"); RECURRING also when it starts with 每/按 ("每月5日前").
- A date followed by a keep-up clause ("2019年底前完成并长期坚持", "…，此后每年") is due at that
  date, also after a lead-in ("立即启动，2019年底前完成，长期坚持"); two dates in one phrase and
  "2019年起每季度" stay UNPARSED (never guess).
- The date is the one written: a deadline on a holiday is not moved here (see ``due_workday``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from tracker.errors import Problem
from tracker.model import DeadlineKind
from tracker.textnorm import nfkc, strip_text
from tracker.workdays import add_workdays, next_workday

K = DeadlineKind
# Raise when the rules read a phrase they could not read before: deadlines stored as unreadable
# are then read again the next time a writer opens a database (one logged, undoable action).
RULES_VERSION = 2
_EPOCH = date(1899, 12, 30)
_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_RUN = re.compile("[〇零○一二两三四五六七八九十]+")
_TIME = re.compile(r"(?<=\d)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")  # "2019/6/30 0:00"
_PREFIX = re.compile(r"^(?:力争|争取|计划|预计|确保|原则上)?(?:截止到|截至|截止|到|至|于|在)?")
_SUFFIX = re.compile(r"(?:以前|之前|前|全部完成|基本完成|完成|为止|止|[。.;；,，!！])$")
_RECURRING = (("每半年|半年一次", "half_yearly"), ("每季|按季|季度一次", "quarterly"),
              ("每月|按月|月度", "monthly"), ("每年|按年|年度一次", "yearly"),
              ("每周|按周", "weekly"), ("每旬|定期", None))
_ONGOING = re.compile("长期|持续|常态化|常年|经常性|久久为功")
_Y = r"(?:(\d{4})年)?"
_PATTERN_SOURCES: tuple[tuple[str, str], ...] = (
    ("ymd", r"(\d{4})[年/.\-](\d{1,2})[月/.\-](\d{1,2})[日号]?"),
    ("ymd", r"(\d{4})(\d{2})(\d{2})"),
    ("ymd", _Y + r"(\d{1,2})月(\d{1,2})[日号]"),
    ("xun", _Y + r"(\d{1,2})月份?(上|中|下)旬(?:末|底)?"),
    ("ym", _Y + r"(\d{1,2})月份?(?:底|末|末底)?"),
    ("ym", r"(\d{4})[/.\-](\d{1,2})"),
    ("q", _Y + r"第?([1-4])季度?(?:末|底)?"),
    ("q", r"(\d{4})[\-]?q([1-4])"),
    ("half", _Y + r"(上|下)半年(?:末|底)?"),
    ("y", r"(\d{4})年?(?:年?[底末]|年?内|度|全年)?"),
    ("rel_y", r"(今|本|当|明)?年度?年?[底末内]"),
    ("workdays", r"(\d{1,3})个?工作日内?"),
    ("days", r"(\d{1,3})个?(?:自然日|天|日)内"),
)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The date shapes, compiled on first use (the window starts without parsing a deadline)."""
    return tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in _PATTERN_SOURCES)


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    date: date | None
    as_written: str
    note_code: str | None = None
    recurrence: str | None = None  # RECURRING only: monthly/quarterly/half_yearly/yearly/weekly


NO_DEADLINE = Deadline(K.NONE, None, "", None)


def format_cn_date(d: date) -> str:
    """2019-06-30 → "2019年6月30日" (no zero padding)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_cn_datetime(text: str | None) -> str:
    """"2019-06-30T10:02:05" → "2019年6月30日 10:02"; a bare date → "2019年6月30日"; other text
    as it is (dates are never shown to users as ISO with a T)."""
    if not text:
        return ""
    try:
        if len(text) > 10:
            dt = datetime.fromisoformat(text)
            return f"{format_cn_date(dt.date())} {dt:%H:%M}"
        return format_cn_date(date.fromisoformat(text))
    except ValueError:
        return text


def format_deadline(dl: Deadline) -> str:
    """Display text: the words as written; the computed date is added in brackets when the
    written text does not show its year ("6月底前（2019年6月30日）", "10个工作日内（…）")."""
    if dl.kind == K.NONE:
        return ""
    if dl.date is not None and str(dl.date.year) not in _clean(dl.as_written):
        return f"{dl.as_written}（{format_cn_date(dl.date)}）"
    return dl.as_written


def due_workday(dl: Deadline) -> date | None:
    """The deadline's date moved to the next working day when it falls on a holiday/weekend."""
    return None if dl.date is None else next_workday(dl.date)


def deadline_problem(dl: Deadline) -> Problem | None:
    """The warning to show for a deadline (year assumed/missing, start missing, unreadable)."""
    data = {"as_written": dl.as_written}
    if dl.note_code == "deadline_year_assumed" and dl.date is not None:
        return Problem(dl.note_code, {**data, "year": dl.date.year})
    if dl.note_code is not None:
        return Problem(dl.note_code, data)
    if dl.kind == K.UNPARSED:
        return Problem("deadline_unparsed", data)
    return None


def parse_deadline(value: object, start: date | None = None) -> Deadline:
    """Read a 完成时限 cell: text, a date/datetime cell or an Excel serial number."""
    if isinstance(start, datetime):
        start = start.date()
    if value is None:
        return NO_DEADLINE
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Deadline(K.DATE, value, format_cn_date(value))
    if isinstance(value, bool):
        return Deadline(K.UNPARSED, None, str(value))
    if isinstance(value, int | float):
        return _from_number(value)
    text = strip_text(value)
    if not text:
        return NO_DEADLINE
    return _from_text(text, start) or Deadline(K.UNPARSED, None, text)


def _from_number(value: float) -> Deadline:
    if value != value or value in (float("inf"), float("-inf")):  # NaN/inf
        return Deadline(K.UNPARSED, None, str(value))
    if float(value).is_integer() and 1900 <= value <= 2199:
        return Deadline(K.YEAR_END, date(int(value), 12, 31), str(int(value)))
    try:
        d = _EPOCH + timedelta(days=int(value))
    except OverflowError:
        d = None
    if d is None or not 1950 <= d.year <= 2199:
        return Deadline(K.UNPARSED, None, f"{value:g}")
    return Deadline(K.DATE, d, format_cn_date(d))


def cn_digits(text: str) -> str:
    """Chinese numerals to Arabic digits: "二〇一九年六月" → "2019年6月", "三十一" → "31"."""
    return _CN_RUN.sub(lambda m: _cn_number(m.group()), text)


def _cn_number(run: str) -> str:
    if "十" not in run:
        return "".join(str(_CN_DIGITS[c]) for c in run)
    tens, _, ones = run.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return run
    return str(_CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0))


def _clean(text: str) -> str:
    s = re.sub(r"\s+", "", _TIME.sub("", nfkc(text).strip()))
    s = cn_digits(s)
    s = _PREFIX.sub("", s, count=1)
    while (stripped := _SUFFIX.sub("", s)) != s:
        s = stripped
    return s


_RANGE = re.compile(r"^(.+?)(?:至|到|—|–|~|～|-)(.+)$")


def _from_text(text: str, start: date | None) -> Deadline | None:
    s = _clean(text)
    for name, rx in _patterns():
        m = rx.fullmatch(s)
        if m:
            return _build(name, m.groups(), text, start)
    ranged = _range_end(s, text, start)
    if ranged is not None:
        return ranged
    raw = re.sub(r"\s+", "", nfkc(text))  # numerals not converted: "每年一次" has no digit
    then = _then_ongoing(s, raw, text, start)
    if then is not None:
        return then
    has_digit = re.search(r"\d", raw) is not None
    for rx, recurrence in _RECURRING:
        m = re.search(rx, raw)
        if m and (not has_digit or m.start() == 0):  # "每月5日前" yes, "2019年起每月" no
            return Deadline(K.RECURRING, None, text, None, recurrence)
    if not has_digit and _ONGOING.search(raw):
        return Deadline(K.ONGOING, None, text)
    return None


_CLAUSE = re.compile(r"[，,；;]|并且|并|然后|此后|之后")
_FROM = re.compile(r"^(?:自|从)?\d{4}年(?:\d{1,2}月)?(?:起|开始|以来)")
_AT_ONCE = re.compile(r"^(?:立即|即时|即刻|马上)(?:实施|执行|启动|开展|落实|推进)?")


def _then_ongoing(s: str, raw: str, text: str, start: date | None) -> Deadline | None:
    """What policy documents write beside a plain date: "2019年6月底前完成，长期坚持" is due
    at the first date (then kept up); "2019年起长期坚持" and "立即实施" have no due date, but
    a date after such a lead-in is the deadline ("立即启动，2019年底前完成，长期坚持")."""
    lead = _FROM.match(s) or _AT_ONCE.match(s)
    if lead is not None:
        after = s[lead.end():]
        if not re.search(r"\d", after):
            whole = _FROM.fullmatch(s) or _AT_ONCE.fullmatch(s)
            return Deadline(K.ONGOING, None, text) if whole or _ONGOING.search(raw) else None
        sep = _CLAUSE.search(after)
        if sep is None:
            return None
        s = after[sep.end():]
        plain = _first_date(s, text, start)
        if plain is not None:
            return plain
    sep = _CLAUSE.search(s)
    if sep is None:
        return None
    head, rest = s[:sep.start()], s[sep.end():]
    if re.search(r"\d", rest):  # a second date ("…，2020年底前全面推开"): never guessed between
        return None
    if not (_ONGOING.search(rest) or any(re.search(rx, rest) for rx, _ in _RECURRING)):
        return None
    return _first_date(head, text, start)


def _first_date(s: str, text: str, start: date | None) -> Deadline | None:
    """``s`` as one deadline (a date or a span), its trailing 完成/前 … removed; the kind and
    note kept when the year is missing and no start date gives it."""
    while (stripped := _SUFFIX.sub("", s)) != s:
        s = stripped
    first = _one(s, text, start) or _range_end(s, text, start)
    if first is None or (first.date is None and first.kind == K.UNPARSED
                         and first.note_code is None):
        return None  # "30个工作日内" without a start keeps its deadline_start_missing note
    return Deadline(first.kind, first.date, text, first.note_code)


def _range_end(s: str, text: str, start: date | None) -> Deadline | None:
    """"2019年至2020年", "2019-2020年", "2019年6月至12月": a span whose both ends are dates
    is due at its end (a later end written without its year takes the start's)."""
    m = _RANGE.match(s)
    if m is None:
        return None
    first = _one(m.group(1), text, start)
    if first is None or first.date is None:
        return None
    right = m.group(2)
    if right.isdigit() and len(right) == 4:
        right += "年"
    end = _one(right, text, date(first.date.year, 1, 1))
    if end is None or end.date is None or end.date < first.date:
        return None
    return Deadline(end.kind, end.date, text, first.note_code)


def _one(s: str, text: str, start: date | None) -> Deadline | None:
    if s.isdigit() and len(s) == 4:
        s += "年"
    for name, rx in _patterns():
        m = rx.fullmatch(s)
        if m:
            return _build(name, m.groups(), text, start)
    return None


def _build(name: str, g: tuple[str | None, ...], text: str, start: date | None) -> Deadline | None:
    if name in ("workdays", "days"):
        if start is None:
            return Deadline(K.UNPARSED, None, text, "deadline_start_missing")
        n = int(g[0] or 0)
        d = add_workdays(start, n) if name == "workdays" else start + timedelta(days=n)
        return Deadline(K.DATE, d, text)
    year, rest = (int(g[0]) if g[0] and g[0].isdigit() else None), g[1:]
    note = None
    if year is None:
        if start is None:
            kind = _KIND[name] if name != "xun" else (K.MONTH_END if g[2] == "下" else K.DATE)
            return Deadline(kind, None, text, "deadline_year_missing")
        year, note = start.year + (g[0] == "明"), "deadline_year_assumed"
    if not 1900 <= year <= 2199:
        return None
    kind, d = _resolve(name, year, rest)
    if d is None:
        return None
    return Deadline(kind, d, text, note)


_KIND = {"ymd": K.DATE, "ym": K.MONTH_END, "q": K.QUARTER_END, "half": K.QUARTER_END,
         "y": K.YEAR_END, "rel_y": K.YEAR_END}


def _resolve(name: str, year: int, rest: tuple[str | None, ...]) -> tuple[DeadlineKind, date | None]:
    if name in ("y", "rel_y"):
        return K.YEAR_END, date(year, 12, 31)
    if name == "half":
        return K.QUARTER_END, date(year, 6, 30) if rest[0] == "上" else date(year, 12, 31)
    if name == "q":
        return K.QUARTER_END, _month_end(year, int(rest[0] or 0) * 3)
    month = int(rest[0] or 0)
    if name == "ym":
        return K.MONTH_END, _month_end(year, month)
    if name == "xun":
        if rest[1] == "下":
            return K.MONTH_END, _month_end(year, month)
        return K.DATE, _safe_date(year, month, 10 if rest[1] == "上" else 20)
    return K.DATE, _safe_date(year, month, int(rest[1] or 0))


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
