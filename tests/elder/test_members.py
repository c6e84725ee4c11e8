"""Membership: eligibility rules (configurable, exception with a reason), numbers, status history,
renewal, health notes hidden from reception and audited for permitted roles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.elder import members_service as ms
from desktop.elder import member_rules as rules
from tests.elder.conftest import ON, World


def test_eligibility_age_residence_and_exception(world: World) -> None:
    young = world.person("潘美兰", date(1968, 5, 2), "13802345678")
    with world.db.session(world.worker) as s:
        with pytest.raises(ValidationError) as e:
            ms.register_member(s, world.worker, ms.MemberInput(person_id=young), on=ON)
    assert "未满 60 岁" in e.value.fields["eligibility"]
    with world.db.session(world.worker) as s:
        mid = ms.register_member(s, world.worker, ms.MemberInput(
            person_id=young, join_date=date(2013, 4, 1), eligibility_exception="组织者、志愿者会员"), on=ON)
        d = ms.get_member(s, world.worker, mid, on=ON)
    assert d.eligibility_exception == "组织者、志愿者会员" and d.join_date == date(2013, 4, 1)
    assert d.age == 58
    outsider = world.person("外来伯", date(1940, 1, 1), household=False, residence_type="流动")
    with world.db.session(world.worker) as s:
        with pytest.raises(ValidationError) as e2:
            ms.register_member(s, world.worker, ms.MemberInput(person_id=outsider), on=ON)
    assert "居住" in e2.value.fields["eligibility"]
    # The rules live in the database: lower the age, drop the residence rule.
    with world.db.session(world.worker) as s:
        rules.set_rule(s, world.worker, "min_age", "55")
        rules.set_rule(s, world.worker, "residence_required", "0")
    other = world.person("李阿姨", date(1969, 1, 1))
    with world.db.session(world.worker) as s:
        ms.register_member(s, world.worker, ms.MemberInput(person_id=other), on=ON)
        ms.register_member(s, world.worker, ms.MemberInput(person_id=outsider), on=ON)
        with pytest.raises(ValidationError):
            rules.set_rule(s, world.worker, "min_age", "六十")
    with world.db.session(world.worker) as s:
        with pytest.raises(ValidationError) as e3:
            ms.register_member(s, world.worker, ms.MemberInput(person_id=other), on=ON)
    assert "已经是中心会员" in e3.value.fields["person_id"]


def test_member_numbers_status_history_and_renewal(world: World) -> None:
    a = world.member("陈福森", "13800000001")
    b = world.member("黄少珍", "13800000002", valid_until=date(2026, 12, 31))
    with world.db.session(world.worker) as s:
        na, nb = (ms.get_member(s, world.worker, x, on=ON).member_no for x in (a, b))
        assert (na, nb) == ("QC000001", "QC000002")
        ms.change_status(s, world.worker, a, "暂停", date(2026, 3, 1), "住院")
        with pytest.raises(UserError):
            ms.change_status(s, world.worker, a, "暂停", date(2026, 3, 2))
        ms.change_status(s, world.worker, a, "在册", date(2026, 4, 1), "出院")
        ms.change_status(s, world.worker, a, "去世", date(2026, 9, 1))
        with pytest.raises(UserError):
            ms.change_status(s, world.worker, a, "在册", date(2026, 9, 2))
        hist = ms.get_member(s, world.worker, a, on=ON).history
        assert [(h.status, h.changed_on) for h in hist] == [
            ("在册", date(2020, 1, 1)), ("暂停", date(2026, 3, 1)), ("在册", date(2026, 4, 1)),
            ("去世", date(2026, 9, 1))]
        assert "已过期" in ms.get_member(s, world.worker, b, on=date(2027, 1, 5)).flags
        ms.renew(s, world.worker, b, date(2027, 12, 31), on=date(2027, 1, 5))
        d = ms.get_member(s, world.worker, b, on=date(2027, 1, 5))
    assert d.valid_until == date(2027, 12, 31) and d.recheck_date == date(2028, 1, 5)
    assert "已过期" not in d.flags and "待复核" not in d.flags


def test_health_notes_masked_for_reception_and_read_audited(world: World) -> None:
    mid = world.member("潘美兰", "13802345678", allergies="青霉素过敏", chronic="高血压")
    with world.db.session(world.reception) as s:
        d = ms.get_member(s, world.reception, mid, on=ON)
        assert not d.health_visible and d.allergies == ms.HEALTH_MASK and d.chronic == ms.HEALTH_MASK
        with pytest.raises(PermissionDenied):
            ms.save_health(s, world.reception, mid, allergies="", chronic="")
    with world.db.session(world.worker) as s:
        views_before = len(s.scalars(select(AuditEntry).where(AuditEntry.entity == "elder_health",
                                                              AuditEntry.action == "view")).all())
        d = ms.get_member(s, world.worker, mid, on=ON)
    assert d.health_visible and d.allergies == "青霉素过敏" and d.chronic == "高血压"
    with world.db.session(world.worker) as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.entity == "elder_health",
                                                   AuditEntry.action == "view")).all()
        created = s.scalars(select(AuditEntry).where(AuditEntry.entity == "elder_health",
                                                     AuditEntry.action == "create")).all()
    assert len(views) == views_before + 1 and views[-1].actor_name == "sw21" and views[-1].entity_id == mid
    # The audit trail itself never holds the health text.
    assert created and all("青霉素" not in (c.changes or "") for c in created)


def test_search_members_by_name_number_phone_and_initials(world: World) -> None:
    a = world.member("陈福森", "13802341111")
    world.member("李桂英", "13700002222", category="空巢")
    with world.db.session(world.reception) as s:
        assert [r.id for r in ms.search_members(s, world.reception, "福森", on=ON)] == [a]
        assert [r.id for r in ms.search_members(s, world.reception, "QC000001", on=ON)] == [a]
        assert [r.id for r in ms.search_members(s, world.reception, "qc-000001", on=ON)] == [a]
        assert [r.id for r in ms.search_members(s, world.reception, "ＱＣ１", on=ON)] == [a]
        assert ms.count_members(s, world.reception, "QC 000001") == 1
        assert ms.search_members(s, world.reception, "%", on=ON) == []
        assert [r.id for r in ms.search_members(s, world.reception, "1111", on=ON)] == [a]
        assert [r.id for r in ms.search_members(s, world.reception, "cf", on=ON)] == [a]
        assert [r.name for r in ms.search_members(s, world.reception, category="空巢", on=ON)] == ["李桂英"]
        assert ms.count_members(s, world.reception) == 2
        rows = ms.search_members(s, world.reception, on=ON)
    assert rows[0].address == "西湖花园6号楼501" and rows[0].community_name == "西湖社区" and rows[0].age == 76


def test_yearly_recheck_due_list(world: World) -> None:
    soon = world.member("陈福森", "13800000001", recheck_date=date(2026, 12, 10))
    world.member("黄少珍", "13800000002", recheck_date=date(2027, 6, 1))
    with world.db.session(world.worker) as s:
        due = ms.recheck_due(s, world.worker, ON, within_days=30)
        later = ms.recheck_due(s, world.worker, date(2027, 5, 20), within_days=30)
    assert [r.id for r in due] == [soon]
    assert len(later) == 2 and "待复核" in later[0].flags
