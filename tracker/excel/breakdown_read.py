"""Reading a task breakdown (分解表): ours or a foreign layout. Unit columns 牵头单位 /
责任单位 / 配合单位 give each unit its role; with a single unit column, the first unit named in
a cell leads and the others are responsible. An allocation such as 各区（县） names every unit of
kind 区县. Pure core: returns entries, never touches the database."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from tracker.catalog import Catalog, CatUnit
from tracker.deadlines import NO_DEADLINE, Deadline, parse_deadline
from tracker.errors import Problem, TrackerError
from tracker.excel.match import _GROUP, _SPLIT, match_measure, resolve_unit, task_of
from tracker.excel.read import Grid, cell_text, read_book
from tracker.excel.records import at
from tracker.textnorm import nfkc, norm_key, strip_text

ROLE_WORDS = {
    "牵头": ("牵头单位", "牵头部门", "牵头"),
    "责任": ("责任单位", "责任部门", "主责单位", "承办单位", "实施单位", "单位"),
    "配合": ("配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "配合"),
}
FIELD_WORDS = {
    "measure": ("具体措施", "措施", "措施内容", "工作措施", "具体任务"),
    "code": ("措施编号", "编号"),
    "task": ("重点任务", "任务", "主要任务"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时限", "完成期限"),
    "action": ("具体举措", "本单位具体举措", "实施举措", "工作举措", "具体实施举措"),
}
_WORDS = {norm_key(w): ("role", r) for r, ws in ROLE_WORDS.items() for w in ws}
_WORDS.update({norm_key(w): ("field", f) for f, ws in FIELD_WORDS.items() for w in ws})


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


@dataclass
class ParsedBreakdown:
    path: str
    sha256: str = ""
    outcome: str = "ok"
    error: Problem | None = None
    entries: list[BreakdownEntry] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _header(grid: Grid) -> tuple[int, dict[str, int], dict[str, int]] | None:
    for r in range(min(40, len(grid.rows))):
        roles: dict[str, int] = {}
        fields: dict[str, int] = {}
        for c in range(grid.width):
            word = grid.value(r, c)
            if not isinstance(word, str):
                continue
            kind = _WORDS.get(norm_key(word).replace("(", "").replace(")", ""))
            if kind is None:
                continue
            target = roles if kind[0] == "role" else fields
            target.setdefault(kind[1], c)
        if roles and ("measure" in fields or "code" in fields):
            return r, roles, fields
    return None


def _county_units(catalog: Catalog) -> list[CatUnit]:
    return [u for u in catalog.units if u.kind == "区县"]


def _units(catalog: Catalog, text: str) -> tuple[list[CatUnit], list[str]]:
    """Units named in a cell, in the order written; unresolved parts are returned too."""
    units: list[CatUnit] = []
    missing: list[str] = []
    whole = resolve_unit(catalog, text)
    if whole is not None and whole.confidence == 1.0:
        return [whole.unit], []
    for part in _SPLIT.split(strip_text(text)):
        part = part.strip()
        if not part:
            continue
        if _GROUP.search(nfkc(part)):
            found = _county_units(catalog) if ("区" in part or "县" in part) else []
            if not found:
                missing.append(part)
            units += [u for u in found if u not in units]
            continue
        hit = resolve_unit(catalog, part)
        if hit is None:
            missing.append(part)
        elif hit.unit not in units:
            units.append(hit.unit)
    return units, missing


def parse_breakdown(path: str | Path, catalog: Catalog) -> ParsedBreakdown:
    path = Path(path)
    result = ParsedBreakdown(str(path), hashlib.sha256(path.read_bytes()).hexdigest())
    try:
        book = read_book(path)
    except TrackerError as exc:
        result.outcome, result.error = "error", Problem(exc.code, {"file": path.name, **exc.data})
        return result
    for grid in book.sheets:
        if grid.hidden:
            continue
        found = _header(grid)
        if found is None:
            continue
        header, roles, fields = found
        _read_sheet(grid, header, roles, fields, catalog, result, path.name)
    if not result.entries and result.outcome == "ok":
        result.outcome = "error"
        result.error = Problem("breakdown_no_header", {"file": path.name})
    return result


def _read_sheet(grid: Grid, header: int, roles: dict[str, int], fields: dict[str, int],
                catalog: Catalog, result: ParsedBreakdown, file: str) -> None:
    single = "牵头" not in roles and "配合" not in roles
    for r in range(header + 1, len(grid.rows)):
        measure_text = cell_text(grid.value(r, fields["measure"])) if "measure" in fields else ""
        code_cell = grid.value(r, fields["code"]) if "code" in fields else None
        if not measure_text and code_cell in (None, ""):
            continue
        task_text = cell_text(grid.value(r, fields["task"])) if "task" in fields else ""
        task_seq = task_of(catalog, task_text) if task_text else None
        hit = match_measure(catalog, measure_text, code_cell, task_seq)
        deadline = parse_deadline(grid.value(r, fields["deadline"])) if "deadline" in fields \
            else NO_DEADLINE
        action = cell_text(grid.value(r, fields["action"])) if "action" in fields else ""
        where = at(grid.name, r + 1)
        base_warnings = []
        if hit.measure is None:
            base_warnings.append(Problem("measure_unknown", {
                "file": file, "at": where, "text": measure_text or str(code_cell)}))
        for role, col in roles.items():
            text = cell_text(grid.value(r, col))
            if not text:
                continue
            units, missing = _units(catalog, text)
            for part in missing:
                result.warnings.append(Problem("unit_unknown", {"file": file, "at": where,
                                                                "text": part}))
            shared: list[Problem] = []
            if len(units) > 1 and not single and action:  # one row's action for several units
                shared.append(Problem("breakdown_shared_action", {
                    "file": file, "at": where, "role": role,
                    "units": "、".join(u.name for u in units)}))
            for k, unit in enumerate(units):
                this_role = ("牵头" if k == 0 else "责任") if single else role
                result.entries.append(BreakdownEntry(
                    grid.name, r + 1, hit.measure.id if hit.measure else None,
                    hit.measure.code if hit.measure else None, hit.confidence, unit.id,
                    unit.name, text, this_role, deadline, action, [*base_warnings, *shared]))
