"""A small duty world: 西湖社区, building 6 with residents, a team with posts and members."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from datetime import time

import pytest

from desktop.core.db import Database, sqlite_url
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.duty import posts_service, teams_service
from desktop.roster.models import Building, Household, Person
from tests import helpers
from tests.duty.desk_helpers import DeskWorld, desk_world_on, quick_actor

NAMES = ["陈富森", "李秀英", "王建国", "张桂兰", "刘志强", "黄美玲", "周德胜", "吴丽华"]
ID_CHEN = "441802195503150018"


@dataclass
class World:
    db: Database
    community_id: str
    other_community_id: str
    building_id: str
    team_id: str
    coordinator: Actor
    volunteer: Actor
    reception: Actor
    outsider_worker: Actor
    people: dict[str, str] = field(default_factory=dict)       # name -> person id
    households: list[str] = field(default_factory=list)
    members: dict[str, str] = field(default_factory=dict)      # name -> member id
    posts: dict[str, str] = field(default_factory=dict)        # name -> post id


def build_world(db: Database, *, posts: bool = True) -> World:
    cid = helpers.community(db, "西湖社区")
    other = helpers.community(db, "新城社区")
    people: dict[str, str] = {}
    households: list[str] = []
    with db.session(SYSTEM) as s:
        b = Building(community_id=cid, estate="西湖花园", name="6号楼")
        s.add(b)
        s.flush()
        for i, name in enumerate(NAMES):
            h = Household(building_id=b.id, community_id=cid, room=f"{i + 1}01", address=f"西湖花园6号楼{i + 1}01")
            s.add(h)
            s.flush()
            households.append(h.id)
            p = Person(community_id=cid, household_id=h.id, name=name, phone=f"1380763{i:04d}",
                       id_number=ID_CHEN if i == 0 else None)
            s.add(p)
            s.flush()
            people[name] = p.id
        bid = b.id
    coordinator = quick_actor(db, "sw", Role.SOCIAL_WORKER, cid, "何社工")
    volunteer = quick_actor(db, "chen", Role.DUTY_VOLUNTEER, cid, "陈富森")
    reception = quick_actor(db, "desk", Role.RECEPTION, cid, "前台")
    outsider = quick_actor(db, "sw2", Role.SOCIAL_WORKER, other, "新城社工")
    with db.session(coordinator) as s:
        tid = teams_service.create_team(s, coordinator, "西湖花园6号楼志愿服务队", cid, bid)
        members = {}
        for i, name in enumerate(NAMES):
            inp = teams_service.MemberInput(person_id=people[name], is_captain=(i == 0), max_per_week=4,
                                            user_id=volunteer.id if i == 0 else None)
            members[name] = teams_service.save_member(s, coordinator, tid, inp)
        members["赵师傅"] = teams_service.save_member(
            s, coordinator, tid, teams_service.MemberInput(name="赵师傅", phone="13902201234", max_per_week=2))
        post_ids = {}
        if posts:
            post_ids["值班室"] = posts_service.save_post(s, coordinator, tid, "值班室", "6号楼大堂",
                                                       rounds="10:00,16:00,20:00")
            post_ids["交通疏导"] = posts_service.save_post(s, coordinator, tid, "交通疏导", "6号楼门前")
            for name, start, end in posts_service.STANDARD_SHIFTS:
                posts_service.save_template(s, coordinator, post_ids["值班室"], start, end, name=name)
            posts_service.save_template(s, coordinator, post_ids["交通疏导"], time(7), time(9), on_weekends=False,
                                        on_holidays=False, name="早高峰")
    return World(db, cid, other, bid, tid, coordinator, volunteer, reception, outsider, people, households,
                 members, post_ids)


@pytest.fixture(scope="session")
def _world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The SQLite world built once (migrating is slow); each test works on a copy of the file."""
    from tests.demo_world import migrated_db

    path = tmp_path_factory.mktemp("duty-world") / "template.db"
    db = migrated_db(path)
    w = build_world(db)
    db.dispose()
    return path, w


@pytest.fixture
def sqlite_world(_world_template: tuple[Path, World], tmp_path: Path) -> Iterator[World]:
    path, w = _world_template
    copy = tmp_path / "linli.db"
    shutil.copy(path, copy)
    db = Database(sqlite_url(copy))
    yield replace(w, db=db)
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest) -> World:
    """Service tests run on both back ends."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_world")
    return build_world(request.getfixturevalue("pg_db"))


# --- the guard desk of building 6 through a day --------------------------------------------------

@pytest.fixture
def desk_world(sqlite_world: World) -> DeskWorld:
    """Building 6's desk today: own desk accounts, the four 值班室 shifts, residents to look in on."""
    from desktop.core.clock import today

    return desk_world_on(sqlite_world, today())
