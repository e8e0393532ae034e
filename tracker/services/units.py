"""Verbs on responsible units and their aliases."""

from __future__ import annotations

from tracker.db.actions import Action, write_action
from tracker.db.queries import (
    alias_by_norm,
    alias_ids_of_unit,
    get_row,
    next_unit_sort,
    unit_by_name,
    unit_usage,
)
from tracker.errors import TrackerError
from tracker.model import UNIT_KINDS
from tracker.services.workspace import Workspace
from tracker.textnorm import norm_key, strip_text

UNIT_FIELDS = ("name", "short_name", "kind", "sort_order", "contact", "phone", "active")


def add_alias_in(act: Action, unit_id: int, alias: str) -> bool:
    """Add an alias inside an action; False when the same spelling is already known."""
    norm = norm_key(alias)
    if not norm:
        return False
    existing = alias_by_norm(act.db, norm)
    if existing is not None:
        if existing["unit_id"] != unit_id:
            holder = get_row(act.db, "unit", existing["unit_id"]) or {}
            raise TrackerError("alias_taken", alias=alias, unit_id=existing["unit_id"],
                               holder=holder.get("name", "?"))
        return False
    act.insert("unit_alias", {"unit_id": unit_id, "alias": strip_text(alias), "norm": norm})
    return True


def _check_kind(kind: str) -> None:
    if kind not in UNIT_KINDS:
        raise TrackerError("unit_kind_invalid", kind=kind, kinds="、".join(UNIT_KINDS))


def add_unit(ws: Workspace, name: str, kind: str = "其他", short_name: str = "",
             contact: str = "", phone: str = "", sort_order: int | None = None) -> int:
    name = strip_text(name)
    if not name:
        raise TrackerError("unit_name_empty")
    _check_kind(kind)
    if unit_by_name(ws.db, name) is not None or alias_by_norm(ws.db, norm_key(name)):
        raise TrackerError("unit_exists", name=name)
    with write_action(ws.db, ws.who, "add_unit", f"新增单位：{name}") as act:
        if sort_order is None:
            sort_order = next_unit_sort(act.db)
        uid = act.insert("unit", {"name": name, "short_name": strip_text(short_name) or name,
                                  "kind": kind, "sort_order": sort_order, "contact": contact,
                                  "phone": phone, "active": 1})
        add_alias_in(act, uid, name)
        if short_name:
            add_alias_in(act, uid, short_name)
    return uid


def edit_unit(ws: Workspace, unit_id: int, **fields: object) -> dict:
    bad = set(fields) - set(UNIT_FIELDS)
    if bad:
        raise TrackerError("field_unknown", fields="、".join(sorted(bad)))
    if "kind" in fields:
        _check_kind(str(fields["kind"]))
    old = get_row(ws.db, "unit", unit_id)
    if old is None:
        raise TrackerError("unit_row_missing", unit_id=unit_id)
    with write_action(ws.db, ws.who, "edit_unit", _edit_summary(old, fields)) as act:
        changed = act.update("unit", unit_id, fields)
        if "name" in fields:
            add_alias_in(act, unit_id, str(fields["name"]))
    return changed


def _edit_summary(old: dict, fields: dict) -> str:
    """What the change log says of a unit's change: 单位更名：A → B, 停用单位：X …"""
    name = old["name"]
    parts = []
    if "name" in fields and fields["name"] != name:
        parts.append(f"单位更名：{name} → {fields['name']}")
    if "active" in fields and bool(fields["active"]) != bool(old["active"]):
        parts.append(f"{'恢复使用' if fields['active'] else '停用'}单位：{name}")
    if set(fields) - {"name", "active"} and any(old.get(k) != v for k, v in fields.items()
                                                 if k not in ("name", "active")):
        parts.append(f"修改单位信息：{name}")
    return "；".join(parts) or f"修改单位信息：{name}"


def archive_unit(ws: Workspace, unit_id: int, active: bool = False) -> dict:
    return edit_unit(ws, unit_id, active=1 if active else 0)


def delete_unit(ws: Workspace, unit_id: int) -> None:
    """Delete a unit that holds no assignments; one with assignments or reports is refused
    (archive it instead)."""
    unit = get_row(ws.db, "unit", unit_id)
    if unit is None:
        raise TrackerError("unit_row_missing", unit_id=unit_id)
    usage = unit_usage(ws.db, unit_id)
    if usage["assignments"] or usage["reports"]:
        raise TrackerError("unit_in_use", name=unit["name"], **usage)
    with write_action(ws.db, ws.who, "delete_unit", f"删除单位：{unit['name']}") as act:
        for alias_id in alias_ids_of_unit(act.db, unit_id):
            act.delete("unit_alias", alias_id)
        act.delete("unit", unit_id)


def add_alias(ws: Workspace, unit_id: int, alias: str) -> bool:
    if get_row(ws.db, "unit", unit_id) is None:
        raise TrackerError("unit_row_missing", unit_id=unit_id)
    with write_action(ws.db, ws.who, "add_alias", f"新增单位别名：{alias}") as act:
        return add_alias_in(act, unit_id, alias)


def remove_alias(ws: Workspace, alias_id: int) -> None:
    with write_action(ws.db, ws.who, "remove_alias", "删除单位别名") as act:
        act.delete("unit_alias", alias_id)
