"""The window at city scale (not a unit test): start, filters, memory.

    python bench/bench_ui.py [--db /tmp/city.sqlite] [--runs 15] [--period 2019-06]

(a) Cold start to the first paint of the main window with its first page of rows:
    ``python -m tracker --db CITY`` with TRACKER_EXIT_AFTER_PAINT=1 and QT_QPA_PLATFORM=offscreen,
    wall time of the whole process, against bench/bare_window.py (a bare PySide6 window with an
    empty QTableView, quit on first paint the same way), alternating, median of ``--runs``.
    Both children get the same environment: their own settings and data folders, and compiled
    bytecode (one unmeasured warm-up run each writes it to a private cache folder), as an
    installed program has; ``PYTHONDONTWRITEBYTECODE`` would otherwise make every run compile
    the program's own sources.
(b) The window's filters through tracker.db.browse (all ids under the filter in display order,
    plus the first page of rows the table shows) beside the same answer from plain SQL
    (bench/baseline_sql.py), median of ``--runs``; the answers are compared.
(c) Peak memory (ru_maxrss) of the window process and of the bare one.
(d) With ``--instructions``: both starts counted in CPU instructions (valgrind callgrind), a
    measure the machine's load does not move.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_status import median_time  # noqa: E402
from bench.city import build  # noqa: E402

START_TARGET = 2.0  # × the bare window
FILTER_TARGET_MS = 100.0


def child_env(folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", TRACKER_EXIT_AFTER_PAINT="1",
               PYTHONPYCACHEPREFIX=str(folder / "pycache"),
               TRACKER_CONFIG_DIR=str(folder / "config"), TRACKER_DATA_DIR=str(folder / "data"))
    return env


def run_child(cmd: list[str], env: dict[str, str], log: Path) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) and stderr of one child process."""
    with open(log, "wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(encoding="utf-8", errors="replace")
    if proc.returncode != 0 or "first-paint" not in text:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{text}")
    return seconds, usage.ru_maxrss, text


def bench_start(db: Path, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        log = folder / "stderr.txt"
        ours_cmd = [sys.executable, "-m", "tracker", "--db", str(db)]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        run_child(ours_cmd, env, log)  # warm-up: bytecode, settings, the day's backup
        run_child(bare_cmd, env, log)
        ours: list[tuple[float, int]] = []
        bare: list[tuple[float, int]] = []
        line = ""
        for _ in range(runs):
            seconds, rss, text = run_child(ours_cmd, env, log)
            ours.append((seconds, rss))
            line = next(x for x in text.splitlines() if x.startswith("first-paint"))
            seconds, rss, _text = run_child(bare_cmd, env, log)
            bare.append((seconds, rss))
    o = statistics.median(s for s, _ in ours)
    b = statistics.median(s for s, _ in bare)
    ratio = o / b
    # each run of ours is paired with the bare run right after it (same machine load)
    paired = statistics.median(x / y for (x, _), (y, _) in zip(ours, bare, strict=True))
    best = min(s for s, _ in ours) / min(s for s, _ in bare)
    print(f"(a) start to first paint ({line}): ours {o * 1000:.0f} ms "
          f"[{', '.join(f'{s * 1000:.0f}' for s, _ in ours)}], bare window {b * 1000:.0f} ms "
          f"[{', '.join(f'{s * 1000:.0f}' for s, _ in bare)}]; ratio of medians {ratio:.2f} "
          f"(target ≤ {START_TARGET:.0f}×{'' if ratio <= START_TARGET else ': OVER'}), "
          f"median of paired ratios {paired:.2f}, fastest/fastest {best:.2f}")
    print(f"(c) peak memory (ru_maxrss): window {max(r for _, r in ours) / 1024:.0f} MiB, "
          f"bare window {max(r for _, r in bare) / 1024:.0f} MiB")


def bench_instructions(db: Path) -> None:
    """(d) with --instructions: the same two starts counted in CPU instructions under
    valgrind's callgrind (one run each, after a warm-up): unlike wall time, the count does not
    move with the machine's load."""
    import re
    import shutil

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("(d) instructions: valgrind is not installed, skipped")
        return
    counts = {}
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        log = folder / "stderr.txt"
        cmds = {"ours": [sys.executable, "-m", "tracker", "--db", str(db)],
                "bare": [sys.executable, str(ROOT / "bench" / "bare_window.py")]}
        for name, cmd in cmds.items():
            run_child(cmd, env, log)  # warm-up: bytecode, settings, the day's backup
            _s, _r, text = run_child([valgrind, "--tool=callgrind",
                                      "--callgrind-out-file=/dev/null", *cmd], env, log)
            found = re.search(r"Collected : (\d+)", text)
            if found is None:
                raise RuntimeError(f"no instruction count from callgrind:\n{text}")
            counts[name] = int(found.group(1))
    ratio = counts["ours"] / counts["bare"]
    print(f"(d) instructions to first paint: ours {counts['ours'] / 1e6:,.0f} M, bare window "
          f"{counts['bare'] / 1e6:,.0f} M; ratio {ratio:.2f}")


def bench_filters(db: Path, runs: int, period: str) -> None:
    from bench.filters import bench_filters as window_filters
    from tracker.db import browse
    from tracker.services.workspace import open_workspace

    ws = open_workspace(db, who="bench", lock=False, seed=False)
    conn = sqlite3.connect(db)
    try:
        counts = ws.db.execute("SELECT (SELECT count(*) FROM assignment), "
                               "(SELECT count(*) FROM report)").fetchone()
        print(f"(b) filters over {counts[0]:,} assignments and {counts[1]:,} reports, period "
              f"{period} (ours: every matching id in display order + the first page of "
              f"{browse.PAGE} rows):")
        for name, ours_fn, base_fn in window_filters(ws, conn, period):
            ours_ids, base_ids = ours_fn(), base_fn()
            same = "same answer" if ours_ids == base_ids else "ANSWERS DIFFER"
            o, b = median_time(ours_fn, runs), median_time(base_fn, runs)
            flag = "" if o * 1000 < FILTER_TARGET_MS else f" OVER {FILTER_TARGET_MS:.0f} ms"
            print(f"    {name}: ours {o * 1000:.1f} ms, plain SQL {b * 1000:.1f} ms, "
                  f"ratio {o / b:.2f}, {len(ours_ids)} rows, {same}{flag}")
    finally:
        conn.close()
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/city.sqlite")
    parser.add_argument("--runs", type=int, default=15)  # wall time here swings ±30 %
    parser.add_argument("--period", default="2019-06")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (about a minute)")
    args = parser.parse_args()
    db = Path(args.db)
    if not db.exists():
        print("building city-scale database:", build(db))
    if not args.skip_start:
        bench_start(db, args.runs)
    bench_filters(db, args.runs, args.period)
    if args.instructions:
        bench_instructions(db)


if __name__ == "__main__":
    main()
