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


# ------------------------------------------------------------ 催办通知单 numbers


def _notice_key(year: int) -> str:
    return f"notice_last_number_{year}"


def last_notice_number(ws: Workspace, year: int) -> int:
    """The last 催办通知单 number used in ``year`` in this database (0: none yet)."""
    try:
        return max(0, int(get_settings(ws.db).get(_notice_key(year), "0")))
    except ValueError:
        return 0


def use_notice_numbers(ws: Workspace, year: int, count: int) -> int:
    """Consume ``count`` numbers of ``year`` (notices actually written); return the first one.
    The last number used is kept in the database settings, so numbers continue within a year
    across runs and never repeat."""
    first = last_notice_number(ws, year) + 1
    if count <= 0:
        return first
    key, value = _notice_key(year), str(first + count - 1)
    with write_action(ws.db, ws.who, "notice_numbers",
                      f"催办通知单编号〔{year}〕第{first}–{first + count - 1}号") as act:
        if act.get("setting", key) is None:
            act.insert("setting", {"key": key, "value": value})
        else:
            act.update("setting", key, {"value": value})
    return first
