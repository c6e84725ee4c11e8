"""The roster tree, the tag list and 今日 read indexes and the kept counts (migration 0420), never every
person: each statement they send is explained on SQLite (EXPLAIN QUERY PLAN, no statistics, as a desk's
database is) and on PostgreSQL (after ANALYZE, with the custom and the generic plan of a prepared statement)."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from desktop.core.db import Database
from desktop.core.security import SYSTEM
from desktop.roster import attention, names, service
from desktop.roster.bulk import bulk_add_households, bulk_add_people
from desktop.roster.models import Building
from tests import helpers
from tests.roster.test_search_plans import _plans, _statements

PEOPLE = 6_000


def _fill(db: Database) -> dict[str, str]:
    rng = random.Random(420)
    west, back = helpers.community(db, "西湖社区"), helpers.community(db, "后街社区")
    with db.session(SYSTEM) as s:
        homes: list[tuple[str, str]] = []
        for cid in (west, back):
            for n in range(1, 6):
                b = Building(community_id=cid, estate="西湖花园", name=f"{n}号楼")
                s.add(b)
                s.flush()
                rooms = bulk_add_households(s, SYSTEM, b, [("", f"{f}0{r}") for f in range(1, 7) for r in (1, 2)])
                homes += [(hid, cid) for hid in rooms.values()]
        rows = []
        for i in range(PEOPLE):
            hid, cid = homes[i % len(homes)]
            rows.append(dict(name=names.person_name(rng, "MF"[i % 2]), community_id=cid, household_id=hid,
                             birth_date=names.birth_date(rng, date(2026, 6, 1)),
                             tags=[("独居老人",), ("低保",), ("残疾", "空巢老人")][i % 3] if i % 50 == 0 else []))
        bulk_add_people(s, SYSTEM, rows)
        building = s.get(Building, s.query(Building.id).filter(Building.community_id == west).limit(1).scalar())
        assert building is not None
        b_id = building.id
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as c:
            c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return {"west": west, "building": b_id}


def _explain(db: Database, statement: str, parameters: Any) -> list[str]:
    if db.engine.dialect.name == "postgresql":
        if parameters:
            return list(_plans(db, statement, parameters))
        with db.engine.connect() as c:
            return ["\n".join(r[0] for r in c.exec_driver_sql("EXPLAIN " + statement))]
    with db.engine.connect() as c:
        return [" | ".join(r[-1] for r in c.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))]


def _scans(table: str, plan: str) -> bool:
    """A walk over the whole table (SQLite's SCAN, also of one of its indexes; PostgreSQL's Seq Scan)."""
    return f"SCAN {table}" in plan or f"Seq Scan on {table}" in plan


def test_tree_tags_and_today_read_indexes_and_counts(db: Database) -> None:
    ids = _fill(db)
    on = date(2026, 6, 1)
    with db.session(SYSTEM) as s, _statements(db) as seen:
        tree = service.roster_tree(s, SYSTEM)
        tags = service.list_tags(s, SYSTEM)
        desk = attention.today_for_desk(s, SYSTEM, community_id=ids["west"], on=on)
        building_desk = attention.today_for_desk(s, SYSTEM, community_id=ids["west"], building_id=ids["building"],
                                                 on=on, guard=True)
    assert sum(c.count for c in tree) == PEOPLE
    assert {t.name: t.people for t in tags}["独居老人"] == PEOPLE // 50 // 3
    assert desk.watch_people and desk.birthdays is not None and building_desk.watch_people
    people_reads = [(st, p) for st, p in seen if "people" in st]
    assert len(people_reads) >= 6
    for statement, parameters in people_reads:
        for plan in _explain(db, statement, parameters):
            assert not _scans("people", plan), (statement, plan)
            if "people.tags" in statement and "people.birth_date IN" not in statement:
                assert "ix_people_tagged" in plan, (statement, plan)
            if "people.birth_date IN" in statement:         # by birth date, or among the building's people
                assert "birth" in plan or ("building_id" in statement and "household" in plan), (statement, plan)
    counts = [(st, p) for st, p in seen if "roster_counts" in st]
    assert len(counts) == 2
    if db.engine.dialect.name == "sqlite":      # PostgreSQL reads a table of a few rows whole, rightly
        for statement, parameters in counts:
            plan = _explain(db, statement, parameters)[0]
            assert not _scans("roster_counts", plan), (statement, plan)
