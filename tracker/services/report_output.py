"""Writing the monthly summary and the 催办通知单 to files (the verbs behind `tracker report`,
`tracker remind` and the report window). PDF rendering imports Qt lazily."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.db.queries import get_policy, get_row, list_units
from tracker.db.receipts import latest_receipts
from tracker.errors import TrackerError
from tracker.paths import output_file, output_folder
from tracker.reports.document import Document
from tracker.reports.monthly_doc import ReportOptions, monthly_document
from tracker.reports.reminders import notice_document, notices
from tracker.reports.summary import SECTIONS, MonthlySummary
from tracker.services.settings import last_notice_number, use_notice_numbers
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


def reminder_documents(ws: Workspace, policy_id: int, period: str,
                       issued: date | None = None) -> list[tuple[str, Document]]:
    """(unit name, 催办通知单) for every unit with overdue, due-soon, missing or returned items,
    or a rejected file. Numbered from the next free number of the issue year; nothing is
    consumed here (a preview): ``write_reminders`` records the numbers it uses."""
    summary = monthly_summary(ws, policy_id, period)
    names = {u["id"]: u["name"] for u in list_units(ws.db)}
    rejected: dict[str, list[str]] = {}
    for unit_id, r in latest_receipts(ws.db, policy_id, summary.period).items():
        if r["state"] in ("rejected", "wrong_file"):
            why = r["note"] or ("文件有误" if r["state"] == "wrong_file" else "无法读取")
            rejected.setdefault(names[unit_id], []).append(f"{r['file_name']}：{why}")
    issued = issued or date.today()
    settings = ws.settings()
    reply_by = add_workdays(max(issued, summary.due), 3)
    out = []
    first = last_notice_number(ws, issued.year) + 1
    for n in notices(summary, rejected, issued.year, first):
        out.append((n.unit, notice_document(n, summary, reply_by=reply_by, issued=issued,
                                            contact=settings.get("office_contact", ""),
                                            phone=settings.get("office_phone", ""))))
    return out


def write_reminders(ws: Workspace, policy_id: int, period: str, out_dir: Path,
                    fmt: str = "pdf", issued: date | None = None) -> list[Path]:
    if fmt not in ("pdf", "docx"):
        raise TrackerError("format_unknown", exit_code=2, fmt=fmt, known="pdf、docx")
    if get_policy(ws.db, policy_id) is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    out_dir = output_folder(out_dir)
    from tracker.excel.template import safe_name_part

    issued = issued or date.today()
    files = []
    for unit, doc in reminder_documents(ws, policy_id, period, issued):
        name = f"催办通知单_{safe_name_part(unit)}_{period}.{fmt}"
        files.append(write_document(doc, fmt, out_dir / name))
    use_notice_numbers(ws, issued.year, len(files))  # only numbers on written notices count
    return files
