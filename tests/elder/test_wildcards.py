"""Wildcards typed at the desk are literal: 潘_兰 never checks in 潘美兰; 50% finds only "50%"."""

from __future__ import annotations

from desktop.elder import checkin_service as cs
from desktop.elder import members_service as ms
from tests.elder.conftest import ON, World


def test_checkin_by_name_takes_underscore_and_percent_literally(world: World) -> None:
    world.member("潘美兰", "13802345678")
    with world.db.session(world.reception) as s:
        assert cs.checkin(s, world.reception, "潘_兰", on=ON).status == cs.NOT_FOUND
        assert cs.checkin(s, world.reception, "潘%", on=ON).status == cs.NOT_FOUND
        assert cs.today_list(s, world.reception, ON).arrivals == 0
    exact = world.member("潘_兰", "13902345679")
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "潘_兰", on=ON)
    assert r.status == cs.CHECKED_IN and r.member.id == exact


def test_member_search_takes_wildcards_literally(world: World) -> None:
    pct = world.member("张50%", "13802345671")
    world.member("张500", "13802345672")
    with world.db.session(world.worker) as s:
        assert [m.id for m in ms.search_members(s, world.worker, "50%", on=ON)] == [pct]
        assert ms.search_members(s, world.worker, "_", on=ON) == []
        assert len(ms.search_members(s, world.worker, "张", on=ON)) == 2
