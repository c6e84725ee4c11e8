"""Search keys and query terms (pure functions), and that the SQLite key table follows every write."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.core.db import Database
from desktop.roster import search, service
from desktop.roster.service import PersonInput
from tests import helpers

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def test_keys_cover_each_query_kind() -> None:
    keys = set(search.build_search_keys("陈富森", phones=["13812345678"],
                                        addresses=search.address_forms("西湖花园", "6号楼", "", "501",
                                                                       "西湖花园6号楼501"),
                                        tags=["独居老人"]))
    for term in ("陈", "富", "森", "富森", "陈富森", "c", "cf", "cfs", "fs", "ch", "chen", "chenfusen", "fusen",
                 "5678", "12345678", "13812345678", "6号楼", "6号楼501", "西湖花园6号楼501", "独居老人", "老人"):
        assert term in keys, term
    assert "老" not in keys                     # one character of a tag is no name part


def test_rare_characters_and_middle_dot() -> None:
    keys = set(search.build_search_keys("阿依古丽·买买提"))
    assert {"阿依古丽·买买提", "阿依古丽买买提", "买买提", "阿"} <= keys
    assert "·" not in keys
    keys = set(search.build_search_keys("𠮷祥"))
    assert {"𠮷祥", "𠮷", "祥", "jx", "j"} <= keys
    assert "䶮" in search.build_search_keys("刘䶮")


@given(st.text(alphabet=CJK, min_size=2, max_size=5))
def test_every_short_part_of_a_name_is_a_key(name: str) -> None:
    keys = set(search.build_search_keys(name))
    for n in (1, 2, 3):
        for i in range(len(name) - n + 1):
            assert name[i:i + n] in keys
    assert name in keys


def test_query_terms_normalise() -> None:
    assert search.query_terms(" ＣＦＳ  6号楼 ") == ["cfs", "6号楼"]
    assert search.query_terms("138-1234 5678") == ["1381234", "5678"]
    assert search.query_terms("１３８１２３４５６７８") == ["13812345678"]
    assert search.query_terms("") == []


def test_key_table_follows_insert_update_delete(sqlite_db: Database) -> None:
    cid = helpers.community(sqlite_db, "西湖社区")
    admin = helpers.admin(sqlite_db)
    with sqlite_db.session(admin) as s:
        pid = service.save_person(s, admin, PersonInput(name="陈富森", community_id=cid))

    def keys() -> set[str]:
        with sqlite_db.engine.connect() as c:
            return {r[0] for r in c.execute(text(
                "SELECT key FROM people_keys WHERE person = (SELECT rowid FROM people WHERE id = :i)"), {"i": pid})}

    assert "cfs" in keys()
    with sqlite_db.session(admin) as s:
        service.save_person(s, admin, PersonInput(name="陈福生", community_id=cid), pid)
    assert "cfs" in keys() and "福生" in keys() and "富森" not in keys()
    with sqlite_db.session(admin) as s:
        service.delete_person(s, admin, pid)
    assert keys() == set()
    with sqlite_db.session(admin) as s:
        service.restore_person(s, admin, pid)
        stored = json.loads(s.scalar(text("SELECT search_keys FROM people WHERE id = :i"), {"i": pid}))
    assert keys() == set(stored)
    with sqlite_db.engine.begin() as c:
        assert search.rebuild_keys(c) == len(stored)
    assert keys() == set(stored)


def test_pinyin_typed_past_a_syllable_boundary_finds_everyone(db: Database) -> None:
    """"chenf" and "ouy" are how people type; every 欧阳 must come back, not only odd splits."""
    cid = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    names = ["欧阳建国", "欧阳秀英", "欧阳娜", "陈富森", "陈芳"]
    with db.session(admin) as s:
        for n in names:
            service.save_person(s, admin, PersonInput(name=n, community_id=cid))
    with db.session(admin) as s:
        def found(q: str) -> set[str]:
            return {r.name for r in service.search_people(s, admin, q)}
        assert found("ouy") == found("ouya") == {"欧阳建国", "欧阳秀英", "欧阳娜"}
        assert found("chenf") == {"陈富森", "陈芳"}
        assert found("chenfu") == {"陈富森"}
        assert service.count_people(s, admin, "ouyangx") == 1   # 欧阳秀英
