"""A small rehab world: a community, accounts of every role, one case of worker w1 with records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from desktop.core.db import Database
from desktop.core.idcard import make_id
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.core.communities import Community
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
             start: date = START, kind: str = "社区戒毒", **kw: object) -> str:
    kw.setdefault("reported_on", start)
    with db.session(actor) as s:
        return cases.create_case(s, actor, cases.CaseInput(
            kind=kind, decision_date=start, start_date=start, alias=alias,
            decision_no=f"清公(凤)决字〔2026〕{seq}号", decision_authority="清远市公安局清城分局",
            new_person=cases.NewPerson(name=name, id_number=make_id("441802", date(2000, 5, 17), seq),
                                       community_id=community_id), **kw))


def account(db: Database, username: str, role: Role, community_ids: tuple[str, ...] | list[str] = (),
            display_name: str = "") -> Actor:
    """An active account of `role`, signed in (rehab roles with the rehab key)."""
    return helpers.direct_account(db, username, role, community_ids, display_name)


def community(db: Database, name: str = "西湖社区") -> str:
    with db.session(SYSTEM) as s:
        c = Community(name=name, street="凤城街道", district="清远市清城区")
        s.add(c)
        s.flush()
        return c.id


@pytest.fixture
def world(db: Database) -> World:
    """On both back ends."""
    return build_world(db)


@pytest.fixture
def sworld(sqlite_db: Database) -> World:
    """On SQLite only (rules that do not depend on the back end)."""
    return build_world(sqlite_db)


def build_world(db: Database) -> World:
    cid = community(db)
    admin = account(db, "admin", Role.ADMIN)
    sup = account(db, "sup", Role.SUPERVISOR, display_name="曾生")
    w1 = account(db, "w1", Role.REHAB_WORKER, [cid], display_name="潘捷")
    w2 = account(db, "w2", Role.REHAB_WORKER, [cid], display_name="单晓峰")
    duty = account(db, "duty", Role.DUTY_VOLUNTEER, [cid])
    reception = account(db, "reception", Role.RECEPTION, [cid])
    social = account(db, "social", Role.SOCIAL_WORKER, [cid])
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
