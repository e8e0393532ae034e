"""Defects from the user walk-through of the window: 临近完成时限 drills to exactly its items,
history printouts keep the whole text, redo and undo say so once, the operator's name is asked
on first start, a returned report's row says 退回, 销号 asks for its date, the receipt register
shows typed reports, the ledger's columns fit at 1366×768."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.window_support import (  # noqa: F401 - fixtures
    demo_path,
    user_settings,
    window,
)
from tracker.services.assignments import extend_deadline


# ---------------------------------------------------------------- 1. 临近完成时限 drills down
def test_due_soon_heading_drills_to_exactly_those_items(qtbot, window):  # noqa: F811
    win = window
    aid = win.model.all_ids()[5]
    win.set_period("2019-11")
    # 2019-11 reports are due on 2019-12-05: a deadline five days later is due soon
    extend_deadline(win.ws, aid, "2019年12月10日", "测试", "张主任")
    win.tabs.setCurrentIndex(1)
    d = win.dashboard()
    d.set_period("2019-11")
    n = d.soon_model.rowCount()
    soon_ids = sorted(d.soon_model.drill(d.soon_model.index(r, 0))["assignment_id"]
                      for r in range(n))
    assert aid in soon_ids
    assert d.soon_head.text() == f"临近完成时限（{n}）"
    qtbot.mouseClick(d.soon_head, Qt.MouseButton.LeftButton)
    assert win.tabs.currentIndex() == 0
    assert win.filter_bar.due_soon.isChecked()
    assert win.model.total_count() == n
    assert sorted(win.model.all_ids()) == soon_ids
    assert win.filter_bar.count_label.text() == f"共 {n} 项"
    win.filter_bar.clear_button.click()
    assert not win.filter_bar.due_soon.isChecked()
    assert win.model.total_count() == 105


def test_an_empty_due_soon_list_says_why(qtbot, window):  # noqa: F811
    win = window
    win.tabs.setCurrentIndex(1)
    d = win.dashboard()
    d.set_period("2019-06")
    assert d.soon_model.rowCount() == 0
    assert not d.soon_empty.isHidden() and d.soon_view.isHidden()
    assert d.soon_empty.text().startswith("本期没有临近完成时限的事项")


# ---------------------------------------------------------------- 2. history printed whole
def _tooltips(document) -> list[str]:  # noqa: ANN001
    """The tooltips of a rich-text document's fragments."""
    tips = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                tips.append(tip)
            it += 1
        block = block.next()
    return tips


LONG_OLD = "截至本月底，已召开专题推进会议三次，印发实施方案一份，完成年度目标任务的百分之六十，" * 2
LONG_NEW = ("截至本月底，已完成全部建设内容并通过验收，企业入驻率达到百分之九十五，形成可复制经验。" * 2
            + '已与"A&B"公司签约<二期>，\'三期\'在谈')  # quotes, & and <> as written


