"""A plain, read-only snapshot of one policy's structure and the unit catalog.

Built by the database layer (``tracker.db.queries.load_catalog``) and handed to pure code
(Excel matching, templates) so that it never needs the database itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tracker.textnorm import norm_key


@dataclass(frozen=True)
class CatMeasure:
    id: int
    code: str  # "2.3"
    task_seq: int
    seq: int  # within the task
    title: str
    description: str
    task_title: str


@dataclass(frozen=True)
class CatUnit:
    id: int
    name: str
    short_name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatAssignment:
    id: int
    measure_id: int
    unit_id: int
    role: str
    action_text: str
    deadline_text: str


@dataclass
class Catalog:
    policy_id: int
    policy_title: str
    short_title: str
    measures: list[CatMeasure]
    units: list[CatUnit]
    assignments: list[CatAssignment] = field(default_factory=list)
    _by_key: dict[str, CatUnit] = field(default_factory=dict, repr=False)
    _by_code: dict[str, CatMeasure] = field(default_factory=dict, repr=False)
    _by_id: dict[int, CatMeasure] = field(default_factory=dict, repr=False)
    _by_pair: dict[tuple[int, int], CatAssignment] = field(default_factory=dict, repr=False)
    # the measure matched to a cell (text, code cell, task): the same forty templates repeat
    # the same measure cells, so each is matched once per catalog (``match.match_measure``)
    match_memo: dict[tuple, object] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        """Indexes for the lookups an import makes per row (a catalog is built once per import
        and never changed afterwards)."""
        for u in self.units:
            for text in (u.name, u.short_name, *u.aliases):
                if text:
                    self._by_key.setdefault(norm_key(text), u)
        for m in self.measures:
            self._by_code.setdefault(m.code, m)
            self._by_id.setdefault(m.id, m)
        for a in self.assignments:
            self._by_pair.setdefault((a.unit_id, a.measure_id), a)

    def resolve_unit(self, text: str | None) -> CatUnit | None:
        """Exact match through names and aliases, ignoring spaces, width and bracket style."""
        if not text:
            return None
        return self._by_key.get(norm_key(text))

    def unit_named(self, text: str | None) -> CatUnit | None:
        """A unit a person names on the command line: exactly (names, aliases), else the one
        unit whose name or alias contains the text ("米东" → 米东区); None when no unit or
        several do ("市" names half the list)."""
        exact = self.resolve_unit(text)
        if exact is not None or not text:
            return exact
        key = norm_key(text)
        found = {u.id: u for k, u in self._by_key.items() if key in k}
        return next(iter(found.values())) if len(found) == 1 else None

    def measure_by_code(self, code: str) -> CatMeasure | None:
        return self._by_code.get(code)

    def measure_by_id(self, measure_id: int) -> CatMeasure | None:
        return self._by_id.get(measure_id)

    def assignment_for(self, unit_id: int, measure_id: int) -> CatAssignment | None:
        return self._by_pair.get((unit_id, measure_id))
