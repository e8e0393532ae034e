"""The monthly summary's numbers and lists (pure core; every count from the one counting
function, lights judged as of the period's due day)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.counting import Counts, Tally
from tracker.deadlines import format_cn_date
from tracker.lights import AssignmentState, Judgement
from tracker.model import STATUSES, ReviewState, Status
from tracker.periods import period_end, period_label

SECTIONS = ("overview", "charts", "per_task", "per_unit", "lagging", "detail")
SECTION_LABELS = {"overview": "总体情况", "charts": "图表", "per_task": "分任务情况",
                  "per_unit": "分单位情况", "lagging": "滞后与未报送", "detail": "明细"}


@dataclass
class Item:
    """One assignment in a list (overdue, due soon, behind schedule, newly done …)."""

    code: str
    title: str
    unit: str
    role: str
    deadline_text: str
    deadline_date: date | None
    status: str
    percent: int | None
    expected_percent: int | None = None
    note: str = ""  # a returned report's review note (退回原因)
    not_reported: bool = False  # judged (lights): counted 未报送 this period


@dataclass
class DetailRow:
    """One assignment in the detail table. ``status`` / ``percent`` are the judged ones (what
    `tracker status` counts); for a report returned for rework (``returned``) that is the last
    accepted report's, and ``progress`` / ``problems`` / ``next_steps`` are the returned text."""

    unit: str
    role: str
    status: str
    percent: int | None
    progress: str
    problems: str
    next_steps: str
    reported: bool  # a report counts for this period (a returned one does not)
    overdue: bool
    returned: bool = False
    return_note: str = ""
    not_reported: bool = False  # judged (lights): 已完成, closed or not yet started never are
    deadline: str = ""  # as printed (deadline_label)
    closed: date | None = None  # 销号 on or before the judging day


RETURNED = ReviewState.RETURNED.value


def returned_label(note: str) -> str:
    """The mark of a report returned for rework, the same in every output."""
    return f"已退回（原因：{note}）" if note.strip() else "已退回"


def deadline_label(text: str, original: str = "") -> str:
    """完成时限 as every output prints it: an extended one with the original beside it."""
    if original and original != text:
        return f"{text}（延期，原{original}）" if text else f"（延期，原{original}）"
    return text


def closed_label(day: date | None, short: bool = False) -> str:
    """The mark of an item closed (销号), the same in every output; ``short`` for a narrow
    status cell (the month and day only)."""
    if day is None:
        return "已销号"
    return f"已销号，{day.month}月{day.day}日" if short else f"已于{format_cn_date(day)}销号"


def returned_text(text: str) -> str:
    """A returned report's own text, shown as such (it is not this period's progress)."""
    return f"〔退回稿〕{text}" if text else ""


def detail_texts(progress: str, problems: str, next_steps: str, *, reported: bool,
                 returned: bool, note: str, not_reported: bool = True) -> tuple[str, str, str]:
    """进展 / 问题 / 下步 cells of one row, worded the same in the PDF, Word and Excel.
    ``not_reported`` is the judged flag: an item done, closed or not yet started is never
    counted 未报送, and its empty cell says nothing of the kind."""
    if returned:
        head = returned_label(note) + ("，本期按未报送计。" if not_reported else "。")
        return (head + returned_text(progress), returned_text(problems),
                returned_text(next_steps))
    return progress or ("（本期未报送）" if not reported and not_reported else ""), problems, next_steps


@dataclass
class DetailMeasure:
    code: str
    title: str
    task_seq: int
    task_title: str
    rows: list[DetailRow] = field(default_factory=list)


def no_statuses() -> dict[str, int]:
    return {str(st): 0 for st in STATUSES}


@dataclass
class UnitLine:
    unit_id: int
    name: str
    tally: Tally
    late: int = 0  # reports received after the due day
    # status counts of the assignments that are not 未报送 this period: with tally.not_reported
    # they add up to tally.total (the charts show 未报送 as its own part)
    reported: dict[str, int] = field(default_factory=no_statuses)


