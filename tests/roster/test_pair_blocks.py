"""Possible same-person pairs (疑似重复) read block by block through indexes: exactly the pairs the rule
names (same name and birth date, or same name and phone; at most one with an ID number; living people
only), checked against every two people compared directly, and the blocks read from the indexes."""

from __future__ import annotations

import itertools
import random
from datetime import date

from sqlalchemy import event, select, text

from desktop.core.db import Database
from desktop.core.roles import Role
from desktop.core.security import SYSTEM
from desktop.roster import names, service
from desktop.roster.bulk import bulk_add_people
from desktop.roster.models import Community, Person
from desktop.roster.search import name_pinyin
from tests import helpers


def _people(db: Database, n: int = 400) -> list[str]:
    rng = random.Random(3)
    cids = [helpers.community(db, "西湖社区"), helpers.community(db, "后街社区")]
    used: set[str] = set()
    rows = []
    for _ in range(n):
        born = rng.choice([date(1950, 1, 1), date(1950, 1, 2), date(1961, 5, 5), None])
        rows.append(dict(name=rng.choice(["陈富森", "潘美兰", "李月娥", "王芳"]), sex="F", birth_date=born,
                         community_id=rng.choice(cids), phone=rng.choice(["", "13800001111", "13900002222",
                                                                          "13700003333"]),
                         id_number=names.id_number(rng, born or date(1970, 1, 1), "F", used)
                         if rng.random() < 0.3 else None))
    with db.session(SYSTEM) as s:
        ids = bulk_add_people(s, SYSTEM, rows)
        for pid in rng.sample(ids, 20):
            service.delete_person(s, SYSTEM, pid)
    return cids


def _by_rule(db: Database, community_id: str | None) -> dict[tuple[str, str], str]:
    with db.session(SYSTEM) as s:
        people = sorted(s.scalars(select(Person).where(Person.deleted_at.is_(None))), key=lambda p: p.id)
    out = {}
    for a, b in itertools.combinations(people, 2):
        if a.name != b.name or (a.id_number and b.id_number):
            continue
        if community_id and community_id not in (a.community_id, b.community_id):
            continue
        if a.birth_date is not None and a.birth_date == b.birth_date:
            out[(a.id, b.id)] = "姓名和出生日期相同"
        elif a.phone and a.phone == b.phone:
            out[(a.id, b.id)] = "姓名和电话相同"
    return out


def test_pairs_are_exactly_those_the_rule_names(db: Database) -> None:
    cids = _people(db)
    for community_id in (None, cids[1]):
        with db.session(SYSTEM) as s:
            found = service.possible_duplicates(s, SYSTEM, community_id)
        expected = _by_rule(db, community_id)
        assert {(p.a_id, p.b_id): p.reason for p in found} == expected
        assert len(found) == len(expected) > 100
        assert [p.name for p in found] == sorted((p.name for p in found), key=lambda n: name_pinyin(n))


def test_a_scoped_worker_sees_pairs_within_their_communities(db: Database) -> None:
    _people(db)
    with db.session(SYSTEM) as s:
        west = s.scalar(select(Community.id).where(Community.name == "西湖社区"))
    worker = helpers.actor(db, "w1", Role.SOCIAL_WORKER, ["西湖社区"])
    with db.session(worker) as s:
        found = service.possible_duplicates(s, worker)
    with db.session(SYSTEM) as s:
        home = dict(s.execute(select(Person.id, Person.community_id)).all())
    assert found and all(home[p.a_id] == home[p.b_id] == west for p in found)


def test_sqlite_reads_the_blocks_from_the_indexes(sqlite_db: Database) -> None:
    _people(sqlite_db, 50)
    statements: list[str] = []

    def grab(_c: object, _cur: object, statement: str, *_: object) -> None:
        if "GROUP BY" in statement:
            statements.append(statement)

    event.listen(sqlite_db.engine, "before_cursor_execute", grab)
    with sqlite_db.session(SYSTEM) as s:
        service.possible_duplicates(s, SYSTEM)
    event.remove(sqlite_db.engine, "before_cursor_execute", grab)
    assert len(statements) == 2
    with sqlite_db.engine.connect() as c:
        plans = [" | ".join(r[-1] for r in c.execute(text("EXPLAIN QUERY PLAN " + st.replace("?", "NULL"))))
                 for st in statements]
    assert "SCAN people USING INDEX ix_people_phone_name" in plans[0] or \
        "SCAN people USING COVERING INDEX ix_people_phone_name" in plans[0], plans[0]
    assert "SCAN people USING INDEX ix_people_name_birth" in plans[1] or \
        "SCAN people USING COVERING INDEX ix_people_name_birth" in plans[1], plans[1]
    assert not any("TEMP B-TREE" in p for p in plans), plans          # groups read in index order, no sort
