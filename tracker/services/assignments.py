"""Verbs on assignments (measure × unit): assign, role, deadline, 延期, 销号."""

from __future__ import annotations

from datetime import date

from tracker.db.actions import Action, now_iso, write_action
from tracker.db.queries import (
    extensions,
    find_assignment,
    get_policy,
    get_row,
    report_count,
)
from tracker.deadlines import parse_deadline
from tracker.errors import TrackerError
from tracker.model import ROLES
from tracker.services.workspace import Workspace


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def default_start(ws: Workspace, measure_id: int) -> date:
    """The policy's issue date, else its source's date, else today."""
    m = get_row(ws.db, "measure", measure_id)
    task = get_row(ws.db, "task", m["task_id"]) if m else None
    pol = get_policy(ws.db, task["policy_id"]) if task else None
    for key in ("issue_date", "source_date"):
        if pol and pol.get(key):
            return date.fromisoformat(pol[key][:10])
    return date.today()


def deadline_fields(text: object, start: date | None) -> dict:
    dl = parse_deadline(text, start)
    return {"deadline_text": dl.as_written, "deadline_kind": str(dl.kind),
            "deadline_date": _iso(dl.date)}


def assignment_values(ws: Workspace, measure_id: int, unit_id: int, role: str,
                      deadline: object = "", action_text: str = "",
                      start_date: date | None = None) -> dict:
    if role not in ROLES:
        raise TrackerError("role_invalid", role=role, roles="、".join(ROLES))
    if get_row(ws.db, "measure", measure_id) is None:
        raise TrackerError("row_missing", table="measure", row_id=measure_id)
    if get_row(ws.db, "unit", unit_id) is None:
        raise TrackerError("unit_row_missing", unit_id=unit_id)
    start = start_date or default_start(ws, measure_id)
    values = {"measure_id": measure_id, "unit_id": unit_id, "role": role,
              "action_text": action_text or "", "start_date": start.isoformat(),
              "created_at": now_iso()}
    values.update(deadline_fields(deadline, start))
    return values


def assign(ws: Workspace, measure_id: int, unit_id: int, role: str, deadline: object = "",
           action_text: str = "", start_date: date | None = None) -> int:
    if find_assignment(ws.db, measure_id, unit_id) is not None:
        raise TrackerError("assignment_exists", measure_id=measure_id, unit_id=unit_id)
    values = assignment_values(ws, measure_id, unit_id, role, deadline, action_text, start_date)
    with write_action(ws.db, ws.who, "assign", f"分解任务：{role}") as act:
        return act.insert("assignment", values)


def assign_many(ws: Workspace, measure_id: int, unit_ids: list[int], role: str,
                deadline: object = "") -> list[int]:
    """One action: assign a measure to several units (e.g. all 区县), skipping existing ones."""
    todo = [u for u in unit_ids if find_assignment(ws.db, measure_id, u) is None]
    rows = [assignment_values(ws, measure_id, u, role, deadline) for u in todo]
    with write_action(ws.db, ws.who, "assign_many", f"批量分解任务：{len(rows)} 个单位") as act:
        return [act.insert("assignment", r) for r in rows]


def unassign(ws: Workspace, assignment_id: int) -> None:
    a = get_row(ws.db, "assignment", assignment_id)
    if a is None:
        raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
    with write_action(ws.db, ws.who, "unassign", "取消分解") as act:
        unassign_in(act, assignment_id)


def unassign_in(act: Action, assignment_id: int) -> None:
    """Remove an assignment and its 延期 records inside an action; one with reports is refused
    (销号 keeps its history)."""
    if report_count(act.db, assignment_id):
        raise TrackerError("assignment_has_reports", assignment_id=assignment_id)
    for ext in extensions(act.db, assignment_id):
        act.delete("extension", ext["id"])
    act.delete("assignment", assignment_id)


