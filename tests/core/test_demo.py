"""The demo database: every state present, real texts, labelled 示例数据."""

from __future__ import annotations

import re

from tracker.demo import build_demo
from tracker.services.status import period_counts
from tracker.services.workspace import open_workspace


def test_demo_has_six_months_in_every_state(tmp_path):
    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    periods = [r[0] for r in ws.db.execute("SELECT DISTINCT period FROM report ORDER BY 1")]
    assert periods == ["2019-06", "2019-07", "2019-08", "2019-09", "2019-10", "2019-11"]
    assert ws.settings()["demo"] == "1" and "示例数据" in ws.settings()["office_name"]
    seen = {"已完成": 0, "推进中": 0, "未启动": 0, "滞后": 0, "overdue": 0, "not_reported": 0}
    for p in periods:
        c = period_counts(ws, 1, p)
        for s, n in c.total.by_status.items():
            seen[s] += n
        seen["overdue"] += c.total.overdue
        seen["not_reported"] += c.total.not_reported
    assert all(seen.values()), seen
    returned = ws.db.execute("SELECT count(*) FROM report WHERE review_state='退回'").fetchone()[0]
    assert returned > 0
    texts = " ".join(r[0] for r in ws.db.execute("SELECT progress FROM report"))
    assert not re.search(r"lorem|ipsum|TODO|xxx|示例文本", texts, re.IGNORECASE)
    titles = [r[0] for r in ws.db.execute("SELECT title FROM measure")]
    assert sum(t in texts for t in titles) == len(titles)  # built from the measures' wording
    ws.close()
