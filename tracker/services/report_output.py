"""Writing the monthly summary and the 催办通知单 to files (the verbs behind `tracker report`,
`tracker remind` and the report window). PDF rendering imports Qt lazily."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.db.queries import get_policy, get_row, list_policies, list_units, load_catalog
from tracker.db.receipts import latest_receipts
from tracker.errors import TrackerError
from tracker.paths import distinct_name, fit_bytes, output_file, output_folder
from tracker.reports.document import Document
from tracker.reports.monthly_doc import ReportOptions, monthly_document
from tracker.reports.reminders import Notice, notice_document, notice_number, notices
from tracker.reports.summary import SECTIONS, MonthlySummary
from tracker.services.settings import notice_numbers, use_notice_numbers
from tracker.services.summaries import monthly_summary
from tracker.services.workspace import Workspace
from tracker.workdays import add_workdays

FORMATS = ("pdf", "docx", "xlsx")


@dataclass
class ReportRequest:
    period: str
    sections: tuple[str, ...] = SECTIONS
    unit_id: int | None = None
    task_seq: int | None = None
    detail_columns: tuple[str, ...] | None = None
    sign_off: bool = True
    issued: date | None = None


def build_monthly(ws: Workspace, policy_id: int, req: ReportRequest
                  ) -> tuple[MonthlySummary, Document]:
    bad = [s for s in req.sections if s not in SECTIONS]
    if bad:
        raise TrackerError("section_unknown", exit_code=2, sections="、".join(bad),
                           known="、".join(SECTIONS))
    summary = monthly_summary(ws, policy_id, req.period, unit_id=req.unit_id,
                              task_seq=req.task_seq)
    unit_name = None
    if req.unit_id is not None:
        row = get_row(ws.db, "unit", req.unit_id)
        unit_name = row["name"] if row else None
    task_label = None
    if req.task_seq is not None:
        match = next((t for seq, t, _ in summary.per_task if seq == req.task_seq), None)
        task_label = f"重点任务{req.task_seq}：{match}" if match else None
    options = ReportOptions(sections=tuple(req.sections), sign_off=req.sign_off,
                            issued=req.issued, unit_name=unit_name, task_label=task_label)
    if req.detail_columns:
        options.detail_columns = tuple(req.detail_columns)
    return summary, monthly_document(summary, options)


def write_document(doc: Document, fmt: str, path: Path, table_spec=None) -> Path:
    if fmt not in FORMATS:
        raise TrackerError("format_unknown", exit_code=2, fmt=fmt, known="、".join(FORMATS))
    path = output_file(path, (f".{fmt}",))
    if fmt == "pdf":
        from tracker.reports.render_pdf import render_pdf

        render_pdf(doc, path)
        return path
    if fmt == "docx":
        from tracker.reports.docx_out import render_docx

        return render_docx(doc, path)
    if fmt == "xlsx":
        from tracker.reports.summary_workbook import write_summary_workbook

        return write_summary_workbook(doc, table_spec, path)
    raise TrackerError("format_unknown", exit_code=2, fmt=fmt, known="、".join(FORMATS))


def write_monthly(ws: Workspace, policy_id: int, req: ReportRequest, fmt: str,
                  path: Path) -> Path:
    _, doc = build_monthly(ws, policy_id, req)
    spec = None
    if fmt == "xlsx":
        from tracker.services.exports import summary_spec

        spec = summary_spec(ws, policy_id, req.period, unit_id=req.unit_id,
                            task_seq=req.task_seq, issued=req.issued)
    return write_document(doc, fmt, path, spec)


def _reminders(ws: Workspace, policy_id: int, period: str
               ) -> tuple[MonthlySummary, list[tuple[int, Notice]]]:
    """The period's summary and (unit id, notice) for every unit with overdue, due-soon,
    missing or returned items, or a rejected file, in unit order. The office itself (the unit
    its name in the settings names, 市“双创”办) is not sent a notice from itself: its own items
    are in the monthly report; nor is a unit no longer in use (停用: dissolved or merged)."""
    summary = monthly_summary(ws, policy_id, period)
    catalog = load_catalog(ws.db, policy_id)
    office = catalog.resolve_unit(summary.office) or catalog.resolve_unit(
        re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", summary.office))  # 市“双创”办（示例数据）
    units = list_units(ws.db)
    names = {u["id"]: u["name"] for u in units}
    ids = {name: unit_id for unit_id, name in names.items()}
    gone = {u["id"] for u in units if not u["active"]}
    rejected: dict[str, list[str]] = {}
    for unit_id, r in latest_receipts(ws.db, policy_id, summary.period).items():
        if r["state"] in ("rejected", "wrong_file"):
            why = r["note"] or ("文件有误" if r["state"] == "wrong_file" else "无法读取")
            rejected.setdefault(names[unit_id], []).append(f"{r['file_name']}：{why.rstrip('。')}")
    return summary, [(ids[n.unit], n) for n in notices(summary, rejected)
                     if (office is None or ids[n.unit] != office.id) and ids[n.unit] not in gone]


def _documents(ws: Workspace, summary: MonthlySummary, found: list[tuple[int, Notice]],
               numbers: dict[int, int], issued: date) -> list[tuple[str, Document]]:
    settings = ws.settings()
    reply_by = add_workdays(max(issued, summary.due), 3)
    out = []
    for unit_id, n in found:
        n.number = notice_number(issued.year, numbers[unit_id])
        out.append((n.unit, notice_document(n, summary, reply_by=reply_by, issued=issued,
                                            contact=settings.get("office_contact", ""),
                                            phone=settings.get("office_phone", ""))))
    return out


def issue_reminders(ws: Workspace, policy_id: int, period: str,
                    issued: date | None = None) -> list[tuple[str, Document]]:
    """(unit name, 催办通知单) to send (write or print): the new numbers are recorded (one
    logged action) before the documents exist, so no notice shows a number given again."""
    if get_policy(ws.db, policy_id) is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    issued = issued or date.today()
    summary, found = _reminders(ws, policy_id, period)
    numbers = use_notice_numbers(ws, issued.year, policy_id, summary.period,
                                 [unit_id for unit_id, _ in found])
    return _documents(ws, summary, found, numbers, issued)


def reminder_documents(ws: Workspace, policy_id: int, period: str,
                       issued: date | None = None) -> list[tuple[str, Document]]:
    """(unit name, 催办通知单) for every unit with overdue, due-soon, missing or returned items,
    or a rejected file. A notice numbered before (same issue year, policy, period and unit)
    shows its number again, the others the next free numbers of the year; nothing is recorded
    here (a preview): ``write_reminders`` records the numbers it uses."""
    issued = issued or date.today()
    summary, found = _reminders(ws, policy_id, period)
    numbers = notice_numbers(ws, issued.year, policy_id, summary.period,
                             [unit_id for unit_id, _ in found])
    return _documents(ws, summary, found, numbers, issued)


def write_reminders(ws: Workspace, policy_id: int, period: str, out_dir: Path,
                    fmt: str = "pdf", issued: date | None = None) -> list[Path]:
    """Write the notices; each keeps the number it had (any format, window or command
    line), a unit's first notice of the period takes the next free number of the year. The
    new numbers are recorded (one logged action) before any file is written, so no file ever
    shows a number that could be given again."""
    if fmt not in ("pdf", "docx"):
        raise TrackerError("format_unknown", exit_code=2, fmt=fmt, known="pdf、docx")
    policy = get_policy(ws.db, policy_id)
    if policy is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    out_dir = output_folder(out_dir)
    from tracker.excel.template import safe_name_part
    from tracker.services.exports import file_label

    # with several policies, the policy in the name: one policy's letters never replace another's
    label = f"{safe_name_part(file_label(policy['short_title'] or policy['title']))}_" \
        if len(list_policies(ws.db)) > 1 else ""
    files = []
    taken: set[str] = set()
    for unit, doc in issue_reminders(ws, policy_id, period, issued):
        name = distinct_name(
            f"催办通知单_{label}{fit_bytes(safe_name_part(unit), 120)}_{period}.{fmt}", taken)
        files.append(write_document(doc, fmt, out_dir / name))
    return files
