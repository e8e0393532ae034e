"""What one unit cell of a breakdown says: the units it names, the role marks written beside
them (市科技局（牵头）, 牵头单位：…, 市工信局牵头，各区（县）配合) and the group words (各区（县）,
各开发区, 市直各部门; a trailing 等 ignored). Pure core, used by ``breakdown_read``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.catalog import Catalog, CatUnit
from tracker.errors import Problem
from tracker.excel.match import GROUP_WORDS, resolve_unit
from tracker.textnorm import nfkc, strip_text

_MARK_WORDS = "牵头|主责|责任|负责|配合|协办|参与|协助"
_MARK_ROLE = {"牵头": "牵头", "主责": "责任", "责任": "责任", "负责": "责任", "配合": "配合",
              "协办": "配合", "参与": "配合", "协助": "配合"}
_LABEL = re.compile(rf"^({_MARK_WORDS})(?:单位|部门)?\s*[:：]\s*")
_MARK_BRACKET = re.compile(rf"\s*[（(]\s*({_MARK_WORDS})(?:单位|部门)?\s*[)）]\s*$")
_MARK_BARE = re.compile(r"(?<=..)(牵头|配合|负责|协办|参与|协助)$")
_PURE_MARK = re.compile(rf"[（(]?({_MARK_WORDS})(?:单位|部门)?[)）]?")
_CLAUSE = re.compile(r"[；;，,。\n]+")
_PART = re.compile(r"[、/／]+|\s+")
_ETC = re.compile(r"等(?:有关|相关)?(?:单位|部门)?$")
_GOVT = re.compile(r"(?:人民政府|政府|管委会)$")
_COUNTIES = re.compile(r"^(?:各|全市|所有)?(?:区\(县\)|区县|县区|区、县|区)$")
_ZONES = re.compile(r"^(?:各|全市|所有)?(?:开发区|园区|开发区\(园区\)|园区\(开发区\)|开发园区)$")
_DEPTS = re.compile(r"^(?:市直各部门|各市直部门|市直部门|市直各单位|各市直单位)$")
_AND = re.compile(r"及|和|与")


def marked_parts(text: str) -> list[tuple[str, str | None]]:
    """"市工信局牵头，各区（县）配合" → [(市工信局, 牵头), (各区（县）, 配合)]; a part without a mark
    has None. Marks: （牵头） after a unit, 牵头单位：… before a clause, 牵头 / 配合 after a clause."""
    out: list[tuple[str, str | None]] = []
    label: str | None = None
    for clause in _CLAUSE.split(strip_text(text)):
        clause = clause.strip()
        m = _LABEL.match(clause)
        if m:
            label, clause = _MARK_ROLE[m.group(1)], clause[m.end():]
        items: list[list] = []  # [text, mark, bare]
        for p in (p for p in _PART.split(clause) if p):
            pure = _PURE_MARK.fullmatch(p)
            if pure and items:  # "市工信局 牵头"
                items[-1][1:] = [_MARK_ROLE[pure.group(1)], not p.startswith(("(", "（"))]
                continue
            mark, bare = None, False
            b = _MARK_BRACKET.search(p)
            s = None if b else _MARK_BARE.search(p)
            if b:
                mark, p = _MARK_ROLE[b.group(1)], p[:b.start()]
            elif s:
                mark, bare, p = _MARK_ROLE[s.group(1)], True, p[:s.start()]
            items.append([p, mark, bare])
        if items and items[-1][2]:  # "市发改委、市财政局牵头": the clause leads
            for it in items[:-1]:
                it[1] = it[1] or items[-1][1]
        out += [(p, mark or label) for p, mark, _ in items if p]
    return out


def group_units(catalog: Catalog, text: str) -> list[CatUnit] | None:
    """The units a group names (各区（县） → kind 区县, 各开发区 → kind 开发区, 市直各部门 → kind
    市直部门; "各区（县）及开发区" → both); [] for a vague group (有关部门); None: not a group."""
    s = _GOVT.sub("", nfkc(text).replace(" ", ""))
    for rx, kind in ((_COUNTIES, "区县"), (_ZONES, "开发区"), (_DEPTS, "市直部门")):
        if rx.match(s):
            return [u for u in catalog.units if u.kind == kind]
    sides = _AND.split(s)
    if len(sides) > 1:
        found = [group_units(catalog, side) for side in sides]
        if all(found):
            return [u for units in found for u in units or []]
    return [] if GROUP_WORDS.search(s) else None


@dataclass
class Mention:
    unit: CatUnit | None
    text: str
    col: int
    col_role: str
    mark: str | None
    group: bool = False
    confidence: float = 1.0
    role: str = ""


def cell_mentions(catalog: Catalog, text: str, col: int, col_role: str, where: str,
                   problems: list[Problem]) -> list[Mention]:
    parts = marked_parts(text)
    if all(mark is None for _, mark in parts):
        whole = resolve_unit(catalog, text)
        if whole is not None and whole.confidence == 1.0:
            return [Mention(whole.unit, text, col, col_role, None)]
    out: list[Mention] = []
    for part, mark in parts:
        bare = _ETC.sub("", part) if len(_ETC.sub("", part)) >= 2 else part
        members = group_units(catalog, bare)
        if members is not None:
            if not members:
                problems.append(Problem("breakdown_group_unknown", {"at": where, "text": part}))
            out += [Mention(u, part, col, col_role, mark, group=True) for u in members]
            continue
        hit = resolve_unit(catalog, bare)
        if hit is None:
            problems.append(Problem("breakdown_unit_unknown", {"at": where, "text": part}))
            out.append(Mention(None, part, col, col_role, mark))
        else:
            out.append(Mention(hit.unit, part, col, col_role, mark, confidence=hit.confidence))
    return out
