"""`tracker --self-test` in a subprocess (it starts its own QApplication), the no-display
message, and the lock a second window meets."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.window_support import demo_path  # noqa: F401 - fixture
from tracker.errors import TrackerError
from tracker.ui.file_actions import open_for_window

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "TRACKER_NO_USER_DATA": "1", "PYTHONIOENCODING": "utf-8", **env}
    environ = {k: v for k, v in environ.items() if v != ""}
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=ROOT, env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_self_test_passes_on_the_demo(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path), "--self-test"])
    assert done.returncode == 0, done.stderr
    assert "自检通过" in done.stdout and "105" in done.stdout


def test_self_test_switches_to_offscreen_without_a_display(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path), "--self-test"], QT_QPA_PLATFORM="", DISPLAY="",
               WAYLAND_DISPLAY="")
    assert done.returncode == 0, done.stderr


def test_self_test_fails_on_a_text_file(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("这不是数据库\n" * 50, encoding="utf-8")
    done = run(["--db", str(bad), "--self-test"])
    assert done.returncode != 0
    assert "自检失败" in done.stderr and "不是本程序的数据库" in done.stderr
    assert "Traceback" not in done.stderr


def test_self_test_fails_when_the_assignment_table_is_gone(demo_path):  # noqa: F811
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE assignment")
    conn.commit()
    conn.close()
    done = run(["--db", str(demo_path), "--self-test"])
    assert done.returncode != 0
    assert "自检失败" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display check is Linux-only")
def test_no_display_says_so_in_chinese_and_exits_2(tmp_path):
    done = run(["--db", str(tmp_path / "x.sqlite")], QT_QPA_PLATFORM="", DISPLAY="",
               WAYLAND_DISPLAY="")
    assert done.returncode == 2
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "没有可用的图形显示环境" in lines[0] and "tracker -h" in lines[0]
    assert not (tmp_path / "x.sqlite").exists()


def test_a_second_window_is_told_who_holds_the_database(demo_path):  # noqa: F811
    first = open_for_window(demo_path, "张三")
    try:
        with pytest.raises(TrackerError) as refused:
            open_for_window(demo_path, "李四")
        assert refused.value.code == "db_locked"
        text = refused.value.message()
        assert "窗口程序" in text and str(os.getpid()) in text
    finally:
        first.close()
    open_for_window(demo_path, "李四").close()
