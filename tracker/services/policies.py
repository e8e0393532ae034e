"""Verbs on the policy structure: policies, 重点任务 (tasks) and 具体措施 (measures)."""

from __future__ import annotations

from tracker.db.actions import Action, now_iso, write_action
from tracker.db.queries import get_row, list_policies, max_seq, siblings, tasks
from tracker.errors import TrackerError
from tracker.services.workspace import Workspace
from tracker.textnorm import strip_text

POLICY_FIELDS = ("title", "short_title", "doc_number", "issuer", "issue_date", "source",
                 "source_date", "source_text", "goal_count", "sort_order")


def derive_short_title(title: str) -> str:
    """“双创”升级版若干意见 from 关于推动……打造“双创”升级版的若干意见 (best effort)."""
    t = strip_text(title).strip("《》")
    if t.startswith("关于"):
        t = t[2:]
    for sep in ("打造", "推动", "加快", "进一步"):
        if sep in t and len(t) > 14:
            t = t.rsplit(sep, 1)[-1]
    return t.replace("的若干意见", "若干意见").replace("的实施意见", "实施意见")


def create_policy(ws: Workspace, title: str, **fields: object) -> int:
    title = strip_text(title)
    if not title:
        raise TrackerError("policy_title_empty")
    bad = set(fields) - set(POLICY_FIELDS)
    if bad:
        raise TrackerError("field_unknown", fields="、".join(sorted(bad)))
    values = {"title": title, "short_title": derive_short_title(title), "created_at": now_iso(),
              "sort_order": len(list_policies(ws.db))}
    values.update({k: v for k, v in fields.items() if v is not None})
    with write_action(ws.db, ws.who, "create_policy", f"新建政策：{title}") as act:
        return act.insert("policy", values)


def edit_policy(ws: Workspace, policy_id: int, **fields: object) -> dict:
    bad = set(fields) - set(POLICY_FIELDS)
    if bad:
        raise TrackerError("field_unknown", fields="、".join(sorted(bad)))
    with write_action(ws.db, ws.who, "edit_policy", "修改政策信息") as act:
        return act.update("policy", policy_id, fields)


def _renumber(act: Action, policy_id: int) -> None:
    """Keep task seq 1..n and measure codes task.measure after a reorder."""
    for t_index, task in enumerate(tasks(act.db, policy_id), start=1):
        act.update("task", task["id"], {"seq": t_index})
        for m_index, m in enumerate(siblings(act.db, "measure", "task_id", task["id"]), start=1):
            act.update("measure", m["id"], {"seq": m_index, "code": f"{t_index}.{m_index}"})


def add_task(ws: Workspace, policy_id: int, title: str, description: str = "") -> int:
    if not strip_text(title):
        raise TrackerError("task_title_empty")
    if get_row(ws.db, "policy", policy_id) is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    with write_action(ws.db, ws.who, "add_task", f"新增重点任务：{title}") as act:
        seq = max_seq(ws.db, "task", "policy_id", policy_id) + 1
        return act.insert("task", {"policy_id": policy_id, "seq": seq,
                                   "title": strip_text(title), "description": description})


def edit_task(ws: Workspace, task_id: int, title: str | None = None,
              description: str | None = None) -> dict:
    fields = {k: v for k, v in (("title", title), ("description", description)) if v is not None}
    with write_action(ws.db, ws.who, "edit_task", "修改重点任务") as act:
        return act.update("task", task_id, fields)


def _move(items: list[dict], item_id: int, new_index: int) -> list[dict]:
    ids = [r["id"] for r in items]
    if item_id not in ids:
        raise TrackerError("row_missing", table="task/measure", row_id=item_id)
    moving = items.pop(ids.index(item_id))
    items.insert(max(0, min(new_index, len(items))), moving)
    return items


def move_task(ws: Workspace, task_id: int, new_index: int) -> None:
    task = get_row(ws.db, "task", task_id)
    if task is None:
        raise TrackerError("row_missing", table="task", row_id=task_id)
    ordered = _move(tasks(ws.db, task["policy_id"]), task_id, new_index)
    with write_action(ws.db, ws.who, "move_task", f"调整任务顺序：{task['title']}") as act:
        for i, t in enumerate(ordered, start=1):
            act.update("task", t["id"], {"seq": i})
        _renumber(act, task["policy_id"])


def add_measure(ws: Workspace, task_id: int, title: str, description: str = "") -> int:
    task = get_row(ws.db, "task", task_id)
    if task is None:
        raise TrackerError("row_missing", table="task", row_id=task_id)
    if not strip_text(title):
        raise TrackerError("measure_title_empty")
    with write_action(ws.db, ws.who, "add_measure", f"新增具体措施：{title}") as act:
        seq = max_seq(ws.db, "measure", "task_id", task_id) + 1
        return act.insert("measure", {"task_id": task_id, "seq": seq,
                                      "code": f"{task['seq']}.{seq}",
                                      "title": strip_text(title), "description": description})


def edit_measure(ws: Workspace, measure_id: int, title: str | None = None,
                 description: str | None = None) -> dict:
    fields = {k: v for k, v in (("title", title), ("description", description)) if v is not None}
    with write_action(ws.db, ws.who, "edit_measure", "修改具体措施") as act:
        return act.update("measure", measure_id, fields)


def move_measure(ws: Workspace, measure_id: int, new_index: int) -> None:
    m = get_row(ws.db, "measure", measure_id)
    if m is None:
        raise TrackerError("row_missing", table="measure", row_id=measure_id)
    task = get_row(ws.db, "task", m["task_id"])
    ordered = _move(siblings(ws.db, "measure", "task_id", m["task_id"]), measure_id, new_index)
    with write_action(ws.db, ws.who, "move_measure", f"调整措施顺序：{m['title']}") as act:
        for i, row in enumerate(ordered, start=1):
            act.update("measure", row["id"], {"seq": i})
        _renumber(act, task["policy_id"])
