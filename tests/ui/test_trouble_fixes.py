"""The window in trouble: a draft that cannot be written is said in the form (typing goes on,
closing as a draft stays open); restoring another program's SQLite file is refused before the
current database is let go, and a restore is recorded with its operator and the saved copy;
the ledger search reads full-width input and a unit's name run into a measure code."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from tests.ui.edit_support import open_ws, type_cn
from tests.ui.test_dialogs_report import db_path, make_dialog, ws  # noqa: F401
from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401
from tracker.db import backup
from tracker.db.browse import BrowseFilter, matching_ids, search_words
from tracker.ui import dialogs
from tracker.ui.drafts import DraftStore


def test_a_draft_that_cannot_be_written_is_said_and_typing_goes_on(
        qtbot, ws, stack, tmp_path, monkeypatch):  # noqa: F811
    def full(self, fields):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DraftStore, "save", full)
    dialog = make_dialog(qtbot, ws, stack, tmp_path / "drafts")
    try:
        type_cn(dialog.edits["progress"], "电话报送的进展")
        assert dialog.save_draft(force=True) is False
        said = dialog.draft_label.text()
        assert "无法保存草稿" in said or "cannot be kept" in said
        warned = []
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
        monkeypatch.setattr(dialogs.report_entry, "ask_before_closing",
                            lambda *a, **k: dialogs.report_entry.KEEP_DRAFT)
        dialog.reject()
        assert dialog.isVisible() and warned == [said]
        assert dialog.edits["progress"].toPlainText() == "电话报送的进展"
    finally:
        dialog._edited = False  # closed by the test run without the question


def test_restoring_another_programs_sqlite_file_is_refused_and_the_window_goes_on(
        window, tmp_path, monkeypatch):  # noqa: F811
    foreign = tmp_path / "别的程序.sqlite"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    rows = window.model.total_count()
    assert window.file_actions.restore(str(foreign), confirm=False) is False
    assert said and "不是本程序" in said[0]
    assert not [p for p in backup.list_backups(window.ws.path) if "before-restore" in p.name]
    window.refresh_data()  # the database is still open and locked by this window
    assert window.model.total_count() == rows and window.ws.lock is not None


def test_a_restore_in_the_window_records_the_operator_and_the_saved_copy(
        window, tmp_path):  # noqa: F811
    copy = backup.backup_to(window.ws.db.conn, tmp_path / "备份.sqlite")
    assert window.file_actions.restore(str(copy), confirm=False)
    last = window.ws.db.execute("SELECT who, verb, summary FROM action ORDER BY id DESC "
                                "LIMIT 1").fetchone()
    assert last[0] == "测试员" and last[1] == "restore"
    assert "备份.sqlite" in last[2] and "恢复前的数据库已备份为" in last[2]


def test_search_reads_full_width_input_and_a_name_run_into_a_code(demo_path):  # noqa: F811
    db = open_ws(demo_path)
    try:
        from tests.db.test_browse import judging

        j = judging(db)
        want = matching_ids(db.db, BrowseFilter(text="米东区 3.3"), j)
        assert want
        for typed in ("米东区3.3", "3.3米东区", "米东区，3.3", "米东区 ３．３"):
            assert matching_ids(db.db, BrowseFilter(text=typed), j) == want, typed
    finally:
        db.close()
    assert search_words("ｍｄ３.３") == ["md", "3.3"]
    assert search_words("2019年6月 滞后") == ["2019年6月", "滞后"]


def test_a_restore_that_fails_puts_the_window_back_on_its_database(
        window, tmp_path, monkeypatch):  # noqa: F811
    from tracker.errors import TrackerError

    copy = backup.backup_to(window.ws.db.conn, tmp_path / "备份.sqlite")

    def full(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise TrackerError("restore_failed", path=str(window.ws.path), detail="disk I/O error")

    said = []
    monkeypatch.setattr(backup, "restore_from", full)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    rows = window.model.total_count()
    assert window.file_actions.restore(str(copy), confirm=False) is False
    assert said and "disk I/O error" in said[0]
    window.refresh_data()
    assert window.model.total_count() == rows and window.ws.lock is not None


def test_the_month_shown_stays_in_the_list_when_its_only_report_is_undone(window):  # noqa: F811
    from tracker.services.history import undo_last
    from tracker.services.reports import ReportInput, record_report

    aid = window.model.all_ids()[0]
    record_report(window.ws, aid, "2018-06", ReportInput(status="推进中", progress="补报"))
    window.refresh_data()
    window.set_period("2018-06")
    assert window.current_period() == "2018-06"
    undo_last(window.ws)
    window.refresh_data()
    assert window.current_period() == "2018-06" and window.model._period == "2018-06"


def test_full_width_punctuation_is_searched_as_typed():
    assert search_words("（试行）") == ["（试行）"]
    assert search_words("１００％ 重点：古牧地镇") == ["１００％", "重点：古牧地镇"]
    assert search_words("米东区３．３") == ["米东区", "3.3"]
