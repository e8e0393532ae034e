"""Plain enumerations shared by every layer (stored in the database as their Chinese values)."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DONE = "已完成"
    ONGOING = "推进中"
    NOT_STARTED = "未启动"
    BEHIND = "滞后"


STATUSES: tuple[Status, ...] = (Status.DONE, Status.ONGOING, Status.NOT_STARTED, Status.BEHIND)


class Role(StrEnum):
    LEAD = "牵头"
    RESPONSIBLE = "责任"
    SUPPORT = "配合"


ROLES: tuple[Role, ...] = (Role.LEAD, Role.RESPONSIBLE, Role.SUPPORT)


class UnitKind(StrEnum):
    COUNTY = "区县"
    ZONE = "开发区"
    DEPARTMENT = "市直部门"
    OTHER = "其他"


UNIT_KINDS: tuple[UnitKind, ...] = tuple(UnitKind)


class DeadlineKind(StrEnum):
    DATE = "date"
    MONTH_END = "month_end"
    QUARTER_END = "quarter_end"
    YEAR_END = "year_end"
    ONGOING = "ongoing"
    RECURRING = "recurring"
    UNPARSED = "unparsed"
    NONE = "none"  # no deadline written at all


class Light(StrEnum):
    RED = "red"
    GREY = "grey"
    YELLOW = "yellow"
    GREEN = "green"


LIGHT_LABELS = {Light.RED: "红灯", Light.GREY: "灰灯", Light.YELLOW: "黄灯", Light.GREEN: "绿灯"}


class ReviewState(StrEnum):
    PENDING = "待审核"
    APPROVED = "已审核"
    RETURNED = "退回"


class ReportSource(StrEnum):
    TYPED = "typed"
    IMPORT = "import"
