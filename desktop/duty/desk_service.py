"""The guard desk: who is on now and next, start/end a shift (on time or late), no-shows,
patrol rounds (巡楼打卡) with missed rounds flagged, and the duty log (值班日志)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import UserError, ValidationError
from desktop.core.roles import Perm
from desktop.duty import common
from desktop.duty.models import LOG_KINDS, DutyLogEntry, DutyPost, DutyRoundCheck, DutyShift
from desktop.duty.posts_service import parse_rounds
from desktop.duty.shifts_service import NO_SHOW, ShiftRow, list_shifts
from desktop.duty.teams_service import member_for_user
from desktop.core.security import Actor

EARLY_START_MINUTES = 30     # a shift may be started this long before it begins
ROUND_WINDOW_MINUTES = 30    # a round is walked within this long either side of its time
PENDING, DONE, LATE_DONE, MISSED, LATER = "待巡", "已巡", "迟巡", "漏巡", "未到时间"


@dataclass(frozen=True)
class CheckResult:
    shift_id: str
    at: datetime
    late_minutes: int
    on_time: bool

    @property
    def text(self) -> str:
        return "准时到岗" if self.on_time else f"迟到 {self.late_minutes} 分钟"


@dataclass(frozen=True)
class RoundRow:
    post_id: str
    post_name: str
    due: datetime            # local wall clock, naive
    state: str
    done_at: datetime | None
    by: str


@dataclass(frozen=True)
class LogRow:
    id: str
    at: datetime             # aware UTC
    kind: str
    text: str
    author: str
    post_name: str


@dataclass
class DeskNow:
    now: list[ShiftRow] = field(default_factory=list)
    next: list[ShiftRow] = field(default_factory=list)
    no_shows: list[ShiftRow] = field(default_factory=list)
    rounds: list[RoundRow] = field(default_factory=list)
    mine: ShiftRow | None = None

    @property
    def missed_rounds(self) -> list[RoundRow]:
        return [r for r in self.rounds if r.state == MISSED]


def _now(now: datetime | None) -> datetime:
    return now or utcnow()


def desk_now(s: Session, actor: Actor, team_id: str, now: datetime | None = None) -> DeskNow:
    """Who is on now, who comes next, today's no-shows and rounds, and the signed-in member's shift."""
    now = _now(now)
    local = common.to_local_naive(now)
    today = local.date()
    rows = list_shifts(s, actor, team_id, today - timedelta(days=1), today + timedelta(days=1), now=now)
    live = [r for r in rows if r.member_id is not None]
    on = [r for r in live if r.start <= local < r.end]
    upcoming = sorted((r for r in live if r.start > local), key=lambda r: r.start)
    nxt = [r for r in upcoming if upcoming and r.start == upcoming[0].start]
    no_shows = [r for r in live if r.status == NO_SHOW and r.day == today]
    me = member_for_user(s, actor, team_id)
    mine = None
    if me is not None:
        mine = next((r for r in sorted(live, key=lambda r: r.start) if r.member_id == me.id
                     and r.check_out_at is None and r.end > local
                     and r.start - timedelta(minutes=EARLY_START_MINUTES) <= local), None)
    return DeskNow(on, nxt, no_shows, rounds_for_day(s, actor, team_id, today, now=now), mine)


def start_shift(s: Session, actor: Actor, shift_id: str, now: datetime | None = None) -> CheckResult:
    """开始值班: check-in, on time within the grace minutes, otherwise late by so many minutes."""
    _, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    now = _now(now)
    if sh.member_id is None:
        raise UserError("这个班次还没有排人")
    if sh.check_in_at is not None:
        raise UserError(f"这个班次已在 {common.to_local_naive(sh.check_in_at):%H:%M} 开始")
    if now < sh.start_at - timedelta(minutes=EARLY_START_MINUTES):
        raise UserError(f"还没到值班时间（{common.to_local_naive(sh.start_at):%H:%M} 开始）")
    if now >= sh.end_at:
        raise UserError("这个班次已经结束，不能再开始；如确有值班请让协调人更正时长")
    late = max(0, int((now - sh.start_at).total_seconds() // 60))
    sh.check_in_at = now
    sh.late_minutes = late
    sh.checked_in_by = actor.display_name
    return CheckResult(sh.id, now, late, late <= common.GRACE_MINUTES)


def end_shift(s: Session, actor: Actor, shift_id: str, now: datetime | None = None) -> datetime:
    """结束值班: check-out."""
    _, sh = common.shift(s, actor, shift_id, Perm.DUTY_DESK)
    now = _now(now)
    if sh.check_in_at is None:
        raise UserError("这个班次还没有开始")
    if sh.check_out_at is not None:
        raise UserError("这个班次已经结束")
    if now < sh.check_in_at:
        raise ValidationError({"now": "结束时间不能早于开始时间"})
    sh.check_out_at = now
    return now


def no_shows(s: Session, actor: Actor, team_id: str, first: date, last: date,
             now: datetime | None = None) -> list[ShiftRow]:
    """Shifts with a volunteer that nobody started by start + grace (for the captain)."""
    return [r for r in list_shifts(s, actor, team_id, first, last, now=_now(now)) if r.status == NO_SHOW]


# --- patrol rounds ---------------------------------------------------------------------------

def rounds_for_day(s: Session, actor: Actor, team_id: str, day: date, now: datetime | None = None) -> list[RoundRow]:
    """The day's rounds of every post with round times, where a shift of the post covers the time."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    now = _now(now)
    posts = s.scalars(select(DutyPost).where(DutyPost.team_id == team_id, DutyPost.deleted_at.is_(None),
                                             DutyPost.rounds != "").order_by(DutyPost.sort_order)).all()
    if not posts:
        return []
    first, last = common.local_day_bounds(day, day)
    shifts = s.scalars(select(DutyShift).where(DutyShift.team_id == team_id, DutyShift.deleted_at.is_(None),
                                               DutyShift.start_at < last, DutyShift.end_at > first)).all()
    checks = {(c.post_id, c.due_at): c for c in s.scalars(select(DutyRoundCheck).where(
        DutyRoundCheck.post_id.in_([p.id for p in posts]), DutyRoundCheck.due_at >= first,
        DutyRoundCheck.due_at < last, DutyRoundCheck.deleted_at.is_(None)))}
    window = timedelta(minutes=ROUND_WINDOW_MINUTES)
    out = []
    for p in posts:
        for t in parse_rounds(p.rounds):
            due = common.to_utc(datetime.combine(day, t))
            if not any(sh.post_id == p.id and sh.start_at <= due < sh.end_at for sh in shifts):
                continue
            c = checks.get((p.id, due))
            if c is not None:
                state = DONE if c.done_at <= due + window else LATE_DONE
            elif now > due + window:
                state = MISSED
            elif now >= due - window:
                state = PENDING
            else:
                state = LATER
            out.append(RoundRow(p.id, p.name, common.to_local_naive(due), state,
                                c.done_at if c else None, c.author if c else ""))
    out.sort(key=lambda r: (r.due, r.post_name))
    return out


