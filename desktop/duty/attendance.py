"""到岗与签退 at the guard desk: a volunteer starts and ends his *own* shift, or takes over (代班) a shift
nobody has started; a shift left open is closed at its scheduled end once past its cut-off and marked
未签退 for the captain, who confirms the hours (or enters a served shift afterwards from the paper sheet).

Rules:
- a shift may be started from the team's `early_start_minutes` before it begins until its scheduled end;
- it may be ended any time after it started, also after its scheduled end, until its cut-off: the next
  morning (DAY_START, at least MORNING_GAP after the end) or the moment the volunteer starts a later
  shift; past the cut-off it is closed at its scheduled end and marked 未签退 — its hours count, never
  silently zero, and the captain confirms them;
- start and end act for the signed-in member only; a cover names the shift's member and records who
  took it over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import CONFIRMED, ENTERED, UNCLOSED, DutyMember, DutyPost, DutyShift, DutyTeam
from desktop.duty.shifts_service import clash
from desktop.duty.teams_service import member_for_user, require_captain

DAY_START = time(6)                    # the desk's day runs from 06:00 to the next 06:00
MORNING_GAP = timedelta(hours=2)       # the cut-off morning is at least this long after a shift's end
DESK_CLOSER = "值班台"                  # who closed a shift left open (checked_out_by)


@dataclass(frozen=True)
class CheckResult:
    shift_id: str
    at: datetime
    late_minutes: int
    on_time: bool
    member_name: str
    covered_name: str = ""            # 代班: whose shift it was

    @property
    def text(self) -> str:
        return "准时到岗" if self.on_time else msg("迟到 {minutes} 分钟", minutes=self.late_minutes)


@dataclass(frozen=True)
class EndResult:
    shift_id: str
    at: datetime
    minutes: int                      # the shift's counted minutes
    state: str                        # "" ended by the volunteer, 未签退 past its cut-off

    @property
    def text(self) -> str:
        return msg("共 {hours} 小时 {minutes} 分钟", hours=self.minutes // 60, minutes=self.minutes % 60)


def _now(now: datetime | None) -> datetime:
    return now or utcnow()


def cutoff(sh: DutyShift) -> datetime:
    """The next morning after the shift's scheduled end (aware UTC): open later than this, it is closed."""
    end = common.to_local_naive(sh.end_at)
    morning = datetime.combine(end.date(), DAY_START)
    while morning < end + MORNING_GAP:
        morning += timedelta(days=1)
    return common.to_utc(morning)


def start_from(team: DutyTeam, sh: DutyShift) -> datetime:
    return sh.start_at - timedelta(minutes=team.early_start_minutes)


def when_text(moment: datetime, now: datetime) -> str:
    """19:30, or 11月19日 19:30 when not today (both Shanghai)."""
    local, today = common.to_local_naive(moment), common.to_local_naive(now).date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%m-%d %H:%M}"


def shift_text(s: Session, sh: DutyShift) -> str:
    post = s.get(DutyPost, sh.post_id)
    start, end = common.to_local_naive(sh.start_at), common.to_local_naive(sh.end_at)
    return f"{post.name if post else ''} {start:%H:%M}–{end:%H:%M}".strip()


def _me(s: Session, actor: Actor, team: DutyTeam) -> DutyMember:
    me = member_for_user(s, actor, team.id)
    if me is None:
        raise UserError(msg("您不是「{name}」的队员，不能在这里开始或结束值班", name=team.name))
    return me


def _name(s: Session, member_id: str | None) -> str:
    m = s.get(DutyMember, member_id) if member_id else None
    return m.name if m else ""


def _check_startable(team: DutyTeam, sh: DutyShift, now: datetime) -> None:
    if sh.check_in_at is not None:
        raise UserError(msg("这个班次已在 {started:%H:%M} 开始", started=common.to_local_naive(sh.check_in_at)))
    if now < start_from(team, sh):
        raise UserError(msg("{when_text} 起可开始", when_text=when_text(start_from(team, sh), now)))
    if now >= sh.end_at:
        raise UserError("这个班次已经过了结束时间，不能再开始；如确实来值了班，请队长补录")


