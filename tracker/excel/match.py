"""Which unit, which measure, which period a returned row belongs to (issue 3, item 5).

Units always go through ``Catalog.resolve_unit`` (names and aliases), then a few fixed
rewritings (盖章 stamps, 人民政府, 乌鲁木齐市…), and only then a rapidfuzz fallback that must be
very close (``UNIT_FUZZY_MIN``). Measures: a task.measure code ("2.3", "２．３") is a key
(confidence 1.0); otherwise the text is compared with each measure's title and description
(rapidfuzz ratio after dropping punctuation), within the task when the row names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tracker.catalog import Catalog, CatMeasure, CatUnit
from tracker.excel.layout import strip_ordinal, task_ordinal
from tracker.textnorm import nfkc, norm_key, strip_text

MEASURE_THRESHOLD = 0.80  # below this a row waits for the user (low_confidence)
UNIT_FUZZY_MIN = 0.90  # a unit name closer than this is taken, with a unit_fuzzy warning
TASK_THRESHOLD = 0.80
CONTAINED_CONFIDENCE = 0.85  # a text that contains exactly one unit's name (unit_fuzzy warning)

_STAMP = re.compile(r"[（(]\s*(?:盖章|签章|公章|章)\s*[)）]")
_SPLIT = re.compile(r"[、，,；;/／\n]+|\s{1,}|\u3000")
GROUP_WORDS = re.compile(r"^(?:各|全市|有关|相关)|(?:各区|区县|区\(县\)|区（县）|县区|有关部门|相关部门|"
                    r"相关单位|成员单位|各部门|等)$")
_CODE = re.compile(r"^\s*(\d{1,2})\s*[.．。·]\s*(\d{1,2})(?![\d.])\s*[、.．:：\s]*")
_CODE_CELL = re.compile(r"(\d{1,2})\s*[.．。·\-]\s*(\d{1,2})")
_NON_WORD = re.compile(r"[\W_]+")
_FIRST_SENTENCE = re.compile(r"[。；;！!]")
_YEAR_MONTH = (re.compile(r"(20\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])"),
               re.compile(r"(?<!\d)(20\d{2})\s*[-_./]\s*(\d{1,2})(?![\d]|[-./]\d)"),
               re.compile(r"(?<!\d)(20\d{2})(0[1-9]|1[0-2])(?!\d)"))
_QUARTER = re.compile(r"(20\d{2})\s*年?\s*第?\s*([1-4一二三四])\s*季度")
_MONTH = re.compile(r"(?<![\d年/.])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!\s*\d{1,2}\s*[日号])")
_YEAR = re.compile(r"(?<!\d)(20\d{2})\s*年?(?!\d)")
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}


@dataclass
class UnitHit:
    unit: CatUnit
    as_written: str
    confidence: float = 1.0


@dataclass
class CellUnits:
    hits: list[UnitHit] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    allocation: bool = False  # names a group (各区（县）…): an allocation, not a list of reporters


def clean_unit_text(text: object) -> str:
    return strip_text(_STAMP.sub("", strip_text(text))).strip("：:")


def resolve_unit(catalog: Catalog, text: object) -> UnitHit | None:
    """A unit name as written → catalog unit (exact, fixed rewritings, then very close fuzzy)."""
    raw = strip_text(text)
    t = clean_unit_text(raw)
    if not t:
        return None
    for variant in _variants(t):
        unit = catalog.resolve_unit(variant)
        if unit is not None:
            return UnitHit(unit, raw)
    from rapidfuzz import fuzz, process

    keys = unit_keys(catalog)
    found = process.extractOne(norm_key(t), list(keys), scorer=fuzz.ratio,
                               score_cutoff=UNIT_FUZZY_MIN * 100)
    if found:
        return UnitHit(keys[found[0]], raw, round(found[1] / 100, 3))
    inner = _contained_unit(catalog, norm_key(t), both_ways=False)
    if inner is not None:  # "天山区发改委", "市人社局就业科": the unit named inside, to confirm
        return UnitHit(inner, raw, CONTAINED_CONFIDENCE)
    short = _shortened_unit(catalog, norm_key(t))
    if short is not None:  # "米东" → 米东区, "甘泉堡" → 甘泉堡经开区: to confirm
        return UnitHit(short, raw, CONTAINED_CONFIDENCE)
    return None


def _shortened_unit(catalog: Catalog, key: str) -> CatUnit | None:
    """The one unit whose name or alias (without a leading 市) begins with ``key`` (≥ 2
    characters): a name written short. Two units beginning so, or ``key`` also inside another
    unit's name: no guess."""
    if len(key) < 2:
        return None
    keys = _unit_keys_and_bare(catalog)
    found = {unit.id: unit for k, unit in keys if k.startswith(key)}
    if len(found) != 1:
        return None
    unit = next(iter(found.values()))
    if any(key in k and u.id != unit.id for k, u in keys):  # "经开": 甘泉堡经开区 too
        return None
    return unit


