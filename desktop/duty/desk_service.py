"""The guard desk's board: who is on now and next, what the signed-in volunteer may do now — and why
not —, the rounds due now, the alerts of the current and next shift, the hand-over waiting for him,
and the day's full record one click away. Read-only but for `open_desk`, which first closes the
shifts left open past their cut-off (attendance.close_overdue)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import attendance, common, log_service, rounds_service
from desktop.duty.models import UNCLOSED, DutyMember, DutyPost, DutyShift
from desktop.duty.rounds_service import MISSED, PENDING, RoundRow
from desktop.duty.shifts_service import NO_SHOW, ShiftRow, list_shifts
from desktop.duty.teams_service import member_for_user

NOT_MEMBER = msg("您不是本服务队的队员：开始、结束值班请队员用自己的账号登录")
CONFIRM_DAYS = 31            # 未签退 shifts this far back wait for the captain on the desk


@dataclass(frozen=True)
class DeskAction:
    """开始值班 / 结束值班 for the signed-in member: the shift it acts on, whether it can be done now,
    and if not, why (shown under the button and said when the dead button is pressed)."""
    shift: ShiftRow | None
    available: bool
    reason: str = ""


@dataclass(frozen=True)
class Alert:
    kind: str                # 未到岗 / 空缺 / 漏巡 / 请假 / 未签退
    text: str


@dataclass(frozen=True)
class OpenHours:
    """A shift closed by the desk (未签退) whose hours wait for the captain."""
    shift_id: str
    member_name: str
    text: str                # 11月18日 值班室 19:30–21:30 陈富森（19:26 开始，未签退）


@dataclass
class DeskNow:
    at: datetime                                             # local wall clock, naive
    now: list[ShiftRow] = field(default_factory=list)        # on now (and still open after their end)
    next: list[ShiftRow] = field(default_factory=list)
    member_id: str | None = None
    member_name: str = ""
    is_captain: bool = False
    start: DeskAction = DeskAction(None, False, NOT_MEMBER)
    end: DeskAction = DeskAction(None, False, NOT_MEMBER)
    covers: list[ShiftRow] = field(default_factory=list)     # shifts the member may take over now (代班)
    rounds: list[RoundRow] = field(default_factory=list)     # today's
    alerts: list[Alert] = field(default_factory=list)        # current and next shift only
    handover: log_service.LogRow | None = None               # waiting for the incoming volunteer
    to_confirm: list[OpenHours] = field(default_factory=list)  # the captain's: 未签退 hours

    @property
    def mine(self) -> ShiftRow | None:
        return self.end.shift if self.end.available else self.start.shift

    @property
    def due_rounds(self) -> list[RoundRow]:
        return [r for r in self.rounds if r.state == PENDING]

    @property
    def missed_rounds(self) -> list[RoundRow]:
        return [r for r in self.rounds if r.state == MISSED]


def line(r: ShiftRow) -> str:
    if r.member_name:
        return msg("{post} {start:%H:%M}–{end:%H:%M} {name}", post=r.post_name, start=r.start, end=r.end,
                   name=r.member_name)
    return msg("{post} {start:%H:%M}–{end:%H:%M} （空缺）", post=r.post_name, start=r.start, end=r.end)


def _actions(mine: list[ShiftRow], local: datetime, early: timedelta, now: datetime) -> tuple[DeskAction, DeskAction]:
    """(start, end) for the member's shifts of yesterday to tomorrow, sorted by start."""
    open_ = [r for r in mine if r.check_in_at is not None and r.check_out_at is None]
    startable = [r for r in mine if r.check_in_at is None and r.start - early <= local < r.end]
    current = next((r for r in open_ if local < r.end), None)
    if current is not None:
        end = DeskAction(current, True)
    elif not startable and open_:
        end = DeskAction(open_[-1], True)                    # after the scheduled end, before the cut-off
    else:
        end = DeskAction(None, False, msg("还没有开始值班"))
    if startable:
        return DeskAction(startable[0], True), end
    if end.available and end.shift is not None:
        when = common.to_local_naive(end.shift.check_in_at)   # type: ignore[arg-type]
        return DeskAction(None, False, msg("已在 {when:%H:%M} 开始值班", when=when)), end
    coming = next((r for r in mine if r.check_in_at is None and r.start - early > local), None)
    if coming is None:
        return DeskAction(None, False, msg("今明两天没有您的班次")), end
    return DeskAction(coming, False, msg("{when_text} 起可开始",
                                      when_text=attendance.when_text(common.to_utc(coming.start - early), now))), end


def _alerts(rows: list[ShiftRow], current: list[ShiftRow], nxt: list[ShiftRow],
            rounds: list[RoundRow]) -> list[Alert]:
    out = []
    for r in current:
        if r.member_id is None:
            out.append(Alert("空缺", msg("现在空缺：{line}", line=line(r))))
        elif r.status == NO_SHOW:
            out.append(Alert("未到岗", msg("未到岗：{line}", line=line(r))))
    for rnd in rounds:
        if rnd.state == MISSED and any(c.post_id == rnd.post_id and c.start <= rnd.due < c.end for c in current):
            out.append(Alert("漏巡", msg("漏巡：{round}", round=rnd.label)))
    for r in nxt:
        if r.member_id is None:
            out.append(Alert("空缺", msg("下一班空缺：{line}", line=line(r))))
        elif "请假期间" in r.problems:
            out.append(Alert("请假", msg("下一班 {name} 请假：{line}", name=r.member_name, line=line(r))))
    return out


