"""`tracker --self-test`: open the main window on the database, load it, render the dashboard,
and check that the table's total (no filter, all policies) equals the database's assignment
count and the dashboard's totals equal ``period_counts`` for the same period."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from tracker.errors import TrackerError
from tracker.periods import period_label
from tracker.ui.user_settings import UserSettings

PROGRAM = "窗口程序自检"


def expected_totals(counts: Any) -> dict[str, int]:
    t = counts.total
    return {"total": t.total, **{str(k): v for k, v in t.by_status.items()},
            "逾期": t.overdue, "未报送": t.not_reported}


def compare(shown: dict, expected: dict) -> list[str]:
    """Keys whose numbers differ ("key: shown ≠ expected"); keys the dashboard lacks count."""
    out = []
    for key, want in expected.items():
        got = shown.get(key)
        if not isinstance(got, int | float) or got != want:
            out.append(f"{key}：总览 {got} ≠ 统计 {want}")
    return out


def _say(text: str, err: bool = False) -> None:
    print(text, file=sys.stderr if err else sys.stdout, flush=True)


def run_self_test(db_path: Path, settings: UserSettings | None = None) -> int:
    from tracker.db import browse
    from tracker.services.status import period_counts
    from tracker.services.workspace import open_workspace
    from tracker.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        ws = open_workspace(db_path, who=PROGRAM, program=PROGRAM)
    except TrackerError as exc:
        _say(f"自检失败：{exc.message()}", err=True)
        return exc.exit_code or 1
    window = None
    try:
        window = MainWindow(ws, settings or UserSettings())
        window.show()
        window.filter_bar.clear()
        window.navigator.tree.setCurrentIndex(window.navigator.tree_model.index(0, 0))
        app.processEvents()
        shown_total = window.model.total_count()
        db_total = browse.total_assignments(ws.db)
        period = window.current_period()
        window.tabs.setCurrentIndex(1)
        dashboard = window.dashboard()
        dashboard.set_period(period)
        app.processEvents()
        dashboard.grab()  # render it once
        shown = dashboard.totals()
        expected = expected_totals(period_counts(ws, dashboard.policy_id(), period))
    except (sqlite3.Error, TrackerError, KeyError, ValueError, TypeError) as exc:
        detail = (exc.message() if isinstance(exc, TrackerError)
                  else str(exc).rsplit("): ", 1)[-1])  # without Qt's "Error calling…" prefix
        _say(f"自检失败：数据库无法正常载入（可能已损坏或结构不完整）。{detail}", err=True)
        return 1
    finally:
        if window is not None:
            window.close()
        else:
            ws.close()
    problems = []
    if shown_total != db_total:
        problems.append(f"表格共 {shown_total} 项，数据库中有 {db_total} 项分解任务")
    problems += compare(shown, expected)
    if problems:
        _say("自检失败：" + "；".join(problems), err=True)
        return 1
    _say(f"自检通过：表格 {shown_total} 项 = 数据库 {db_total} 项；"
         f"总览（{period_label(period)}）合计 {expected['total']} 项，各项数字与统计一致。")
    return 0
