"""The roster's search as one types: off the window's thread, the newest keystroke winning.

    searcher = BackgroundSearch(page, page.model)
    searcher.start(text, filters)        # after the debounce

Each search reads its first page on a worker with a unit of work of its own (desktop.ui.background,
quietly: no progress window) and hands it to the model only if no newer query was started meanwhile
(`PeopleTableModel.next_query` / `show_first_page`): a stale answer never replaces a newer one. A newer
search also stops the older one's query where it stands (SQLite's interrupt, PostgreSQL's cancel), so a
slow word no key holds does not keep the database busy for an answer nobody will see
(desktop.ui.typing_search, which other search boxes over people use as they are). The count follows
as a second job, so the rows show first.
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.roster import service
from desktop.roster.views.people_model import PeopleFilters, PeopleTableModel
from desktop.ui.background import run_in_background
from desktop.ui.qt import QObject, QWidget, Signal
from desktop.ui.typing_search import QueryStopper, Searches, stoppable


class BackgroundSearch(QObject):
    """Runs the model's searches on a worker; signals arrive on the window's thread."""

    arrived = Signal()            # the model holds the newest query's first page
    counted = Signal(int)         # and now its total
    refused = Signal(str)         # a UserError's message

    def __init__(self, parent: QWidget, model: PeopleTableModel) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.model = model
        self.started = 0          # searches started (read by tests: fast typing starts one)
        self.shown = 0            # first pages shown
        self.searches = Searches()

    @property
    def busy(self) -> bool:
        return self.searches.busy

    def cancel(self) -> None:
        """Stop every search still running (a newer one, or the window's own, supersedes them)."""
        self.searches.cancel()

    def start(self, text: str, filters: PeopleFilters) -> None:
        self.cancel()
        token, kwargs = self.model.next_query(text, filters)
        query = kwargs.pop("query")
        q_text = kwargs.pop("text")
        self.started += 1
        self._run(lambda s, actor: service.search_people(s, actor, q_text, **kwargs),
                  lambda rows: self._first_page(token, query, rows))

    def _first_page(self, token: int, query: Any, rows: list[Any]) -> None:
        if not self.model.show_first_page(token, query, rows):
            return                                              # a newer query was started meanwhile
        self.shown += 1
        self.arrived.emit()
        if self.model.total_known:
            self.counted.emit(self.model.total)
            return
        filters = query.filters.as_kwargs()
        self._run(lambda s, actor: service.count_people(s, actor, query.text, **filters),
                  lambda n: self._total(token, int(n)))

    def _total(self, token: int, n: int) -> None:
        if self.model.show_total(token, n):
            self.counted.emit(n)

    def _run(self, read: Any, done: Any) -> None:
        actor, stopper = self.model.actor, QueryStopper()
        job = run_in_background(self.parent_widget, "", stoppable(self.model.database, actor, stopper,
                                                                  lambda s: read(s, actor)),
                                done, quiet=True, failed=lambda exc: self._refused(exc))
        self.searches.add(job, stopper)

    def _refused(self, exc: UserError) -> None:
        self.refused.emit(shown(exc))

    def wait(self) -> None:
        """Block until every search has ended (closing the window; tests)."""
        self.searches.wait()
