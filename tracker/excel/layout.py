"""Where things are in a sheet: the header (one or two rows, possibly merged, below titles and
info lines), which column holds which field, the info lines, and which rows may be records.

Header words are compared after ``norm_key`` with bracketed parts removed ("完成进度(%)" → 完成进度).
With a two-row header the lower row's word wins where it names a field ("工作推进情况" over
目前进展 / 存在困难 / 下一步打算). Columns whose header names no field are kept as *extra* (never
dropped); 上期进展, 序号, 责任类型 are read-only template columns and not imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from tracker.excel.read import Grid, cell_text
from tracker.statuswords import parse_status
from tracker.textnorm import nfkc, norm_key

SYNONYMS: dict[str, tuple[str, ...]] = {
    "progress": ("进展情况", "工作进展", "完成情况", "推进情况", "目前进展", "工作推进情况",
                 "工作完成情况", "落实情况", "工作落实情况", "进展", "工作进展情况", "工作成效",
                 "进展成效", "工作成果"),
    "problems": ("存在问题", "存在困难", "存在的问题", "困难问题", "存在问题和困难", "困难和问题",
                 "存在困难和问题", "问题"),
    "next_steps": ("下步计划", "下一步打算", "下一步工作计划", "下步工作", "下一步计划", "下步打算",
                   "下一步工作", "下一步工作打算", "下步工作计划"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时限", "完成期限"),
    "unit": ("责任单位", "填报单位", "报送单位", "单位", "单位名称"),
    "status": ("完成状态", "状态", "进展状态"),
    "percent": ("完成进度", "进度", "完成比例", "完成率"),
    "measure": ("具体措施", "措施", "措施内容", "工作措施", "具体任务", "任务措施", "工作任务",
                "重点工作", "工作内容", "主要工作任务", "任务内容", "具体工作措施", "主要措施",
                "具体工作", "主要工作"),
    "measure_code": ("措施编号", "编号"),
    "task": ("重点任务", "任务", "主要任务"),
    "seq": ("序号",),
    "role": ("责任类型", "角色"),
    "action": ("本单位具体举措", "具体举措", "实施举措"),
    "previous": ("上期进展",),
    "note": ("备注",),
    "extra": ("佐证材料", "其他", "附件"),
}
_WORD_FIELD = {norm_key(w): f for f, words in SYNONYMS.items() for w in words}
# headings that name a field only when no column names it plainly: a 重点工作 column beside a
# 具体措施 column holds the tasks, a 工作成效 column beside 进展情况 is an extra
_WEAK = frozenset(norm_key(w) for w in (
    "工作任务", "重点工作", "工作内容", "主要工作任务", "任务内容", "具体工作", "主要工作",
    "工作成效", "进展成效", "工作成果"))
_PREFIX_WORDS = sorted((k for k in _WORD_FIELD if len(k) >= 4), key=len, reverse=True)
_CONTAINS = (("下一步", "next_steps"), ("下步", "next_steps"), ("进展", "progress"),
             ("问题", "problems"), ("困难", "problems"), ("时限", "deadline"), ("状态", "status"))
BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
CONTENT_FIELDS = ("status", "percent", "progress", "problems", "next_steps")
NOT_IMPORTED = ("previous", "seq", "role")
HEADER_SCAN_ROWS = 40

_LABELS = (
    ("reporter", r"填报单位|报送单位|上报单位|填表单位"),
    ("compiler", r"汇总单位|编制单位"),
    ("reported", r"填报日期|报送日期|填报时间|填表日期|填表时间|报送时间"),
    ("submit_by", r"报送截止(?:日期|时间)?|截止日期|截止时间"),
    ("person", r"填报人|填表人"),
    ("liaison", r"联系人|经办人"),
    ("signer", r"审核人|制表人|单位负责人|负责人|分管领导"),
    ("phone", r"联系电话|电话|手机"),
)
_LABEL_RE = re.compile("(?:" + "|".join(f"(?P<{k}>{rx})" for k, rx in _LABELS) + ")"
                       + r"\s*(?:[（(][^）)]{0,8}[)）])?\s*[:：]")
NOTE_START = re.compile(r"^(?:填报人|填表人|联系人|经办人|联系电话|电话|说明|注[:：]|注\d|备注[:：]|"
                         r"单位负责人|负责人|审核人|审核|制表|分管领导|填报日期|填报时间|报送日期|"
                         r"签字|盖章|汇总单位|编制单位)")
_LABEL_START = frozenset(k[0] for _, rx in _LABELS for k in rx.split("|"))
_DATE_RE = re.compile(r"(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})")


@dataclass
class Column:
    index: int
    field: str | None  # None: an extra column
    label: str


@dataclass
class SheetLayout:
    grid: Grid
    header_rows: tuple[int, ...]
    columns: list[Column]
    fields: dict[str, int]  # field → column index (first column naming it)
    extras: list[Column]  # 备注 (field "note") first, then 佐证材料… ("extra") and unknown (None)
    info: dict[str, str] = field(default_factory=dict)  # reporter / compiler / submit_by / …
    # who filled the sheet in and their phone: from the sign-off below the data, else a 填报人
    # line above the header (a 联系人 line up there is often the collecting office's)
    signoff: dict[str, str] = field(default_factory=dict)
    filler_above: dict[str, str] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    reported_date: date | None = None
    rows: list[tuple[int, str | None]] = field(default_factory=list)  # (row, task text above)
    # tick-box status columns under a 完成情况 heading: (column, status word); a mark (√) in one
    # of them is the row's status
    status_ticks: list[tuple[int, str]] = field(default_factory=list)


def header_field(value: object) -> str | None:
    """The field a header word names, or None ("填报单位：" with its colon is an info label)."""
    if not isinstance(value, str) or len(value) > 40 or value.rstrip().endswith((":", "：")):
        return None
    return _header_field(value)


@lru_cache(maxsize=4096)
def _header_field(value: str) -> str | None:
    key = norm_key(value)
    if not key or len(key) > 24:
        return None
    if key in _WORD_FIELD:
        return _WORD_FIELD[key]
    bare = BRACKETED.sub("", key)
    if bare in _WORD_FIELD:
        return _WORD_FIELD[bare]
    if len(bare) <= 12:
        for word in _PREFIX_WORDS:
            if bare.startswith(word):
                return _WORD_FIELD[word]
    if len(bare) <= 10:
        for word, f in _CONTAINS:
            if word in bare:
                return f
    return None


def column_letter(index: int) -> str:
    """0 → "A", 27 → "AB"."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def parse_info(text: str) -> dict[str, str]:
    """"填报单位（盖章）：水磨沟区　填报日期：2019年4月2日" → {reporter: 水磨沟区, reported: …}.
    The text must start with a label; a label without a value maps to ""."""
    out: dict[str, str] = {}
    text = text.strip(" \t\r\n\u3000\u00a0")
    matches = list(_LABEL_RE.finditer(text))
    if not matches or matches[0].start() != 0:
        return out
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        value = text[m.end():end].strip(" \t\r\n\u3000\u00a0,，;；。")
        if m.lastgroup and not out.get(m.lastgroup):
            out[m.lastgroup] = value
    return out


