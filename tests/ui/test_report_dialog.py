"""The 月报 window: sections, scope and columns chosen by clicks reach the PDF / Word / Excel
files; print preview and print; the 通报 on the clipboard; one 催办通知单 per lagging unit;
the choices are remembered; Chinese labels from our translation."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QTranslator
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QRadioButton,
)

from tests.ui.window_support import demo_path, demo_ws, user_settings  # noqa: F401 - fixtures
from tracker.reports.summary import SECTION_LABELS
from tracker.services.report_output import reminder_documents
from tracker.services.status import resolve_policy
from tracker.ui.report_dialog import ReportDialog, show_report_dialog
from tracker.ui.report_outputs import default_file_name
from tracker.ui.user_settings import UserSettings

PERIOD = "2019-06"
TITLE = "落实情况月报"
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LEFT = Qt.MouseButton.LeftButton


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return re.sub(r"\s+", "", out.stdout.decode("utf-8"))


@pytest.fixture
def dialog(qtbot, demo_ws, user_settings):  # noqa: F811
    d = ReportDialog(lambda: demo_ws, PERIOD, None, user_settings)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """QFileDialog.getSaveFileName answers a tmp file; the proposed name is recorded."""
    proposed: list[str] = []

    def answer(name: str):
        def fake(_parent, _title, start, _filters="", *a, **k):
            proposed.append(start)
            return str(tmp_path / name), _filters
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return tmp_path / name

    answer.proposed = proposed
    return answer


def print_to_pdf(monkeypatch, target: Path) -> None:
    """No CUPS here: the print dialog is accepted with a PDF file as the printer."""
    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def click(qtbot, widget) -> None:
    """A real click; check boxes and radio buttons on their box (the widget may be wider than
    its text, and Qt ignores clicks past the text)."""
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def run_and_wait(qtbot, dialog, button) -> object:
    click(qtbot, button)
    task = dialog.outputs.task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert task.error is None, task.error
    return task.result


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry with the keyboard, the way a user does without a mouse wheel."""
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    while combo.currentIndex() < target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    while combo.currentIndex() > target:
        qtbot.keyClick(combo, Qt.Key.Key_Up)


def close_boxes() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def test_chosen_sections_only_in_the_pdf(qtbot, dialog, save_to):
    for key in ("charts", "per_unit", "detail"):
        click(qtbot, dialog.section_checks[key])
    assert dialog.sections() == ("overview", "per_task", "lagging")
    target = save_to("report.pdf")
    out = run_and_wait(qtbot, dialog, dialog.outputs.buttons["pdf"])
    assert Path(out) == target
    proposed = Path(save_to.proposed[0]).name
    assert proposed == "“双创”升级版若干意见落实情况月报（2019年6月）.pdf"
    text = pdf_text(target)
    assert TITLE in text and "（2019年6月）" in text
    for heading in ("一、总体情况", "二、分任务落实情况", "三、滞后、逾期与未报送情况"):
        assert heading in text
    for missing in ("图表", "分单位落实情况", "落实明细"):
        assert missing not in text
    assert str(target) in dialog.status.text()
    close_boxes()


def test_one_unit_only(qtbot, dialog, save_to):
    click(qtbot, dialog.scope_unit)
    assert dialog.unit_combo.isEnabled() and not dialog.task_combo.isEnabled()
    choose(qtbot, dialog.unit_combo, "米东区")
    target = save_to("unit.pdf")
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["pdf"])
    assert Path(save_to.proposed[0]).name.startswith("米东区")
    assert Path(save_to.proposed[0]).name.endswith("落实情况月报（2019年6月）.pdf")
    text = pdf_text(target)
    assert "米东区《" in text and "（米东区）" not in text
    close_boxes()


