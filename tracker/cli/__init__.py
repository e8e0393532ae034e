"""The command line: `tracker [--db PATH] [--policy NAME] VERB ...` (Chinese help and errors).

Exit codes: 0 success, 1 the work found problems, 2 refused (bad usage, newer database, locked).
Output meant for programs goes to stdout, messages to stderr, never a traceback (the details go
to the log file in the data folder).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from tracker import __version__
from tracker.cli import commands_core
from tracker.cli.context import CliContext
from tracker.cli.zh_argparse import ChineseParser
from tracker.console import use_utf8_output
from tracker.errors import TrackerError
from tracker.messages import render

COMMAND_MODULES = [commands_core]
from tracker.cli import commands_history  # noqa: E402 - after the list it joins

COMMAND_MODULES.append(commands_history)
try:  # verbs of the Excel and report areas register themselves when present
    from tracker.cli import commands_excel

    COMMAND_MODULES.append(commands_excel)
except ImportError:  # pragma: no cover - area not built yet
    pass
try:
    from tracker.cli import commands_reports

    COMMAND_MODULES.append(commands_reports)
except ImportError:  # pragma: no cover
    pass


def build_parser() -> ChineseParser:
    parser = ChineseParser(
        prog="tracker",
        description="政策落实跟踪：政策任务分解、月度进展报送、Excel 往返与月报打印。"
                    "不带命令时打开图形窗口。",
        epilog="退出码：0 成功；1 发现问题；2 拒绝执行（用法错误、数据库版本更新或被占用）。")
    parser.add_argument("--db", metavar="路径", help="数据库文件（默认：用户数据文件夹中的 tracker.sqlite）")
    parser.add_argument("--policy", metavar="政策", help="政策名称、简称或编号（默认：唯一或最新的政策）")
    parser.add_argument("--version", action="version", version=f"政策落实跟踪 {__version__}",
                        help="显示程序版本号并退出")
    parser.add_argument("--self-test", action="store_true",
                        help="打开主窗口、载入数据并核对表格与统计后退出（用于安装检查）")
    sub = parser.add_subparsers(dest="command", title="命令", metavar="命令",
                                parser_class=ChineseParser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _setup_logging() -> None:
    from tracker.paths import log_path

    try:
        handler = logging.FileHandler(log_path(), encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _json_error(args: object, code: str, message: str) -> None:
    """With ``--json`` stdout always holds one JSON object, also when the command is refused
    (a path missing, a bad --period, a locked database): why (and, for an import, no files)."""
    if getattr(args, "json", False):
        import json

        out = {"files": []} if getattr(args, "command", None) == "import" else {}
        out["error"] = {"code": code, "message": message}
        print(json.dumps(out, ensure_ascii=False))


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging()
    ctx = CliContext(args)
    try:
        if args.command is None:
            from tracker.gui_main import run_gui

            return run_gui(db=args.db, self_test=args.self_test)
        return int(args.func(args, ctx) or 0)
    except TrackerError as exc:
        logging.getLogger("tracker.cli").info("refused: %s %s", exc.code, exc.data)
        print(exc.message(), file=sys.stderr)
        _json_error(args, exc.code, exc.message())
        return exc.exit_code
    except (KeyboardInterrupt, EOFError):  # Ctrl+C, or the end of input at a question
        print("已取消。", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `tracker status | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - the last net: a calm message, details in the log
        from tracker.paths import log_path

        if "malformed" in str(exc) or "not a database" in str(exc):  # a damaged file, found late
            logging.getLogger("tracker.cli").exception("damaged database")
            print(render("db_damaged", path=str(ctx.db_path), detail=str(exc)), file=sys.stderr)
            _json_error(args, "db_damaged", render("db_damaged", path=str(ctx.db_path),
                                                   detail=str(exc)))
            return 1

        logging.getLogger("tracker.cli").exception("unexpected error")
        print(render("unexpected", log=str(log_path())), file=sys.stderr)
        _json_error(args, "unexpected", render("unexpected", log=str(log_path())))
        return 1
    finally:
        ctx.close()
