"""An import's rows kept on disk while it is previewed and applied, so that a 200,000-row sheet costs
what one batch costs in memory, not ~3 KB a row.

A temporary SQLite file in the data folder's `tmp` (private to the account like the rest of it) holds
the sheet's data rows as read and each plan made of them (a new plan, e.g. after the estate is chosen,
is a new generation beside the old one), one pickled row per record with the few columns the preview
counts and pages by. `StoredRows` is a read-only sequence over them: its length, a page at an offset,
iteration a page at a time. The file goes when the store is closed or collected, and a file left by a
process that died is removed by the next import after a day.

Rows are pickled by this process for itself, into a file only this account can read, and read back by
the same process: never a file from elsewhere.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from desktop.core.paths import data_dir
from desktop.core.private_files import private_dir

T = TypeVar("T")
PAGE = 1000                 # rows read from the file at once
STALE_S = 24 * 3600         # a file older than this is left by a process that ended without removing it

_SCHEMA = """
CREATE TABLE sheet (gen INTEGER NOT NULL, n INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (gen, n));
CREATE TABLE plan (gen INTEGER NOT NULL, n INTEGER NOT NULL, row_number INTEGER NOT NULL, status TEXT NOT NULL,
                   partial INTEGER NOT NULL, ambiguous INTEGER NOT NULL, changed INTEGER NOT NULL,
                   choice INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (gen, n));
CREATE INDEX plan_status ON plan (gen, status, n);
CREATE INDEX plan_row ON plan (gen, row_number);
CREATE INDEX plan_choice ON plan (gen, choice, status, n);
CREATE TABLE seen (gen INTEGER NOT NULL, key TEXT NOT NULL, row_number INTEGER NOT NULL,
                   PRIMARY KEY (gen, key)) WITHOUT ROWID;
"""
_FILTERS = ("status", "partial", "ambiguous", "changed", "choice")


def spill_dir() -> Path:
    folder = data_dir() / "tmp"
    if not folder.is_dir():
        private_dir(folder)
    return folder


def _remove_stale(folder: Path, now: float) -> None:
    """Remove the files older than a day by `now`, the file system's time of a file just made (so the
    file system's clock is compared with itself)."""
    for old in folder.glob("import-*.db"):
        try:
            if old.stat().st_mtime < now - STALE_S:
                old.unlink()
        except OSError:
            pass                # in use elsewhere (Windows), or already gone


def _close(db: sqlite3.Connection, path: Path) -> None:
    db.close()
    try:
        path.unlink()
    except OSError:
        pass