def info_of_row(texts: list[str]) -> dict[str, str]:
    """Info labels in a row's cells; a label cell ("填报日期：") takes the next cell as its value."""
    out: dict[str, str] = {}
    for i, t in enumerate(texts):
        found = parse_info(t)
        for k, v in found.items():
            if not v and i + 1 < len(texts) and not parse_info(texts[i + 1]):
                v = texts[i + 1]
            if v and not out.get(k):
                out[k] = v
            out.setdefault(k, v)
    return out


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = _DATE_RE.search(nfkc(str(value or "")))
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_MONTH_DAY_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[月/.\-]\s*(\d{1,2})(?!\d)")


def date_in_period_year(text: object, period: str) -> date | None:
    """A 填报日期 written without its year ("1月3日", "1.3"), or as an Excel serial number
    (43833): the year is the period's, or the next one when the month comes before the
    period's month (a December return filled in on 3 January). None when it is no date."""
    s = nfkc(str(text or "")).strip()
    if s.isdigit() and 20000 <= int(s) <= 80000:  # a date cell typed as a plain number
        from datetime import timedelta

        return date(1899, 12, 30) + timedelta(days=int(s))
    m = _MONTH_DAY_RE.search(s)
    if not m:
        return None
    year, month = int(period[:4]), int(period[5:7])
    mo, day = int(m.group(1)), int(m.group(2))
    try:
        return date(year + 1 if mo < month else year, mo, day)
    except ValueError:
        return None


