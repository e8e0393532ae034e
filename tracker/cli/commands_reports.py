"""Report verbs: report (monthly summary as pdf/docx/xlsx) and remind (催办通知单)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tracker.cli.context import CliContext
from tracker.errors import TrackerError
from tracker.reports.summary import SECTION_LABELS, SECTIONS


def register(sub: argparse._SubParsersAction) -> None:
    sections = "；".join(f"{k}={v}" for k, v in SECTION_LABELS.items())
    p = sub.add_parser("report", help="生成月报（PDF、Word 或 Excel），默认包含全部章节")
    p.add_argument("--period", required=True, metavar="年-月", help="报告期，如 2019-06")
    p.add_argument("--format", choices=["pdf", "docx", "xlsx"], default="pdf",
                   help="输出格式（默认 pdf）")
    p.add_argument("-o", "--output", required=True, metavar="文件", help="输出文件")
    p.add_argument("--unit", metavar="单位", help="只统计一个单位（该单位自己的月报）")
    p.add_argument("--task", metavar="编号", help="只统计一项重点任务，如 2")
    p.add_argument("--sections", nargs="+", metavar="章节", choices=SECTIONS,
                   help=f"包含的章节（默认全部）：{sections}")
    from tracker.reports.monthly_doc import DETAIL_COLUMNS

    columns = "；".join(f"{k}={c.title}" for k, c in DETAIL_COLUMNS.items())
    p.add_argument("--columns", nargs="+", metavar="栏目", type=_detail_column,
                   help=f"PDF、Word 明细表的栏目及顺序（默认全部；英文名或中文名均可；Excel 总是含完整的汇总表）：{columns}")
    p.add_argument("--no-sign-off", action="store_true", help="不加审核人、填表人、报送日期栏")
    p.add_argument("--date", metavar="日期", help="落款日期，如 2019-07-10 或 2019年7月10日（默认今天）")
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("remind", help="为有逾期、临期、未报送事项的单位各生成一份催办通知单")
    p.add_argument("--period", required=True, metavar="年-月", help="报告期，如 2019-06")
    p.add_argument("--out", required=True, metavar="文件夹", help="输出文件夹")
    p.add_argument("--format", choices=["pdf", "docx"], default="pdf", help="输出格式（默认 pdf）")
    p.add_argument("--date", metavar="日期", help="落款日期，如 2019-12-10 或 2019年12月10日（默认今天）")
    p.set_defaults(func=cmd_remind)


def _detail_column(text: str) -> str:
    """A detail-table column by its key (progress) or its printed name (进展情况)."""
    from tracker.reports.monthly_doc import DETAIL_COLUMNS

    word = text.strip()
    for key, column in DETAIL_COLUMNS.items():
        if word in (key, column.title):
            return key
    known = "、".join(f"{k}（{c.title}）" for k, c in DETAIL_COLUMNS.items())
    raise argparse.ArgumentTypeError(f"没有“{word}”这一栏，可选：{known}")


def _issued(text: str | None):
    """--date as users write it; None for today."""
    if not text:
        return None
    from tracker.deadlines import parse_deadline

    dl = parse_deadline(text)
    if dl.kind != "date" or dl.date is None:
        raise TrackerError("date_invalid", exit_code=2, text=text)
    return dl.date


def _offscreen() -> None:
    """The renderers need no display: use Qt's offscreen platform when there is none."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_report(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db.queries import load_catalog
    from tracker.services.report_output import ReportRequest, write_monthly

    _offscreen()
    ws = ctx.open(write=False)
    policy = ctx.policy()
    unit_id = None
    if args.unit:
        unit = load_catalog(ws.db, policy["id"]).resolve_unit(args.unit)
        if unit is None:
            raise TrackerError("unit_name_unknown", exit_code=2, name=args.unit)
        unit_id = unit.id
    task_seq = None
    if args.task:
        try:
            task_seq = int(str(args.task).strip().rstrip("、."))
        except ValueError:
            raise TrackerError("task_unknown", exit_code=2, task=args.task) from None
    if task_seq is not None:
        from tracker.db.queries import tasks

        if task_seq not in {t["seq"] for t in tasks(ws.db, policy["id"])}:
            raise TrackerError("task_unknown", exit_code=2, task=args.task)
    req = ReportRequest(period=args.period, sections=tuple(args.sections or SECTIONS),
                        unit_id=unit_id, task_seq=task_seq, sign_off=not args.no_sign_off,
                        detail_columns=tuple(dict.fromkeys(args.columns)) if args.columns
                        else None, issued=_issued(args.date))
    print(write_monthly(ws, policy["id"], req, args.format, Path(args.output)))
    return 0


def cmd_remind(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.report_output import write_reminders

    _offscreen()
    ws = ctx.open(write=True, must_exist=True)  # writes the notice numbers used this year
    files = write_reminders(ws, ctx.policy()["id"], args.period, Path(args.out), args.format,
                            issued=_issued(args.date))
    for f in files:
        print(f)
    print(f"已生成 {len(files)} 份催办通知单。", file=sys.stderr)
    return 0