class ImportStore:
    """One import's rows on disk; safe to use from the window's thread and a worker in turn."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = folder or spill_dir()
        handle, name = tempfile.mkstemp(prefix="import-", suffix=".db", dir=folder)
        os.close(handle)
        self.path = Path(name)
        _remove_stale(folder, self.path.stat().st_mtime)
        self._db = sqlite3.connect(name, check_same_thread=False, isolation_level=None)
        self._finalizer = weakref.finalize(self, _close, self._db, self.path)
        self.lock = threading.RLock()
        self._gens = 0
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-2048", "temp_store=FILE"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Remove the file (also done when the store is collected, or at exit)."""
        self._finalizer()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def execute(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self.lock:
            return self._db.execute(sql, args).fetchall()

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self.lock:
            self._db.execute("BEGIN")
            self._db.executemany(sql, rows)
            self._db.execute("COMMIT")

    def new_gen(self) -> int:
        with self.lock:
            self._gens += 1
            return self._gens

    # -- the sheet's rows, as read ------------------------------------------------------------------
    def keep_sheet(self, rows: Iterable[Any], batch: int = PAGE) -> StoredRows[Any]:
        """Write the rows (any iterable, read `batch` at a time) as a new generation; return them."""
        passing, kept = self.passing(rows, batch)
        for _ in passing:
            pass
        return kept

    def passing(self, rows: Iterable[Any], batch: int = PAGE) -> tuple[Iterator[Any], StoredRows[Any]]:
        """The rows as they come, each written as it passes (`batch` at a time), and the stored rows:
        complete once the first is read to its end (a sheet is planned as it is read, never read back)."""
        gen = self.new_gen()

        def written() -> Iterator[Any]:
            n = 0
            chunk: list[tuple[int, int, bytes]] = []
            for row in rows:
                chunk.append((gen, n, pickle.dumps(row, pickle.HIGHEST_PROTOCOL)))
                n += 1
                yield row
                if len(chunk) >= batch:
                    self.executemany("INSERT INTO sheet VALUES (?, ?, ?)", chunk)
                    chunk = []
            self.executemany("INSERT INTO sheet VALUES (?, ?, ?)", chunk)
        return written(), StoredRows(self, "sheet", gen)

    # -- a plan ---------------------------------------------------------------------------------------
    def add_plan_rows(self, gen: int, start: int, rows: Sequence[Any],
                      flags: Sequence[tuple[int, int, int, int]]) -> None:
        """Rows numbered from `start`, each with its (partial, ambiguous, changed, choice) flags."""
        self.executemany("INSERT INTO plan VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (gen, start + i, r.row_number, r.status, *f, pickle.dumps(r, pickle.HIGHEST_PROTOCOL))
            for i, (r, f) in enumerate(zip(rows, flags, strict=True))))

    def set_choice(self, gen: int, row_number: int, choice: bool) -> None:
        """Flag the row on sheet row `row_number` as worth a look in the readings (or not)."""
        self.execute("UPDATE plan SET choice = ? WHERE gen = ? AND row_number = ?", [int(choice), gen, row_number])

    def first_rows(self, gen: int, keys: Iterable[str]) -> dict[str, int]:
        """The sheet row each of `keys` was first seen on in this plan, for those already seen."""
        out: dict[str, int] = {}
        wanted = list(dict.fromkeys(keys))
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            marks = ",".join("?" * len(part))
            out.update(self.execute(f"SELECT key, row_number FROM seen WHERE gen = ? AND key IN ({marks})",
                                    [gen, *part]))
        return out

    def remember(self, gen: int, first: dict[str, int]) -> None:
        self.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?)", ((gen, k, n) for k, n in first.items()))


class StoredRows(Sequence[T], Generic[T]):
    """A read-only sequence of the rows of one generation in the store, optionally only those with
    given flags (`where(status="refused")`); read a page at a time, never held whole."""

    def __init__(self, store: ImportStore, table: str, gen: int, where: tuple[tuple[str, Any], ...] = ()) -> None:
        self.store, self.table, self.gen, self.filters = store, table, gen, where
        self._len: int | None = None
        self._sql = " AND ".join(["gen = ?", *(f"{k} = ?" for k, _ in where)])
        self._args = [gen, *(v for _, v in where)]

    def where(self, **flags: Any) -> StoredRows[T]:
        assert self.table == "plan" and set(flags) <= set(_FILTERS), flags
        return StoredRows(self.store, self.table, self.gen, (*self.filters, *sorted(flags.items())))

    def __len__(self) -> int:
        if self._len is None:
            self._len = int(self.store.execute(f"SELECT count(*) FROM {self.table} WHERE {self._sql}", self._args)[0][0])
        return self._len

    def page(self, offset: int, limit: int) -> list[T]:
        """`limit` rows from the `offset`-th on (the preview's table fetching what comes into view)."""
        if limit <= 0:
            return []
        got = self.store.execute(f"SELECT data FROM {self.table} WHERE {self._sql} ORDER BY n LIMIT ? OFFSET ?",
                                 [*self._args, limit, max(0, offset)])
        return [pickle.loads(d) for (d,) in got]

    def __iter__(self) -> Iterator[T]:
        for chunk in self.batches():
            yield from chunk

    def batches(self, size: int = PAGE) -> Iterator[list[T]]:
        """The rows a list of `size` at a time (what is read from the file at once)."""
        last = -1
        while True:
            got = self.store.execute(f"SELECT n, data FROM {self.table} WHERE {self._sql} AND n > ? ORDER BY n LIMIT ?",
                                     [*self._args, last, size])
            if got:
                yield [pickle.loads(d) for _, d in got]
            if len(got) < size:
                return
            last = got[-1][0]

    def by_row_number(self, row_number: int) -> T | None:
        assert self.table == "plan"
        got = self.store.execute(f"SELECT data FROM plan WHERE {self._sql} AND row_number = ? ORDER BY n LIMIT 1",
                                 [*self._args, row_number])
        return pickle.loads(got[0][0]) if got else None

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                return self.page(start, stop - start)[::step] if step > 0 else list(self)[i]
            return self.page(start, stop - start)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self.page(i, 1)[0]