def _row_texts(grid: Grid, r: int) -> list[str]:
    """Distinct non-empty texts of a row, in order."""
    seen: list[str] = []
    for v in grid.rows[r]:
        t = cell_text(v)
        if t and t not in seen:
            seen.append(t)
    return seen


def _header_score(grid: Grid, r: int) -> tuple[int, int, set[str]]:
    """(fields named, distinct other non-empty values, the fields) of row ``r``."""
    fields: set[str] = set()
    unknown: set[object] = set()
    for v in grid.rows[r]:
        if v is None:
            continue
        f = header_field(v)
        if f:
            fields.add(f)
        elif not isinstance(v, str) or v.strip():
            unknown.add(v)
    return len(fields), len(unknown), fields


def _is_partner(grid: Grid, r: int) -> bool:
    """A row that can be the other half of a two-row header."""
    if not 0 <= r < len(grid.rows):
        return False
    n, unknown, _ = _header_score(grid, r)
    return n >= 2 and (unknown <= 1 or _status_words_beside_fields(grid, r)) and not any(
        isinstance(v, str) and parse_info(v) for v in grid.rows[r])


def _status_words_beside_fields(grid: Grid, r: int) -> bool:
    """Every word of the row that names no field is a status word: the lower row of a
    完成情况 heading split into tick-box columns (已完成 | 正在推进 | 未启动)."""
    words = [v for v in grid.rows[r] if v is not None and not header_field(v)
             and (not isinstance(v, str) or v.strip())]
    return len(words) >= 2 and all(isinstance(v, str) and parse_status(v) for v in words)


def find_header(grid: Grid) -> tuple[int, ...] | None:
    best, best_n = -1, 0
    for r in range(min(len(grid.rows), HEADER_SCAN_ROWS)):
        if best_n >= 4 and r > best + 3:
            break  # a full header was found and the rows below it are data
        n, unknown, fields = _header_score(grid, r)
        if n >= 2 and (n >= 3 or n > unknown) and fields & set(CONTENT_FIELDS) and n > best_n:
            best, best_n = r, n
    if best < 0:
        return None
    if _is_partner(grid, best - 1) and _labels_differ(grid, best - 1, best):
        return (best - 1, best)
    if _is_partner(grid, best + 1) and _labels_differ(grid, best, best + 1):
        return (best, best + 1)
    return (best,)


def _labels_differ(grid: Grid, upper: int, lower: int) -> bool:
    return any(cell_text(grid.value(upper, c)) != cell_text(grid.value(lower, c))
               for c in range(grid.width))


