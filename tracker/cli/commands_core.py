"""Core verbs: init, demo, units, status, backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.cli.context import CliContext
from tracker.errors import TrackerError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="创建数据库并载入内置政策和单位名录（已有的不会重复添加）")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("demo", help="生成示例数据库（不加 --db 时为数据文件夹中的 demo.sqlite）")
    p.add_argument("--force", action="store_true", help="覆盖已有的示例数据库")
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("units", help="列出单位名录")
    p.set_defaults(func=cmd_units)
    p = sub.add_parser("status", help="按重点任务和单位统计某期落实情况")
    p.add_argument("--period", metavar="年-月", help="统计期，如 2019-06（默认：最近有报送的月份）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出（供其他程序使用）")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("backup", help="备份数据库（默认放在数据库旁的 backups 文件夹）")
    p.add_argument("dest", nargs="?", metavar="目标", help="备份文件路径（不覆盖已有文件），或一个文件夹")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="用备份文件恢复数据库（恢复前自动备份当前数据库）")
    p.add_argument("file", metavar="备份文件", help="要恢复的备份（如 backups 文件夹里的 .sqlite 文件）")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("check", help="检查数据库完整性、外键、结构版本和无法识别的完成时限")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.services.seeding import load_default

    ws = ctx.open(write=True, seed=False)
    added = load_default(ws)
    print(f"数据库：{ws.path}", file=sys.stderr)
    print(f"新增：政策 {added['policy']} 项、重点任务 {added['task']} 项、具体措施 "
          f"{added['measure']} 项、单位 {added['unit']} 个、别名 {added['alias']} 个。",
          file=sys.stderr)
    return 0


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.demo import build_demo
    from tracker.paths import demo_db_path

    path = Path(args.db) if args.db else demo_db_path()
    summary = build_demo(path, force=args.force, who=ctx.operator())
    print(f"示例数据库已生成：{path}", file=sys.stderr)
    print(summary, file=sys.stderr)
    return 0


def cmd_units(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db.queries import list_units, unit_aliases

    ws = ctx.open(write=False)
    aliases = unit_aliases(ws.db)
    for u in list_units(ws.db):
        state = "" if u["active"] else "（已停用）"
        others = [a for a in aliases.get(u["id"], []) if a not in (u["name"], u["short_name"])]
        print(f"{u['name']}\t{u['kind']}{state}\t{'、'.join(others)}")
    return 0


def cmd_status(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.cli.status_text import counts_json, counts_text
    from tracker.services.status import default_period, period_counts

    ws = ctx.open(write=False)
    policy = ctx.policy()
    period = args.period or default_period(ws, policy["id"])
    counts = period_counts(ws, policy["id"], period)
    if args.json:
        import json

        print(json.dumps(counts_json(policy, period, counts), ensure_ascii=False, indent=1))
    else:
        print(counts_text(policy, period, counts))
    return 0


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db import backup

    ws = ctx.open(write=False)
    if args.dest:
        dest = backup.backup_to(ws.db.conn, Path(args.dest), overwrite=False, source=ws.path)
    else:
        dest = backup.make_backup(ws.db.conn, ws.path, "manual")
    print(dest)
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db import backup
    from tracker.db.connect import _check_file, open_database

    src = Path(args.file)
    if not src.exists():
        raise TrackerError("backup_missing", exit_code=2, path=str(src))
    _check_file(src)
    # refuse a backup written by a newer program, a damaged one or another program's database
    # before touching anything
    probe, _ = open_database(src, readonly=True)
    probe.close()
    backup.check_backup(src)
    damaged = False
    try:
        ws = ctx.open(write=True, seed=False)
    except TrackerError as exc:
        # a damaged file, or one whose first page is gone ("not a database"), at the --db the
        # user names: set aside (kept), not opened
        if exc.code not in ("db_damaged", "db_not_sqlite") or not _has_content(ctx.db_path):
            raise
        damaged = True
    if damaged:  # outside the except: nothing may still hold the file open
        return _restore_damaged(src, ctx)
    saved = backup.make_backup(ws.db.conn, ws.path, "before-restore")
    ws.db.close()
    backup.restore_from(src, ws.path, who=ws.who, saved=saved)
    print(f"已从 {src} 恢复；恢复前的数据库已备份到 {saved}", file=sys.stderr)
    return 0


def _has_content(path: Path) -> bool:
    return Path(path).is_file() and Path(path).stat().st_size > 0


def _restore_damaged(src: Path, ctx: CliContext) -> int:
    """The database cannot be opened: no backup of it can be made, so it is set aside (kept)
    and the backup copied into its place, under the database's lock."""
    from tracker.db import backup
    from tracker.db.lock import DbLock

    path = Path(ctx.db_path)
    with DbLock(path, "命令行 tracker"):
        aside = backup.restore_damaged(src, path, who=ctx.operator())
    print(f"数据库已损坏，已从 {src} 恢复；损坏的文件已移到 {aside}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    from tracker.db.checks import run_checks

    ws = ctx.open(write=False, seed=False)
    findings = run_checks(ws.db)
    for problem in findings:
        print(problem.message())
    if not findings:
        print("检查通过：完整性、外键、结构版本均正常，所有完成时限均可识别。", file=sys.stderr)
    return 1 if findings else 0
