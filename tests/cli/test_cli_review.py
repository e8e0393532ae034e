"""Command-line edge cases found in review."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_run import ROOT, run_cli
from tracker.demo import build_demo

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


def test_on_time_rate_is_unknown_when_nothing_was_expected(tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "status", "--json", "--period", "2019-06")
    assert json.loads(r.out)["total"]["按时报送率"] is None
    r = run_cli("--db", db, "status", "--period", "2019-06")
    assert "—" in r.out and "0%" not in r.out


def test_output_paths_are_checked(demo, tmp_path):
    a_file = tmp_path / "a.txt"
    a_file.write_text("x")
    for args in (["remind", "--period", "2019-11", "--out", str(a_file)],
                 ["export-templates", "--period", "2019-12", "--out", str(a_file)]):
        r = run_cli("--db", str(demo), *args)
        assert r.code == 2 and "不是文件夹" in r.err, r.err
    r = run_cli("--db", str(demo), "export-summary", "--period", "2019-11", "-o",
                str(tmp_path / "x.txt"))
    assert r.code == 2 and "扩展名" in r.err
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o", str(tmp_path))
    assert r.code == 2 and "文件夹" in r.err
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o",
                str(tmp_path / "月报"))
    assert r.code == 0 and (tmp_path / "月报.pdf").exists()


def test_unknown_task_is_refused(demo, tmp_path):
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o",
                str(tmp_path / "t.pdf"), "--task", "9")
    assert r.code == 2 and "重点任务" in r.err


def test_missing_database_for_a_reading_command(tmp_path):
    missing = tmp_path / "typo.sqlite"
    r = run_cli("--db", str(missing), "status")
    assert r.code == 2 and "不存在" in r.err
    assert not missing.exists()


def test_broken_pipe_is_quiet(demo):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_NO_USER_DATA="1",
               PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(demo), "status"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert "Traceback" not in err and "意外错误" not in err


def test_files_in_subfolders_are_imported(tmp_path):
    db = str(tmp_path / "w.sqlite")
    assert run_cli("--db", db, "init").code == 0
    sub = tmp_path / "in" / "水磨沟区"
    sub.mkdir(parents=True)
    shutil.copy(FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx", sub)
    r = run_cli("--db", db, "import", "--dry-run", "--json", str(tmp_path / "in"))
    files = json.loads(r.out)["files"]
    assert [Path(f["path"]).name for f in files] == ["01_shuimogou_2019-03_merged-header.xlsx"]
    assert files[0]["outcome"] == "ok"


def test_report_columns_are_chosen_on_the_command_line(demo, tmp_path):
    """--columns: the detail table's columns and their order, by key or printed name; an
    unknown one is refused, naming the choices."""
    import docx

    out = tmp_path / "cols.docx"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", "docx",
                "--sections", "detail", "--columns", "unit", "具体措施", "进展情况", "-o", str(out))
    assert r.code == 0, r.err
    tables = docx.Document(str(out)).tables
    headers = [[c.text for c in t.rows[0].cells] for t in tables]
    detail = next(h for h in headers if "进展情况" in h)
    assert list(dict.fromkeys(detail)) == ["责任单位", "具体措施", "进展情况"]
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--columns", "备注",
                "-o", str(tmp_path / "x.pdf"))
    assert r.code == 2 and "没有“备注”这一栏" in r.err and "progress（进展情况）" in r.err
