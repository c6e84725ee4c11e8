"""An import's merges written in bulk: the same audit trail, history, moves, keys and version guard
as an edit through the session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster import service
from desktop.roster.import_merge import write_merges
from desktop.roster.import_service import apply_import, preview_import
from desktop.roster.models import HouseholdMove, Person
from desktop.roster.records import person_history
from tests import helpers
from tests.roster.roster_sheets import pid, simple_roster

ADMIN = Actor(id=None, username="admin", display_name="管理员", role=Role.ADMIN)
NUMBER = pid(date(1948, 6, 1), 33)


def _registered(db: Database, cid: str, *, deleted: bool = False) -> str:
    with db.session(ADMIN) as s:
        pid_ = service.save_person(s, ADMIN, service.PersonInput(
            name="黄桂英", id_number=NUMBER, phone="13700001111", community_id=cid, tags=("独居老人",)))
    if deleted:
        with db.session(ADMIN) as s:
            service.delete_person(s, ADMIN, pid_)
    return pid_


def test_merge_is_audited_field_by_field_and_shows_in_history(db: Database, tmp_path: Path) -> None:
    cid = helpers.community(db)
    person = _registered(db, cid)
    sheet = simple_roster(tmp_path / "a.xlsx", [["黄桂英", NUMBER, "13900009999", "西湖花园6号楼502"]],
                          header=["姓名", "身份证号码", "联系电话", "住址"])
    with db.session(ADMIN) as s:
        result = apply_import(s, ADMIN, preview_import(s, ADMIN, sheet, cid))
    assert result.merged == 1
    with db.session(ADMIN) as s:
        p = s.get(Person, person)
        assert (p.phone, p.version, p.updated_by) == ("13900009999", 2, "admin")
        assert p.household is not None and p.household.address.endswith("6号楼502")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == person, AuditEntry.action == "update")
                          ).one()
        changes = entry.changes_dict()
        assert changes["phone"] == ["13700001111", "13900009999"]
        assert changes["household_id"][0] is None and changes["household_id"][1] == p.household_id
        move = s.scalars(select(HouseholdMove).where(HouseholdMove.person_id == person)).one()
        assert move.to_household_id == p.household_id and move.note == "导入花名册"
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "household_moves",
                                                  AuditEntry.entity_id == move.id)).one().action == "create"
        history = person_history(s, ADMIN, person)
        assert ("修改", "电话", "13700001111", "13900009999") in [(h.action, h.field, h.before, h.after) for h in history]
        for query in ("9999", "6号楼502", "hgy"):
            assert person in {r.id for r in service.search_people(s, ADMIN, query, community_id=cid)}, query
        assert not service.search_people(s, ADMIN, "13700001111", community_id=cid)


def test_a_deleted_person_in_the_sheet_comes_back(db: Database, tmp_path: Path) -> None:
    cid = helpers.community(db)
    person = _registered(db, cid, deleted=True)
    sheet = simple_roster(tmp_path / "a.xlsx", [["黄桂英", NUMBER, "", ""]])
    with db.session(ADMIN) as s:
        apply_import(s, ADMIN, preview_import(s, ADMIN, sheet, cid))
    with db.session(ADMIN) as s:
        assert s.get(Person, person).deleted_at is None
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == person)
                         .order_by(AuditEntry.at.desc())).first() == "restore"
        assert [r.id for r in service.search_people(s, ADMIN, "黄桂英", community_id=cid)] == [person]


def test_a_person_changed_elsewhere_stops_the_merge(db: Database) -> None:
    cid = helpers.community(db)
    person = _registered(db, cid)
    values = dict(name="黄桂英", sex="", birth_date=None, ethnicity="", phone="13900009999", phone2="",
                  relation="", residence_type="", tags=(), notes="")
    with db.session(ADMIN) as s:
        stale = s.get(Person, person)
        with db.session(ADMIN) as other:                    # another desk saves first
            other.get(Person, person).notes = "另一台电脑的修改"
        with pytest.raises(UserError, match="重新预览"):
            write_merges(s, ADMIN, [(stale, values, None)], cid, {})
        s.rollback()
    with db.session() as s:
        p = s.get(Person, person)
        assert (p.phone, p.notes, p.version) == ("13700001111", "另一台电脑的修改", 2)
