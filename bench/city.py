"""Build a city-scale database: 10 policies, 300 measures, 40 units, 3,000 assignments,
36 months, about 100,000 reports. Schema from the real migrations; rows inserted in bulk.

    python bench/city.py /tmp/city.sqlite
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.db.connect import open_database  # noqa: E402
from tracker.periods import period_range  # noqa: E402

STATUSES = ["已完成", "推进中", "未启动", "滞后"]
WORDS = ["完成", "推进", "召开专题会议", "制定实施方案", "进度滞后", "资金到位", "开展督查",
         "企业座谈", "政策宣讲", "平台建设", "孵化载体", "人才引进", "融资服务", "滞后原因分析"]
PERIODS = period_range("2017-01", "2019-12")  # 36 months


def build(path: Path, seed: int = 7) -> dict:
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db, _ = open_database(path, daily_backup=False)
    db.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO unit (id, name, short_name, kind, sort_order, active) "
                         "VALUES (?,?,?,?,?,1)",
                         [(i, f"第{i}单位", f"单位{i}", "区县" if i <= 10 else "市直部门", i)
                          for i in range(1, 41)])
        measures = []
        for p in range(1, 11):
            conn.execute("INSERT INTO policy (id, title, short_title, created_at) VALUES "
                         "(?,?,?,?)", (p, f"关于第{p}项工作的实施意见", f"第{p}项意见",
                                       f"2017-01-{p:02d}T00:00:00"))
            for t in range(1, 7):
                tid = (p - 1) * 6 + t
                conn.execute("INSERT INTO task (id, policy_id, seq, title) VALUES (?,?,?,?)",
                             (tid, p, t, f"重点任务{t}"))
                for m in range(1, 6):
                    mid = len(measures) + 1
                    measures.append(mid)
                    conn.execute("INSERT INTO measure (id, task_id, seq, code, title, description)"
                                 " VALUES (?,?,?,?,?,?)", (mid, tid, m, f"{t}.{m}",
                                 f"推进{rng.choice(WORDS)}与{rng.choice(WORDS)}",
                                 "，".join(rng.sample(WORDS, 4))))
        assigns = []
        for mid in measures:  # 300 measures × 10 units = 3,000 assignments
            for k, uid in enumerate(rng.sample(range(1, 41), 10)):
                aid = len(assigns) + 1
                dl = f"2019-{rng.randint(1, 12):02d}-28"
                assigns.append((aid, mid, uid, "牵头" if k == 0 else "责任", "2017-01-01",
                                f"{dl[:4]}年{int(dl[5:7])}月底前", "month_end", dl,
                                "2017-01-01T00:00:00"))
        conn.executemany("INSERT INTO assignment (id, measure_id, unit_id, role, start_date, "
                         "deadline_text, deadline_kind, deadline_date, created_at) "
                         "VALUES (?,?,?,?,?,?,?,?,?)", assigns)
        reports = []
        for aid, *_ in assigns:
            for period in PERIODS:
                if rng.random() < 0.93:  # some months not reported: ~100,000 rows
                    text = "，".join(rng.sample(WORDS, 3))
                    reports.append((aid, period, rng.choice(STATUSES), rng.randint(0, 100),
                                    f"截至{period}，{text}", rng.choice(WORDS), "继续推进",
                                    f"{period}-28", "2019-01-01T00:00:00"))
        conn.executemany("INSERT INTO report (assignment_id, period, status, percent, progress,"
                         " problems, next_steps, reported_date, updated_at) "
                         "VALUES (?,?,?,?,?,?,?,?,?)", reports)
    conn.execute("ANALYZE")
    conn.close()
    return {"assignments": len(assigns), "reports": len(reports),
            "seconds": round(time.perf_counter() - t0, 2)}


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/city.sqlite")))
