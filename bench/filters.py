"""The window's filters for the benchmarks (bench/bench_status.py, bench/bench_ui.py), beside
the hand-written SQL they are compared with. It lives here, not in tracker/: PyInstaller packs
every tracker module and whatever it imports, and this imports the bench's own SQL."""

from __future__ import annotations

from typing import Any

from tracker.db.browse import PAGE, BrowseFilter, Judging, fetch_rows, matching_ids
from tracker.model import Light


def bench_filters(ws: Any, conn: Any, period: str) -> list[tuple[str, Any, Any]]:
    """For bench/bench_status.py and bench/bench_ui.py: the window's filters as
    ``(name, ours, plain_sql)``; each callable returns the matching ids in display order (ours
    also loads the first page of rows, as the table does). ``ws`` is a Workspace, ``conn`` a
    plain sqlite3 connection to the same file. Not used by the program."""
    from bench import baseline_sql as base  # the hand-written statements
    from tracker.periods import period_end
    from tracker.services import status

    db = ws.db
    j = Judging(period, period_end(period), status.period_due(ws, period), status.rules(ws))
    judged = (period, j.period_end.isoformat(), j.due.isoformat(), j.rules.warning_days,
              j.rules.tolerance)
    unit = db.execute("SELECT unit_id FROM assignment GROUP BY unit_id ORDER BY count(*) DESC, "
                      "unit_id LIMIT 1").fetchone()[0]

    def ours(f: BrowseFilter) -> Any:
        def run() -> list[int]:
            ids = matching_ids(db, f, j)
            fetch_rows(db, ids[:PAGE], j)
            return ids
        return run

    return [
        ("text 滞后 (2 characters: measures, actions, units, status, all reports)",
         ours(BrowseFilter(text="滞后")), lambda: base.text_filter(conn, period, "滞后")),
        ("text 完成", ours(BrowseFilter(text="完成")),
         lambda: base.text_filter(conn, period, "完成")),
        (f"unit {unit} + status 推进中", ours(BrowseFilter(unit_id=unit, status="推进中")),
         lambda: base.effective_unit_status_filter(conn, period, unit, "推进中")),
        ("overdue only", ours(BrowseFilter(overdue=True)),
         lambda: base.overdue_filter(conn, *judged)),
        ("not reported this period", ours(BrowseFilter(not_reported=True)),
         lambda: base.not_reported_filter(conn, *judged)),
        ("light yellow", ours(BrowseFilter(light=Light.YELLOW.value)),
         lambda: base.light_filter(conn, *judged, Light.YELLOW.value)),
    ]
