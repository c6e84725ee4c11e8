"""Fast inserts of many people at once (import, demo, a street's whole population): rows are taken as
they come (any iterable, a generator too) and written a batch at a time, so memory holds one batch
whatever the number of people.

Search fields are filled here; the search keys and the trigram text follow in one sorted pass per
stretch of batches (SQLite, `keys_written_after`) or by trigger (PostgreSQL). The audit trail gets one
summary row per call (who, when, how many), not a copy of every new row: the people carry their own
`created_at`/`updated_by`, and a person's history finds its creation by that moment
(desktop.roster.records). Edits keep their field-level audit (the session hook, the import's merges).

Progress and cancel are looked at between batches: a cancelled write stops before the next batch,
never inside one, keeps the search keys of what it wrote, and says how many it wrote (`BulkCancelled`);
the caller rolls back or commits that.

A batch is written on a second thread while the next one is made on the caller's (the database's work
runs outside Python's lock): a cancel asked meanwhile drops the batch made, unwritten.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, cast

from sqlalchemy import Table, event, select
from sqlalchemy.orm import Session

from desktop.core.audit import AuditAction, AuditEntry, entry_row
from desktop.core.bulk_insert import insert_rows
from desktop.core.clock import utcnow
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.orm import new_id
from desktop.core.set_aside import set_aside
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.models import Building, Household, Person
from desktop.roster.fields_process import FIELD_NAMES, SECOND_PROCESS_AFTER, FieldArgs, FieldsMaker, Pending
from desktop.roster.search import keys_written_after
from desktop.roster.search_fields import household_keys
from desktop.roster.address import floor_of, household_address

_TEXT_DEFAULTS = {"sex": "", "ethnicity": "", "phone": "", "phone2": "", "relation": "", "residence_type": "",
                  "notes": "", "tags": ""}
_NULLABLE = ("id_number", "birth_date", "household_id")
CHUNK = 500
BATCH = 2000                 # people per INSERT batch (what memory holds at once)
KEYS_EVERY = 50              # batches per sorted pass of search keys (SQLite): 100,000 people's keys at most
# SQLite's page cache while a bulk write runs (the connections keep 64 MiB). A million people, built with
# the second process making their search fields (~270 MiB of its own): 320 MiB → 149 s, peak 1,017 MiB with
# that process; 256 → 144 s, 948; 192 → 142 s, 881; 96 → 139 s, 776. With the rows written before their
# indexes, a larger cache no longer buys time: twice the connections' own keeps memory well under 1 GiB.
BULK_CACHE_KIB = 128 * 1024

Cancel = threading.Event | Callable[[], bool] | None


class BulkCancelled(UserError):
    """Writing stopped between two batches because cancel was asked; `written` people were written
    (whole batches, with their search keys) in the caller's unit of work."""

    def __init__(self, written: int) -> None:
        super().__init__(msg("已取消：已写入 {written} 人，其余未写入", written=written))
        self.written = written


