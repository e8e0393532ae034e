"""The one table that turns problem codes into Chinese sentences.

Each area keeps its codes beside its code (``messages_core``, ``messages_time``,
``excel/messages_zh``, ``reports/messages_zh``); this module merges them into ``MESSAGES``
and renders. The UI passes the result through ``tr()`` so other languages can be added.
"""

from __future__ import annotations

import importlib
from typing import Any

_SOURCES = ("tracker.messages_core", "tracker.messages_time", "tracker.excel.messages_zh",
            "tracker.reports.messages_zh")


def _load() -> dict[str, str]:
    table: dict[str, str] = {}
    for name in _SOURCES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for code, text in module.MESSAGES.items():
            if code in table and table[code] != text:
                raise RuntimeError(f"message code {code!r} defined twice")
            table[code] = text
    return table


MESSAGES: dict[str, str] = _load()


TABLE_LABELS = {"policy": "政策", "goal": "目标", "task": "重点任务", "measure": "具体措施",
                "task/measure": "任务或措施", "unit": "单位", "unit_alias": "单位别名",
                "assignment": "分解任务", "extension": "延期记录", "report": "报送记录",
                "import_batch": "导入批次", "receipt": "收件登记", "setting": "设置"}


NAME_KEYS = frozenset({"file", "path", "other", "later_file"})  # values that are file names


def readable(data: dict[str, Any]) -> dict[str, Any]:
    """A file name that is not valid Unicode (lone surrogates) said readably, never a crash: a
    name on its own is read as a name, a place ("文件“…”工作表…") stretch by stretch."""
    from tracker.paths import shown_name, shown_text

    return {k: (shown_name(v) if k in NAME_KEYS else shown_text(v)) if type(v) is str else v
            for k, v in data.items()}


def render(code: str, /, **data: Any) -> str:
    if "table" in data and "table_label" not in data:
        data["table_label"] = TABLE_LABELS.get(str(data["table"]), str(data["table"]))
    data = readable(data)
    template = MESSAGES.get(code)
    if template is None:
        return f"{code}：{data}" if data else code
    try:
        return template.format(**data)
    except (KeyError, IndexError, ValueError):
        return template
