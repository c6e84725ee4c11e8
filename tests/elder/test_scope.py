"""Whose members each role sees: a community social worker only their own community's, in lists,
searches, counts, exports, printouts, check-in lookups and single reads; the centre's reception, the
supervisor and the administrator every community's. (Before: a 西湖 social worker exported the members
of every community.)"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied
from desktop.core.roles import Role
from desktop.core.security import SYSTEM
from desktop.core.clock import today
from desktop.elder import birthdays, checkin_service as cs, members_service as ms, visits
from desktop.elder.export import export_members
from desktop.elder.checkin_corrections import undo_checkin
from desktop.elder.member_lookup import lookup
from desktop.roster.models import Building, Household, Person
from tests import helpers
from tests.elder.conftest import ON, World


def _other_community(w: World) -> tuple[str, str, str]:
    """后街社区 with one member, 何伯 (QC000003, phone tail 6666), registered by the supervisor."""
    cid = helpers.community(w.db, "后街社区")
    with w.db.session(SYSTEM) as s:
        b = Building(community_id=cid, estate="后街小区", name="2号楼")
        s.add(b)
        s.flush()
        h = Household(building_id=b.id, community_id=cid, room="101", address="后街小区2号楼101")
        s.add(h)
        s.flush()
        p = Person(community_id=cid, household_id=h.id, name="何伯", name_pinyin="hebo", name_initials="hb",
                   birth_date=date(1948, 11, 3), phone="13912346666", sex="M")
        s.add(p)
        s.flush()
        pid = p.id
    sup = helpers.actor(w.db, "sup", Role.SUPERVISOR)
    with w.db.session(sup) as s:
        mid = ms.register_member(s, sup, ms.MemberInput(person_id=pid, join_date=date(2020, 1, 1),
                                                        category="空巢"), on=ON)
    return cid, mid, sup


@pytest.fixture
def scoped(world: World):
    own = [world.member("潘美兰", "13802345678", category="空巢"), world.member("罗桂英", "13802341111")]
    _cid, other, sup = _other_community(world)
    return world, own, other, sup


def test_social_worker_sees_own_community_only(scoped, tmp_path: Path) -> None:
    w, own, other, _sup = scoped
    sw = w.worker
    with w.db.session(sw) as s:
        assert {r.id for r in ms.search_members(s, sw, on=ON)} == set(own)
        assert ms.count_members(s, sw) == 2
        assert ms.search_members(s, sw, "何伯") == [] and ms.search_members(s, sw, "QC000003") == []
        assert {r.id for r in ms.recheck_due(s, sw, on=date(2030, 1, 1))} == set(own)
        assert other not in {v.member_id for v in visits.visit_schedule(s, sw, ON)}
        assert other not in {b.member_id for b in birthdays.month_birthdays(s, sw, 2026, 11)}
        n = export_members(s, sw, tmp_path / "members.csv")
    assert n == 2
    with (tmp_path / "members.csv").open(encoding="utf-8-sig") as f:
        names = [row[1] for row in csv.reader(f)][1:]
    assert sorted(names) == ["潘美兰", "罗桂英"]
    # Check-in lookups (a social worker may check members in) find no one from 后街.
    with w.db.session(sw) as s:
        for key in ("QC000003", "6666", "13912346666", "hb", "何伯"):
            assert cs.checkin(s, sw, key, on=ON).status == cs.NOT_FOUND, key
        assert lookup(s, "何伯", ON, sw).members == ()
    with pytest.raises(PermissionDenied, match="其他社区"), w.db.session(sw) as s:
        ms.get_member(s, sw, other)
    with pytest.raises(PermissionDenied), w.db.session(sw) as s:
        ms.update_member(s, sw, other, notes="改一下")
    with w.db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied",
                                                    AuditEntry.entity_id == other)).all()
    assert len(denied) == 2 and all(d.actor_name == "sw21" for d in denied)
    # Nor can they undo a check-in of a member of another community.
    with w.db.session(w.reception) as s:
        other_in = cs.checkin(s, w.reception, "QC000003", on=today())
    with pytest.raises(PermissionDenied, match="其他社区"), w.db.session(sw) as s:
        undo_checkin(s, sw, other_in.checkin_id, "刷错卡")


@pytest.mark.parametrize("who", ["reception", "supervisor", "admin"])
def test_reception_supervisor_and_admin_see_every_community(scoped, who: str, tmp_path: Path) -> None:
    w, own, other, sup = scoped
    actor = {"reception": w.reception, "supervisor": sup, "admin": w.admin}[who]
    assert who != "reception" or actor.community_ids        # the desk is assigned to 西湖, yet serves all
    with w.db.session(actor) as s:
        assert {r.id for r in ms.search_members(s, actor, on=ON)} == {*own, other}
        assert ms.count_members(s, actor) == 3
        assert ms.get_member(s, actor, other, on=ON).name == "何伯"
        assert [m.id for m in lookup(s, "何伯", ON, actor).members] == [other]
        assert other in {v.member_id for v in visits.visit_schedule(s, actor, ON)}
        assert other in {b.member_id for b in birthdays.month_birthdays(s, actor, 2026, 11)}
        assert cs.checkin(s, actor, "QC000003", on=ON).status == cs.CHECKED_IN
        if who != "reception":                              # exporting is for those who manage members
            assert export_members(s, actor, tmp_path / "all.csv") == 3
