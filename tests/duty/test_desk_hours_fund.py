"""Guard desk (check-in/out, no-shows, rounds, log), hours with corrections and certificates, fund."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.security import SYSTEM
from desktop.duty import attendance, common, desk_service, fund, hours, log_service, rounds_service, shifts_service
from desktop.duty.models import DutyShift
from desktop.volunteers import duty_certificates
from desktop.volunteers.certificates import OverlapWarning

DAY = date(2026, 11, 10)   # a Tuesday


def at(h: int, m: int = 0, day: date = DAY) -> datetime:
    return common.to_utc(datetime.combine(day, time(h, m)))


def _month(world) -> dict[tuple[str, int], shifts_service.ShiftRow]:
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 11)
        rows = shifts_service.list_shifts(s, world.coordinator, world.team_id, DAY, DAY, now=at(0))
    return {(r.post_name, r.start.hour): r for r in rows}


def test_guard_desk_day(world) -> None:
    shifts = _month(world)
    morning, noon, evening = shifts[("值班室", 8)], shifts[("值班室", 12)], shifts[("值班室", 18)]
    v, chen = world.volunteer, world.members["陈富森"]
    with world.db.session(world.coordinator) as s:
        for sh in (morning, noon):
            s.get(DutyShift, sh.id).member_id = chen
    with world.db.session(v) as s:
        on_time = attendance.start_shift(s, v, morning.id, now=at(8, 7))
    assert on_time.on_time and on_time.late_minutes == 7 and on_time.text == "准时到岗"
    with world.db.session(v) as s, pytest.raises(UserError, match="已在 08:07 开始"):
        attendance.start_shift(s, v, morning.id, now=at(8, 9))
    with world.db.session(v) as s:
        now = desk_service.desk_now(s, v, world.team_id, now=at(9, 0))
    assert morning.id in [r.id for r in now.now] and all(r.start.hour == 8 for r in now.now)
    assert all(r.start.hour == 12 for r in now.next) and noon.id in [r.id for r in now.next]
    assert now.end.available and now.end.shift.id == morning.id and not now.start.available
    # Rounds: 10:00 walked in time, 16:00 missed (nobody walked it by 16:30).
    with world.db.session(v) as s:
        done = rounds_service.check_round(s, v, world.posts["值班室"], datetime(2026, 11, 10, 10, 0), now=at(10, 5))
    assert done.state == rounds_service.DONE and done.label == "值班室 10:00"
    with world.db.session(v) as s, pytest.raises(UserError, match="值班室 10:00 的巡查已经打过卡"):
        rounds_service.check_round(s, v, world.posts["值班室"], datetime(2026, 11, 10, 10, 0), now=at(10, 6))
    with world.db.session(v) as s:
        attendance.end_shift(s, v, morning.id, now=at(12, 1))
        late = attendance.start_shift(s, v, noon.id, now=at(12, 25))
    assert not late.on_time and late.late_minutes == 25 and late.text == "迟到 25 分钟"
    with world.db.session(v) as s:
        still_on = desk_service.desk_now(s, v, world.team_id, now=at(18, 5))
        attendance.end_shift(s, v, noon.id, now=at(18, 6))
        evening_view = desk_service.desk_now(s, v, world.team_id, now=at(18, 30))
    # At 18:05 his noon shift is still open: it is on the board, its missed 16:00 round an alert.
    assert noon.id in [r.id for r in still_on.now] and still_on.end.shift.id == noon.id
    assert "漏巡：值班室 16:00" in [a.text for a in still_on.alerts]
    rounds = {r.due.hour: r.state for r in evening_view.rounds}
    assert rounds == {10: rounds_service.DONE, 16: rounds_service.MISSED, 20: rounds_service.LATER}
    assert [r.due.hour for r in evening_view.missed_rounds] == [16]
    # Alerts are of the current shift only: the evening no-show, not the morning's traffic no-show.
    assert [a.kind for a in evening_view.alerts] == ["未到岗"] and evening.member_name in evening_view.alerts[0].text
    with world.db.session(world.coordinator) as s:
        ns = desk_service.no_shows(s, world.coordinator, world.team_id, DAY, DAY, now=at(18, 9))
    assert evening.id not in [r.id for r in ns] and shifts[("交通疏导", 7)].id in [r.id for r in ns]
    # Duty log.
    with world.db.session(v) as s:
        log_service.add_log(s, v, world.team_id, "来访", "5楼住户亲戚来访，已登记", at=at(9, 30))
        log_service.add_log(s, v, world.team_id, "交通", "门前电动车乱停，已劝离", at=at(17, 45))
        with pytest.raises(ValidationError):
            log_service.add_log(s, v, world.team_id, "闲聊", "x")
        log = log_service.list_log(s, v, world.team_id, DAY, DAY)
    assert [(e.kind, e.author) for e in log] == [("交通", "陈富森"), ("来访", "陈富森")]
    with pytest.raises(PermissionDenied), world.db.session(world.reception) as s:
        log_service.add_log(s, world.reception, world.team_id, "事件", "x")
    with pytest.raises(PermissionDenied), world.db.session(world.reception) as s:
        attendance.start_shift(s, world.reception, evening.id, now=at(18, 20))


def test_hours_from_check_ins_activity_help_and_corrections(world) -> None:
    from desktop.activities.models import Activity, ActivityHelper

    shifts = _month(world)
    morning = shifts[("值班室", 8)]
    with world.db.session(world.coordinator) as s:
        sh = s.get(DutyShift, morning.id)
        sh.member_id = world.members["李秀英"]
    li_desk = replace(world.volunteer, id=None, display_name="李秀英")     # 李秀英 at the desk
    with world.db.session(li_desk) as s:
        attendance.start_shift(s, li_desk, morning.id, now=at(8, 0))
        attendance.end_shift(s, li_desk, morning.id, now=at(12, 0))
    with world.db.session(SYSTEM) as s:
        a = Activity(title="重阳敬老活动", community_id=world.community_id, starts_at=at(14, 0, date(2026, 11, 12)),
                     ends_at=at(16, 0, date(2026, 11, 12)))
        s.add(a)
        s.flush()
        s.add(ActivityHelper(activity_id=a.id, person_id=world.people["李秀英"], minutes=150, role="志愿者"))
    li = world.members["李秀英"]
    with world.db.session(world.coordinator) as s:
        with pytest.raises(ValidationError, match="原因"):
            hours.correct_hours(s, world.coordinator, li, date(2026, 11, 11), 60, "  ")
        cid = hours.correct_hours(s, world.coordinator, li, date(2026, 11, 11), 45, "忘记打卡，队长证实")
    with world.db.session(world.coordinator) as s:
        [row] = [r for r in hours.hours_for(s, world.coordinator, world.team_id, date(2026, 11, 1),
                                            date(2026, 11, 30)) if r.member_id == li]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "duty_hours_corrections",
                                                   AuditEntry.entity_id == cid)).one()
    assert (row.duty_minutes, row.activity_minutes, row.correction_minutes) == (240, 150, 45)
    assert row.total_minutes == 435 and row.hours == 7.2 and row.shifts == 1
    assert entry.actor_name == "sw" and json.loads(entry.changes)["reason"][1] == "忘记打卡，队长证实"
    with pytest.raises(PermissionDenied), world.db.session(world.volunteer) as s:
        hours.correct_hours(s, world.volunteer, li, date(2026, 11, 11), 600, "多记一点")
    # Certificates: serial numbers unique and increasing, the ID masked, an overlapping period named first.
    with world.db.session(world.coordinator) as s:
        hours.correct_hours(s, world.coordinator, world.members["陈富森"], date(2026, 11, 3), 120, "补录巡楼")
        first = duty_certificates.issue_certificate(s, world.coordinator, li, date(2026, 11, 1), date(2026, 11, 30),
                                        issued_on=date(2026, 12, 1))
        second = duty_certificates.issue_certificate(s, world.coordinator, world.members["陈富森"], date(2026, 11, 1),
                                         date(2026, 11, 30), issued_on=date(2026, 12, 1))
        with pytest.raises(OverlapWarning, match="FCZY-2026-00001（2026-11-01 至 2026-11-30，") as warned:
            duty_certificates.issue_certificate(s, world.coordinator, li, date(2026, 11, 15), date(2026, 11, 30),
                                    issued_on=date(2026, 12, 2))
        assert [c.serial for c in warned.value.existing] == [first.serial]
        third = duty_certificates.issue_certificate(s, world.coordinator, li, date(2026, 11, 1), date(2026, 11, 30),
                                        issued_on=date(2026, 12, 2), confirm_overlap=True)
        with pytest.raises(ValidationError, match="没有志愿服务时长"):
            duty_certificates.issue_certificate(s, world.coordinator, world.members["赵师傅"], date(2026, 1, 1),
                                    date(2026, 1, 31))
        register = duty_certificates.team_register(s, world.coordinator, world.team_id)
    serials = [c.serial for c in register]
    assert serials == [first.serial, second.serial, third.serial] == sorted(set(serials))
    assert [c.serial for c in (first, second, third)] == ["FCZY-2026-00001", "FCZY-2026-00002", "FCZY-2026-00003"]
    assert second.id_shown == "441802********0018" and first.minutes == 435
    assert "西湖社区" in first.organisation and first.responsible and first.contact


def test_fund_statement_balances_with_the_charity_sale(world) -> None:
    c = world.coordinator
    with world.db.session(c) as s:
        fund.add_entry(s, c, world.team_id, date(2026, 5, 2), fund.INCOME, 50000, "社区资助", "启动经费")
        fund.add_entry(s, c, world.team_id, date(2026, 6, 1), fund.EXPENSE, 12850, "物资", "反光背心、手电筒")
        sale = fund.create_sale(s, c, world.team_id, "点燃诚信之火", date(2026, 6, 6), "6号楼门前")
        items = [fund.add_item(s, c, sale, name, price, household_id=world.households[i])
                 for i, (name, price) in enumerate([("手工布鞋", 3000), ("盆栽绿萝", 1500), ("旧书一套", 2000)])]
        fund.sell_item(s, c, items[0], 3500, "邻居")
        fund.sell_item(s, c, items[1], 1200)
        fund.return_item(s, c, items[2])
        with pytest.raises(UserError, match="已经退回"):
            fund.sell_item(s, c, items[2], 100)
        with pytest.raises(ValidationError):
            fund.add_entry(s, c, world.team_id, date(2026, 6, 2), fund.EXPENSE, -5, "x")
        fund.add_entry(s, c, world.team_id, date(2026, 7, 1), fund.EXPENSE, 3000, "活动", "端午包粽子")
        st = fund.statement(s, c, world.team_id, date(2026, 6, 1), date(2026, 6, 30))
        whole = fund.statement(s, c, world.team_id, date(2026, 1, 1), date(2026, 12, 31))
        summary = fund.sale_summary(s, c, sale)
    assert st.opening_fen == 50000
    assert st.income_fen == 4700 and st.expense_fen == 12850
    assert st.closing_fen == 50000 + 4700 - 12850 == st.entries[-1].balance_fen and st.balances
    assert whole.closing_fen == 50000 + 4700 - 12850 - 3000 and whole.balances
    assert summary.asking_total_fen == 6500 and summary.sold_total_fen == 4700
    assert (summary.count(fund.SOLD), summary.count(fund.RETURNED)) == (2, 1)
    assert summary.items[0].donor == "西湖花园6号楼101"
    assert [x.name for x in st.sales] == ["点燃诚信之火"]
    with pytest.raises(PermissionDenied), world.db.session(world.volunteer) as s:
        fund.add_entry(s, world.volunteer, world.team_id, date(2026, 6, 1), fund.EXPENSE, 100, "x", "y")
