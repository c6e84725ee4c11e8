"""巡查打卡: the rounds of each post at its round times (值班室 10:00, 巡楼 20:00 …) where a shift of the
post covers the time. A round is ticked at the desk only while it is due (ROUND_WINDOW_MINUTES either
side of its time); one not ticked by then is 漏巡 for good, except that the captain may enter it
afterwards with a reason (补记, on the audit trail)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import DutyPost, DutyRoundCheck, DutyShift
from desktop.duty.posts_service import parse_rounds
from desktop.duty.teams_service import member_for_user, require_captain

ROUND_WINDOW_MINUTES = 30    # a round is ticked within this long either side of its time
PENDING, DONE, LATE_DONE, MISSED, LATER = "待巡", "已巡", "补记", "漏巡", "未到时间"


@dataclass(frozen=True)
class RoundRow:
    post_id: str
    post_name: str
    due: datetime            # local wall clock, naive
    state: str
    done_at: datetime | None
    by: str
    note: str = ""           # the captain's reason for a round entered afterwards

    @property
    def label(self) -> str:
        """What the round is called on screen: the post and the time (值班室 20:00)."""
        return f"{self.post_name} {self.due:%H:%M}"


def _state(check: DutyRoundCheck | None, due: datetime, now: datetime) -> str:
    window = timedelta(minutes=ROUND_WINDOW_MINUTES)
    if check is not None:
        return LATE_DONE if check.entered_late else DONE
    if now > due + window:
        return MISSED
    if now >= due - window:
        return PENDING
    return LATER


def rounds_for_day(s: Session, actor: Actor, team_id: str, day: date, now: datetime | None = None) -> list[RoundRow]:
    """The day's rounds of every post with round times, where a shift of the post covers the time."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    now = now or utcnow()
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
    out = []
    for p in posts:
        for t in parse_rounds(p.rounds):
            due = common.to_utc(datetime.combine(day, t))
            if not any(sh.post_id == p.id and sh.start_at <= due < sh.end_at for sh in shifts):
                continue
            c = checks.get((p.id, due))
            out.append(RoundRow(p.id, p.name, common.to_local_naive(due), _state(c, due, now),
                                c.done_at if c else None, c.author if c else "", c.note if c else ""))
    out.sort(key=lambda r: (r.due, r.post_name))
    return out


def _round(s: Session, actor: Actor, post_id: str, due: datetime, perm: Perm) -> tuple[str, DutyPost, datetime]:
    team, post = common.post(s, actor, post_id, perm)
    if due.time() not in parse_rounds(post.rounds):
        raise ValidationError({"due": msg("「{name}」没有 {due:%H:%M} 的巡查", name=post.name, due=due)})
    due_utc = common.to_utc(due)
    if s.scalars(select(DutyRoundCheck.id).where(DutyRoundCheck.post_id == post_id, DutyRoundCheck.due_at == due_utc,
                                                 DutyRoundCheck.deleted_at.is_(None))).first():
        raise UserError(msg("{name} {due:%H:%M} 的巡查已经打过卡", name=post.name, due=due))
    return team.id, post, due_utc


def check_round(s: Session, actor: Actor, post_id: str, due: datetime, now: datetime | None = None) -> RoundRow:
    """打卡 for the round of `post` due at `due` (local wall clock), only while it is due."""
    team_id, post, due_utc = _round(s, actor, post_id, due, Perm.DUTY_DESK)
    now = now or utcnow()
    window = timedelta(minutes=ROUND_WINDOW_MINUTES)
    if now < due_utc - window:
        raise UserError(msg("{name} {due:%H:%M} 的巡查还没到时间（{span:%H:%M} 起可打卡）",
                            name=post.name, due=due, span=due - window))
    if now > due_utc + window:
        raise UserError(msg("{name} {due:%H:%M} 的巡查已过时间，记为漏巡；如确实巡过，请队长补记并写明原因", name=post.name, due=due))
    me = member_for_user(s, actor, team_id)
    s.add(DutyRoundCheck(post_id=post_id, due_at=due_utc, done_at=now, member_id=me.id if me else None,
                         author=actor.display_name))
    s.flush()
    return RoundRow(post_id, post.name, due, DONE, now, actor.display_name)


def enter_missed_round(s: Session, actor: Actor, post_id: str, due: datetime, reason: str,
                       now: datetime | None = None) -> RoundRow:
    """补记 by the captain: a round past its time that was walked after all, with the reason."""
    team_id, post, due_utc = _round(s, actor, post_id, due, Perm.DUTY_DESK)
    team = common.team(s, actor, team_id, Perm.DUTY_DESK)
    require_captain(s, actor, team, "duty_round_checks")
    now = now or utcnow()
    if now <= due_utc + timedelta(minutes=ROUND_WINDOW_MINUTES):
        raise UserError(msg("{name} {due:%H:%M} 的巡查还在打卡时间内，请直接打卡", name=post.name, due=due))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "补记巡查必须写明原因"})
    if len(reason) > 200:
        raise ValidationError({"reason": "原因太长（最多 200 字）"})
    s.add(DutyRoundCheck(post_id=post_id, due_at=due_utc, done_at=now, member_id=None, author=actor.display_name,
                         entered_late=True, note=reason))
    s.flush()
    return RoundRow(post_id, post.name, due, LATE_DONE, now, actor.display_name, reason)