def edit_assignment(ws: Workspace, assignment_id: int, role: str | None = None,
                    action_text: str | None = None, deadline: object | None = None) -> dict:
    a = get_row(ws.db, "assignment", assignment_id)
    if a is None:
        raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
    fields: dict = {}
    if role is not None:
        if role not in ROLES:
            raise TrackerError("role_invalid", role=role, roles="、".join(ROLES))
        fields["role"] = role
    if action_text is not None:
        fields["action_text"] = action_text
    if deadline is not None:
        start = date.fromisoformat(a["start_date"]) if a["start_date"] else None
        fields.update(deadline_fields(deadline, start))
    with write_action(ws.db, ws.who, "edit_assignment", "修改分解信息") as act:
        return act.update("assignment", assignment_id, fields)


def extend_deadline(ws: Workspace, assignment_id: int, new_deadline: object, reason: str,
                    approved_by: str) -> int:
    """延期: a new deadline with reason and approver; the original deadline is kept."""
    a = get_row(ws.db, "assignment", assignment_id)
    if a is None:
        raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
    if not reason.strip() or not approved_by.strip():
        raise TrackerError("extension_incomplete")
    start = date.fromisoformat(a["start_date"]) if a["start_date"] else None
    new = deadline_fields(new_deadline, start)
    if new["deadline_kind"] in ("unparsed", "none"):
        raise TrackerError("extension_date_invalid", text=str(new_deadline))
    with write_action(ws.db, ws.who, "extend", f"延期至{new['deadline_text']}") as act:
        ext = act.insert("extension", {
            "assignment_id": assignment_id, "old_text": a["deadline_text"],
            "old_date": a["deadline_date"], "new_text": new["deadline_text"],
            "new_date": new["deadline_date"], "reason": reason.strip(),
            "approved_by": approved_by.strip(), "at": now_iso()})
        fields = dict(new)
        if a["original_deadline_text"] is None:
            fields["original_deadline_text"] = a["deadline_text"]
            fields["original_deadline_date"] = a["deadline_date"]
        act.update("assignment", assignment_id, fields)
        return ext


def close_assignment(ws: Workspace, assignment_id: int, when: date | None = None) -> dict:
    """销号."""
    if get_row(ws.db, "assignment", assignment_id) is None:
        raise TrackerError("row_missing", table="assignment", row_id=assignment_id)
    with write_action(ws.db, ws.who, "close", "销号") as act:
        return act.update("assignment", assignment_id,
                          {"closed_date": (when or date.today()).isoformat()})


def reopen_assignment(ws: Workspace, assignment_id: int) -> dict:
    with write_action(ws.db, ws.who, "reopen", "取消销号") as act:
        return act.update("assignment", assignment_id, {"closed_date": None})


def reread_deadlines(ws: Workspace) -> int:
    """Deadlines an earlier version stored as unreadable, read again with today's rules
    ("2019年6月底前完成，长期坚持" is due at June's end, "立即实施" is ongoing): one logged action,
    the text kept as written, then (a second action) the rules' version noted in the settings,
    so that undoing the re-read sticks until the rules change again. Returns how many were
    read."""
    from tracker.db.editing_queries import unparsed_deadlines
    from tracker.deadlines import RULES_VERSION

    if ws.setting_int("deadline_rules") >= RULES_VERSION:
        return 0
    found = []
    for a in unparsed_deadlines(ws.db):
        start = date.fromisoformat(a["start_date"][:10]) if a["start_date"] else None
        fields = deadline_fields(a["deadline_text"], start)
        if fields["deadline_kind"] != "unparsed":
            found.append((a["id"], {k: fields[k] for k in ("deadline_kind", "deadline_date")}))
    if not found:
        return 0
    with write_action(ws.db, ws.who, "reread_deadlines",
                      f"按新规则重新识别完成时限 {len(found)} 项") as act:
        for assignment_id, fields in found:
            act.update("assignment", assignment_id, fields)
    from tracker.services.settings import set_settings

    set_settings(ws, deadline_rules=RULES_VERSION)
    return len(found)
