"""A small duty world: 西湖社区, building 6 with residents, a team with posts and members."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from datetime import date, time, timedelta

import pytest

from desktop.core.db import Database, sqlite_url
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor, User, UserCommunity
from desktop.duty import common, posts_service, shifts_service, teams_service
from desktop.roster.models import Building, Household, Person
from tests import helpers

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


def quick_actor(db: Database, username: str, role: Role, community_id: str, display_name: str) -> Actor:
    """A user row and its Actor without password hashing (sign-in is not what these tests test)."""
    with db.session(SYSTEM) as s:
        u = User(username=username, display_name=display_name, password_hash="-", role=role.value)
        u.communities.append(UserCommunity(community_id=community_id))
        s.add(u)
        s.flush()
        return Actor.from_user(u, desk="")


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
    from desktop.core.migrate import upgrade

    path = tmp_path_factory.mktemp("duty-world") / "template.db"
    db = Database(sqlite_url(path))
    upgrade(db, backups=None)
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

@dataclass
class DeskWorld:
    w: World
    day: date                                              # the desk's day (from the desk clock)
    desk: dict[str, Actor] = field(default_factory=dict)   # member name -> his own desk account
    shifts: dict[str, str] = field(default_factory=dict)   # "06:00" -> shift id of that start on `day`


DESK_SHIFTS = [("06:00", "12:00", "李秀英"), ("12:00", "18:00", "王建国"), ("18:00", "22:00", "陈富森"),
               ("22:00", "02:00", "何皓")]


def desk_accounts(w: World) -> dict[str, Actor]:
    """Own desk accounts for 李秀英, 王建国, 张桂兰 and 何皓 (a new member), linked to their member rows;
    陈富森 (the captain) is the world's volunteer."""
    accounts = {"陈富森": w.volunteer}
    with w.db.session(w.coordinator) as s:
        w.members["何皓"] = teams_service.save_member(
            s, w.coordinator, w.team_id, teams_service.MemberInput(name="何皓", phone="13711112222", max_per_week=4))
    for username, name in (("li", "李秀英"), ("wang", "王建国"), ("zhang", "张桂兰"), ("he", "何皓")):
        accounts[name] = quick_actor(w.db, username, Role.DUTY_VOLUNTEER, w.community_id, name)
        with w.db.session(w.coordinator) as s:
            row = next(m for m in teams_service.list_members(s, w.coordinator, w.team_id) if m.name == name)
            inp = teams_service.MemberInput(person_id=row.person_id, name=row.name, phone=row.phone,
                                            user_id=accounts[name].id, max_per_week=row.max_per_week)
            teams_service.save_member(s, w.coordinator, w.team_id, inp, row.id)
    return accounts


def desk_shifts(w: World, day: date) -> dict[str, str]:
    """The four 值班室 shifts of the day, 06:00 to the next 02:00, each with its volunteer."""
    out = {}
    with w.db.session(w.coordinator) as s:
        for start, end, name in DESK_SHIFTS:
            out[start] = shifts_service.add_shift(s, w.coordinator, w.posts["值班室"], day, common.parse_hm(start),
                                                  common.parse_hm(end), w.members[name])
    return out


def residents_to_look_in_on(w: World, day: date) -> None:
    """Tags (with welfare status among them) and notes of building 6 as the roster keeps them."""
    from desktop.roster import attention

    with w.db.session(SYSTEM) as s:
        for name, tags in (("张桂兰", "独居老人,特困"), ("周德胜", "空巢老人,低保"), ("吴丽华", "留守儿童")):
            s.get(Person, w.people[name]).tags = tags
    with w.db.session(w.coordinator) as s:
        attention.add_note(s, w.coordinator, attention.NoteInput(
            "外出", "601 全家外出旅游，家中无人", day, day + timedelta(days=5), household_id=w.households[5]))
        attention.add_note(s, w.coordinator, attention.NoteInput(
            "生病住院", "老伴住院，多关心", day, None, person_id=w.people["刘志强"]))


@pytest.fixture
def desk_world(sqlite_world: World) -> DeskWorld:
    from desktop.core.clock import today

    day = today()
    dw = DeskWorld(sqlite_world, day, desk_accounts(sqlite_world))
    dw.shifts = desk_shifts(sqlite_world, day)
    residents_to_look_in_on(sqlite_world, day)
    return dw

