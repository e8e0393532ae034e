"""The one-screen welcome (first start, and 帮助 → 使用说明): the three steps of a month's work
and a button that opens the sample database (built on first use, in the background). On the
first start it also asks the operator's name that the change log records (empty, not the
login name; saved in the user settings when the dialog closes, changed later in 设置)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.background import run_in_background
from tracker.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


def _step(number: int, title: str, text: str, parent: QWidget) -> QFrame:
    box = QFrame(parent)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setStyleSheet("QFrame { background: #f6f8fb; border-radius: 6px; }")
    lay = QVBoxLayout(box)
    head = QLabel(f"<span style='font-size:20pt;color:#2f6db5'>{number}</span>"
                  f"&nbsp;&nbsp;<b style='font-size:12pt'>{title}</b>", box)
    body = QLabel(text, box)
    body.setWordWrap(True)
    body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    lay.addWidget(head)
    lay.addWidget(body, 1)
    return box


class WelcomeDialog(QDialog):
    def __init__(self, window: MainWindow, first_start: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.task = None
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome") if first_start else self.tr("How to use"))
        name, intro = self.tr("Policy Tracker"), self.tr("A month of work takes three steps:")
        title = QLabel(f"<h2>{name}</h2><p>{intro}</p>", self)
        steps = QHBoxLayout()
        steps.addWidget(_step(1, self.tr("Break down the tasks"), self.tr(
            "The policy is already loaded. In Edit → Assignment matrix, tick which unit leads, "
            "is responsible for or supports each measure, with its deadline."), self))
        steps.addWidget(_step(2, self.tr("Send templates, take in returns"), self.tr(
            "Reporting → Export report templates writes one workbook per unit. When the "
            "units send them back, drop the files or the whole folder onto this window, "
            "check the preview and accept."), self))
        steps.addWidget(_step(3, self.tr("Print the monthly report"), self.tr(
            "The dashboard shows what is late and who has not reported. Reports → Monthly "
            "report prints the summary for the leaders."), self))
        tips = QLabel(self.tr(
            "Every change is recorded with your name and can be undone (Ctrl+Z). "
            "Find a unit by its pinyin initials, e.g. “tsq”."), self)
        tips.setWordWrap(True)
        self.first_start = first_start
        # empty until the user types a name: the computer's login (root, Administrator) is no
        # name for the change log
        self.operator_edit = QLineEdit(window.settings.operator_chosen, self)
        self.operator_edit.setPlaceholderText(self.tr("e.g. Wang Ming"))
        self.operator_edit.setObjectName("welcomeOperator")
        self.operator_edit.setMaxLength(40)
        self.operator_edit.setToolTip(self.tr("You can change it later in Edit → Settings"))
        operator_row = QHBoxLayout()
        operator_label = QLabel(self.tr("Your name (recorded with every change):"), self)
        operator_label.setBuddy(self.operator_edit)
        operator_row.addWidget(operator_label)
        operator_row.addWidget(self.operator_edit, 1)
        operator_row.addStretch(1)
        self.demo_button = QPushButton(self.tr("Open the sample data"), self)
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.setToolTip(self.tr(
            "A separate sample database with six months of reports, to try everything out"))
        self.start_button = QPushButton(self.tr("Start with my own data") if first_start
                                        else self.tr("Close"), self)
        self.start_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(steps, 1)
        lay.addWidget(tips)
        if first_start:
            lay.addLayout(operator_row)
        else:
            operator_label.hide()
            self.operator_edit.hide()
        lay.addLayout(buttons)
        fit_to_screen(self, 820, 420)
        self.demo_button.clicked.connect(self.open_demo)
        self.start_button.clicked.connect(self.accept)

    def save_operator(self) -> None:
        """The name typed on the first start, into the user settings and the open workspace
        (left as it was when emptied)."""
        name = self.operator_edit.text().strip()
        if not self.first_start or not name:
            return
        settings = self.window_.settings
        settings.operator = name
        settings.sync()
        self.window_.ws.who = name

    def done(self, result: int) -> None:
        self.save_operator()
        super().done(result)

    def open_demo(self, path: Path | None = None) -> None:
        """Open the sample database, building it first (in the background) when missing."""
        from tracker.paths import demo_db_path

        self.save_operator()  # the sample database records the chosen name too

        target = Path(path) if path else demo_db_path()
        if target.exists() and target.stat().st_size > 0:
            self._open(target)
            return

        def job(_ws, _ctl):  # noqa: ANN001, ANN202 - background job
            from tracker.demo import build_demo

            yield 0, 1, self.tr("Building the sample data…")
            text = build_demo(target)
            yield 1, 1, text
            return text

        self.demo_button.setEnabled(False)
        self.task = run_in_background(self, self.tr("Sample data"), job,
                                      on_done=lambda _r: self._open(target),
                                      on_error=self._failed)

    def _open(self, target: Path) -> None:
        if self.window_.file_actions.open_path(target):
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        from tracker.errors import TrackerError

        self.demo_button.setEnabled(True)
        text = exc.message() if isinstance(exc, TrackerError) else str(exc)
        QMessageBox.warning(self, self.tr("Sample data"), text)
