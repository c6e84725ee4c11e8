"""Invisible characters out of stored text: against unicodedata over every code point, by property,
and on the database's write paths (ORM flush and bulk insert) on SQLite and PostgreSQL."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core import clock
from desktop.core.bulk_insert import insert_rows
from desktop.core.orm import new_id
from desktop.core.plain_text import clean_text, describe_removed, removed_chars
from desktop.core.security import SYSTEM
from desktop.roster.models import AttentionNote, Person
from tests import helpers

BREAKS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
HOSTILE = "潘\x00美\x1b[31m兰\u202e\u200b\u200c\u200d\u2060\ufeff\u2066x\u2069"


def _removed(ch: str) -> bool:
    """The reference: control (Cc) and format (Cf) characters and surrogates (Cs), tab and breaks apart."""
    return ch not in BREAKS and unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def test_every_code_point_against_unicodedata() -> None:
    """One pass over all 1,114,112 code points: removed exactly when unicodedata calls it Cc/Cf/Cs."""
    everything = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp) not in BREAKS + "\x1b\x9b")
    expected = "".join(ch for ch in everything if not _removed(ch))
    assert clean_text(everything, multiline=True) == expected
    assert clean_text(everything) == expected


def test_names_keep_the_middle_dot_astral_and_private_use_characters() -> None:
    for name in ("买买提·艾力", "阿依古丽•吐尔逊", "吉𠮷", "𠀀𪚥", "\ue000华", "葛\U000e0100", "A\ufe0fB", "Ｏ’Ｂｒｉｅｎ"):
        assert clean_text(name) == name and removed_chars(name) == []


def test_hostile_name_and_what_is_said_about_it() -> None:
    assert clean_text(HOSTILE) == "潘美兰x"
    gone = removed_chars(HOSTILE)
    assert gone[:3] == ["\x00", "\x1b", "\u202e"]
    text = describe_removed(gone)
    assert "U+0000" in text and "U+001B" in text and "U+202E 从右向左覆盖" in text and "等" in text


def test_line_breaks_are_spaces_in_one_line_fields_and_kept_in_notes() -> None:
    assert clean_text("张\r\n三\t\u2028李") == "张 三 李"
    assert clean_text("第一行\r\n第二行\r第三行\u2029\t缩进", multiline=True) == "第一行\n第二行\n第三行\n\t缩进"


def test_terminal_sequences_go_whole_and_never_swallow_what_follows() -> None:
    assert clean_text("\x1b[1;31m红字\x1b[0m") == "红字"
    assert clean_text("\x9b2J清屏") == "清屏"
    assert clean_text("\x1b[" + "张三") == "[张三"        # not a sequence: only the ESC goes


VISIBLE = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))


@given(st.text())
def test_cleaning_leaves_nothing_invisible_and_is_idempotent(text: str) -> None:
    for multiline in (False, True):
        out = clean_text(text, multiline=multiline)
        assert clean_text(out, multiline=multiline) == out
        assert not any(_removed(ch) for ch in out)
        assert removed_chars(out) == []
        if not multiline:
            assert not any(ch in BREAKS for ch in out)


@given(st.text(VISIBLE))
def test_visible_text_is_stored_exactly_as_given(text: str) -> None:
    assert clean_text(text) == text and clean_text(text, multiline=True) == text


@given(st.lists(st.one_of(st.text(VISIBLE, min_size=1), st.sampled_from(list("\x00\x07\x1b\x7f\x85\x9f\u200b"
                                                                          "\u200d\u202a\u202e\u2066\u2069\ufeff")))))
def test_removing_keeps_every_visible_character_in_order(pieces: list[str]) -> None:
    text = "".join(pieces)
    visible = "".join(p for p in pieces if len(p) > 1 or not _removed(p) and p not in BREAKS)
    assert clean_text(text, multiline=True).replace("\n", "") == visible.replace("\n", "")


def test_orm_writes_store_clean_text(db) -> None:  # noqa: ANN001 — both back ends
    cid = helpers.community(db)
    with db.session(SYSTEM) as s:
        p = Person(community_id=cid, name=HOSTILE, notes="第一行\r\n\x00第二行")
        s.add(p)
        s.flush()
        s.add(AttentionNote(community_id=cid, person_id=p.id, kind="其他", text="门\u202e锁", start_date=clock.today()))
        pid = p.id
    with db.session(SYSTEM) as s:
        p = s.get(Person, pid)
        assert (p.name, p.notes) == ("潘美兰x", "第一行\n第二行")
        p.name = "李\u200b四\x1b"
    with db.session(SYSTEM) as s:
        assert s.get(Person, pid).name == "李四"
        assert s.scalar(select(AttentionNote.text)) == "门锁"


def test_bulk_inserts_store_clean_text(db) -> None:  # noqa: ANN001
    cid = helpers.community(db)
    with db.session(SYSTEM) as s:
        row = {c.name: None for c in Person.__table__.c}
        row.update(id=new_id(), community_id=cid, name="王\u202e五", name_pinyin="", name_initials="", sex="",
                   ethnicity="", phone="", phone2="", relation="", residence_type="", notes="a\x00b\r\nc",
                   tags="", search_text="", search_keys="[]", version=1, created_at=clock.utcnow(),
                   updated_at=clock.utcnow(), name_pinyin_override="", birth_date_partial=False)
        insert_rows(s, Person.__table__, [row])
    with db.session(SYSTEM) as s:
        assert s.execute(select(Person.name, Person.notes)).one() == ("王五", "ab\nc")



def test_unique_names_are_checked_as_they_will_be_stored(sqlite_db) -> None:  # noqa: ANN001
    """低保 and 低保 with a zero-width space are the same tag (stored alike, so looked up alike)."""
    from desktop.core.errors import ValidationError
    from desktop.core.roles import Role
    from desktop.duty import teams_service
    from desktop.roster import service

    cid = helpers.community(sqlite_db)
    admin = helpers.admin(sqlite_db)
    social = helpers.actor(sqlite_db, "sg1", Role.SOCIAL_WORKER, ["西湖社区"])
    with sqlite_db.session(admin) as s:
        first = service.save_tag(s, admin, "低保")
        assert service.save_tag(s, admin, "低\u200b保\u202e") == first
    with sqlite_db.session(social) as s:
        teams_service.create_team(s, social, "6号楼服务队", cid)
    with pytest.raises(ValidationError, match="已经有名为"), sqlite_db.session(social) as s:
        teams_service.create_team(s, social, "6号楼\u2060服务队", cid)
