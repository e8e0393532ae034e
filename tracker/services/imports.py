"""Importing returned workbooks: preview (nothing written) → accept (one transaction and one
import batch per file, every field change logged) → undo a batch (itself logged).

Data flows one way: files → ``tracker.excel`` (parse) → this preview → the database.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tracker.catalog import Catalog
from tracker.db.actions import now_iso, set_action_batch, write_action
from tracker.db.imports_queries import (
    batch_action,
    batch_for_unit_period,
    batches,
    find_batch_by_sha,
    get_batch,
    later_batches_touching,
    reports_of_period,
    reports_on_created_assignments,
)
from tracker.db.queries import find_assignment, find_report, get_row, load_catalog
from tracker.deadlines import format_cn_date, format_cn_datetime
from tracker.errors import Problem, TrackerError
from tracker.excel.results import ParsedFile, ParsedRow, problem_json
from tracker.paths import shown_name
from tracker.periods import parse_period, period_end, period_label
from tracker.services import history
from tracker.services.assignments import assignment_values
from tracker.services.reports import ReportInput, new_report_row, write_report_in
from tracker.services.units import add_alias_in
from tracker.services.workspace import Workspace

CONTENT = ("status", "percent", "progress", "problems", "next_steps", "extra")
PAUSE_ENV = "TRACKER_TEST_PAUSE_IN_WRITE"


@dataclass
class PreviewRow:
    parsed: ParsedRow
    assignment_id: int | None
    change: str  # new / update / same / unassigned / low_confidence / no_measure / no_unit
    old: dict
    new: dict
    include: bool
    action_text_change: tuple[str, str] | None = None
    warnings: list[Problem] = field(default_factory=list)

    @property
    def all_warnings(self) -> list[Problem]:
        return [*self.parsed.warnings, *self.warnings]


@dataclass
class FilePreview:
    parsed: ParsedFile
    policy_id: int
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    batch_id: int | None = None
    result: str = ""  # after accept: written / unchanged / not_writable / error
    receipt_period: str | None = None  # a file not read: the month its receipt is noted for

    @property
    def outcome(self) -> str:
        return self.parsed.outcome

    @property
    def all_warnings(self) -> list[Problem]:
        return [*self.parsed.warnings, *self.warnings]

    def changes(self, create_assignments: bool = False) -> list[PreviewRow]:
        return [r for r in self.rows if r.include and (
            r.change in ("new", "update") or r.change == "unassigned" and create_assignments)]

    def to_json_dict(self) -> dict:
        d = self.parsed.to_json_dict()
        d["batch_id"] = self.batch_id
        d["warnings"] = [problem_json(w) for w in self.all_warnings]
        for jr, pr in zip(d["rows"], self.rows, strict=True):
            jr["warnings"] = [problem_json(w) for w in pr.all_warnings]
            jr["change"] = pr.change
            if pr.action_text_change:  # a retyped 本单位具体举措, applied to the assignment
                jr["action_text"] = {"old": pr.action_text_change[0],
                                     "new": pr.action_text_change[1]}
        if d["outcome"] != "ok" and not d.get("message"):
            d["message"] = d["outcome"]
        return d


@dataclass
class ImportPreview:
    files: list[FilePreview]


# ------------------------------------------------------------------ preview


FIELD_LABELS = {"status": "完成状态", "percent": "完成进度", "progress": "进展情况",
                "problems": "存在问题", "next_steps": "下步计划", "extra": "备注"}


def _keep_existing(row: ParsedRow, old: dict, new: dict) -> dict:
    """Fields the file does not give (or gives unreadably) keep the existing report's value;
    extra text the file brings anyway (e.g. an unreadable status word) is added to it."""
    new = dict(new)
    for k in row.keep_fields:
        if k == "extra":
            kept = old.get("extra") or ""
            new["extra"] = kept if not row.extra or row.extra in kept else \
                "\n".join(x for x in (kept, row.extra) if x)
        else:
            new[k] = old.get(k)
    return new


def _content(row: ParsedRow) -> dict:
    return {"status": row.status, "percent": row.percent, "progress": row.progress,
            "problems": row.problems, "next_steps": row.next_steps, "extra": row.extra}


class _Lookup:
    """The policy's assignments and each period's reports, read once per preview."""

    def __init__(self, ws: Workspace, policy_id: int) -> None:
        from tracker.db.imports_queries import policy_assignments

        self.ws, self.policy_id = ws, policy_id
        self.by_pair = {(a["measure_id"], a["unit_id"]): a
                        for a in policy_assignments(ws.db, policy_id)}
        self._reports: dict[str, dict[int, dict]] = {}

    def report(self, assignment_id: int, period: str) -> dict | None:
        if period not in self._reports:
            from tracker.db.imports_queries import period_reports

            self._reports[period] = period_reports(self.ws.db, self.policy_id, period)
        return self._reports[period].get(assignment_id)


def preview_file(ws: Workspace, parsed: ParsedFile, policy_id: int,
                 lookup: _Lookup | None = None) -> FilePreview:
    fp = FilePreview(parsed, policy_id)
    if parsed.outcome != "ok":
        return fp
    if parsed.period is None:
        parsed.outcome = "error"
        parsed.error = Problem("period_unknown", {"file": Path(parsed.path).name})
        parsed.rows = []
        return fp
    other = next((w for w in parsed.warnings if w.code == "template_other_policy"), None)
    if other is not None:  # another policy's template: never written, whatever --yes says
        parsed.outcome, parsed.error, parsed.rows = "error", other, []
        return fp
    lookup = lookup or _Lookup(ws, policy_id)
    when = _PeriodFacts(parsed.period)
    for row in parsed.rows:
        fp.rows.append(_preview_row(row, when, lookup))
    _hold_over_own_reports(fp, lookup, when.period)
    if parsed.reported_date is None and any(r.parsed.reported
                                            for r in fp.changes(create_assignments=True)):
        from tracker.periods import due_date

        due = due_date(parsed.period, ws.setting_int("report_due_day"))
        if date.today() > due:  # the import day stands in for the date it was sent
            fp.warnings.append(Problem("reported_date_assumed", {
                "file": Path(parsed.path).name, "today": format_cn_date(date.today()),
                "due": format_cn_date(due)}))
    earlier = find_batch_by_sha(ws.db, parsed.sha256)
    if earlier is not None:
        fp.warnings.append(Problem("already_imported", {
            "file": Path(parsed.path).name, "batch": earlier["id"], "at": format_cn_datetime(earlier["at"])}))
    elif parsed.is_our_template and parsed.unit_id is not None:
        same_period = batch_for_unit_period(ws.db, policy_id, parsed.unit_id, parsed.period)
        if same_period is not None:  # a second template of that unit and month: wrong file?
            fp.warnings.append(Problem("template_already_imported", {
                "file": Path(parsed.path).name, "unit": parsed.unit, "period": parsed.period,
                "batch": same_period["id"], "other": same_period["file_name"]}))
    if fp.rows and not fp.changes(create_assignments=True):
        waiting = sum(r.change != "same" for r in fp.rows)  # no unit / measure, or doubtful
        if waiting:
            fp.warnings.append(Problem("nothing_writable_yet", {"file": Path(parsed.path).name,
                                                                "rows": waiting}))
        else:
            fp.warnings.append(Problem("nothing_changes", {"file": Path(parsed.path).name}))
    return fp


class _PeriodFacts:
    """The period and what every row's checks ask of it, worked out once per file."""

    def __init__(self, period: str) -> None:
        self.period = period
        self.end = period_end(period).isoformat()
        self.label = period_label(period)