def _close_unclosed(sh: DutyShift) -> None:
    sh.check_out_at = max(sh.end_at, sh.check_in_at or sh.end_at)
    sh.checkout_state = UNCLOSED
    sh.checked_out_by = DESK_CLOSER


def _close_earlier(s: Session, me: DutyMember, sh: DutyShift, now: datetime) -> None:
    """Starting a shift is the cut-off of the member's earlier shifts still open: one that ended just now
    (back to back) ends now; one long over is closed at its scheduled end, 未签退."""
    for other in s.scalars(select(DutyShift).where(
            DutyShift.member_id == me.id, DutyShift.deleted_at.is_(None), DutyShift.id != sh.id,
            DutyShift.check_in_at.is_not(None), DutyShift.check_out_at.is_(None),
            DutyShift.start_at < sh.start_at)):
        assert other.check_in_at is not None  # the query keeps only started shifts
        if now <= other.end_at + timedelta(minutes=common.GRACE_MINUTES):
            other.check_out_at = max(min(now, other.end_at), other.check_in_at)
            other.checked_out_by = me.name
        else:
            _close_unclosed(other)


def _check_in(s: Session, actor: Actor, sh: DutyShift, now: datetime) -> int:
    late = max(0, int((now - sh.start_at).total_seconds() // 60))
    sh.check_in_at = now
    sh.late_minutes = late
    sh.checked_in_by = actor.display_name
    sh.checked_in_by_id = actor.id
    s.flush()
    return late


def start_shift(s: Session, actor: Actor, shift_id: str, now: datetime | None = None) -> CheckResult:
    """开始值班 for the signed-in member's own shift: on time within the grace minutes, else late."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    now = _now(now)
    me = _me(s, actor, team)
    if sh.member_id != me.id:
        other = _name(s, sh.member_id)
        raise UserError(msg("这是{other}的班次，只能开始自己的班次；替人值班请按“代班”", other=other) if other
                        else "这个班次没有排人；要值这个班请按“代班”")
    _check_startable(team, sh, now)
    _close_earlier(s, me, sh, now)
    late = _check_in(s, actor, sh, now)
    return CheckResult(sh.id, now, late, late <= common.GRACE_MINUTES, me.name)


def cover_shift(s: Session, actor: Actor, shift_id: str, named_member_id: str | None,
                now: datetime | None = None) -> CheckResult:
    """代班: the signed-in member takes over a shift nobody has started (or an unfilled one) and starts it.
    `named_member_id` is the member the desk named when it asked (None: the shift was unfilled); if the
    shift has changed hands since, nothing is done. The hours are the coverer's; the member it was
    rostered to is kept as `covered_member_id`."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    now = _now(now)
    me = _me(s, actor, team)
    if sh.member_id != named_member_id:
        raise UserError("这个班次刚刚有了变动，请再看一下屏幕上的班次")
    if sh.member_id == me.id:
        raise UserError("这是您自己的班次，请直接按“开始值班”")
    _check_startable(team, sh, now)
    if sh.member_id is not None and now <= sh.start_at + timedelta(minutes=common.GRACE_MINUTES):
        raise UserError(msg("{name}还没到迟到的时候，请等一等；过了开始时间还没来再代班", name=_name(s, sh.member_id)))
    busy = clash(s, me.id, sh.start_at, sh.end_at, exclude=(sh.id,))
    if busy is not None and busy.check_out_at is None:
        raise UserError(msg("您这段时间有自己的班次（{shift_text}），不能同时代班", shift_text=shift_text(s, busy)))
    sh.covered_member_id = sh.member_id
    sh.member_id = me.id
    _close_earlier(s, me, sh, now)
    late = _check_in(s, actor, sh, now)
    return CheckResult(sh.id, now, late, late <= common.GRACE_MINUTES, me.name, _name(s, sh.covered_member_id))


def end_shift(s: Session, actor: Actor, shift_id: str, now: datetime | None = None, *,
              at_scheduled_end: bool = False) -> EndResult:
    """结束值班 for the signed-in member's own shift, any time after it started (also after its scheduled
    end). `at_scheduled_end`: he left at the scheduled end and only now tells the desk."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    now = _now(now)
    me = _me(s, actor, team)
    if sh.member_id != me.id:
        raise UserError(msg("这是{who}的班次，只能结束自己的班次", who=_name(s, sh.member_id) or '别人'))
    if sh.check_in_at is None:
        raise UserError("这个班次还没有开始")
    if sh.check_out_at is not None:
        ended = common.to_local_naive(sh.check_out_at)
        if sh.checkout_state == UNCLOSED:
            raise UserError(msg("这个班次已按 {ended:%H:%M} 结束，记为未签退，请队长确认时长", ended=ended))
        raise UserError(msg("这个班次已在 {ended:%H:%M} 结束", ended=ended))
    if now >= cutoff(sh):
        _close_unclosed(sh)
    else:
        end = min(now, sh.end_at) if at_scheduled_end else now
        sh.check_out_at = max(end, sh.check_in_at)
        sh.checked_out_by = actor.display_name
    s.flush()
    assert sh.check_out_at is not None  # closed just above, by either branch
    minutes = int((sh.check_out_at - sh.check_in_at).total_seconds() // 60)
    return EndResult(sh.id, sh.check_out_at, minutes, sh.checkout_state)


def close_overdue(s: Session, actor: Actor, team_id: str, now: datetime | None = None) -> list[str]:
    """Close the team's shifts left open past their cut-off at their scheduled end, marked 未签退."""
    common.team(s, actor, team_id, Perm.DUTY_DESK)
    now = _now(now)
    closed = []
    for sh in s.scalars(select(DutyShift).where(
            DutyShift.team_id == team_id, DutyShift.deleted_at.is_(None), DutyShift.check_in_at.is_not(None),
            DutyShift.check_out_at.is_(None), DutyShift.end_at < now)):
        if now >= cutoff(sh):
            _close_unclosed(sh)
            closed.append(sh.id)
    s.flush()
    return closed


def confirm_hours(s: Session, actor: Actor, shift_id: str, reason: str, end: datetime | None = None) -> int:
    """The captain confirms a 未签退 shift's hours (as closed, or ending at `end`, aware) with a reason.
    Returns the minutes now counted. On the audit trail by the session hook (before/after of each field)."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    require_captain(s, actor, team, "duty_shifts", sh.id)
    if sh.checkout_state != UNCLOSED or sh.check_in_at is None:
        raise UserError("只有未签退的班次需要确认时长")
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "请写明确认的依据（如：电话问过本人，21:30 离开）"})
    if len(reason) > 200:
        raise ValidationError({"reason": "原因太长（最多 200 字）"})
    if end is not None:
        if end <= sh.check_in_at:
            raise ValidationError({"end": "结束时间要晚于开始时间"})
        if end > cutoff(sh):
            raise ValidationError({"end": "结束时间不能晚于签退期限（次日早上）"})
        sh.check_out_at = end
    sh.checkout_state = CONFIRMED
    sh.checkout_note = reason
    sh.checked_out_by = actor.display_name
    s.flush()
    assert sh.check_out_at is not None  # a 未签退 shift was closed at its end; `end` replaces that
    return int((sh.check_out_at - sh.check_in_at).total_seconds() // 60)


def enter_served(s: Session, actor: Actor, shift_id: str, start: datetime, end: datetime, reason: str,
                 now: datetime | None = None) -> None:
    """补录: the captain enters a shift served but never started at the desk (from the paper sign-in sheet)."""
    team, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    require_captain(s, actor, team, "duty_shifts", sh.id)
    now = _now(now)
    reason = reason.strip()
    errors = {}
    if sh.member_id is None:
        errors["shift"] = "这个班次没有排人"
    elif sh.check_in_at is not None:
        errors["shift"] = "这个班次已经有到岗记录"
    if not reason:
        errors["reason"] = "补录必须写明依据"
    if end <= start:
        errors["end"] = "结束时间要晚于开始时间"
    elif end > now:
        errors["end"] = "不能补录还没过去的时间"
    if errors:
        raise ValidationError(errors)
    sh.check_in_at, sh.check_out_at = start, end
    sh.late_minutes = max(0, int((start - sh.start_at).total_seconds() // 60))
    sh.checked_in_by = sh.checked_out_by = actor.display_name
    sh.checked_in_by_id = actor.id
    sh.checkout_state = ENTERED
    sh.checkout_note = reason[:200]
    s.flush()
