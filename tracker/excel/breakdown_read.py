"""Reading a task breakdown (分解表): ours or a foreign layout. Pure core: returns entries and
warnings, never touches the database.

Headings are read like the progress import's (``layout.header_field``: bracketed notes, full-width
forms and inner spaces ignored) plus the breakdown's role words: 牵头单位 / 责任单位 / 配合单位
columns give each unit its role. A column naming two roles (牵头（责任）单位) or the 责任单位 column
of a sheet without a 牵头 column is read in order: the first unit named for a MEASURE leads, the
others are 责任. A mark in a cell wins (市科技局（牵头）, 牵头单位：…；配合单位：…, 市工信局牵头，各区
（县）配合). Groups: 各区（县） = every unit of kind 区县, 各开发区 = every unit of kind 开发区; a
trailing 等 is ignored. A unit named twice for one measure is one entry when the rows agree; when
they differ, each waits for the user (``waits``) and says so. Nothing is dropped unsaid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tracker.catalog import Catalog
from tracker.deadlines import NO_DEADLINE, Deadline, parse_deadline
from tracker.errors import Problem, TrackerError
from tracker.excel.breakdown_cells import Mention, cell_mentions
from tracker.excel.keys import read_keys
from tracker.excel.layout import (
    BRACKETED,
    HEADER_SCAN_ROWS,
    NOTE_START,
    header_field,
    is_weak_heading,
    parse_info,
    task_ordinal,
)
from tracker.excel.match import MeasureHit, match_measure, task_of
from tracker.excel.read import Grid, cell_text, read_book
from tracker.excel.records import at
from tracker.textnorm import norm_key

ROLE_RANK = {"牵头": 0, "责任": 1, "配合": 2}
ROLE_WORDS = {
    "牵头": ("牵头单位", "牵头部门", "牵头", "牵头责任单位"),
    "责任": ("责任单位", "责任部门", "主责单位", "承办单位", "实施单位", "落实单位", "主办单位",
             "单位"),
    "配合": ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "协助单位", "配合"),
}
IN_ORDER = "分工"  # a column listing lead and other units: the first named leads
FIELD_WORDS = {  # breakdown words the progress import does not know
    "action": ("工作举措", "具体实施举措", "实施举措"),
}
_FIELDS = {"measure": "measure", "measure_code": "code", "task": "task", "deadline": "deadline",
           "action": "action", "seq": "seq"}
_ROLE_KEYS = {norm_key(w): r for r, ws in ROLE_WORDS.items() for w in ws}
_ROLE_PREFIXES = sorted((k for k in _ROLE_KEYS if len(k) >= 4), key=len, reverse=True)
_ROLE_STEMS = {"牵头": "牵头", "责任": "责任", "主责": "责任", "配合": "配合", "协办": "配合",
               "参与": "配合", "协同": "配合"}
_FIELD_KEYS = {norm_key(w): f for f, ws in FIELD_WORDS.items() for w in ws}

_TASK_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}部分|任务之)")


@dataclass
class BreakdownEntry:
    sheet: str | None
    row: int
    measure_id: int | None
    measure: str | None
    confidence: float
    unit_id: int | None
    unit: str | None
    unit_as_written: str
    role: str
    deadline: Deadline = NO_DEADLINE
    action_text: str = ""
    warnings: list[Problem] = field(default_factory=list)
    col: int | None = None
    waits: bool = False  # another row names this measure × unit differently: the user picks
    where: str = ""  # 文件“…”工作表“…”第N行X列, for messages
    measure_written: str = ""  # the 具体措施 cell as written
    deadline_col: int | None = None
    unit_confidence: float = 1.0  # below 1: the unit was recognised by a near name
    action_shared: bool = False  # one 具体举措 text for several units of a foreign row


@dataclass
class ParsedBreakdown:
    path: str
    sha256: str = ""
    outcome: str = "ok"
    error: Problem | None = None
    entries: list[BreakdownEntry] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    ours: bool = False  # our own export (its key sheet read): units sharing an action are ours
    # measure id → lead units named in the file that are not in the register (团市委)
    unknown_leads: dict[int, list[str]] = field(default_factory=dict)
    # measure id → the places its rows were read from, for measure-level messages
    measure_rows: dict[int, list[tuple[str | None, int]]] = field(default_factory=dict)
    # measures with a unit named that is not in the register (their listing is not complete)
    unknown_units: set[int] = field(default_factory=set)


def place(file: str, sheet: str | None, row: int, col: int | None = None) -> str:
    """文件“x.xlsx”工作表“分解表”第5行C列: every breakdown message names file, sheet, row, column."""
    return f"文件“{file}”{at(sheet, row, col)}"


def places(file: str | None, spots: list[tuple[str | None, int]]) -> str:
    """文件“x.xlsx”工作表“汇总”第3行、工作表“一”第4行 (rows of one sheet joined: 第3、4行;
    no file: without 文件“…”)."""
    by_sheet: dict[str | None, list[int]] = {}
    for sheet, row in spots:
        if row not in by_sheet.setdefault(sheet, []):
            by_sheet[sheet].append(row)
    parts = [at(sheet, rows[0]).replace(f"第{rows[0]}", "第" + "、".join(map(str, rows)))
             for sheet, rows in by_sheet.items()]
    return (f"文件“{file}”" if file else "") + "、".join(parts)


# --- headings ------------------------------------------------------------------------------


def heading(value: object) -> tuple[str, str] | None:
    """("role", 牵头 / 责任 / 配合 / 分工) or ("field", measure / code / task / deadline / action /
    seq) for a header cell; None for anything else."""
    if not isinstance(value, str) or len(value) > 40 or value.rstrip().endswith((":", "：")):
        return None
    key = norm_key(value)
    bare = BRACKETED.sub("", key)
    role = _ROLE_KEYS.get(key) or _ROLE_KEYS.get(bare)
    if role is None and len(bare) <= 12:
        role = next((_ROLE_KEYS[p] for p in _ROLE_PREFIXES if bare.startswith(p)), None)
    if role is not None:
        named = {r for stem, r in _ROLE_STEMS.items() if stem in key}
        return ("role", IN_ORDER if len(named) > 1 else role)
    f = header_field(value)
    if f == "unit":  # 单位 / 填报单位: one column of units
        return ("role", "责任")
    if f in _FIELDS:
        return ("field", _FIELDS[f])
    f = _FIELD_KEYS.get(key) or _FIELD_KEYS.get(bare)
    return ("field", f) if f else None


def _headings(grid: Grid, r: int) -> tuple[dict[int, str], dict[str, int]]:
    roles: dict[int, str] = {}
    fields: dict[str, int] = {}
    weak: set[int] = set()
    for c in range(grid.width):
        value = grid.value(r, c)
        kind = heading(value)
        if kind is None:
            continue
        if kind[0] == "role":
            roles[c] = kind[1]
            continue
        f = kind[1]
        if f not in fields:
            fields[f] = c
        elif fields[f] in weak and not is_weak_heading(str(value)):  # 具体措施 beside 重点工作
            if f == "measure":
                fields.setdefault("task", fields[f])
            fields[f] = c
        if is_weak_heading(str(value)):
            weak.add(c)
    return roles, fields


def _header(grid: Grid) -> tuple[int, dict[int, str], dict[str, int]] | None:
    for r in range(min(HEADER_SCAN_ROWS, len(grid.rows))):
        roles, fields = _headings(grid, r)
        if roles and "measure" not in fields and "code" not in fields and r > 0:
            for f, c in _headings(grid, r - 1)[1].items():  # two rows: 具体措施 above
                if c not in roles:
                    fields.setdefault(f, c)
        if roles and ("measure" in fields or "code" in fields):
            return r, roles, fields
    return None


# --- rows ----------------------------------------------------------------------------------


@dataclass
class _Row:
    sheet: str | None
    r: int
    hit: MeasureHit
    text: str
    deadline: Deadline
    action: str
    mentions: list[Mention]
    warnings: list[Problem] = field(default_factory=list)
    order: int | None = None  # the column read in order (first named leads)
    deadline_col: int | None = None


@dataclass
class _Sheet:
    grid: Grid
    header: int
    roles: dict[int, str]
    fields: dict[str, int]
    file: str

    @property
    def order_col(self) -> int | None:
        """The column read in order (first named leads): one naming two roles, else the 责任
        column of a sheet with no 牵头 column."""
        mixed = [c for c, r in self.roles.items() if r == IN_ORDER]
        if mixed:
            return mixed[0]
        if "牵头" in self.roles.values():
            return None
        return next((c for c, r in self.roles.items() if r == "责任"), None)

    def text(self, r: int, name: str) -> str:
        return cell_text(self.grid.value(r, self.fields[name])) if name in self.fields else ""

    def own(self, r: int, c: int) -> bool:
        """The cell holds this row's own value (not one filled down from a merge above)."""
        src = self.grid.origin.get((r, c))
        return self.grid.value(r, c) not in (None, "") and (src is None or src[0] == r)


