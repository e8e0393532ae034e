"""What reading one returned file produces: plain, JSON-friendly records (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tracker.deadlines import NO_DEADLINE, Deadline
from tracker.errors import Problem


def render_problem(p: Problem) -> str:
    """The sentence for a problem from the merged table (``tracker.messages``), else ours."""
    try:
        return p.message()
    except Exception:  # the merged table is not there (or broken): our own sentences
        from tracker.excel.messages_zh import render

        return render(p.code, **p.data)


def problem_json(p: Problem) -> dict[str, str]:
    return {"code": p.code, "message": render_problem(p)}


@dataclass
class ParsedRow:
    sheet: str | None  # None for CSV
    row: int  # 1-based sheet row; CSV: record number
    unit_id: int | None = None
    unit: str | None = None  # catalog name
    unit_as_written: str = ""
    measure_id: int | None = None
    measure: str | None = None  # code "2.3"
    measure_as_written: str = ""
    confidence: float = 0.0
    status: str | None = None  # one of the four Status values
    status_as_written: str = ""
    percent: int | None = None
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    extra: str = ""  # 备注 as written, then "列名：值" lines of other kept columns
    deadline: Deadline = NO_DEADLINE
    action_text: str = ""  # 本单位具体举措 when the sheet has that column
    hidden: bool = False
    warnings: list[Problem] = field(default_factory=list)
    # report fields the file does not give (no such column) or gives unreadably (an unknown
    # status word, a percent that is not 0–100): an existing report keeps its value for them
    keep_fields: tuple[str, ...] = ()
    # False for a row of our template that only changes 本单位具体举措: the assignment's text
    # is updated, no report is written (the measure stays 未填报)
    reported: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        dl = self.deadline
        return {
            "unit": self.unit, "measure": self.measure,
            "status": str(self.status) if self.status is not None else None,
            "percent": self.percent, "progress": self.progress, "problems": self.problems,
            "next_steps": self.next_steps, "extra": self.extra,
            "deadline": {"as_written": dl.as_written, "kind": str(dl.kind),
                         "date": dl.date.isoformat() if dl.date else None},
            "sheet": self.sheet, "row": self.row, "confidence": self.confidence,
            "warnings": [problem_json(w) for w in self.warnings],
        }


@dataclass
class Skipped:
    """A file in a folder that is not read: lock files, Word/PDF/images (enter by hand)."""

    path: Path
    code: str  # skip_lock_file / skip_not_importable / skip_unknown_type / skip_broken_link
    kind: str = ""  # "Word 文档", "PDF 文件", …


@dataclass
class ParsedFile:
    path: str
    sha256: str = ""
    outcome: str = "ok"  # ok / error / skipped
    error: Problem | None = None  # the reason for error or skipped
    unit_id: int | None = None  # the file's unit when all its rows have one unit
    unit: str | None = None
    period: str | None = None  # "YYYY-MM"
    period_source: str | None = None  # argument / template / title / sheet_name / file_name
    reported_date: date | None = None  # 填报日期 written in the file
    contact: str = ""  # who filled it in and their phone, as the sign-off lines say
    is_our_template: bool = False
    template_keys: dict[str, Any] | None = None
    format: str | None = None  # xlsx / xls / ods / csv
    encoding: str | None = None  # CSV only
    warnings: list[Problem] = field(default_factory=list)
    rows: list[ParsedRow] = field(default_factory=list)

    @property
    def message(self) -> str | None:
        return render_problem(self.error) if self.error else None

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "outcome": self.outcome, "message": self.message,
            "unit": self.unit, "period": self.period,
            "warnings": [problem_json(w) for w in self.warnings],
            "rows": [r.to_json_dict() for r in self.rows],
        }
