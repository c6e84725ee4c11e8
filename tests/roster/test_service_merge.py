"""Possible duplicates are offered, never merged silently; merging moves links; addresses parse."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.db import Database
from desktop.core.errors import UserError, ValidationError
from desktop.core.idcard import make_id
from desktop.roster import attention, service
from desktop.roster.address import AddressError, parse_address
from desktop.roster.attention import NoteInput
from desktop.roster.models import AttentionNote, Person
from desktop.roster.service import PersonInput
from tests import helpers


def test_duplicates_offered_and_merge_moves_links(db: Database) -> None:
    west = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    born = date(1955, 10, 10)
    with db.session(admin) as s:
        b = service.ensure_building(s, admin, west, "古城北苑", "2栋")
        h = service.ensure_household(s, admin, b, "1", "302")
        keep = service.save_person(s, admin, PersonInput(name="李月娥", birth_date=born, household_id=h,
                                                          phone="13800138071"))
        drop = service.save_person(s, admin, PersonInput(name="李月娥", birth_date=born, community_id=west,
                                                          id_number=make_id("441802", born, 22),
                                                          tags=["低保"], notes="2019年表格登记"))
        by_phone = service.save_person(s, admin, PersonInput(name="何伯", phone="13900001234", community_id=west))
        service.save_person(s, admin, PersonInput(name="何伯", phone="139 0000 1234", community_id=west))
        # two different ID numbers are two people, even with the same name and birth date
        service.save_person(s, admin, PersonInput(name="张强", id_number=make_id("441802", born, 31),
                                                  community_id=west))
        service.save_person(s, admin, PersonInput(name="张强", id_number=make_id("441802", born, 33),
                                                  community_id=west))
        note = attention.add_note(s, admin, NoteInput("生病住院", "住院", date(2026, 6, 1), None, person_id=drop))
    with db.session(admin) as s:
        pairs = service.possible_duplicates(s, admin)
        assert sorted((p.name, p.reason) for p in pairs) == [("何伯", "姓名和电话相同"), ("李月娥", "姓名和出生日期相同")]
        assert service.count_people(s, admin, "李月娥") == 2          # offered, not merged
        moved = service.merge_people(s, admin, keep, drop)
    assert moved.moved.get("attention_notes.person_id") == 1 and "关注事项 1 条" in moved.summary
    with db.session(admin) as s:
        k, d = s.get(Person, keep), s.get(Person, drop)
        assert d.deleted_at is not None and d.merged_into_id == keep and d.id_number is None
        assert k.id_number == make_id("441802", born, 22) and k.tags == "低保" and "2019年表格登记" in k.notes
        assert s.get(AttentionNote, note).person_id == keep
        assert [r.name for r in service.search_people(s, admin, "李月娥")] == ["李月娥"]
        assert [r.id for r in service.search_people(s, admin, "2栋1单元302")] == [keep]
        assert "李月娥" not in [p.name for p in service.possible_duplicates(s, admin)]
        assert "合并" in {h.action for h in service.person_history(s, admin, keep)}
        with pytest.raises(UserError):
            service.restore_person(s, admin, drop)
        with pytest.raises(UserError):
            service.merge_people(s, admin, by_phone, by_phone)
    with db.session(admin) as s, pytest.raises(ValidationError):
        service.save_person(s, admin, PersonInput(name="李月娥", id_number=make_id("441802", born, 22),
                                                  community_id=west))
    with db.session(admin) as s:
        assert service.find_by_id_number(s, make_id("441802", born, 22).lower()).id == keep
        assert s.scalar(select(Person.id).where(Person.name == "张强").limit(1)) is not None


def test_merge_refuses_two_different_id_numbers(db: Database) -> None:
    west = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        a = service.save_person(s, admin, PersonInput(name="张强", id_number=make_id("441802", date(1960, 1, 1), 31),
                                                      community_id=west))
        b = service.save_person(s, admin, PersonInput(name="张强", id_number=make_id("441802", date(1960, 1, 1), 33),
                                                      community_id=west))
        with pytest.raises(UserError, match="身份证号不同"):
            service.merge_people(s, admin, a, b)


@pytest.mark.parametrize("text, expected", [
    ("西湖花园6号楼501", ("西湖花园", "6号楼", "", "501")),
    ("6号楼1单元501", ("", "6号楼", "1", "501")),
    ("6栋501", ("", "6号楼", "", "501")),
    ("西湖花园６栋５０１室", ("西湖花园", "6号楼", "", "501")),
    ("六幢1201", ("", "6号楼", "", "1201")),
    ("6-1-501", ("", "6号楼", "1", "501")),
    ("古城北苑 A座302", ("古城北苑", "A座", "", "302")),
])
def test_parse_address(text: str, expected: tuple[str, str, str, str]) -> None:
    assert parse_address(text) == expected


@given(estate=st.sampled_from(["", "西湖花园", "后街新村", "翠湖苑"]), building=st.integers(1, 99),
       unit=st.one_of(st.none(), st.integers(1, 9)), floor=st.integers(1, 33), room=st.integers(1, 12),
       suffix=st.sampled_from(["号楼", "栋", "幢"]))
def test_parse_address_round_trip(estate: str, building: int, unit: int | None, floor: int, room: int,
                                  suffix: str) -> None:
    number = f"{floor}{room:02d}"
    text = f"{estate}{building}{suffix}{f'{unit}单元' if unit else ''}{number}"
    assert parse_address(text) == (estate, f"{building}号楼", str(unit) if unit else "", number)


@given(st.text(alphabet="花园号楼单元室abc -", max_size=12))
def test_parse_address_never_crashes(text: str) -> None:
    try:
        parse_address(text)
    except AddressError as exc:
        assert exc.message


def test_tags_are_configurable(db: Database) -> None:
    west = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        assert [t.name for t in service.list_tags(s, admin)][:3] == ["独居老人", "空巢老人", "低保"]
        service.save_tag(s, admin, "禁毒志愿者")
        pid = service.save_person(s, admin, PersonInput(name="陈俊杰", tags=["禁毒志愿者"], community_id=west))
        service.save_tag(s, admin, "独居老人", watch=True, active=False)
        with pytest.raises(ValidationError):
            service.save_person(s, admin, PersonInput(name="冯妹", tags=["独居老人"], community_id=west))
        with pytest.raises(ValidationError):
            service.save_tag(s, admin, "a,b")
    with db.session(admin) as s:
        tags = {t.name: t for t in service.list_tags(s, admin)}
        assert tags["禁毒志愿者"].people == 1 and "独居老人" not in tags
        assert [r.id for r in service.search_people(s, admin, "", tags=["禁毒志愿者"])] == [pid]
        assert [r.id for r in service.search_people(s, admin, "禁毒志愿者")] == [pid]
