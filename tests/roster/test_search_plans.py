"""The search box is served from indexes (migration 0050). PostgreSQL: its key table and trigram index,
also under prepared statements — the statements the service sends are prepared and explained with the
generic plan psycopg's automatic preparation ends up with, as well as with a custom plan. SQLite: a word
no key holds is narrowed through the FTS5 trigram table, which follows every write."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select, text

from desktop.core.db import Database
from desktop.core.security import SYSTEM
from desktop.roster import service
from desktop.roster.bulk import bulk_add_households, bulk_add_people
from desktop.roster.models import Building
from desktop.roster.service import PersonInput
from tests import helpers

PEOPLE = 20_000


def _fill(db: Database) -> None:
    """PEOPLE people copied from one made by the service, each with its own keys and text."""
    cid = helpers.community(db, "西湖社区")
    with db.session(SYSTEM) as s:
        template = service.save_person(s, SYSTEM, PersonInput(name="陈富森", community_id=cid, phone="13800001111"))
    with db.engine.begin() as c:
        cols = [r[0] for r in c.execute(text(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'people'"))]
        made = {"id": "gen_random_uuid()::text", "name": "'某' || g", "name_pinyin": "'mou' || g",
                "search_keys": "json_build_array('mou' || g, 'k' || (g % 97), '某' || g)::text",
                "search_text": "'某' || g || ' mou' || g || ' 1380' || lpad(g::text, 7, '0')"}
        c.execute(text(f"INSERT INTO people ({', '.join(cols)}) SELECT "
                       + ", ".join(made.get(col, col) for col in cols)
                       + " FROM people, generate_series(1, :n) AS g WHERE id = :t"), {"n": PEOPLE, "t": template})
    with db.engine.connect() as c:
        c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)


def _plans(db: Database, statement: str, parameters: dict[str, Any],
           settings: dict[str, str] | None = None) -> tuple[str, str]:
    """(custom plan, generic plan) of a statement as sent by the service (psycopg's %(name)s style),
    under `settings` where the service plans it under them."""
    order: list[str] = []

    def number(m: re.Match[str]) -> str:
        if m.group(1) not in order:
            order.append(m.group(1))
        return f"${order.index(m.group(1)) + 1}"

    sql = re.sub(r"%\((\w+)\)s", number, statement).replace("%%", "%")
    args = ", ".join("'" + str(parameters[n]).replace("'", "''") + "'" for n in order)
    out = []
    with db.engine.connect() as c:
        for name, value in (settings or {}).items():
            c.exec_driver_sql(f"SET {name} = {value}")
        c.exec_driver_sql(f"PREPARE q AS {sql}".replace("%", "%%"))
        for mode in ("force_custom_plan", "force_generic_plan"):
            c.exec_driver_sql(f"SET plan_cache_mode = {mode}")
            out.append("\n".join(r[0] for r in c.exec_driver_sql(f"EXPLAIN EXECUTE q({args})".replace("%", "%%"))))
        c.exec_driver_sql("DEALLOCATE q")
    return out[0], out[1]


@pytest.mark.postgres
def test_search_reads_indexes_under_custom_and_generic_plans(pg_db: Database) -> None:
    _fill(pg_db)
    # "k5": a key held by ~200 people, "mou123" a key of one: the first page and the count read the key
    # table's B-tree only. "ou1234", "8000123": no key holds them: the trigram index, never a walk over people.
    for query in ("k5", "mou123", "ou1234", "8000123"):
        with pg_db.session(SYSTEM) as s, _statements(pg_db) as seen:
            found = service.search_people(s, SYSTEM, query, limit=50)
            n = service.count_people(s, SYSTEM, query)
        assert n > 0 and len(found) == min(n, 50), query
        searches = [(st, p) for st, p in seen if "people" in st and "SELECT 1 FROM people_keys" not in st]
        assert len(searches) >= 2, query
        for statement, parameters in searches:
            index = "people_keys_pkey" if "FROM people_keys k" in statement else "people_search_trgm"
            for plan in _plans(pg_db, statement, parameters):
                assert index in plan and "Seq Scan on people" not in plan, (query, statement, plan)
    with pg_db.session(SYSTEM) as s:
        assert service.count_people(s, SYSTEM, "k5") == len([g for g in range(1, PEOPLE + 1) if g % 97 == 5])
        assert [r.name for r in service.search_people(s, SYSTEM, "ou1234 某12345")] == ["某12345"]


def test_sqlite_answers_words_no_key_holds_from_its_trigram_table(sqlite_db: Database) -> None:
    cid = helpers.community(sqlite_db, "西湖社区")
    with sqlite_db.session(SYSTEM) as s:
        ids = [service.save_person(s, SYSTEM, PersonInput(name=n, community_id=cid, phone=f"1380000{i:04d}"))
               for i, n in enumerate(("陈富森", "潘美兰", "李月娥", "王芳"))]
        service.save_person(s, SYSTEM, PersonInput(name="陈福生", community_id=cid, phone="13900001111"), ids[0])
        service.delete_person(s, SYSTEM, ids[3])
        bulk_add_people(s, SYSTEM, [dict(name=f"批量{i}", community_id=cid, phone=f"136{i:04d}8888")
                                    for i in range(300)])        # their text added in one pass at the end
    with sqlite_db.engine.begin() as c:       # the external-content index matches the people table
        c.exec_driver_sql("INSERT INTO people_text(people_text) VALUES ('integrity-check')")
        c.exec_driver_sql("DELETE FROM people WHERE id = :i".replace(":i", "?"), (ids[2],))
        c.exec_driver_sql("INSERT INTO people_text(people_text, rank) VALUES ('integrity-check', 1)")
    with sqlite_db.session(SYSTEM) as s, _statements(sqlite_db) as seen:
        assert [r.name for r in service.search_people(s, SYSTEM, "enfuse")] == []      # 陈富森 is 陈福生 now
        assert [r.name for r in service.search_people(s, SYSTEM, "nfush")] == ["陈福生"]
        assert [r.name for r in service.search_people(s, SYSTEM, "000000")] == ["潘美兰"]
        assert service.count_people(s, SYSTEM, "000000", include_deleted=True) == 2     # 王芳, deleted
        assert service.count_people(s, SYSTEM, "36002") == 10                           # 1360020…1360029
    searches = [st for st, _ in seen if "search_text LIKE" in st]
    assert len(searches) == 5
    with sqlite_db.engine.connect() as c:
        for st in searches:
            plan = " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + st,
                                                             tuple(["x"] * st.count("?"))))
            assert "VIRTUAL TABLE INDEX" in plan and "SCAN people " not in plan + " ", plan


def test_a_page_of_an_address_many_share_is_read_along_the_name_index(db: Database) -> None:
    """湖花园 (no key: part of an estate's name) matches most of the roster: a page sorted by name is read
    along the name index, each person's household tested, instead of sorting every candidate — and
    gives, page after page, exactly the people and order the sorting plan gives. PostgreSQL plans that
    statement (its own text) so under custom and generic plans, and its settings are as before after."""
    cid = helpers.community(db, "西湖社区")
    with db.session(SYSTEM) as s:
        buildings = [Building(community_id=cid, estate=estate, name=name)
                     for estate, name in (("西湖花园", "1号楼"), ("西湖花园", "2号楼"), ("后街新村", "1号楼"))]
        s.add_all(buildings)
        s.flush()
        homes = [h for b in buildings
                 for h in bulk_add_households(s, SYSTEM, b, [("", f"{f}0{r}") for f in (1, 2) for r in (1, 2)]).values()]
        rows = [dict(name=f"{'陈王李赵刘'[i % 5]}{'富美月秀'[i % 4]}{i}", community_id=cid, household_id=homes[i % len(homes)])
                for i in range(150)]
        ids = bulk_add_people(s, SYSTEM, rows)
        service.delete_person(s, SYSTEM, ids[0])                                  # in 西湖花园, deleted
    with db.engine.connect() as c:
        expected = [r[0] for r in c.execute(text(
            "SELECT name FROM people WHERE deleted_at IS NULL AND search_text LIKE :p "
            "ORDER BY name_pinyin, name, id"), {"p": "%湖花园%"})]
    assert len(expected) == 101                           # 102 in 西湖花园, one deleted
    from desktop.roster.address_words import WALK_MARK, WALK_SETTINGS

    in_force: list[tuple[str, ...]] = []            # PostgreSQL: the planner's settings as each page is sent
    asked = "SELECT " + ", ".join(f"current_setting('{n}')" for n in WALK_SETTINGS)

    def settings(_conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if "LIMIT" in statement and "people.search_text" in statement:
            in_force.append(tuple(cursor.connection.execute(asked).fetchone()))

    if db.engine.dialect.name == "postgresql":
        event.listen(db.engine, "before_cursor_execute", settings)
    with db.session(SYSTEM) as s, _statements(db) as seen:
        walked = [r.name for off in range(0, 105, 7) for r in service.search_people(s, SYSTEM, "湖花园", offset=off,
                                                                                    limit=7)]
        sorted_all = [r.name for r in service.search_people(s, SYSTEM, "湖花园", limit=200)]
        assert service.count_people(s, SYSTEM, "湖花园") == 101
    assert walked == sorted_all == expected
    if db.engine.dialect.name == "postgresql":
        pages = [(st, p) for st, p in seen if "strpos(people.search_text" in st and "LIMIT" in st]
        walks = [(st, p) for st, p in pages if WALK_MARK in st]
        assert pages[0] in walks and pages[-1] not in walks   # the first page walks; the page of 200 sorts
        event.remove(db.engine, "before_cursor_execute", settings)
        with db.engine.connect() as c:
            defaults = tuple(c.execute(text("SELECT reset_val FROM pg_settings WHERE name = :n"), {"n": n}).scalar()
                             for n in WALK_SETTINGS)
        assert in_force[0] == tuple(WALK_SETTINGS.values()) != defaults and in_force[-1] == defaults, in_force
        for plan in _plans(db, *walks[0], settings=WALK_SETTINGS):
            assert "Index Scan using ix_people_name_pinyin on people" in plan and "Bitmap" not in plan, plan
        with db.session(SYSTEM) as s:
            service.search_people(s, SYSTEM, "湖花园", limit=7)
            after = s.execute(text(asked)).one()
            assert tuple(after) == defaults                 # the rest of the transaction plans as before
        return
    pages = [st for st, _ in seen if "search_text LIKE" in st and "LIMIT" in st]
    walks = [st for st in pages if "+people.household_id IN" in st]
    assert pages[0] in walks and pages[-1] not in walks   # the first page walks; the page of 200 sorts
    with db.engine.connect() as c:
        plan = " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + walks[0],
                                                           tuple(["x"] * walks[0].count("?"))))
    assert "SCAN people USING INDEX ix_people_name_pinyin" in plan, plan


def test_one_character_no_key_holds_is_answered_through_addresses_and_tags(db: Database) -> None:
    """"湖", "楼", "单", "独": no name holds them, so no key does; their answer is the people whose flats'
    addresses or whose tags hold them — read through households and the tag list, not a walk over
    people (SQLite's plan), and the same answer as a substring search of every living person's text."""
    from sqlalchemy import select

    from desktop.roster.bulk import bulk_add_households
    from desktop.roster.models import Building, Person

    cid = helpers.community(db, "西湖社区")
    with db.session(SYSTEM) as s:
        homes = []
        for estate, name in (("西湖花园", "6号楼"), ("翠湖苑", "1号楼"), ("后街新村", "2号楼")):
            b = Building(community_id=cid, estate=estate, name=name)
            s.add(b)
            s.flush()
            homes += list(bulk_add_households(s, SYSTEM, b, [("", "501"), ("1", "502")]).values())
        bulk_add_people(s, SYSTEM, [dict(name=n, community_id=cid, household_id=homes[i % 7] if i % 7 < 6 else None,
                                         phone=f"1380000{i:04d}", tags=["独居老人"] if i % 5 == 0 else [])
                                    for i, n in enumerate(("陈富森", "潘美兰", "李月娥", "王芳", "张三", "李四", "赵六",
                                                           "钱七", "孙八", "周九", "吴十"))])
        gone = s.scalar(select(Person.id).where(Person.name == "吴十"))
        service.delete_person(s, SYSTEM, gone)
    with db.session(SYSTEM) as s:
        living = [t for (t,) in s.execute(text("SELECT search_text FROM people WHERE deleted_at IS NULL"))]
    with db.session(SYSTEM) as s, _statements(db) as seen:
        for term in ("湖", "楼", "单", "元", "独", "花", "村", "苑", "街"):
            expected = sum(1 for t in living if term in t)
            assert service.count_people(s, SYSTEM, term) == expected, term
            assert len(service.search_people(s, SYSTEM, term)) == expected, term
        assert 0 < service.count_people(s, SYSTEM, "湖") < len(living)
        assert service.count_people(s, SYSTEM, "独") == 2                  # 陈富森 and 李四; 吴十 is deleted
        assert service.count_people(s, SYSTEM, "独", include_deleted=True) == 3
    if db.engine.dialect.name != "sqlite":
        return
    searches = [st for st, _ in seen if "search_text LIKE" in st]
    assert len(searches) == 21                  # the last (deleted people too) reads the people themselves
    with db.engine.connect() as c:
        for st in searches[:-1]:
            plan = " | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + st,
                                                             tuple(["x"] * st.count("?"))))
            assert "SCAN people " not in plan + " ", plan


def test_counts_of_words_addresses_hold_agree_with_every_persons_text(db: Database) -> None:
    """A word no key holds that addresses hold is counted from the head counts of the households whose
    address holds it, plus the other candidates tested one by one: for every character and every part of
    two to four characters of every address, the count and the pages agree with a substring search of
    every living person's text — for the whole street and for a worker of one community, with people in
    no household, deleted people, tags that share characters with addresses (老), a flat named in
    characters (商铺), and a name holding an address's character (湖生: 湖 is a key, found as one)."""
    from desktop.core.roles import Role
    from desktop.roster.models import Person

    west, back = helpers.community(db, "西湖社区"), helpers.community(db, "后街社区")
    with db.session(SYSTEM) as s:
        homes: list[tuple[str, str]] = []
        for cid, estate, name, flats in ((west, "西湖花园", "6号楼", [("", "501"), ("1", "502")]),
                                         (west, "翠湖苑", "1号楼", [("", "101"), ("", "商铺")]),
                                         (back, "老街新村", "2号楼", [("2", "301"), ("", "302")]),
                                         (back, "", "湖滨楼", [("", "1")])):
            b = Building(community_id=cid, estate=estate, name=name)
            s.add(b)
            s.flush()
            homes += [(cid, h) for h in bulk_add_households(s, SYSTEM, b, flats).values()]
        names = ("陈富森", "潘美兰", "李月娥", "王芳", "张三", "李四", "赵六", "钱七", "孙八", "周九", "吴十", "湖生",
                 "何伯", "梁花")
        rows = []
        for i, n in enumerate(names):
            cid, home = homes[i % len(homes)]
            rows.append(dict(name=n, community_id=cid, household_id=home if i % 5 != 4 else None,
                             phone=f"1390000{i:04d}", tags=["独居老人"] if i % 3 == 0 else []))
        ids = bulk_add_people(s, SYSTEM, rows)
        service.delete_person(s, SYSTEM, ids[1])
        service.delete_person(s, SYSTEM, ids[8])
        addresses = [a for (a,) in s.execute(text("SELECT address FROM households"))] + ["西湖花园6号楼", "老街新村2号楼"]
    worker = helpers.actor(db, "lihua", Role.SOCIAL_WORKER, ["后街社区"])
    with db.session(SYSTEM) as s:
        living = {who: [(t, set(json.loads(k))) for t, k in s.execute(
            select(Person.search_text, Person.search_keys).where(Person.deleted_at.is_(None), *where))]
            for who, where in (("all", ()), ("back", (Person.community_id == back,)))}

    def matches(who: str, word: str) -> int:
        """The rule: a key of some living person finds its holders; any other word, every text holding it."""
        if any(word in keys for _, keys in living["all"]):
            return sum(1 for _, keys in living[who] if word in keys)
        return sum(1 for t, _ in living[who] if word in t)

    words = sorted({a[j:j + n] for a in addresses for n in (1, 2, 3, 4) for j in range(len(a) - n + 1)} | {"老", "湖生"})
    assert len(words) > 100
    with db.session(SYSTEM) as s:
        counted = 0
        for who, actor in (("all", SYSTEM), ("back", worker)):
            for word in words:
                expected = matches(who, word)
                assert service.count_people(s, actor, word) == expected, (who, word)
                assert len(service.search_people(s, actor, word, limit=1000)) == expected, (who, word)
                counted += expected > 0
        assert counted > 150
        assert service.count_people(s, SYSTEM, "湖") == 1                  # 湖生's key; 西湖花园's people are not
        assert service.count_people(s, SYSTEM, "翠湖") == sum(1 for t, _ in living["all"] if "翠湖" in t) > 1
