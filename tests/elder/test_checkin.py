"""Reception check-in: by number, phone tail, initials; candidates; no doubles; flags; lunch counts."""

from __future__ import annotations

from datetime import date

from desktop.core.errors import PermissionDenied
from desktop.elder import checkin_service as cs
from desktop.elder import members_service as ms
from desktop.elder.member_lookup import lookup
from tests.elder.conftest import ON, World

import pytest


def _no(world: World, member_id: str) -> str:
    with world.db.session(world.worker) as s:
        return ms.get_member(s, world.worker, member_id, on=ON).member_no


def test_checkin_by_card_number_then_second_time_is_not_doubled(world: World) -> None:
    mid = world.member("潘美兰", "13802345678")
    no = _no(world, mid)
    assert no.startswith("QC") and len(no) == 8
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, no.lower(), on=ON)
    assert r.status == cs.CHECKED_IN and r.member.id == mid and "潘美兰" in r.message
    with world.db.session(world.reception) as s:
        again = cs.checkin(s, world.reception, f" {no} ", lunch=True, on=ON)
        day = cs.today_list(s, world.reception, ON)
    assert again.status == cs.ALREADY and "已签到" in again.message and again.lunch
    assert (day.arrivals, day.lunches) == (1, 1)
    assert [row.member_id for row in day.rows] == [mid]


def test_checkin_by_phone_tail_and_initials_and_ambiguity(world: World) -> None:
    a = world.member("陈福森", "13802341111")
    b = world.member("陈芳素", "13902342222")
    c = world.member("李桂英", "13700002222")
    with world.db.session(world.reception) as s:
        one = cs.checkin(s, world.reception, "1111", on=ON)
        assert one.status == cs.CHECKED_IN and one.member.id == a
        amb = cs.checkin(s, world.reception, "2222", on=ON)
        assert amb.status == cs.CANDIDATES and {m.id for m in amb.candidates} == {b, c}
        longer = cs.checkin(s, world.reception, "42222", on=ON)
        assert longer.status == cs.CHECKED_IN and longer.member.id == b
        init = cs.checkin(s, world.reception, "CFS", on=ON)
        assert init.status == cs.CANDIDATES and {m.id for m in init.candidates} == {a, b}
        chosen = cs.checkin_member(s, world.reception, c, lunch=True, on=ON)
        assert chosen.status == cs.CHECKED_IN
        assert cs.checkin(s, world.reception, "lgy", on=ON).status == cs.ALREADY
        assert cs.checkin(s, world.reception, "QC999999", on=ON).status == cs.NOT_FOUND
        assert cs.checkin(s, world.reception, "12", on=ON).status == cs.NOT_FOUND
        day = cs.today_list(s, world.reception, ON)
    assert (day.arrivals, day.lunches) == (3, 1)


def test_expired_and_suspended_are_flagged_and_need_confirmation(world: World) -> None:
    expired = world.member("黄少珍", "13800001234", valid_until=date(2026, 6, 30))
    paused = world.member("何伯", "13800005678")
    gone = world.member("张伯", "13800009999")
    with world.db.session(world.worker) as s:
        ms.change_status(s, world.worker, paused, "暂停", date(2026, 10, 1), "住院")
        ms.change_status(s, world.worker, gone, "退会", date(2026, 10, 1), "搬走")
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "1234", on=ON)
        assert r.status == cs.NEEDS_CONFIRM and "已过期" in r.member.flags and "已过期" in r.message
        r2 = cs.checkin(s, world.reception, "5678", on=ON)
        assert r2.status == cs.NEEDS_CONFIRM and "暂停" in r2.member.flags
        assert cs.today_list(s, world.reception, ON).arrivals == 0
        forced = cs.checkin(s, world.reception, "1234", on=ON, force=True)
        assert forced.status == cs.CHECKED_IN and "已过期" in forced.message
        refused = cs.checkin(s, world.reception, "9999", on=ON, force=True)
        assert refused.status == cs.REFUSED
        day = cs.today_list(s, world.reception, ON)
    assert day.arrivals == 1 and day.rows[0].member_id == expired and "已过期" in day.rows[0].flags