def _preview_row(row: ParsedRow, when: _PeriodFacts, lookup: _Lookup) -> PreviewRow:
    new = _content(row)
    if row.unit_id is None:
        return PreviewRow(row, None, "no_unit", {}, new, False)
    if row.measure_id is None:
        return PreviewRow(row, None, "no_measure", {}, new, False)
    low = any(w.code == "low_confidence" for w in row.warnings)
    twice = any(w.code == "measure_twice" for w in row.warnings)  # waits for the user's pick
    a = lookup.by_pair.get((row.measure_id, row.unit_id))
    if a is None:
        pr = PreviewRow(row, None, "low_confidence" if low else "unassigned", {}, new,
                        not low and not twice)
        pr.warnings.append(Problem("row_unassigned", {"unit": row.unit, "code": row.measure}))
        return pr
    existing = lookup.report(a["id"], when.period)
    old = {k: existing[k] for k in CONTENT} if existing else {}
    if not row.reported:  # only 本单位具体举措 changes: the report is left as it is
        new = dict(old)
    elif existing is not None:
        new = _keep_existing(row, old, new)
    if not row.reported:
        change = "same"
    elif existing is None:
        change = "new"
    elif all(old[k] == new[k] for k in CONTENT):
        change = "same"
    else:
        change = "update"
    pr = PreviewRow(row, a["id"], "low_confidence" if low else change, old, new,
                    not low and not twice)
    if row.action_text and row.action_text != (a["action_text"] or ""):
        pr.action_text_change = (a["action_text"] or "", row.action_text)
        pr.warnings.append(Problem("action_text_changed", {
            "code": row.measure, "unit": row.unit, "old": a["action_text"] or "（空）",
            "new": row.action_text}))
        if pr.change == "same":
            pr.change = "update"
    cleared = [FIELD_LABELS[k] for k in CONTENT
               if old.get(k) not in (None, "") and new.get(k) in (None, "")] if old else []
    if cleared and pr.change == "update":
        pr.warnings.append(Problem("fields_cleared", {"code": row.measure, "unit": row.unit,
                                                      "fields": "、".join(cleared)}))
    if a["start_date"] and when.end < a["start_date"][:10]:
        pr.warnings.append(Problem("period_before_start", {
            "code": row.measure, "unit": row.unit, "period": when.label,
            "start": format_cn_date(date.fromisoformat(a["start_date"][:10]))}))
    written = row.deadline.as_written
    if written and written != (a["deadline_text"] or ""):
        pr.warnings.append(Problem("deadline_changed", {
            "code": row.measure, "unit": row.unit, "old": a["deadline_text"], "new": written}))
    return pr