def test_one_task_only(qtbot, dialog, save_to):
    click(qtbot, dialog.scope_task)
    choose(qtbot, dialog.task_combo, dialog.task_combo.itemText(1))
    assert dialog.request().task_seq == 2 and dialog.request().unit_id is None
    target = save_to("task.pdf")
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["pdf"])
    assert "（重点任务2）" in Path(save_to.proposed[0]).name
    text = pdf_text(target)
    assert "2.加快推动创新创业发展动" in text  # task 2 only (the demo's subtitle is 示例数据)
    assert "着力促进创新创业环境提升" not in text and "8项分解任务" in text
    close_boxes()


def test_print_preview_opens(qtbot, dialog):
    click(qtbot, dialog.outputs.buttons["preview"])

    def preview():
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QPrintPreviewDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=60000)
    shown = preview()
    assert TITLE in shown.windowTitle()
    printer = shown.printer()
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    assert shown.findChild(QPrintPreviewWidget).pageCount() >= 2
    shown.close()
    qtbot.waitUntil(lambda: preview() is None)


def test_print_goes_to_the_printer(qtbot, dialog, monkeypatch, tmp_path):
    """No CUPS here: QPrinter prints to a PDF file, which we read back."""
    target = tmp_path / "printed.pdf"
    print_to_pdf(monkeypatch, target)
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["print"])
    qtbot.waitUntil(target.exists)
    assert TITLE in pdf_text(target)


def test_copy_bulletin(qtbot, dialog):
    QApplication.clipboard().clear()
    run_and_wait(qtbot, dialog, dialog.outputs.buttons_bulletin)
    copied = QApplication.clipboard().text()
    assert copied.startswith("截至2019年6月30日")
    assert dialog.outputs.bulletin_edit.toPlainText() == copied
    assert dialog.outputs.bulletin_edit.isReadOnly()


def test_reminders_one_file_per_lagging_unit(qtbot, dialog, demo_ws, monkeypatch,  # noqa: F811
                                             tmp_path):
    folder = tmp_path / "催办"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    choose(qtbot, dialog.outputs.remind_format, "Word")
    files = run_and_wait(qtbot, dialog, dialog.outputs.buttons_remind)
    policy_id = resolve_policy(demo_ws)["id"]
    units = [u for u, _ in reminder_documents(demo_ws, policy_id, PERIOD)]
    assert units and len(files) == len(units)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in files)
    assert all(p.suffix == ".docx" for p in files)
    for unit in units:
        assert any(unit in p.name for p in files), unit
    assert str(len(files)) in dialog.status.text()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    assert files[0].name in box.text()
    box.close()


def test_reminders_print_in_one_job_each_from_page_one(qtbot, dialog, demo_ws, monkeypatch,  # noqa: F811
                                                      tmp_path):
    """催办通知单 on paper: every lagging unit's notice in one print job, each on its own
    sheet with its pages numbered from 1, the same notices (and numbers) as the files."""
    target = tmp_path / "notices.pdf"
    print_to_pdf(monkeypatch, target)
    assert dialog.outputs.buttons_remind_print.isEnabled()
    run_and_wait(qtbot, dialog, dialog.outputs.buttons_remind_print)
    qtbot.waitUntil(target.exists)
    policy_id = resolve_policy(demo_ws)["id"]
    units = [u for u, _ in reminder_documents(demo_ws, policy_id, PERIOD)]
    assert len(units) >= 2
    out = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True)
    pages = [page for page in out.stdout.decode("utf-8").split("\f") if page.strip()]
    numbers = [re.findall(r"—\s*(\d+)\s*—", page)[-1] for page in pages]
    assert numbers.count("1") == len(units)  # each notice starts a sheet, from page 1
    starts = [i for i, n in enumerate(numbers) if n == "1"]
    for unit, i in zip(units, starts, strict=True):
        assert f"{unit}：" in pages[i].replace(" ", ""), (unit, pages[i][:200])
    assert str(len(pages)) in dialog.status.text()


