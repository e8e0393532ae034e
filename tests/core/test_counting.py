"""The counting function against a small hand-computed fixture."""

from __future__ import annotations

from datetime import date

from tests.core.test_lights import state
from tracker.counting import count
from tracker.model import Status

DUE = date(2019, 7, 5)


def test_hand_computed_counts():
    states = [
        # measure 1: lead done, support done → measure done
        state(assignment_id=1, measure_id=1, unit_id=1, role="牵头", status=Status.DONE),
        state(assignment_id=2, measure_id=1, unit_id=2, unit_name="米东区", role="配合",
              status=Status.DONE),
        # measure 2: lead 推进中, support overdue → measure overdue, lead status 推进中
        state(assignment_id=3, measure_id=2, task_seq=2, task_title="t2", unit_id=1,
              role="牵头"),
        state(assignment_id=4, measure_id=2, task_seq=2, task_title="t2", unit_id=2,
              unit_name="米东区", role="配合", deadline_date=date(2019, 6, 30),
              status=Status.BEHIND),
        # measure 3: not reported, 未启动
        state(assignment_id=5, measure_id=3, task_seq=2, task_title="t2", unit_id=2,
              unit_name="米东区", role="责任", status=Status.NOT_STARTED, report_id=None,
              review_state=None, reported_date=None, percent=None),
    ]
    c = count(states, DUE, DUE)
    assert c.total.total == 5
    assert c.total.by_status == {"已完成": 2, "推进中": 1, "未启动": 1, "滞后": 1}
    assert (c.total.overdue, c.total.not_reported) == (1, 1)
    # expected reports: 3 with a report that is not done (3, 4) + done ones that reported (1, 2)
    # + the missing one (5) = 5; on time = 4
    assert (c.total.expected_reports, c.total.on_time_reports) == (5, 4)
    assert c.by_task[1].total == 2 and c.by_task[2].total == 3
    assert c.by_unit[2].by_status["已完成"] == 1 and c.by_unit[2].overdue == 1
    m = c.measures["all"]
    assert m.total == 3
    assert m.by_status == {"已完成": 1, "推进中": 1, "未启动": 1, "滞后": 0}
    assert m.overdue == 1
