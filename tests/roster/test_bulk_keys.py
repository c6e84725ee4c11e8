"""Bulk inserts: the lean executemany stores exactly what SQLAlchemy's own path stores, and the
search keys written in one sorted pass are exactly the trigger's."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import insert, select, text

from desktop.core.bulk_insert import COPY_FROM, insert_rows
from desktop.core.db import Database
from desktop.core.orm import new_id
from desktop.roster import service
from desktop.roster.bulk import bulk_add_people, indexes_made_after, stream_people
from desktop.core.idcard import make_id
from sqlalchemy.exc import IntegrityError
from collections.abc import Iterator
from desktop.roster.models import Person
from desktop.roster.search import keys_written_after, search_fields
from tests import helpers


def _person(cid: str, name: str, **extra: object) -> dict:
    now = datetime(2026, 11, 29, 3, 4, 5, 678901, tzinfo=timezone.utc)
    row = dict(id=new_id(), community_id=cid, household_id=None, name=name, sex="F", birth_date=date(1950, 3, 5),
               ethnicity="汉族", id_number=None, phone="13800001111", phone2="", relation="", residence_type="",
               tags="独居老人", notes="·𠮷", created_at=now, updated_at=now, updated_by="t", deleted_at=None,
               version=1, merged_into_id=None, name_pinyin_override="", birth_date_partial=False)
    row.update(search_fields(name, phones=["13800001111"], tags=["独居老人"]))
    row.update(extra)
    return row


def test_insert_rows_stores_what_the_generic_path_stores(db: Database) -> None:
    cid = helpers.community(db)
    a, b = _person(cid, "陈富森"), _person(cid, "陈富森")
    with db.session() as s:
        insert_rows(s, Person.__table__, [a])
        s.execute(insert(Person.__table__), [b])
    with db.engine.connect() as c:
        cols = [col for col in Person.__table__.c if col.name != "id"]
        raw = {r[0]: r[1:] for r in c.execute(select(Person.__table__.c.id, *cols))}
        stored = [dict(r) for r in c.execute(text("SELECT * FROM people")).mappings()]
    assert raw[a["id"]] == raw[b["id"]]                       # typed read-back identical
    for r in stored:
        del r["id"]
    assert stored[0] == stored[1]                              # and the values as the database holds them
    assert raw[a["id"]][cols.index(Person.__table__.c.birth_date)] == date(1950, 3, 5)


def test_many_rows_store_what_the_generic_path_stores(db: Database) -> None:
    """Enough rows for PostgreSQL's COPY: stored as the generic INSERT stores them, text cleaned on the
    way, and the search keys and head counts written by the statement triggers."""
    cid = helpers.community(db)
    names = [f"陈{chr(0x4e00 + i)}" for i in range(COPY_FROM)]
    mine = [_person(cid, n, notes="a\u200bb\n·", birth_date=None if i % 7 == 0 else date(1950, 3, 5))
            for i, n in enumerate(names)]
    theirs = [dict(r, id=new_id(), notes="ab\n·") for r in mine]      # the generic path does not clean
    with db.session() as s:
        insert_rows(s, Person.__table__, mine)
    with db.session() as s:
        s.execute(insert(Person.__table__), theirs)
    cols = [col for col in Person.__table__.c if col.name != "id"]
    with db.engine.connect() as c:
        raw = {r[0]: r[1:] for r in c.execute(select(Person.__table__.c.id, *cols))}
        keys = dict(c.exec_driver_sql("SELECT p.id, count(*) FROM people_keys k JOIN people p ON "
                                      + ("p.rowid = k.person" if db.is_sqlite else "p.id = k.person")
                                      + " GROUP BY p.id").all())
        counted = c.exec_driver_sql("SELECT sum(people) FROM roster_counts WHERE tag = ''").scalar()
    for a, b in zip(mine, theirs):
        assert raw[a["id"]] == raw[b["id"]]
        assert keys[a["id"]] == keys[b["id"]] > 0
    assert raw[mine[0]["id"]][cols.index(Person.__table__.c.notes)] == "ab\n·"      # cleaned as the hook cleans
    assert counted == 2 * COPY_FROM


def test_insert_rows_refuses_rows_without_defaulted_columns(db: Database) -> None:
    cid = helpers.community(db)
    row = _person(cid, "李四")
    del row["version"]
    with db.session() as s, pytest.raises(ValueError, match="version"):
        insert_rows(s, Person.__table__, [row])


def _keys(db: Database) -> set[tuple]:
    with db.engine.connect() as c:
        return set(c.exec_driver_sql("SELECT key, sort, p.id, community FROM people_keys k "
                                     "JOIN people p ON p.rowid = k.person"))


def test_sorted_pass_writes_the_keys_the_trigger_writes(sqlite_db: Database) -> None:
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    names = ["陈富森", "欧阳·娜娜", "𠮷安", "潘美兰", "已删除"]
    rows = [dict(community_id=cid, name=n, phone=f"1380000{i:04d}", tags=["低保"]) for i, n in enumerate(names)]
    with db.session(admin) as s:
        ids = bulk_add_people(s, admin, rows)                   # sorted pass
        s.execute(text("UPDATE people SET deleted_at = '2026-11-29 00:00:00' WHERE id = :i"), {"i": ids[-1]})
    by_pass = _keys(db)
    with db.session(admin) as s:                                # the trigger, row by row
        s.execute(text("DELETE FROM people_keys"))
        s.execute(text("CREATE TEMP TABLE again AS SELECT * FROM people"))
        s.execute(text("DELETE FROM people"))
        s.execute(text("INSERT INTO people SELECT * FROM again"))
    assert by_pass and _keys(db) == by_pass
    with db.session(admin) as s:
        found = service.search_people(s, admin, "cfs", community_id=cid)
        assert [p.name for p in found] == ["陈富森"]
        assert not service.search_people(s, admin, "已删除", community_id=cid)


def test_nested_blocks_and_failures_leave_the_trigger_on(sqlite_db: Database) -> None:
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        conn = s.connection()
        with keys_written_after(conn):
            bulk_add_people(s, admin, [dict(community_id=cid, name="王秀英")])   # inner block defers to outer
            assert conn.exec_driver_sql("SELECT count(*) FROM people_keys_deferred").scalar() == 1
            assert not conn.exec_driver_sql("SELECT 1 FROM people_keys WHERE key = 'wxy'").first()
        assert conn.exec_driver_sql("SELECT 1 FROM people_keys WHERE key = 'wxy'").first()
    with db.session(admin) as s, pytest.raises(RuntimeError):
        with keys_written_after(s.connection()):
            raise RuntimeError("boom")
    with db.session(admin) as s:
        assert s.execute(text("SELECT count(*) FROM people_keys_deferred")).scalar() == 0
        service.save_person(s, admin, service.PersonInput(name="李桂兰", community_id=cid))
    with db.engine.connect() as c:                              # an ordinary save is keyed by the trigger
        assert c.exec_driver_sql("SELECT 1 FROM people_keys WHERE key = 'lgl'").first()


def _people_schema(db: Database, kind: str, sql_like: str = "%") -> list[tuple[str, str]]:
    """(name, sql) of the people table's triggers or indexes whose SQL is like `sql_like`."""
    with db.engine.connect() as c:
        return list(c.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = ? AND tbl_name = 'people' "
                                      "AND coalesce(sql, '') LIKE ? ORDER BY name", (kind, sql_like)).all())


