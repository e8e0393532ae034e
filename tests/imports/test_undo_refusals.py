"""Undoing a breakdown import after reports were filed on the assignments it created: refused
with a message naming what to undo first (a later import) or why not (reports typed in), never
a bare foreign-key error; the database unchanged."""

from __future__ import annotations

import openpyxl
import pytest

from tests.helpers import fresh_ws, snapshot
from tracker.errors import TrackerError
from tracker.services import imports, reports
from tracker.services.breakdown_import import accept_breakdown, preview_breakdown
from tracker.services.reports import ReportInput


def _breakdown(ws, tmp_path):
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["序号", "具体措施", "责任单位", "完成时限"])
    s.append([1, "简政放权释放创新创业活力", "天山区", "2019年12月底前"])
    path = tmp_path / "分解表.xlsx"
    wb.save(path)
    pv = preview_breakdown(ws, path, 1)
    batch = accept_breakdown(ws, pv)
    assert batch is not None
    a = ws.db.execute("SELECT a.id FROM assignment a JOIN unit u ON u.id = a.unit_id "
                      "WHERE u.name = '天山区'").fetchone()[0]
    return batch, a


def test_a_later_import_reporting_on_the_new_assignments_is_named(tmp_path):
    ws = fresh_ws(tmp_path)
    batch, _ = _breakdown(ws, tmp_path)
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["填报单位：天山区"])
    s.append(["具体措施", "完成状态", "进展情况"])
    s.append(["1.1 简政放权释放创新创业活力", "推进中", "已启动"])
    wb.save(tmp_path / "天山区_2019年12月.xlsx")
    fp = imports.preview_paths(ws, [tmp_path / "天山区_2019年12月.xlsx"], "2019-12").files[0]
    later = imports.accept_file(ws, fp)
    before = snapshot(ws)
    with pytest.raises(TrackerError) as err:
        imports.undo_batch(ws, batch)
    assert err.value.code == "batch_overwritten" and err.value.data["later"] == later
    assert "天山区_2019年12月.xlsx" in err.value.message()
    assert snapshot(ws) == before
    imports.undo_batch(ws, later)  # in order, both undo
    imports.undo_batch(ws, batch)
    ws.close()


def test_reports_typed_on_the_new_assignments_are_said(tmp_path):
    ws = fresh_ws(tmp_path)
    batch, a = _breakdown(ws, tmp_path)
    reports.record_report(ws, a, "2019-12", ReportInput(status="推进中", progress="电话报来"))
    before = snapshot(ws)
    with pytest.raises(TrackerError) as err:
        imports.undo_batch(ws, batch)
    assert err.value.code == "batch_has_reports"
    assert "天山区 1.1 2019年12月" in err.value.message()
    assert snapshot(ws) == before
    ws.close()
