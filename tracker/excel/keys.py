"""The hidden ``_tracker_keys`` sheet of our own templates (docs/EXCEL_PROTOCOL.md, format version 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tracker.excel.guards import fail
from tracker.excel.read import CellValue, cell_text

FORMAT_VERSION = 1
_INT_KEYS = ("format_version", "policy_id", "unit_id")
_ROW_KEYS = ("measure_code", "measure_id", "assignment_id", "unit_id")


@dataclass
class KeyRow:
    measure_code: str
    measure_id: int | None
    assignment_id: int | None
    unit_id: int | None


@dataclass
class TemplateKeys:
    format_version: int | None = None
    kind: str = ""
    policy_id: int | None = None
    policy_title: str = ""
    unit_id: int | None = None
    unit_name: str = ""
    period: str = ""
    exported_at: str = ""
    app_version: str = ""
    rows: list[KeyRow] = field(default_factory=list)

    def codes(self) -> list[str]:
        return [r.measure_code for r in self.rows]

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in (
            "format_version", "kind", "policy_id", "policy_title", "unit_id", "unit_name",
            "period", "exported_at", "app_version")} | {
            "rows": [r.__dict__.copy() for r in self.rows]}


def _int(value: CellValue) -> int | None:
    if type(value) is int:  # what the reader gives for a whole number
        return value
    text = cell_text(value)
    try:
        return int(float(text)) if text else None
    except (ValueError, OverflowError):  # "abc", or 1e309 (inf) in a damaged key sheet
        return None


def read_keys(path: Path, rows: list[list[CellValue]], kind: str = "progress") -> TemplateKeys:
    """Parse the A/B pairs, then the assignment table under its header row. Refuses a newer
    format version and a workbook of another kind than ``kind`` (a breakdown given as a
    progress return, or the other way round)."""
    keys = TemplateKeys()
    i = 0
    while i < len(rows):
        row = rows[i]
        name = cell_text(row[0]) if row else ""
        if not name:
            i += 1
            if any(cell_text(v) for v in row):
                continue
            if keys.kind:
                break  # the blank row before the table
            continue
        if name == "measure_code":
            break
        value = row[1] if len(row) > 1 else None
        if name in _INT_KEYS:
            setattr(keys, name, _int(value))
        elif hasattr(keys, name) and name != "rows":
            setattr(keys, name, cell_text(value))
        i += 1
    while i < len(rows) and cell_text(rows[i][0] if rows[i] else None) != "measure_code":
        i += 1
    if i < len(rows):
        header = [cell_text(v) for v in rows[i]]
        idx = {k: header.index(k) for k in _ROW_KEYS if k in header}
        for row in rows[i + 1:]:
            def get(k: str, row: list[CellValue] = row) -> CellValue:
                j = idx.get(k)
                return row[j] if j is not None and j < len(row) else None
            code = cell_text(get("measure_code"))
            if code:
                keys.rows.append(KeyRow(code, _int(get("measure_id")), _int(get("assignment_id")),
                                        _int(get("unit_id"))))
    if keys.format_version is not None and keys.format_version > FORMAT_VERSION:
        raise fail("template_newer", path, version=keys.format_version)
    if keys.kind and keys.kind != kind:
        raise fail("template_kind" if kind == "progress" else "breakdown_kind", path,
                   kind=keys.kind)
    return keys