def _insert_triggers(db: Database) -> list[tuple[str, str]]:
    return _people_schema(db, "trigger", "%AFTER INSERT%")


def test_the_insert_triggers_stand_aside_for_the_block_only(sqlite_db: Database) -> None:
    """Dropped inside the block (the transaction holds them back), there again word for word after it,
    after a failure inside it, and after a rollback of the whole unit of work."""
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    before = _insert_triggers(db)
    assert {n for n, _ in before} == {"people_keys_ai", "people_text_ai", "roster_counts_ai"}
    with db.session(admin) as s:
        conn = s.connection()
        with keys_written_after(conn):
            inside = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                          "AND sql LIKE '%AFTER INSERT ON people%'").scalar()
            assert inside == 0
            bulk_add_people(s, admin, [dict(community_id=cid, name="王秀英")])
    assert _insert_triggers(db) == before
    with db.session(admin) as s, pytest.raises(RuntimeError):
        with keys_written_after(s.connection()):
            raise RuntimeError("boom")
    assert _insert_triggers(db) == before
    with pytest.raises(RuntimeError), db.session(admin) as s:      # the whole unit rolled back
        bulk_add_people(s, admin, [dict(community_id=cid, name="赵丽")])
        raise RuntimeError("after the block")
    assert _insert_triggers(db) == before
    with db.session(admin) as s:
        service.save_person(s, admin, service.PersonInput(name="李桂兰", community_id=cid))
    with db.engine.connect() as c:                                  # the triggers work again
        assert c.exec_driver_sql("SELECT 1 FROM people_keys WHERE key = 'lgl'").first()
        assert c.exec_driver_sql("SELECT 1 FROM people_text WHERE people_text MATCH '李桂兰'").first()


def _people_indexes(db: Database) -> list[tuple[str, str]]:
    return _people_schema(db, "index")


