"""The one helper for all long work (imports, exports, reports, building the demo).

A job is a generator function ``job(ws, ctl)`` that yields ``(done, total, text)`` and returns
its result (or calls ``ctl.report(done, total, text)`` from a progress callback). It runs on a QThread with its own database connection (a Workspace whose ``db`` is
:func:`tracker.db.connect.open_worker_connection`, same path and operator, no lock: the window
holds the lock). A QProgressDialog appears only after ~500 ms; its Cancel sets a flag. The helper
stops the job at its next yield by closing the generator (``GeneratorExit`` inside the job, so
every ``with write_action(...)`` / ``db.atomic()`` block rolls back); long loops between yields
can also poll ``ctl.cancelled`` and raise :class:`Cancelled`. Results and errors are delivered
on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("tracker.ui.background")
SHOW_AFTER_MS = 500

Progress = tuple[int, int, str]
Job = Callable[[Any, "JobControl"], Generator[Progress, None, Any]]


class Cancelled(Exception):
    """Raised by a job (or for it) when the user cancelled; nothing was written."""


@dataclass
class JobControl:
    """Handed to every job: the cancel flag, and ``report`` for progress from inside calls
    that take a progress callback (``report(done, total, text)``; it also checks the flag)."""

    _flag: threading.Event
    _emit: Callable[[int, int, str], None] | None = None

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self._emit is not None:
            self._emit(int(done), int(total), str(text))

    @property
    def cancelled(self) -> bool:
        return self._flag.is_set()

    def check(self) -> None:
        if self._flag.is_set():
            raise Cancelled()


class _Runner(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, ws_factory: Callable[[], Any] | None,
                 flag: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._ws_factory = ws_factory
        self._flag = flag

    def run(self) -> None:
        ws = None
        try:
            ws = self._ws_factory() if self._ws_factory else None
            gen = self._job(ws, JobControl(self._flag, self.progressed.emit))
            result = None
            try:
                while True:
                    done, total, text = next(gen)
                    if self._flag.is_set():
                        gen.close()  # GeneratorExit in the job: its transaction rolls back
                        raise Cancelled()
                    self.progressed.emit(int(done), int(total), str(text))
            except StopIteration as stop:
                result = stop.value
            self.succeeded.emit(result)  # finished (and committed) before a late Cancel
        except BaseException as raised:  # noqa: BLE001 - delivered to the UI thread
            error: BaseException = raised
            if self._flag.is_set():  # whatever the job raised on its way out: cancelled
                error = Cancelled()
            elif not isinstance(raised, Exception):
                error = RuntimeError(repr(raised))
            if not isinstance(error, Cancelled):
                log.error("background job failed", exc_info=raised)
            self.failed.emit(error)
        finally:
            if ws is not None:
                try:
                    ws.db.close()
                except Exception:  # noqa: BLE001
                    pass


class BackgroundTask(QObject):
    """One running job. Keep the object until ``finished`` (the helper keeps it for you)."""

    progressed = Signal(int, int, str)
    finished = Signal()
    _running: set[BackgroundTask] = set()

    def __init__(self, parent: QWidget | None, title: str, job: Job, *,
                 db_path: Path | str | None = None, who: str = "",
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_cancel: Callable[[], None] | None = None,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self._flag = threading.Event()
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.done = False
        self.dialog_shown = False
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(10**9)  # shown by our own timer, not by setValue
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.hide()
        factory = _worker_ws_factory(db_path, who) if db_path is not None else None
        self._runner = _Runner(job, factory, self._flag)
        self._runner.progressed.connect(self._progress)
        self._runner.succeeded.connect(self._succeeded)
        self._runner.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        BackgroundTask._running.add(self)
        self._timer.start(show_after_ms)
        self._runner.start()

    # ------------------------------------------------------------ slots (UI thread)
    @Slot()
    def cancel(self) -> None:
        self._flag.set()
        self.dialog.setLabelText(self.tr("Cancelling… nothing will be saved."))

    @Slot()
    def _show(self) -> None:
        if not self.done:
            self.dialog_shown = True
            self.dialog.show()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text and not self._flag.is_set():
            self.dialog.setLabelText(text)
        self.progressed.emit(done, total, text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        if self._on_done:
            self._on_done(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.was_cancelled = True
            if self._on_cancel:
                self._on_cancel()
            return
        self.error = exc
        if self._on_error:
            self._on_error(exc)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        self._runner.wait()
        self.dialog.hide()
        self.dialog.deleteLater()
        BackgroundTask._running.discard(self)
        self.finished.emit()

    def wait(self, ms: int = 30000) -> bool:
        """Block until the thread ends (tests); results still arrive through the event loop."""
        return self._runner.wait(ms)


def _worker_ws_factory(db_path: Path | str, who: str) -> Callable[[], Any]:
    def make() -> Any:
        from tracker.db.connect import OpenInfo, open_worker_connection
        from tracker.services.workspace import Workspace

        path = Path(db_path)
        return Workspace(open_worker_connection(path), path, who, OpenInfo(path=path), None)

    return make


def run_in_background(parent: QWidget | None, title: str, job: Job, **kwargs: Any
                      ) -> BackgroundTask:
    """Start ``job``; see :class:`BackgroundTask` for the keyword arguments."""
    return BackgroundTask(parent, title, job, **kwargs)
