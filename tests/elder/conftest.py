"""Builders for the elder-centre tests: a community, roster people, members, signed-in actors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.db import Database, sqlite_url
from desktop.core.pinyin import name_pinyin
from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor
from desktop.elder import members_service as ms
from desktop.roster.models import Building, Household, Person
from tests import conftest, helpers
from tests.demo_world import migrated_file

ON = date(2026, 11, 27)


@dataclass
class World:
    db: Database
    community_id: str
    household_id: str
    admin: Actor
    worker: Actor
    reception: Actor

    def person(self, name: str, birth: date | None = date(1950, 3, 5), phone: str = "", *,
               household: bool = True, residence_type: str = "") -> str:
        full, initials = name_pinyin(name)
        with self.db.session(SYSTEM) as s:
            p = Person(community_id=self.community_id, household_id=self.household_id if household else None,
                       name=name, name_pinyin=full, name_initials=initials, birth_date=birth, phone=phone,
                       residence_type=residence_type, sex="F")
            s.add(p)
            s.flush()
            return p.id

    def member(self, name: str, phone: str = "", birth: date | None = date(1950, 3, 5), **kw) -> str:
        pid = self.person(name, birth, phone)
        with self.db.session(self.worker) as s:
            return ms.register_member(s, self.worker, ms.MemberInput(person_id=pid, join_date=date(2020, 1, 1), **kw),
                                      on=ON)


_TEMPLATES: dict[str, tuple[str, World]] = {}


def _template_world(kind: str, tmp_factory: pytest.TempPathFactory) -> tuple[str, World]:
    """Hashing passwords takes seconds: do it once per kind on a copy of the migrated database, copy per test."""
    if kind not in _TEMPLATES:
        if kind == "sqlite":
            path = tmp_factory.mktemp("elder-template") / "template.db"
            shutil.copyfile(migrated_file(), path)
            db = Database(sqlite_url(path))
        else:
            server = conftest._pg()
            name = "tpl_elder_" + uuid.uuid4().hex[:8]
            server._admin(f'CREATE DATABASE "{name}" TEMPLATE "{conftest.pg_template()}"')
            db = Database(server.url(name))
            path = Path(name)
        w = _world(db)
        if kind == "sqlite":
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        _TEMPLATES[kind] = (str(path), w)
    return _TEMPLATES[kind]


def _copy(kind: str, tmp_path: Path, tmp_factory: pytest.TempPathFactory) -> Iterator[World]:
    source, w = _template_world(kind, tmp_factory)
    if kind == "sqlite":
        target = tmp_path / "elder.db"
        shutil.copyfile(source, target)
        for suffix in ("-wal", "-shm"):
            if Path(source + suffix).exists():
                shutil.copyfile(source + suffix, str(target) + suffix)
        db = Database(sqlite_url(target))
        yield World(db, w.community_id, w.household_id, w.admin, w.worker, w.reception)
        db.dispose()
        return
    with conftest.pg_copy(source) as db:
        yield World(db, w.community_id, w.household_id, w.admin, w.worker, w.reception)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """An elder-centre world on both back ends: 西湖社区, one household, admin, sw21 (罗素妹), desk1."""
    yield from _copy(request.param, tmp_path, tmp_path_factory)


@pytest.fixture
def sqlite_world(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield from _copy("sqlite", tmp_path, tmp_path_factory)


def _world(db: Database) -> World:
    cid = helpers.community(db, "西湖社区")
    with db.session(SYSTEM) as s:
        b = Building(community_id=cid, estate="西湖花园", name="6号楼")
        s.add(b)
        s.flush()
        h = Household(building_id=b.id, community_id=cid, room="501", address="西湖花园6号楼501")
        s.add(h)
        s.flush()
        hid = h.id
    admin = helpers.admin(db)
    worker = helpers.actor(db, "sw21", Role.SOCIAL_WORKER, ["西湖社区"], display_name="罗素妹")
    reception = helpers.actor(db, "desk1", Role.RECEPTION, ["西湖社区"], display_name="前台")
    return World(db, cid, hid, admin, worker, reception)