def _hold_over_own_reports(fp: FilePreview, lookup: _Lookup, period: str) -> None:
    """A row for another unit than the file's own (a department's summary with a sheet per
    district, a table listing several units) that would change a report the unit sent itself
    (imported from its own file, or typed in from its call) waits for the user: the unit's own
    report wins, as it does between the files of one import."""
    for pr in fp.rows:
        row = pr.parsed
        if pr.change != "update" or pr.assignment_id is None or row.unit_id == fp.parsed.unit_id:
            continue
        existing = lookup.report(pr.assignment_id, period)
        if existing is None or existing["source"] == "import" \
                and existing["batch_unit_id"] != row.unit_id:
            continue  # written by another compiled file: the later one may replace it
        pr.include = False
        source = (f"“{shown_name(existing['batch_file'])}”" if existing["source"] == "import"
                  else "录入")
        pr.warnings.append(Problem("own_report_kept", {
            "unit": row.unit, "code": row.measure, "source": source}))


def preview_paths(ws: Workspace, paths: Iterable[str | Path], period: str | None = None,
                  policy_id: int | None = None,
                  progress: Callable[[int, int, str], None] | None = None) -> ImportPreview:
    """Read every file (folders expanded) and compare with the database; writes nothing."""
    from tracker.excel.parse import given_file, parse_file, scan_folder, skipped_file
    from tracker.excel.readahead import read_ahead
    from tracker.excel.results import Skipped
    from tracker.services.status import resolve_policy

    pid = policy_id or resolve_policy(ws)["id"]
    catalog = load_catalog(ws.db, pid)
    items: list = []
    for p in map(Path, paths):
        items.extend(scan_folder(p, recursive=True) if p.is_dir() else [given_file(p)])
    files = []
    lookup = _Lookup(ws, pid)
    if period:
        parse_period(period)  # a bad --period is refused before any file is read
    # a cancel (raised by ``progress``) closes the reads at once, not when the traceback goes
    with closing(read_ahead(items, wanted=lambda it: None if isinstance(it, Skipped) else it)
                 ) as ahead:
        for i, (item, load) in enumerate(ahead):
            if progress:
                progress(i, len(items), str(getattr(item, "path", item)))
            if load is None:
                files.append(FilePreview(skipped_file(item), pid))
                continue
            parsed = parse_file(item, catalog, period, load=load)
            files.append(preview_file(ws, parsed, pid, lookup))
    if progress:
        progress(len(items), len(items), "")
    _same_run_warnings(files, given_period=period)
    _name_unread(files, catalog, period)
    return ImportPreview(files)


