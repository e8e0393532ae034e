"""The per-unit progress template (落实情况填报表): one workbook per unit × policy × period.

Layout (format version 1, see docs/EXCEL_PROTOCOL.md):
  row 1  merged title "“双创”升级版若干意见落实情况填报表（2019年6月）"
  row 2  填报单位：天山区
  row 3  报送截止：2019年7月5日 (left) · a one-line filling note (right)
  row 4  header (repeated on every printed page; panes frozen below it)
  row 5… one row per assignment, grouped by task (merged 重点任务 cells; page breaks are set
         where A4 pages fill, and a task running over one is merged again below it, "（续）")
  then a blank row and the sign-off row: 填报人： · 联系电话： · 单位负责人（签字）： · 填报日期：
  each label in its own locked cell, the value in the unlocked cell to its right.
Input cells (本单位具体举措, 完成状态 … 备注, the sign-off values) are unlocked; the sheet is
protected without a password; rows and columns may still be resized.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from tracker.excel.pagefit import lines_height, setup_print
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
from tracker.excel.specs import TemplateRow, TemplateSpec, code_order, iso_time, task_label
from tracker.paths import fit_bytes

SHEET = "填报表"
STATUS_CHOICES = ("已完成", "推进中", "未启动", "滞后")
# (header word, column width). Widths add up to 170 units: 86 % when fitted to A4 landscape,
# so the 11 pt body prints at 9.5 pt (tests/excel/test_template_write.py asserts it).
# The columns the unit writes in get the room (进展情况, 存在问题, 下步计划): the grey reference
# columns are read, not written.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 5), ("重点任务", 10), ("具体措施", 15), ("责任类型", 6), ("本单位具体举措", 16),
    ("完成时限", 10), ("上期进展", 16), ("完成状态", 9), ("完成进度(%)", 8), ("进展情况", 26),
    ("存在问题", 16), ("下步计划", 16), ("备注", 17),  # 备注 also holds the 填报日期 below
)
WIDTHS = tuple(w for _, w in COLUMNS)
BODY_PT = 11
HEADER_ROW = 4
FIRST_DATA_ROW = 5
INPUT_COLUMNS = ("本单位具体举措", "完成状态", "完成进度(%)", "进展情况", "存在问题", "下步计划", "备注")
NOTE = ("说明：白色单元格由本单位填写；完成状态请从下拉列表选择；完成进度填 0～100 的整数；"
        "灰色为上期进展，仅供参考。")
SIGN_OFF = (  # (label, label columns, value columns), 1-based inclusive
    ("填报人：", (1, 2), (3, 3)),
    ("联系电话：", (4, 5), (6, 7)),
    ("单位负责人（签字）：", (8, 10), (11, 11)),
    ("填报日期：", (12, 12), (13, 13)),  # "2020年1月3日" on one line
)

TITLE = Look(size=18, bold=True, font=TITLE_FONT, h="center", border="none")
INFO = Look(size=12, border="none", wrap=False)
NOTE_LOOK = Look(size=10, border="none", h="right")
HEADER = Look(bold=True, h="center", fill="DDEBF7")
TEXT = Look()
TASK = Look(v="top")  # merged over the task's rows; cut at page breaks, repeated with CONTINUED
CONTINUED = "（续）"
CENTER = Look(h="center")
GREY = Look(fill="EDEDED")
INPUT = Look(locked=False)
INPUT_CENTER = Look(locked=False, h="center")
INPUT_PERCENT = Look(locked=False, h="center", number_format="0")
SIGN_LABEL = Look(size=12, h="right", border="none")
SIGN_VALUE = Look(size=12, border="bottom", locked=False)

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」『』")
def safe_name_part(text: str) -> str:
    """A piece of a Windows file name: forbidden characters → "_", trailing dots/spaces off."""
    return _FORBIDDEN.sub("_", text.strip()).rstrip(". ")


def template_filename(spec: TemplateSpec) -> str:
    """``2019年06月_双创升级版_天山区_落实情况填报表.xlsx``."""
    year, _, month = spec.period.partition("-")
    label = spec.file_label or spec.short_title.translate(_QUOTES)
    # at most ~190 bytes of UTF-8: Linux allows 255 per name, and the temporary name a save
    # writes first, or a _2 for a name taken, must fit too
    parts = [f"{year}年{month}月", fit_bytes(safe_name_part(label)[:60], 90).rstrip(". "),
             fit_bytes(safe_name_part(spec.unit_name)[:40], 60).rstrip(". "), "落实情况填报表"]
    return "_".join(p for p in parts if p) + ".xlsx"


def template_title(spec: TemplateSpec) -> str:
    return f"{spec.short_title}落实情况填报表（{spec.period_label}）"


def ordered_rows(rows: list[TemplateRow]) -> list[TemplateRow]:
    """Grouped by task, measures in code order; a stable sort keeps the caller's order otherwise."""
    return sorted(rows, key=lambda r: (r.task_seq, code_order(r.measure_code)))


