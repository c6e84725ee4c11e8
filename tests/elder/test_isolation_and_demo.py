"""Rehab data is never reachable from the elder centre; the demo loads the centre's world."""

from __future__ import annotations

import ast
import random
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

import desktop.elder
from desktop.core.clock import today
from desktop.core.dates import age_on
from desktop.core.db import Database
from desktop.core.roles import Perm, Role, role_has
from desktop.core.security import SYSTEM


def test_elder_code_never_touches_rehab() -> None:
    root = Path(desktop.elder.__file__).parent
    files = list(root.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert "rehab" not in (node.module or ""), f"{path.name} imports {node.module}"
            elif isinstance(node, ast.Import):
                assert all("rehab" not in a.name for a in node.names), path.name
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert "rehab_" not in node.value, f"{path.name} names a rehab table"
    # The centre's roles do not carry rehab permissions.
    for role in (Role.RECEPTION, Role.SOCIAL_WORKER):
        assert role_has(role, Perm.ELDER_VIEW) and not role_has(role, Perm.REHAB_VIEW)


def test_demo_members_rooms_checkins_services_visits(sqlite_db: Database) -> None:
    from desktop.activities.models import Room
    from desktop.demo import DemoContext, core_demo
    from desktop.elder import demo
    from desktop.elder.models import ElderCheckin, ElderMember, ElderService, ElderVisit
    from desktop.core.communities import Community
    from desktop.roster.models import Person

    ctx = DemoContext(rng=random.Random(3), today=today(), admin=SYSTEM, password="demo-pass-123")
    with sqlite_db.session(SYSTEM) as s:       # the core demo's communities, without its accounts
        for name in core_demo.COMMUNITIES:
            c = Community(name=name, street=core_demo.STREET, district=core_demo.DISTRICT)
            s.add(c)
            s.flush()
            ctx.communities[name] = c.id
        elder = Person(community_id=ctx.communities["西湖社区"], name="陈富森", name_pinyin="chenfusen",
                       name_initials="cfs", birth_date=date(1950, 1, 1), tags="特困")
        s.add(elder)
        s.flush()
        elder_id = elder.id
    with sqlite_db.session(ctx.admin) as s:
        demo.load(s, ctx)
    with sqlite_db.session(SYSTEM) as s:
        members = s.scalar(select(func.count(ElderMember.id)))
        pan = s.execute(select(ElderMember, Person).join(Person, Person.id == ElderMember.person_id)
                        .where(ElderMember.name == "潘美兰")).one()
        over60 = s.scalar(select(func.count(ElderMember.id)).join(Person, Person.id == ElderMember.person_id)
                          .where(Person.birth_date <= today().replace(year=today().year - 60)))
        rooms = set(s.scalars(select(Room.name).where(Room.owner_module == "elder")))
        checkins = s.scalar(select(func.count(ElderCheckin.id)))
        days = s.scalar(select(func.count(func.distinct(ElderCheckin.day))))
        lunches = s.scalar(select(func.count(ElderCheckin.id)).where(ElderCheckin.lunch.is_(True)))
        services = s.scalar(select(func.count(ElderService.id)))
        visits = s.scalar(select(func.count(ElderVisit.id)))
        initials_ok = s.scalar(select(func.count(Person.id)).where(Person.name_initials == "")) == 0
    assert members == 800 and over60 >= 760
    with sqlite_db.session(SYSTEM) as s:
        linked = s.scalar(select(ElderMember).where(ElderMember.person_id == elder_id))
    assert linked is not None and linked.category == "特困"     # roster elders join as members
    m, p = pan
    assert m.member_no == "QC000001" and m.join_date.year == 2013 and m.eligibility_exception
    assert age_on(p.birth_date, today()) == 58         # 58 on the demo's day, whatever day that is
    assert len(rooms) == 20 and {"舞蹈室", "图书室", "健康驿站", "理发室"} <= rooms
    assert 55 <= days <= 70 and checkins / days > 0.45 * members and 0.4 < lunches / checkins < 0.7
    assert services > 1000 and visits > 100 and initials_ok
    assert any("养老中心" in line for line in ctx.summary)
