"""The one background helper, with fake jobs: late progress dialog, working Cancel that rolls
back, results and errors delivered on the UI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.window_support import demo_path, open_ws  # noqa: F401 - fixtures
from tracker.db.actions import write_action
from tracker.ui.background import Cancelled, run_in_background


def test_result_arrives_on_the_ui_thread_and_quick_jobs_show_no_dialog(qtbot):
    seen = {}

    def job(_ws, _ctl):
        yield 1, 2, "half"
        yield 2, 2, "done"
        return 42

    def done(result):
        seen["result"] = result
        seen["thread"] = threading.current_thread()

    task = run_in_background(None, "测试", job, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"result": 42, "thread": threading.main_thread()}
    assert task.result == 42 and not task.dialog_shown


def test_progress_dialog_appears_after_half_a_second(qtbot):
    release = threading.Event()
    progress = []

    def job(_ws, _ctl):
        yield 0, 3, "开始"
        release.wait(5)
        yield 3, 3, "完成"
        return "ok"

    task = run_in_background(None, "慢任务", job)
    task.progressed.connect(lambda d, t, x: progress.append((d, t, x)))
    qtbot.wait(200)
    assert not task.dialog.isVisible()
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    assert task.dialog.labelText() == "开始"
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result == "ok" and (3, 3, "完成") in progress


def test_cancel_rolls_back_everything_the_job_wrote(qtbot, demo_path):  # noqa: F811
    ws = open_ws(demo_path)
    before = ws.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    actions = ws.db.execute("SELECT count(*) FROM action").fetchone()[0]
    ws.close()
    started = threading.Event()
    cancelled = []

    def job(wws, ctl):
        with wws.db.atomic():
            for i in range(1000):
                with write_action(wws.db, "测试员", "edit_unit", "后台测试") as act:
                    act.update("unit", 1, {"phone": f"0991-{i:04d}"})
                started.set()
                yield i, 1000, f"第 {i} 步"
                time.sleep(0.01)
        return "finished"

    task = run_in_background(None, "会被取消的任务", job, db_path=demo_path, who="测试员",
                             on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    button = task.dialog.findChild(QPushButton)
    assert button.text() in ("Cancel", "取消")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.was_cancelled and cancelled == [True] and task.result is None
    ws = open_ws(demo_path)
    assert ws.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before
    assert ws.db.execute("SELECT count(*) FROM action").fetchone()[0] == actions
    assert ws.db.execute("SELECT phone FROM unit WHERE id = 1").fetchone()[0] == ""
    ws.close()


def test_job_checking_the_flag_itself_is_cancelled(qtbot):
    def job(_ws, ctl):
        yield 0, 1, ""
        while True:
            ctl.check()
            time.sleep(0.01)

    task = run_in_background(None, "检查标志", job)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.was_cancelled and task.error is None


def test_exceptions_are_delivered_as_errors(qtbot):
    errors = []

    def job(_ws, _ctl):
        yield 0, 1, ""
        raise ValueError("坏数据")

    task = run_in_background(None, "出错", job, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "坏数据"
    assert not isinstance(task.error, Cancelled)


def test_worker_gets_its_own_connection(qtbot, demo_path):  # noqa: F811
    out = {}

    def job(wws, _ctl):
        out["thread"] = threading.current_thread()
        out["n"] = wws.db.execute("SELECT count(*) FROM assignment").fetchone()[0]
        yield 1, 1, ""
        return wws.who

    task = run_in_background(None, "读取", job, db_path=demo_path, who="张三")
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert task.result == "张三" and out["n"] == 105
    assert out["thread"] is not threading.main_thread()
