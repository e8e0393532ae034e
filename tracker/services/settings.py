"""Per-database settings (office name, due day, warning days, 序时进度 tolerance)."""

from __future__ import annotations

from tracker.db.actions import write_action
from tracker.db.queries import DEFAULT_SETTINGS, get_settings
from tracker.errors import TrackerError
from tracker.services.workspace import Workspace

INT_LIMITS = {"report_due_day": (1, 28), "warning_days": (0, 90), "tolerance": (0, 100)}


def set_settings(ws: Workspace, **values: object) -> dict:
    unknown = set(values) - set(DEFAULT_SETTINGS)
    if unknown:
        raise TrackerError("field_unknown", fields="、".join(sorted(unknown)))
    clean: dict[str, str] = {}
    for key, value in values.items():
        if key in INT_LIMITS:
            lo, hi = INT_LIMITS[key]
            try:
                number = int(str(value))
            except ValueError:
                raise TrackerError("setting_invalid", key=key, value=value, lo=lo, hi=hi) from None
            if not lo <= number <= hi:
                raise TrackerError("setting_invalid", key=key, value=value, lo=lo, hi=hi)
            clean[key] = str(number)
        else:
            clean[key] = str(value)
    current = get_settings(ws.db)
    with write_action(ws.db, ws.who, "settings", "修改数据库设置") as act:
        changed = {}
        for key, value in clean.items():
            if current.get(key) == value and act.get("setting", key) is not None:
                continue
            if act.get("setting", key) is None:
                act.insert("setting", {"key": key, "value": value})
            else:
                act.update("setting", key, {"value": value})
            changed[key] = value
        return changed
