"""The change log stores an inserted or deleted row as one whole-row record (field "*"); the
detail panel's 变更记录 and its Excel export still read field by field."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.services import history
from tracker.services.reports import ReportInput, record_report


def test_inserted_updated_and_undone_report_read_field_by_field(qtbot, window, tmp_path):  # noqa: F811
    win = window
    ws = win.ws
    aid = win.model.all_ids()[0]
    period = "2020-01"  # no report yet: the first record inserts the row
    assert ws.db.execute("SELECT count(*) FROM report WHERE assignment_id = ? AND period = ?",
                         [aid, period]).fetchone()[0] == 0
    whole = ws.db.execute("SELECT max(id) FROM change_log").fetchone()[0] or 0
    record_report(ws, aid, period, ReportInput(status="推进中", percent=40,
                                               progress="召开专题会议"))
    assert ws.db.execute("SELECT field FROM change_log WHERE id > ? AND table_name = 'report'",
                         [whole]).fetchall() == [("*",)]
    record_report(ws, aid, period, ReportInput(status="已完成", percent=100,
                                               progress="方案已印发"))
    win.refresh_data()
    win.table.select_id(aid)
    lines = [e.line() for e in win.detail.entries()]
    inserted = next(line for line in lines if "召开专题会议" in line and "→" not in line)
    assert "2020年1月状态 推进中" in inserted and "2020年1月完成进度 40" in inserted
    assert "备注" not in inserted  # empty fields of a new row are not listed
    updated = next(line for line in lines if "召开专题会议 → 方案已印发" in line)
    assert "2020年1月状态 推进中 → 已完成" in updated
    text = win.detail.history.toPlainText()
    assert "2020年1月完成进度 40% → 100%" in text
    path = win.detail.export_history(str(tmp_path / "history.xlsx"))
    rows = [r[2] for r in load_workbook(path).worksheets[1].iter_rows(min_row=2,
                                                                      values_only=True)]
    assert any("2020年1月状态 推进中 → 已完成" in (r or "") for r in rows)


def test_a_deleted_row_reads_as_removed_fields(qtbot, window):  # noqa: F811
    from tracker.db.history_queries import row_history
    from tracker.ui.history_text import build_entries

    ws = window.ws
    aid = window.model.all_ids()[1]
    report = record_report(ws, aid, "2020-02", ReportInput(status="滞后", percent=5,
                                                           progress="尚未启动"))
    inserted = ws.db.execute("SELECT max(id) FROM action").fetchone()[0]
    history.undo(ws, inserted)  # deletes the report: one whole-row record
    assert ws.db.execute("SELECT field, op FROM change_log WHERE action_id = "
                         "(SELECT max(id) FROM action)").fetchall() == [("*", "delete")]
    lines = [e.line() for e in build_entries(row_history(ws.db, "report", report), {})]
    assert "2020年2月状态 滞后" in lines[0] and "→" not in lines[0]
    assert "2020年2月状态 滞后 → （已删除）" in lines[1]
    assert "2020年2月进展情况 尚未启动 → （已删除）" in lines[1]


def test_history_export_offers_a_clean_name_and_says_when_the_file_is_in_use(
        qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    import os

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    win = window
    aid = win.model.all_ids()[0]
    win.table.select_id(aid)
    monkeypatch.setattr(win.detail, "_title_text", lambda: "1.1 天山区/米东区：建设*众创空间?")
    offered: list[str] = []

    def save_dialog(parent, title, start, filters):  # noqa: ANN001, ANN202
        offered.append(start)
        return str(tmp_path / "记录.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    real_replace = os.replace

    def in_use(src, dst):  # noqa: ANN001, ANN202 - Windows refuses a file open in Excel
        if str(dst).endswith("记录.xlsx"):
            raise PermissionError(13, "used by another process")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", in_use)
    assert win.detail.export_history() is None
    start = offered[0]
    assert start.endswith("1.1 天山区_米东区：建设_众创空间_.xlsx")
    assert os.path.dirname(start) == str(win.ws.path.parent)  # a database in a folder of one's own
    assert len(said) == 1 and "记录.xlsx" in said[0]
    assert not (tmp_path / "记录.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tracker-")]  # no litter
