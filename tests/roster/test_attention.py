"""Attention notes expire by themselves; the desk's 今日 view: notes, people to look in on, birthdays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.db import Database
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.roles import Role
from desktop.roster import attention, service
from desktop.roster.attention import NoteInput
from desktop.roster.service import PersonInput
from tests import helpers

DAY = date(2026, 6, 2)


@pytest.fixture
def desk(db: Database):
    west = helpers.community(db, "西湖社区")
    back = helpers.community(db, "后街社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        b6 = service.ensure_building(s, admin, west, "西湖花园", "6号楼")
        b7 = service.ensure_building(s, admin, west, "西湖花园", "7号楼")
        h601 = service.ensure_household(s, admin, b6, "", "601")
        h502 = service.ensure_household(s, admin, b6, "", "502")
        h701 = service.ensure_household(s, admin, b7, "", "101")
        husband = service.save_person(s, admin, PersonInput(name="吴国强", household_id=h502,
                                                             birth_date=date(1959, 10, 2)))
        service.save_person(s, admin, PersonInput(name="冯妹", household_id=h601, birth_date=date(1942, 6, 2),
                                                  tags=["独居老人"]))
        service.save_person(s, admin, PersonInput(name="黄志明", household_id=h601, birth_date=date(1981, 6, 3),
                                                  tags=["低保"]))
        service.save_person(s, admin, PersonInput(name="何婆婆", household_id=h701, birth_date=date(1940, 6, 2),
                                                  tags=["空巢老人"]))
        other = service.save_person(s, admin, PersonInput(name="梁伯", community_id=back, tags=["独居老人"]))
        away = attention.add_note(s, admin, NoteInput("外出", "全家外出旅游", DAY - timedelta(days=3),
                                                      DAY + timedelta(days=7), household_id=h601))
        ill = attention.add_note(s, admin, NoteInput("生病住院", "丈夫生病住院", DAY - timedelta(days=10), None,
                                                     person_id=husband))
        attention.add_note(s, admin, NoteInput("外出", "探亲（已回）", DAY - timedelta(days=40),
                                               DAY - timedelta(days=20), household_id=h502))
        attention.add_note(s, admin, NoteInput("其他", "下月装修", DAY + timedelta(days=30), None, household_id=h601))
        attention.add_note(s, admin, NoteInput("矛盾调解", "邻里纠纷", DAY, None, person_id=other))
    return dict(db=db, admin=admin, west=west, back=back, b6=b6, b7=b7, away=away, ill=ill, husband=husband)


def test_notes_are_active_only_between_their_dates(desk) -> None:
    db, admin = desk["db"], desk["admin"]
    with db.session(admin) as s:
        on_day = attention.active_notes(s, admin, building_id=desk["b6"], on=DAY)
        assert {n.text for n in on_day} == {"全家外出旅游", "丈夫生病住院"}
        ill = next(n for n in on_day if n.kind == "生病住院")
        assert ill.subject == "吴国强（西湖花园6号楼502）" and ill.author == "管理员"
        later = attention.active_notes(s, admin, building_id=desk["b6"], on=DAY + timedelta(days=8))
        assert {n.text for n in later} == {"丈夫生病住院"}                 # the trip is over by itself
        month = attention.active_notes(s, admin, community_id=desk["west"], on=DAY + timedelta(days=30))
        assert {n.text for n in month} == {"丈夫生病住院", "下月装修"}
        attention.end_note(s, admin, desk["ill"], DAY + timedelta(days=1))
    with db.session(admin) as s:
        assert {n.text for n in attention.active_notes(s, admin, building_id=desk["b6"],
                                                       on=DAY + timedelta(days=2))} == {"全家外出旅游"}
        assert len(attention.notes_for(s, admin, person_id=desk["husband"])) == 1


def test_note_validation(desk) -> None:
    db, admin = desk["db"], desk["admin"]
    with db.session(admin) as s, pytest.raises(ValidationError) as exc:
        attention.add_note(s, admin, NoteInput("度假", "", DAY, DAY - timedelta(days=1)))
    assert set(exc.value.fields) == {"kind", "end_date", "person_id"}


def test_today_for_the_building_desk(desk) -> None:
    db = desk["db"]
    duty = helpers.actor(db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"])
    with db.session(duty) as s:
        info = attention.today_for_desk(s, duty, community_id=desk["west"], building_id=desk["b6"], on=DAY)
        whole = attention.today_for_desk(s, duty, community_id=desk["west"], on=DAY)
    assert {n.kind for n in info.notes} == {"外出", "生病住院"}
    assert [(w.name, w.tags, w.phone) for w in info.watch_people] == [("冯妹", ["独居"], "")]
    assert [b.name for b in info.birthdays] == ["冯妹"] and info.birthdays[0].age == 84
    assert {w.name for w in whole.watch_people} == {"冯妹", "何婆婆"}        # not 梁伯 of 后街社区
    assert {b.name for b in whole.birthdays} == {"冯妹", "何婆婆"}
    with pytest.raises(PermissionDenied):
        with db.session(duty) as s:
            attention.today_for_desk(s, duty, community_id=desk["back"], on=DAY)


def test_guard_desk_may_add_a_note_but_not_elsewhere(desk) -> None:
    db = desk["db"]
    duty = helpers.actor(db, "duty2", Role.DUTY_VOLUNTEER, ["后街社区"])
    with pytest.raises(PermissionDenied):
        with db.session(duty) as s:
            attention.add_note(s, duty, NoteInput("外出", "x", DAY, None, person_id=desk["husband"]))
    captain = helpers.actor(db, "captain", Role.DUTY_VOLUNTEER, ["西湖社区"], display_name="陈富森")
    with db.session(captain) as s:
        nid = attention.add_note(s, captain, NoteInput("独居关注", "每天敲门问候", DAY, None,
                                                       person_id=desk["husband"]))
    with db.session(captain) as s:
        notes = attention.active_notes(s, captain, community_id=desk["west"], on=DAY)
    assert any(n.id == nid and n.author == "陈富森" for n in notes)
