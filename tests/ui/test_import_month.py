"""A returned file that does not say which month it reports for (no template keys, no “2019年6月”
in a title, sheet or file name): the window asks once which month it is for, defaulting to the
month of the other files in the drop (else the window's period), and previews it again with that
month, shown as chosen by the user; cancelling leaves it not importable; the "no month" message
is shown once."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.ui.window_support import demo_path, user_settings, window  # noqa: F401 - fixtures
from tracker.ui import import_month

NO_MONTH = "找不到报送期"


def undated_file(folder: Path) -> Path:
    """The file of the report: headers 编号|措施名称|落实情况|完成状态, a title without a month."""
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["市工信局落实情况"])
    sheet.append(["编号", "措施名称", "落实情况", "完成状态"])
    sheet.append(["2.3", "加快推进企业技术改造", "工信局六月份技改项目申报12个。", "推进中"])
    sheet.append(["5.2", "加强中小企业服务", "工信局六月份开展中小企业服务月活动。", "推进中"])
    path = folder / "工信局.xlsx"
    wb.save(path)
    return path


def template_2019_06(win, folder: Path) -> Path:
    """Our progress template of 2019-06 for one unit, one row filled."""
    from tests.helpers import template_sheet
    from tracker.services.exports import export_templates

    unit = win.ws.db.execute("SELECT id FROM unit WHERE name = '市财政局'").fetchone()[0]
    path = export_templates(win.ws, win.policy_id(), "2019-06", folder, [unit]).files[0]
    wb, sheet, header, cols = template_sheet(path)
    sheet.cell(header + 1, cols["完成状态"]).value = "推进中"
    sheet.cell(header + 1, cols["进展情况"]).value = "财政局六月进展"
    wb.save(path)
    return path


@pytest.fixture
def asked(monkeypatch):
    """The month question, answered without typing: records what it was asked and gives
    ``answer["month"]`` (the suggested month when that is "default"; None = Cancel)."""
    calls: list[dict] = []
    answer: dict = {"month": "default"}

    def fake(parent, names, default, months, note=""):  # noqa: ANN001, ANN202
        calls.append({"names": names, "default": default, "months": months, "note": note})
        return default if answer["month"] == "default" else answer["month"]

    monkeypatch.setattr(import_month, "ask_month", fake)
    return calls, answer


def drop(qtbot, win, paths):
    win.excel_actions.preview_dialog = None
    win.excel_actions.import_paths([Path(p) for p in paths])
    qtbot.waitUntil(lambda: win.excel_actions.preview_dialog is not None
                    and win.excel_actions.preview_dialog.isVisible(), timeout=30000)
    dialog = win.excel_actions.preview_dialog
    names = [Path(fp.parsed.path).name for fp in dialog.files]
    return dialog, names


def item_of(dialog, name):
    return next(dialog.file_list.item(r) for r in range(dialog.file_list.count())
                if dialog.file_list.item(r).text().lstrip("⚠ ").startswith(name))


def test_month_of_the_other_files_is_asked_and_the_file_imported(qtbot, window, tmp_path,  # noqa: F811
                                                                 asked):
    win = window
    calls, _ = asked
    assert win.current_period() != "2019-06"  # the suggestion comes from the other file
    template = template_2019_06(win, tmp_path / "drop")
    undated_file(tmp_path / "drop")
    dialog, names = drop(qtbot, win, [tmp_path / "drop"])
    assert len(calls) == 1  # asked once, for the file without a month only
    assert calls[0]["names"] == ["工信局.xlsx"] and calls[0]["default"] == "2019-06"
    assert "2019-06" in calls[0]["months"] and "2019年6月" in calls[0]["note"]
    fp = dialog.files[names.index("工信局.xlsx")]
    assert fp.outcome == "ok" and fp.parsed.period == "2019-06"
    assert dialog.chosen[names.index("工信局.xlsx")]
    assert dialog.files[names.index(template.name)].parsed.period_source == "template"
    # the month is shown as the user's, in the list and above the rows
    item = item_of(dialog, "工信局.xlsx")
    assert "2019年6月（您指定）" in item.text() and item.checkState() == Qt.CheckState.Checked
    dialog.file_list.setCurrentRow(names.index("工信局.xlsx"))
    assert "您指定" in dialog.file_head.text() and NO_MONTH not in dialog.file_head.text()
    assert not dialog.month_button.isHidden() and dialog.month_button.text() == "更改报送期…"
    assert [dialog.rows_model.index(r, 3).data() for r in range(2)] == ["2.3", "5.2"]
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    assert dialog.task.error is None, dialog.task.error
    batches = dict(win.ws.db.execute("SELECT file_name, period FROM import_batch").fetchall())
    assert batches == {"工信局.xlsx": "2019-06", template.name: "2019-06"}
    written = win.ws.db.execute(
        "SELECT m.code, r.period FROM report r JOIN assignment a ON a.id = r.assignment_id "
        "JOIN unit u ON u.id = a.unit_id JOIN measure m ON m.id = a.measure_id "
        "WHERE u.name = '市工信局' AND r.progress LIKE '工信局六月份%' ORDER BY m.code").fetchall()
    assert [tuple(r) for r in written] == [("2.3", "2019-06"), ("5.2", "2019-06")]


def test_cancel_leaves_the_file_out_and_says_why_once(qtbot, window, tmp_path, asked):  # noqa: F811
    win = window
    calls, answer = asked
    answer["month"] = None  # the user cancels the question
    folder = tmp_path / "drop"
    folder.mkdir()
    template = template_2019_06(win, folder)
    undated_file(folder)
    dialog, names = drop(qtbot, win, [folder])
    assert len(calls) == 1
    fp = dialog.files[names.index("工信局.xlsx")]
    assert fp.outcome == "error" and fp.parsed.period is None
    item = item_of(dialog, "工信局.xlsx")
    assert "不能导入" in item.text()
    assert item.toolTip().count(NO_MONTH) == 1
    dialog.file_list.setCurrentRow(names.index("工信局.xlsx"))
    assert dialog.file_head.text().count(NO_MONTH) == 1  # once, not again as a ⚠ line
    assert "⚠" not in dialog.file_head.text()
    assert not dialog.month_button.isHidden() and dialog.month_button.text() == "指定报送期…"
    assert dialog.summary.text() == "将写入：1 个文件中的 1 行"
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=20000)
    files = [r[0] for r in win.ws.db.execute("SELECT file_name FROM import_batch")]
    assert files == [template.name]


def test_the_month_can_still_be_given_in_the_preview(qtbot, window, tmp_path, asked):  # noqa: F811
    """Alone in the drop: the window's period is suggested; cancelled, then given from the
    preview's button, the file is read again with that month and ticked."""
    win = window
    calls, answer = asked
    answer["month"] = None
    dialog, names = drop(qtbot, win, [undated_file(tmp_path)])
    assert calls[0]["default"] == win.current_period()
    assert "主窗口" in calls[0]["note"]
    assert not dialog.accept_button.isEnabled()
    dialog.file_list.setCurrentRow(0)
    answer["month"] = "2019-06"
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    assert len(calls) == 2 and calls[1]["default"] == win.current_period()
    fp = dialog.files[0]
    assert fp.outcome == "ok" and fp.parsed.period == "2019-06" and dialog.chosen == [True]
    assert "2019年6月（您指定）" in dialog.file_list.item(0).text()
    assert dialog.accept_button.isEnabled()
    assert dialog.month_button.text() == "更改报送期…"
    # a wrong choice is changed the same way; the month given is suggested
    answer["month"] = "2019-07"
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    assert calls[2]["default"] == "2019-06" and dialog.files[0].parsed.period == "2019-07"
    assert "2019年7月（您指定）" in dialog.file_head.text()
    dialog.reject()


