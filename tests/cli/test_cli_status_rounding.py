"""`tracker status` prints rates as every report does: one decimal, half up (13/16 = 81.3 %)."""

from __future__ import annotations

from tracker.cli.status_text import _line
from tracker.counting import Tally


def test_status_rates_round_half_up_like_the_reports():
    t = Tally(total=16, expected_reports=16, on_time_reports=13)
    assert "81.3%" in _line("5. 任务", t, 28)  # Python's .1% says 81.2%
