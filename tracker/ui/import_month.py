"""The month of returned files that do not say which month they report for (no hidden template
sheet, no “2019年6月” in a title, sheet or file name: ``period_unknown``).

After reading a drop the window asks once, for all such files together, with a month chooser
that defaults to the month most of the other files have (else the window's period); those files
are read again with that month (:func:`tracker.services.imports.preview_paths` with a period,
as ``tracker import --period`` does) and the preview says the month was chosen by the user.
Cancelling leaves them not importable; the preview can still give a file its month."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import Problem

NO_PERIOD = "period_unknown"  # tracker/excel/parse.py; messages in tracker/excel/messages_zh.py
SHOW_NAMES = 8  # file names listed in the question; the rest are counted


def translate(text: str) -> str:
    return QCoreApplication.translate("MonthQuestion", text)


def month_text(period: str) -> str:
    year, month = (int(x) for x in period.split("-"))
    return translate("%1-%2").replace("%1", str(year)).replace("%2", str(month))


def lacks_month(fp: Any) -> bool:
    """A file not importable only because no month was found in it."""
    error = fp.parsed.error
    return fp.outcome == "error" and error is not None and error.code == NO_PERIOD


def month_given(fp: Any) -> bool:
    """A file read with a month the user chose (the window passes a period for no other)."""
    return fp.outcome == "ok" and fp.parsed.period_source == "argument"


def usual_month(files: Iterable[Any], fallback: str | None) -> str | None:
    """The month most of the readable files have (a tie: the latest), else ``fallback``."""
    counted = Counter(fp.parsed.period for fp in files
                      if fp.outcome == "ok" and fp.parsed.period and not month_given(fp))
    if not counted:
        return fallback
    return max(counted, key=lambda p: (counted[p], p))


def month_choices(window: Any, *also: str | None) -> list[str]:
    """The months the window's period list offers, with ``also``, newest first."""
    combo = getattr(window, "period_combo", None)
    months = {combo.itemData(i) for i in range(combo.count())} if combo is not None else set()
    months.update(p for p in also if p)
    return sorted((p for p in months if p), reverse=True)


class MonthQuestion(QDialog):
    """Which month are these files for? One chooser for all of them."""

    def __init__(self, parent: QWidget | None, names: list[str], default: str,
                 months: list[str], note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("monthQuestion")
        self.setWindowTitle(self.tr("Which month?"))
        shown = names[:SHOW_NAMES]
        listed = "\n".join(f"• {n}" for n in shown)
        if len(names) > len(shown):
            listed += "\n" + self.tr("… and %1 more").replace("%1", str(len(names) - len(shown)))
        head = self.tr("These files do not say which month they report for:") if len(names) > 1 \
            else self.tr("This file does not say which month it reports for:")
        text = QLabel(f"{head}\n{listed}", self)
        text.setWordWrap(True)
        self.month = QComboBox(self)
        self.month.setObjectName("monthChoice")
        for p in months if default in months else sorted({*months, default}, reverse=True):
            self.month.addItem(month_text(p), p)
        self.month.setCurrentIndex(max(self.month.findData(default), 0))
        form = QFormLayout()
        form.addRow(self.tr("Month reported:"), self.month)
        hint = QLabel(note, self)
        hint.setWordWrap(True)
        hint.setObjectName("monthNote")
        hint.setVisible(bool(note))
        after = QLabel(self.tr("You will see them in the preview before anything is imported. "
                               "Cancel leaves them out."), self)
        after.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(after)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def period(self) -> str:
        return self.month.currentData()


def ask_month(parent: QWidget | None, names: list[str], default: str, months: list[str],
              note: str = "") -> str | None:
    """The month the user chose for ``names``, or None when cancelled. (Tests replace this.)"""
    dialog = MonthQuestion(parent, names, default, months, note)
    try:
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_for(parent: QWidget | None, window: Any, files: list[Any],
            undated: list[Any]) -> str | None:
    """Ask once which month ``undated`` (files of ``files``) are for."""
    fallback = window.current_period() if hasattr(window, "current_period") else None
    default = usual_month(files, fallback)
    if default is None:
        return None
    others = usual_month(files, None)
    note = translate("Most of the other files are for %1.").replace("%1", month_text(others)) \
        if others else translate("The month chosen in the window is suggested.")
    names = [Path(fp.parsed.path).name for fp in undated]
    return ask_month(parent, names, default, month_choices(window, default), note)


def read_with_month(ws: Any, undated: list[Any], period: str,
                    progress: Callable[[int, int, str], None] | None = None) -> list[Any]:
    """``undated`` previewed again with ``period`` (reads only), in the same order."""
    from tracker.services.imports import preview_paths

    paths = [fp.parsed.path for fp in undated]
    fresh = preview_paths(ws, paths, period, policy_id=undated[0].policy_id, progress=progress)
    by_path = {fp.parsed.path: fp for fp in fresh.files}
    return [by_path.get(p, old) for p, old in zip(paths, undated, strict=True)]


def put_back(files: list[Any], fresh: list[Any]) -> list[int]:
    """Replace each file of ``files`` by its fresh preview (same path); a fresh file identical
    to another file of the import is warned ``same_file_twice``. Returns the indexes replaced."""
    by_path = {fp.parsed.path: fp for fp in fresh}
    replaced = [i for i, fp in enumerate(files) if fp.parsed.path in by_path]
    for i in replaced:
        files[i] = by_path[files[i].parsed.path]
    others = {fp.parsed.sha256: Path(fp.parsed.path).name for i, fp in enumerate(files)
              if i not in replaced and fp.outcome == "ok" and fp.parsed.sha256}
    for i in replaced:
        fp = files[i]
        other = others.get(fp.parsed.sha256) if fp.outcome == "ok" else None
        if other and not any(w.code == "same_file_twice" for w in fp.warnings):
            fp.warnings.append(Problem("same_file_twice", {"file": Path(fp.parsed.path).name,
                                                          "other": other}))
    return replaced
