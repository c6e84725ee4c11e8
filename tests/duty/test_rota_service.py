"""The saved rota: generation with holidays, edits, double booking, absences, swaps and covers."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, UserError
from desktop.duty import common, holidays, shifts_service, teams_service
from desktop.duty.models import DutyShift


def _shifts(world, first: date, last: date):
    with world.db.session(world.coordinator) as s:
        return shifts_service.list_shifts(s, world.coordinator, world.team_id, first, last)


def test_generated_month_is_lawful_even_and_knows_the_holidays(world) -> None:
    with world.db.session(world.coordinator) as s:
        summary = shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 10)
    rows = _shifts(world, date(2026, 10, 1), date(2026, 10, 31))
    assert summary.created == len(rows)
    traffic = {r.day for r in rows if r.post_name == "交通疏导"}
    assert not traffic & {date(2026, 10, d) for d in range(1, 8)}        # 国庆 holidays
    assert date(2026, 10, 10) in traffic                                  # make-up Saturday
    assert date(2026, 10, 17) not in traffic and date(2026, 10, 16) in traffic
    assert len([r for r in rows if r.post_name == "值班室"]) == 31 * 3
    # No double booking, rest kept, weekly limit kept, no rule broken anywhere.
    assert all(r.problems == () for r in rows), [r for r in rows if r.problems]
    per: dict[str, list] = {}
    for r in rows:
        if r.member_id:
            per.setdefault(r.member_id, []).append(r)
    for mine in per.values():
        mine.sort(key=lambda r: r.start)
        for a, b in zip(mine, mine[1:]):
            assert b.start - a.end >= timedelta(hours=8)
        weeks = Counter(r.day.isocalendar()[:2] for r in mine)
        assert max(weeks.values()) <= 4
    by_name = summary.counts
    assert by_name["赵师傅"] <= 2 * 5                                       # at most 2 a week
    even = [n for name, n in by_name.items() if name != "赵师傅"]
    assert max(even) - min(even) <= 1
    with world.db.session(world.coordinator) as s, pytest.raises(UserError, match="已经排过班"):
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 10)


def test_the_coordinators_table_for_2027(sqlite_world) -> None:
    world = sqlite_world
    with world.db.session(world.coordinator) as s:
        holidays.set_holiday(s, world.coordinator, date(2027, 10, 1), True, "国庆节")
        holidays.set_holiday(s, world.coordinator, date(2027, 9, 26), False, "国庆调休")
        assert [h.day for h in holidays.list_holidays(s, world.coordinator, 2027)] == [date(2027, 9, 26),
                                                                                         date(2027, 10, 1)]
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2027, 9)
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2027, 10)
    traffic = {r.day for r in _shifts(world, date(2027, 9, 1), date(2027, 10, 31)) if r.post_name == "交通疏导"}
    assert date(2027, 9, 26) in traffic           # a Sunday made a workday by the table
    assert date(2027, 10, 1) not in traffic       # a Friday made a holiday by the table
    assert date(2027, 10, 4) in traffic
    with world.db.session(world.volunteer) as s, pytest.raises(PermissionDenied):
        holidays.set_holiday(s, world.volunteer, date(2027, 10, 2), True)


def test_edits_refuse_double_booking_and_days_away(world) -> None:
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 11)
    rows = _shifts(world, date(2026, 11, 2), date(2026, 11, 2))
    a = next(r for r in rows if r.post_name == "值班室" and r.start.hour == 8)
    b = next(r for r in rows if r.post_name == "交通疏导")           # 07:00–09:00 overlaps 08:00–12:00
    li = world.members["李秀英"]
    with world.db.session(world.coordinator) as s:
        shifts_service.assign(s, world.coordinator, a.id, li)
    with world.db.session(world.coordinator) as s, pytest.raises(UserError, match="重复排班"):
        shifts_service.assign(s, world.coordinator, b.id, li)
    with world.db.session(world.coordinator) as s:
        teams_service.add_away(s, world.coordinator, world.members["王建国"], date(2026, 11, 2), date(2026, 11, 3),
                               "回老家")
    with world.db.session(world.coordinator) as s, pytest.raises(UserError, match="请假"):
        shifts_service.assign(s, world.coordinator, b.id, world.members["王建国"])
    # Regenerating replans around the absence.
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 11, replace=True,
                                      now=common.to_utc(datetime(2026, 11, 1, 0, 0)))
    rows = _shifts(world, date(2026, 11, 1), date(2026, 11, 30))
    assert not [r for r in rows if r.member_id == world.members["王建国"] and r.day in (date(2026, 11, 2),
                                                                                       date(2026, 11, 3))]
    # Replanning later keeps what has begun: the first days stay as they are.
    before = {r.id for r in rows if r.day <= date(2026, 11, 9)}
    later = {r.id for r in rows if r.day >= date(2026, 11, 10)}
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 11, replace=True,
                                      now=common.to_utc(datetime(2026, 11, 9, 23, 0)))
    rows = _shifts(world, date(2026, 11, 1), date(2026, 11, 30))
    assert {r.id for r in rows if r.day <= date(2026, 11, 9)} == before
    replanned = {r.id for r in rows if r.day >= date(2026, 11, 10)}
    assert replanned and not replanned & later
    # An absence entered after the rota stands out as a conflict in the calendar.
    wang_shift = next(r for r in rows if r.member_id == world.members["王建国"])
    with world.db.session(world.coordinator) as s:
        teams_service.add_away(s, world.coordinator, world.members["王建国"], wang_shift.day, wang_shift.day, "住院")
    marked = next(r for r in _shifts(world, wang_shift.day, wang_shift.day) if r.id == wang_shift.id)
    assert "请假期间" in marked.problems


def test_swap_and_cover_record_who_asked_and_who_approved(sqlite_world) -> None:
    world = sqlite_world
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 12)
    rows = [r for r in _shifts(world, date(2026, 12, 7), date(2026, 12, 7)) if r.post_name == "值班室"]
    first, third = rows[0], rows[2]
    with world.db.session(world.volunteer) as s:
        rid = shifts_service.request_swap(s, world.volunteer, first.id, third.id, "家里有事")
        cid = shifts_service.request_cover(s, world.volunteer, rows[1].id, world.members["赵师傅"], "临时出差")
    with world.db.session(world.reception) as s, pytest.raises(PermissionDenied):
        shifts_service.decide_request(s, world.reception, rid, True)
    with world.db.session(world.volunteer) as s:       # the captain approves
        shifts_service.decide_request(s, world.volunteer, rid, True)
    with world.db.session(world.coordinator) as s:
        shifts_service.decide_request(s, world.coordinator, cid, False)
        reqs = {r.id: r for r in shifts_service.list_requests(s, world.coordinator, world.team_id)}
    assert reqs[rid].state == "已批准" and reqs[rid].asked_by == "陈富森" and reqs[rid].decided_by == "陈富森"
    assert reqs[cid].state == "已拒绝" and reqs[cid].decided_by == "何社工" and reqs[cid].to_name == "赵师傅"
    after = {r.id: r.member_id for r in _shifts(world, date(2026, 12, 7), date(2026, 12, 7))}
    assert after[first.id] == third.member_id and after[third.id] == first.member_id
    assert after[rows[1].id] == rows[1].member_id


def test_permissions_and_scope(world) -> None:
    with pytest.raises(PermissionDenied), world.db.session(world.reception) as s:
        teams_service.list_teams(s, world.reception)
    with pytest.raises(PermissionDenied), world.db.session(world.volunteer) as s:
        shifts_service.generate_month(s, world.volunteer, world.team_id, 2026, 10)
    with pytest.raises(PermissionDenied, match="其他社区"), world.db.session(world.outsider_worker) as s:
        shifts_service.list_shifts(s, world.outsider_worker, world.team_id, date(2026, 10, 1), date(2026, 10, 2))
    with world.db.session(world.outsider_worker) as s:
        assert teams_service.list_teams(s, world.outsider_worker) == []
    with world.db.session(world.coordinator) as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied")).all()
    assert len(denied) >= 3


def test_members_roster_people_and_outsiders(sqlite_world) -> None:
    world = sqlite_world
    with world.db.session(world.coordinator) as s:
        team = teams_service.get_team(s, world.coordinator, world.team_id)
        members = teams_service.list_members(s, world.coordinator, world.team_id)
    assert team.captain == "陈富森" and team.members == 9 and team.building_label == "西湖花园6号楼"
    zhao = next(m for m in members if m.name == "赵师傅")
    assert zhao.outsider and zhao.phone == "13902201234"
    with world.db.session(world.coordinator) as s:
        teams_service.set_captain(s, world.coordinator, world.members["李秀英"])
        assert teams_service.get_team(s, world.coordinator, world.team_id).captain == "李秀英"
    with world.db.session(world.coordinator) as s, pytest.raises(UserError, match="已经在服务队"):
        teams_service.save_member(s, world.coordinator, world.team_id,
                                  teams_service.MemberInput(person_id=world.people["王建国"]))


def test_shift_times_are_shanghai_wall_clock(sqlite_world) -> None:
    world = sqlite_world
    with world.db.session(world.coordinator) as s:
        shifts_service.generate_month(s, world.coordinator, world.team_id, 2026, 10)
        sh = s.scalars(select(DutyShift).where(DutyShift.day == date(2026, 10, 12))
                       .order_by(DutyShift.start_at)).first()
    assert sh.start_at.hour == 23 and sh.start_at.date() == date(2026, 10, 11)     # 07:00 local
    assert common.to_local_naive(sh.start_at) == datetime(2026, 10, 12, 7, 0)