@dataclass
class MonthlySummary:
    policy_title: str
    short_title: str
    office: str
    period: str
    period_label: str
    as_of: date
    due: date
    measure_total: int  # every measure of the policy (also those not yet decomposed)
    measures: Tally  # measures with assignments, counted at measure level
    total: Tally  # assignments
    per_task: list[tuple[int, str, Tally]]
    per_unit: list[UnitLine]
    not_reported_units: list[str]  # units with an item 未报送 (both lists below together)
    late_units: list[str]
    overdue: list[Item]
    due_soon: list[Item]
    behind: list[Item]
    newly_done: list[Item]
    newly_overdue: list[Item]
    detail: list[DetailMeasure]
    not_reported_items: list[Item] = field(default_factory=list)  # returned ones included
    returned_items: list[Item] = field(default_factory=list)  # reports returned for rework
    reports_received: int = 0  # reports for this period (returned ones included)
    demo: bool = False
    scope_unit: str = ""  # a report for one unit: its name
    scope_task: str = ""  # a report for one task: 重点任务二“…”
    # as UnitLine.reported, over all assignments: + total.not_reported = total.total
    reported: dict[str, int] = field(default_factory=no_statuses)
    reporting_units: frozenset[str] = frozenset()  # units with a report for this period

    @property
    def silent_units(self) -> list[str]:
        """Units that sent nothing for this period (every item of theirs 未报送)."""
        return [u for u in self.not_reported_units if u not in self.reporting_units]

    @property
    def partly_units(self) -> list[str]:
        """Units that reported, but left some items 未报送 (a row left blank, a report
        returned for rework)."""
        return [u for u in self.not_reported_units if u in self.reporting_units]

    @property
    def has_data(self) -> bool:
        """Assignments exist and someone has reported for this period or before."""
        return self.total.total > 0 and (
            self.reports_received > 0 or self.total.by_status[Status.NOT_STARTED]
            < self.total.total)

    def bulletin(self) -> str:
        """通报 paragraph, ready to paste."""
        return bulletin_text(self)


def _item(s: AssignmentState, j: Judgement, note: str = "") -> Item:
    return Item(s.measure_code, s.measure_title, s.unit_name, s.role, s.deadline_text,
                s.deadline_date, j.status.value, s.percent, j.expected_percent, note,
                j.not_reported)


def build_summary(counts: Counts, previous: Counts | None, *, policy: dict, office: str,
                  period: str, measure_total: int, demo: bool = False,
                  return_notes: dict[int, str] | None = None) -> MonthlySummary:
    """``counts`` must come with detail and texts (``period_counts(..., with_texts=True)``);
    ``return_notes``: assignment id → review note of this period's returned reports."""
    notes = return_notes or {}
    judged = counts.judged
    before = {s.assignment_id: j for s, j in (previous.judged if previous else [])}
    per_unit: dict[int, UnitLine] = {}
    for uid, tally in counts.by_unit.items():
        per_unit[uid] = UnitLine(uid, counts.unit_names[uid], tally)
    not_reported: list[str] = []
    late: list[str] = []
    reported = no_statuses()
    for s, j in judged:
        line = per_unit[s.unit_id]
        if j.reported_late:
            line.late += 1
        if not j.not_reported:
            line.reported[j.status] += 1
            reported[j.status] += 1
        if j.not_reported and s.unit_name not in not_reported:
            not_reported.append(s.unit_name)
        if j.reported_late and s.unit_name not in late:
            late.append(s.unit_name)
    overdue = [_item(s, j) for s, j in judged if j.overdue]
    due_soon = [_item(s, j) for s, j in judged if j.due_soon and not j.overdue]
    behind = [_item(s, j) for s, j in judged if j.behind_schedule]
    newly_done = [_item(s, j) for s, j in judged if j.status == Status.DONE and (
        s.assignment_id not in before or before[s.assignment_id].status != Status.DONE)]
    newly_overdue = [_item(s, j) for s, j in judged if j.overdue and (
        s.assignment_id not in before or not before[s.assignment_id].overdue)]
    detail: dict[int, DetailMeasure] = {}
    for s, j in judged:
        dm = detail.setdefault(s.measure_id, DetailMeasure(s.measure_code, s.measure_title,
                                                           s.task_seq, s.task_title))
        returned = s.report_id is not None and s.review_state == RETURNED
        dm.rows.append(DetailRow(s.unit_name, s.role, j.status.value, s.percent, s.progress,
                                 s.problems, s.next_steps, s.report_id is not None and not returned,
                                 j.overdue, returned, notes.get(s.assignment_id, ""),
                                 j.not_reported,
                                 deadline_label(s.deadline_text, s.original_deadline_text),
                                 s.closed_date if j.closed else None))
    per_task = [(seq, counts.task_titles[seq], t) for seq, t in sorted(counts.by_task.items())]
    reporting = {s.unit_name for s, _ in judged  # a report in, not returned for rework
                 if s.report_id is not None and s.review_state != RETURNED}
    order = {s.unit_name: (s.unit_sort, s.unit_id) for s, _ in judged}
    not_reported.sort(key=order.__getitem__)
    late.sort(key=order.__getitem__)
    return MonthlySummary(
        policy_title=policy["title"], short_title=policy.get("short_title", ""), office=office,
        period=period, period_label=period_label(period), as_of=counts.as_of, due=counts.due,
        measure_total=measure_total, measures=counts.measures["all"], total=counts.total,
        per_task=per_task, per_unit=list(per_unit.values()),
        not_reported_units=not_reported, reporting_units=frozenset(reporting),
        late_units=late, overdue=overdue, due_soon=due_soon,
        behind=behind, newly_done=newly_done, newly_overdue=newly_overdue,
        detail=list(detail.values()),
        not_reported_items=[_item(s, j) for s, j in judged if j.not_reported],
        returned_items=[_item(s, j, notes.get(s.assignment_id, "")) for s, j in judged
                        if s.report_id is not None and s.review_state == RETURNED],
        reports_received=sum(s.report_id is not None for s, _ in judged), demo=demo,
        reported=reported)


