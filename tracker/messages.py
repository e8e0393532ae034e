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


def render(code: str, /, **data: Any) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return f"{code}：{data}" if data else code
    try:
        return template.format(**data)
    except (KeyError, IndexError, ValueError):
        return template
