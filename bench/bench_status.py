"""`tracker status` at city scale against the plain SQL floor (medians of 5, same run).

    python bench/bench_status.py [/tmp/city.sqlite]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import baseline_sql  # noqa: E402
from bench.city import build  # noqa: E402
from tracker.services.status import period_counts  # noqa: E402
from tracker.services.workspace import open_workspace  # noqa: E402


def median_time(fn, runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/city.sqlite")
    if not path.exists():
        print("building city-scale database:", build(path))
    ws = open_workspace(path, who="bench", lock=False, seed=False)
    conn = sqlite3.connect(path)
    period = "2019-06"
    ours = median_time(lambda: period_counts(ws, 5, period))
    as_of = period_counts(ws, 5, period).as_of.isoformat()
    floor = median_time(lambda: baseline_sql.status_counts(conn, 5, period, as_of))
    c = period_counts(ws, 5, period)
    base = baseline_sql.status_counts(conn, 5, period, as_of)
    base_total = sum(r[-1] for r in base if r[0] == "task")
    base_overdue = sum(r[3] for r in base if r[0] == "task")
    assert (c.total.total, c.total.overdue) == (base_total, base_overdue), (c.total, base)
    print(f"status (1 policy, {c.total.total} assignments, lights + per task/unit): "
          f"ours {ours * 1000:.1f} ms, plain SQL {floor * 1000:.1f} ms, ratio {ours / floor:.2f}")
    everything = median_time(lambda: period_counts(ws, None, period))
    floor_all = median_time(lambda: baseline_sql.status_counts(conn, None, period, as_of))
    print(f"status (all 10 policies, 3,000 assignments): ours {everything * 1000:.1f} ms, "
          f"plain SQL {floor_all * 1000:.1f} ms, ratio {everything / floor_all:.2f}")
    from bench.filters import bench_filters  # the window's filter queries

    for name, ours_fn, base_fn in bench_filters(ws, conn, period):
        o, b = median_time(ours_fn), median_time(base_fn)
        print(f"{name}: ours {o * 1000:.1f} ms, plain SQL {b * 1000:.1f} ms, ratio {o / b:.2f}")


if __name__ == "__main__":
    main()
