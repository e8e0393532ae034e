"""Per-database settings (office name, due day, warning days, 序时进度 tolerance)."""

from __future__ import annotations

from tracker.db.actions import write_action
from tracker.db.queries import DEFAULT_SETTINGS, get_settings
from tracker.errors import TrackerError
from tracker.services.workspace import Workspace

INT_LIMITS = {"report_due_day": (1, 28), "warning_days": (0, 90), "tolerance": (0, 100),
              "deadline_rules": (0, 10**6)}


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
# A notice keeps its number: one setting per notice numbered, key
# ``notice_number:<year>:<policy id>:<period>:<unit id>`` → "N", and the last number used in a
# year under ``notice_last_number_<year>`` (all an older version kept; new numbers continue
# after it, so they never repeat one of its numbers either).


def _last_key(year: int) -> str:
    return f"notice_last_number_{year}"


def notice_key(year: int, policy_id: int, period: str, unit_id: int) -> str:
    return f"notice_number:{year}:{policy_id}:{period}:{unit_id}"


def _int(value: object) -> int:
    try:
        return max(0, int(str(value)))
    except ValueError:
        return 0


def _plan(lookup, year: int, policy_id: int, period: str, unit_ids: list[int]
          ) -> tuple[dict[int, int], dict[int, int]]:
    """(every unit's number, the new ones among them): a unit's notice of this year, policy
    and period keeps the number it had; the others take the next free numbers in the order
    given. ``lookup(key)`` reads a setting (None: absent)."""
    last = _int(lookup(_last_key(year)) or 0)
    numbers: dict[int, int] = {}
    new: dict[int, int] = {}
    for unit_id in dict.fromkeys(unit_ids):
        known = _int(lookup(notice_key(year, policy_id, period, unit_id)) or 0)
        if known:
            numbers[unit_id] = known
        else:
            last += 1
            numbers[unit_id] = new[unit_id] = last
    return numbers, new


def last_notice_number(ws: Workspace, year: int) -> int:
    """The last 催办通知单 number used in ``year`` in this database (0: none yet)."""
    return _int(get_settings(ws.db).get(_last_key(year), "0"))


def notice_numbers(ws: Workspace, year: int, policy_id: int, period: str,
                   unit_ids: list[int]) -> dict[int, int]:
    """{unit id: number} of the notices of ``period`` issued in ``year``, as they would be
    numbered now (a preview: nothing is recorded)."""
    settings = get_settings(ws.db)
    return _plan(settings.get, year, policy_id, period, unit_ids)[0]


def use_notice_numbers(ws: Workspace, year: int, policy_id: int, period: str,
                       unit_ids: list[int]) -> dict[int, int]:
    """The numbers of :func:`notice_numbers`, the new ones recorded in the database settings
    in one logged action (none when every notice was numbered before)."""
    settings = get_settings(ws.db)
    numbers, new = _plan(settings.get, year, policy_id, period, unit_ids)
    if not new:
        return numbers
    first, last = min(new.values()), max(new.values())
    span = f"第{first}号" if first == last else f"第{first}–{last}号"
    with write_action(ws.db, ws.who, "notice_numbers",
                      f"催办通知单编号〔{year}〕{span}（{period}）") as act:

        def lookup(key: str) -> str | None:
            row = act.get("setting", key)
            return None if row is None else row["value"]

        if _plan(lookup, year, policy_id, period, unit_ids) != (numbers, new):
            raise TrackerError("db_busy", exit_code=2)  # written meanwhile: not ours to guess
        for unit_id, number in new.items():
            act.insert("setting", {"key": notice_key(year, policy_id, period, unit_id),
                                   "value": str(number)})
        key = _last_key(year)
        if act.get("setting", key) is None:
            act.insert("setting", {"key": key, "value": str(last)})
        else:
            act.update("setting", key, {"value": str(last)})
    return numbers