def parse_breakdown(path: str | Path, catalog: Catalog) -> ParsedBreakdown:
    path = Path(path)
    result = ParsedBreakdown(str(path))
    try:
        book = read_book(path)  # refuses a folder, a device or a huge file before reading it
    except TrackerError as exc:
        result.outcome, result.error = "error", Problem(exc.code, {"file": path.name, **exc.data})
        return result
    result.sha256 = book.sha256
    if book.keys is not None:  # our own export: its format and its policy
        try:
            keys = read_keys(path, book.keys, kind="breakdown")
        except TrackerError as exc:
            result.outcome, result.error = "error", Problem(exc.code, {"file": path.name,
                                                                       **exc.data})
            return result
        result.ours = True
        if keys.policy_id is not None and keys.policy_id != catalog.policy_id:
            result.outcome = "error"  # its measure codes would land on this policy's measures
            result.error = Problem("breakdown_other_policy", {
                "file": path.name, "policy": keys.policy_title or str(keys.policy_id)})
            return result
    sheets = []
    for grid in book.sheets:
        found = None if grid.hidden else _header(grid)
        if found is not None:
            sheets.append(_Sheet(grid, *found, path.name))
    if not sheets:
        result.outcome = "error"
        result.error = Problem("breakdown_no_header", {"file": path.name})
        return result
    tally = {"rows": 0, "no_unit": 0}
    rows = [row for s in sheets for row in _read_rows(s, catalog, result, tally)]
    _entries(rows, catalog, result)
    if not result.entries:
        result.outcome = "error"
        result.error = _nothing_read(path.name, sheets[0], tally)
    return result


