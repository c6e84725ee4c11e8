"""The roster demo: about 2,000 residents, 西湖花园6号楼 with the article's households and notes."""

from __future__ import annotations

import random

import pytest

from sqlalchemy import func, select

from desktop.core.clock import today
from desktop.core.db import Database
from desktop.core.idcard import parse_id
from desktop.core.security import SYSTEM
from desktop.demo import DemoContext, core_demo
from desktop.roster import attention, demo, service
from desktop.roster.models import Person


@pytest.mark.date_sensitive("leap-day", "month-start", "year-end")
def test_demo_roster(sqlite_db: Database) -> None:
    ctx = DemoContext(rng=random.Random(7), today=today(), admin=SYSTEM, password="demo-pass-1")
    with sqlite_db.session(SYSTEM) as s:
        core_demo.load(s, ctx)
    with sqlite_db.session(ctx.admin) as s:
        demo.load(s, ctx)
    by_name = ctx.extra["people_by_name"]
    admin = ctx.admin
    with sqlite_db.session(admin) as s:
        total = s.scalar(select(func.count()).select_from(Person))
        assert 1900 <= total <= 2100
        per_community = dict(s.execute(select(Person.community_id, func.count()).group_by(Person.community_id)).all())
        assert set(per_community) == set(ctx.communities.values())
        captain = service.get_person(s, admin, by_name["陈富森"])
        assert captain.address == "西湖花园6号楼101" and 69 <= captain.age <= 71
        info = parse_id(captain.id_number)
        assert info.birth_date == captain.birth_date and info.sex == "M" and info.area_code == "441802"
        for name in ("林𠮷祥", "𠮷祥", "刘䶮", "阿依古丽·买买提"):
            assert name in [r.name for r in service.search_people(s, admin, name)]
        desk = attention.today_for_desk(s, admin, building_id=ctx.extra["building6_id"], on=ctx.today)
        kinds = {(n.kind, n.subject) for n in desk.notes}
        assert ("外出", "西湖花园6号楼601") in kinds
        assert ("生病住院", "吴国强（西湖花园6号楼502）") in kinds
        assert "探亲" not in " ".join(n.text for n in desk.notes)         # an ended note stays away
        assert "张秀英" in [b.name for b in desk.birthdays]
        assert {"冯妹", "张秀英"} <= {w.name for w in desk.watch_people}
        assert [p.name for p in service.possible_duplicates(s, admin)] == ["李月娥"]
        assert "陈富森" in [r.name for r in service.search_people(s, admin, "cfs")]
