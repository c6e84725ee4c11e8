"""Typing in the roster's search box: debounced, searched on a worker thread with its own unit of work, the
newest query winning — fast typing makes one search, a stale answer never replaces a newer one, and the
window's thread runs no search statement and keeps turning while one runs."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from desktop.roster.views.people_model import PeopleFilters
from desktop.roster.views.roster_page import SEARCH_DEBOUNCE_MS, RosterPage
from desktop.ui.qt import QTimer
from tests.ui.test_roster_page import _names, page, template, world  # noqa: F401 — the roster window's fixtures

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@contextmanager
def _search_threads(p: RosterPage) -> Iterator[list[int]]:
    """The thread of every search statement (people or their keys) sent meanwhile."""
    seen: list[int] = []

    def grab(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if "people_keys" in statement or "FROM people" in statement:
            seen.append(threading.get_ident())

    event.listen(p.ctx.db.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(p.ctx.db.engine, "before_cursor_execute", grab)


def _settle(qtbot, p: RosterPage) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not p.searcher.busy and not p._debounce.isActive(), timeout=3000)
    qtbot.wait(20)                                 # the last answer's signal is delivered


def test_fast_typing_makes_one_search_off_the_window_thread(qtbot, page: RosterPage) -> None:  # noqa: F811
    started = page.searcher.started
    page.search.setFocus()
    with _search_threads(page) as threads:
        qtbot.keyClicks(page.search, "cfs")          # three keystrokes inside the debounce
        _settle(qtbot, page)
    assert page.searcher.started == started + 1
    assert _names(page) == ["陈福生"]
    assert page.count_label.text() == "共 1 人"
    assert threads and threading.get_ident() not in threads       # every search statement on a worker
    page.search.clear()
    _settle(qtbot, page)
    assert page.model.total == 153


def test_a_stale_answer_never_replaces_a_newer_one(qtbot, page: RosterPage) -> None:  # noqa: F811
    page.searcher.start("陈", PeopleFilters())         # an older search still on its way…
    page.searcher.start("张桂兰", PeopleFilters())      # …when a newer one starts
    _settle(qtbot, page)
    assert _names(page) == ["张桂兰"] and page.searcher.shown == 1
    page.search.setText("chen")                        # typed: a search starts after the debounce…
    qtbot.waitUntil(lambda: page.searcher.busy or page.model.query_text == "chen", timeout=2000)
    page.search.setText("陈小明")                      # …and Enter searches at once on this thread
    page.run_search()
    assert _names(page) == ["陈小明"]
    _settle(qtbot, page)
    assert _names(page) == ["陈小明"] and page.model.query_text == "陈小明"


def test_the_window_keeps_turning_while_searches_run(qtbot, page: RosterPage) -> None:  # noqa: F811
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer(page)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    with _search_threads(page) as threads:
        # Words no key holds (a substring of every address, a name nobody has) as well as keys, each typed
        # after the debounce has run out, so every one is searched.
        for word in ("西湖花园6", "居民", "6号楼5", "欧阳娜娜娜", "cfs", ""):
            page.search.setText(word)
            qtbot.wait(SEARCH_DEBOUNCE_MS + 30)
        _settle(qtbot, page)
    timer.stop()
    assert page.searcher.started >= 6 and threads and threading.get_ident() not in threads
    assert page.model.total == 153
    assert max(gaps) < 250, f"the window's thread stood still {max(gaps):.0f} ms"
