"""Checks for a search box answered by TypingSearch: which threads sent the search's statements, and
waiting until the box has settled (no search pending or running, the last answer delivered)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def statement_threads(db: Any, *words: str) -> Iterator[list[int]]:
    """The thread of every statement naming one of `words` sent meanwhile."""
    seen: list[int] = []

    def grab(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if any(w in statement for w in words):
            seen.append(threading.get_ident())

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)


def settle(qtbot: Any, finder: Any) -> None:
    qtbot.waitUntil(lambda: not finder.busy, timeout=5000)
    qtbot.wait(20)                                 # the last answer's signal is delivered


def typed_quickly(qtbot: Any, finder: Any, box: Any, texts: list[str], db: Any, *words: str) -> list[int]:
    """Set each text in turn (faster than the pause that starts a search) and wait for the answer:
    one search is started, and every statement of it is sent from a thread other than this one."""
    started = finder.started
    with statement_threads(db, *words) as threads:
        for text in texts:
            box.setText(text)
        settle(qtbot, finder)
    assert finder.started == started + 1
    assert threads and threading.get_ident() not in threads, (threads, threading.get_ident())
    return threads
