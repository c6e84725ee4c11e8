"""The head counts the tree and the tag list read (migration 0420) stay equal to counting the people, on both
back ends, through every path that writes people: the editor, a move, a soft delete and its undo, a merge
and its undo, the bulk insert of an import, a hand-made UPDATE, and a tag added to the list after people
carry it."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select, text

from desktop.core.db import Database
from desktop.core.security import SYSTEM
from desktop.roster import service
from desktop.roster.bulk import bulk_add_people
from desktop.roster.counts import ROSTER_COUNTS, rebuild_counts
from desktop.roster.models import Person, RosterTag
from desktop.roster.search import split_tags
from desktop.roster.service import PersonInput
from tests import helpers


def _kept(db: Database) -> Counter[tuple[str, str, str]]:
    with db.session(SYSTEM) as s:
        rows = s.execute(select(ROSTER_COUNTS.c.community_id, ROSTER_COUNTS.c.household_id, ROSTER_COUNTS.c.tag,
                                ROSTER_COUNTS.c.people))
        return Counter({(c, h, t): n for c, h, t, n in rows if n})


def _counted(db: Database) -> Counter[tuple[str, str, str]]:
    """What the counts must be, counted the slow way from the people themselves."""
    out: Counter[tuple[str, str, str]] = Counter()
    with db.session(SYSTEM) as s:
        listed = set(s.scalars(select(RosterTag.name)))
        for cid, hid, tags in s.execute(select(Person.community_id, Person.household_id, Person.tags)
                                        .where(Person.deleted_at.is_(None))):
            out[(cid, hid or "", "")] += 1
            for t in split_tags(tags):
                if t in listed:
                    out[(cid, "", t)] += 1
    return out


def _check(db: Database, step: str) -> None:
    kept, counted = _kept(db), _counted(db)
    assert kept == counted, f"after {step}: kept {dict(kept - counted)} missing {dict(counted - kept)}"
    with db.session(SYSTEM) as s:                       # and what the tree and the tag list show
        tree = service.roster_tree(s, SYSTEM)
        tags = {t.name: t.people for t in service.list_tags(s, SYSTEM, include_inactive=True)}
    for c in tree:
        assert c.count == sum(n for (cid, _h, t), n in counted.items() if cid == c.id and not t), step
        assert c.unhoused == counted[(c.id, "", "")], step
        for b in c.buildings:
            for h in b.households:
                assert h.count == sum(n for (_c, hid, t), n in counted.items() if hid == h.id and not t), step
    for name, n in tags.items():
        assert n == sum(k for (_c, h, t), k in counted.items() if t == name), step


def test_counts_follow_every_write(db: Database) -> None:
    west, back = helpers.community(db, "西湖社区"), helpers.community(db, "后街社区")
    with db.session(SYSTEM) as s:
        b6 = service.ensure_building(s, SYSTEM, west, "西湖花园", "6号楼")
        h501, h601 = (service.ensure_household(s, SYSTEM, b6, "", r) for r in ("501", "601"))
        b2 = service.ensure_building(s, SYSTEM, back, "后街新村", "2号楼")
        h101 = service.ensure_household(s, SYSTEM, b2, "", "101")
    _check(db, "nothing yet")

    with db.session(SYSTEM) as s:
        zhang = service.save_person(s, SYSTEM, PersonInput(name="张桂兰", community_id=west, household_id=h501,
                                                           tags=("独居老人", "低保"), birth_date=date(1944, 5, 2)))
        chen = service.save_person(s, SYSTEM, PersonInput(name="陈福生", community_id=west, household_id=h601))
        twin = service.save_person(s, SYSTEM, PersonInput(name="陈福生", community_id=west, tags=("残疾",)))
        li = service.save_person(s, SYSTEM, PersonInput(name="李秀英", community_id=back, household_id=h101,
                                                        tags=("独居老人",)))
    _check(db, "adding")

    with db.session(SYSTEM) as s:                      # edit: tags change, the household stays
        service.save_person(s, SYSTEM, PersonInput(name="张桂兰", community_id=west, household_id=h501,
                                                   tags=("空巢老人",), birth_date=date(1944, 5, 2)), zhang)
    _check(db, "editing tags")

    with db.session(SYSTEM) as s:
        service.move_person(s, SYSTEM, chen, h501, date(2026, 11, 1))
        service.move_person(s, SYSTEM, li, None, date(2026, 11, 1))
    _check(db, "moving")

    with db.session(SYSTEM) as s:
        service.delete_person(s, SYSTEM, zhang)
    _check(db, "a soft delete")
    with db.session(SYSTEM) as s:
        service.restore_person(s, SYSTEM, zhang)
    _check(db, "undoing the delete")

    with db.session(SYSTEM) as s:
        merged = service.merge_people(s, SYSTEM, chen, twin)
    _check(db, "a merge")
    with db.session(SYSTEM) as s:
        service.undo_merge(s, SYSTEM, merged.merge_id)
    _check(db, "undoing the merge")

    with db.session(SYSTEM) as s:                      # an import's bulk path, with a tag not yet listed
        bulk_add_people(s, SYSTEM, [dict(name=f"居民{i:03d}", community_id=(west, back)[i % 2],
                                         household_id=(h501, h101, h601, None)[i % 4],
                                         tags=[("独居老人", "低保", "新来的"), ("残疾",), ()][i % 3])
                                    for i in range(120)])
    _check(db, "a bulk insert")

    with db.engine.begin() as c:                       # a hand-made bulk UPDATE and a hard DELETE
        c.execute(text("UPDATE people SET household_id = :h WHERE household_id = :o"), {"h": h601, "o": h501})
        c.execute(text("UPDATE people SET tags = '' WHERE name LIKE '居民01%'"))
        c.execute(text("DELETE FROM people WHERE name = '居民119'"))
    _check(db, "a bulk update")

    with db.session(SYSTEM) as s:                      # listed later: counted once, then kept
        service.save_tag(s, SYSTEM, "新来的")
    _check(db, "listing a tag people already carry")
    with db.session(SYSTEM) as s:
        service.save_person(s, SYSTEM, PersonInput(name="王新", community_id=back, tags=("新来的",)))
    _check(db, "adding with the new tag")

    with db.engine.begin() as c:                       # a repair recounts to the same
        before = _kept(db)
        rebuild_counts(c)
    assert _kept(db) == before