def _name_unread(files: list[FilePreview], catalog: Catalog, given: str | None) -> None:
    """A file that could not be read (a broken workbook) or is not a spreadsheet (a Word
    report to enter by hand) still names its sender, often its month, in its file name: the
    receipt register can then note that it came. The month: the one given, else the name's,
    else the month most files of this import report."""
    from tracker.excel.match import find_period, unit_in_name

    months = Counter(fp.parsed.period for fp in files if fp.outcome == "ok" and fp.parsed.period)
    main = months.most_common(1)[0][0] if months else None
    for fp in files:
        code = fp.parsed.error.code if fp.parsed.error is not None else ""
        if not (fp.outcome == "error" or code == "skip_not_importable"):
            continue
        stem = shown_name(Path(fp.parsed.path).stem)
        if fp.parsed.unit_id is None and (unit := unit_in_name(catalog, stem)) is not None:
            fp.parsed.unit_id, fp.parsed.unit = unit.id, unit.name
        fp.receipt_period = (fp.parsed.period or given
                             or find_period([("file_name", stem)]).period or main)


# A file carrying one of these warnings may be the wrong file: the window leaves it unticked.
WRONG_FILE = frozenset({
    "period_mismatch", "template_other_unit", "template_already_imported", "already_imported",
    "period_differs", "same_file_twice", "template_twice", "template_period_differs"})


def looks_wrong(fp: FilePreview) -> bool:
    return any(w.code in WRONG_FILE for w in fp.all_warnings)


def _same_run_warnings(files: list[FilePreview], given_period: str | None) -> None:
    """What only the files of one import together show: the same file twice, two templates of
    one unit and month, and (no period given) a file of a month that few files have when most
    files have another (last month's file among this month's returns)."""
    ok = [fp for fp in files if fp.outcome == "ok"]
    by_sha: dict[str, str] = {}
    by_template: dict[tuple[int, str], str] = {}
    for fp in ok:
        p = fp.parsed
        name = Path(p.path).name
        if p.sha256 in by_sha:
            fp.warnings.append(Problem("same_file_twice", {"file": name,
                                                          "other": by_sha[p.sha256]}))
        else:
            by_sha[p.sha256] = name
        if p.is_our_template and p.unit_id is not None and p.period:
            key = (p.unit_id, p.period)
            if key in by_template and not any(w.code == "same_file_twice" for w in fp.warnings):
                fp.warnings.append(Problem("template_twice", {
                    "file": name, "other": by_template[key], "unit": p.unit,
                    "period": period_label(p.period)}))
            by_template.setdefault(key, name)
    _same_measure_in_two_files(ok)
    periods = [fp.parsed.period for fp in ok if fp.parsed.period]
    if given_period or len(set(periods)) < 2:
        return
    counted = Counter(periods)
    main = max(counted, key=lambda p: (counted[p], p))  # the most files; a tie: the latest
    for fp in ok:  # a month with a third or less of the main month's files stands out
        p = fp.parsed.period
        if p and p != main and counted[p] * 3 <= counted[main]:
            fp.warnings.append(Problem("period_differs", {
                "file": Path(fp.parsed.path).name, "period": period_label(fp.parsed.period),
                "main": period_label(main), "count": counted[main], "main_period": main}))


