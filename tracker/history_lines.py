"""Turning the change log of one assignment into lines people read:
"2019年6月30日 10:02 张三：状态 推进中 → 已完成" (one line per action, grouped).

Pure: the words come in ``HistoryWords`` (the window passes its translations; the command line
the Chinese table ``CHINESE``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tracker.deadlines import format_cn_datetime as cn_datetime
from tracker.periods import period_label

_SKIP = {"assignment_id", "period", "source", "batch_id", "updated_at", "measure_id",
         "unit_id", "deadline_kind", "deadline_date", "original_deadline_text",
         "original_deadline_date", "created_at", "old_text", "old_date", "new_date", "at"}
SCREEN_LIMIT = 40  # characters of a changed text in the on-screen list (the tooltip has all)


@dataclass(frozen=True)
class HistoryWords:
    fields: dict[str, str]  # logged field → label
    empty: str = "（空）"
    removed: str = "（已删除）"


CHINESE = HistoryWords({
    "status": "状态", "percent": "完成进度", "progress": "进展情况", "problems": "存在问题",
    "next_steps": "下步计划", "extra": "备注", "review_state": "审核", "review_note": "审核意见",
    "reported_date": "报送日期", "role": "责任类型", "action_text": "本单位具体举措",
    "deadline_text": "完成时限", "closed_date": "销号日期", "start_date": "开始日期",
    "new_text": "延期至", "reason": "原因", "approved_by": "批准人"})


def show_value(value: Any, limit: int | None = SCREEN_LIMIT, empty: str = "（空）") -> str:
    """A logged value as people read it; ``limit=None`` keeps the whole text (print, Excel)."""
    if value is None or value == "":
        return empty
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return cn_datetime(text)
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


_UNDO, _REDO = "撤销：", "重做："


def action_summary(verb: str, summary: str) -> str:
    """An undo reads "撤销：…" and a redo "重做：…" once, with the original summary (a database
    written before this was fixed logged a redo as "撤销：撤销：…")."""
    if verb not in ("undo", "redo"):
        return summary
    base = summary
    while base.startswith((_UNDO, _REDO)):
        base = base[len(_UNDO):]
    return (_REDO if verb == "redo" else _UNDO) + base


@dataclass
class HistoryEntry:
    when: str
    who: str
    summary: str
    changes: list[str] = field(default_factory=list)
    verb: str = ""
    full_changes: list[str] = field(default_factory=list)  # the same, texts not shortened

    def line(self, full: bool = False) -> str:
        """"2019年6月30日 10:02 张三：状态 推进中 → 已完成"; ``full``: changed texts whole."""
        return f"{self.when} {self.who}：{self.body(full)}"

    def body(self, full: bool = False, one_per_line: bool = False) -> str:
        """What was done, then the changes joined by "；": "【导入：天山区.xlsx】2019年6月状态
        推进中 → 已完成" (``one_per_line``: the action, then one change a line, as in Excel).
        Every line names its action (an import and its file, 延期, 销号 …): 留痕 says how, not
        only what."""
        changes = self.full_changes if full else self.changes
        summary = action_summary(self.verb, self.summary)
        if one_per_line:
            return "\n".join(([summary] if summary else []) + changes) or summary
        body = "；".join(changes) or summary
        if self.verb in ("undo", "redo") and changes:
            body = f"{summary}（{body}）"
        elif summary and changes:
            body = f"【{summary}】{body}"
        return body

    def is_shortened(self) -> bool:
        return self.changes != self.full_changes


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def build_entries(changes: list[dict[str, Any]], report_periods: dict[int, str],
                  words: HistoryWords = CHINESE) -> list[HistoryEntry]:
    """Group change-log rows (from ``assignment_history``) by action, oldest first."""
    labels = words.fields
    periods = dict(report_periods)
    for ch in changes:  # a report deleted by an undo still names its period in the log
        if ch["table_name"] == "report" and ch["field"] == "period":
            periods.setdefault(ch["row_id"], _decode(ch["old"]) or _decode(ch["new"]))
    entries: list[HistoryEntry] = []
    last_action = None
    for ch in changes:
        if ch["action_id"] != last_action:
            summary = ch.get("summary") or ch.get("verb") or ""
            entries.append(HistoryEntry(cn_datetime(ch["at"]), ch["who"] or "", summary,
                                        verb=ch.get("verb") or ""))
            last_action = ch["action_id"]
        if ch["field"] in _SKIP or ch["field"] not in labels:
            continue
        label = labels[ch["field"]]
        if ch["table_name"] == "report" and periods.get(ch["row_id"]):
            label = f"{period_label(periods[ch['row_id']])}{label}"
        old, new = _decode(ch["old"]), _decode(ch["new"])
        if ch["field"] == "percent":  # "完成进度 20% → 60%", not "20 → 60"
            old, new = (f"{v}%" if isinstance(v, int | float) else v for v in (old, new))
        if ch["op"] == "insert" and new in (None, ""):
            continue  # a new row's empty fields say nothing
        for limit, texts in ((SCREEN_LIMIT, entries[-1].changes),
                             (None, entries[-1].full_changes)):
            if ch["op"] == "insert":
                text = f"{label} {show_value(new, limit, words.empty)}"
            elif ch["op"] == "delete":
                text = f"{label} {show_value(old, limit, words.empty)} → {words.removed}"
            else:
                text = (f"{label} {show_value(old, limit, words.empty)} → "
                        f"{show_value(new, limit, words.empty)}")
            texts.append(text)
    return entries
