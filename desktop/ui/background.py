"""Long work (a PDF, an import, an export, a report) off the window's thread, with progress and 取消.

    job = run_in_background(self, self.tr("正在生成 PDF…"), work, done)

`work(progress)` runs on a worker thread. It must not touch widgets, nor a session of the window's
thread: it opens its own unit of work (`with ctx.db.session(ctx.actor) as s:`), reads nothing from
widgets (take the values before starting), and may report through `progress.step(done, total, text)`
or, deep inside, `desktop.core.progress.step()`; either raises `Cancelled` once 取消 was pressed, so
the unit of work rolls back. When it ends, on the window's thread: `done(result)`; a `UserError` is shown
as a warning (or passed to `failed(exc)`); a cancel says nothing; anything else is a defect and reaches
the crash handler. A progress window appears only when the work takes longer than a moment; the window
stays usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.progress import Cancelled, Progress, reporting
from desktop.ui.qt import (
    QCoreApplication, QMessageBox, QObject, QProgressDialog, Qt, QThread, QTimer, QWidget, Signal,
)

SHOW_AFTER_MS = 400          # shorter work shows no progress window
_running: set[QThread] = set()   # workers stay referenced until they end, whatever happens to their window


_quit_hooked = False


def _stop_all_on_quit() -> None:
    """When the application quits with work still running, cancel it and wait: a unit of work is rolled
    back, never cut in half (and no thread outlives its application)."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if _quit_hooked or app is None:
        return
    _quit_hooked = True
    app.aboutToQuit.connect(wait_for_all)


def wait_for_all(cancel: bool = True) -> None:
    """Cancel (unless not `cancel`) and wait for every worker still running."""
    for worker in list(_running):
        if cancel:
            worker.progress.cancel()
        worker.wait()


class _Worker(QThread):
    ended = Signal(str, object)          # ("done" | "refused" | "cancelled" | "crashed", result or exception)

    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress

    def run(self) -> None:
        try:
            with reporting(self.progress):
                result = self.work(self.progress)
        except Cancelled:
            self.ended.emit("cancelled", None)
        except UserError as exc:
            self.ended.emit("refused", exc)
        except BaseException as exc:  # noqa: BLE001 — delivered to the window's thread, where the crash handler sees it
            self.ended.emit("crashed", exc)
        else:
            self.ended.emit("done", result)


class Job(QObject):
    """One piece of work in progress. Signals arrive on the window's thread."""

    finished = Signal(object)            # the result
    failed = Signal(object)              # the UserError
    cancelled = Signal()

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any], *, quiet: bool = False) -> None:
        super().__init__(parent)
        self.quiet = quiet               # no progress window at all (a search as one types)
        self.parent_widget = parent
        self.title = title
        self.progress = Progress()
        self.done = False                # True once it ended, whichever way
        self.outcome = ""                # done | refused | cancelled
        self.result: Any = None
        self.error: UserError | None = None
        self.path: Any = None            # the file being written, for work that writes one
        self.pages = 0                   # pages sent to the printer, for work that prints
        self.dialog: QProgressDialog | None = None
        self._worker = _Worker(work, self.progress)
        self._worker.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._shown_after = QTimer(self)
        self._shown_after.setSingleShot(True)
        self._shown_after.timeout.connect(self._show_dialog)

    def start(self) -> Job:
        _stop_all_on_quit()
        _running.add(self._worker)
        self._worker.finished.connect(lambda w=self._worker: _running.discard(w))
        self._worker.start()
        if not self.quiet:
            self._shown_after.start(SHOW_AFTER_MS)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def wait(self) -> None:
        """Block until the worker thread has ended (closing a window while its work runs)."""
        self._worker.wait()

    def _show_dialog(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(self.title, self.parent_widget.tr("取消"), 0, 0, self.parent_widget)
        dialog.setObjectName("background-progress")
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._tick()
        dialog.show()
        self._timer.start()

    def _tick(self) -> None:
        if self.dialog is None:
            return
        done, total, text = self.progress.read()
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setMaximum(0)                       # a busy bar: the size is not known
        label = f"{self.title}\n{text}" if text else self.title
        if self.progress.cancelled:
            label = self.parent_widget.tr("正在取消…")
        if self.dialog.labelText() != label:
            self.dialog.setLabelText(label)

    def _close_dialog(self) -> None:
        self._timer.stop()
        self._shown_after.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _ended(self, outcome: str, value: object) -> None:
        self._worker.wait()
        self._worker.deleteLater()
        self._close_dialog()
        self.done = True
        self.outcome = outcome
        if outcome == "crashed":
            raise value                                     # type: ignore[misc]
        if outcome == "done":
            self.result = value
            self.finished.emit(value)
        elif outcome == "refused":
            assert isinstance(value, UserError)
            self.error = value
            self.failed.emit(value)
        else:
            self.cancelled.emit()


def run_in_background(parent: QWidget, title: str, work: Callable[[Progress], Any],
                      done: Callable[[Any], None] | None = None, *,
                      failed: Callable[[UserError], None] | None = None, quiet: bool = False) -> Job:
    """Start `work(progress)` on a worker thread; `done(result)` / `failed(exc)` on the window's thread
    (without `failed`, a refusal is shown in a warning box). `quiet`: never a progress window."""
    job = Job(parent, title, work, quiet=quiet)
    if done is not None:
        job.finished.connect(done)
    if failed is not None:
        job.failed.connect(failed)
    else:
        job.failed.connect(lambda exc: QMessageBox.warning(parent, parent.tr("提示"), shown(exc)))
    return job.start()