def test_checkin_requires_permission(world: World) -> None:
    world.member("潘美兰", "13802345678")
    from desktop.core.roles import Role
    from desktop.core.security import Actor
    vol = Actor(id=None, username="vol1", display_name="志愿者", role=Role.DUTY_VOLUNTEER)
    with pytest.raises(PermissionDenied):
        with world.db.session(vol) as s:
            cs.checkin(s, vol, "5678", on=ON)


def test_two_desks_at_once_do_not_double(world: World) -> None:
    """A check-in that lost the race to another desk is reported as already checked in."""
    mid = world.member("潘美兰", "13802345678")
    with world.db.session(world.reception) as s1:
        brief = lookup(s1, "QC000001", ON).members[0]       # desk 1 has looked the member up …
        with world.db.session(world.reception) as s2:        # … desk 2 checks her in first
            assert cs.checkin(s2, world.reception, "QC000001", on=ON).status == cs.CHECKED_IN
        r = cs._checkin_member(s1, world.reception, brief, lunch=False, on=ON, force=False)
        assert r.status == cs.ALREADY
    with world.db.session(world.reception) as s:
        assert cs.today_list(s, world.reception, ON).arrivals == 1
    assert mid


@pytest.mark.date_sensitive
def test_a_card_expires_at_the_end_of_its_last_day_at_the_desk(world: World) -> None:
    """Expiry is judged on the desk's (Shanghai) date, also just after midnight while UTC is still yesterday."""
    from datetime import timedelta

    from desktop.core.clock import today

    on = today()
    world.member("黄少珍", "13800001234", valid_until=on - timedelta(days=1))
    world.member("何伯", "13800005678", valid_until=on)
    with world.db.session(world.reception) as s:
        assert cs.checkin(s, world.reception, "1234").status == cs.NEEDS_CONFIRM
        assert cs.checkin(s, world.reception, "5678").status == cs.CHECKED_IN
        day = cs.today_list(s, world.reception)
    assert day.day == on and day.arrivals == 1


def test_every_answer_of_the_desk_reads_in_english(world: World) -> None:
    """What the reception desk answers (found, several found, flagged, refused, already in, lunch added, not
    found) comes from the service in Chinese and reads in English at an English desk: no Chinese left but
    the members' names (data)."""
    import re

    from desktop.core import messages

    ok = world.member("潘美兰", "13802345678")
    world.member("陈福森", "13802341111")
    world.member("陈芳素", "13902342222")
    world.member("黄少珍", "13800001234", valid_until=date(2026, 6, 30))
    gone = world.member("张伯", "13800009999")
    with world.db.session(world.worker) as s:
        ms.change_status(s, world.worker, gone, "退会", date(2026, 10, 1), "搬走")
    no = _no(world, ok)
    with world.db.session(world.reception) as s:
        answers = [cs.checkin(s, world.reception, no, on=ON), cs.checkin(s, world.reception, no, lunch=True, on=ON),
                   cs.checkin(s, world.reception, "陈", on=ON), cs.checkin(s, world.reception, "1234", on=ON),
                   cs.checkin(s, world.reception, "1234", on=ON, force=True),
                   cs.checkin(s, world.reception, "9999", on=ON, force=True),
                   cs.checkin(s, world.reception, "QC999999", on=ON), cs.checkin(s, world.reception, "", on=ON)]
    assert {a.status for a in answers} == {cs.CHECKED_IN, cs.ALREADY, cs.CANDIDATES, cs.NEEDS_CONFIRM, cs.REFUSED,
                                           cs.NOT_FOUND}
    messages.use_language("en")
    try:
        english = [messages.shown(a.message) for a in answers]
    finally:
        messages.use_language("zh")
    names = ("潘美兰", "陈", "黄少珍", "张伯")
    for text in english:
        left = text
        for name in names:
            left = left.replace(name, "")
        assert not re.search(r"[\u4e00-\u9fff]", left), text
    assert english[1].endswith("lunch added") and "expired" in english[3] and "left" in english[5]
