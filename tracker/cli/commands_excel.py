"""Excel verbs: export-breakdown, export-templates, export-summary, import."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tracker.cli.context import CliContext
from tracker.errors import TrackerError
from tracker.paths import shown_name


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-breakdown", help="导出任务分解表（.xlsx）")
    p.add_argument("-o", "--output", required=True, metavar="文件", help="输出文件")
    p.set_defaults(func=cmd_export_breakdown)
    p = sub.add_parser("import-breakdown", help="导入任务分解表（本程序导出的或各单位自制的），先预览再确认")
    p.add_argument("file", metavar="文件")
    p.add_argument("--yes", action="store_true",
                   help="不询问，直接导入（措施或单位对应不确定的行、内容相互矛盾的行不导入）")
    p.add_argument("--remove-unlisted", action="store_true",
                   help="本程序导出的分解表中删去的单位，如还没有报送，删除其分工"
                        "（默认只提示，不删除）")
    p.set_defaults(func=cmd_import_breakdown)
    p = sub.add_parser("export-templates", help="按单位导出某月的填报模板")
    p.add_argument("--period", required=True, metavar="年-月", help="报送期，如 2019-06")
    p.add_argument("--unit", action="append", metavar="单位", help="只导出这些单位（可重复）")
    p.add_argument("--out", required=True, metavar="文件夹", help="输出文件夹")
    p.set_defaults(func=cmd_export_templates)
    p = sub.add_parser("export-summary", help="导出某月汇总表（.xlsx 或带 BOM 的 .csv）")
    p.add_argument("--period", required=True, metavar="年-月", help="报送期，如 2019-06")
    p.add_argument("-o", "--output", required=True, metavar="文件", help="输出文件（.xlsx/.csv）")
    p.set_defaults(func=cmd_export_summary)
    p = sub.add_parser("import", help="导入各单位报送的表格（文件或文件夹），先预览再确认")
    p.add_argument("paths", nargs="+", metavar="文件或文件夹")
    p.add_argument("--period", metavar="年-月", help="报送期（默认：从模板、标题、表名或文件名识别）")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    mode.add_argument("--yes", action="store_true", help="不询问，直接导入（对应不确定的行不导入）")
    p.add_argument("--create-assignments", action="store_true",
                   help="文件中有未分解给该单位的措施时，自动创建分解任务")
    p.add_argument("--include-flagged", action="store_true",
                   help="也导入标为可能发错的文件（报送期不符、其他单位的模板、已导入过、"
                        "重复放入的文件等；默认 --yes 跳过这些文件，在终端中逐个询问）")
    p.add_argument("--json", action="store_true", help="只在标准输出打印一个 JSON 对象")
    p.set_defaults(func=cmd_import)


def _unit_ids(ws, names: list[str] | None, policy_id: int) -> list[int] | None:
    if not names:
        return None
    from tracker.db.queries import load_catalog

    catalog = load_catalog(ws.db, policy_id)
    ids = []
    for name in names:
        unit = catalog.unit_named(name)
        if unit is None:
            raise TrackerError("unit_name_unknown", exit_code=2, name=name)
        ids.append(unit.id)
    return ids


def cmd_export_breakdown(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.exports import export_breakdown

    ws = ctx.open(write=False)
    path = export_breakdown(ws, ctx.policy()["id"], Path(args.output))
    print(path)
    return 0


def cmd_export_templates(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.exports import export_templates

    ws = ctx.open(write=True)
    policy_id = ctx.policy()["id"]
    result = export_templates(ws, policy_id, args.period, Path(args.out),
                              _unit_ids(ws, args.unit, policy_id))
    for f in result.files:
        print(f)
    print(f"已导出 {len(result.files)} 份填报模板。", file=sys.stderr)
    if result.units_without_assignments:
        print("以下单位在该政策中没有分解任务，未生成模板："
              + "、".join(result.units_without_assignments), file=sys.stderr)
    return 0


def cmd_export_summary(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.exports import export_summary

    ws = ctx.open(write=False)
    print(export_summary(ws, ctx.policy()["id"], args.period, Path(args.output)))
    return 0


def _print_preview(preview, create_assignments: bool = False,
                   include_flagged: bool = False) -> None:
    from tracker.cli.import_text import preview_text

    print(preview_text(preview, create_assignments, include_flagged), file=sys.stderr)


def _hold_back_flagged(preview, args: argparse.Namespace, ask: bool) -> None:
    """Leave out the files the preview flags as possibly the wrong one (``imports.looks_wrong``:
    last month's template, another unit's, one imported before, the same file twice …), as the
    window leaves them unticked: ``--yes`` skips them, a terminal asks per file (default no),
    ``--include-flagged`` takes them. A skipped file's outcome is "skipped" with a message
    saying how to import it anyway. A flagged file the preview finds nothing to write in (the
    same content again) is not held back: accepting it writes nothing and says so."""
    from tracker.errors import Problem
    from tracker.services import imports

    if args.include_flagged:
        return
    for fp in preview.files:
        if not (fp.outcome == "ok" and imports.looks_wrong(fp)
                and fp.changes(args.create_assignments)):
            continue
        name = shown_name(Path(fp.parsed.path).name)
        reason = imports.wrong_file_reason(fp)
        if ask:
            answer = input(f"文件“{name}”可能发错了（{reason}）。仍要导入这个文件吗？"
                           "输入 y 导入，直接回车跳过：").strip().lower()
            if answer in ("y", "yes", "是"):
                continue
        fp.parsed.outcome = "skipped"
        fp.parsed.error = Problem("import_skipped_flagged", {"file": name, "reason": reason})
        fp.result = "skipped"
        if not args.json:
            print(f"！{fp.parsed.message}", file=sys.stderr)


def given_paths(paths: list[str]) -> list[str]:
    """The files and folders named, wildcards expanded: the Windows command prompt and
    PowerShell pass ``D:\\收件\\*.xlsx`` on as it is (a Linux shell has expanded it already),
    and turn a quoted folder ending in a backslash (``"D:\\收件 文件夹\\"``) into one ending in
    a quote. A name matching nothing is refused (exit 2)."""
    import glob

    out: list[str] = []
    for p in paths:
        if not Path(p).exists() and p.endswith('"') and Path(p[:-1]).exists():
            p = p[:-1]
        if not Path(p).exists() and any(ch in p for ch in "*?["):
            found = sorted(glob.glob(p))
            if found:
                out.extend(found)
                continue
        if not Path(p).exists():
            raise TrackerError("path_missing", exit_code=2, path=p)
        out.append(p)
    return out


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services import imports

    args.paths = given_paths(args.paths)
    write = args.yes
    ask = not args.yes and not args.dry_run and sys.stdin.isatty() and not args.json
    ws = ctx.open(write=write or ask, must_exist=False, scratch=not (write or ask),
                  reread=not ask)  # a "no" at the question leaves the database as it was
    preview = imports.preview_paths(ws, args.paths, args.period, ctx.policy()["id"])
    if not args.json:
        _print_preview(preview, args.create_assignments, args.include_flagged)
    if ask:
        answer = input("确认导入以上内容？输入 y 确认，其他任意键取消：").strip().lower()
        write = answer in ("y", "yes", "是")
    if write:
        _hold_back_flagged(preview, args, ask)
        unreadable = [fp for fp in preview.files if fp.outcome == "error" or (
            fp.parsed.error is not None and fp.parsed.error.code == "skip_not_importable")]
        for fp in preview.files:
            if fp.outcome == "ok":
                try:
                    imports.accept_file(ws, fp, create_assignments=args.create_assignments)
                except TrackerError as exc:
                    fp.parsed.outcome = "error"
                    from tracker.errors import Problem

                    fp.parsed.error = Problem(exc.code, exc.data)
        # the receipt register notes the files not taken in (unreadable, skipped as flagged)
        imports.record_refusals(ws, unreadable + [fp for fp in preview.files
                                                  if fp.result == "skipped"], preview.files)
    if args.json:
        print(json.dumps({"files": [fp.to_json_dict() for fp in preview.files]},
                         ensure_ascii=False, indent=1))
    elif write:
        written = [fp for fp in preview.files if fp.batch_id]
        same = [fp for fp in preview.files if fp.result == "unchanged"]
        if written:
            print(f"已导入 {len(written)} 个文件（批次 "
                  f"{'、'.join(str(fp.batch_id) for fp in written)}）。", file=sys.stderr)
        if same:
            print(f"{len(same)} 个文件的内容与数据库中已有的相同，未作修改："
                  f"{'、'.join(shown_name(Path(fp.parsed.path).name) for fp in same)}。", file=sys.stderr)
        stuck = [fp for fp in preview.files if fp.result == "not_writable"]
        if stuck:
            print(f"{len(stuck)} 个文件没有可以写入的行（未分解、待确认或无法对应的行需先处理，"
                  f"见上面的提示）：{'、'.join(shown_name(Path(fp.parsed.path).name) for fp in stuck)}。",
                  file=sys.stderr)
        empty = [fp for fp in preview.files if fp.result == "empty"]
        if empty:
            print(f"{len(empty)} 个文件中没有填报内容，未作修改："
                  f"{'、'.join(shown_name(Path(fp.parsed.path).name) for fp in empty)}。",
                  file=sys.stderr)
        if not written and not same and not stuck and not empty:
            print("没有导入任何文件。", file=sys.stderr)
    else:
        print("预览结束，未写入任何数据（加 --yes 导入）。", file=sys.stderr)
    return 1 if any(fp.outcome == "error" for fp in preview.files) else 0


ROLE_CHANGES = {"new": "新增", "update": "修改", "same": "无变化", "no_measure": "无法对应措施",
                "low_confidence": "待确认", "waits": "待选择", "remove": "删除分工",
                "keep": "文件未列出（保留）", "held": "待确认（默认不导入）"}
_FIELD_LABELS = {"role": "责任类型", "action_text": "具体举措", "deadline": "完成时限"}


def _row_place(e) -> str:
    """工作表“分解表”第4行 (CSV: 第4条记录), as the messages name places."""
    return f"工作表“{e.sheet}”第{e.row}行" if e.sheet is not None else f"第{e.row}条记录"


def _change_kind(c) -> str:
    if c.change == "remove" and not c.include:
        return "keep"
    if c.change in ("new", "update") and not c.include:
        return "waits" if c.entry.waits else "held"
    return c.change


def _print_breakdown_preview(preview) -> None:
    """File-level warnings, then one line per measure × unit (unchanged ones only counted) with
    its warnings below; a warning shared by the units of one source row is printed once."""
    said: set[tuple] = set()

    def fresh(w) -> bool:
        key = (w.code, tuple(sorted((k, str(v)) for k, v in w.data.items())))
        if key in said:
            return False
        said.add(key)
        return True

    for w in preview.parsed.warnings:
        if fresh(w):
            print(f"！{w.message()}", file=sys.stderr)
    tally: dict[str, int] = {}
    for c in preview.changes:
        kind = _change_kind(c)
        tally[kind] = tally.get(kind, 0) + 1
        e = c.entry
        new = [w for w in e.warnings if fresh(w)]
        if c.change == "same" and not new:
            continue  # counted below, not listed one by one
        detail = "，".join(f"{_FIELD_LABELS.get(k, k)}：{v}" for k, v in c.fields.items())
        if kind == "waits":
            detail = "，".join(x for x in (detail, "默认不导入") if x)
        print(f"{_row_place(e)}　{e.measure or '?'}　{e.unit}　{e.role}　"
              f"{e.deadline.as_written}　{ROLE_CHANGES.get(kind, kind)}"
              + (f"（{detail}）" if detail else ""), file=sys.stderr)
        for w in new:
            print(f"    ！{w.message()}", file=sys.stderr)
    print(f"共 {len(preview.changes)} 行：" + "，".join(
        f"{ROLE_CHANGES.get(k, k)} {n}" for k, n in tally.items()) + "。", file=sys.stderr)


def cmd_import_breakdown(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.breakdown_import import accept_breakdown, preview_breakdown

    if not Path(args.file).exists():
        raise TrackerError("path_missing", exit_code=2, path=args.file)
    ask = not args.yes and sys.stdin.isatty()
    ws = ctx.open(write=args.yes or ask, must_exist=False, reread=not ask)
    preview = preview_breakdown(ws, args.file, ctx.policy()["id"],
                                remove_unlisted=args.remove_unlisted)
    if preview.parsed.outcome != "ok":
        for w in preview.parsed.warnings:  # what failed row by row, then the verdict
            print(f"！{w.message()}", file=sys.stderr)
        print(preview.parsed.error.message(), file=sys.stderr)
        return 1
    _print_breakdown_preview(preview)
    write = args.yes
    if ask:
        write = input("确认导入以上分解？输入 y 确认：").strip().lower() in ("y", "yes", "是")
    if not write:
        print("预览结束，未写入任何数据（加 --yes 导入）。", file=sys.stderr)
        return 0
    batch = accept_breakdown(ws, preview)
    held = len(preview.waiting)
    if batch is not None:
        removed = sum(c.writes == "remove" for c in preview.writable)
        print(f"已导入分解表（批次 {batch}）：新增或修改 {len(preview.writable) - removed} 项"
              + (f"，删除分工 {removed} 项" if removed else "") + "。", file=sys.stderr)
    elif all(c.change == "same" for c in preview.changes):
        print("分解表与数据库中的一致，未作修改。", file=sys.stderr)
    else:
        print("分解表中没有可以写入的行（无法对应、待确认或待选择的行需先处理，见上面的提示），"
              "未作修改。", file=sys.stderr)
    if held:
        print(f"有 {held} 项因与同一措施、同一单位的其他行内容不同而未导入；"
              "请在窗口的导入预览中勾选要导入的一行，或改正文件后再导入。", file=sys.stderr)
    return 0
