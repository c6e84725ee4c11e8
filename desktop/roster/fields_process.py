"""The search fields of a large bulk write (readings, keys, text: desktop.roster.search.search_fields),
made in a second process while this one reads the next rows and writes the last ones.

Making a person's fields is pure Python (~60 µs: the name's readings, its keys, the text); writing the
row is mostly SQLite's work. In one process the two take turns on Python's lock however many threads
run them; a second process makes the fields of batch n+1 while this one writes batch n, on a second core.

A write starts in this process and moves the fields' making to the second one only once it has made
`after` people's (a street's whole population, a large sheet): a small write never pays for starting an
interpreter. The second process is started clean (spawn: nothing of this one's threads, connections
or windows is copied into it), answers the same (the fields are a function of their arguments alone;
a test holds the two alike), and ends with the write. Should it fail to start or die, the fields are made
here again, the same ones.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from desktop.roster.search import search_fields

# (name, reading override, phones, address forms, tags) of one person
FieldArgs = tuple[str, str, tuple[str, ...], Sequence[str], Sequence[str]]
Fields = tuple[str, str, str, str]        # name_pinyin, name_initials, search_text, search_keys
FIELD_NAMES = ("name_pinyin", "name_initials", "search_text", "search_keys")

SECOND_PROCESS_AFTER = 20_000  # people whose fields are made here before they move to a second process


def fields_of(people: Sequence[FieldArgs]) -> list[Fields]:
    """Each person's search fields, in order (in whichever process runs it)."""
    out: list[Fields] = []
    for name, override, phones, addresses, tags in people:
        f = search_fields(name, override=override, phones=phones, addresses=addresses, tags=tags)
        out.append((f["name_pinyin"], f["name_initials"], f["search_text"], f["search_keys"]))
    return out


class Pending:
    """The fields of one batch: made already (here), or being made in the second process; `result()`
    waits for them. Should that process have died, they are made here, the same ones."""

    def __init__(self, people: Sequence[FieldArgs], maker: FieldsMaker,
                 future: Future[list[Fields]] | None = None) -> None:
        self.people, self.maker, self.future = people, maker, future
        self.value = fields_of(people) if future is None else None

    @property
    def here(self) -> bool:
        """Made in this process, already."""
        return self.future is None

    def result(self) -> list[Fields]:
        if self.value is None:
            assert self.future is not None
            try:
                self.value = self.future.result()
            except BrokenProcessPool:
                self.maker.broken()
                self.value = fields_of(self.people)
        return self.value


class FieldsMaker:
    """Makes the fields of one write's batches: `submit(people)` → their `Pending` fields. Here until
    `after` people's are made, then in a second process (None: always here)."""

    def __init__(self, after: int | None = SECOND_PROCESS_AFTER) -> None:
        self.after = after
        self.made = 0                # people whose fields were asked for
        self.pool: ProcessPoolExecutor | None = None
        self.failed = False          # the second process could not start or died: here from then on

    def submit(self, people: Sequence[FieldArgs]) -> Pending:
        pool = self._pool()
        self.made += len(people)
        if pool is not None:
            try:
                return Pending(people, self, pool.submit(fields_of, people))
            except (BrokenProcessPool, RuntimeError, OSError):
                self.broken()
        return Pending(people, self)

    def _pool(self) -> ProcessPoolExecutor | None:
        if self.failed or self.after is None or self.made < self.after:
            return self.pool
        if self.pool is None:
            try:
                self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            except (OSError, RuntimeError, ValueError):
                self.failed = True
        return self.pool

    def broken(self) -> None:
        """The second process failed: the fields are made here from now on."""
        self.failed = True
        self.close()

    def close(self) -> None:
        """Ends the second process (work not yet begun is dropped)."""
        pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> FieldsMaker:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
