"""Small pieces shared by the editing dialogs: inline messages and read-only context lines."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #9a6700;"
OK_STYLE = "color: #1a7f37;"

translate = QCoreApplication.translate

# answers of ask_before_closing
KEEP_DRAFT, DISCARD, KEEP_EDITING = "draft", "discard", "stay"


class InlineMessage(QLabel):
    """A message under a field: hidden while empty; red for errors, amber for warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.is_error = False
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)
        self.is_error = bool(text)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_STYLE)

    def show_ok(self, text: str) -> None:
        self._show(text, OK_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.is_error = False
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.is_error = False
        self.setText("")
        self.hide()


def with_message(field: QWidget, msg: InlineMessage) -> QWidget:
    """A form field with its inline message right under it."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(field)
    col.addWidget(msg)
    return box


def context_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #57606a;")
    return label


def plain_text(min_lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * min_lines + 12)
    return edit


def cn_date_edit(optional: bool = False) -> QDateEdit:
    """A date field shown as 2019年6月30日; ``optional``: the minimum date shows as empty."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy年M月d日")
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(" ")
    return edit


class FollowsUndoStack:
    """Mixin for editor windows: while shown, reload whenever the undo stack moves (a change,
    an undo or a redo made here or elsewhere); hidden windows stay disconnected.

    The class sets ``self._stack`` (the QUndoStack) and defines ``reload()``. The stack is held
    weakly: a window must not keep the stack alive, or the stack would be destroyed (emitting
    its signals to this window) in the middle of the window's own destruction."""

    _following = False
    _stack_ref: weakref.ref | None = None

    @property
    def _stack(self) -> QUndoStack | None:
        return self._stack_ref() if self._stack_ref is not None else None

    @_stack.setter
    def _stack(self, stack: QUndoStack) -> None:
        self._stack_ref = weakref.ref(stack)

    def showEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        if not self._following and self._stack is not None:
            self._stack.indexChanged.connect(self._stack_moved)
            self._following = True
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        self._stop_following()
        super().hideEvent(event)

    def _stop_following(self) -> None:
        if self._following:
            self._following = False
            stack = self._stack
            if stack is not None and shiboken6.isValid(stack):
                stack.indexChanged.disconnect(self._stack_moved)

    def _stack_moved(self, _index: int) -> None:
        self.reload()


def add_undo_buttons(owner: QWidget, stack: QUndoStack, layout, undo_text: str,
                     redo_text: str) -> None:
    """Undo / redo tool buttons (Ctrl+Z / Ctrl+Y) for an editor window's own undo stack;
    the texts come translated from the caller's tr() context."""
    for action, key in ((stack.createUndoAction(owner, undo_text), QKeySequence.StandardKey.Undo),
                        (stack.createRedoAction(owner, redo_text), QKeySequence.StandardKey.Redo)):
        action.setShortcut(key)
        owner.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        layout.addWidget(button)


def typed_text(*fields: QLineEdit | QPlainTextEdit) -> bool:
    """Whether any of the fields holds text (spaces alone do not count)."""
    return any((f.toPlainText() if isinstance(f, QPlainTextEdit) else f.text()).strip()
               for f in fields)


def ask_before_closing(parent: QWidget, question: str, informative: str = "",
                       draft: bool = False) -> str:
    """Asked when a form with typed text is closed (Esc, Cancel, the window's ×). The buttons say
    what they do — 存为草稿 (with ``draft``) / 不保留 / 继续填写 — so nobody takes "save" for
    recording the form. Returns KEEP_DRAFT, DISCARD or KEEP_EDITING (also for Esc)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("FormParts", "Close"), question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("closeQuestion")
    if informative:
        box.setInformativeText(informative)
    answers = []
    default = None
    if draft:
        keep = box.addButton(translate("FormParts", "Keep as draft"),
                             QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepDraft")
        answers.append((keep, KEEP_DRAFT))
        default = keep
    drop = box.addButton(translate("FormParts", "Don't keep"),
                         QMessageBox.ButtonRole.DestructiveRole)
    drop.setObjectName("discard")
    answers.append((drop, DISCARD))
    stay = box.addButton(translate("FormParts", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    stay.setObjectName("keepEditing")
    answers.append((stay, KEEP_EDITING))
    box.setDefaultButton(default or stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for button, answer in answers if button is clicked), KEEP_EDITING)


def measure_heading(code: str, title: str) -> QLabel:
    """The bold "2.3 加快…" line at the top of every form about one measure's item."""
    head = QLabel(f"{code} {title}")
    head.setWordWrap(True)
    head.setStyleSheet("font-weight: bold;")
    return head


def may_close(parent: QWidget, typed: bool, question: str) -> bool:
    """For a form's ``reject``: close at once when nothing was typed, else only when the user
    chooses 不保留 in ``ask_before_closing``."""
    return not typed or ask_before_closing(parent, question) == DISCARD
