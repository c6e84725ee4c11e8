"""A search box answered off the window's thread: debounced, the newest query winning.

    self.finder = TypingSearch(self, ctx, lambda s, actor, text: service.search_people(s, actor, text, limit=30),
                               self._show)
    self.query.textChanged.connect(self.finder.typed)

`read(session, actor, text)` runs on a worker with a unit of work of its own (desktop.ui.background,
without a progress window) once typing has paused for `DEBOUNCE_MS`; `show(text, result)` gets the answer
on the window's thread — only the answer to the newest text: an older one still on its way is dropped and
its query stopped where it stands (`QueryStopper`). A refusal goes to `refused(message)`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.progress import Cancelled, Progress
from desktop.ui.background import Job, run_in_background
from desktop.ui.context import AppContext
from desktop.ui.qt import QObject, QTimer, QWidget

DEBOUNCE_MS = 200


class QueryStopper:
    """A worker's database connection while its query runs, so the window's thread can stop that query
    (sqlite3's `interrupt()` and psycopg's `cancel()` are both safe to call from another thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self.stopped = False

    def attach(self, connection: Any) -> None:
        with self._lock:
            if self.stopped:
                raise Cancelled()
            self._connection = connection

    def detach(self) -> None:
        with self._lock:
            self._connection = None

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            c = self._connection
            if c is not None:
                (c.interrupt if hasattr(c, "interrupt") else c.cancel)()


def stoppable(db: Any, actor: Any, stopper: QueryStopper, read: Callable[[Any], Any]) -> Callable[[Progress], Any]:
    """Work for run_in_background: `read(session)` in a unit of work of its own, its query stopped (and the
    work ended as cancelled) when `stopper.stop()` is called."""
    def work(_progress: Progress) -> Any:
        with db.session(actor) as s:
            stopper.attach(s.connection().connection.dbapi_connection)
            try:
                return read(s)
            except Exception:
                if stopper.stopped:                  # our own interrupt: the query was superseded
                    raise Cancelled() from None
                raise
            finally:
                stopper.detach()
    return work


class Searches:
    """The searches a box has running: each a background job and the stopper of its query. A newer
    search cancels them (the job dropped, its query interrupted where it stands)."""

    def __init__(self) -> None:
        self._jobs: list[tuple[Job, QueryStopper]] = []

    @property
    def busy(self) -> bool:
        return any(not job.done for job, _ in self._jobs)

    def add(self, job: Job, stopper: QueryStopper) -> None:
        self._jobs = [(j, st) for j, st in self._jobs if not j.done] + [(job, stopper)]

    def cancel(self) -> None:
        for job, stopper in self._jobs:
            if not job.done:
                job.cancel()
                stopper.stop()
        self._jobs = [(j, st) for j, st in self._jobs if not j.done]

    def wait(self) -> None:
        """Block until every search has ended (closing the window; tests)."""
        for job, _ in list(self._jobs):
            job.wait()


class TypingSearch(QObject):
    def __init__(self, parent: QWidget, ctx: AppContext, read: Callable[[Any, Any, str], Any],
                 show: Callable[[str, Any], None], *, refused: Callable[[str], None] | None = None,
                 delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.read = read
        self.show = show
        self.refused = refused
        self.started = 0                   # searches started (tests: fast typing starts one)
        self._text = ""
        self._token = 0
        self.searches = Searches()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.search_now)

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self.searches.busy

    def typed(self, text: str) -> None:
        self._text = text
        self._token += 1                   # whatever is on its way is stale from now on
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        self.cancel()
        self._token += 1
        token, text, actor = self._token, self._text, self.ctx.actor
        self.started += 1
        stopper = QueryStopper()
        job = run_in_background(self.parent_widget, "",
                                stoppable(self.ctx.db, actor, stopper, lambda s: self.read(s, actor, text)),
                                lambda result: self._arrived(token, text, result), quiet=True,
                                failed=lambda exc: self._failed(token, exc))
        self.searches.add(job, stopper)

    def cancel(self) -> None:
        self.searches.cancel()

    def drop(self) -> None:
        """Forget the search of what was typed — waiting for the pause, running, or its answer on the way:
        the list was just read at once (a filter chosen, a save), which supersedes it."""
        self._timer.stop()
        self._token += 1
        self.cancel()

    def _arrived(self, token: int, text: str, result: Any) -> None:
        if token == self._token:
            self.show(text, result)

    def _failed(self, token: int, exc: UserError) -> None:
        if token == self._token and self.refused is not None:
            self.refused(shown(exc))

    def wait(self) -> None:
        self.searches.wait()
