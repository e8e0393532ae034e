"""The monthly summary as a printable ``Document`` (sections chosen by the user)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tracker.deadlines import format_cn_date
from tracker.model import STATUSES, Status
from tracker.reports.chart_data import HATCHED
from tracker.reports.document import (
    BarChart,
    Column,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Series,
    Slice,
    StatusChart,
    Table,
)
from tracker.reports.summary import (
    SECTIONS,
    Item,
    MonthlySummary,
    closed_label,
    detail_texts,
    pct,
    rate,
)

ORDINALS = "一二三四五六七八九十"
STATUS_COLOURS = {"已完成": "#2E7D32", "推进中": "#1565C0", "未启动": "#9E9E9E", "滞后": "#EF6C00"}
NOT_REPORTED = "未报送"
NOT_REPORTED_COLOUR = HATCHED  # white, hatched, with a border: not one of the statuses
DETAIL_COLUMNS = {
    "measure": Column("measure", "具体措施", 1.8),
    "unit": Column("unit", "责任单位", 1.1),
    "role": Column("role", "角色", 0.5, "center"),
    "deadline": Column("deadline", "完成时限", 1.0),
    "status": Column("status", "状态", 0.7, "center"),
    "percent": Column("percent", "进度", 0.6, "right"),
    "progress": Column("progress", "进展情况", 3.0),
    "problems": Column("problems", "存在问题", 1.6),
    "next_steps": Column("next_steps", "下步计划", 1.6),
}


@dataclass
class ReportOptions:
    sections: tuple[str, ...] = SECTIONS
    detail_columns: tuple[str, ...] = tuple(DETAIL_COLUMNS)
    sign_off: bool = True
    issued: date | None = None  # the date printed under the title (default: today)
    unit_name: str | None = None  # a unit's own report
    task_label: str | None = None  # one task only
    extra_meta: dict = field(default_factory=dict)


class Numbering:
    """表 and 图 numbers in the order the tables and figures appear in the document."""

    def __init__(self) -> None:
        self.tables = 0
        self.figures = 0

    def table(self, title: str) -> str:
        self.tables += 1
        return f"表{self.tables}　{title}"

    def figure(self, title: str) -> str:
        self.figures += 1
        return f"图{self.figures}　{title}"


def title_of(s: MonthlySummary, options: ReportOptions) -> str:
    """《…》落实情况月报（2019年11月）; a unit's own: 米东区《…》落实情况月报（2019年11月）."""
    name = s.policy_title.strip("《》")
    return f"{options.unit_name or ''}《{name}》落实情况月报（{s.period_label}）"


def _pct_cell(part: int, whole: int) -> str:
    return pct(part, whole) if whole else "—"


def _tally_row(label: str, t, late: int | None = None) -> list[str]:
    row = [label, str(t.total)] + [str(t.by_status[st]) for st in STATUSES]
    row += [str(t.overdue), str(t.not_reported), _pct_cell(t.by_status[Status.DONE], t.total),
            rate(t.on_time_rate) if t.expected_reports else "—"]
    if late is not None:
        row.append(str(late))
    return row


def _tally_columns(first: str, late: bool = False) -> list[Column]:
    # on portrait A4: "100.0%" and three-character headers (已完成) stay on one line
    cols = [Column("name", first, 1.9), Column("total", "合计", 0.8, "right")]
    cols += [Column(st, st, 0.9, "right") for st in STATUSES]
    cols += [Column("overdue", "逾期", 0.8, "right"), Column("nr", "未报送", 0.9, "right"),
             Column("rate", "完成率", 1.4, "right"),
             Column("ontime", "按时报送率", 1.4, "right")]
    if late:
        cols.append(Column("late", "迟报", 0.8, "right"))
    return cols


def carried_note(s: MonthlySummary) -> list[Paragraph]:
    """Under a table of status counts: how its 未报送 items are counted (none: no note)."""
    n = s.total.not_reported
    if not n:
        return []
    return [Paragraph(f"注：本期未报送的{n}项任务列入“未报送”列，同时按最近一次报送的状态"
                      "（从未报送过的为“未启动”）计入各状态列，故各状态列之和等于合计。", "note")]


def _noted(table: Table, s: MonthlySummary) -> list:
    """A table of status counts with its note under it, kept on one page with the note."""
    note = carried_note(s)
    table.keep_with_next = bool(note)
    return [table, *note]