def _nothing_read(file: str, first: _Sheet, tally: dict[str, int]) -> Problem:
    if not tally["rows"]:
        return Problem("breakdown_header_only", {"at": place(file, first.grid.name,
                                                              first.header + 1)})
    if tally["no_unit"] == tally["rows"]:
        return Problem("breakdown_no_units", {"file": file, "rows": tally["rows"]})
    if not tally["no_unit"]:
        return Problem("breakdown_units_all_unknown", {"file": file, "rows": tally["rows"]})
    return Problem("breakdown_no_rows", {"file": file, "no_unit": tally["no_unit"],
                                         "unknown": tally["rows"] - tally["no_unit"]})


def _is_heading_row(s: _Sheet, r: int, texts: list[str], catalog: Catalog) -> bool:
    """一、着力促进… merged across the row, or alone outside the measure columns: a task."""
    if len(set(texts)) != 1:
        return False
    row = s.grid.rows[r]
    cols = [c for c, v in enumerate(row) if cell_text(v)]
    across = len(cols) > 1 or any(s.grid.origin.get((r, c), (r, c))[1] != c for c in cols)
    if across:
        return True
    outside = not {s.fields.get("measure"), s.fields.get("code")} & set(cols)
    numbered = task_ordinal(texts[0]) is not None
    return (outside and numbered) or bool(_TASK_NUMBER.match(texts[0])) or \
        task_of(catalog, texts[0]) is not None and not numbered