def _same_measure_in_two_files(files: list[FilePreview]) -> None:
    """A unit's measure reported differently in two files of one import (a department's
    summary with a sheet per unit, and the unit's own return): each row says so. The unit's own
    returns are written (several in file order, as before); rows of files compiled by others
    then wait, and with no own return none is written (the user ticks one)."""
    twice = {"same_file_twice", "template_twice"}
    seen: dict[tuple[int, int, str], list[tuple[FilePreview, PreviewRow]]] = {}
    for fp in files:
        if any(w.code in twice for w in fp.warnings):
            continue
        for pr in fp.rows:
            row = pr.parsed
            if row.unit_id is None or row.measure_id is None or not row.reported:
                continue
            seen.setdefault((row.unit_id, row.measure_id, fp.parsed.period or ""), []).append((fp, pr))
    for found in seen.values():
        if len({id(fp) for fp, _ in found}) < 2 or len({_said(pr.parsed) for _, pr in found}) < 2:
            continue
        own = [pr for fp, pr in found if fp.parsed.unit_id == pr.parsed.unit_id]
        for fp, pr in found:
            others = "、".join(f"“{Path(o.parsed.path).name}”第 {opr.parsed.row} 行"
                              for o, opr in found if o is not fp)
            mine = any(pr is o for o in own)
            if any(w.code == "own_report_kept" for w in pr.warnings):
                continue  # held already: the unit's own report, already in, wins
            if mine:  # the unit's own returns win over a compiled file, in file order
                decision = "kept" if len(own) == 1 else "in_order"
            else:
                decision = "held_own" if own else "held"
                pr.include = False
            pr.warnings.append(Problem("measure_in_other_file", {
                "unit": pr.parsed.unit, "code": pr.parsed.measure, "others": others,
                "decision": SAME_MEASURE_DECISIONS[decision]}))


SAME_MEASURE_DECISIONS = {
    "kept": "以本单位自己报送的文件为准，此行导入",
    "in_order": "本单位的几份文件按顺序写入，后写入的覆盖先写入的栏目，请核对",
    "held_own": "以本单位自己报送的文件为准，此行默认不导入（可勾选）",
    "held": "无法判断以哪一份为准，此行默认不导入，请勾选要导入的一行",
}


def _said(row: ParsedRow) -> tuple:
    return (row.status, row.percent, row.progress, row.problems, row.next_steps)


# ------------------------------------------------------------------ accept


