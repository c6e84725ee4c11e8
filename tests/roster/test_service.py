"""Roster service on both back ends: saving, validation, scope, masking, delete/undo, moves, history."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditAction, AuditEntry
from desktop.core.db import Database
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.idcard import make_id
from desktop.core.roles import Role
from desktop.roster import service
from desktop.roster.models import HouseholdMove, Person
from desktop.roster.service import PersonInput
from tests import helpers

CFS_ID = make_id("441802", date(1956, 3, 5), 11)


@pytest.fixture
def world(db: Database):
    west = helpers.community(db, "西湖社区")
    back = helpers.community(db, "后街社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        b6 = service.ensure_building(s, admin, west, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, admin, b6, "", "501")
        h601 = service.ensure_household(s, admin, b6, "", "601")
        cfs = service.save_person(s, admin, PersonInput(name="陈富森", id_number=CFS_ID, phone="138 1234 5678",
                                                         household_id=h501, tags=["独居老人"]))
        other = service.save_person(s, admin, PersonInput(name="李丽华", phone="13900001111", household_id=h601))
        jie = service.save_person(s, admin, PersonInput(name="梁俊杰", phone="13700002222", community_id=back))
    return dict(db=db, admin=admin, west=west, back=back, b6=b6, h501=h501, h601=h601, cfs=cfs, other=other,
                jie=jie)


def names(rows) -> list[str]:  # noqa: ANN001
    return [r.name for r in rows]


def test_save_normalises_derives_and_validates_per_field(world) -> None:
    db, admin = world["db"], world["admin"]
    with db.session(admin) as s:
        d = service.get_person(s, admin, world["cfs"])
    assert (d.birth_date, d.sex, d.phone, d.id_number) == (date(1956, 3, 5), "M", "13812345678", CFS_ID)
    assert d.address == "西湖花园6号楼501" and d.tags == ["独居老人"] and d.community_name == "西湖社区"
    bad = PersonInput(name="", id_number=CFS_ID[:-1] + ("0" if CFS_ID[-1] != "0" else "1"), phone="12345",
                      residence_type="外地", community_id=world["west"])
    errors = service.validate_person(bad)
    assert set(errors) >= {"name", "id_number", "phone", "residence_type"}
    mismatch = PersonInput(name="王五", id_number=CFS_ID, birth_date=date(1957, 1, 1), sex="女")
    errors = service.validate_person(mismatch)
    assert "出生日期与身份证号不符" in errors["birth_date"] and "性别与身份证号不符" in errors["sex"]
    with db.session(admin) as s, pytest.raises(ValidationError) as exc:
        service.save_person(s, admin, PersonInput(name="陈富森", id_number=CFS_ID.lower(), community_id=world["west"]))
    assert "已登记为陈富森" in exc.value.fields["id_number"]
    with db.session(admin) as s, pytest.raises(ValidationError) as exc:
        service.save_person(s, admin, PersonInput(name="某人", tags=["不存在的标签"], community_id=world["west"]))
    assert "未知标签" in exc.value.fields["tags"]


QUERIES = ["陈", "富", "富森", "陈富森", "cfs", "cf", "c f s", "chenfusen", "fusen", "5678", "12345678",
           "138-1234-5678", "６号楼５０１", "6号楼501", "6号楼", "西湖花园", "独居老人", "独居", "陈 6号楼"]


def test_one_box_finds_each_kind_of_query(world) -> None:
    db, admin = world["db"], world["admin"]
    with db.session(admin) as s:
        for query in QUERIES:
            rows = service.search_people(s, admin, query)
            assert "陈富森" in names(rows), query
            assert service.count_people(s, admin, query) == len(rows), query
            if query not in ("6号楼", "西湖花园", "c f s"):
                assert "李丽华" not in names(rows), query   # 李丽华 lives in 6号楼601: no match for the rest


def test_no_match_and_rare_names_survive(world) -> None:
    db, admin = world["db"], world["admin"]
    rare = ["𠮷祥", "陈䶮", "阿依古丽·买买提"]
    with db.session(admin) as s:
        ids = [service.save_person(s, admin, PersonInput(name=n, community_id=world["west"])) for n in rare]
    with db.session(admin) as s:
        assert [service.get_person(s, admin, i).name for i in ids] == rare
        assert names(service.search_people(s, admin, "𠮷")) == ["𠮷祥"]
        assert names(service.search_people(s, admin, "𠮷祥")) == ["𠮷祥"]
        assert names(service.search_people(s, admin, "䶮")) == ["陈䶮"]
        assert names(service.search_people(s, admin, "买买提")) == ["阿依古丽·买买提"]
        assert names(service.search_people(s, admin, "阿依古丽·买买提")) == ["阿依古丽·买买提"]
        assert names(service.search_people(s, admin, "jx")) == ["𠮷祥"]
        assert service.search_people(s, admin, "诸葛") == []
        assert service.count_people(s, admin, "zzzz") == 0


@pytest.mark.date_sensitive
def test_sorting_paging_and_filters_in_sql(world) -> None:
    db, admin, west = world["db"], world["admin"], world["west"]
    with db.session(admin) as s:
        for i in range(30):
            service.save_person(s, admin, PersonInput(name=f"黄{'伟强明'[i % 3]}{i}", community_id=west,
                                                      birth_date=date(1940 + i, 1, 1),
                                                      tags=["空巢老人"] if i % 5 == 0 else []))
    with db.session(admin) as s:
        total = service.count_people(s, admin, "黄")
        pages = [service.search_people(s, admin, "黄", offset=o, limit=7) for o in range(0, 35, 7)]
        flat = [r.name for p in pages for r in p]
        assert total == 30 and len(flat) == 30 and len(set(flat)) == 30
        by_age = service.search_people(s, admin, "黄", sort="age", limit=3)
        assert [r.birth_date.year for r in by_age] == [1969, 1968, 1967]
        assert service.count_people(s, admin, "", tags=["空巢老人"]) == 6
        rows = service.search_people(s, admin, "", building_id=world["b6"], limit=10)
        assert sorted(names(rows)) == sorted(["陈富森", "李丽华"])
        assert names(service.search_people(s, admin, "", household_id=world["h501"])) == ["陈富森"]
        desc = service.search_people(s, admin, "黄", descending=True, limit=30)
        assert names(desc) == list(reversed(flat))
    from desktop.core import clock
    today = clock.today()
    with db.session(admin) as s:
        for age in (59, 60, 75, 76):
            service.save_person(s, admin, PersonInput(name=f"区{age}", community_id=west,
                                                      birth_date=date(today.year - age, 1, 1)))
    with db.session(admin) as s:
        got = sorted(r.age for r in service.search_people(s, admin, "区", age_min=60, age_max=75))
    assert got == [60, 75]


def test_scope_and_permissions_are_enforced_and_audited(world) -> None:
    db, west, back = world["db"], world["west"], world["back"]
    social = helpers.actor(db, "sw", Role.SOCIAL_WORKER, ["西湖社区"])
    duty = helpers.actor(db, "duty1", Role.DUTY_VOLUNTEER, ["西湖社区"])
    reception = helpers.actor(db, "front", Role.RECEPTION, ["西湖社区"])
    with db.session(social) as s:
        assert "梁俊杰" not in names(service.search_people(s, social, ""))
        assert service.count_people(s, social, "") == 2
        assert "梁俊杰" not in names(service.search_people(s, social, "梁"))
    with pytest.raises(PermissionDenied):
        with db.session(social) as s:
            service.search_people(s, social, "", community_id=back)
    with pytest.raises(PermissionDenied):
        with db.session(duty) as s:
            service.search_people(s, duty, "陈")
    with pytest.raises(PermissionDenied):
        with db.session(social) as s:
            service.get_person(s, social, world["jie"])
    with pytest.raises(PermissionDenied):
        with db.session(reception) as s:
            service.save_person(s, reception, PersonInput(name="新人", community_id=west))
    with db.session(reception) as s:
        d = service.get_person(s, reception, world["cfs"])
        row = service.search_people(s, reception, "cfs")[0]
    assert d.id_number == "441802********" + CFS_ID[-4:] and not d.id_full
    assert row.id_masked == d.id_number
    with db.session(social) as s:
        assert service.get_person(s, social, world["cfs"]).id_number == CFS_ID
    with db.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.DENIED.value)).all()
        views = s.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.VIEW.value,
                                                   AuditEntry.entity_id == world["cfs"])).all()
    assert {e.actor_name for e in denied} >= {"sw", "duty1", "front"}
    assert [e.actor_name for e in views] == ["sw"]            # the full ID was seen by sw only


def test_soft_delete_and_undo(world) -> None:
    db, admin = world["db"], world["admin"]
    with db.session(admin) as s:
        service.delete_person(s, admin, world["cfs"])
    with db.session(admin) as s:
        assert service.search_people(s, admin, "cfs") == []
        assert service.count_people(s, admin, "陈") == 0
        gone = service.search_people(s, admin, "陈", include_deleted=True)
        assert names(gone) == ["陈富森"] and gone[0].deleted
        assert s.get(Person, world["cfs"]) is not None            # still there
        service.restore_person(s, admin, world["cfs"])
    with db.session(admin) as s:
        assert names(service.search_people(s, admin, "cfs")) == ["陈富森"]
        actions = [h.action for h in service.person_history(s, admin, world["cfs"])]
    assert "删除" in actions and "恢复" in actions


def test_move_keeps_history_and_updates_search(world) -> None:
    db, admin = world["db"], world["admin"]
    with db.session(admin) as s:
        h702 = service.ensure_household(s, admin, world["b6"], "", "702")
        service.move_person(s, admin, world["cfs"], h702, date(2026, 5, 1))
    with db.session(admin) as s:
        d = service.get_person(s, admin, world["cfs"])
        assert d.address == "西湖花园6号楼702"
        assert [(m.from_address, m.to_address) for m in d.moves] == [("西湖花园6号楼501", "西湖花园6号楼702")]
        assert names(service.search_people(s, admin, "6号楼702")) == ["陈富森"]
        assert service.search_people(s, admin, "6号楼501") == []
        assert s.scalar(select(HouseholdMove.moved_on)) == date(2026, 5, 1)
        with pytest.raises(UserError):
            service.move_person(s, admin, world["cfs"], h702, date(2026, 5, 2))
        tree = {c.name: c for c in service.roster_tree(s, admin)}
    west = tree["西湖社区"]
    assert west.count == 2 and west.buildings[0].label == "西湖花园6号楼" and west.buildings[0].count == 2
    assert [(h.room, h.count) for h in west.buildings[0].households] == [("501", 0), ("601", 1), ("702", 1)]
    assert tree["后街社区"].unhoused == 1


def test_history_is_field_level_with_who_and_masked_ids(world) -> None:
    db, admin = world["db"], world["admin"]
    social = helpers.actor(db, "sw2", Role.SOCIAL_WORKER, ["西湖社区"], display_name="刘淑君")
    with db.session(social) as s:
        service.save_person(s, social, PersonInput(name="陈富森", id_number=CFS_ID, phone="13812345679",
                                                   household_id=world["h501"], tags=["独居老人", "重点关注"]),
                            world["cfs"])
    with db.session(admin) as s:
        rows = service.person_history(s, admin, world["cfs"])
    changed = {(r.field, r.before, r.after, r.actor_name) for r in rows if r.action == "修改"}
    assert ("电话", "13812345678", "13812345679", "sw2") in changed
    assert ("标签", "独居老人", "独居老人,重点关注", "sw2") in changed
    created = [r for r in rows if r.action == "新建"]
    assert ("身份证号", "441802********" + CFS_ID[-4:]) in {(r.field, r.after) for r in created}
    assert all(CFS_ID not in (r.before + r.after) for r in rows)
