"""The one counting function, used by ``tracker status``, the dashboard and every report.

It counts assignments (unit × measure): the four statuses plus the 逾期 and 未报送 flags beside
them; and measures, where a measure is 已完成 when all its assignments are, 逾期 when any is,
else it takes its lead unit's status.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tracker.lights import AssignmentState, Judgement, Rules, judge
from tracker.model import STATUSES, Light, ReviewState, Role, Status

_STATUS_KEYS = tuple(str(s) for s in STATUSES)
_LIGHT_KEYS = tuple(str(lt) for lt in Light)
_RETURNED = ReviewState.RETURNED.value


@dataclass
class Tally:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_STATUS_KEYS, 0))
    overdue: int = 0
    not_reported: int = 0
    expected_reports: int = 0
    on_time_reports: int = 0
    by_light: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_LIGHT_KEYS, 0))

    def merge(self, other: Tally) -> None:
        self.total += other.total
        self.overdue += other.overdue
        self.not_reported += other.not_reported
        self.expected_reports += other.expected_reports
        self.on_time_reports += other.on_time_reports
        for k, n in other.by_status.items():
            self.by_status[k] += n
        for k, n in other.by_light.items():
            self.by_light[k] += n

    def rate(self, status: str) -> float:
        return self.by_status[status] / self.total if self.total else 0.0

    @property
    def on_time_rate(self) -> float:
        """按时报送率: reports received by the due day / reports expected."""
        if not self.expected_reports:
            return 0.0
        return self.on_time_reports / self.expected_reports


@dataclass
class Counts:
    as_of: date
    due: date
    total: Tally
    by_task: dict[int, Tally]  # task seq → tally
    by_unit: dict[int, Tally]  # unit id → tally
    task_titles: dict[int, str]
    unit_names: dict[int, str]
    measures: dict[str, Tally]  # measure-level: total = number of measures
    judged: list[tuple[AssignmentState, Judgement]]


def measure_status(items: list[tuple[AssignmentState, Judgement]]) -> tuple[Status, bool]:
    """(status, overdue) of one measure from its assignments."""
    if all(j.status == Status.DONE for _, j in items):
        return Status.DONE, False
    overdue = any(j.overdue for _, j in items)
    lead = [j for s, j in items if s.role == Role.LEAD]
    chosen = lead[0] if lead else items[0][1]
    if chosen.status == Status.DONE:  # the lead is done, others are not: still in progress
        return Status.ONGOING, overdue
    return chosen.status, overdue


def count(states: Iterable[AssignmentState], as_of: date, due: date,
          rules: Rules = Rules()) -> Counts:
    total = Tally()
    by_task: dict[int, Tally] = {}
    by_unit: dict[int, Tally] = {}
    task_titles: dict[int, str] = {}
    unit_names: dict[int, str] = {}
    per_measure: dict[int, list[tuple[AssignmentState, Judgement]]] = {}
    judged = []
    for s in states:
        j = judge(s, as_of, due, rules)
        judged.append((s, j))
        has_report = s.report_id is not None
        expected = j.not_reported or has_report
        # a report returned for rework is not a report on time, also on an item done before
        on_time = has_report and not j.reported_late and not j.not_reported \
            and s.review_state != _RETURNED
        task_tally = by_task.get(s.task_seq)
        if task_tally is None:
            task_tally = by_task[s.task_seq] = Tally()
            task_titles[s.task_seq] = s.task_title
        unit_tally = by_unit.get(s.unit_id)
        if unit_tally is None:
            unit_tally = by_unit[s.unit_id] = Tally()
            unit_names[s.unit_id] = s.unit_name
        status, light, overdue, nr = j.status, j.light, j.overdue, j.not_reported
        for t in (task_tally, unit_tally):  # inlined: the hot loop (total = sum of the tasks)
            t.total += 1
            t.by_status[status] += 1
            t.by_light[light] += 1
            if overdue:
                t.overdue += 1
            if nr:
                t.not_reported += 1
            if expected:
                t.expected_reports += 1
                if on_time:
                    t.on_time_reports += 1
        items = per_measure.get(s.measure_id)
        if items is None:
            per_measure[s.measure_id] = [(s, j)]
        else:
            items.append((s, j))
    # the unit register's order (units' sort_order, then id), whatever order the states came in
    order = {s.unit_id: (s.unit_sort, s.unit_id) for s, _ in judged}
    by_unit = {u: by_unit[u] for u in sorted(by_unit, key=order.__getitem__)}
    unit_names = {u: unit_names[u] for u in by_unit}
    for t in by_task.values():  # every assignment belongs to exactly one task
        total.merge(t)
    mtally = Tally()
    for items in per_measure.values():
        status, overdue = measure_status(items)
        mtally.total += 1
        mtally.by_status[status] += 1
        mtally.overdue += overdue
    return Counts(as_of, due, total, by_task, by_unit, task_titles, unit_names,
                  {"all": mtally}, judged)