def _read_rows(s: _Sheet, catalog: Catalog, result: ParsedBreakdown,
               tally: dict[str, int]) -> list[_Row]:
    grid, file = s.grid, s.file
    labels = {cell_text(grid.value(s.header, c)) for c in [*s.roles, *s.fields.values()]}
    task_text = ""
    out: list[_Row] = []
    no_unit: list[tuple[str | None, int, str]] = []
    last: _Row | None = None  # the last row that named a measure
    for r in range(s.header + 1, len(grid.rows)):
        texts = [t for t in (cell_text(v) for v in grid.rows[r]) if t]
        if not texts or not any(s.own(r, c) for c in range(len(grid.rows[r]))):
            continue  # blank, or only the tail of cells merged from above
        if NOTE_START.match(texts[0]) or parse_info(texts[0]) or \
                sum(t in labels for t in texts) >= 2:
            continue  # 填报人：… / 说明 / the header again after a page break
        if _is_heading_row(s, r, texts, catalog):
            task_text = texts[0]
            continue
        task_text = s.text(r, "task") or task_text
        measure_text = s.text(r, "measure")
        code_cell = grid.value(r, s.fields["code"]) if "code" in s.fields else None
        where = place(file, grid.name, r + 1)
        problems: list[Problem] = []
        mentions = []
        for c, role in s.roles.items():
            text = cell_text(grid.value(r, c))
            if text:
                mentions += cell_mentions(catalog, text, c, role, place(file, grid.name, r + 1, c),
                                           problems)
        result.warnings += problems
        if not measure_text and code_cell in (None, ""):
            if not mentions:
                continue
            numbered = "seq" in s.fields and s.own(r, s.fields["seq"]) and \
                cell_text(grid.value(r, s.fields["seq"]))  # a 序号 of its own: a new measure row
            if last is None or last.hit.measure is None or numbered:
                result.warnings.append(Problem("breakdown_row_no_measure", {"at": where}))
                continue
            # a blank 具体措施 under a measure: the measure above continues (the last measure
            # row read, whether or not it named units itself)
            hit, measure_text = last.hit, last.text
            no_unit = [x for x in no_unit if (x[0], x[1]) != (last.sheet, last.r)]  # its units
            notes = [Problem("breakdown_row_continues", {"at": where, "code": hit.measure.code})]
        else:
            hit = match_measure(catalog, measure_text, code_cell,
                                task_of(catalog, task_text) if task_text else None)
            notes = [] if hit.measure else [Problem("measure_unknown", {
                "at": where, "text": measure_text or cell_text(code_cell)})]
        deadline_cell = grid.value(r, s.fields["deadline"]) if "deadline" in s.fields else None
        row = _Row(grid.name, r + 1, hit, measure_text, parse_deadline(deadline_cell),
                   s.text(r, "action"), mentions, notes, s.order_col, s.fields.get("deadline"))
        if measure_text or code_cell not in (None, ""):
            last = row
        tally["rows"] += 1
        if not mentions:
            tally["no_unit"] += 1
            said = [c for c in ("deadline", "action") if c in s.fields and s.own(r, s.fields[c])]
            if said:
                no_unit.append((grid.name, r + 1, hit.measure.code if hit.measure else "?"))
            continue
        out.append(row)
    if no_unit:
        result.warnings.append(Problem("breakdown_no_unit", {
            "at": places(file, [(sh, r) for sh, r, _ in no_unit]),
            "codes": "、".join(code for _, _, code in no_unit)}))
    _roles(s, out, result)
    return out


def _roles(s: _Sheet, rows: list[_Row], result: ParsedBreakdown) -> None:
    """Each mention's role: a mark, else its column's; in the column read in order the first
    unit named for a measure leads (unless the measure's lead is named otherwise)."""
    order = s.order_col
    by_measure: dict[object, list[_Row]] = {}
    for row in rows:
        key = row.hit.measure.id if row.hit.measure else ("row", row.r)
        by_measure.setdefault(key, []).append(row)
    for key, group in by_measure.items():
        mentions = [m for row in group for m in row.mentions]
        named_lead = any(m.mark == "牵头" or (m.mark is None and m.col_role == "牵头")
                         for m in mentions)
        lead_given = named_lead
        for m in mentions:
            if m.mark:
                m.role = m.mark
            elif m.col != order:
                m.role = "责任" if m.col_role == IN_ORDER else m.col_role
            elif not lead_given and not m.group:
                m.role, lead_given = "牵头", True
            else:
                m.role = "责任"
            if m.unit is None and m.role == "牵头" and isinstance(key, int):
                result.unknown_leads.setdefault(key, []).append(m.text)


# --- entries -------------------------------------------------------------------------------


_UNIT_LINE = re.compile(r"^\s*(?:[（(]?\d{1,2}[.、)）]\s*)?([^：:\n]{2,30}?)\s*[：:]\s*(.+)$")


