"""SQLite: triggers or indexes set aside for a block of bulk writes and made again after it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


@contextmanager
def set_aside(conn: Any, kind: str, objects: Sequence[tuple[str, str]]) -> Iterator[None]:
    """Drop the (name, sql) triggers or indexes (`kind`: "trigger" or "index") for the block and make them
    again, word for word, after it — unless a failed statement's rollback has brought them back. Only
    inside a transaction (SQLite's DDL is transactional: a rollback anywhere restores them)."""
    assert kind in ("trigger", "index")
    for name, _sql in objects:
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
    try:
        yield
    finally:
        for name, sql in objects:
            if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?",
                                    (kind, name)).first() is None:
                conn.exec_driver_sql(sql)