def _pause_if_asked(done: int, total: int, write_so_far: Callable[[], None]) -> None:
    if done != max(1, total // 2):
        return
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        write_so_far()  # half of the rows are in the database, inside the transaction
        print("paused-in-write", file=sys.stderr, flush=True)
        time.sleep(float(seconds))


class _Unchanged(Exception):
    """Raised inside an import's transaction to drop it: nothing in the file changes anything."""


def accept_file(ws: Workspace, fp: FilePreview, create_assignments: bool = False,
                cancelled: Callable[[], bool] | None = None) -> int | None:
    """Write one previewed file in one transaction as one import batch. Returns the batch id,
    or None when nothing changes (the same content imported again changes nothing).

    Each row is compared with the report as it is now, not as it was at the preview: an
    earlier file of the same import may have written it since (two returns of one unit in one
    folder, or the same file twice). Fields this file does not give keep what that file wrote;
    a row that says what is already there writes nothing; a file that changes nothing leaves
    no batch, as when it is imported again later."""
    if fp.outcome != "ok":
        raise TrackerError("import_file_not_ok", file=Path(fp.parsed.path).name)
    todo = fp.changes(create_assignments)
    if not todo:  # everything is there already, or no row can be written as it stands
        fp.result = "empty" if not fp.rows else "unchanged" if all(
            r.change == "same" for r in fp.rows) else "not_writable"
        return None
    try:
        batch = _write_file(ws, fp, todo, cancelled)
    except _Unchanged:
        fp.result = "unchanged"
        if not any(w.code == "nothing_changes" for w in fp.warnings):
            fp.warnings.append(Problem("nothing_changes", {"file": Path(fp.parsed.path).name}))
        return None
    fp.batch_id = batch
    fp.result = "written"
    return batch


def _write_file(ws: Workspace, fp: FilePreview, todo: list[PreviewRow],
                cancelled: Callable[[], bool] | None) -> int:
    parsed = fp.parsed
    period = parsed.period
    reported = parsed.reported_date or date.today()
    name = shown_name(Path(parsed.path).name)
    with write_action(ws.db, ws.who, "import", f"导入：{name}") as act:
        counts: dict = {"new": 0, "update": 0, "assignments_created": 0, "rows": len(todo)}
        if parsed.contact:  # who to call back about this file
            counts["contact"] = parsed.contact
        batch = act.insert("import_batch", {
            "kind": "progress", "file_name": name, "file_path": shown_name(str(parsed.path)),
            "sha256": parsed.sha256, "unit_id": parsed.unit_id, "policy_id": fp.policy_id,
            "period": period, "at": now_iso(), "who": ws.who, "counts": "{}"})
        set_action_batch(act, batch)
        units = set()
        # the period's reports of these assignments as they are now (content fields only)
        current = {aid: {k: r[k] for k in CONTENT} for aid, r in reports_of_period(
            ws.db, [pr.assignment_id for pr in todo if pr.assignment_id is not None],
            period).items()}
        # New reports (the usual case) are inserted together; an existing one is overwritten
        # field by field.
        pending: dict[int, dict] = {}
        stamp = now_iso()

        def write_pending() -> None:
            act.insert_many("report", list(pending.values()))
            pending.clear()

        for done, pr in enumerate(todo, start=1):
            if cancelled and cancelled():
                raise TrackerError("cancelled")
            aid = pr.assignment_id
            if aid is None:  # the preview may predate an assignment made meanwhile
                found = find_assignment(ws.db, pr.parsed.measure_id, pr.parsed.unit_id)
                aid = found["id"] if found else None
            if aid is None:
                values = assignment_values(ws, pr.parsed.measure_id, pr.parsed.unit_id, "责任",
                                           pr.parsed.deadline.as_written,
                                           pr.parsed.action_text)
                aid = act.insert("assignment", values)
                counts["assignments_created"] += 1
            elif pr.action_text_change and act.update(
                    "assignment", aid, {"action_text": pr.action_text_change[1]}):
                counts["actions"] = counts.get("actions", 0) + 1
            units.add(pr.parsed.unit_id)
            _pause_if_asked(done, len(todo), write_pending)
            if not pr.parsed.reported:  # a new 本单位具体举措 only; nothing reported
                continue
            if aid != pr.assignment_id and aid not in current:  # an assignment made meanwhile
                found_report = find_report(ws.db, aid, period)
                if found_report is not None:
                    current[aid] = {k: found_report[k] for k in CONTENT}
            old = current.get(aid)
            new = pr.new
            if old != (pr.old or None):  # written since the preview, by an earlier file
                new = _keep_existing(pr.parsed, old, _content(pr.parsed)) if old else \
                    _content(pr.parsed)
            if old is not None and all(old[k] == new[k] for k in CONTENT):
                continue  # says what is there already
            data = ReportInput(reported_date=reported, **new)
            if aid in pending:  # the same unit and measure twice in one file: the later wins
                write_pending()
            if old is not None:
                _, changed = write_report_in(act, aid, period, data, "import", batch)
                counts["update"] += bool(changed)
            else:
                pending[aid] = new_report_row(aid, period, data, "import", batch, stamp)
                counts["new"] += 1
            current[aid] = {k: new[k] for k in CONTENT}
        write_pending()
        if not (counts["new"] or counts["update"] or counts["assignments_created"]
                or counts.get("actions")):
            raise _Unchanged
        for unit_id in sorted(u for u in units if u is not None):
            act.insert("receipt", {"unit_id": unit_id, "policy_id": fp.policy_id,
                                   "period": period, "state": "imported", "file_name": name,
                                   "note": parsed.contact, "batch_id": batch, "at": now_iso()})
        import json

        act.update("import_batch", batch, {"counts": json.dumps(counts, ensure_ascii=False)})
    return batch


def wrong_file_reason(fp: FilePreview) -> str:
    """The file's "wrong file?" warnings as one short phrase (empty when it has none)."""
    from tracker.excel.messages_zh import WRONG_FILE_REASONS
    from tracker.messages import readable

    parts = []
    for w in fp.all_warnings:
        if w.code not in WRONG_FILE:
            continue
        try:
            parts.append(WRONG_FILE_REASONS[w.code].format(**readable(w.data)))
        except (KeyError, IndexError, ValueError):  # a code or field added later: say it all
            parts.append(w.message().rstrip("。？?"))
    return "；".join(dict.fromkeys(parts))


def record_refusals(ws: Workspace, refused: Iterable[FilePreview],
                    taken: Iterable[FilePreview] = ()) -> int:
    """Note in the receipt register the files of one import that were not taken in: an
    unreadable one as ``rejected`` with its message, one flagged as possibly the wrong file as
    ``wrong_file`` with why, one the user simply left out as ``rejected`` (导入时未采用) — the
    reminder letters quote these notes; a document that is no spreadsheet (a Word report) as
    ``received`` (需人工录入), which no letter quotes. A unit whose return for the month is in (a file of it
    imported and not undone, or taken in by this import with its content already there) gets no
    such note: a second copy or last month's file sent beside it is no news to chase. A file of
    another month among this month's is noted for this month. A file taken in that holds no
    report at all (a template sent back unfilled) is ``rejected`` too: the letter asks for it
    filled in. Returns the notes written."""
    from tracker.excel.messages_zh import EMPTY_NOTE, NOT_TAKEN_NOTE, RECEIPT_WORDS

    taken = list(taken)
    done = {(fp.parsed.unit_id, fp.parsed.period) for fp in taken
            if fp.result in ("written", "unchanged")}
    written = 0
    empty = [fp for fp in taken if fp.result == "empty"]
    for fp in [*refused, *empty]:
        period = next((w.data.get("main_period") for w in fp.all_warnings
                       if w.code == "period_differs"), None) or fp.parsed.period \
            or fp.receipt_period
        unit_id = fp.parsed.unit_id
        if unit_id is None or not period or (unit_id, period) in done \
                or batch_for_unit_period(ws.db, fp.policy_id, unit_id, period) is not None:
            continue
        if any(w.code == "template_other_policy" for w in fp.all_warnings):
            continue  # another policy's template: none of this policy's register's business
        unread = fp.parsed.error is not None and fp.parsed.error.code == "skip_not_importable"
        if unread:  # a Word report, a PDF: material received, to be entered by hand
            state, note = "received", f"{fp.parsed.error.data.get('kind') or '非电子表格'}，需人工录入"
        elif fp.outcome == "error":  # unreadable: the unit is asked to send it again
            state, note = "rejected", fp.parsed.message or ""
        elif fp.result == "empty":
            state, note = "rejected", EMPTY_NOTE
        elif looks_wrong(fp):
            state, note = "wrong_file", wrong_file_reason(fp)
        else:
            state, note = "rejected", NOT_TAKEN_NOTE
        with write_action(ws.db, ws.who, "receipt",
                          f"登记收件：{RECEIPT_WORDS[state]}（{note}）") as act:
            act.insert("receipt", {"unit_id": fp.parsed.unit_id, "policy_id": fp.policy_id,
                                   "period": period, "state": state,
                                   "file_name": shown_name(Path(fp.parsed.path).name),
                                   "note": note,
                                   "batch_id": None, "at": now_iso()})
        written += 1
    return written


def remember_alias(ws: Workspace, unit_id: int, text: str) -> bool:
    """A unit name corrected in the preview is remembered as an alias."""
    if get_row(ws.db, "unit", unit_id) is None:
        raise TrackerError("unit_row_missing", unit_id=unit_id)
    with write_action(ws.db, ws.who, "add_alias", f"记住单位别名：{text}") as act:
        return add_alias_in(act, unit_id, text)


# ------------------------------------------------------------------ undo


def undo_batch(ws: Workspace, batch_id: int) -> int:
    """Restore exactly the state before the batch (logged). Refused while a later batch that
    changed the same rows is still in effect."""
    batch = get_batch(ws.db, batch_id)
    if batch is None:
        raise TrackerError("batch_missing", batch=batch_id)
    if batch["undone_at"]:
        raise TrackerError("batch_already_undone", batch=batch_id, file=batch["file_name"])
    later = later_batches_touching(ws.db, batch_id)
    if later:
        raise TrackerError("batch_overwritten", batch=batch_id, file=batch["file_name"],
                           later=later[0]["id"], later_file=later[0]["file_name"])
    typed = reports_on_created_assignments(ws.db, batch_id)
    if typed:
        first = typed[0]
        raise TrackerError("batch_has_reports", batch=batch_id, file=batch["file_name"],
                           count=len(typed), unit=first["unit"], code=first["code"],
                           period=period_label(first["period"]))
    action = batch_action(ws.db, batch_id)
    if action is None:
        raise TrackerError("batch_missing", batch=batch_id)
    return history.undo(ws, action)


def list_batches(ws: Workspace) -> list[dict]:
    return batches(ws.db)