def test_a_copy_without_the_month_is_the_same_file_twice(qtbot, window, tmp_path, asked):  # noqa: F811
    """The month was in the file name only: a renamed copy read with that month is the same
    file twice (left unticked)."""
    win = window
    folder = tmp_path / "drop"
    folder.mkdir()
    dated = folder / "天山区_2019年11月.csv"
    dated.write_text("填报单位：天山区\n措施编号,完成状态,进展情况\n1.1,推进中,十一月进展\n",
                     encoding="utf-8-sig")
    shutil.copy(dated, folder / "天山区.csv")
    dialog, names = drop(qtbot, win, [folder])
    assert asked[0][0]["default"] == "2019-11"
    copy = names.index("天山区.csv")
    assert [w.code for w in dialog.files[copy].warnings if w.code != "reported_date_assumed"] == [
        "same_file_twice"]
    assert dialog.chosen[copy] is False and dialog.chosen[names.index(dated.name)] is True
    dialog.reject()


def test_the_month_question_itself(qtbot, window):  # noqa: F811
    question = import_month.MonthQuestion(window, ["工信局.xlsx", "发改委.xlsx"], "2019-06",
                                          ["2019-11", "2019-06"], "本次导入的其他文件大多是2019年6月的。")
    qtbot.addWidget(question)
    assert question.period() == "2019-06"
    assert question.month.currentText() == "2019年6月"
    assert question.windowTitle() == "报送期是哪个月？"
    question.month.setCurrentIndex(question.month.findData("2019-11"))
    assert question.period() == "2019-11"
    # a suggested month missing from the list is added
    other = import_month.MonthQuestion(window, ["工信局.xlsx"], "2018-01", ["2019-11"])
    qtbot.addWidget(other)
    assert other.period() == "2018-01"
