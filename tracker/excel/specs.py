"""Plain input for the Excel writers: what goes into a template, a breakdown or a summary table.

The service layer fills these from the database; the writers never see SQL or Qt. Texts are
stored as written (the writers keep them verbatim, see ``cellsafe``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tracker.deadlines import format_cn_date


def iso_time(value: datetime | str) -> str:
    """``exported_at`` as written into the key sheet: ISO 8601 to the second."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def cn_date(value: datetime | str) -> str:
    """``2019年6月25日`` for visible sheets (never ``2019-06-25T00:00:00``)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return format_cn_date(value)


def code_order(code: str) -> tuple:
    """Sort key for measure codes: "2.10" after "2.9"; odd codes after the numeric ones."""
    try:
        return (0, *(int(p) for p in code.split(".")))
    except ValueError:
        return (1, code)


CN_NUMERALS = "零一二三四五六七八九十"


def cn_ordinal(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一."""
    if 0 < n <= 10:
        return CN_NUMERALS[n]
    if 10 < n < 100:
        tens, ones = divmod(n, 10)
        return (CN_NUMERALS[tens] if tens > 1 else "") + "十" + (CN_NUMERALS[ones] if ones else "")
    return str(n)


def task_label(seq: int, title: str) -> str:
    """The 重点任务 cell: "一、着力促进创新创业环境提升" (an 一、 ordinal names a task)."""
    return f"{cn_ordinal(seq)}、{title}"


# --- progress template (one file per unit × policy × period) -------------------------------


@dataclass(frozen=True)
class ReportFields:
    """Values already known for this period (e.g. typed in the office), written pre-filled."""

    status: str | None = None  # 已完成 / 推进中 / 未启动 / 滞后
    percent: int | None = None  # 0–100
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    extra: str = ""  # 备注


@dataclass(frozen=True)
class TemplateRow:
    task_seq: int
    task_title: str
    measure_id: int
    measure_code: str  # "2.3"
    measure_title: str
    assignment_id: int
    role: str  # 牵头 / 责任 / 配合
    action_text: str = ""  # 本单位具体举措
    deadline_text: str = ""  # as the document words it: "2019年6月底前", "长期坚持"
    last_progress: str = ""  # 上期进展 (read-only in the template)
    current: ReportFields | None = None


@dataclass
class TemplateSpec:
    policy_id: int
    policy_title: str
    short_title: str  # "“双创”升级版若干意见"
    unit_id: int
    unit_name: str
    period: str  # "2019-06"
    period_label: str  # "2019年6月"
    due_date_text: str  # "2019年7月5日"
    exported_at: datetime | str
    app_version: str
    rows: list[TemplateRow] = field(default_factory=list)
    file_label: str = ""  # short name for the file ("双创升级版"); default: short_title sans quotes
    protect: bool = True
    password: str | None = None  # None: protected without a password (the default)


# --- breakdown (分解表) --------------------------------------------------------------------


@dataclass(frozen=True)
class BreakdownAssignment:
    assignment_id: int
    unit_id: int
    unit_name: str
    role: str  # 牵头 / 责任 / 配合
    action_text: str = ""
    deadline_text: str = ""


@dataclass(frozen=True)
class BreakdownMeasure:
    task_seq: int
    task_title: str
    measure_id: int
    measure_code: str
    measure_title: str
    assignments: tuple[BreakdownAssignment, ...] = ()
    deadline_text: str = ""  # the measure's own deadline, used when it has no assignment


@dataclass
class BreakdownSpec:
    policy_id: int
    policy_title: str
    short_title: str
    exported_at: datetime | str
    app_version: str
    measures: list[BreakdownMeasure] = field(default_factory=list)


# --- consolidated summary (汇总表) ---------------------------------------------------------


@dataclass(frozen=True)
class SummaryRow:
    """One unit × measure for the period; ``status`` None when nothing was reported."""

    task_seq: int
    task_title: str
    measure_id: int
    measure_code: str
    measure_title: str
    unit_id: int
    unit_name: str
    role: str
    deadline_text: str = ""
    status: str | None = None
    percent: int | None = None
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    extra: str = ""  # 备注
    report_state: str = ""  # 报送情况, worded by the caller: "已报送（7月3日）" / "未报送"
    overdue: bool = False  # past its deadline and not done: red 逾期 mark


@dataclass
class SummaryTableSpec:
    policy_id: int
    policy_title: str
    short_title: str
    period: str  # "2019-06"
    period_label: str  # "2019年6月"
    exported_at: datetime | str
    app_version: str
    rows: list[SummaryRow] = field(default_factory=list)
    compiler: str = ""  # 编制单位 line, e.g. 市“双创”办 (a compiler, never a reporter)
