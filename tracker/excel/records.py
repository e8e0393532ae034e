"""One data row of a laid-out sheet → zero or more ``ParsedRow`` (one per reporting unit).

A row that names a measure but holds nothing reported (no status, percent, progress, problems,
next steps, 备注 or other kept remark) is not a record: it goes to the file's ``not_filled`` list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.catalog import Catalog, CatMeasure, CatUnit
from tracker.deadlines import NO_DEADLINE, Deadline, parse_deadline
from tracker.errors import Problem
from tracker.excel.keys import TemplateKeys
from tracker.excel.layout import SheetLayout, column_letter
from tracker.excel.match import (
    MEASURE_THRESHOLD,
    match_measure,
    task_of,
    units_in_cell,
)
from tracker.excel.read import Grid, cell_text
from tracker.excel.results import ParsedRow
from tracker.statuswords import (
    between_nought_and_one,
    fraction_column,
    is_bare_one,
    parse_percent,
    parse_status,
    percent_is_rounded,
    percent_of_fraction,
)

_TEXT_SHOWN = 40


@dataclass
class UnitChoice:
    unit: CatUnit | None
    as_written: str
    confidence: float = 1.0
    warnings: list[tuple[str, dict]] = field(default_factory=list)


@dataclass
class SheetContext:
    """What the file and sheet already say about every row of this sheet."""

    catalog: Catalog
    file: str
    fixed: UnitChoice | None = None  # template keys or a single 填报单位 line
    reporter_text: str = ""  # an info line that did not resolve
    fallback: UnitChoice | None = None  # sheet name, then file name
    keys: TemplateKeys | None = None
    not_filled: list[str] = field(default_factory=list)
    percent_fractions: bool = False  # the sheet's 完成进度 column was read as fractions of one
    template_codes: frozenset[str] = frozenset()
    year_start: date | None = None  # 1 January of the file's period: "12月30日" is in that year
    _tasks: dict[str, int | None] = field(default_factory=dict)
    _key_ids: dict[str, int] | None = None

    def key_measure_ids(self) -> dict[str, int]:
        """measure code → measure id from the key sheet (the first row naming the code)."""
        if self._key_ids is None:
            self._key_ids = {}
            for key in self.keys.rows if self.keys is not None else []:
                if key.measure_id is not None:
                    self._key_ids.setdefault(key.measure_code, key.measure_id)
        return self._key_ids

    def task(self, text: str | None) -> int | None:
        if not text:
            return None
        if text not in self._tasks:
            self._tasks[text] = task_of(self.catalog, text)
        return self._tasks[text]


def at(sheet: str | None, row: int, col: int | None = None) -> str:
    """The place a message points to: 工作表“3月”第5行E列 / 第4条记录 (CSV)."""
    if sheet is None:
        return f"第{row}条记录" + (f"第{col + 1}个字段" if col is not None else "")
    return f"工作表“{sheet}”第{row}行" + (f"{column_letter(col)}列" if col is not None else "")


def _short(text: str) -> str:
    return text if len(text) <= _TEXT_SHOWN else text[:_TEXT_SHOWN] + "…"


def row_units(ctx: SheetContext, layout: SheetLayout, r: int) -> list[UnitChoice]:
    if ctx.fixed is not None:
        return [ctx.fixed]
    col = layout.fields.get("unit")
    text = cell_text(layout.grid.value(r, col)) if col is not None else ""
    if text:
        cell = units_in_cell(ctx.catalog, text)
        if cell.hits and not cell.allocation:
            warn = [("unit_unknown", {"text": p}) for p in cell.unresolved]
            return [UnitChoice(h.unit, text, h.confidence, list(warn)) for h in cell.hits]
        if ctx.fallback is not None:
            return [ctx.fallback]
        if cell.allocation and len(cell.hits) == 1:
            hit = cell.hits[0]
            return [UnitChoice(hit.unit, text, hit.confidence,
                               [("unit_from_allocation", {"text": text, "unit": hit.unit.name})])]
        return [UnitChoice(None, text, 0.0, [("unit_unknown", {"text": text})])]
    if ctx.fallback is not None:
        return [ctx.fallback]
    if ctx.reporter_text:
        return [UnitChoice(None, ctx.reporter_text, 0.0,
                           [("unit_unknown", {"text": ctx.reporter_text})])]
    return [UnitChoice(None, "", 0.0, [("unit_missing", {})])]


def _measure(ctx: SheetContext, layout: SheetLayout, r: int, task_text: str | None,
             warn: list[tuple[str, dict]]) -> tuple[CatMeasure | None, float, str]:
    g, f = layout.grid, layout.fields
    text = cell_text(g.value(r, f["measure"])) if "measure" in f else ""
    code_cell = g.value(r, f["measure_code"]) if "measure_code" in f else None
    if not text and code_cell is None:
        warn.append(("measure_unknown", {"text": "（空）"}))
        return None, 0.0, ""
    hit = match_measure(ctx.catalog, text, code_cell, ctx.task(task_text))
    shown = _short(text)
    keyed = _keyed_measure(ctx, hit)
    if keyed is not None:  # our template: the key sheet's stable id wins over the code
        written = hit.code_written or hit.code_unknown
        if keyed.code != written:
            warn.append(("measure_renumbered", {"code": written, "now": keyed.code}))
        return keyed, 1.0, text or cell_text(code_cell)
    m = hit.measure
    if hit.code_unknown:
        warn.append(("measure_code_unknown", {"code": hit.code_unknown}))
    if m is None:
        warn.append(("measure_unknown", {"text": shown or cell_text(code_cell)}))
        return None, 0.0, text
    if hit.text_suggests is not None:
        warn.append(("measure_code_text_mismatch", {"code": m.code, "text": shown,
                                                    "other": hit.text_suggests.code}))
    if hit.via in ("text", "none"):
        if hit.confidence < MEASURE_THRESHOLD:
            warn.append(("low_confidence", {"text": shown, "code": m.code, "title": m.title,
                                            "score": f"{hit.confidence:.2f}"}))
        elif hit.runner_up is not None:
            warn.append(("measure_ambiguous", {"text": shown, "code": m.code,
                                               "other": hit.runner_up.code}))
        if hit.task_mismatch:
            warn.append(("measure_task_mismatch", {"text": shown, "code": m.code,
                                                   "task": _short(task_text or "")}))
    if ctx.keys is not None and ctx.keys.rows and m.code not in ctx.template_codes:
        warn.append(("measure_not_in_template", {"code": m.code}))
    return m, hit.confidence, text or cell_text(code_cell)


def _keyed_measure(ctx: SheetContext, hit) -> CatMeasure | None:
    """In our own template a code is looked up in the hidden key sheet, whose measure ids stay
    valid after measures were reordered (codes renumbered) since the export."""
    written = hit.code_written or hit.code_unknown
    if ctx.keys is None or not ctx.keys.rows or not written:
        return None
    measure_id = ctx.key_measure_ids().get(written)
    return ctx.catalog.measure_by_id(measure_id) if measure_id is not None else None


def _action_changed(catalog: Catalog, choices: list[UnitChoice], measure: CatMeasure,
                    action: str) -> bool:
    """A 本单位具体举措 that differs from the assigned one is a change worth reporting."""
    for choice in choices:
        if choice.unit is not None:
            a = catalog.assignment_for(choice.unit.id, measure.id)
            if a is not None and cell_text(a.action_text) != action:
                return True
    return False


def build_rows(ctx: SheetContext, layout: SheetLayout) -> list[ParsedRow]:
    out: list[ParsedRow] = []
    g, f = layout.grid, layout.fields
    memo: dict[tuple, object] = {}  # deadline / status / percent parses, per distinct cell value
    sideways = g.sideways()
    names = ("status", "percent", "progress", "problems", "next_steps", "action", "deadline")
    cols = [f.get(k) for k in names]
    extra_cols = [(col.index, col) for col in layout.extras]

    def once(fn, raw):  # noqa: ANN001, ANN202
        key = (fn, type(raw), raw)
        if key not in memo:
            memo[key] = fn(raw)
        return memo[key]

    pc = cols[1]
    read_percent = parse_percent
    column_has_fraction = False
    if pc is not None:  # our template's column takes 0–100, but WPS and pasting bring percent cells
        column = [g.rows[r][pc] for r, _ in layout.rows if pc < len(g.rows[r])]
        # our template's column is whole percents unless a fraction shows otherwise: a lone 1
        # there is 1 %, not a percent cell showing 100 %
        column_has_fraction = any(between_nought_and_one(v) is not None for v in column)
        if fraction_column(column) and (ctx.keys is None or column_has_fraction):
            read_percent, ctx.percent_fractions = percent_of_fraction, True
    def read_deadline(value: object) -> Deadline:
        return parse_deadline(value, ctx.year_start)

    measure_cols = [c for c in (f.get("measure_code"), f.get("measure")) if c is not None]
    gaps = g.formula_gaps
    ticks = layout.status_ticks
    keep_base = [k for k in ("status", "percent", "progress", "problems", "next_steps")
                 if k not in f]
    if not layout.extras:
        keep_base.append("extra")
    for r, task_text in layout.rows:
        line = g.rows[r]
        width = len(line)
        own = [None if c is None or c >= width or (r, c) in sideways else line[c] for c in cols]
        status_raw, percent_raw = cell_text(own[0]), own[1]
        if ticks:  # tick-box columns: the word above the marked one(s)
            status_raw = "、".join(w for c, w in ticks if c < width and cell_text(line[c]))
        progress, problems, next_steps, action = (cell_text(v) for v in own[2:6])
        extra_lines, remark = [], False
        for c, col in extra_cols:
            t = cell_text(None if c >= width or (r, c) in sideways else line[c])
            if t:
                extra_lines.append(t if col.field == "note" else f"{col.label}：{t}")
                remark = remark or col.field is not None  # 备注 / 佐证材料, not unknown columns
        percent_text = cell_text(percent_raw)
        reported = bool(status_raw or percent_text or remark or progress or problems
                        or next_steps)
        warn: list[tuple[str, dict]] = []
        measure, confidence, m_written = _measure(ctx, layout, r, task_text, warn)
        choices = row_units(ctx, layout, r)
        filled = reported or (bool(action) and measure is not None
                              and _action_changed(ctx.catalog, choices, measure, action))
        if not reported and (measure is not None or m_written):
            ctx.not_filled.append(measure.code if measure else _short(m_written))
        if not filled:
            continue
        row_no = r + 1
        hidden = r in g.hidden_rows
        if hidden:
            warn.insert(0, ("hidden_row", {}))
        status = once(parse_status, status_raw)
        keep = list(keep_base)
        if status is None:
            warn.append(("status_unknown", {"word": status_raw or "（空）", "col_idx": f.get("status")}))
            if status_raw:  # the unit's own word is kept in the extra text, never dropped
                keep.append("status")
                extra_lines.append(f"完成状态（原文）：{status_raw}")
        percent = once(read_percent, percent_raw) if percent_text else None
        fraction = once(between_nought_and_one, percent_raw) \
            if percent is not None and read_percent is parse_percent else None
        if fraction is None and column_has_fraction and read_percent is parse_percent and \
                percent == 1 and once(is_bare_one, percent_raw):
            fraction = 1.0  # beside 0.3 and 0.8, a bare 1 may be a cell showing 100 %
        if fraction is not None:
            warn.append(("percent_ambiguous", {"value": percent_text, "col_idx": f.get("percent"),
                                               "as_fraction": round(fraction * 100)}))
            percent = None
            keep.append("percent")
            extra_lines.append(f"完成进度（原文）：{percent_text}")
        elif percent_text and percent is None:
            warn.append(("percent_invalid", {"value": percent_text, "col_idx": f.get("percent")}))
            keep.append("percent")
            extra_lines.append(f"完成进度（原文）：{percent_text}")
        elif percent is not None and once(percent_is_rounded, (percent_raw, percent)):
            warn.append(("percent_rounded", {"value": percent_text, "percent": percent,
                                             "col_idx": f.get("percent")}))
        if gaps:
            _formula_gaps(gaps, r, cols, warn, keep, extra_lines)
        deadline = once(read_deadline, own[6]) if cols[6] is not None else NO_DEADLINE
        extra = "\n".join(extra_lines)
        keep_fields = tuple(dict.fromkeys(keep))
        status_text = str(status) if status is not None else None
        for choice in choices:
            row = ParsedRow(
                sheet=g.name, row=row_no, unit_id=choice.unit.id if choice.unit else None,
                unit=choice.unit.name if choice.unit else None, unit_as_written=choice.as_written,
                measure_id=measure.id if measure else None,
                measure=measure.code if measure else None, measure_as_written=m_written,
                confidence=confidence, status=status_text,
                status_as_written=status_raw, percent=percent, progress=progress,
                problems=problems, next_steps=next_steps,
                extra=extra, deadline=deadline, action_text=action,
                hidden=hidden, keep_fields=keep_fields, reported=reported)
            unit_warn = list(choice.warnings)
            if choice.unit is not None and choice.confidence < 1.0:
                unit_warn.append(("unit_fuzzy", {"text": choice.as_written, "unit": choice.unit.name,
                                                 "score": f"{choice.confidence:.2f}"}))
            for code, data in unit_warn + warn:
                data = dict(data)
                col = data.pop("col_idx", None)
                data.update(file=ctx.file, sheet=g.name, row=row_no,
                            col=column_letter(col) if col is not None else None,
                            at=at(g.name, row_no, col))
                row.warnings.append(Problem(code, data))
            if len(choices) == 1 and _continues(out, row, g, r, measure_cols):
                _join(out[-1], row, ctx.file)
            else:
                out.append(row)
    return out


_GAP_FIELDS = (("status", "完成状态"), ("percent", "完成进度"), ("progress", "进展情况"),
               ("problems", "存在问题"), ("next_steps", "下步计划"))


def _formula_gaps(gaps: dict[tuple[int, int], tuple[str, str]], r: int, cols: list[int | None],
                  warn: list[tuple[str, dict]], keep: list[str], extra_lines: list[str]) -> None:
    """A content cell holding a formula whose value cannot be read (an error such as #NAME?,
    or no value saved): said, the field kept as it is, the formula kept in the extra text."""
    for (name, label), c in zip(_GAP_FIELDS, cols, strict=False):
        gap = gaps.get((r, c)) if c is not None else None
        if gap is None:
            continue
        formula, error = gap
        keep.append(name)
        if not formula:  # an error value without its formula (pasted as values)
            warn.append(("error_value", {"field": label, "col_idx": c, "error": error}))
            continue
        warn.append(("formula_no_value", {"field": label, "formula": formula, "col_idx": c,
                                          "error": error or "没有保存计算结果"}))
        extra_lines.append(f"{label}（公式）：={formula}")


def _continues(out: list[ParsedRow], row: ParsedRow, g: Grid, r: int,
               measure_cols: list[int]) -> bool:
    """The row goes on from the row before it: its measure cell is part of the same merged
    cell, and it names the same unit (a report written over two rows under one 具体措施)."""
    if not out or row.measure_id is None:
        return False
    prev = out[-1]
    if prev.sheet != row.sheet or prev.measure_id != row.measure_id or prev.unit_id != row.unit_id:
        return False
    tops = {g.origin[(r, c)][0] for c in measure_cols if (r, c) in g.origin}
    return any(top <= prev.row - 1 < r for top in tops)


def _join(prev: ParsedRow, row: ParsedRow, file: str) -> None:
    for name in ("progress", "problems", "next_steps", "extra"):
        a, b = getattr(prev, name), getattr(row, name)
        if b and b not in a.split("\n"):
            setattr(prev, name, f"{a}\n{b}" if a else b)
    # status / percent: taken from the row that gives it; kept (the database value stays)
    # when one row gave it unreadably and the other not at all, or when the rows disagree
    either = set(prev.keep_fields) | set(row.keep_fields)
    both = set(prev.keep_fields) & set(row.keep_fields)  # fields the layout lacks
    for name in ("status", "percent"):
        mine, theirs = getattr(prev, name), getattr(row, name)
        if mine is None and theirs is not None:
            setattr(prev, name, theirs)
            if name == "status":
                prev.status_as_written = row.status_as_written
                prev.warnings = [w for w in prev.warnings if w.code != "status_unknown"]
        elif mine is not None and theirs is not None and mine != theirs:
            setattr(prev, name, None)  # neither is guessed
            label = "完成状态" if name == "status" else "完成进度"
            said = (prev.status_as_written, row.status_as_written) if name == "status" \
                else (mine, theirs)
            prev.extra = "\n".join(x for x in (prev.extra, f"{label}（原文）：{said[0]}；{said[1]}")
                                   if x)
            prev.warnings.append(Problem("rows_disagree", {
                "file": file, "sheet": prev.sheet, "row": prev.row, "field": label,
                "values": f"{said[0]}、{said[1]}", "at": at(prev.sheet, prev.row, None)}))
            both.add(name)
        if getattr(prev, name) is None and name in either:
            both.add(name)
        elif getattr(prev, name) is not None:
            both.discard(name)
    prev.keep_fields = tuple(k for k in dict.fromkeys((*prev.keep_fields, *row.keep_fields, *both))
                             if k in both)
    prev.reported = prev.reported or row.reported
    seen = {w.code for w in prev.warnings}
    prev.warnings += [w for w in row.warnings if w.code not in seen and w.code != "status_unknown"]
    joined = next((w for w in prev.warnings if w.code == "rows_joined"), None)
    if joined is None:
        prev.warnings.append(Problem("rows_joined", {
            "file": file, "sheet": prev.sheet, "row": prev.row, "code": prev.measure,
            "unit": prev.unit, "rows": f"{prev.row}、{row.row}",
            "at": at(prev.sheet, prev.row, None)}))
    else:
        joined.data["rows"] += f"、{row.row}"
