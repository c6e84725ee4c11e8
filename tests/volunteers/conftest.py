"""A volunteer world on top of the duty world: 6号楼's team with a checked-in shift and a correction, an
activity its members helped at (and a cancelled one), the street's anti-drug volunteer team (street-wide)
with a volunteer registered on the national system, and the roles that may or may not see them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop.activities.models import Activity, ActivityHelper
from desktop.core.db import Database, sqlite_url
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.duty import hours
from desktop.duty.common import to_utc
from desktop.duty.models import DutyShift
from desktop.roster.models import Person
from desktop.volunteers import record, service
from tests.duty.conftest import World as DutyWorld
from tests.duty.conftest import build_world, quick_actor

DAY = date(2026, 11, 12)
ID_AJIE = "441802200002150015"


@dataclass
class World:
    duty: DutyWorld
    db: Database
    rehab: Actor              # 潘捷, rehab worker: keeps the anti-drug team's records
    anti_drug_org: str
    ajie: str                 # 阿杰's volunteer record
    li: str                   # 李秀英's volunteer record (duty member, activity helper)


def at(day: date, h: int, m: int = 0) -> datetime:
    return to_utc(datetime.combine(day, time(h, m)))


def build(db: Database) -> World:
    d = build_world(db)
    c = d.coordinator
    rehab = quick_actor(db, "rehab", Role.REHAB_WORKER, d.community_id, "潘捷")
    with db.session(SYSTEM) as s:
        s.add(DutyShift(team_id=d.team_id, post_id=d.posts["值班室"], day=DAY, start_at=at(DAY, 8),
                        end_at=at(DAY, 12), member_id=d.members["李秀英"], check_in_at=at(DAY, 8),
                        check_out_at=at(DAY, 12, 30)))
        held = Activity(title="重阳敬老活动", community_id=d.community_id, starts_at=at(DAY, 14), ends_at=at(DAY, 16),
                        place="西湖社区党群服务中心", organiser="何社工", status="held")
        gone = Activity(title="秋游（取消）", community_id=d.community_id, starts_at=at(date(2026, 11, 20), 9),
                        ends_at=at(date(2026, 11, 20), 17), status="cancelled")
        s.add_all([held, gone])
        s.flush()
        s.add(ActivityHelper(activity_id=held.id, person_id=d.people["李秀英"], minutes=150, role="志愿者"))
        s.add(ActivityHelper(activity_id=gone.id, person_id=d.people["李秀英"], minutes=480, role="志愿者"))
        ajie = Person(community_id=d.community_id, name="陈俊杰", sex="M", id_number=ID_AJIE, phone="13922220000",
                      tags="禁毒志愿者")
        s.add(ajie)
        s.flush()
        ajie_id = ajie.id
    with db.session(c) as s:
        hours.correct_hours(s, c, d.members["李秀英"], date(2026, 11, 13), 45, "忘记打卡，队长证实")
        li = service.ensure_for_member(s, c, d.members["李秀英"])
    with db.session(rehab) as s:
        org = service.save_org(s, rehab, "凤城街道禁毒志愿者服务队", community_id=None, responsible="潘捷",
                               contact="0763-3377120")
        aj = service.save_volunteer(s, rehab, service.VolunteerInput(
            org_id=org, person_id=ajie_id, volunteer_no="44180212345678", platform="全国志愿服务信息系统",
            registered_on=date(2026, 3, 1), skills="宣传"))
        record.add_entry(s, rehab, aj, "服务", date(2026, 6, 26), "“6·26”国际禁毒日广场宣传", minutes=240,
                         place="凤城街道文化广场", organiser="凤城街道禁毒办")
        record.add_entry(s, rehab, aj, "培训", date(2026, 5, 10), "禁毒知识与宣传技巧培训", minutes=180,
                         organiser="凤城街道禁毒办")
        record.add_entry(s, rehab, aj, "表彰", date(2026, 6, 26), "2026年度优秀禁毒志愿者", organiser="清远市禁毒办")
        record.add_entry(s, rehab, aj, "评价", date(2026, 10, 30), "三季度志愿服务评价", organiser="潘捷", rating="优秀")
    return World(d, db, rehab, org, aj, li)


@pytest.fixture(scope="session")
def _volunteer_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    from tests.demo_world import migrated_db

    path = tmp_path_factory.mktemp("volunteer-world") / "template.db"
    db = migrated_db(path)
    w = build(db)
    db.dispose()
    return path, w


@pytest.fixture
def world(_volunteer_template: tuple[Path, World], tmp_path: Path) -> Iterator[World]:
    path, w = _volunteer_template
    copy = tmp_path / "linli.db"
    shutil.copy(path, copy)
    db = Database(sqlite_url(copy))
    yield replace(w, db=db, duty=replace(w.duty, db=db))
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_world(request: pytest.FixtureRequest) -> World:
    """Built fresh on each back end."""
    db = request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")
    return build(db)
