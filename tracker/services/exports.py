"""Excel exports: per-unit templates (with the 'exported' receipt), the breakdown (分解表) and
the consolidated 汇总表 (.xlsx / .csv). Specs are built here from the database; the writers in
``tracker.excel`` never see the database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from tracker import __version__
from tracker.db.actions import now_iso, write_action
from tracker.db.exports_queries import policy_assignment_rows, reports_by_assignment
from tracker.db.queries import get_policy, list_units, measures
from tracker.deadlines import format_cn_date
from tracker.errors import TrackerError
from tracker.paths import distinct_name, output_file, output_folder
from tracker.periods import parse_period, period_end, period_label, prev_period
from tracker.services.status import period_counts, period_due
from tracker.services.workspace import Workspace

Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    units_without_assignments: list[str] = field(default_factory=list)


def template_specs(ws: Workspace, policy_id: int, period: str,
                   unit_ids: list[int] | None = None) -> tuple[list, list[str]]:
    from tracker.excel.specs import ReportFields, TemplateRow, TemplateSpec

    period = parse_period(period)
    pol = get_policy(ws.db, policy_id)
    if pol is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    last_day = period_end(period).isoformat()
    # an item closed (销号) by the period's end is no longer reported on
    rows = [r for r in policy_assignment_rows(ws.db, policy_id, unit_ids)
            if not (r["closed_date"] and r["closed_date"][:10] <= last_day)]
    current = reports_by_assignment(ws.db, policy_id, period)
    previous = reports_by_assignment(ws.db, policy_id, prev_period(period))
    due = format_cn_date(period_due(ws, period))
    by_unit: dict[int, list[dict]] = {}
    for r in rows:
        by_unit.setdefault(r["unit_id"], []).append(r)
    units = [u for u in list_units(ws.db) if unit_ids is None or u["id"] in unit_ids]
    specs, missing = [], []
    now = datetime.now()
    for u in units:
        if not u["active"] and unit_ids is None:
            continue  # a unit dissolved or merged gets no template unless named
        mine = by_unit.get(u["id"])
        if not mine:
            if unit_ids is not None or u["active"]:
                missing.append(u["name"])
            continue
        trows = []
        for r in mine:
            rep = current.get(r["assignment_id"])
            cur = ReportFields(rep["status"], rep["percent"], rep["progress"], rep["problems"],
                               rep["next_steps"], rep["extra"]) if rep else None
            last = previous.get(r["assignment_id"])
            trows.append(TemplateRow(
                task_seq=r["task_seq"], task_title=r["task_title"], measure_id=r["measure_id"],
                measure_code=r["measure_code"], measure_title=r["measure_title"],
                assignment_id=r["assignment_id"], role=r["role"],
                action_text=r["action_text"] or "", deadline_text=r["deadline_text"] or "",
                last_progress=(last or {}).get("progress") or "", current=cur))
        specs.append(TemplateSpec(
            policy_id=policy_id, policy_title=pol["title"], short_title=pol["short_title"],
            unit_id=u["id"], unit_name=u["name"], period=period,
            period_label=period_label(period), due_date_text=due, exported_at=now,
            app_version=__version__, rows=trows, file_label=file_label(pol["short_title"])))
    return specs, missing


def file_label(short_title: str) -> str:
    """双创升级版 from “双创”升级版若干意见: short enough for a file name."""
    label = short_title
    for quote in "“”\"'《》":
        label = label.replace(quote, "")
    for suffix in ("的若干意见", "若干意见", "的实施意见", "实施意见", "实施方案"):
        if label.endswith(suffix) and len(label) > len(suffix):
            return label[: -len(suffix)]
    return label


def export_templates(ws: Workspace, policy_id: int, period: str, out_dir: Path,
                     unit_ids: list[int] | None = None, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """One file per unit that holds assignments; the receipt register notes 'exported'."""
    from tracker.excel.template import template_filename, write_progress_template

    specs, missing = template_specs(ws, policy_id, period, unit_ids)
    out_dir = output_folder(out_dir)
    result = ExportResult(units_without_assignments=missing)
    taken: set[str] = set()  # two units whose names differ only in a replaced character
    for i, spec in enumerate(specs):
        if cancelled and cancelled():
            for f in result.files:
                f.unlink(missing_ok=True)
            raise TrackerError("cancelled")
        if progress:
            progress(i, len(specs), spec.unit_name)
        name = distinct_name(template_filename(spec), taken)
        result.files.append(write_progress_template(spec, out_dir / name))
    if specs:
        with write_action(ws.db, ws.who, "export_templates",
                          f"导出{period_label(specs[0].period)}填报模板 {len(specs)} 份") as act:
            for spec, path in zip(specs, result.files, strict=True):
                act.insert("receipt", {"unit_id": spec.unit_id, "policy_id": policy_id,
                                       "period": spec.period, "state": "exported",
                                       "file_name": path.name, "note": "", "batch_id": None,
                                       "at": now_iso()})
    if progress:
        progress(len(specs), len(specs), "")
    return result


def breakdown_spec(ws: Workspace, policy_id: int):
    from tracker.excel.specs import BreakdownAssignment, BreakdownMeasure, BreakdownSpec

    pol = get_policy(ws.db, policy_id)
    if pol is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    rows = policy_assignment_rows(ws.db, policy_id)
    by_measure: dict[int, list[dict]] = {}
    for r in rows:
        by_measure.setdefault(r["measure_id"], []).append(r)
    out = []
    for m in measures(ws.db, policy_id):
        assigns = tuple(BreakdownAssignment(r["assignment_id"], r["unit_id"], r["unit_name"],
                                            r["role"], r["action_text"] or "",
                                            r["deadline_text"] or "")
                        for r in by_measure.get(m["id"], []))
        out.append(BreakdownMeasure(m["task_seq"], m["task_title"], m["id"], m["code"],
                                    m["title"], assigns))
    return BreakdownSpec(policy_id, pol["title"], pol["short_title"], datetime.now(),
                         __version__, out)


def export_breakdown(ws: Workspace, policy_id: int, path: Path) -> Path:
    from tracker.excel.breakdown import write_breakdown

    return write_breakdown(breakdown_spec(ws, policy_id), Path(path))


def summary_spec(ws: Workspace, policy_id: int, period: str, unit_id: int | None = None,
                 task_seq: int | None = None, issued: date | None = None):
    """The 汇总表 rows: status and percent are the judged ones (the same `tracker status`
    counts: this period's report, else the last accepted one carried forward; a report
    returned for rework gives none and is marked 已退回 with its note). ``issued``: the date
    printed as 制表时间 (default: now)."""
    from tracker.excel.specs import SummaryRow, SummaryTableSpec
    from tracker.reports.summary import (
        RETURNED,
        closed_label,
        deadline_label,
        returned_label,
        returned_text,
    )

    period = parse_period(period)
    pol = get_policy(ws.db, policy_id)
    if pol is None:
        raise TrackerError("policy_missing", policy_id=policy_id)
    counts = period_counts(ws, policy_id, period, unit_id=unit_id, task_seq=task_seq,
                           with_texts=True)
    current = reports_by_assignment(ws.db, policy_id, period)
    rows = []
    for s, j in counts.judged:
        rep = current.get(s.assignment_id)
        returned = rep is not None and rep["review_state"] == RETURNED
        note = ((rep or {}).get("review_note") or "").strip()
        if rep is None:
            state = "未报送" if j.not_reported else ""
        elif returned:  # counted 未报送 unless the item is done (lights), and said so
            state = returned_label(note) + ("，按未报送计" if j.not_reported else "")
        else:
            when = rep["reported_date"]
            state = f"已报送（{int(when[5:7])}月{int(when[8:10])}日）" if when else "已报送"
            if j.reported_late:
                state += "，迟报"
        texts = (s.progress, s.problems, s.next_steps)
        if returned:  # the returned text, shown as such; the note is in 报送情况
            texts = tuple(returned_text(t) for t in texts)
        progress, problems, next_steps = texts
        if j.closed:
            state = "；".join(x for x in (state, closed_label(s.closed_date)) if x)
        rows.append(SummaryRow(
            task_seq=s.task_seq, task_title=s.task_title, measure_id=s.measure_id,
            measure_code=s.measure_code, measure_title=s.measure_title, unit_id=s.unit_id,
            unit_name=s.unit_name, role=s.role,
            deadline_text=deadline_label(s.deadline_text, s.original_deadline_text),
            status=j.status.value, percent=s.percent,
            progress=progress, problems=problems, next_steps=next_steps,
            extra=(rep or {}).get("extra") or "", report_state=state, overdue=j.overdue))
    exported = datetime.combine(issued, datetime.now().time()) if issued else datetime.now()
    return SummaryTableSpec(policy_id, pol["title"], pol["short_title"], period,
                            period_label(period), exported, __version__, rows,
                            compiler=ws.settings().get("office_name", ""))


def export_summary(ws: Workspace, policy_id: int, period: str, path: Path) -> Path:
    from tracker.excel.summary_flat import write_summary_csv
    from tracker.excel.summary_xlsx import write_summary_table

    path = output_file(path, (".xlsx", ".csv"))
    spec = summary_spec(ws, policy_id, period)
    if path.suffix.lower() == ".csv":
        return write_summary_csv(spec, path)
    return write_summary_table(spec, path)