def test_history_print_and_excel_keep_the_whole_text(qtbot, window, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from tracker.services.reports import ReportInput, record_report
    from tracker.ui.history_export import history_html

    win = window
    aid = win.model.all_ids()[3]
    record_report(win.ws, aid, "2020-01", ReportInput(status="推进中", percent=60,
                                                      progress=LONG_OLD))
    record_report(win.ws, aid, "2020-01", ReportInput(status="推进中", percent=70,
                                                      progress=LONG_NEW))
    win.refresh_data()
    win.table.select_id(aid)
    # on screen: shortened, the whole line as the tooltip
    assert LONG_NEW not in win.detail.history.toPlainText()
    tips = _tooltips(win.detail.history.document())
    assert any(f"{LONG_OLD} → {LONG_NEW}" in tip for tip in tips)
    # on paper
    page = history_html("t", win.detail.report_rows(), win.detail.entries())
    import html

    assert f"{LONG_OLD} → {LONG_NEW}" in html.unescape(page)  # HTML-escaped, as it must be
    # in Excel: whole texts, rows as tall as their text, A4 landscape one page wide
    path = win.detail.export_history(str(tmp_path / "history.xlsx"))
    wb = load_workbook(path)
    reports, hist = wb.worksheets
    cells = {r: hist.cell(r, 3).value or "" for r in range(2, hist.max_row + 1)}
    row = next(r for r, text in cells.items() if LONG_NEW in text)
    assert f"{LONG_OLD} → {LONG_NEW}" in cells[row]
    assert hist.row_dimensions[row].height > 3 * 15
    for sheet, head in ((reports, "$3:$3"), (hist, "$1:$1")):
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize in (9, "9")
        assert sheet.page_setup.fitToWidth in (1, "1")
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == head
        assert "&P" in sheet.oddFooter.center.text
    first_report = next(r for r in range(4, reports.max_row + 1)
                        if reports.cell(r, 4).value == LONG_NEW)
    assert reports.row_dimensions[first_report].height > 2 * 15


# ---------------------------------------------------------------- 3. 重做 logged as such
def test_history_lines_say_undo_and_redo_once():
    from tracker.ui.history_text import HistoryEntry, action_summary

    assert action_summary("redo", "撤销：撤销：审核：已审核") == "重做：审核：已审核"
    assert action_summary("redo", "重做：审核：已审核") == "重做：审核：已审核"
    assert action_summary("undo", "撤销：审核：已审核") == "撤销：审核：已审核"
    assert action_summary("review", "撤销：x") == "撤销：x"  # only undo and redo change
    e = HistoryEntry("2019年12月1日 09:00", "王科员", "撤销：撤销：审核：已审核",
                     ["审核状态 待审核 → 已审核"], verb="redo",
                     full_changes=["审核状态 待审核 → 已审核"])
    assert e.line() == "2019年12月1日 09:00 王科员：重做：审核：已审核（审核状态 待审核 → 已审核）"


def test_redo_in_the_window_is_recorded_as_redo(qtbot, window):  # noqa: F811
    win = window
    aid = win.model.all_ids()[0]
    win.table.select_id(aid)
    win.detail.toggle_closed(date(2019, 12, 1))  # a date given: no question
    win.undo_stack.undo()
    win.undo_stack.redo()
    win.refresh_data()
    lines = win.detail.history.toPlainText().splitlines()
    assert "重做：销号" in lines[0] and "撤销：销号" in lines[1]
    assert "撤销：撤销" not in win.detail.history.toPlainText()


# ---------------------------------------------------------------- 4. the operator's name
def test_first_start_asks_the_operators_name(qtbot, window, tmp_path):  # noqa: F811
    from tracker.ui.user_settings import UserSettings
    from tracker.ui.welcome import WelcomeDialog

    win = window
    win.settings.qs.remove("user/operator")  # fresh settings: the box is empty, not "root"
    dialog = WelcomeDialog(win, first_start=True)
    qtbot.addWidget(dialog)
    assert dialog.operator_edit.isVisibleTo(dialog)
    assert dialog.operator_edit.text() == "" and dialog.operator_edit.placeholderText()
    closed = WelcomeDialog(win, first_start=True)  # closed without typing: nothing saved
    qtbot.addWidget(closed)
    closed.reject()
    assert win.settings.operator_chosen == ""
    dialog.operator_edit.setText("  李科员 ")
    dialog.start_button.click()
    assert win.settings.operator == "李科员" and win.ws.who == "李科员"
    assert UserSettings(win.settings.qs.fileName()).operator == "李科员"
    win.table.select_id(win.model.all_ids()[0])
    win.detail.toggle_closed(date(2019, 12, 1))
    assert win.detail.history.toPlainText().splitlines()[0].split("：")[0].endswith("李科员")
    # 帮助 → 使用说明 does not ask again
    again = WelcomeDialog(win, first_start=False)
    qtbot.addWidget(again)
    assert not again.operator_edit.isVisibleTo(again)


# ---------------------------------------------------------------- 5. a returned report's row
def test_a_returned_report_row_says_so_and_reentry_clears_the_reason(qtbot, window):  # noqa: F811
    from tracker.db.queries import find_report
    from tracker.services.reports import ReportInput, record_report, review_report
    from tracker.ui.assignment_model import COLUMNS

    win = window
    win.set_period("2019-11")
    aid = win.model.all_ids()[7]
    record_report(win.ws, aid, "2019-11", ReportInput(status="推进中", percent=90,
                                                      progress="本月进展描述"))
    rid = find_report(win.ws.db, aid, "2019-11")["id"]
    review_report(win.ws, rid, approve=False, note="请补充具体数据")
    win.refresh_data()
    win.table.select_id(aid)
    row = win.model.row_of(aid)

    def cell(key, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        return win.model.data(win.model.index(row, COLUMNS.index(key)), role)

    assert cell("status").endswith(" · 已退回")
    assert cell("progress") == "【已退回】本月进展描述"
    tip = cell("status", Qt.ItemDataRole.ToolTipRole)
    assert "退回原因：请补充具体数据" in tip and "最近一次未退回的报送（2019年10月）" in tip
    assert cell("percent") != "90%"  # the returned report does not count
    assert "退回（请补充具体数据）" in win.detail.overview.toPlainText()
    # entered again: 待审核, the old reason no longer shown
    record_report(win.ws, aid, "2019-11", ReportInput(status="推进中", percent=92,
                                                      progress="补充后的进展"))
    win.refresh_data()
    assert cell("status") == "推进中" and cell("percent") == "92%"
    assert cell("progress") == "补充后的进展"
    overview = win.detail.overview.toPlainText()
    assert "推进中 · 待审核" in overview and "请补充具体数据" not in overview


# ---------------------------------------------------------------- 6. 销号 asks for its date
def _answer_modal(qtbot, answer):  # noqa: ANN001, ANN202
    """Run ``answer(dialog)`` inside the next modal dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen = []

    def go():  # noqa: ANN202
        w = QApplication.activeModalWidget()
        if w is None:
            QTimer.singleShot(20, go)
            return
        seen.append(w)
        answer(w)

    QTimer.singleShot(0, go)
    return seen


def test_close_asks_for_the_date_and_cancel_closes_nothing(qtbot, window, monkeypatch):  # noqa: F811
    from PySide6.QtCore import QDate

    from tracker.db.queries import get_row
    from tracker.ui.dialogs import close_item

    win = window
    monkeypatch.setattr(close_item, "_today", lambda: date(2019, 12, 10))
    aid = win.model.all_ids()[0]
    win.table.select_id(aid)
    assert win.detail.close_button.text() == "销号"
    seen = _answer_modal(qtbot, lambda d: d.reject())
    qtbot.mouseClick(win.detail.close_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].objectName() == "closeItemDialog"
    assert get_row(win.ws.db, "assignment", aid)["closed_date"] is None

    def pick(dialog):  # noqa: ANN001, ANN202
        assert dialog.date_edit.date() == QDate(2019, 12, 10)  # today by default
        dialog.date_edit.setDate(QDate(2019, 11, 30))
        dialog.ok_button.click()

    _answer_modal(qtbot, pick)
    qtbot.mouseClick(win.detail.close_button, Qt.MouseButton.LeftButton)
    assert get_row(win.ws.db, "assignment", aid)["closed_date"] == "2019-11-30"
    assert win.detail.close_button.text() == "取消销号"
    # no row selected: the button no longer says 取消销号
    win.detail.show_assignment(None, None)
    assert win.detail.close_button.text() == "销号"
    assert not win.detail.close_button.isEnabled()


# ---------------------------------------------------------------- 8. the ledger at 1366×768
def test_every_ledger_column_fits_at_1366(qtbot, window):  # noqa: F811
    from tracker.ui.assignment_model import COLUMNS

    win = window
    assert win.size().width() == 1366
    qtbot.wait(50)
    table, header = win.table, win.table.horizontalHeader()
    width = table.viewport().width()
    hfm, fm = header.fontMetrics(), table.fontMetrics()
    for col, name in enumerate(win.model.header_texts()):
        x, w = header.sectionViewportPosition(col), header.sectionSize(col)
        assert x >= 0 and x + w <= width, (name, x, w, width)
        assert w >= hfm.horizontalAdvance(name) + 12, name  # the header is readable
    assert header.sectionSize(COLUMNS.index("status")) >= fm.horizontalAdvance("滞后 · 已销号") + 8
    assert header.sectionSize(COLUMNS.index("status")) >= fm.horizontalAdvance("推进中 · 已退回") + 8
    # a narrow column's text is whole in its tooltip
    index = win.model.index(0, COLUMNS.index("unit"))
    assert win.model.data(index, Qt.ItemDataRole.ToolTipRole) == win.model.data(index)
    # hiding and showing a column through the column menu keeps the fitting on
    table.set_column_visible("role", False)
    table.set_column_visible("role", True)
    assert table.auto_fit
    # once the user sizes a column, the table leaves the widths alone
    table.setColumnWidth(COLUMNS.index("measure"), 333)
    win.resize(1300, 760)
    qtbot.wait(20)
    assert table.columnWidth(COLUMNS.index("measure")) == 333


# ---------------------------------------------------------------- 9. drafts said on opening
def test_drafts_are_announced_once_with_a_way_to_open_them(qtbot, window, tmp_path):  # noqa: F811
    from tracker.ui.drafts import DraftStore

    win = window
    notice = win.draft_notice
    notice.folder = tmp_path / "drafts"
    assert notice.refresh() == 0 and notice.isHidden()
    aid = win.model.all_ids()[4]
    DraftStore(notice.folder, win.ws.path, aid, "2019-10").save({"progress": "电话报送的进展"})
    DraftStore(notice.folder, tmp_path / "other.sqlite", aid, "2019-10").save({})  # not ours
    notice.announce()
    assert "1 份上次未保存的报送草稿" in win.statusBar().currentMessage()
    assert not notice.isHidden() and notice.text() == "未保存的草稿：1 份"
    win.statusBar().clearMessage()
    notice.announce()  # once per database
    assert win.statusBar().currentMessage() == ""
    opened = []
    win.detail.enter_progress = lambda: opened.append((win.table.current_id(),
                                                       win.current_period()))
    actions = notice.menu().actions()
    assert len(actions) == 1 and "2019年10月" in actions[0].text()
    win.filter_bar.apply({"text": "不存在的词"})
    actions[0].trigger()
    assert opened == [(aid, "2019-10")]


def test_the_close_date_is_shown_as_written_and_not_before_the_start(qtbot):
    from PySide6.QtCore import QDate

    from tracker.ui.dialogs.close_item import CloseItemDialog

    dialog = CloseItemDialog("1.1 天山区", earliest=date(2019, 5, 20))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.displayFormat() == "yyyy年M月d日"
    assert dialog.date_edit.minimumDate() == QDate(2019, 5, 20)
    dialog.date_edit.setDate(QDate(2018, 1, 1))
    assert dialog.chosen_date() == date(2019, 5, 20)