def _chart_note(s: MonthlySummary, figures: str) -> list[Paragraph]:
    n = s.total.not_reported
    if not n:
        return []
    return [Paragraph(f"注：{figures}中的“未报送”为本期未报送的任务，共{n}项；"
                      "统计表中这些任务按最近一次报送的状态（从未报送过的为“未启动”）计入各状态列，"
                      "并在“未报送”列列出。", "note")]


def _item_table(items: list[Item], title: str, expected: bool = False) -> Table:
    cols = [Column("code", "编号", 0.6, "center"), Column("measure", "具体措施", 2.6),
            Column("unit", "责任单位", 1.4), Column("deadline", "完成时限", 1.3),
            Column("status", "状态", 0.8, "center"), Column("percent", "进度", 0.7, "right")]
    if expected:
        cols.append(Column("expected", "序时进度", 0.9, "right"))
    rows = []
    for i in items:
        deadline = i.deadline_text or (format_cn_date(i.deadline_date) if i.deadline_date else "")
        row = [i.code, i.title, i.unit, deadline, i.status,
               "" if i.percent is None else f"{i.percent}%"]
        if expected:
            row.append("" if i.expected_percent is None else f"{i.expected_percent}%")
        rows.append(row)
    return Table(cols, rows, title=title)


def _overview(s: MonthlySummary, num: Numbering) -> list:
    blocks: list = [Paragraph(s.bulletin())]
    if not s.has_data:
        return blocks
    m = s.measures
    measure_row = ["具体措施（按措施计）", str(s.measure_total)]
    measure_row += [str(m.by_status[st]) for st in STATUSES]
    measure_row += [str(m.overdue), "—", _pct_cell(m.by_status[Status.DONE], s.measure_total), "—"]
    return blocks + _noted(Table(_tally_columns("统计口径"),
                                 [measure_row, _tally_row("分解任务（按单位×措施计）", s.total)],
                                 title=num.table("总体落实情况")), s)


def _charts(s: MonthlySummary, num: Numbering) -> list:
    if not s.has_data:
        return []
    tasks = [f"{seq}. {title}" for seq, title, _ in s.per_task]
    done = [t.by_status[Status.DONE] * 100 / t.total if t.total else 0 for *_, t in s.per_task]
    units = [u.name for u in s.per_unit]
    # the statuses of the items reported for this period, and 未报送 as a part of its own
    # (their counted status is carried from an earlier report: not news of this month)
    stacked = [Series(st, [float(u.reported[st]) for u in s.per_unit],
                      STATUS_COLOURS[st]) for st in STATUSES]
    slices = [Slice(st, float(s.reported[st]), STATUS_COLOURS[st]) for st in STATUSES]
    if s.total.not_reported:
        stacked.append(Series(NOT_REPORTED, [float(u.tally.not_reported) for u in s.per_unit],
                              NOT_REPORTED_COLOUR))
        slices.append(Slice(NOT_REPORTED, float(s.total.not_reported), NOT_REPORTED_COLOUR))
    pie = StatusChart(num.figure("分解任务状态分布"), slices)
    task_rates = BarChart(num.figure("各重点任务完成率"), tasks,
                          [Series("完成率", done, "#2E7D32")], y_label="完成率（%）",
                          max_value=100, value_suffix="%", value_decimals=1)
    per_unit = BarChart(num.figure("各单位任务状态"), units, stacked, y_label="任务数（项）",
                        stacked=True)
    figures = f"{pie.title.split('　')[0]}、{per_unit.title.split('　')[0]}"
    return [pie, task_rates, per_unit, *_chart_note(s, figures)]


def _per_task(s: MonthlySummary, num: Numbering) -> list:
    rows = [_tally_row(f"{seq}. {title}", t) for seq, title, t in s.per_task]
    if s.per_task:
        rows.append(_tally_row("合计", s.total))
    return _noted(Table(_tally_columns("重点任务"), rows, title=num.table("分任务落实情况")), s)


def _per_unit(s: MonthlySummary, num: Numbering) -> list:
    rows = [_tally_row(u.name, u.tally, u.late) for u in s.per_unit]
    return _noted(Table(_tally_columns("责任单位", late=True), rows,
                        title=num.table("分单位落实情况")), s)


