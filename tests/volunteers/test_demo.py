"""The demo's volunteers: the anti-drug team with its records, 6号楼's team, community teams, a register."""

from __future__ import annotations

from datetime import timedelta


from desktop.core import accounts
from desktop.core.clock import today
from desktop.core.db import Database
from desktop.demo.core_demo import actor_of
from desktop.rehab import cases_service as cases
from desktop.rehab.demo import TEAM_SIZE
from desktop.volunteers import certificates, record, service
from desktop.volunteers.demo import ANTI_DRUG
from tests import helpers


def test_demo_fills_the_volunteer_screens(demo_db: Database) -> None:
    sqlite_db = demo_db                     # every module's demo (tests/demo_world.py)
    summary = demo_db.demo_summary
    assert any(line.startswith("志愿者档案：") for line in summary)
    with sqlite_db.session() as s:
        pan, social = accounts.authenticate(s, "rehab", helpers.PASSWORD), actor_of(s, "social")
    with sqlite_db.session(pan) as s:
        orgs = {o.name: o for o in service.list_orgs(s, pan)}
        team = orgs[ANTI_DRUG]
        assert team.volunteers == TEAM_SIZE + 1 and team.responsible == "潘捷"      # 70 and 阿杰
        members = service.list_volunteers(s, pan, org_id=team.id)
        assert sum(1 for v in members if v.volunteer_no) > TEAM_SIZE // 2
        case = next(r for r in cases.list_cases(s, pan) if r.label == "阿杰")
        person = cases.get_case(s, pan, case.id).person_id
        ajie = next(v for v in members if v.person_id == person)
        assert "经社工潘捷邀请" in ajie.notes          # as it says of others the worker brought in
        r = record.volunteer_record(s, pan, ajie.id, today() - timedelta(days=400), today())
        assert r.minutes(record.ACTIVITY) > 0 and r.trainings and r.evaluations
        register = certificates.register(s, pan)
        assert len(register) >= 5 and any(c.voided for c in register)
    with sqlite_db.session(social) as s:
        names = {o.name for o in service.list_orgs(s, social)}
        assert any("6号楼" in n for n in names) and "凤城街道西湖社区志愿服务队" in names
        assert "凤城街道古城社区志愿服务队" not in names                        # not her community
        six = next(o for o in service.list_orgs(s, social) if "6号楼" in o.name)
        assert six.volunteers >= 9 and any(c.organisation == six.name for c in certificates.register(s, social))