def rate(share: float) -> str:
    """A rate as printed everywhere (通报, tables, charts, `tracker status`): one decimal,
    rounded half up as people round (9 of 16 = 56.25 % → 56.3 %)."""
    from tracker.reports.chart_data import half_up

    return f"{half_up(share * 100)}%"


def pct(part: int, whole: int) -> str:
    return rate(part / whole if whole else 0.0)


def bulletin_text(s: MonthlySummary) -> str:
    """The 通报 paragraph. A report for one unit or one task says so in the sentence itself
    (pasted into a bulletin, "4项具体措施" must not read as the whole policy's)."""
    end = format_cn_date(period_end(s.period))
    title = f"《{s.policy_title}》"
    if s.scope_unit:
        whose = f"{s.scope_unit}承担的{title}{s.scope_task}"
    elif s.scope_task:
        whose = f"{title}{s.scope_task}"
    else:
        whose = title
    if s.total.total == 0:
        if s.scope_unit:
            return f"截至{end}，{s.scope_unit}未承担{title}{s.scope_task}的分解任务。"
        return f"截至{end}，{whose}尚未分解任务，本期无报送数据。"
    if not s.has_data:
        return (f"截至{end}，{whose}{s.measure_total}项具体措施已分解为"
                f"{s.total.total}项任务，本期尚无报送数据。")
    m = s.measures
    parts = [f"截至{end}，{whose}{s.measure_total}项具体措施中"]
    done = m.by_status[Status.DONE]
    parts.append(f"已完成{done}项（占{pct(done, s.measure_total)}）" if done else "尚无已完成")
    for status in STATUSES[1:]:
        n = m.by_status[status]
        if n:
            parts.append(f"{status}{n}项")
    text = parts[0] + "，".join(parts[1:])
    undecomposed = s.measure_total - m.total
    if undecomposed > 0:
        text += f"，尚未分解{undecomposed}项"
    if m.overdue:
        text += f"；逾期未完成{m.overdue}项"
    t = s.total
    figures = [f"{label}{n}项" for label, n in (("已完成", t.by_status[Status.DONE]),
                                                ("逾期", t.overdue)) if n]
    ontime = [f"按时报送率{rate(t.on_time_rate)}"] if t.expected_reports else []  # none was due
    text += f"。{t.total}项分解任务中，" + "，".join([*figures, *ontime] or ["本期没有需要报送的事项"])
    if s.silent_units:
        text += f"；{'、'.join(s.silent_units)}未报送"
    if s.partly_units:
        text += f"；{'、'.join(s.partly_units)}有部分事项未报送"
    if s.late_units:
        text += f"；{'、'.join(s.late_units)}迟报"
    return text + "。"