def test_a_preview_or_a_cancelled_print_of_the_reminders_records_no_number(
        qtbot, dialog, demo_ws, monkeypatch):  # noqa: F811
    def numbered() -> int:
        return demo_ws.db.execute("SELECT count(*) FROM action WHERE verb = 'notice_numbers'"
                                  ).fetchone()[0]

    before = numbered()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.outputs.print_reminders() is None
    assert numbered() == before
    task = dialog.outputs.preview_reminders()
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert numbered() == before
    if dialog.outputs.preview is not None:
        dialog.outputs.preview.close()


def test_reminders_print_preview_opens_and_prints_only_through_numbering(
        qtbot, dialog, demo_ws, monkeypatch, tmp_path):  # noqa: F811
    """The notices' preview shows every page; it is not Qt's preview dialog (whose print
    button would print numbers never recorded): its 打印… numbers them, then prints."""
    from PySide6.QtWidgets import QLabel

    click(qtbot, dialog.outputs.buttons_remind_preview)

    def shown():
        box = dialog.outputs.preview
        return box if box is not None and box.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=60000)
    box = shown()
    assert box.objectName() == "remindersPreview"
    assert re.search(r"\(\d+\)", box.windowTitle())  # untranslated here: "Reminder notices (2)"
    assert box.findChild(QPrintPreviewWidget).pageCount() >= 2
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QPrintPreviewDialog) and w.isVisible()]
    assert any("numbered" in label.text() for label in box.findChildren(QLabel))
    numbered = "SELECT count(*) FROM action WHERE verb = 'notice_numbers'"
    before = demo_ws.db.execute(numbered).fetchone()[0]
    target = tmp_path / "from-preview.pdf"
    print_to_pdf(monkeypatch, target)
    printing = next(b for b in box.findChildren(QPushButton) if b.text() == "Print…")
    printing.click()
    qtbot.waitUntil(lambda: target.exists() and dialog.outputs.task.done, timeout=60000)
    assert demo_ws.db.execute(numbered).fetchone()[0] == before + 1


def test_word_and_excel_open_again(qtbot, dialog, save_to):
    import docx
    import openpyxl

    target = save_to("report.docx")
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["docx"])
    paragraphs = "".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert TITLE in paragraphs and "（2019年6月）" in paragraphs
    close_boxes()
    target = save_to("report.xlsx")
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["xlsx"])
    book = openpyxl.load_workbook(target, read_only=True)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v is not None]
    book.close()
    assert any(TITLE in c for c in cells)
    close_boxes()


def test_nothing_chosen_disables_the_outputs(qtbot, dialog):
    for check in dialog.section_checks.values():
        click(qtbot, check)
    assert dialog.sections() == ()
    assert not dialog.outputs.buttons["pdf"].isEnabled()
    assert not dialog.outputs.buttons_bulletin.isEnabled()
    assert dialog.hint.isVisible() and dialog.hint.text()
    click(qtbot, dialog.section_checks["detail"])
    assert dialog.columns_list.isEnabled() and dialog.outputs.buttons["pdf"].isEnabled()


def test_busy_window_takes_no_second_job_and_stays_open(qtbot, dialog, tmp_path):
    task = dialog.outputs.export("pdf", tmp_path / "busy.pdf")
    assert not task.done  # results arrive through the event loop, not yet run
    assert not dialog.outputs.buttons["docx"].isEnabled()
    assert not dialog.outputs.buttons_remind.isEnabled()
    dialog.reject()
    assert dialog.isVisible() and dialog.status.text()
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    assert dialog.outputs.buttons["docx"].isEnabled()
    close_boxes()
    dialog.reject()
    assert not dialog.isVisible()


