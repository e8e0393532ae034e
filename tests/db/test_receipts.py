"""The receipt register: the latest event per unit for a policy and period; "none" otherwise."""

from __future__ import annotations

from datetime import date

from tests.helpers import fresh_ws
from tracker.db.actions import write_action
from tracker.db.queries import unit_by_name
from tracker.db.receipts import NO_RECEIPT, latest_receipts, receipt_register
from tracker.services.assignments import assign


def test_latest_state_per_unit(tmp_path):
    ws = fresh_ws(tmp_path)
    tianshan = unit_by_name(ws.db, "天山区")["id"]
    midong = unit_by_name(ws.db, "米东区")["id"]
    tech = unit_by_name(ws.db, "市科技局")["id"]
    assign(ws, 1, tianshan, "责任")
    assign(ws, 1, midong, "责任")
    assign(ws, 2, tech, "牵头")
    events = [(tianshan, "2019-06", "exported", "2019-06-25T09:00:00"),
              (tianshan, "2019-06", "received", "2019-07-03T10:02:00"),
              (tianshan, "2019-06", "imported", "2019-07-03T10:05:00"),
              (tech, "2019-06", "rejected", "2019-07-04T08:00:00"),
              (tech, "2019-06", "received", "2019-07-04T08:00:00"),  # same time: later id wins
              (midong, "2019-05", "imported", "2019-06-03T09:00:00")]  # another period
    with write_action(ws.db, "测试员", "receipt", "登记") as act:
        for unit_id, period, state, at in events:
            act.insert("receipt", {"unit_id": unit_id, "policy_id": 1, "period": period,
                                   "state": state, "file_name": f"{state}.xlsx", "at": at})
    latest = latest_receipts(ws.db, 1, "2019-06")
    assert {u: r["state"] for u, r in latest.items()} == {tianshan: "imported",
                                                          tech: "received"}
    register = {r["unit_id"]: r for r in receipt_register(ws.db, 1, "2019-06")}
    assert list(register) == [tianshan, midong, tech]  # catalog order, units concerned only
    assert register[tianshan]["state"] == "imported" and register[tianshan]["events"] == 3
    assert register[midong]["state"] == NO_RECEIPT and register[midong]["at"] is None
    assert register[tech]["assignments"] == 1
    ws.close()


def test_a_unit_with_a_receipt_but_no_assignment_is_listed(tmp_path):
    ws = fresh_ws(tmp_path)
    finance = unit_by_name(ws.db, "市财政局")["id"]
    with write_action(ws.db, "测试员", "receipt", "登记") as act:
        act.insert("receipt", {"unit_id": finance, "policy_id": 1, "period": "2019-06",
                               "state": "wrong_file", "at": "2019-07-02T09:00:00"})
    register = receipt_register(ws.db, 1, "2019-06")
    assert [(r["unit_id"], r["state"], r["assignments"]) for r in register] == [
        (finance, "wrong_file", 0)]
    ws.close()


def test_reports_typed_in_or_imported_count_as_received(tmp_path):
    from tracker.db.receipts import REPORTED
    from tracker.services.reports import ReportInput, record_report, review_report

    ws = fresh_ws(tmp_path)
    ids = {name: unit_by_name(ws.db, name)["id"]
           for name in ("天山区", "米东区", "市科技局", "市财政局", "水磨沟区")}
    a = {name: assign(ws, 1, uid, "责任") for name, uid in ids.items()}
    with write_action(ws.db, "测试员", "receipt", "登记") as act:
        for name in ids:
            act.insert("receipt", {"unit_id": ids[name], "policy_id": 1, "period": "2019-06",
                                   "state": "exported", "at": "2019-06-25T09:00:00"})
        act.insert("receipt", {"unit_id": ids["米东区"], "policy_id": 1, "period": "2019-06",
                               "state": "imported", "file_name": "米东区.xlsx",
                               "at": "2019-07-03T10:05:00"})
        act.insert("receipt", {"unit_id": ids["市科技局"], "policy_id": 1, "period": "2019-06",
                               "state": "wrong_file", "file_name": "别的.xlsx",
                               "at": "2019-07-09T10:05:00"})
        act.insert("receipt", {"unit_id": ids["市财政局"], "policy_id": 1, "period": "2019-06",
                               "state": "rejected", "file_name": "坏.xlsx",
                               "at": "2019-07-01T10:05:00"})
    for name, day in (("天山区", "2019-07-04"), ("米东区", "2019-07-03"),
                      ("市科技局", "2019-07-05"), ("市财政局", "2019-07-06"),
                      ("水磨沟区", "2019-07-05")):
        record_report(ws, a[name], "2019-06", ReportInput(status="推进中", percent=30,
                                                          progress="进展",
                                                          reported_date=date.fromisoformat(day)))
    returned = ws.db.execute("SELECT id FROM report WHERE assignment_id = ?",
                             [a["水磨沟区"]]).fetchone()[0]
    review_report(ws, returned, approve=False, note="请补充")
    register = {r["unit_id"]: r for r in receipt_register(ws.db, 1, "2019-06")}
    typed = register[ids["天山区"]]
    assert (typed["state"], typed["source"], typed["at"], typed["reports"]) == (
        REPORTED, "typed", "2019-07-04", 1)
    assert register[ids["米东区"]]["state"] == "imported"  # the file is named: kept
    assert register[ids["市科技局"]]["state"] == "wrong_file"  # newer than the report
    assert register[ids["市财政局"]]["state"] == REPORTED  # reported after the rejection
    assert register[ids["水磨沟区"]]["state"] == "exported"  # a returned report is not received
    ws.close()
