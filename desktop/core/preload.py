"""The data layer loaded on a thread while a start paints its window.

A start imports SQLAlchemy, the sign-in's code and the tables of every module with a 今日 section,
and configures their mappers, before the 今日 page can read anything: most of a start's time. The
window's first paint needs none of it, and much of what Qt does to paint runs without the interpreter
lock, so the imports begin on a thread as the start begins and the window is made beside them; code that
needs one of these modules simply imports it (Python's import lock waits for the thread's import to
finish, never hands over half a module). Only Qt-free modules are loaded here; an import that fails
here fails again, with its message, where the module is imported for use.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable


def _load(names: tuple[str, ...]) -> None:
    try:
        for name in names:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
    except Exception:  # noqa: BLE001, S110 — the same import, where it is used, reports it
        pass


def start(names: Iterable[str]) -> threading.Thread:
    """Imports `names` (then configures the mappers their tables declare) on a daemon thread."""
    thread = threading.Thread(target=_load, args=(tuple(names),), name="preload", daemon=True)
    thread.start()
    return thread