def _unit_keys_and_bare(catalog: Catalog) -> list[tuple[str, CatUnit]]:
    """Every unit key, and those starting with 市 also without it (市人社局 → 人社局); worked out
    once per catalog (a unit column asks for every row)."""
    memo = catalog.match_memo
    if ("unit_keys_bare",) not in memo:
        out = []
        for k, unit in unit_keys(catalog).items():
            out.append((k, unit))
            if k.startswith("市") and len(k) >= 4:
                out.append((k[1:], unit))
        memo[("unit_keys_bare",)] = out
    return memo[("unit_keys_bare",)]


def unit_keys(catalog: Catalog) -> dict[str, CatUnit]:
    """norm_key of every unit name, short name and alias → unit (first wins, as in Catalog)."""
    out: dict[str, CatUnit] = {}
    for unit in catalog.units:
        for text in (unit.name, unit.short_name, *unit.aliases):
            if text:
                out.setdefault(norm_key(text), unit)
    return out


def _variants(t: str) -> list[str]:
    out = [t]
    for suffix in ("人民政府", "政府", "管委会", "管理委员会"):
        if t.endswith(suffix) and len(t) > len(suffix) + 1:
            out.append(t[: -len(suffix)])
    for prefix in ("新疆维吾尔自治区乌鲁木齐市", "乌鲁木齐市", "乌市", "乌鲁木齐"):
        if t.startswith(prefix) and len(t) > len(prefix) + 1:
            rest = t[len(prefix):]
            out += [rest, "市" + rest]
    if not t.startswith("市"):
        out.append("市" + t)
    return out


def units_in_cell(catalog: Catalog, text: object) -> CellUnits:
    """"市工信局、市商务局" → both; "市市场监管局、各区（县）" → an allocation."""
    out = CellUnits()
    whole = resolve_unit(catalog, text)
    if whole is not None and whole.confidence == 1.0:
        out.hits.append(whole)
        return out
    for part in _SPLIT.split(strip_text(text)):
        part = part.strip()
        if not part:
            continue
        if GROUP_WORDS.search(nfkc(part)):
            out.allocation = True
            continue
        hit = resolve_unit(catalog, part)
        if hit is None:
            out.unresolved.append(part)
        elif all(h.unit.id != hit.unit.id for h in out.hits):
            out.hits.append(hit)
    return out


def unit_in_name(catalog: Catalog, name: str | None) -> CatUnit | None:
    """A sheet or file name that names exactly one unit ("3月_天山区", "市场监管局")."""
    if not name:
        return None
    unit = catalog.resolve_unit(clean_unit_text(name))
    key = norm_key(name)
    return unit or _contained_unit(catalog, key, both_ways=True) or _shortened_unit(catalog, key)


def _contained_unit(catalog: Catalog, key: str, both_ways: bool) -> CatUnit | None:
    """The one unit whose name or alias (≥ 3 characters, a leading 市 optional) is inside ``key`` (or, both ways,
    ``key`` inside it: sheet "市场监管局" → 市市场监管局). Two different units: no guess."""
    found: dict[int, tuple[int, CatUnit]] = {}
    names = unit_keys(catalog)
    for k, unit in _unit_keys_and_bare(catalog):
        # a name without its 市 only where the text begins with it ("人社局6月进展"): inside a
        # text it may be another level's office ("区财政局", "自治区发改委")
        inside = len(k) >= 3 and (k in key if k in names else key.startswith(k))
        around = both_ways and len(key) >= 3 and key in k
        if inside or around:
            size = len(k) if inside else len(key)
            if size > found.get(unit.id, (0, unit))[0]:
                found[unit.id] = (size, unit)
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda x: -x[0])
    if len(ranked) > 1 and (ranked[1][0] == ranked[0][0] or not _contained(ranked, key)):
        return None
    return ranked[0][1]


