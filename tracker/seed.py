"""The embedded default policy: parse the seed text shipped under ``resources/policies``.

Task and measure texts are kept exactly as the source has them; only the reporter's credit
"(记者梁乐)" closing the article is not part of the last measure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tracker.resources import resource_path

DEFAULT_POLICY = "urumqi-shuangchuang-2019.json"
_TASK_HEAD = re.compile(r"^任务之([一二三四五六七八九十]+)$")
_CREDIT = re.compile(r"[（(]记者\s*\S{1,6}[)）]\s*$")
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10}


@dataclass
class SeedMeasure:
    code: str
    seq: int
    title: str
    description: str


@dataclass
class SeedTask:
    seq: int
    title: str
    measures: list[SeedMeasure] = field(default_factory=list)


@dataclass
class SeedPolicy:
    meta: dict
    source_text: str
    tasks: list[SeedTask]
    units: list[dict]


def _cn_number(text: str) -> int:
    if text in CN_DIGITS:
        return CN_DIGITS[text]
    if text.startswith("十"):
        return 10 + CN_DIGITS.get(text[1:], 0)
    tens, _, ones = text.partition("十")
    return CN_DIGITS[tens] * 10 + CN_DIGITS.get(ones, 0)


def parse_policy_text(text: str) -> list[SeedTask]:
    """Tasks are introduced by a line 任务之N, then a title line, then one line per measure:
    its title is the sentence up to the first 。, the rest is its description."""
    tasks: list[SeedTask] = []
    lines = [ln.strip() for ln in text.splitlines()]
    i = 0
    while i < len(lines):
        head = _TASK_HEAD.match(lines[i])
        if not head:
            i += 1
            continue
        task = SeedTask(seq=_cn_number(head.group(1)), title=lines[i + 1])
        i += 2
        while i < len(lines) and lines[i] and not _TASK_HEAD.match(lines[i]):
            line = _CREDIT.sub("", lines[i]).strip()
            title, _, desc = line.partition("。")
            seq = len(task.measures) + 1
            task.measures.append(SeedMeasure(f"{task.seq}.{seq}", seq, title, desc))
            i += 1
        tasks.append(task)
    return tasks


def load_seed(name: str = DEFAULT_POLICY) -> SeedPolicy:
    meta_path = resource_path("policies", name)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    text = resource_path("policies", meta["text_file"]).read_text(encoding="utf-8")
    units = json.loads(resource_path("units", meta["units"]).read_text(encoding="utf-8"))
    return SeedPolicy(meta=meta, source_text=text, tasks=parse_policy_text(text), units=units)


def seed_file(name: str) -> Path:
    return resource_path("policies", name)
