"""Undoing a wrong check-in or lunch: with a reason, audited, the row kept as a record, counts follow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.elder import checkin_corrections as cc
from desktop.elder import checkin_service as cs
from desktop.elder.models import ElderCheckin
from tests.elder.conftest import World


def _counts(w: World, on: date) -> tuple[int, int]:
    with w.db.session(w.reception) as s:
        d = cs.today_list(s, w.reception, on)
        return d.arrivals, d.lunches


def test_undo_a_checkin_keeps_the_record_and_the_counts_follow(world: World) -> None:
    on = today()
    a = world.member("潘美兰", "13802345678")
    world.member("陈福森", "13802341111")
    with world.db.session(world.reception) as s:
        first = cs.checkin(s, world.reception, "5678", lunch=True, on=on)
        cs.checkin(s, world.reception, "1111", lunch=True, on=on)
    assert _counts(world, on) == (2, 2)
    with world.db.session(world.reception) as s:
        done = cc.undo_checkin(s, world.reception, first.checkin_id, "  刷错卡\n（是她女儿的卡）", on=on)
    assert "潘美兰" in done.message and "午餐一并撤销" in done.message
    assert _counts(world, on) == (1, 1)
    with world.db.session(world.reception) as s:
        row = s.get(ElderCheckin, first.checkin_id)
        assert row.cancelled_at is not None and row.deleted_at is None and row.lunch
        assert (row.cancelled_by, row.cancel_reason) == ("desk1", "刷错卡 （是她女儿的卡）")
        day = cs.today_list(s, world.reception, on)
        assert [c.checkin_id for c in day.cancelled] == [first.checkin_id]
        assert all(r.checkin_id != first.checkin_id for r in day.rows)
        trail = s.execute(select(AuditEntry.changes, AuditEntry.detail)
                          .where(AuditEntry.entity == "elder_checkins", AuditEntry.entity_id == first.checkin_id)).all()
        assert any(c and "cancel_reason" in c for c, _d in trail)
        assert any(d and "撤销签到" in d and "刷错卡" in d for _c, d in trail)
        # The member really comes later: checked in again, one live check-in.
        again = cs.checkin(s, world.reception, "QC000001", on=on)
        assert again.status == cs.CHECKED_IN and again.checkin_id != first.checkin_id and again.member.id == a
        assert cs.checkin(s, world.reception, "QC000001", on=on).status == cs.ALREADY
        with pytest.raises(UserError, match="已经撤销"):
            cc.undo_checkin(s, world.reception, first.checkin_id, "再来一次", on=on)
    assert _counts(world, on) == (2, 1)


def test_undo_a_lunch_keeps_the_arrival(world: World) -> None:
    on = today()
    world.member("潘美兰", "13802345678")
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "5678", lunch=True, on=on)
        cc.undo_lunch(s, world.reception, r.checkin_id, "误点了午餐", on=on)
        assert cs.today_list(s, world.reception, on).lunches == 0
        with pytest.raises(UserError, match="没有登记午餐"):
            cc.undo_lunch(s, world.reception, r.checkin_id, "误点了午餐", on=on)
        # Asking for lunch again (she stays after all) adds it back to the same check-in.
        back = cs.checkin(s, world.reception, "5678", lunch=True, on=on)
        assert back.status == cs.ALREADY and "补登午餐" in back.message and back.checkin_id == r.checkin_id
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.entity_id == r.checkin_id)).all()
    assert any(d and "撤销午餐" in d and "误点了午餐" in d for d in detail)
    assert _counts(world, on) == (1, 1)


@pytest.mark.parametrize("reason", ["", "   ", "\u200b\u200b", "\n\t"])
def test_a_reason_is_required(world: World, reason: str) -> None:
    world.member("潘美兰", "13802345678")
    with world.db.session(world.reception) as s:
        r = cs.checkin(s, world.reception, "5678", on=today())
    with pytest.raises(ValidationError):
        with world.db.session(world.reception) as s:
            cc.undo_checkin(s, world.reception, r.checkin_id, reason)
    with pytest.raises(ValidationError, match="太长"):
        with world.db.session(world.reception) as s:
            cc.undo_checkin(s, world.reception, r.checkin_id, "长" * (cc.MAX_REASON + 1))
    assert _counts(world, today()) == (1, 0)


def test_only_todays_checkins_are_corrected_at_the_desk_and_only_by_the_desk(world: World) -> None:
    world.member("潘美兰", "13802345678")
    yesterday = today() - timedelta(days=1)
    with world.db.session(world.reception) as s:
        old = cs.checkin(s, world.reception, "5678", lunch=True, on=yesterday)
    with pytest.raises(UserError, match="只能撤销今天的签到"):
        with world.db.session(world.reception) as s:
            cc.undo_checkin(s, world.reception, old.checkin_id, "刷错卡")
    volunteer = Actor(id=None, username="v", display_name="志愿者", role=Role.DUTY_VOLUNTEER)
    with pytest.raises(PermissionDenied):
        with world.db.session(volunteer) as s:
            cc.undo_lunch(s, volunteer, old.checkin_id, "误点")
    with world.db.session(world.reception) as s:
        month = cs.attendance_by_day(s, world.reception, yesterday, yesterday)
    assert [(d.arrivals, d.lunches) for d in month] == [(1, 1)]


@pytest.mark.date_sensitive
def test_cancelled_checkins_leave_the_days_and_the_months_figures(world: World) -> None:
    on = today()
    world.member("潘美兰", "13802345678")
    world.member("陈福森", "13802341111")
    with world.db.session(world.reception) as s:
        a = cs.checkin(s, world.reception, "5678", lunch=True)
        cs.checkin(s, world.reception, "1111", lunch=True)
        assert a.checked_in_at is not None and cs.today_list(s, world.reception).day == on
        cc.undo_checkin(s, world.reception, a.checkin_id, "刷错卡")
        figures = cs.attendance_by_day(s, world.reception, on.replace(day=1), on)
    assert [(d.day, d.arrivals, d.lunches) for d in figures] == [(on, 1, 1)]