def cancel_asked(cancel: Cancel) -> bool:
    """True when `cancel` (a threading.Event, or a callable answering True) asks to stop."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def _restore_temp_store(dbapi_connection: Any, record: Any) -> None:
    if record.info.pop("linli_temp_store_file", False):
        dbapi_connection.execute("PRAGMA temp_store=MEMORY")


def sorts_on_disk(conn: Any) -> bool:
    """SQLite outside a transaction: let large sorts spill to temporary files (temp_store=FILE) until the
    connection goes back to the pool, so the keys of a million people are sorted in bounded memory
    (the connections keep small sorts in memory: desktop.core.db). False where that cannot be changed
    now (inside a transaction, which the pragma refuses, or another database)."""
    if conn.dialect.name != "sqlite":
        return False
    info = conn.connection.info                 # the pooled DBAPI connection's, as the checkin event's record
    if info.get("linli_temp_store_file"):
        return True                             # already so, since before this transaction
    dbapi = conn.connection.dbapi_connection
    if dbapi is None or dbapi.in_transaction:
        return False
    if not event.contains(conn.engine, "checkin", _restore_temp_store):
        event.listen(conn.engine, "checkin", _restore_temp_store)
    dbapi.execute("PRAGMA temp_store=FILE")
    info["linli_temp_store_file"] = True
    return True


@contextmanager
def larger_cache(conn: Any, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """SQLite: a page cache of `kib` for the block, the connection's own again after it (0: the
    connection's own throughout). A person's row goes into ten indexes at places as scattered as names
    and ID numbers; with the usual cache, a million people's indexes no longer fit and every insert
    reads and spills pages."""
    with _pragma_for_block(conn, "cache_size", -int(kib) if kib > 0 else None):
        yield


SORT_THREADS = max(1, min(3, (os.cpu_count() or 1) - 1))


@contextmanager
def sorts_in_parallel(conn: Any) -> Iterator[None]:
    """SQLite: its large sorts (the indexes made after the rows, the search keys' sorted pass) use
    SORT_THREADS helper threads for the block, as the machine's cores allow; the connection's own
    setting again after it. Elsewhere: nothing changes."""
    with _pragma_for_block(conn, "threads", SORT_THREADS):
        yield


@contextmanager
def _pragma_for_block(conn: Any, name: str, value: int | None) -> Iterator[None]:
    """SQLite: the integer pragma `name` set to `value` for the block, the connection's own after it
    (None, or another database: nothing changes)."""
    if conn.dialect.name != "sqlite" or value is None:
        yield
        return
    before = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
    conn.exec_driver_sql(f"PRAGMA {name}={int(value)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA {name}={int(before or 0)}")


@contextmanager
def indexes_made_after(conn: Any) -> Iterator[None]:
    """SQLite, into an empty roster (a street's first import, a whole population built): the people's
    indexes are set aside for the block and made again after it, each in one sorted pass, instead of
    taking every row at a place as scattered as names and ID numbers (the unique ones stay: they
    refuse a repeated ID number as the rows come). In the caller's transaction: a rollback brings
    them back as they were. Elsewhere, or into a roster that has people: nothing changes."""
    if conn.dialect.name != "sqlite" or conn.exec_driver_sql("SELECT 1 FROM people LIMIT 1").first() is not None:
        yield
        return
    # a statement that changes nothing, so the driver opens the transaction (it does before any INSERT,
    # UPDATE or DELETE, never before DDL, which would otherwise be committed at once)
    conn.exec_driver_sql("DELETE FROM people_keys_deferred WHERE 0")
    assert conn.connection.dbapi_connection.in_transaction
    indexes = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'people' "
                                   "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name").all()
    with set_aside(conn, "index", indexes):
        yield


def household_search_keys(s: Session, household_ids: set[str]) -> dict[str, list[str]]:
    """Address keys (full and short form) of each household, in one query per 500 ids."""
    out: dict[str, list[str]] = {}
    ids = sorted(household_ids)
    for i in range(0, len(ids), CHUNK):
        for h in s.scalars(select(Household).where(Household.id.in_(ids[i:i + CHUNK]))):
            out[h.id] = household_keys(h)
    return out


def batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """`rows` a list of at most `size` at a time, read from the iterable only as each is needed."""
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def _person_base(r: Mapping[str, Any], addresses: Mapping[str, list[str]], now: Any,
                 user: str) -> tuple[dict[str, Any], FieldArgs]:
    """A person's row without its search fields, and what those are made of."""
    p: dict[str, Any] = dict(_TEXT_DEFAULTS)
    p.update({k: v for k, v in r.items() if v is not None or k in _NULLABLE})
    tags = p["tags"]
    tag_list = [t for t in (tags.split(",") if isinstance(tags, str) else tags) if t]
    p["tags"] = ",".join(dict.fromkeys(tag_list))
    p.setdefault("id", new_id())
    for k in _NULLABLE:
        p.setdefault(k, None)
    p.setdefault("name_pinyin_override", "")
    p.setdefault("birth_date_partial", False)
    p.update(created_at=now, updated_at=now, updated_by=user, version=1, deleted_at=None, merged_into_id=None)
    return p, (p["name"], p["name_pinyin_override"], (p["phone"], p["phone2"]),
               addresses.get(p["household_id"] or "", []), tag_list)


def stream_people(s: Session, actor: Actor, rows: Iterable[Mapping[str, Any]], *, perm: Perm = Perm.ROSTER_EDIT,
                  address_keys: Mapping[str, list[str]] | None = None, batch: int = BATCH,
                  progress: Callable[[int], object] | None = None, cancel: Cancel = None,
                  summary: str | None = "批量新增居民", on_batch: Callable[[list[str]], object] | None = None,
                  at: datetime | None = None, cache_kib: int = BULK_CACHE_KIB,
                  second_process_after: int | None = SECOND_PROCESS_AFTER) -> int:
    """Insert already-validated people (mappings of Person columns; `tags` a list or "a,b"), `batch` at
    a time; returns how many were written.

    The permission is checked for each community before the first person of it is written.
    `address_keys` (household id → its address search forms) saves reading back households the caller
    has just written; households it lacks are read from the database. `progress(written)` after each
    batch, `on_batch(ids)` with each batch's new ids; `cancel` is looked at before each batch
    (BulkCancelled, after the written batches' keys). `summary`: the detail of the one audit row
    (None: the caller writes its own, as an import does, stamped `at`); every person gets `created_at`
    `at` (default: now), the moment of the summary row. `cache_kib`: SQLite's page cache while the
    batches are written (0: the connection's own). `second_process_after`: people written before the
    search fields are made in a second process (None: never; desktop.roster.fields_process).
    """
    now = at or utcnow()
    known: dict[str, list[str]] = dict(address_keys or {})
    conn = s.connection()
    source = batches(rows, batch)
    # one sorted pass of search keys at the end when its sort can spill to disk, else one per KEYS_EVERY
    # batches (a sort in memory of 100,000 people's keys at most)
    every = 1 << 62 if sorts_on_disk(conn) else KEYS_EVERY
    with sorts_in_parallel(conn), indexes_made_after(conn):
        written, cancelled = _write_batches(s, actor, source, perm=perm, known=known, now=now, every=every,
                                            progress=progress, cancel=cancel, on_batch=on_batch,
                                            cache_kib=cache_kib, second_process_after=second_process_after)
    if summary is not None and written:
        insert_rows(s, cast(Table, AuditEntry.__table__), [entry_row(
            actor, AuditAction.CREATE, "people", None, None, at=now, detail=f"{summary}：{written} 人")])
    if cancelled:
        raise BulkCancelled(written)
    return written


def _write_batches(s: Session, actor: Actor, source: Iterator[list[Mapping[str, Any]]], *, perm: Perm,
                   known: dict[str, list[str]], now: datetime, every: int,
                   progress: Callable[[int], object] | None, cancel: Cancel,
                   on_batch: Callable[[list[str]], object] | None, cache_kib: int,
                   second_process_after: int | None = None) -> tuple[int, bool]:
    """The batches of `stream_people`, with a sorted pass of search keys every `every` batches:
    (people written, whether cancel stopped them).

    Two at once: while one thread writes a batch (the database works without Python's lock), this one
    makes the next batch's rows. Past `second_process_after` people a third stage joins: the next
    batch's search fields are made in a second process (desktop.roster.fields_process) while this
    thread reads the rows after it. The connection is used by one thread at a time: this one waits for
    the write in flight before it reads households or the keys' pass runs."""
    conn = s.connection()
    table = cast(Table, Person.__table__)
    user = actor.username
    allowed: set[str] = set()
    written = 0
    stopped = cancelled = False
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-write") as writer, \
            FieldsMaker(second_process_after) as maker:
        in_flight: Future[int] | None = None
        pending_ids: list[str] = []
        made: tuple[list[dict[str, Any]], Pending] | None = None     # a batch whose fields are being made

        def settle() -> None:
            """Wait for the write in flight (its error raised here), then tell the caller."""
            nonlocal in_flight, written
            if in_flight is None:
                return
            done, ids = in_flight, pending_ids
            in_flight = None
            written += done.result()
            if on_batch is not None:
                on_batch(ids)
            if progress is not None:
                progress(written)

        def write(batch: tuple[list[dict[str, Any]], Pending]) -> bool:
            """The batch with its fields handed to the writing thread; False when cancel was asked while
            the last batch was written (this one is not)."""
            nonlocal in_flight, pending_ids
            people, fields = batch
            for p, f in zip(people, fields.result()):
                p.update(zip(FIELD_NAMES, f))
            settle()
            if cancel_asked(cancel):
                return False
            pending_ids = [p["id"] for p in people]
            in_flight = writer.submit(insert_rows, s, table, people)
            return True

        while not stopped:
            with keys_written_after(conn), larger_cache(conn, cache_kib):    # the cache back to its size for the keys' sort
                try:
                    for _ in range(every):
                        if cancel_asked(cancel):
                            stopped = cancelled = True
                            break
                        chunk = next(source, None)
                        if chunk is None:
                            stopped = True
                            break
                        for cid in sorted({r["community_id"] for r in chunk} - allowed):
                            require(actor, perm, community_id=cid, entity="people")
                            allowed.add(cid)
                        wanted = {h for r in chunk if (h := r.get("household_id"))} - known.keys()
                        if wanted:
                            settle()                    # the connection is this thread's again
                            known.update(household_search_keys(s, wanted))
                        people, args = [], []
                        for r in chunk:
                            p, a = _person_base(r, known, now, user)
                            people.append(p)
                            args.append(a)
                        fields = maker.submit(args)
                        if made is not None:
                            batch, made = made, None
                            if not write(batch):
                                stopped = cancelled = True
                                break
                        if not fields.here:
                            made = (people, fields)     # written once the next batch is read
                        elif not write((people, fields)):
                            stopped = cancelled = True
                            break
                    if made is not None:
                        batch, made = made, None        # the stretch's last batch, before its keys' pass
                        if not cancelled and not write(batch):
                            stopped = cancelled = True
                finally:
                    settle()                            # before the keys' pass, and before any error goes up
    return written, cancelled


def bulk_add_people(s: Session, actor: Actor, rows: Iterable[Mapping[str, Any]], *, perm: Perm = Perm.ROSTER_EDIT,
                    address_keys: Mapping[str, list[str]] | None = None, summary: str | None = "批量新增居民",
                    progress: Callable[[int], object] | None = None, cancel: Cancel = None,
                    at: datetime | None = None) -> list[str]:
    """`stream_people`, returning the new people's ids in the order of `rows` (for callers that link
    further records to them; a build of a whole population counts instead)."""
    ids: list[str] = []
    stream_people(s, actor, rows, perm=perm, address_keys=address_keys, summary=summary, progress=progress,
                  cancel=cancel, on_batch=ids.extend, at=at)
    return ids


def bulk_add_households(s: Session, actor: Actor, building: Building,
                        rooms: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Create the (unit, room) households of a building that do not exist yet, a batch at a time;
    return all their ids."""
    require(actor, Perm.ROSTER_EDIT, community_id=building.community_id, entity="households")
    existing = {(h.unit, h.room): h.id for h in s.scalars(
        select(Household).where(Household.building_id == building.id, Household.deleted_at.is_(None)))}
    now = utcnow()
    for chunk in batches(rooms, BATCH):
        new = []
        for unit, room in chunk:
            if (unit, room) in existing:
                continue
            hid = new_id()
            existing[(unit, room)] = hid
            new.append(dict(id=hid, building_id=building.id, community_id=building.community_id, unit=unit,
                            room=room, floor=floor_of(room),
                            address=household_address(building.estate, building.name, unit, room),
                            phone="", notes="", created_at=now, updated_at=now, updated_by=actor.username,
                            deleted_at=None, version=1))
        insert_rows(s, cast(Table, Household.__table__), new)
    return existing