def _contained(ranked: list[tuple[int, CatUnit]], key: str) -> bool:
    """Every other matched unit is only matched through text inside the best unit's match
    (新市区 inside 新市区(高新区))."""
    best = ranked[0][1]
    best_keys = [k for k, u in _keys_of(best) if k in key]
    for _, unit in ranked[1:]:
        for k, _u in _keys_of(unit):
            if k in key and not any(k in bk for bk in best_keys):
                return False
    return True


def _keys_of(unit: CatUnit) -> list[tuple[str, CatUnit]]:
    return [(norm_key(t), unit) for t in (unit.name, unit.short_name, *unit.aliases) if t]


# --- measures ------------------------------------------------------------------------------


@dataclass
class MeasureHit:
    measure: CatMeasure | None
    confidence: float
    via: str  # code / code_column / text / none
    code_written: str | None = None
    runner_up: CatMeasure | None = None
    task_mismatch: bool = False
    code_unknown: str | None = None  # a code that is not in the policy
    text_suggests: CatMeasure | None = None  # the code's text looks like another measure


def code_at_start(text: str) -> tuple[str | None, str]:
    """"２．３ 加快…" → ("2.3", "加快…"); no code → (None, text)."""
    s = nfkc(text)
    m = _CODE.match(s)
    if not m:
        return None, text
    return f"{int(m.group(1))}.{int(m.group(2))}", s[m.end():].strip()


def code_from_cell(value: object) -> str | None:
    """措施编号 cell: "2.3", 2.3 (a number), "２－３" → "2.3"; a bare integer is a row counter."""
    if value is None or isinstance(value, int):  # bool is an int too
        return None
    if isinstance(value, float):
        if value.is_integer():
            return None
        value = repr(value)
    m = _CODE_CELL.fullmatch(nfkc(str(value)).strip())
    return f"{int(m.group(1))}.{int(m.group(2))}" if m else None


@lru_cache(maxsize=8192)
def _fkey(text: str) -> str:
    return _NON_WORD.sub("", norm_key(text))


def _query(text: str) -> tuple[str, str]:
    """Compare-forms of a measure cell: the whole text and its first sentence."""
    return _fkey(text), _fkey(_FIRST_SENTENCE.split(nfkc(text), 1)[0])


def _score(text: str, m: CatMeasure, query: tuple[str, str] | None = None) -> float:
    from rapidfuzz.fuzz import ratio

    k, first = query or _query(text)
    if not k:
        return 0.0
    title, desc = _fkey(m.title), _fkey(m.description)
    best = max(ratio(k, title), ratio(first, title) if first != k else 0)
    if desc:
        best = max(best, ratio(k, title + desc), ratio(k, desc))
    return best / 100


def task_of(catalog: Catalog, text: str | None) -> int | None:
    """The task a 重点任务 cell or section row names: its ordinal, else a close title."""
    if not text:
        return None
    seqs = {m.task_seq: m.task_title for m in catalog.measures}
    n = task_ordinal(text)
    from rapidfuzz import fuzz

    key = _fkey(strip_ordinal(text))
    best = max(((fuzz.ratio(key, _fkey(t)) / 100, s) for s, t in seqs.items()), default=(0, None))
    if best[0] >= TASK_THRESHOLD:  # the words win over a number the unit gave its own list
        return best[1]
    return n if n is not None and n in seqs else None


def match_measure(catalog: Catalog, text: str, code_cell: object = None,
                  task_seq: int | None = None) -> MeasureHit:
    """The measure a row names (by code, code column, exact title, else fuzzy text within the
    task). The result depends on the cells and the catalog only, so it is remembered there."""
    key = (text, type(code_cell), code_cell, task_seq)
    hit = catalog.match_memo.get(key)
    if hit is None:
        hit = catalog.match_memo[key] = _match_measure(catalog, text, code_cell, task_seq)
    return hit  # type: ignore[return-value]


