"""Kill the process during a one-file import (by signal, 24 trials): afterwards the database
passes integrity_check and the batch — its rows, its record, its change log — is there whole or
not at all. Half the kills are aimed inside the write transaction through the test hook
TRACKER_TEST_PAUSE_IN_WRITE; the rest land at random moments."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from tests.cli_run import ROOT, run_cli

pytestmark = pytest.mark.slow
TRIALS_PAUSED = 12
TRIALS_RANDOM = 12


def _big_file(tmp: Path) -> Path:
    from tracker.seed import load_seed

    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "2019年6月"
    s.append(["米东区2019年6月落实情况"])
    s.append(["填报单位：米东区"])
    s.append(["序号", "措施编号", "具体措施", "完成状态", "完成进度", "进展情况", "存在问题",
              "下步计划"])
    n = 0
    for task in load_seed().tasks:
        for m in task.measures:
            n += 1
            s.append([n, m.code, m.title, "推进中", 40, f"{m.title}：已制定方案并推进",
                      "协调难度较大", "继续推进"])
    path = tmp / "米东区_2019年6月.xlsx"
    wb.save(path)
    return path


def _state(db: Path) -> tuple[str, int, int, int, int]:
    conn = sqlite3.connect(db)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        batches = conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]
        reports = conn.execute("SELECT count(*) FROM report").fetchone()[0]
        log = conn.execute("SELECT count(*) FROM change_log WHERE batch_id IS NOT NULL"
                           ).fetchone()[0]
        assigns = conn.execute("SELECT count(*) FROM assignment").fetchone()[0]
        return ok, batches, reports, log, assigns
    finally:
        conn.close()


def _start(db: Path, path: Path, pause: str | None) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRACKER_NO_USER_DATA="1",
               PYTHONIOENCODING="utf-8")
    if pause:
        env["TRACKER_TEST_PAUSE_IN_WRITE"] = pause
    else:
        env.pop("TRACKER_TEST_PAUSE_IN_WRITE", None)
    return subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "import",
                             "--yes", "--create-assignments", str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def test_kill_during_import_leaves_batch_whole_or_absent(tmp_path):
    seed = tmp_path / "seed.sqlite"
    assert run_cli("--db", str(seed), "init").code == 0
    path = _big_file(tmp_path)
    # reference: the whole batch
    ref = tmp_path / "ref.sqlite"
    shutil.copy(seed, ref)
    assert run_cli("--db", str(ref), "import", "--yes", "--create-assignments",
                   str(path)).code == 0
    whole = _state(ref)
    empty = _state(seed)
    assert whole[1] == 1 and whole[2] == 31 and whole[3] > 31
    rng = random.Random(20191128)
    outcomes = {"paused": 0, "random_whole": 0, "random_absent": 0}
    for trial in range(TRIALS_PAUSED + TRIALS_RANDOM):
        db = tmp_path / f"trial{trial}.sqlite"
        shutil.copy(seed, db)
        paused = trial < TRIALS_PAUSED
        proc = _start(db, path, "30" if paused else None)
        if paused:
            deadline = time.monotonic() + 60
            line = ""
            while time.monotonic() < deadline:
                line = proc.stderr.readline()
                if "paused-in-write" in line or not line:
                    break
            assert "paused-in-write" in line, "the test hook did not pause"
            time.sleep(rng.uniform(0, 0.2))
        else:
            time.sleep(rng.uniform(0.05, 1.8))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stderr.close()
        state = _state(db)
        assert state[0] == "ok", f"trial {trial}: integrity {state[0]}"
        assert state[1:] in (whole[1:], empty[1:]), f"trial {trial}: partial batch {state}"
        if paused:
            assert state[1:] == empty[1:]  # killed inside the transaction: nothing kept
            outcomes["paused"] += 1
        else:
            outcomes["random_whole" if state[1] else "random_absent"] += 1
    assert outcomes["paused"] >= (TRIALS_PAUSED + TRIALS_RANDOM) // 2