def check_round(s: Session, actor: Actor, post_id: str, due: datetime, now: datetime | None = None) -> RoundRow:
    """巡楼打卡 for the round of `post` due at `due` (local wall clock)."""
    team, post = common.post(s, actor, post_id, Perm.DUTY_DESK)
    now = _now(now)
    if due.time() not in parse_rounds(post.rounds):
        raise ValidationError({"due": f"「{post.name}」没有 {due:%H:%M} 的巡楼"})
    due_utc = common.to_utc(due)
    if now < due_utc - timedelta(minutes=ROUND_WINDOW_MINUTES):
        raise UserError(f"还没到 {due:%H:%M} 的巡楼时间")
    if s.scalars(select(DutyRoundCheck).where(DutyRoundCheck.post_id == post_id, DutyRoundCheck.due_at == due_utc,
                                              DutyRoundCheck.deleted_at.is_(None))).first():
        raise UserError(f"{due:%H:%M} 的巡楼已经打过卡")
    me = member_for_user(s, actor, team.id)
    s.add(DutyRoundCheck(post_id=post_id, due_at=due_utc, done_at=now, member_id=me.id if me else None,
                         author=actor.display_name))
    s.flush()
    late = now > due_utc + timedelta(minutes=ROUND_WINDOW_MINUTES)
    return RoundRow(post_id, post.name, due, LATE_DONE if late else DONE, now, actor.display_name)


# --- duty log --------------------------------------------------------------------------------

def add_log(s: Session, actor: Actor, team_id: str, kind: str, text: str, *, post_id: str | None = None,
            at: datetime | None = None) -> str:
    common.team(s, actor, team_id, Perm.DUTY_DESK)
    if kind not in LOG_KINDS:
        raise ValidationError({"kind": f"类别应为：{'/'.join(LOG_KINDS)}"})
    text = text.strip()
    if not text:
        raise ValidationError({"text": "请写下值班情况"})
    if len(text) > 2000:
        raise ValidationError({"text": "内容太长（最多 2000 字）"})
    e = DutyLogEntry(team_id=team_id, post_id=post_id, at=_now(at), kind=kind, text=text,
                     author=actor.display_name, author_id=actor.id)
    s.add(e)
    s.flush()
    return e.id


def list_log(s: Session, actor: Actor, team_id: str, first: date, last: date, kind: str | None = None) -> list[LogRow]:
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    lo, hi = common.local_day_bounds(first, last)
    q = select(DutyLogEntry).where(DutyLogEntry.team_id == team_id, DutyLogEntry.deleted_at.is_(None),
                                   DutyLogEntry.at >= lo, DutyLogEntry.at < hi).order_by(DutyLogEntry.at.desc())
    if kind:
        q = q.where(DutyLogEntry.kind == kind)
    posts = {p.id: p.name for p in s.scalars(select(DutyPost).where(DutyPost.team_id == team_id))}
    return [LogRow(e.id, e.at, e.kind, e.text, e.author, posts.get(e.post_id or "", "")) for e in s.scalars(q)]
