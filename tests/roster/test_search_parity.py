"""One search, two back ends: the same people built in a SQLite file and a PostgreSQL database give the
same answers to every kind of query (name parts, pinyin full and initials, phone and ID tails, address
forms and fragments, words no key holds), pages and counts alike."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest
from sqlalchemy import text

from desktop.core.db import Database
from desktop.core.pinyin import name_pinyin
from desktop.core.security import SYSTEM
from desktop.roster import names, search, service
from desktop.roster.bulk import bulk_add_households, bulk_add_people
from desktop.roster.models import Building, Community
from desktop.roster.service import PersonInput
from tests import helpers

ESTATES = ("西湖花园", "后街新村", "翠湖苑")
BUILDINGS = ("1号楼", "6号楼", "16号楼", "26号楼", "36号楼", "60号楼")
ROOMS = [("", "501"), ("", "502"), ("", "5011"), ("1", "501"), ("", "101")]
PEOPLE = 900


def _build(db: Database) -> dict[str, list]:
    """The same people, in the same order, from the same seed, on either back end."""
    rng = random.Random(16)
    made: dict[str, list] = {"names": [], "phones": [], "ids": []}
    with db.session(SYSTEM) as s:
        homes: list[tuple[str, str]] = []
        for i, estate in enumerate(ESTATES):
            c = Community(name=f"社区{i}", street="凤城街道", district="清城区")
            s.add(c)
            s.flush()
            for name in BUILDINGS:
                b = Building(community_id=c.id, estate=estate, name=name)
                s.add(b)
                s.flush()
                ids = bulk_add_households(s, SYSTEM, b, ROOMS)
                homes += [(ids[r], c.id) for r in ROOMS]
        used: set[str] = set()
        rows = []
        for i in range(PEOPLE):
            sex = "M" if rng.random() < 0.5 else "F"
            hid, cid = homes[i % len(homes)] if i % 23 else (None, homes[0][1])
            born = names.birth_date(rng, date(2026, 6, 1))
            phone = names.mobile(rng) if rng.random() < 0.8 else ""
            id_number = names.id_number(rng, born, sex, used) if rng.random() < 0.7 else None
            rows.append(dict(name=names.person_name(rng, sex), sex=sex, birth_date=born, community_id=cid,
                             household_id=hid, phone=phone, id_number=id_number,
                             tags=["独居老人"] if i % 17 == 0 else []))
            made["names"].append(rows[-1]["name"])
            if phone:
                made["phones"].append(phone)
            if id_number:
                made["ids"].append(id_number)
        bulk_add_people(s, SYSTEM, rows)
        cid = homes[0][1]
        for name in ("买买提·艾力", "单雄信", "欧阳娜"):
            service.save_person(s, SYSTEM, PersonInput(name=name, community_id=cid, phone="13912345678"))
        gone = service.save_person(s, SYSTEM, PersonInput(name="陈已故", community_id=cid))
        service.delete_person(s, SYSTEM, gone)
    return made


def _queries(made: dict[str, list]) -> list[str]:
    rng = random.Random(5)
    out = ["6号楼501", "16号楼501", "6号楼", "6号楼1单元501", "6号楼5011", "花园6号楼501", "西湖花园6号楼",
           "花园", "湖", "单元", "新村16", "独居老人", "独居", "居老", "买买提艾力", "买买提.艾力", "艾力", "shan",
           "dan", "danxx", "欧阳娜娜", "王小明明", "zzq", "qqqq", "3800", "1391234", "5678", "陈已故", "已故",
           "6号楼 501", "西湖 陈", "c 6号楼", "501", "5", "chen", "ch", "ouy"]
    for name in rng.sample(made["names"], 25):
        full, initials = name_pinyin(name)
        out += [name, name[0], name[-2:], full, full[:4], initials, initials[:2]]
    for phone in rng.sample(made["phones"], 8):
        out += [phone, phone[-4:], phone[-6:], phone[3:7]]
    for id_number in rng.sample(made["ids"], 6):
        out += [id_number[-4:], id_number[-6:], id_number]
    return list(dict.fromkeys(out))


def _answers(db: Database, queries: list[str]) -> dict[tuple, object]:
    out: dict[tuple, object] = {}
    with db.session(SYSTEM) as s:
        first = s.scalar(text("SELECT id FROM communities ORDER BY name LIMIT 1"))
        for q in queries:
            for label, kw in (("", {}), ("first community", {"community_id": first}),
                              ("page", {"descending": True, "offset": 7, "limit": 9}),
                              ("60+", {"age_min": 60}), ("deleted too", {"include_deleted": True})):
                rows = service.search_people(s, SYSTEM, q, **{"limit": 1000, **kw})
                out[(q, label)] = (
                    [r.name for r in rows],
                    sorted((r.name, r.sex, r.birth_date, r.id_masked, r.phone, r.address, tuple(r.tags),
                            r.community_name, r.deleted) for r in rows),
                    service.count_people(s, SYSTEM, q, **kw))
    return out


@pytest.mark.postgres
def test_both_back_ends_answer_every_query_alike(sqlite_db: Database, pg_db: Database) -> None:
    made = _build(sqlite_db)
    assert _build(pg_db) == made
    queries = _queries(made)
    lite, pg = _answers(sqlite_db, queries), _answers(pg_db, queries)
    # a page boundary may fall between two people of the same name, whom each back end orders by its own key
    differ = [k for k in lite if (lite[k] != pg[k] if k[1] != "page" else
                                  (lite[k][0], lite[k][2]) != (pg[k][0], pg[k][2]))]
    assert not differ, [(k, lite[k][2], pg[k][2]) for k in differ[:10]]
    # and the answers are the right ones, not only the same: the rule, applied to every living person
    with sqlite_db.session(SYSTEM) as s:
        people = [(t, set(json.loads(k))) for t, k in s.execute(text(
            "SELECT search_text, search_keys FROM people WHERE deleted_at IS NULL"))]
    held = set().union(*(k for _, k in people))
    for q in queries:
        terms = search.query_terms(q)
        expected = sum(1 for t, k in people if all(term in k if term in held else term in t for term in terms))
        assert lite[(q, "")][2] == expected, q
    by_q = {q: v for (q, label), v in lite.items() if not label}
    assert all(row[5].startswith(tuple(e + "6号楼" for e in ESTATES)) and row[5].endswith("501")
               for row in by_q["6号楼501"][1])                    # not 16/26/36号楼501, not room 5011
    assert by_q["6号楼501"][2] > 0 and by_q["16号楼501"][2] > 0
    assert by_q["花园6号楼501"][2] > by_q["6号楼501"][2] / 3       # a fragment: 西湖花园6/16/36号楼501 …
    assert all("花园6号楼501" in row[5] for row in by_q["花园6号楼501"][1])
    assert by_q["欧阳娜娜"][2] == 0 and by_q["陈已故"][2] == 0
    assert by_q["买买提.艾力"][0] == by_q["买买提艾力"][0] == ["买买提·艾力"]
    assert sum(1 for k, v in lite.items() if v[2]) > len(lite) // 2      # most queries find someone


@pytest.mark.postgres
def test_key_table_follows_writes_on_postgresql(pg_db: Database) -> None:
    cid = helpers.community(pg_db, "西湖社区")
    admin = helpers.admin(pg_db)
    with pg_db.session(admin) as s:
        pid = service.save_person(s, admin, PersonInput(name="陈富森", community_id=cid))

    def keys() -> set[str]:
        with pg_db.engine.connect() as c:
            return {r[0] for r in c.execute(text("SELECT key FROM people_keys WHERE person = :i"), {"i": pid})}

    assert {"cfs", "陈富森", "chenfus"} <= keys()
    with pg_db.session(admin) as s:
        service.save_person(s, admin, PersonInput(name="陈福生", community_id=cid), pid)
    assert "cfs" in keys() and "福生" in keys() and "富森" not in keys()
    with pg_db.session(admin) as s:
        service.delete_person(s, admin, pid)
    assert keys() == set()
    with pg_db.session(admin) as s:
        service.restore_person(s, admin, pid)
        stored = s.scalar(text("SELECT search_keys FROM people WHERE id = :i"), {"i": pid})
    assert keys() == set(json.loads(stored))
    with pg_db.engine.begin() as c:
        assert search.rebuild_keys(c) == len(json.loads(stored))
        c.execute(text("DELETE FROM people WHERE id = :i"), {"i": pid})
    assert keys() == set()