def _lagging(s: MonthlySummary, num: Numbering) -> list:
    blocks: list = []
    if s.silent_units:
        blocks.append(Paragraph(f"本期未报送的单位（{len(s.silent_units)}个）："
                                + "、".join(s.silent_units) + "。"))
    if s.partly_units:
        blocks.append(Paragraph(f"有部分事项未报送的单位（{len(s.partly_units)}个）："
                                + "、".join(s.partly_units) + "。"))
    if s.late_units:
        blocks.append(Paragraph("迟报的单位：" + "、".join(s.late_units) + "。"))
    if not (s.overdue or s.behind or s.due_soon or s.not_reported_units):
        blocks.append(Paragraph("本期无逾期、滞后和未报送事项。"))
    if s.overdue:
        blocks.append(_item_table(s.overdue, num.table(f"逾期未完成事项（{len(s.overdue)}项）")))
    if s.behind:
        blocks.append(_item_table(s.behind, num.table(f"落后于序时进度的事项（{len(s.behind)}项）"),
                                  expected=True))
    if s.due_soon:
        blocks.append(_item_table(s.due_soon, num.table(
            f"临近完成时限的事项（{len(s.due_soon)}项）")))
    changes = []
    if s.newly_done:
        changes.append(f"本期新完成{len(s.newly_done)}项：" + "；".join(
            f"{i.code} {i.unit}" for i in s.newly_done) + "。")
    if s.newly_overdue:
        changes.append(f"本期新增逾期{len(s.newly_overdue)}项：" + "；".join(
            f"{i.code} {i.unit}" for i in s.newly_overdue) + "。")
    blocks += [Paragraph(c) for c in changes]
    return blocks


def _detail(s: MonthlySummary, columns: tuple[str, ...], num: Numbering) -> list:
    cols = [DETAIL_COLUMNS[c] for c in columns if c in DETAIL_COLUMNS]
    rows = []
    for dm in s.detail:
        for r in dm.rows:
            progress, problems, next_steps = detail_texts(
                r.progress, r.problems, r.next_steps, reported=r.reported,
                returned=r.returned, note=r.return_note, not_reported=r.not_reported)
            values = {"measure": f"{dm.code} {dm.title}", "unit": r.unit, "role": r.role,
                      "deadline": r.deadline,
                      "status": _status_cell(r),
                      "percent": "" if r.percent is None else f"{r.percent}%",
                      "progress": progress, "problems": problems, "next_steps": next_steps}
            rows.append([values[c.key] for c in cols])
    group = "measure" if any(c.key == "measure" for c in cols) else None
    return [Table(cols, rows, title=num.table("各项措施落实明细"), landscape=True, group_col=group)]


def _status_cell(r) -> str:  # noqa: ANN001
    """The judged status, marked when overdue and when not reported this period (its status is
    then carried from the last report, or 未启动)."""
    marks = [m for m, on in (("逾期", r.overdue), ("未报送", r.not_reported)) if on]
    if r.closed is not None:
        marks.append(closed_label(r.closed, short=True))
    return r.status + (f"（{'，'.join(marks)}）" if marks else "")


_DEMO = "（示例数据）"
SECTION_HEADINGS = {"overview": "总体情况", "charts": "图表", "per_task": "分任务落实情况",
                    "per_unit": "分单位落实情况", "lagging": "滞后、逾期与未报送情况",
                    "detail": "落实明细"}


def monthly_document(s: MonthlySummary, options: ReportOptions | None = None) -> Document:
    options = options or ReportOptions()
    issued = options.issued or date.today()
    doc = Document(title=title_of(s, options),
                   subtitle="　".join(x for x in (options.task_label or "",
                                                  _DEMO if s.demo and _DEMO not in s.office
                                                  else "") if x),
                   issuer_line=s.office, date_line=format_cn_date(issued),
                   sign_off=["审核人：", "填表人：", "报送日期："] if options.sign_off else None,
                   meta={"kind": "monthly", "period": s.period, **options.extra_meta})
    num = Numbering()
    builders = {"overview": lambda: _overview(s, num), "charts": lambda: _charts(s, num),
                "per_task": lambda: _per_task(s, num), "per_unit": lambda: _per_unit(s, num),
                "lagging": lambda: _lagging(s, num),
                "detail": lambda: _detail(s, options.detail_columns, num)}
    n = 0
    for section in SECTIONS:
        if section not in options.sections:
            continue
        if not s.has_data and section != "overview":
            continue  # nothing reported yet, ever: pages of 未启动 say nothing the 通报 does not
        blocks = builders[section]()
        if not blocks:
            continue
        if section == "detail" and doc.blocks:
            doc.blocks.append(PageBreak())
        doc.blocks.append(Heading(f"{ORDINALS[n]}、{SECTION_HEADINGS[section]}", 1))
        doc.blocks.extend(blocks)
        n += 1
    return doc
