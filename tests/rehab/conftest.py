"""A small rehab world: a community, accounts of every role, one case of worker w1 with records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.core.db import Database
from desktop.core.idcard import make_id
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import referrals
from tests import helpers

START = date(2026, 3, 2)


@dataclass
class World:
    db: Database
    community_id: str
    sup: Actor
    w1: Actor
    w2: Actor
    duty: Actor
    reception: Actor
    social: Actor
    admin: Actor
    case_id: str
    followup_id: str
    absence_id: str
    referral_id: str
    contact_id: str


def new_case(db: Database, actor: Actor, community_id: str, name: str, *, alias: str = "", seq: int = 11,
             start: date = START, **kw: object) -> str:
    with db.session(actor) as s:
        return cases.create_case(s, actor, cases.CaseInput(
            kind="社区戒毒", decision_date=start, start_date=start, reported_on=start, alias=alias,
            decision_no=f"清公(凤)决字〔2026〕{seq}号", decision_authority="清远市公安局清城分局",
            new_person=cases.NewPerson(name=name, id_number=make_id("441802", date(2000, 5, 17), seq),
                                       community_id=community_id), **kw))


@pytest.fixture
def world(db: Database) -> World:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    sup = helpers.actor(db, "sup", Role.SUPERVISOR, display_name="曾生")
    w1 = helpers.actor(db, "w1", Role.REHAB_WORKER, ["西湖社区"], display_name="潘捷")
    w2 = helpers.actor(db, "w2", Role.REHAB_WORKER, ["西湖社区"], display_name="单晓峰")
    duty = helpers.actor(db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"])
    reception = helpers.actor(db, "reception", Role.RECEPTION, ["西湖社区"])
    social = helpers.actor(db, "social", Role.SOCIAL_WORKER, ["西湖社区"])
    case_id = new_case(db, w1, cid, "陈志杰", alias="阿杰")
    with db.session(w1) as s:
        f = fu.add_followup(s, w1, case_id, fu.FollowUpInput(on=date(2026, 3, 9), method="到站", content="初次面谈",
                                                              test_kind="尿检", test_result="阴性"))
        a = fu.add_absence(s, w1, case_id, fu.AbsenceInput(from_date=date(2026, 4, 1), to_date=date(2026, 4, 4),
                                                           destination="广州", requested_on=date(2026, 3, 28),
                                                           approved_on=date(2026, 3, 29)))
        r = referrals.add_referral(s, w1, case_id, kind="就业", to_org="二手车行", on=date(2026, 3, 20))
        c = cases.add_contact(s, w1, case_id, role="公安", name="李警官", organisation="凤城派出所")
    return World(db, cid, sup, w1, w2, duty, reception, social, admin, case_id, f, a, r, c)
