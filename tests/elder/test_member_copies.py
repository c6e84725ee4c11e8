"""The counter's lookup copies follow the roster person by every path: an edit in the roster, a bulk
write that bypasses the ORM, a person merge and its undo (a trigger, migration 0411)."""

from __future__ import annotations

from sqlalchemy import update

from desktop.elder import checkin_service as cs
from desktop.elder.models import ElderMember
from desktop.roster import merge, service
from desktop.roster.models import Person
from tests.elder.conftest import ON, World


def _copy(world: World, member_id: str) -> tuple[str, str, str, str]:
    with world.db.session(world.admin) as s:
        m = s.get(ElderMember, member_id)
        return m.name, m.initials, m.phone, m.phone_tail


def test_a_phone_changed_in_the_roster_is_found_at_the_counter(world: World) -> None:
    mid = world.member("何玉珍", "13902631111")
    with world.db.session(world.admin) as s:
        pid = s.get(ElderMember, mid).person_id
        detail = service.get_person(s, world.admin, pid)
        inp = service.PersonInput(name="何玉贞", phone="139 0263 7788", community_id=world.community_id,
                                  household_id=detail.household_id, birth_date=detail.birth_date)
        service.save_person(s, world.admin, inp, pid)
    name, initials, phone, tail = _copy(world, mid)
    assert (name, tail) == ("何玉贞", "7788") and phone.endswith("7788") and initials == "hyz"
    with world.db.session(world.reception) as s:
        found = cs.checkin(s, world.reception, "7788", on=ON)
    assert found.status == cs.CHECKED_IN and found.member.id == mid
    with world.db.session(world.reception) as s:
        assert cs.checkin(s, world.reception, "1111", on=ON).status == cs.NOT_FOUND


def test_a_bulk_write_to_people_updates_the_copies_too(world: World) -> None:
    mid = world.member("梁月英", "13902632222")
    with world.db.session(world.admin) as s:
        pid = s.get(ElderMember, mid).person_id
        s.execute(update(Person).where(Person.id == pid).values(phone="0763-3381234"))
    assert _copy(world, mid)[2:] == ("0763-3381234", "1234")
    with world.db.session(world.admin) as s:
        s.execute(update(Person).where(Person.id == pid).values(phone=""))
    assert _copy(world, mid)[2:] == ("", "")


def test_a_merge_and_its_undo_carry_the_copies(world: World) -> None:
    kept = world.member("罗淑芬", "")
    other = world.member("罗淑芬", "13902633333")
    with world.db.session(world.admin) as s:
        keep_pid = s.get(ElderMember, kept).person_id
        drop_pid = s.get(ElderMember, other).person_id
        done = merge.merge_people(s, world.admin, keep_pid, drop_pid)
    assert _copy(world, kept)[3] == "3333"                 # the kept record took the other's phone
    with world.db.session(world.admin) as s:
        merge.undo_merge(s, world.admin, done.merge_id)
    assert _copy(world, kept)[3] == ""


def test_a_membership_moved_by_a_merge_takes_the_kept_persons_copies(world: World) -> None:
    mid = world.member("冯桂兰", "13902634444")
    kept = world.person("冯桂兰", phone="0763-3385555")          # the roster's record, no membership yet
    with world.db.session(world.admin) as s:
        dropped = s.get(ElderMember, mid).person_id
        done = merge.merge_people(s, world.admin, kept, dropped)
    assert _copy(world, mid)[2:] == ("0763-3385555", "5555")     # the card now finds the kept record's phone
    with world.db.session(world.admin) as s:
        assert s.get(ElderMember, mid).person_id == kept
        merge.undo_merge(s, world.admin, done.merge_id)
    assert _copy(world, mid)[2:] == ("13902634444", "4444")
