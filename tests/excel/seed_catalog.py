"""A Catalog of the seed policy (8 tasks / 31 measures) and the 22 units, without a database.

Measures are read from /work/shared/seed/urumqi-shuangchuang-2019.txt (a copy is looked for in
resources/ first): under each line 任务之X the next line is the task title and every following
line a measure whose title is the sentence before the first "。".
"""

from __future__ import annotations

import re
from pathlib import Path

from tracker.catalog import Catalog, CatAssignment, CatMeasure, CatUnit

ROOT = Path(__file__).resolve().parents[2]
SEED_CANDIDATES = (Path("/work/shared/seed/urumqi-shuangchuang-2019.txt"),
                   ROOT / "resources" / "policies" / "urumqi-shuangchuang-2019.txt")
_TASK = re.compile(r"^任务之([一二三四五六七八九十]+)$")
_CN = "一二三四五六七八九"
_CREDIT = re.compile(r"[（(]记者\s*\S{1,6}[)）]\s*$")

UNITS: list[tuple[str, str, tuple[str, ...]]] = [
    ("天山区", "区县", ()),
    ("沙依巴克区", "区县", ()),
    ("新市区(高新区)", "区县", ("新市区", "高新区", "高新区（新市区）", "乌鲁木齐高新技术产业开发区")),
    ("水磨沟区", "区县", ("水磨沟区人民政府",)),
    ("头屯河区(经开区)", "区县", ("头屯河区", "经开区", "乌鲁木齐经济技术开发区")),
    ("达坂城区", "区县", ()),
    ("米东区", "区县", ()),
    ("乌鲁木齐县", "区县", ()),
    ("甘泉堡经开区", "开发区", ()),
    ("市“双创”办", "市直部门", ()),
    ("市发改委", "市直部门", ("市发展和改革委员会",)),
    ("市科技局", "市直部门", ("乌鲁木齐市科学技术局", "市科学技术局")),
    ("市工信局", "市直部门", ("市工业和信息化局",)),
    ("市财政局", "市直部门", ()),
    ("市人社局", "市直部门", ("市人力资源和社会保障局",)),
    ("市教育局", "市直部门", ()),
    ("市商务局", "市直部门", ()),
    ("市市场监管局", "市直部门", ("市市场监督管理局",)),
    ("市金融办", "市直部门", ("市地方金融监督管理局", "市人民政府金融工作办公室")),
    ("市退役军人事务局", "市直部门", ()),
    ("市税务局", "市直部门", ()),
    ("市政务服务管理局", "市直部门", ()),
]


def seed_text() -> str:
    for p in SEED_CANDIDATES:
        if p.is_file():
            return p.read_text(encoding="utf-8")
    raise FileNotFoundError("seed policy text not found")


def seed_measures() -> list[CatMeasure]:
    lines = [ln.strip() for ln in seed_text().splitlines()]
    out: list[CatMeasure] = []
    i = 0
    while i < len(lines):
        m = _TASK.match(lines[i])
        if not m:
            i += 1
            continue
        task_seq = _CN.index(m.group(1)) + 1
        task_title = lines[i + 1]
        i += 2
        seq = 0
        while i < len(lines) and lines[i] and not _TASK.match(lines[i]):
            title, _, desc = _CREDIT.sub("", lines[i]).strip().partition("。")
            seq += 1
            out.append(CatMeasure(id=len(out) + 1, code=f"{task_seq}.{seq}", task_seq=task_seq,
                                  seq=seq, title=title, description=desc, task_title=task_title))
            i += 1
    return out


def seed_units() -> list[CatUnit]:
    return [CatUnit(id=i, name=name, short_name="", kind=kind, aliases=aliases)
            for i, (name, kind, aliases) in enumerate(UNITS, start=1)]


def seed_catalog(assign_all: bool = True, action_text: str = "") -> Catalog:
    """Every unit is assigned every measure (role 责任, 本单位具体举措 ``action_text``) unless
    ``assign_all`` is False. A template exported with other action texts than the catalog's
    reads back as "本单位具体举措 changed" on every row."""
    measures, units = seed_measures(), seed_units()
    assignments = []
    if assign_all:
        for u in units:
            for m in measures:
                assignments.append(CatAssignment(id=len(assignments) + 1, measure_id=m.id,
                                                 unit_id=u.id, role="责任", action_text=action_text,
                                                 deadline_text=""))
    return Catalog(policy_id=1, policy_title="关于推动全市创新创业高质量发展打造“双创”升级版的若干意见",
                   short_title="双创升级版", measures=measures, units=units, assignments=assignments)


def unit_by_name(catalog: Catalog, name: str) -> CatUnit:
    return next(u for u in catalog.units if u.name == name)