def _columns(grid: Grid, header: tuple[int, ...]) -> list[Column]:
    cols: list[Column] = []
    for c in range(grid.width):
        up = grid.value(header[0], c)
        lo = grid.value(header[-1], c) if len(header) > 1 else None
        f_up, f_lo = header_field(up), header_field(lo)
        t_up, t_lo = cell_text(up), cell_text(lo)
        if f_lo:
            cols.append(Column(c, f_lo, t_lo))
        elif t_lo and t_lo != t_up:
            cols.append(Column(c, f_up if f_up and not _spans(grid, header[0], c) else None,
                               t_lo if not t_up else f"{t_up}/{t_lo}"))
        elif f_up:
            cols.append(Column(c, f_up, t_up))
        else:
            cols.append(Column(c, None, t_up or t_lo))
    return cols


def is_weak_heading(label: str) -> bool:
    return BRACKETED.sub("", norm_key(label.rsplit("/", 1)[-1])) in _WEAK


def _spans(grid: Grid, r: int, c: int) -> bool:
    """The header cell is a group heading merged across several columns."""
    return any(r0 <= r <= r1 and c0 <= c <= c1 and c1 > c0 for r0, c0, r1, c1 in grid.merged)


def find_layout(grid: Grid) -> SheetLayout | None:
    header = find_header(grid)
    if header is None:
        return None
    columns = _columns(grid, header)
    fields: dict[str, int] = {}
    extras: list[Column] = []
    weak: dict[int, str] = {}  # column → its label, for columns named by a weak heading
    for col in columns:
        f = col.field
        label = col.label or f"{column_letter(col.index)}列"
        if f == "note" and "note" not in fields:
            fields["note"] = col.index
            extras.insert(0, Column(col.index, "note", label))
        elif f is None or f in ("note", "extra"):
            extras.append(Column(col.index, "extra" if f == "extra" else None, label))
        elif f not in fields:
            fields[f] = col.index
        elif weak.get(fields[f]) and not is_weak_heading(col.label):  # the plain heading wins
            held = fields[f]
            fields[f] = col.index
            if f == "measure" and "task" not in fields:
                fields["task"] = held
            else:
                extras.append(Column(held, "extra" if f in CONTENT_FIELDS else None,
                                     weak[held]))
        elif f == "measure" and is_weak_heading(col.label) and "task" not in fields:
            fields["task"] = col.index  # 重点工作 after 具体措施: the tasks
        elif f not in NOT_IMPORTED:  # a second column naming a field: what it holds is reported
            extras.append(Column(col.index, "extra" if f in CONTENT_FIELDS else None, label))
        if f and is_weak_heading(col.label):
            weak[col.index] = label
    layout = SheetLayout(grid, header, columns, fields, extras)
    for r in range(header[0]):
        texts = _row_texts(grid, r)
        for k, v in info_of_row(texts).items():
            if v and not layout.info.get(k):
                layout.info[k] = v
        _signoff(layout.filler_above, info_of_row(texts), below=False)
        title = [t for t in texts if not parse_info(t) and not NOTE_START.match(t)]
        if title:  # a label's value in the next cell is not a title
            values = set(info_of_row(texts).values())
            title = [t for t in title if t not in values]
        if title:
            layout.titles.append(" ".join(title))
    _data_rows(layout, header[-1] + 1)
    _status_by_content(layout)
    reported = layout.info.get("reported")
    if reported:
        layout.reported_date = parse_date(reported)
    return layout


def _signoff(seen: dict[str, str], found: dict[str, str], *, below: bool = True) -> None:
    """The first 填报人 (below the data also 联系人 / 经办人) with the phone of its own row; below
    the data, else the next phone — never the phone of a 负责人's own row."""
    person = (found.get("person") or (found.get("liaison", "") if below else "")
              ).rstrip("（(").strip()
    phone = found.get("phone", "").rstrip("）)").strip()
    if "signer" in found and "person" not in found and "liaison" not in found:
        phone = ""  # 单位负责人：李主任　联系电话：… alone on its row is the head's number
    if person and not seen.get("person"):
        seen["person"] = person
        if phone:
            seen["phone"] = phone
    elif phone and below and not seen.get("phone"):
        seen["phone"] = phone


