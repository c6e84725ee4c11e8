"""Imports a person can resolve: building numbers that only an estate tells apart (asked once), birth
dates known to the month (日期不全), and every reading of an imported name searchable."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.security import SYSTEM
from desktop.roster import service
from desktop.roster.import_service import REFUSED, apply_import, preview_import
from desktop.roster.models import Building, Person
from tests import helpers
from tests.roster.roster_sheets import pid, simple_roster

HEADER = ["姓名", "身份证号码", "出生日期", "楼栋", "房号"]


def _estates(db: Database) -> str:
    cid = helpers.community(db)
    with db.session(SYSTEM) as s:
        for estate in ("西湖新村", "西湖花园"):
            s.add(Building(community_id=cid, estate=estate, name="3号楼", address=f"{estate}3号楼"))
        s.add(Building(community_id=cid, estate="西湖新村", name="7号楼", address="西湖新村7号楼"))
    return cid


def _sheet(tmp_path: Path) -> Path:
    rows = [["陈富森", pid(date(1940, 3, 5), 11), "", "3", "501"],
            ["潘美兰", "", "1940年3月", "3号楼", "502"],
            ["单德全", "", "1941-07", "7栋", "101"],
            ["谌龙", "", "1942.10", "9号楼", "201"],
            ["张朝阳", "", "1950-05-06", "", ""]]
    return simple_roster(tmp_path / "roster.xlsx", rows, HEADER)


def test_ambiguous_buildings_wait_for_the_estate_and_then_import(db: Database, tmp_path: Path) -> None:
    cid = _estates(db)
    admin = helpers.admin(db)
    sheet = _sheet(tmp_path)
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid)
    assert plan.needs_estate and plan.ambiguous_count == 2 and plan.estates == ["西湖新村", "西湖花园"]
    assert [r.status for r in plan.rows[:2]] == [REFUSED, REFUSED]
    with db.session(admin) as s:
        plan = preview_import(s, admin, sheet, cid, estate="西湖花园", parsed=plan.parsed)
        assert not plan.needs_estate and plan.refused_count == 0
        result = apply_import(s, admin, plan)
    assert result.imported == 5 and result.refused == 0
    with db.session(admin) as s:
        where = {p.name: p.household.address if p.household else "" for p in s.scalars(select(Person))}
    assert where["陈富森"] == "西湖花园3号楼501" and where["潘美兰"] == "西湖花园3号楼502"
    assert where["单德全"] == "西湖新村7号楼101"          # its building is unique: stays where it is
    assert where["谌龙"] == "西湖花园9号楼201"            # a new building goes into the chosen estate


def test_an_unknown_estate_is_refused_in_one_line(db: Database, tmp_path: Path) -> None:
    cid = _estates(db)
    admin = helpers.admin(db)
    with db.session(admin) as s, pytest.raises(UserError, match="没有名为“东湖”的小区"):
        preview_import(s, admin, _sheet(tmp_path), cid, estate="东湖")


def test_year_and_month_only_are_imported_marked_and_listed(db: Database, tmp_path: Path) -> None:
    cid = _estates(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        plan = preview_import(s, admin, _sheet(tmp_path), cid, estate="西湖花园")
        assert [r.values["name"] for r in plan.partial_dates] == ["潘美兰", "单德全", "谌龙"]
        apply_import(s, admin, plan)
    with db.session(admin) as s:
        people = {p.name: p for p in s.scalars(select(Person))}
        assert people["潘美兰"].birth_date == date(1940, 3, 1) and people["潘美兰"].birth_date_partial
        assert people["谌龙"].birth_date == date(1942, 10, 1) and people["谌龙"].birth_date_partial
        assert not people["陈富森"].birth_date_partial and not people["张朝阳"].birth_date_partial
        detail = service.get_person(s, admin, people["潘美兰"].id)
    assert detail.birth_date_partial


def test_imported_names_answer_to_every_reading(db: Database, tmp_path: Path) -> None:
    cid = _estates(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        apply_import(s, admin, preview_import(s, admin, _sheet(tmp_path), cid, estate="西湖花园"))
    with db.session(admin) as s:
        for query, name in [("dandequan", "单德全"), ("shandequan", "单德全"), ("ddq", "单德全"),
                            ("chenlong", "谌龙"), ("shenlong", "谌龙"), ("zhangchaoyang", "张朝阳"),
                            ("zhangzhaoyang", "张朝阳"), ("zcy", "张朝阳")]:
            assert [r.name for r in service.search_people(s, admin, query)] == [name], query
            assert service.count_people(s, admin, query) == 1


def test_a_persons_own_reading_sorts_and_survives_a_save(db: Database) -> None:
    cid = helpers.community(db)
    admin = helpers.admin(db)
    with db.session(admin) as s:
        pid_ = service.save_person(s, admin, service.PersonInput(name="张朝阳", community_id=cid,
                                                                 reading="zhang chao yang"))
        service.save_person(s, admin, service.PersonInput(name="张兆", community_id=cid))      # zhangzhao
        d = service.get_person(s, admin, pid_)
        assert d.reading == "zhang chao yang" and d.reading_override == "zhang chao yang"
        assert [r.name for r in service.search_people(s, admin, "zhang")] == ["张朝阳", "张兆"]   # chao < zhao
        assert s.get(Person, pid_).name_pinyin == "zhangchaoyang"
        assert [r.name for r in service.search_people(s, admin, "zhangzhaoyang")] == ["张朝阳"]
        with pytest.raises(UserError):
            service.save_person(s, admin, service.PersonInput(name="张朝阳", community_id=cid, reading="zhang"),
                                pid_)
