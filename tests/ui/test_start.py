"""Starting the window: `python -m tracker` with only the window's options opens it without the
command-line verbs; the bench hook TRACKER_EXIT_AFTER_PAINT prints the first page and ends the
process with the database closed (its lock released)."""

from __future__ import annotations

import pytest

from tests.ui.test_self_test import run
from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.gui_main import window_args, window_only_args
from tracker.ui.file_actions import open_for_window


@pytest.mark.parametrize("argv, opens_window", [
    ([], True), (["--db", "x.sqlite"], True), (["--db=x.sqlite"], True),
    (["--self-test"], True), (["--db", "x.sqlite", "--self-test"], True),
    (["--db"], False), (["status"], False), (["--db", "x.sqlite", "status"], False),
    (["--version"], False), (["-h"], False), (["--policy", "1"], False),
])
def test_only_the_window_options_skip_the_command_line(argv, opens_window):
    assert window_only_args(argv) is opens_window


@pytest.mark.parametrize("argv, parsed", [
    ([], (None, False)), (["--db", "a b.sqlite"], ("a b.sqlite", False)),
    (["--db=数据.sqlite", "--self-test"], ("数据.sqlite", True)),
    (["--self-test", "--db", "x"], ("x", True)), (["--db", "--self-test"], None),
    (["--db="], None),
])
def test_the_window_options_are_read_without_argparse(argv, parsed):
    assert window_args(argv) == parsed


def test_exit_after_paint_prints_the_first_page_and_releases_the_lock(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path)], TRACKER_EXIT_AFTER_PAINT="1",
               QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "first-paint rows=100 total=105" in done.stderr
    open_for_window(demo_path, "测试员").close()  # not held by the ended process


def test_verbs_still_go_through_the_command_line(demo_path):  # noqa: F811
    done = run(["--db", str(demo_path), "status"])
    assert done.returncode == 0, done.stderr
    assert "已完成" in done.stdout and "first-paint" not in done.stderr


def test_after_the_first_paint_the_locale_is_set_and_the_collector_runs(window):  # noqa: F811
    import gc

    from PySide6.QtCore import QLocale

    from tracker.gui_main import _after_first_paint
    from tracker.ui.app import set_default_locale

    gc.disable()
    try:
        set_default_locale("en")
        _after_first_paint(window, "zh_CN")
        assert gc.isenabled()
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        gc.enable()
        set_default_locale("zh_CN")


def test_the_window_warns_about_a_damaged_database_it_opened(tmp_path):
    """Damage the day's check finds but opening does not reach: no backup is made, the window
    opens and says so, as the command line does (the same check, the same words)."""
    from tests.cli_run import run_cli
    from tracker.errors import TrackerError
    from tracker.gui_main import startup_warnings

    db = tmp_path / "d.sqlite"
    assert run_cli("--db", str(db), "demo").code == 0
    clean = tmp_path / "clean.sqlite"
    assert run_cli("--db", str(db), "backup", str(clean)).code == 0
    good = clean.read_bytes()
    page = 4096
    for first in range(12, 80, 4):  # some pages hold what opening reads, some do not
        work = tmp_path / f"work{first}"
        work.mkdir()
        data = bytearray(good)
        for i in range(page * first, page * (first + 3)):
            data[i] ^= 0x5A
        bad = work / "bad.sqlite"
        bad.write_bytes(bytes(data))
        try:
            opened = open_for_window(bad, "测试员")
        except TrackerError as exc:  # opening reached the damage: refused, named damaged
            assert exc.code == "db_damaged"
            continue
        try:
            assert opened.info.damaged
            [text] = startup_warnings(opened.info, opened.path)
            assert "完整性检查未通过" in text and "bad.sqlite" in text
        finally:
            opened.close()
        assert not list(work.glob("backups/*.sqlite"))
        break
    else:
        pytest.fail("no damage that opening does not reach")


def test_no_startup_warning_for_a_sound_local_database(tmp_path):
    from types import SimpleNamespace

    from tracker.gui_main import startup_warnings

    assert startup_warnings(SimpleNamespace(network_drive=False, damaged=False), tmp_path) == []
    [text] = startup_warnings(SimpleNamespace(network_drive=True, damaged=False), tmp_path / "x")
    assert "网络驱动器" in text