def _match_measure(catalog: Catalog, text: str, code_cell: object,
                   task_seq: int | None) -> MeasureHit:
    code, rest = code_at_start(text)
    via = "code"
    if code is None:
        code, rest, via = code_from_cell(code_cell), strip_ordinal(text), "code_column"
    unknown = None
    if code is not None:
        m = catalog.measure_by_code(code)
        if m is not None:
            hit = MeasureHit(m, 1.0, via, code_written=code)
            rest_key = _fkey(rest) if rest else ""
            if rest_key and not rest_key.startswith(_fkey(m.title)[:6]) and _score(rest, m) < 0.5:
                other = _best(catalog.measures, rest)
                if other[0] is not None and other[1] >= 0.9 and other[0].id != m.id:
                    hit.text_suggests = other[0]
            return hit
        unknown = code
    exact = _exact_title(catalog, rest)
    if exact is not None and (task_seq is None or exact.task_seq == task_seq):
        return MeasureHit(exact, 1.0, "text", code_unknown=unknown)  # the title as written
    pool = [m for m in catalog.measures if m.task_seq == task_seq] if task_seq else []
    best, score, second = _best(pool, rest) if pool else (None, 0.0, None)
    mismatch = False
    if score < MEASURE_THRESHOLD:
        g_best, g_score, g_second = _best(catalog.measures, rest)
        if g_score > score and (g_score >= MEASURE_THRESHOLD or not pool):
            mismatch = bool(pool) and g_best is not None
            best, score, second = g_best, g_score, g_second
    return MeasureHit(best, round(score, 3), "text" if best else "none", runner_up=second,
                      task_mismatch=mismatch, code_unknown=unknown)


def _exact_title(catalog: Catalog, text: str) -> CatMeasure | None:
    """The one measure whose title is exactly this text (compare-form), without fuzzy work."""
    index = getattr(catalog, "_title_index", None)
    if index is None:
        index = {}
        for m in catalog.measures:
            key = _fkey(m.title)
            index[key] = None if key in index else m  # a title shared by two: no shortcut
        catalog._title_index = index  # type: ignore[attr-defined]
    return index.get(_fkey(text)) if text else None


def _best(pool: list[CatMeasure], text: str) -> tuple[CatMeasure | None, float, CatMeasure | None]:
    if not text.strip():
        return None, 0.0, None
    query = _query(text)
    ranked = sorted(((_score(text, m, query), m) for m in pool), key=lambda x: -x[0])
    if not ranked or ranked[0][0] <= 0:
        return None, 0.0, None
    second = ranked[1][1] if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - 0.02 else None
    return ranked[0][1], ranked[0][0], second


# --- periods -------------------------------------------------------------------------------


@dataclass
class PeriodFind:
    period: str | None
    source: str | None  # title / sheet_name / file_name / reported_date
    conflicts: list[str] = field(default_factory=list)  # other full periods written elsewhere


def _month(token: str) -> int:
    return int(token) if token.isdigit() else _CN_MONTH[token]


def _candidates(text: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    s = nfkc(text)
    full: list[tuple[int, int]] = []
    for rx in _YEAR_MONTH:
        full += [(int(m.group(1)), int(m.group(2))) for m in rx.finditer(s)]
    for m in _QUARTER.finditer(s):
        q = m.group(2)
        full.append((int(m.group(1)), (int(q) if q.isdigit() else "一二三四".index(q) + 1) * 3))
    full = [(y, mo) for y, mo in full if 1 <= mo <= 12]
    months = [_month(m.group(1)) for m in _MONTH.finditer(s)]
    years = [int(m.group(1)) for m in _YEAR.finditer(s)]
    return full, [mo for mo in months if 1 <= mo <= 12], years


def find_period(sources: list[tuple[str, str]], reported: object = None) -> PeriodFind:
    """``sources`` in priority order, e.g. [("title", …), ("sheet_name", …), ("file_name", …)].
    The first source naming a month decides it; the year comes from the same text, else from
    any other source, else from the reported date (the month before it when later in the year)."""
    found = [(name, *_candidates(text)) for name, text in sources if text]
    fulls = [f"{y:04d}-{mo:02d}" for _, full, _, _ in found for y, mo in full]
    for name, full, months, years in found:
        if full:
            y, mo = full[0]
        elif months:
            mo = months[-1]
            other_years = [yy for _, f, _, ys in found for yy in [*(a for a, _ in f), *ys]]
            y = years[0] if years else next(iter(other_years), None)
            if y is None and reported is not None:
                y = reported.year if mo <= reported.month else reported.year - 1
            if y is None:
                continue
        else:
            continue
        period = f"{y:04d}-{mo:02d}"
        return PeriodFind(period, name, sorted({p for p in fulls if p != period}))
    return PeriodFind(None, None)