def _open_hours(s: Session, team_id: str, now: datetime) -> list[OpenHours]:
    since = common.to_local_naive(now).date() - timedelta(days=CONFIRM_DAYS)
    rows = s.execute(select(DutyShift, DutyMember.name, DutyPost.name)
                     .join(DutyMember, DutyMember.id == DutyShift.member_id)
                     .join(DutyPost, DutyPost.id == DutyShift.post_id)
                     .where(DutyShift.team_id == team_id, DutyShift.deleted_at.is_(None),
                            DutyShift.checkout_state == UNCLOSED, DutyShift.day >= since)
                     .order_by(DutyShift.start_at)).all()
    out = []
    for sh, name, post in rows:
        start, end = common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at)
        began = common.to_local_naive(sh.check_in_at) if sh.check_in_at else start
        out.append(OpenHours(sh.id, name, msg("{day:%m-%d} {post} {start:%H:%M}–{end:%H:%M} {name}"
                                              "（{began:%H:%M} 开始，未签退）", day=start, post=post, start=start,
                                              end=end, name=name, began=began)))
    return out


def desk_now(s: Session, actor: Actor, team_id: str, now: datetime | None = None) -> DeskNow:
    """The board of the desk at `now` for the signed-in user."""
    team = common.team(s, actor, team_id, Perm.DUTY_VIEW)
    now = now or utcnow()
    local = common.to_local_naive(now)
    today = local.date()
    rows = list_shifts(s, actor, team_id, today - timedelta(days=1), today + timedelta(days=1), now=now)
    current = [r for r in rows if r.start <= local < r.end
               or (r.check_in_at is not None and r.check_out_at is None and r.start <= local)]
    upcoming = sorted((r for r in rows if r.start > local), key=lambda r: r.start)
    nxt = [r for r in upcoming if r.start == upcoming[0].start] if upcoming else []
    rounds = rounds_service.rounds_for_day(s, actor, team_id, today, now=now)
    info = DeskNow(local, current, nxt,
                   alerts=_alerts(rows, current, nxt, rounds), rounds=rounds,
                   handover=log_service.pending_handover(s, actor, team_id, now))
    me = member_for_user(s, actor, team_id)
    if me is None:
        return info
    info.member_id, info.member_name, info.is_captain = me.id, me.name, me.is_captain
    early = timedelta(minutes=team.early_start_minutes)
    mine = sorted((r for r in rows if r.member_id == me.id), key=lambda r: r.start)
    info.start, info.end = _actions(mine, local, early, now)
    if not info.end.available:                   # one shift at a time: end his own before covering another
        # 代班 for a shift nobody is on: unfilled, or its volunteer past the grace minutes (not one early)
        info.covers = [r for r in rows if r.member_id != me.id and r.check_in_at is None
                       and r.start - early <= local < r.end and (r.member_id is None or r.status == NO_SHOW)]
    if me.is_captain or actor.can(Perm.DUTY_MANAGE):
        info.to_confirm = _open_hours(s, team_id, now)
        if info.to_confirm:
            info.alerts.append(Alert("未签退", msg("有 {count} 个未签退班次等队长确认时长",
                                                     count=len(info.to_confirm))))
    return info


def open_desk(s: Session, actor: Actor, team_id: str, now: datetime | None = None) -> DeskNow:
    """What the desk does on every refresh: close the shifts left open past their cut-off, then the board."""
    now = now or utcnow()
    if actor.can(Perm.DUTY_DESK):
        attendance.close_overdue(s, actor, team_id, now)
    return desk_now(s, actor, team_id, now)


@dataclass
class DayRecord:
    day: date
    shifts: list[ShiftRow]
    rounds: list[RoundRow]
    log: list[log_service.LogRow]
    to_confirm: list[OpenHours]
    can_confirm: bool


def day_record(s: Session, actor: Actor, team_id: str, day: date, now: datetime | None = None) -> DayRecord:
    """Everything of the day at the desk: every shift with its status, every round, the whole log."""
    now = now or utcnow()
    shifts = list_shifts(s, actor, team_id, day, day, now=now)
    me = member_for_user(s, actor, team_id)
    can_confirm = actor.can(Perm.DUTY_MANAGE) or (me is not None and me.is_captain)
    return DayRecord(day, shifts, rounds_service.rounds_for_day(s, actor, team_id, day, now=now),
                     log_service.day_log(s, actor, team_id, day),
                     _open_hours(s, team_id, now) if can_confirm else [], can_confirm)


def no_shows(s: Session, actor: Actor, team_id: str, first: date, last: date,
             now: datetime | None = None) -> list[ShiftRow]:
    """Shifts with a volunteer that nobody started by start + grace (for the captain)."""
    return [r for r in list_shifts(s, actor, team_id, first, last, now=now or utcnow()) if r.status == NO_SHOW]
