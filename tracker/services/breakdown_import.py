"""Importing a task breakdown (分解表): preview → accept (one batch, logged) → undo (the same
batch undo as progress imports).

The preview decides what the reader cannot alone: a measure × unit named on several rows is one
change when the rows agree (said once per sheet pair) and waits unticked, each row, when they
differ (like the progress import's ``measure_twice``); a unit listed on one sheet of a file and
not on another sheet naming the same measure is said; and a measure that would end with no lead
or with several (the database's other assignments counted) is warned.

A unit recognised by a near name only, like a doubtful measure, waits unticked for the user. A
changed 完成时限 is applied as a correction of the breakdown while the assignment has no 延期 on
record (after one, it is a new 延期, said and not applied). In our own export, an assignment
whose unit the edited file no longer names is offered for removal, unticked; one that has reports
is not removable (销号 is the way) and said."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from tracker.catalog import Catalog
from tracker.db.actions import now_iso, set_action_batch, write_action
from tracker.db.queries import assignment_facts, get_row, load_catalog
from tracker.errors import Problem, TrackerError
from tracker.excel.breakdown_read import (
    BreakdownEntry,
    ParsedBreakdown,
    parse_breakdown,
    place,
    places,
)
from tracker.paths import shown_name
from tracker.services.assignments import assignment_values, deadline_fields, unassign_in
from tracker.services.workspace import Workspace

WRITES = ("new", "update", "remove")


@dataclass
class BreakdownChange:
    entry: BreakdownEntry
    assignment_id: int | None
    change: str  # new / update / same / no_measure / low_confidence / remove
    fields: dict = field(default_factory=dict)  # assignment fields to write (update)
    old: dict = field(default_factory=dict)
    include: bool = True
    # a doubtful measure match (low_confidence): what the row writes when the user ticks it,
    # confirming the suggested measure
    confirm_as: str | None = None

    @property
    def writes(self) -> str | None:
        """"new" / "update" / "remove" when ticked and writing, else None."""
        kind = self.confirm_as if self.change == "low_confidence" else self.change
        return kind if self.include and kind in WRITES else None


@dataclass
class BreakdownPreview:
    parsed: ParsedBreakdown
    policy_id: int
    changes: list[BreakdownChange] = field(default_factory=list)
    batch_id: int | None = None

    @property
    def writable(self) -> list[BreakdownChange]:
        return [c for c in self.changes if c.writes]

    @property
    def waiting(self) -> list[BreakdownChange]:
        """Rows that differ from another row of the same measure and unit, left unticked."""
        return [c for c in self.changes if c.entry.waits and c.change in ("new", "update")
                and not c.include]


def preview_breakdown(ws: Workspace, path: str | Path, policy_id: int, *,
                      remove_unlisted: bool = False) -> BreakdownPreview:
    """``remove_unlisted``: the removals offered are ticked (the command line's
    ``--remove-unlisted``); in the window the user ticks them."""
    from tracker.excel.match import MEASURE_THRESHOLD

    catalog = load_catalog(ws.db, policy_id)
    parsed = parse_breakdown(path, catalog)
    preview = BreakdownPreview(parsed, policy_id)
    if parsed.outcome != "ok":
        return preview
    file = Path(path).name
    states = assignment_facts(ws.db, policy_id)
    merge_repeats(parsed, file)
    for e in parsed.entries:
        if e.measure_id is None:
            preview.changes.append(BreakdownChange(e, None, "no_measure", include=False))
            continue
        change = _change(e, catalog, file, states)
        if e.confidence < MEASURE_THRESHOLD:
            e.warnings.append(Problem("breakdown_measure_unsure", {
                "at": place(file, e.sheet, e.row), "text": e.measure_written, "code": e.measure,
                "score": f"{e.confidence:.2f}"}))
            change.confirm_as, change.change, change.include = change.change, "low_confidence", False
        else:
            if e.confidence < 1.0 and e.measure_written:  # a near wording: shown, still taken
                m = catalog.measure_by_id(e.measure_id)
                e.warnings.append(Problem("breakdown_measure_near", {
                    "at": place(file, e.sheet, e.row), "text": e.measure_written,
                    "code": e.measure, "title": _short(m.title, 40) if m else "",
                    "score": f"{e.confidence:.2f}"}))
            if e.unit_confidence < 1.0 and change.change in ("new", "update"):
                change.confirm_as, change.change, change.include = (change.change,
                                                                    "low_confidence", False)
        preview.changes.append(change)
    unlisted(preview, catalog, states, file, remove_unlisted)
    check_leads(preview, catalog, file)
    return preview


def _change(e: BreakdownEntry, catalog: Catalog, file: str,
            states: dict[int, dict]) -> BreakdownChange:
    """What the row would change: a new assignment, an update of its fields, or nothing."""
    a = catalog.assignment_for(e.unit_id, e.measure_id)
    if a is None:
        return BreakdownChange(e, None, "new", include=not e.waits)
    fields = {}
    if e.role != a.role:
        fields["role"] = e.role
    if e.action_text and e.action_text != a.action_text:
        fields["action_text"] = e.action_text
        if a.action_text:  # what the unit itself wrote is replaced: said, with both texts
            e.warnings.append(Problem("breakdown_action_replaced", {
                "at": place(file, e.sheet, e.row), "unit": e.unit,
                "old": _short(a.action_text), "new": _short(e.action_text)}))
    if e.deadline.as_written and e.deadline.as_written != a.deadline_text:
        if not states.get(a.id, {}).get("extended"):  # the breakdown sets or corrects it
            fields["deadline"] = e.deadline.as_written
        else:  # after a 延期 a new deadline is another 延期 (reason, approver, original kept)
            e.warnings.append(Problem("breakdown_deadline_changed", {
                "at": place(file, e.sheet, e.row, e.deadline_col), "code": e.measure,
                "unit": e.unit, "old": a.deadline_text, "new": e.deadline.as_written}))
    # one text for several units would replace this unit's own: the user says
    include = not ("action_text" in fields and a.action_text and e.action_shared)
    old = {"role": a.role, "action_text": a.action_text, "deadline_text": a.deadline_text}
    return BreakdownChange(e, a.id, "update" if fields else "same", fields, old,
                           include=include and not e.waits)


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


# --- rows that repeat or contradict each other ---------------------------------------------


def merge_repeats(parsed: ParsedBreakdown, file: str) -> None:
    """One entry per measure × unit: rows that agree (a blank deadline or action agrees with
    any) are one, said once per sheet pair; rows that differ all wait for the user."""
    sheets_differ(parsed, file)
    groups: dict[tuple[int, int], list[BreakdownEntry]] = {}
    kept: list[BreakdownEntry] = []
    repeats: dict[tuple, list[str]] = {}
    for e in parsed.entries:
        if e.measure_id is None:
            kept.append(e)
            continue
        seen = groups.setdefault((e.measure_id, e.unit_id), [])
        twin = next((o for o in seen if _agree(o, e)), None)
        if twin is None:
            seen.append(e)
            kept.append(e)
            continue
        twin.deadline = twin.deadline if twin.deadline.as_written else e.deadline
        twin.action_text = twin.action_text or e.action_text
        repeats.setdefault((twin.sheet, e.sheet), []).append(f"{e.measure} {e.unit}")
    for seen in groups.values():
        for e in seen if len(seen) > 1 else ():
            others = [o for o in seen if o is not e]
            e.waits = True
            e.warnings.append(Problem("breakdown_conflict", {
                "at": place(file, e.sheet, e.row), "unit": e.unit, "code": e.measure,
                "others": places(None, [(o.sheet, o.row) for o in others]),
                "diff": _differs(e, others[0])}))
    parsed.entries = kept
    for (one, two), items in repeats.items():
        sheets = "" if one is None else f"工作表“{one}”" if one == two else \
            f"工作表“{one}”和“{two}”"
        parsed.warnings.append(Problem("breakdown_repeated", {
            "file": file, "sheets": sheets, "count": len(items),
            "items": "、".join(items[:6]) + ("等" if len(items) > 6 else "")}))


def _agree(a: BreakdownEntry, b: BreakdownEntry) -> bool:
    return a.role == b.role and (
        not a.deadline.as_written or not b.deadline.as_written
        or a.deadline.as_written == b.deadline.as_written) and (
        not a.action_text or not b.action_text or a.action_text == b.action_text)


def _differs(a: BreakdownEntry, b: BreakdownEntry) -> str:
    out = []
    for label, x, y in (("责任类型", a.role, b.role),
                        ("完成时限", a.deadline.as_written, b.deadline.as_written),
                        ("具体举措", a.action_text, b.action_text)):
        if x != y:
            out.append(f"{label}“{x or '（空）'}”与“{y or '（空）'}”")
    return "，".join(out)


def sheets_differ(parsed: ParsedBreakdown, file: str) -> None:
    """A measure listed on several sheets (a 汇总 and one sheet per task) with a unit on some
    of them only: said, and the unit kept."""
    order: dict[str | None, int] = {}
    sheets_of: dict[int, list[str | None]] = {}
    units_of: dict[tuple[int, str | None], set[str]] = {}
    code_of: dict[int, str] = {}
    for e in parsed.entries:
        order.setdefault(e.sheet, len(order))
        if e.measure_id is None or e.unit is None:
            continue
        if e.sheet not in sheets_of.setdefault(e.measure_id, []):
            sheets_of[e.measure_id].append(e.sheet)
        units_of.setdefault((e.measure_id, e.sheet), set()).add(e.unit)
        code_of[e.measure_id] = e.measure or "?"
    for mid, sheets in sheets_of.items():
        if len(sheets) < 2:
            continue
        listed: list[str] = []
        for e in parsed.entries:
            if e.measure_id == mid and e.unit not in listed:
                listed.append(e.unit or "")
        for unit in listed:
            has = [s for s in sheets if unit in units_of[(mid, s)]]
            if len(has) < len(sheets):
                parsed.warnings.append(Problem("breakdown_sheets_differ", {
                    "file": file, "code": code_of[mid], "unit": unit,
                    "has": "、".join(f"“{s}”" for s in has),
                    "lacks": "、".join(f"“{s}”" for s in sheets if s not in has)}))


# --- assignments the file leaves out -------------------------------------------------------


def unlisted(preview: BreakdownPreview, catalog: Catalog, states: dict[int, dict], file: str,
             tick: bool) -> None:
    """Assignments of a measure our own export lists (it names every unit of each measure)
    whose unit the edited file no longer names: a removal row, unticked unless ``tick``; an
    assignment with reports is not removed (said, pointing to 销号). A foreign file is never
    taken as complete (a district's own table names the lead and itself), nor a measure with
    a unit the register does not know (the unit meant may be the one missing)."""
    from tracker.deadlines import parse_deadline
    from tracker.excel.match import MEASURE_THRESHOLD

    parsed = preview.parsed
    if not parsed.ours:
        return
    named: dict[int, set[int]] = {}
    for c in preview.changes:
        e = c.entry
        if e.measure_id is not None and e.confidence >= MEASURE_THRESHOLD:
            named.setdefault(e.measure_id, set()).add(e.unit_id)
    names = {u.id: u.name for u in catalog.units}
    for mid, units in named.items():
        if mid in parsed.unknown_units:
            continue
        spots = parsed.measure_rows.get(mid, [])
        sheet, row = spots[0] if spots else (None, 0)
        m = catalog.measure_by_id(mid)
        for a in catalog.assignments:
            if a.measure_id != mid or a.unit_id in units:
                continue
            state = states.get(a.id, {})
            data = {"at": places(file, spots), "code": m.code if m else "?",
                    "unit": names.get(a.unit_id, str(a.unit_id)), "role": a.role}
            if state.get("reports"):
                parsed.warnings.append(Problem("breakdown_unlisted_reported", {
                    **data, "reports": state["reports"]}))
                continue
            entry = BreakdownEntry(sheet, row, mid, m.code if m else None, 1.0, a.unit_id,
                                   data["unit"], "", a.role, parse_deadline(a.deadline_text),
                                   a.action_text, [Problem("breakdown_unlisted", data)],
                                   where=data["at"])
            old = {"role": a.role, "action_text": a.action_text,
                   "deadline_text": a.deadline_text}
            preview.changes.append(BreakdownChange(entry, a.id, "remove", {}, old,
                                                   include=tick))


# --- one lead per measure ------------------------------------------------------------------


def check_leads(preview: BreakdownPreview, catalog: Catalog, file: str) -> None:
    """Each measure the file names (by a sure match) should end with one lead: the database's
    assignments of the measure with this file's ticked rows over them."""
    parsed = preview.parsed
    final: dict[int, dict[int, str]] = {}
    waiting: set[int] = set()
    for c in preview.changes:
        e = c.entry
        if c.change in ("no_measure", "low_confidence") or e.measure_id is None:
            continue
        if e.measure_id not in final:
            final[e.measure_id] = {a.unit_id: a.role for a in catalog.assignments
                                   if a.measure_id == e.measure_id}
        if c.change == "remove":
            if c.include:
                final[e.measure_id].pop(e.unit_id, None)
        elif c.include:
            final[e.measure_id][e.unit_id] = e.role
        elif e.waits:
            waiting.add(e.measure_id)
    for mid in parsed.unknown_leads:  # a measure whose only unit named is an unknown lead
        if mid not in final and not any(e.measure_id == mid for e in parsed.entries):
            final[mid] = {a.unit_id: a.role for a in catalog.assignments if a.measure_id == mid}
    names = {u.id: u.name for u in catalog.units}
    for mid, roles in final.items():
        leads = [names.get(u, str(u)) for u, r in roles.items() if r == "牵头"]
        if len(leads) == 1:
            continue
        m = catalog.measure_by_id(mid)
        data = {"at": places(file, parsed.measure_rows.get(mid, [])), "code": m.code if m else "?"}
        if mid in waiting:
            state = "没有牵头单位" if not leads else f"有 {len(leads)} 个牵头单位"
            parsed.warnings.append(Problem("breakdown_lead_pending", {**data, "state": state}))
        elif leads:
            parsed.warnings.append(Problem("breakdown_several_leads", {
                **data, "count": len(leads), "units": "、".join(leads)}))
        elif parsed.unknown_leads.get(mid):
            parsed.warnings.append(Problem("breakdown_lead_unknown", {
                **data, "text": "、".join(parsed.unknown_leads[mid])}))
        else:
            parsed.warnings.append(Problem("breakdown_no_lead", data))


# --- accepting -----------------------------------------------------------------------------


def accept_breakdown(ws: Workspace, preview: BreakdownPreview) -> int | None:
    if preview.parsed.outcome != "ok":
        raise TrackerError("import_file_not_ok", file=Path(preview.parsed.path).name)
    todo = preview.writable
    if not todo:
        return None
    name = shown_name(Path(preview.parsed.path).name)
    picked: dict[tuple, list[BreakdownChange]] = {}
    for c in todo:
        picked.setdefault((c.entry.measure_id, c.entry.unit_id), []).append(c)
    for twice in (p for p in picked.values() if len(p) > 1):
        e = twice[0].entry
        raise TrackerError("breakdown_pick_one", code=e.measure, unit=e.unit,
                           rows=places(name, [(c.entry.sheet, c.entry.row) for c in twice]))
    with write_action(ws.db, ws.who, "import", f"导入分解表：{name}") as act:
        batch = act.insert("import_batch", {
            "kind": "breakdown", "file_name": name,
            "file_path": shown_name(str(preview.parsed.path)),
            "sha256": preview.parsed.sha256, "unit_id": None, "policy_id": preview.policy_id,
            "period": None, "at": now_iso(), "who": ws.who, "counts": "{}"})
        set_action_batch(act, batch)
        counts = {"new": 0, "update": 0, "removed": 0}
        for c in todo:
            e = c.entry
            if c.writes == "remove":  # refused if reported since the preview
                unassign_in(act, c.assignment_id)
                counts["removed"] += 1
            elif c.writes == "new":
                act.insert("assignment", assignment_values(
                    ws, e.measure_id, e.unit_id, e.role, e.deadline.as_written, e.action_text))
                counts["new"] += 1
            else:
                values = {k: v for k, v in c.fields.items() if k != "deadline"}
                if "deadline" in c.fields:
                    start = get_row(ws.db, "assignment", c.assignment_id)["start_date"]
                    from datetime import date

                    values.update(deadline_fields(
                        c.fields["deadline"], date.fromisoformat(start) if start else None))
                act.update("assignment", c.assignment_id, values)
                counts["update"] += 1
        act.update("import_batch", batch, {"counts": json.dumps(counts, ensure_ascii=False)})
    preview.batch_id = batch
    return batch
