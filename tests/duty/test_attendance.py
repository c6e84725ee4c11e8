"""The guard desk's rules, on both back ends: a volunteer starts his own shift from the team's early
minutes and ends it any time after (also after its end); a shift left open is closed at its scheduled end
past the cut-off and marked 未签退 (hours never silently zero) for the captain to confirm; a cover names
the shift's member and records who took it; only the round due now is ticked, the captain enters a
missed one with a reason; the incoming volunteer acknowledges the hand-over."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core import clock
from desktop.core.clock import today
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.duty import (attendance, common, desk_service, hours, log_service, rounds_service, shifts_service,
                          teams_service)
from desktop.duty.models import CONFIRMED, UNCLOSED, DutyShift
from tests.duty.desk_helpers import desk_accounts, free_member, swap_is_clean

DAY = date(2026, 11, 10)


def at(h: int, m: int = 0, day: date = DAY) -> datetime:
    return common.to_utc(datetime.combine(day, time(h, m)))


def shift(w, name: str, start: str, end: str, day: date = DAY, post: str = "值班室") -> str:
    with w.db.session(w.coordinator) as s:
        return shifts_service.add_shift(s, w.coordinator, w.posts[post], day, common.parse_hm(start),
                                        common.parse_hm(end), w.members[name] if name else None)


def row(w, shift_id: str) -> DutyShift:
    with w.db.session(w.coordinator) as s:
        sh = s.get(DutyShift, shift_id)
        s.expunge(sh)
        return sh


def minutes_of(w, name: str, first: date = DAY, last: date = DAY) -> tuple[int, int]:
    with w.db.session(w.coordinator) as s:
        r = next(x for x in hours.hours_for(s, w.coordinator, w.team_id, first, last) if x.name == name)
    return r.duty_minutes, r.unclosed


def test_own_shift_starts_early_and_ends_after_its_end(world) -> None:
    chen = world.volunteer
    sid = shift(world, "陈富森", "19:30", "21:30")
    with world.db.session(chen) as s, pytest.raises(UserError, match="19:00 起可开始"):
        attendance.start_shift(s, chen, sid, now=at(18, 55))
    with world.db.session(chen) as s:
        board = desk_service.desk_now(s, chen, world.team_id, now=at(18, 55))
    assert not board.start.available and board.start.reason == "19:00 起可开始" and board.start.shift.id == sid
    with world.db.session(world.coordinator) as s:
        teams_service.set_early_start(s, world.coordinator, world.team_id, 40)
        with pytest.raises(ValidationError):
            teams_service.set_early_start(s, world.coordinator, world.team_id, 600)
    with world.db.session(chen) as s:
        assert desk_service.desk_now(s, chen, world.team_id, now=at(18, 55)).start.available
        result = attendance.start_shift(s, chen, sid, now=at(19, 26))
    assert result.on_time and result.late_minutes == 0 and result.member_name == "陈富森"
    # 21:40, after the scheduled end: his end is alive, start is dead and says why.
    with world.db.session(chen) as s:
        board = desk_service.desk_now(s, chen, world.team_id, now=at(21, 40))
        assert board.end.available and board.end.shift.id == sid
        assert not board.start.available and board.start.reason == "已在 19:26 开始值班"
        ended = attendance.end_shift(s, chen, sid, now=at(21, 40))
    assert ended.minutes == 134 and ended.state == "" and minutes_of(world, "陈富森") == (134, 0)
    with world.db.session(chen) as s, pytest.raises(UserError, match="已在 21:40 结束"):
        attendance.end_shift(s, chen, sid, now=at(21, 41))


def test_start_and_end_act_for_the_signed_in_member_only(world) -> None:
    """The reported case: at 21:40 开始值班 recorded 何皓, who was not there, as 220 minutes late."""
    chen = world.volunteer
    mine = shift(world, "陈富森", "19:30", "21:30")
    his = shift(world, "王建国", "18:00", "22:00", post="交通疏导")
    with world.db.session(chen) as s:
        attendance.start_shift(s, chen, mine, now=at(19, 26))
        board = desk_service.desk_now(s, chen, world.team_id, now=at(21, 40))
    assert board.start.shift is None or board.start.shift.member_id == world.members["陈富森"]
    assert [r.id for r in board.covers] == []          # he is still on his own shift: no cover offered
    with world.db.session(chen) as s, pytest.raises(UserError, match="这是王建国的班次，只能开始自己的班次"):
        attendance.start_shift(s, chen, his, now=at(21, 40))
    with world.db.session(chen) as s, pytest.raises(UserError, match="只能结束自己的班次"):
        attendance.end_shift(s, chen, his, now=at(21, 40))
    assert row(world, his).check_in_at is None
    # Once his own shift is over he may take over the one nobody started: named, and recorded as his.
    early = shift(world, "李秀英", "22:00", "23:00")
    with world.db.session(chen) as s:
        attendance.end_shift(s, chen, mine, now=at(21, 30))
        with pytest.raises(UserError, match="李秀英还没到迟到的时候"):      # not someone merely not here yet
            attendance.cover_shift(s, chen, early, world.members["李秀英"], now=at(21, 40))
        board = desk_service.desk_now(s, chen, world.team_id, now=at(21, 40))
        assert [r.id for r in board.covers] == [his]
        with pytest.raises(UserError, match="有了变动"):
            attendance.cover_shift(s, chen, his, world.members["李秀英"], now=at(21, 40))
        cover = attendance.cover_shift(s, chen, his, world.members["王建国"], now=at(21, 40))
    assert cover.covered_name == "王建国" and cover.late_minutes == 220 and cover.member_name == "陈富森"
    sh = row(world, his)
    assert sh.member_id == world.members["陈富森"] and sh.covered_member_id == world.members["王建国"]
    assert sh.checked_in_by == "陈富森" and sh.checked_in_by_id == chen.id
    assert minutes_of(world, "王建国") == (0, 0)
    with world.db.session(world.coordinator) as s, pytest.raises(UserError, match="不是「西湖花园6号楼志愿服务队」的队员"):
        attendance.start_shift(s, world.coordinator, mine, now=at(19, 0))


def test_a_shift_left_open_is_closed_as_unclosed_and_the_captain_confirms_it(world) -> None:
    chen = world.volunteer                                      # the team's captain
    sid = shift(world, "陈富森", "19:30", "21:30")
    with world.db.session(chen) as s:
        attendance.start_shift(s, chen, sid, now=at(19, 26))
    next_morning = DAY + timedelta(days=1)
    with clock.instant(at(5, 59, next_morning)):
        assert minutes_of(world, "陈富森") == (0, 0)            # still open before its cut-off: not counted yet
    with clock.instant(at(6, 0, next_morning)):
        assert minutes_of(world, "陈富森") == (124, 1)          # past it, before any desk sweep: never zero
    with world.db.session(chen) as s:
        assert attendance.close_overdue(s, chen, world.team_id, now=at(5, 59, next_morning)) == []
    with world.db.session(chen) as s:
        assert attendance.close_overdue(s, chen, world.team_id, now=at(6, 0, next_morning)) == [sid]
    sh = row(world, sid)
    assert sh.checkout_state == UNCLOSED and common.to_local_naive(sh.check_out_at) == datetime.combine(DAY, time(21, 30))
    assert minutes_of(world, "陈富森") == (124, 1)
    with world.db.session(chen) as s, pytest.raises(UserError, match="记为未签退，请队长确认时长"):
        attendance.end_shift(s, chen, sid, now=at(6, 5, next_morning))
    li = replace(world.volunteer, id=None, display_name="李秀英")        # a member, not the captain
    with world.db.session(li) as s, pytest.raises(PermissionDenied):
        attendance.confirm_hours(s, li, sid, "问过了")
    with world.db.session(chen) as s:
        with pytest.raises(ValidationError):
            attendance.confirm_hours(s, chen, sid, "  ")
        board = desk_service.desk_now(s, chen, world.team_id, now=at(8, 0, next_morning))
        assert [h.shift_id for h in board.to_confirm] == [sid] and board.alerts[-1].kind == "未签退"
        assert attendance.confirm_hours(s, chen, sid, "电话问过本人，21:45 离开", end=at(21, 45)) == 139
    sh = row(world, sid)
    assert sh.checkout_state == CONFIRMED and sh.checkout_note == "电话问过本人，21:45 离开"
    with world.db.session(world.coordinator) as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "duty_shifts", AuditEntry.entity_id == sid)
                          .order_by(AuditEntry.at)).all()
        assert desk_service.desk_now(s, chen, world.team_id, now=at(8, 0, next_morning)).to_confirm == []
    changes = [json.loads(a.changes) for a in audit if a.changes]
    assert any(c.get("checkout_state") == [UNCLOSED, CONFIRMED] for c in changes)
    assert minutes_of(world, "陈富森") == (139, 0)


def test_starting_a_later_shift_closes_the_earlier_one(world) -> None:
    chen = world.volunteer
    morning, noon, evening = (shift(world, "陈富森", a, b) for a, b in (("08:00", "12:00"), ("12:00", "18:00"),
                                                                       ("18:00", "22:00")))
    with world.db.session(chen) as s:
        attendance.start_shift(s, chen, morning, now=at(8, 0))
        attendance.start_shift(s, chen, noon, now=at(11, 55))        # back to back: the morning ends now
        board = desk_service.desk_now(s, chen, world.team_id, now=at(17, 40))
    assert board.start.available and board.start.shift.id == evening
    assert board.end.available and board.end.shift.id == noon
    m = row(world, morning)
    assert m.checkout_state == "" and common.to_local_naive(m.check_out_at).time() == time(11, 55)
    with world.db.session(chen) as s:
        attendance.start_shift(s, chen, evening, now=at(18, 20))     # noon left open: closed at its end
    n = row(world, noon)
    assert n.checkout_state == UNCLOSED and common.to_local_naive(n.check_out_at).time() == time(18, 0)


def test_only_the_round_due_now_is_ticked_and_the_captain_enters_a_missed_one(world) -> None:
    chen = world.volunteer
    shift(world, "陈富森", "08:00", "22:00")
    post = world.posts["值班室"]
    with world.db.session(chen) as s:
        board = desk_service.desk_now(s, chen, world.team_id, now=at(20, 4))
        assert [r.label for r in board.due_rounds] == ["值班室 20:00"]
        assert [r.label for r in board.missed_rounds] == ["值班室 10:00", "值班室 16:00"]
        with pytest.raises(UserError, match="值班室 10:00 的巡查已过时间，记为漏巡"):
            rounds_service.check_round(s, chen, post, datetime.combine(DAY, time(10)), now=at(20, 4))
        with pytest.raises(UserError, match="还没到时间（19:30 起可打卡）"):
            rounds_service.check_round(s, chen, post, datetime.combine(DAY, time(20)), now=at(19, 20))
        with pytest.raises(UserError, match="还在打卡时间内"):
            rounds_service.enter_missed_round(s, chen, post, datetime.combine(DAY, time(20)), "x", now=at(20, 4))
        assert rounds_service.check_round(s, chen, post, datetime.combine(DAY, time(20)), now=at(20, 4)).state == "已巡"
    li = replace(world.volunteer, id=None, display_name="李秀英")
    with world.db.session(li) as s, pytest.raises(PermissionDenied):
        rounds_service.enter_missed_round(s, li, post, datetime.combine(DAY, time(16)), "巡过了", now=at(20, 10))
    with world.db.session(chen) as s:
        with pytest.raises(ValidationError):
            rounds_service.enter_missed_round(s, chen, post, datetime.combine(DAY, time(16)), " ", now=at(20, 10))
        done = rounds_service.enter_missed_round(s, chen, post, datetime.combine(DAY, time(16)),
                                                 "李秀英16:05巡过，忘了打卡", now=at(20, 10))
        states = {r.label: r.state for r in rounds_service.rounds_for_day(s, chen, world.team_id, DAY, now=at(20, 11))}
    assert done.state == rounds_service.LATE_DONE
    assert states == {"值班室 10:00": "漏巡", "值班室 16:00": "补记", "值班室 20:00": "已巡"}
    with world.db.session(world.coordinator) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "duty_round_checks",
                                                   AuditEntry.action == "create")).all()
    assert any("忘了打卡" in (e.changes or "") for e in entry)


def test_the_incoming_volunteer_acknowledges_the_hand_over(world) -> None:
    desk = desk_accounts(world)
    li, chen = desk["李秀英"], desk["陈富森"]
    with world.db.session(li) as s:
        hid = log_service.add_log(s, li, world.team_id, "交接", "502 漏水已报物业，明早来修", at=at(17, 50))
        log_service.add_log(s, li, world.team_id, "来访", "快递", at=at(17, 55))
    with world.db.session(chen) as s:
        log_service.add_log(s, chen, world.team_id, "巡楼", "一切正常", at=at(18, 30))
        day = log_service.day_log(s, chen, world.team_id, DAY)
        assert [e.kind for e in day] == ["交接", "巡楼", "来访"]       # the hand-over first, then newest first
        assert log_service.pending_handover(s, chen, world.team_id, now=at(18, 31)).id == hid
        assert log_service.pending_handover(s, li, world.team_id, now=at(18, 31)) is None   # she wrote it
    with world.db.session(li) as s, pytest.raises(UserError, match="自己写的交接"):
        log_service.ack_handover(s, li, hid)
    with world.db.session(chen) as s:
        log_service.ack_handover(s, chen, hid, now=at(18, 2))
    with world.db.session(chen) as s:
        with pytest.raises(UserError, match="已经确认过"):
            log_service.ack_handover(s, chen, hid)
        assert log_service.pending_handover(s, chen, world.team_id, now=at(18, 31)) is None
        [first, *_] = log_service.day_log(s, chen, world.team_id, DAY)
    assert first.acks == (("陈富森", at(18, 2)),)


# --- the same rules on any date (the awkward instants of tests/desk_time.py) ----------------------

@pytest.mark.date_sensitive
def test_a_night_shift_across_midnight_on_any_date(sqlite_world) -> None:
    w = sqlite_world
    day = today()
    morrow = day + timedelta(days=1)                   # may be another month, or another year
    sid = shift(w, "陈富森", "22:00", "02:00", day)
    chen = w.volunteer
    with w.db.session(chen) as s:
        attendance.start_shift(s, chen, sid, now=at(21, 50, day))
        board = desk_service.desk_now(s, chen, w.team_id, now=at(1, 0, morrow))
        assert sid in [r.id for r in board.now] and board.end.available and board.end.shift.id == sid
        assert attendance.close_overdue(s, chen, w.team_id, now=at(5, 59, morrow)) == []
        assert attendance.close_overdue(s, chen, w.team_id, now=at(6, 0, morrow)) == [sid]
    assert minutes_of(w, "陈富森", day, day) == (250, 1)          # 21:50 → 02:00, counted on the shift's day


@pytest.mark.date_sensitive
def test_cover_and_swap_of_shifts_to_come_are_approved_on_any_date(sqlite_world) -> None:
    """What the calendar and team-view tests rely on: tomorrow lies in this month or the next, a cover
    goes to a member free at the time, and some swap of tomorrow's shift breaks no rule."""
    w = sqlite_world
    first = today().replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    tomorrow = today() + timedelta(days=1)
    with w.db.session(w.coordinator) as s:
        for m in (first, nxt):
            shifts_service.generate_month(s, w.coordinator, w.team_id, m.year, m.month)
        rows = [r for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, tomorrow, tomorrow + timedelta(6))
                if r.member_id]
    a = rows[0]
    b = next(r for r in rows[1:] if r.member_id != a.member_id and swap_is_clean(w, a.id, r.id))
    with w.db.session(w.coordinator) as s:
        swap = shifts_service.request_swap(s, w.coordinator, a.id, b.id, "出差")
        shifts_service.decide_request(s, w.coordinator, swap, True)
    c = next(r for r in rows if r.id not in (a.id, b.id))
    to = free_member(w, c.id)
    with w.db.session(w.coordinator) as s:
        cover = shifts_service.request_cover(s, w.coordinator, c.id, to, "生病")
        shifts_service.decide_request(s, w.coordinator, cover, True)
        states = {r.id: r.state for r in shifts_service.list_requests(s, w.coordinator, w.team_id)}
    assert states == {swap: "已批准", cover: "已批准"}
    assert row(w, a.id).member_id == b.member_id and row(w, c.id).member_id == to
