"""Shared test helpers: fresh workspaces and a whole-database snapshot for diffing."""

from __future__ import annotations

from pathlib import Path

from tracker.db.actions import LOGGED_TABLES
from tracker.services.workspace import Workspace, open_workspace


def fresh_ws(tmp_path: Path, name: str = "t.sqlite", who: str = "测试员") -> Workspace:
    return open_workspace(tmp_path / name, who=who, program="pytest")


def snapshot(ws: Workspace) -> dict[tuple[str, object], dict]:
    """Every user-data row keyed by (table, pk)."""
    snap = {}
    for table in LOGGED_TABLES:
        pk = "key" if table == "setting" else "id"
        for row in ws.db.query(f"SELECT * FROM [{table}]"):
            snap[(table, row[pk])] = dict(row)
    return snap


def diff(before: dict, after: dict) -> set[tuple]:
    """(table, pk, field, old, new) for every field that differs (None for absent rows)."""
    out = set()
    for key in before.keys() | after.keys():
        a, b = before.get(key), after.get(key)
        fields = (a or {}).keys() | (b or {}).keys()
        for f in fields:
            if f in ("id", "key"):
                continue
            old = a.get(f) if a else None
            new = b.get(f) if b else None
            if old != new:
                out.add((key[0], str(key[1]), f, old, new))
    return out


def logged_changes(ws: Workspace, since_id: int) -> set[tuple]:
    import json

    from tracker.db.actions import expand_changes

    rows = expand_changes([dict(r) for r in ws.db.query(
        "SELECT * FROM change_log WHERE id > ? ORDER BY id", [since_id])])
    net: dict[tuple, list] = {}
    for r in rows:
        key = (r["table_name"], str(r["row_id"]), r["field"])
        old = None if r["old"] is None else json.loads(r["old"])
        new = None if r["new"] is None else json.loads(r["new"])
        if key in net:
            net[key][1] = new
        else:
            net[key] = [old, new]
    return {(*k, o, n) for k, (o, n) in net.items() if o != n}


def max_change_id(ws: Workspace) -> int:
    return ws.db.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]


def template_sheet(path: Path):
    """An exported 填报表 opened for filling in: (workbook, sheet, header row, {header: column})."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    sheet = wb["填报表"]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "序号")
    cols = {sheet.cell(header, c).value: c for c in range(1, 20) if sheet.cell(header, c).value}
    return wb, sheet, header, cols