def test_choices_are_remembered(qtbot, demo_ws, tmp_path):  # noqa: F811
    settings = UserSettings(tmp_path / "gui.ini")
    first = ReportDialog(lambda: demo_ws, PERIOD, None, settings)
    qtbot.addWidget(first)
    first.show()
    click(qtbot, first.section_checks["charts"])
    click(qtbot, first.sign_off_check)
    click(qtbot, first.scope_unit)
    choose(qtbot, first.unit_combo, "米东区")
    item = first.columns_list.item(2)  # 角色
    rect = first.columns_list.visualItemRect(item)
    qtbot.mouseClick(first.columns_list.viewport(), LEFT, pos=rect.center())
    qtbot.keyClick(first.columns_list, Qt.Key.Key_Space)
    assert "role" not in first.detail_columns()
    first.close()
    again = ReportDialog(lambda: demo_ws, PERIOD, None, UserSettings(tmp_path / "gui.ini"))
    qtbot.addWidget(again)
    assert "charts" not in again.sections() and "overview" in again.sections()
    assert not again.sign_off_check.isChecked()
    assert again.scope() == "unit" and again.unit_combo.currentText() == "米东区"
    assert "role" not in again.detail_columns() and "progress" in again.detail_columns()


def test_default_file_name_is_safe():
    assert default_file_name("“双创”升级版若干意见", "2019-06", "pdf") == \
        "“双创”升级版若干意见落实情况月报（2019年6月）.pdf"
    assert default_file_name('a/b:"c"', "2019-11", "docx", unit="新市区(高新区)") == \
        "新市区(高新区)a_b__c_落实情况月报（2019年11月）.docx"
    assert default_file_name("意见", "2019-11", "pdf", task_seq=2) == "意见落实情况月报（重点任务2）（2019年11月）.pdf"


def test_chinese_labels(qtbot, demo_ws, user_settings):  # noqa: F811
    translators = []
    for name in ("tracker_zh_CN.qm", "tracker_report_zh_CN.qm"):
        tr = QTranslator()
        assert tr.load(str(I18N / name)), name
        QCoreApplication.installTranslator(tr)
        translators.append(tr)
    try:
        d = ReportDialog(lambda: demo_ws, PERIOD, None, user_settings)
        qtbot.addWidget(d)
        assert d.windowTitle() == "月报"
        for key, check in d.section_checks.items():
            assert check.text() == SECTION_LABELS[key]
        assert d.period_combo.currentText() == "2019年6月"
        texts = [b.text() for b in d.outputs.buttons.values()]
        assert texts[:2] == ["打印预览…", "打印…"] and "导出PDF…" in texts
        assert d.outputs.buttons_bulletin.text() == "复制通报"
        assert d.outputs.buttons_remind.text() == "生成催办通知单…"
        d.issued_edit.setDate(QDate(2019, 7, 10))
        assert d.issued_edit.text() == "2019年7月10日"
    finally:
        for tr in translators:
            QCoreApplication.removeTranslator(tr)


def test_the_window_opens_it(qtbot, demo_ws, user_settings):  # noqa: F811
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    parent.settings = user_settings
    qtbot.addWidget(parent)
    d = show_report_dialog(parent, lambda: demo_ws, PERIOD, None)
    assert isinstance(d, ReportDialog) and d.isVisible() and d.settings is user_settings
    assert d.period() == PERIOD
    d.close()


def test_the_date_of_issue_goes_under_the_report_and_the_reminders(qtbot, dialog, save_to,
                                                                   monkeypatch, tmp_path):
    assert dialog.issued_edit.date() == QDate.currentDate()  # today unless changed
    dialog.issued_edit.setDate(QDate(2019, 7, 10))
    assert dialog.issued_edit.text() in ("2019年7月10日", "2019-07-10")  # zh / en format
    assert dialog.request().issued == date(2019, 7, 10)
    target = save_to("dated.pdf")
    run_and_wait(qtbot, dialog, dialog.outputs.buttons["pdf"])
    assert "2019年7月10日" in pdf_text(target)
    close_boxes()
    folder = tmp_path / "催办"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    choose(qtbot, dialog.outputs.remind_format, "PDF")
    files = run_and_wait(qtbot, dialog, dialog.outputs.buttons_remind)
    text = pdf_text(files[0])
    assert "2019年7月10日" in text  # 落款; the reply is due three working days later
    assert "2019年7月15日" in text
    close_boxes()
