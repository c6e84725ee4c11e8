"""Builders for the activity tests: a community with a building, households and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.clock import SHANGHAI
from desktop.core.db import Database, sqlite_url
from desktop.core.orm import new_id
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.core.communities import Community
from desktop.roster.models import Building, Household, Person


@dataclass
class World:
    db: Database
    community_id: str
    other_community_id: str
    admin: Actor
    social: Actor
    people: dict[str, str] = field(default_factory=dict)   # name -> id


def add_people(db: Database, community_id: str, names: list[str], *, estate: str = "西湖花园",
               building: str = "6号楼") -> dict[str, str]:
    out: dict[str, str] = {}
    with db.session(SYSTEM) as s:
        b = Building(community_id=community_id, estate=estate, name=building)
        s.add(b)
        s.flush()
        for i, name in enumerate(names):
            hh = Household(building_id=b.id, community_id=community_id, room=f"{i // 4 + 1}0{i % 4 + 1}",
                           address=f"{estate}{building}")
            s.add(hh)
            s.flush()
            p = Person(community_id=community_id, household_id=hh.id, name=name,
                       phone=f"138{i:04d}5678" if i % 3 else "")
            s.add(p)
            s.flush()
            out[name] = p.id
    return out


NAMES = ["陈富森", "刘淑君", "潘美兰", "刘阿姨", "李汉森", "黄嘉欣", "𠮷祥", "阿依古丽·买买提", "王小明", "张三"]


@pytest.fixture
def adb(request: pytest.FixtureRequest, tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """Like the shared `db` fixture (a real SQLite file, a real PostgreSQL), built from the migrated template."""
    if request.param == "sqlite":
        path = tmp_path / "linli.db"
        shutil.copyfile(_sqlite_template, path)
        db = Database(sqlite_url(path))
        yield db
        db.dispose()
        return
    with sys.modules["tests.conftest"].pg_copy(sys.modules["tests.conftest"].pg_template()) as db:
        yield db


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "adb" in metafunc.fixturenames:
        metafunc.parametrize("adb", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
                             indirect=True)


def make_actor(username: str, role: Role, communities: list[str], display_name: str = "") -> Actor:
    return Actor(id=new_id(), username=username, display_name=display_name or username, role=role,
                 community_ids=frozenset(communities))


def make_world(db: Database) -> World:
    with db.session(SYSTEM) as s:
        ids = []
        for name in ("西湖社区", "后街社区"):
            c = Community(name=name, street="凤城街道", district="清远市清城区")
            s.add(c)
            s.flush()
            ids.append(c.id)
    cid, other = ids
    admin = make_actor("admin", Role.ADMIN, [], "管理员")
    social = make_actor("social", Role.SOCIAL_WORKER, [cid], "刘淑君")
    w = World(db, cid, other, admin, social)
    w.people = add_people(db, cid, NAMES)
    return w


@pytest.fixture
def world(adb: Database) -> World:
    return make_world(adb)


def at(days: int, hour: int = 9, minute: int = 0) -> datetime:
    """A local (Shanghai) moment `days` from a fixed Monday."""
    base = datetime(2026, 11, 2, tzinfo=SHANGHAI)
    return base + timedelta(days=days, hours=hour, minutes=minute)


@pytest.fixture
def sworld(tmp_path: Path, _sqlite_template: Path) -> Iterator[World]:
    """A world on SQLite only (printing, export, command line, window)."""
    path = tmp_path / "linli.db"
    shutil.copyfile(_sqlite_template, path)
    db = Database(sqlite_url(path))
    yield make_world(db)
    db.dispose()
