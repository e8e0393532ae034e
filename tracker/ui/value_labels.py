"""Display labels for stored values (statuses, roles, unit kinds, lights, receipt states).

The database stores Chinese values (已完成, 牵头, 区县) or codes (red, imported); the window
shows them through ``translate`` so an English interface shows English. Widgets keep the stored
value as item data and show the label. (The calls are written out so lupdate finds them.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Qca


def status_label(value: str | None) -> str:
    names = {"已完成": Qca.translate("ValueLabels", "Completed"),
             "推进中": Qca.translate("ValueLabels", "In progress"),
             "未启动": Qca.translate("ValueLabels", "Not started"),
             "滞后": Qca.translate("ValueLabels", "Behind")}
    return names.get(value or "", value or "")


def role_label(value: str | None) -> str:
    names = {"牵头": Qca.translate("ValueLabels", "Lead"),
             "责任": Qca.translate("ValueLabels", "Responsible"),
             "配合": Qca.translate("ValueLabels", "Supporting")}
    return names.get(value or "", value or "")


def kind_label(value: str | None) -> str:
    names = {"区县": Qca.translate("ValueLabels", "District/county"),
             "开发区": Qca.translate("ValueLabels", "Development zone"),
             "市直部门": Qca.translate("ValueLabels", "City department"),
             "其他": Qca.translate("ValueLabels", "Other")}
    return names.get(value or "", value or "")


def light_label(value: str | None) -> str:
    names = {"red": Qca.translate("ValueLabels", "Red"),
             "yellow": Qca.translate("ValueLabels", "Yellow"),
             "grey": Qca.translate("ValueLabels", "Grey"),
             "green": Qca.translate("ValueLabels", "Green")}
    return names.get(value or "", value or "")


def receipt_label(value: str | None, source: str | None = None) -> str:
    """The register's state; ``reported`` (reports typed in or imported, see
    ``tracker.db.receipts``) says how by its ``source``."""
    if value == "reported":
        return (Qca.translate("ValueLabels", "Reported (imported)") if source == "import"
                else Qca.translate("ValueLabels", "Reported (typed in)"))
    names = {"exported": Qca.translate("ValueLabels", "Template sent"),
             "received": Qca.translate("ValueLabels", "File received"),
             "imported": Qca.translate("ValueLabels", "Imported"),
             "rejected": Qca.translate("ValueLabels", "Rejected"),
             "wrong_file": Qca.translate("ValueLabels", "Wrong file"),
             "none": Qca.translate("ValueLabels", "Nothing")}
    return names.get(value or "", value or "")


def review_label(value: str | None) -> str:
    names = {"待审核": Qca.translate("ValueLabels", "Awaiting review"),
             "已审核": Qca.translate("ValueLabels", "Approved"),
             "退回": Qca.translate("ValueLabels", "Returned")}
    return names.get(value or "", value or "")


STATUS_COLORS = {"已完成": "#3a9d5d", "推进中": "#3b78c2", "未启动": "#9aa0a6", "滞后": "#e08a1e"}
LIGHT_COLORS = {"red": "#d64541", "yellow": "#e6b422", "grey": "#8c8c8c", "green": "#3a9d5d"}
