"""Importing a task breakdown (分解表): preview → accept (one batch, logged) → undo (the same
batch undo as progress imports)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from tracker.db.actions import now_iso, set_action_batch, write_action
from tracker.db.imports_queries import policy_assignments
from tracker.db.queries import get_row, load_catalog
from tracker.errors import Problem, TrackerError
from tracker.excel.breakdown_read import BreakdownEntry, ParsedBreakdown, parse_breakdown
from tracker.services.assignments import assignment_values, deadline_fields
from tracker.services.workspace import Workspace


@dataclass
class BreakdownChange:
    entry: BreakdownEntry
    assignment_id: int | None
    change: str  # new / update / same / no_measure / low_confidence
    fields: dict = field(default_factory=dict)  # assignment fields to write (update)
    old: dict = field(default_factory=dict)
    include: bool = True


@dataclass
class BreakdownPreview:
    parsed: ParsedBreakdown
    policy_id: int
    changes: list[BreakdownChange] = field(default_factory=list)
    batch_id: int | None = None

    @property
    def writable(self) -> list[BreakdownChange]:
        return [c for c in self.changes if c.include and c.change in ("new", "update")]


def preview_breakdown(ws: Workspace, path: str | Path, policy_id: int) -> BreakdownPreview:
    from tracker.excel.match import MEASURE_THRESHOLD

    catalog = load_catalog(ws.db, policy_id)
    parsed = parse_breakdown(path, catalog)
    preview = BreakdownPreview(parsed, policy_id)
    existing = {(a["measure_id"], a["unit_id"]): a for a in policy_assignments(ws.db, policy_id)}
    seen: set[tuple[int, int]] = set()
    for e in parsed.entries:
        if e.measure_id is None:
            preview.changes.append(BreakdownChange(e, None, "no_measure", include=False))
            continue
        if e.confidence < MEASURE_THRESHOLD:
            e.warnings.append(Problem("breakdown_low_confidence", {
                "file": Path(path).name, "row": e.row, "code": e.measure,
                "score": f"{e.confidence:.2f}"}))
            preview.changes.append(BreakdownChange(e, None, "low_confidence", include=False))
            continue
        key = (e.measure_id, e.unit_id)
        if key in seen:
            continue  # the same unit named twice for one measure: the first role counts
        seen.add(key)
        a = existing.get(key)
        if a is None:
            preview.changes.append(BreakdownChange(e, None, "new"))
            continue
        fields = {}
        full = get_row(ws.db, "assignment", a["id"])
        role, action, deadline_text = full["role"], full["action_text"], full["deadline_text"]
        if e.role != role:
            fields["role"] = e.role
        if e.action_text and e.action_text != action:
            fields["action_text"] = e.action_text
        if e.deadline.as_written and e.deadline.as_written != deadline_text:
            if not deadline_text:  # no deadline yet: the breakdown sets it
                fields["deadline"] = e.deadline.as_written
            else:  # a changed deadline is a 延期 (reason, approver, the original kept)
                e.warnings.append(Problem("deadline_changed", {
                    "code": e.measure, "unit": e.unit, "old": deadline_text,
                    "new": e.deadline.as_written}))
        old = {"role": role, "action_text": action, "deadline_text": deadline_text}
        preview.changes.append(BreakdownChange(e, a["id"], "update" if fields else "same",
                                               fields, old))
    return preview


def accept_breakdown(ws: Workspace, preview: BreakdownPreview) -> int | None:
    if preview.parsed.outcome != "ok":
        raise TrackerError("import_file_not_ok", file=Path(preview.parsed.path).name)
    todo = preview.writable
    if not todo:
        return None
    name = Path(preview.parsed.path).name
    with write_action(ws.db, ws.who, "import", f"导入分解表：{name}") as act:
        batch = act.insert("import_batch", {
            "kind": "breakdown", "file_name": name, "file_path": preview.parsed.path,
            "sha256": preview.parsed.sha256, "unit_id": None, "policy_id": preview.policy_id,
            "period": None, "at": now_iso(), "who": ws.who, "counts": "{}"})
        set_action_batch(act, batch)
        counts = {"new": 0, "update": 0}
        for c in todo:
            e = c.entry
            if c.change == "new":
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
