"""Display labels for stored values (statuses, roles, unit kinds, lights, receipt states).

The database stores Chinese values (已完成, 牵头, 区县) or codes (red, imported); the window
shows them through ``tr`` so an English interface shows English. Widgets keep the stored value
as item data and show the label.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_CTX = "ValueLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(value: str | None) -> str:
    names = {"已完成": _t("Completed"), "推进中": _t("In progress"),
             "未启动": _t("Not started"), "滞后": _t("Behind")}
    return names.get(value or "", value or "")


def role_label(value: str | None) -> str:
    names = {"牵头": _t("Lead"), "责任": _t("Responsible"), "配合": _t("Supporting")}
    return names.get(value or "", value or "")


def kind_label(value: str | None) -> str:
    names = {"区县": _t("District/county"), "开发区": _t("Development zone"),
             "市直部门": _t("City department"), "其他": _t("Other")}
    return names.get(value or "", value or "")


def light_label(value: str | None) -> str:
    names = {"red": _t("Red"), "yellow": _t("Yellow"), "grey": _t("Grey"),
             "green": _t("Green")}
    return names.get(value or "", value or "")


def receipt_label(value: str | None) -> str:
    names = {"exported": _t("Template sent"), "received": _t("File received"),
             "imported": _t("Imported"), "rejected": _t("Rejected"),
             "wrong_file": _t("Wrong file"), "none": _t("Nothing")}
    return names.get(value or "", value or "")


def review_label(value: str | None) -> str:
    names = {"待审核": _t("Awaiting review"), "已审核": _t("Approved"),
             "退回": _t("Returned")}
    return names.get(value or "", value or "")


STATUS_COLORS = {"已完成": "#3a9d5d", "推进中": "#3b78c2", "未启动": "#9aa0a6", "滞后": "#e08a1e"}
LIGHT_COLORS = {"red": "#d64541", "yellow": "#e6b422", "grey": "#8c8c8c", "green": "#3a9d5d"}
