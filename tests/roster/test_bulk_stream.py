"""Bulk writes of people stream: rows are read from an iterable a batch at a time (memory bounded by a
batch, not by the number of people), with progress and cancel between batches, one summary audit row
per write, and the same stored data (search keys, trigram text) as people saved one by one."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.roster import bulk, service
from desktop.roster.bulk import BulkCancelled, stream_people
from desktop.roster.models import Person
from desktop.roster.records import person_history
from desktop.roster.search import rebuild_keys
from tests import helpers

SURNAMES = "陈李黄张梁何罗潘欧阳"
GIVEN = "美兰素桂英少珍福森𠮷"


def _rows(cid: str, n: int, pulled: list[int] | None = None) -> Iterator[dict[str, Any]]:
    for i in range(n):
        if pulled is not None:
            pulled[0] += 1
        yield dict(community_id=cid, name=SURNAMES[i % 9] + GIVEN[i % 10] + GIVEN[(i // 10) % 10],
                   sex="MF"[i % 2], phone=f"138{i:08d}", notes="备注" * 20, tags=["独居老人"] if i % 7 == 0 else [])


def _peak(db: Database, cid: str, n: int) -> int:
    admin = helpers.admin(db)
    with db.session(admin) as s:
        tracemalloc.start()
        try:
            written = stream_people(s, admin, _rows(cid, n), batch=250)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        s.rollback()
    assert written == n
    return peak


def test_memory_is_bounded_by_a_batch_not_by_the_rows(sqlite_db: Database) -> None:
    cid = helpers.community(sqlite_db)
    _peak(sqlite_db, cid, 250)                          # first use: caches and compiled statements
    small, large = _peak(sqlite_db, cid, 1000), _peak(sqlite_db, cid, 4000)
    # 4x the people: about the same peak (a list of every row would grow it 4x: ~4 MB more here)
    assert large < small * 1.25 + 200_000, (small, large)


def test_progress_between_batches_and_cancel_keeps_whole_batches(db: Database) -> None:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    stop = threading.Event()
    seen: list[int] = []
    pulled = [0]

    def progress(written: int) -> None:
        seen.append(written)
        if written >= 20:
            stop.set()

    with pytest.raises(BulkCancelled, match="已写入 20 人") as cancelled, db.session(admin) as s:
        stream_people(s, admin, _rows(cid, 100, pulled), batch=10, progress=progress, cancel=stop)
    assert cancelled.value.written == 20
    assert pulled[0] <= 30             # one batch made while the last was written at most, never written
    with db.session(admin) as s:                         # the unit of work rolled back on the refusal
        assert s.scalar(select(func.count()).select_from(Person)) == 0
    with db.session(admin) as s:                         # a caller that keeps what was written commits it
        try:
            stream_people(s, admin, _rows(cid, 100), batch=10, progress=progress, cancel=stop.is_set)
        except BulkCancelled as exc:
            assert exc.written == 0                      # asked before the first batch: nothing
        stop.clear()
        seen.clear()
        try:
            stream_people(s, admin, _rows(cid, 100), batch=10, progress=progress,
                          cancel=lambda: len(seen) >= 3)
        except BulkCancelled as exc:
            assert exc.written == 30
        s.commit()
    assert seen == [10, 20, 30]
    with db.session(admin) as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 30
        # every written person is found by its keys and its text, the last batch's too
        for i in (0, 29):
            phone = f"138{i:08d}"
            assert [p.phone for p in service.search_people(s, admin, phone[-6:])] == [phone]
        assert service.count_people(s, admin, "00000029") == 1         # no key holds it: the text
        summary = s.scalars(select(AuditEntry).where(AuditEntry.entity == "people")).one()
        assert summary.detail == "批量新增居民：30 人" and summary.entity_id is None


def test_one_summary_row_and_the_history_starts_with_it(db: Database) -> None:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        ids = bulk.bulk_add_people(s, admin, _rows(cid, 25), summary="导入测试")
    with db.session(admin) as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "people")))
        assert [(e.action, e.entity_id, e.detail) for e in entries] == [("create", None, "导入测试：25 人")]
        p = s.get(Person, ids[3])
        assert p is not None and p.created_at == entries[0].at
        service.save_person(s, admin, service.PersonInput(name=p.name, sex=p.sex, phone="13912345678",
                                                          notes=p.notes, tags=[], community_id=cid), ids[3])
    with db.session(admin) as s:
        history = person_history(s, admin, ids[3])
    assert [(h.action, h.field) for h in history] == [("新建", ""), ("修改", "电话")]
    assert history[0].after == "导入测试：25 人" and history[1].after == "13912345678"


def _stored(db: Database) -> tuple[set[tuple[Any, ...]], set[tuple[Any, ...]]]:
    with db.engine.connect() as c:
        keys = set(c.execute(text("SELECT key, sort, p.id FROM people_keys k JOIN people p ON "
                                  + ("p.rowid = k.person" if db.engine.dialect.name == "sqlite" else "p.id = k.person"))))
        found = set()
        for q in ("cml", "chenmeilan", "李", "00000042", "独居老人", "欧阳"):
            found.add((q, tuple(sorted(r[0] for r in c.execute(text(
                "SELECT id FROM people WHERE search_text LIKE :q"), {"q": f"%{q}%"})))))
    return keys, found


def test_several_key_passes_store_what_one_pass_and_the_triggers_store(db: Database,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    monkeypatch.setattr(bulk, "KEYS_EVERY", 2)           # a sorted pass every 2 batches of 7: 8 passes
    with db.session(admin) as s:
        ids: list[str] = []
        stream_people(s, admin, _rows(cid, 100), batch=7, on_batch=ids.extend)
    assert len(ids) == len(set(ids)) == 100
    keys, found = _stored(db)
    with db.session(admin) as s:                         # refilled from each row's own keys, in one pass
        rebuild_keys(s.connection())
    again, _ = _stored(db)
    assert keys and keys == again
    with db.session(admin) as s:
        for q, holders in found:
            assert service.count_people(s, admin, q) == len(holders), q
        if db.engine.dialect.name == "sqlite":             # the trigram table holds every row's text
            s.execute(text("INSERT INTO people_text(people_text, rank) VALUES ('integrity-check', 1)"))
            assert s.scalar(text("SELECT count(*) FROM people_text WHERE search_text LIKE '%00000042%'")) == 1


def test_the_keys_sort_spills_to_disk_only_while_the_bulk_write_lasts(sqlite_db: Database) -> None:
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2          # MEMORY: small sorts stay in memory
    with db.session(admin) as s:
        stream_people(s, admin, _rows(cid, 30), batch=10)
        assert s.execute(text("PRAGMA temp_store")).scalar() == 1          # FILE while this transaction lasts
        used = s.connection().connection.dbapi_connection
    with db.session(admin) as s:                                           # the same pooled connection again
        assert s.connection().connection.dbapi_connection is used
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2
        assert service.count_people(s, admin, "") == 30


def test_the_sort_threads_and_page_cache_last_only_as_long_as_the_bulk_write(sqlite_db: Database) -> None:
    """During the block SQLite sorts with helper threads and writes with the larger page cache; after it the
    connection has its own settings again — also when the block fails."""
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    seen: list[tuple[int, int]] = []

    def rows() -> Iterator[dict[str, Any]]:
        yield from _rows(cid, 20)
        seen.append((int(conn.exec_driver_sql("PRAGMA threads").scalar()),
                     int(conn.exec_driver_sql("PRAGMA cache_size").scalar())))
        raise RuntimeError("the sheet ends badly")

    with db.session(admin) as s:
        conn = s.connection()
        before = (conn.exec_driver_sql("PRAGMA threads").scalar(), conn.exec_driver_sql("PRAGMA cache_size").scalar())
        with pytest.raises(RuntimeError):
            stream_people(s, admin, rows(), batch=10)
        assert seen == [(bulk.SORT_THREADS, -bulk.BULK_CACHE_KIB)]
        after = (conn.exec_driver_sql("PRAGMA threads").scalar(), conn.exec_driver_sql("PRAGMA cache_size").scalar())
        assert after == before and before[0] == 0
        s.rollback()
