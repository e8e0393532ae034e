"""Starting the window: `python -m tracker` with only the window's options opens it without the
command-line verbs; the bench hook TRACKER_EXIT_AFTER_PAINT prints the first page and ends the
process with the database closed (its lock released)."""

from __future__ import annotations

import pytest

from tests.ui.test_self_test import run
from tests.ui.window_support import demo_path  # noqa: F401 - fixture
from tracker.gui_main import window_only_args
from tracker.ui.file_actions import open_for_window


@pytest.mark.parametrize("argv, window", [
    ([], True), (["--db", "x.sqlite"], True), (["--db=x.sqlite"], True),
    (["--self-test"], True), (["--db", "x.sqlite", "--self-test"], True),
    (["--db"], False), (["status"], False), (["--db", "x.sqlite", "status"], False),
    (["--version"], False), (["-h"], False), (["--policy", "1"], False),
])
def test_only_the_window_options_skip_the_command_line(argv, window):
    assert window_only_args(argv) is window


def test_exit_after_paint_prints_the_first_page_and_releases_the_lock(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path)], TRACKER_EXIT_AFTER_PAINT="1",
               QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "first-paint rows=105 total=105" in done.stderr
    open_for_window(demo_path, "测试员").close()  # not held by the ended process


def test_verbs_still_go_through_the_command_line(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path), "status"])
    assert done.returncode == 0, done.stderr
    assert "已完成" in done.stdout and "first-paint" not in done.stderr