def test_into_an_empty_roster_the_indexes_are_made_after(sqlite_db: Database) -> None:
    """Into an empty roster the people's indexes are made after the rows, word for word; a failure rolls
    them back as they were; into a roster with people they stay all along; the unique one refuses a
    repeated ID number either way."""
    db = sqlite_db
    cid = helpers.community(db)
    admin = helpers.admin(db)
    before = _people_indexes(db)
    assert any(n == "ix_people_name_pinyin" for n, _ in before)
    seen: list[int] = []

    def rows() -> Iterator[dict]:
        for i in range(30):
            if i == 20:                                   # the indexes are away while the rows come
                with db.engine.connect() as c:            # (another connection sees them: not committed)
                    seen.append(len(c.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'index' "
                                                      "AND tbl_name = 'people'").all()))
            yield dict(community_id=cid, name=f"王{chr(0x4e00 + i)}")

    with pytest.raises(RuntimeError), db.session(admin) as s:
        stream_people(s, admin, rows(), batch=10)
        raise RuntimeError("rolled back")
    assert _people_indexes(db) == before and seen == [len(before)]
    with db.session(admin) as s:
        conn = s.connection()
        with indexes_made_after(conn):
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                        "tbl_name = 'people' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
                                        ).scalar() == 0
            stream_people(s, admin, rows(), batch=10)
    assert _people_indexes(db) == before
    with db.session(admin) as s:                          # people now: nothing is set aside
        conn = s.connection()
        with indexes_made_after(conn):
            assert len(conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'index' "
                                            "AND tbl_name = 'people'").all()) == len(before)
    with db.session(admin) as s:
        found = service.search_people(s, admin, "王一", community_id=cid)
        assert [p.name for p in found] == ["王一"]
    id_number = make_id("441802", date(1950, 3, 5), 1)
    with db.session(admin) as s:
        s.execute(text("DELETE FROM people"))
    with pytest.raises(IntegrityError), db.session(admin) as s:
        stream_people(s, admin, [dict(community_id=cid, name="甲", id_number=id_number),
                                 dict(community_id=cid, name="乙", id_number=id_number)])
    assert _people_indexes(db) == before


def test_each_row_is_cleaned_and_processed_as_value_by_value() -> None:
    """The row-at-once look (all its text printable: nothing to clean) gives, for any texts, what cleaning
    and then the column's bind processing give value by value — one-line and note columns, dates, None."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from sqlalchemy.dialects import sqlite

    from desktop.core.bulk_insert import _RowMaker
    from desktop.core.plain_text import clean_text

    table = Person.__table__
    dialect = sqlite.dialect()
    order = ["name", "notes", "birth_date", "created_at", "tags", "household_id", "birth_date_partial"]
    make = _RowMaker(table, order, dialect)
    text = st.text(alphabet=st.one_of(st.sampled_from("\t\n\r\x00\x1b[\u200b\u202e\ufeff\u3000\xa0\u2028 a陈·"),
                                      st.characters()), max_size=8)

    def by_value(row: dict) -> tuple:
        out = []
        for k in order:
            v = row[k]
            if isinstance(v, str):
                v = clean_text(v, multiline=k == "notes")
            process = table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
            out.append(process(v) if process else v)
        return tuple(out)

    @settings(max_examples=300, deadline=None)
    @given(text, text, st.one_of(st.none(), st.dates()), text, st.one_of(st.none(), text), st.booleans())
    def check(name: str, notes: str, born: date | None, tags: str, household: str | None, partial: bool) -> None:
        row = dict(name=name, notes=notes, birth_date=born, created_at=datetime(2026, 11, 29, 3, 4, 5, tzinfo=timezone.utc),
                   tags=tags, household_id=household, birth_date_partial=partial)
        assert make(row) == by_value(row)

    check()


def test_keys_are_written_as_json_writes_them() -> None:
    """keys_json (written directly when nothing needs escaping) is json.dumps for any keys: quotes,
    backslashes, the separator itself as a key, control characters, none at all."""
    import json

    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from desktop.roster.search import keys_json

    @settings(max_examples=500, deadline=None)
    @example([])
    @example(["a", '","'])
    @example(['"'])
    @example(["\\", "陈"])
    @example(["a\x00", "\u2028"])
    @given(st.lists(st.text(alphabet=st.one_of(st.sampled_from('",\\\x00\x1f\u2028\u3000 a陈'), st.characters()),
                            max_size=5), max_size=6))
    def check(keys: list[str]) -> None:
        assert keys_json(keys) == json.dumps(keys, ensure_ascii=False)
        assert json.loads(keys_json(keys)) == keys

    check()
