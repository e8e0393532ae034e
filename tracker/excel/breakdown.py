"""The task breakdown (分解表): measure × 牵头 / 责任 / 配合 units × deadline × the units' actions.

One row per measure when all its units share one deadline and one action text (the usual case).
When they differ, one row per group of units that share (deadline, action): the group holding the
lead unit comes first, and 序号 / 措施编号 / 具体措施 are merged over the measure's rows, 重点任务
over the task's rows. So every unit's own deadline and action survive a round trip, and a reader
that fills merged cells down sees a complete row each time. Unit cells list names joined by 、.
The sheet is not protected: the office edits it and sends it round.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tracker.excel.pagefit import setup_print
from tracker.excel.sheetwriter import (
    FORMAT_VERSION,
    TITLE_FONT,
    Look,
    Pages,
    SheetWriter,
    new_workbook,
    paused_gc,
    save_workbook,
    write_key_sheet,
)
from tracker.excel.specs import (
    BreakdownAssignment,
    BreakdownMeasure,
    BreakdownSpec,
    cn_date,
    code_order,
    iso_time,
    task_label,
)

SHEET = "分解表"
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 5), ("重点任务", 12), ("措施编号", 8), ("具体措施", 26), ("牵头单位", 14),
    ("责任单位", 20), ("配合单位", 18), ("完成时限", 12), ("具体举措", 50),
)
WIDTHS = tuple(w for _, w in COLUMNS)
ROLE_COLUMNS = {"牵头": 5, "责任": 6, "配合": 7}  # role → 1-based column
ROLE_ORDER = {"牵头": 0, "责任": 1, "配合": 2}
HEADER_ROW = 3
FIRST_DATA_ROW = 4
UNIT_SEP = "、"

TITLE = Look(size=18, bold=True, font=TITLE_FONT, h="center", border="none")
INFO = Look(size=11, h="right", border="none", wrap=False)
HEADER = Look(bold=True, h="center", fill="DDEBF7")
TEXT = Look()
TOP = Look(v="top")  # merged over many rows; cut at page breaks and repeated with CONTINUED
CONTINUED = "（续）"
TOP_CENTER = Look(v="top", h="center")
CENTER = Look(h="center")


def breakdown_title(spec: BreakdownSpec) -> str:
    return f"{spec.short_title}任务分解表"


def measure_groups(measure: BreakdownMeasure) -> list[tuple[str, str, list[BreakdownAssignment]]]:
    """(deadline, action, units) groups in display order; one empty group for no assignment."""
    if not measure.assignments:
        return [(measure.deadline_text, "", [])]
    ordered = sorted(measure.assignments, key=lambda a: ROLE_ORDER.get(a.role, 3))
    groups: dict[tuple[str, str], list[BreakdownAssignment]] = {}
    for a in ordered:
        groups.setdefault((a.deadline_text.strip(), a.action_text.strip()), []).append(a)
    return [(deadline, action, units) for (deadline, action), units in groups.items()]


def ordered_measures(measures: list[BreakdownMeasure]) -> list[BreakdownMeasure]:
    return sorted(measures, key=lambda m: (m.task_seq, code_order(m.measure_code)))


def write_breakdown(spec: BreakdownSpec, path: str | os.PathLike[str]) -> Path:
    """Write the breakdown workbook (sheet 分解表 + hidden _tracker_keys kind=breakdown)."""
    with paused_gc():
        wb = new_workbook()
        ws = wb.active
        ws.title = SHEET
        measures = ordered_measures(spec.measures)
        fill_breakdown_sheet(ws, spec, measures)
        write_key_sheet(
            wb,
            [("format_version", FORMAT_VERSION), ("kind", "breakdown"),
             ("policy_id", spec.policy_id), ("policy_title", spec.policy_title),
             ("exported_at", iso_time(spec.exported_at)), ("app_version", spec.app_version)],
            ("measure_code", "measure_id", "assignment_id", "unit_id"),
            ((m.measure_code, m.measure_id, a.assignment_id, a.unit_id)
             for m in measures for _, _, units in measure_groups(m) for a in units),
        )
        wb.properties.creator = f"政策落实跟踪 {spec.app_version}"
        wb.properties.title = breakdown_title(spec)
        return save_workbook(wb, path)


def fill_breakdown_sheet(ws: Any, spec: BreakdownSpec, measures: list[BreakdownMeasure]) -> None:
    ncols = len(COLUMNS)
    w = SheetWriter(ws, WIDTHS)
    w.merge(1, 1, 1, ncols, breakdown_title(spec), TITLE)
    w.heights.need(1, 36)
    w.merge(2, 1, 2, ncols, f"制表时间：{cn_date(spec.exported_at)}", INFO)
    w.heights.need(2, 20)
    w.row(HEADER_ROW, (name for name, _ in COLUMNS), [HEADER] * ncols)

    r = FIRST_DATA_ROW
    task_start = r
    for i, m in enumerate(measures):
        first = r
        for deadline, action, units in measure_groups(m):
            names: dict[int, list[str]] = {col: [] for col in ROLE_COLUMNS.values()}
            for a in units:
                names[ROLE_COLUMNS.get(a.role, ROLE_COLUMNS["责任"])].append(a.unit_name)
            for col, listed in names.items():
                w.put(r, col, UNIT_SEP.join(listed), TEXT)
            w.put(r, 8, deadline, CENTER)
            w.put(r, 9, action, TEXT)
            w.heights.need(r, 20)
            r += 1
        last = r - 1
        w.merge_down(first, 1, last, i + 1, TOP_CENTER)
        w.merge_down(first, 3, last, m.measure_code, TOP_CENTER)
        w.merge_down(first, 4, last, m.measure_title, TOP, continued=CONTINUED)
        if i + 1 == len(measures) or measures[i + 1].task_seq != m.task_seq:
            w.merge_down(task_start, 2, last, task_label(m.task_seq, m.task_title), TOP,
                         continued=CONTINUED)
            task_start = r
    w.finish(Pages(first=FIRST_DATA_ROW, last=max(r - 1, HEADER_ROW),
                   repeat=range(HEADER_ROW, HEADER_ROW + 1)))
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    setup_print(ws, area=f"A1:I{max(r - 1, HEADER_ROW)}",
                title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