def actions_by_unit(text: str, catalog: Catalog,
                    row_units: list | None = None) -> dict[int, tuple[str, str]] | None:
    """A 具体举措 cell written unit by unit ("米东区：设立返乡创业服务窗口" on each line): unit
    id → (name, its own text). A line may name a unit of the row shortly ("人社局：" for
    市人社局, given ``row_units``). None when any line does not begin with a unit: then the
    whole text is the row's, for every unit of the row."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return None
    out: dict[int, tuple[str, str]] = {}
    for line in lines:
        m = _UNIT_LINE.match(line)
        unit = catalog.resolve_unit(m.group(1)) if m else None
        if unit is None and m is not None and row_units:
            unit = _row_unit_named(m.group(1), row_units)
        if unit is None:
            return None
        name, before = unit.name, out.get(unit.id, ("", ""))[1]
        out[unit.id] = (name, f"{before}\n{m.group(2).strip()}" if before else m.group(2).strip())
    return out


def _row_unit_named(text: str, units: list) -> object | None:
    """The one unit of the row whose name or alias holds ``text`` ("人社局" → 市人社局)."""
    key = norm_key(text)
    if len(key) < 2:
        return None
    found = [u for u in units if any(key in norm_key(n) for n in (u.name, *u.aliases))]
    return found[0] if len(found) == 1 else None


def _entries(rows: list[_Row], catalog: Catalog, result: ParsedBreakdown) -> None:
    file = Path(result.path).name
    for row in rows:
        m = row.hit.measure
        if m is not None:
            result.measure_rows.setdefault(m.id, []).append((row.sheet, row.r))
        kept: dict[int, Mention] = {}
        for men in row.mentions:
            if men.unit is None:  # not in the register, or a vague group (有关部门)
                if m is not None:
                    result.unknown_units.add(m.id)
                continue
            old = kept.get(men.unit.id)
            if old is None:
                kept[men.unit.id] = men
                continue
            strong = min((old, men), key=lambda x: (x.mark is None, x.group,
                                                     ROLE_RANK.get(x.role, 3)))
            if old.role != men.role and not (old.group or men.group):
                row.warnings.append(Problem("breakdown_role_twice", {
                    "at": place(file, row.sheet, row.r), "unit": men.unit.name,
                    "roles": f"{old.role}、{men.role}", "kept": strong.role}))
            kept[men.unit.id] = strong
        per_unit = None if result.ours else \
            actions_by_unit(row.action, catalog, [m.unit for m in kept.values()])
        if per_unit is not None and len(kept) == 1 and set(per_unit) == set(kept):
            per_unit = None  # the one unit's own text, kept whole though it begins with its name
        if per_unit is not None:
            missing = [name for uid, (name, _) in per_unit.items() if uid not in kept]
            if missing:
                row.warnings.append(Problem("breakdown_action_other_unit", {
                    "at": place(file, row.sheet, row.r), "units": "、".join(missing)}))
            unnamed = [m.unit.name for uid, m in kept.items() if uid not in per_unit]
            if unnamed:  # the cell speaks for some units only: the others' actions stay
                row.warnings.append(Problem("breakdown_action_for_some", {
                    "at": place(file, row.sheet, row.r),
                    "named": "、".join(name for name, _ in per_unit.values()),
                    "others": "、".join(unnamed)}))
        for men in kept.values():
            own = list(row.warnings)
            where = place(file, row.sheet, row.r, men.col)
            action = row.action if per_unit is None else per_unit.get(men.unit.id, ("", ""))[1]
            if men.confidence < 1.0:
                own.append(Problem("unit_fuzzy", {"at": where, "text": men.text,
                                                  "unit": men.unit.name,
                                                  "score": f"{men.confidence:.2f}"}))
            same_cell = [x for x in kept.values() if x.col == men.col and x.role == men.role]
            # our export writes units that share an action in one cell itself: not news
            if len(same_cell) > 1 and men.col != row.order and row.action and not result.ours \
                    and per_unit is None:
                own.append(Problem("breakdown_shared_action", {
                    "at": place(file, row.sheet, row.r), "role": men.role,
                    "units": "、".join(x.unit.name for x in same_cell)}))
            result.entries.append(BreakdownEntry(
                row.sheet, row.r, m.id if m else None, m.code if m else None,
                row.hit.confidence, men.unit.id, men.unit.name, men.text, men.role,
                row.deadline, action, own, men.col, where=where,
                measure_written=row.text, deadline_col=row.deadline_col,
                unit_confidence=men.confidence,
                action_shared=bool(action) and per_unit is None and len(kept) > 1
                and not result.ours))
