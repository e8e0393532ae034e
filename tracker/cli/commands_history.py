"""留痕 verbs: history (who changed what, when, old → new), imports (the import batches),
undo-import (one batch undone, itself recorded)."""

from __future__ import annotations

import argparse
import json
import sys

from tracker.cli.context import CliContext
from tracker.errors import TrackerError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="查看变更记录（留痕）：某单位某项措施的全部变更，或最近的操作")
    p.add_argument("--unit", metavar="单位",
                   help="单位名称、简称、别名或拼音首字母，如 md（与 --measure 一起使用）")
    p.add_argument("--measure", metavar="编号", help="措施编号，如 3.3（与 --unit 一起使用）")
    p.add_argument("--limit", type=int, default=30, metavar="N",
                   help="不指定单位和措施时，列出最近 N 次操作（默认 30）")
    p.set_defaults(func=cmd_history)
    p = sub.add_parser("imports", help="列出导入批次（文件、时间、操作人、新增和修改的数量、是否已撤销）")
    p.set_defaults(func=cmd_imports)
    p = sub.add_parser("undo-import", help="撤销一个导入批次，恢复导入前的状态（撤销本身也记入变更记录）")
    p.add_argument("batch", type=int, metavar="批次号", help="批次号（见 tracker imports）")
    p.set_defaults(func=cmd_undo_import)


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db.queries import find_assignment, load_catalog
    from tracker.deadlines import format_cn_datetime
    from tracker.history_lines import action_summary
    from tracker.services.history import assignment_trail, recent

    ws = ctx.open(write=False)
    if bool(args.unit) != bool(args.measure):
        raise TrackerError("history_needs_both", exit_code=2)
    if not args.unit:
        for a in recent(ws, max(args.limit, 1)):
            print(f"{format_cn_datetime(a['at'])}　{a['who'] or '—'}　"
                  f"{action_summary(a['verb'], a['summary'] or a['verb'])}")
        return 0
    policy = ctx.policy()
    catalog = load_catalog(ws.db, policy["id"])
    unit = catalog.unit_named(args.unit)
    if unit is None:  # pinyin, as in the window's search: md → 米东区
        from tracker.unit_search import units_by_pinyin

        found = units_by_pinyin(catalog.units, args.unit)
        unit = found[0] if len(found) == 1 else None
    if unit is None:
        raise TrackerError("unit_name_unknown", exit_code=2, name=args.unit)
    measure = catalog.measure_by_code(args.measure.strip())
    if measure is None:
        raise TrackerError("history_measure_unknown", exit_code=2, code=args.measure,
                           policy=policy["short_title"] or policy["title"])
    found = find_assignment(ws.db, measure.id, unit.id)
    if found is None:
        raise TrackerError("history_not_assigned", exit_code=1, unit=unit.name, code=measure.code)
    print(f"{unit.name}　{measure.code} {measure.title}")
    for entry in assignment_trail(ws, found["id"]):
        print(entry.line(full=True))
    return 0


def cmd_imports(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.deadlines import format_cn_datetime
    from tracker.periods import period_label
    from tracker.services.imports import list_batches

    ws = ctx.open(write=False)
    rows = list_batches(ws)
    if not rows:
        print("还没有导入过文件。", file=sys.stderr)
    for b in rows:
        counts = json.loads(b["counts"] or "{}")
        kind = "分解表" if b["kind"] == "breakdown" else "报送"
        done = "，".join(f"{label} {counts[k]}" for k, label in (
            ("new", "新增"), ("update", "修改"), ("removed", "删除分工"),
            ("assignments_created", "新建分工")) if counts.get(k))
        where = "　".join(x for x in (b.get("unit_name") or "",
                                      period_label(b["period"]) if b["period"] else "") if x)
        state = f"　已于{format_cn_datetime(b['undone_at'])}撤销" if b["undone_at"] else ""
        print(f"批次 {b['id']}　{format_cn_datetime(b['at'])}　{b['who'] or '—'}　{kind}　"
              f"{b['file_name']}" + (f"　{where}" if where else "")
              + (f"　{done}" if done else "") + state)
    return 0


def cmd_undo_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db.imports_queries import get_batch
    from tracker.services.imports import undo_batch

    ws = ctx.open(write=True, must_exist=True)
    batch = get_batch(ws.db, args.batch)
    undo_batch(ws, args.batch)
    print(f"已撤销批次 {args.batch}（{batch['file_name']}），数据已恢复到导入之前；"
          "这次撤销已记入变更记录。", file=sys.stderr)
    return 0