def write_progress_template(spec: TemplateSpec, path: str | os.PathLike[str]) -> Path:
    """Write the unit's template to ``path`` (a file; see ``template_filename``) and return it."""
    with paused_gc():
        wb = new_workbook()
        ws = wb.active
        ws.title = SHEET
        rows = ordered_rows(spec.rows)
        fill_template_sheet(ws, spec, rows)
        write_key_sheet(
            wb,
            [("format_version", FORMAT_VERSION), ("kind", "progress"),
             ("policy_id", spec.policy_id), ("policy_title", spec.policy_title),
             ("unit_id", spec.unit_id),
             ("unit_name", spec.unit_name), ("period", spec.period),
             ("exported_at", iso_time(spec.exported_at)), ("app_version", spec.app_version)],
            ("measure_code", "measure_id", "assignment_id", "unit_id"),
            ((r.measure_code, r.measure_id, r.assignment_id, spec.unit_id) for r in rows),
        )
        wb.properties.creator = f"政策落实跟踪 {spec.app_version}"
        wb.properties.title = template_title(spec)
        return save_workbook(wb, path)


def fill_template_sheet(ws: Any, spec: TemplateSpec, rows: list[TemplateRow]) -> None:
    ncols = len(COLUMNS)
    w = SheetWriter(ws, WIDTHS)
    w.merge(1, 1, 1, ncols, template_title(spec), TITLE)
    w.heights.need(1, 36)
    w.put(2, 1, f"填报单位：{spec.unit_name}", INFO)
    w.put(3, 1, f"报送截止：{spec.due_date_text}", INFO)
    w.heights.need(2, 22)
    w.merge(3, 8, 3, ncols, NOTE, NOTE_LOOK)
    w.row(HEADER_ROW, (name for name, _ in COLUMNS), [HEADER] * ncols)

    last = FIRST_DATA_ROW + len(rows) - 1
    # room to write in every row: rows keep the height set here when filled in (Excel and WPS
    # do not grow a row of set height), so three lines of 进展情况 fit as they are
    min_height = lines_height(3, BODY_PT)
    task_start = FIRST_DATA_ROW
    for i, row in enumerate(rows):
        r = FIRST_DATA_ROW + i
        cur = row.current
        w.put(r, 1, i + 1, CENTER)
        w.put(r, 3, f"{row.measure_code} {row.measure_title}", TEXT)
        w.put(r, 4, row.role, CENTER)
        w.put(r, 5, row.action_text, INPUT)
        w.put(r, 6, row.deadline_text, CENTER)
        w.put(r, 7, row.last_progress, GREY)
        w.put(r, 8, cur.status if cur else None, INPUT_CENTER)
        w.put(r, 9, cur.percent if cur else None, INPUT_PERCENT)
        w.put(r, 10, cur.progress if cur else "", INPUT)
        w.put(r, 11, cur.problems if cur else "", INPUT)
        w.put(r, 12, cur.next_steps if cur else "", INPUT)
        w.put(r, 13, cur.extra if cur else "", INPUT)
        w.heights.need(r, min_height)
        if r == last or rows[i + 1].task_seq != row.task_seq:
            w.merge_down(task_start, 2, r, task_label(row.task_seq, row.task_title), TASK,
                         continued=CONTINUED)
            task_start = r + 1

    sign_row = max(last, HEADER_ROW) + 2
    for label, (l1, l2), (v1, v2) in SIGN_OFF:
        w.merge(sign_row, l1, sign_row, l2, label, SIGN_LABEL)
        w.merge(sign_row, v1, sign_row, v2, None, SIGN_VALUE)
    w.heights.need(sign_row, 32)
    w.finish(Pages(first=FIRST_DATA_ROW, last=sign_row, repeat=range(HEADER_ROW, HEADER_ROW + 1),
                   keep=((last, sign_row),) if rows else ()))

    if rows:
        add_input_validations(ws, FIRST_DATA_ROW, last)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    setup_print(ws, area=f"A1:M{sign_row}", title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    # which unit and month on every printed page, not only the first
    ws.oddHeader.left.text = f"填报单位：{spec.unit_name}".replace("&", "&&")
    ws.oddHeader.left.size = 10
    ws.oddHeader.right.text = spec.period_label.replace("&", "&&")
    ws.oddHeader.right.size = 10
    protect(ws, spec.password if spec.protect else None, on=spec.protect)


def add_input_validations(ws: Any, first: int, last: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    status = DataValidation(
        type="list", formula1='"' + ",".join(STATUS_CHOICES) + '"', allow_blank=True,
        showErrorMessage=True, showInputMessage=True, errorStyle="stop",
        errorTitle="完成状态", error="请从下拉列表中选择：已完成、推进中、未启动、滞后。",
        promptTitle="完成状态", prompt="请从下拉列表中选择",
    )
    status.add(f"H{first}:H{last}")
    percent = DataValidation(
        type="whole", operator="between", formula1="0", formula2="100", allow_blank=True,
        showErrorMessage=True, showInputMessage=True, errorStyle="stop",
        errorTitle="完成进度", error="完成进度请填写 0 到 100 之间的整数（不带 % 号）。",
        promptTitle="完成进度(%)", prompt="填写 0～100 的整数",
    )
    percent.add(f"I{first}:I{last}")
    ws.add_data_validation(status)
    ws.add_data_validation(percent)


def protect(ws: Any, password: str | None, *, on: bool = True) -> None:
    """Sheet protection: locked cells read-only, rows/columns still resizable (long answers)."""
    prot = ws.protection
    prot.sheet = on
    prot.formatRows = False  # False = allowed
    prot.formatColumns = False
    prot.selectLockedCells = False
    prot.selectUnlockedCells = False
    if on and password:
        prot.password = password
