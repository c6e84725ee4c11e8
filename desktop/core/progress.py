"""How far long work has come, and whether the person asked it to stop — without Qt.

Work that runs off the window's thread (a PDF of 800 pages, an import, an export) is handed a
`Progress`; the window reads it to move a progress bar and sets `cancel()` from its 取消 button. Code
deep inside the work (a page of a PDF, a row of an import) reports through the module-level `step()`,
which does nothing when no one is watching, and raises `Cancelled` once cancel was asked for — so the
unit of work rolls back and nothing half-made is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Cancelled(Exception):
    """The person cancelled the work; what it wrote is rolled back."""


class Progress:
    """Counters written by the working thread, read by the window's; `cancel()` from either."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._done = 0
        self._total = 0
        self._text = ""

    def step(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Record how far the work is (`total` 0 or unknown: a busy bar); raise Cancelled when asked to stop."""
        self.note(done, total, text)
        if self._cancel.is_set():
            raise Cancelled()

    def note(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Record how far the work is, without stopping it."""
        with self._lock:
            self._done = done
            if total is not None:
                self._total = total
            if text is not None:
                self._text = text

    def keep_going(self, done: int, total: int) -> bool:
        """For services that take a `progress(done, total) -> bool` callback: False once cancelled."""
        self.note(done, total)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def read(self) -> tuple[int, int, str]:
        """(done, total, text) as last reported."""
        with self._lock:
            return self._done, self._total, self._text


_current: ContextVar[Progress | None] = ContextVar("linli_progress", default=None)


@contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """While active (in this thread), `step()` reports to `progress`."""
    token = _current.set(progress)
    try:
        yield progress
    finally:
        _current.reset(token)


def step(done: int, total: int | None = None, text: str | None = None) -> None:
    """Report to whoever watches the current work (nobody: nothing happens); raise Cancelled when asked."""
    progress = _current.get()
    if progress is not None:
        progress.step(done, total, text)