def _data_rows(layout: SheetLayout, start: int) -> None:
    grid = layout.grid
    task_col = layout.fields.get("task")
    task_text: str | None = None
    labels = {v for h in layout.header_rows for v in grid.rows[h] if header_field(v)}
    for r in range(start, len(grid.rows)):
        row = grid.rows[r]
        values = [v for v in row if v is not None and (type(v) is not str or v.strip())]
        if not values:
            continue
        first = cell_text(values[0])
        if NOTE_START.match(first) or (first[:1] in _LABEL_START and parse_info(first)):
            found = info_of_row(_row_texts(grid, r))
            for k, v in found.items():
                if v and not layout.info.get(k):
                    layout.info[k] = v
            _signoff(layout.signoff, found)
            continue
        if not labels.isdisjoint(values) and \
                sum(v in labels for v in values) >= max(2, len(values) - 1):
            continue  # the header again (a page break copy)
        if len(values) >= 3 and all(_is_counter(v) for v in values):
            continue  # a row numbering the columns (1 2 3 … under the header)
        if len(set(values)) == 1 and task_ordinal(first) is not None:
            task_text = first  # a section row: 一、着力促进…
            continue
        if task_col is not None and cell_text(grid.value(r, task_col)):
            task_text = cell_text(grid.value(r, task_col))
        layout.rows.append((r, task_text))


def _status_by_content(layout: SheetLayout) -> None:
    """Without a 完成状态 heading, a column that holds status words only (a 完成情况 column of
    已完成 / 推进中 beside a 落实情况 column of text) is the status column; a second column
    headed like a progress column then holds the progress."""
    if "status" in layout.fields or not layout.rows:
        return
    ticks = [c for c in layout.extras if c.field is None and "/" in c.label
             and parse_status(c.label.rsplit("/", 1)[1])]
    if len(ticks) >= 2:
        layout.status_ticks = [(c.index, c.label.rsplit("/", 1)[1]) for c in ticks]
        layout.extras = [c for c in layout.extras if c not in ticks]
        return
    grid = layout.grid
    progress = layout.fields.get("progress")
    candidates = [c for c in layout.extras if c.field is None or c.field == "extra"
                  and header_field(c.label) in CONTENT_FIELDS]
    if progress is not None:
        candidates.append(Column(progress, "progress", ""))
    for cand in candidates:
        words = [t for t in (cell_text(grid.value(r, cand.index)) for r, _ in layout.rows) if t]
        if 2 * len(words) < len(layout.rows) or not all(map(parse_status, words)):
            continue
        layout.fields["status"] = cand.index
        if cand.field == "progress":
            del layout.fields["progress"]
            other = next((c for c in layout.extras if header_field(c.label) == "progress"), None)
            if other is not None:
                layout.fields["progress"] = other.index
                layout.extras.remove(other)
        else:
            layout.extras.remove(cand)
        return


def _is_counter(v: object) -> bool:
    if isinstance(v, str):
        v = v.strip()
        return v.isdigit() and len(v) <= 2
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 100


_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORDINAL = re.compile(r"^(?:任务之([一二三四五六七八九十]{1,3})|第([一二三四五六七八九十]{1,3})(?:项|部分)"
                      r"|[(（]([一二三四五六七八九十]{1,3})[)）]|([一二三四五六七八九十]{1,3})[、.．]"
                      r"|(\d{1,2})、)")


def _cn_int(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN[text]
    tens, _, ones = text.partition("十")
    return (_CN.get(tens, 1) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)


def task_ordinal(text: str) -> int | None:
    """"二、加快…", "（二）加快…", "任务之二", "第二项" → 2; otherwise None."""
    m = _ORDINAL.match(text.strip())
    if not m:
        return None
    return _cn_int(next(g for g in m.groups() if g))


def strip_ordinal(text: str) -> str:
    return _ORDINAL.sub("", text.strip(), count=1).strip()
