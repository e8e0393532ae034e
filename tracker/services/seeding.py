"""Loading the embedded default: the seed policy and the unit catalog (idempotent)."""

from __future__ import annotations

from tracker.db.actions import now_iso, write_action
from tracker.db.queries import find_policy_by_title, unit_by_name
from tracker.seed import DEFAULT_POLICY, load_seed
from tracker.services.units import add_alias_in
from tracker.services.workspace import Workspace


def load_default(ws: Workspace, name: str = DEFAULT_POLICY) -> dict[str, int]:
    """Add the seed policy and its units where they are missing; returns what was added."""
    seed = load_seed(name)
    added = {"policy": 0, "task": 0, "measure": 0, "unit": 0, "alias": 0}
    with write_action(ws.db, ws.who, "init", "载入内置政策与单位名录") as act:
        for order, u in enumerate(seed.units, start=1):
            row = unit_by_name(ws.db, u["name"])
            if row is None:
                uid = act.insert("unit", {
                    "name": u["name"], "short_name": u.get("short_name", u["name"]),
                    "kind": u["kind"], "sort_order": order, "active": 1})
                added["unit"] += 1
            else:
                uid = row["id"]
            for alias in [u["name"], u.get("short_name", ""), *u.get("aliases", [])]:
                if alias and add_alias_in(act, uid, alias):
                    added["alias"] += 1
        meta = seed.meta
        if find_policy_by_title(ws.db, meta["title"]) is None:
            pid = act.insert("policy", {
                "title": meta["title"], "short_title": meta.get("short_title", ""),
                "doc_number": meta.get("doc_number", ""), "issuer": meta.get("issuer", ""),
                "issue_date": meta.get("issue_date"), "source": meta.get("source", ""),
                "source_date": meta.get("source_date"), "source_text": seed.source_text,
                "goal_count": meta.get("goal_count"), "sort_order": 0,
                "created_at": now_iso()})
            added["policy"] += 1
            for task in seed.tasks:
                tid = act.insert("task", {"policy_id": pid, "seq": task.seq,
                                          "title": task.title, "description": ""})
                added["task"] += 1
                for m in task.measures:
                    act.insert("measure", {"task_id": tid, "seq": m.seq, "code": m.code,
                                           "title": m.title, "description": m.description})
                    added["measure"] += 1
    return added

