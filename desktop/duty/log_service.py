"""值班日志: patrol notes, visitors, incidents, traffic and the hand-over (交接) between shifts; the
incoming volunteer acknowledges the last hand-over (recorded, append-only)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import common
from desktop.duty.models import LOG_KINDS, DutyLogAck, DutyLogEntry, DutyPost
from desktop.duty.teams_service import member_for_user

HANDOVER = "交接"
MAX_TEXT = 2000
HANDOVER_HOURS = 24          # a hand-over older than this no longer waits for the incoming volunteer


@dataclass(frozen=True)
class LogRow:
    id: str
    at: datetime             # aware UTC
    kind: str
    text: str
    author: str
    post_name: str
    author_id: str | None = None
    acks: tuple[tuple[str, datetime], ...] = ()     # (who, when) acknowledged a hand-over

    @property
    def acknowledged(self) -> bool:
        return bool(self.acks)


def add_log(s: Session, actor: Actor, team_id: str, kind: str, text: str, *, post_id: str | None = None,
            at: datetime | None = None) -> str:
    common.team(s, actor, team_id, Perm.DUTY_DESK)
    if kind not in LOG_KINDS:
        raise ValidationError({"kind": msg("类别应为：{log_kinds}", log_kinds='/'.join(LOG_KINDS))})
    text = text.strip()
    if not text:
        raise ValidationError({"text": "请写下值班情况"})
    if len(text) > MAX_TEXT:
        raise ValidationError({"text": msg("内容太长（最多 {max_text} 字）", max_text=MAX_TEXT)})
    e = DutyLogEntry(team_id=team_id, post_id=post_id, at=at or utcnow(), kind=kind, text=text,
                     author=actor.display_name, author_id=actor.id)
    s.add(e)
    s.flush()
    return e.id


def _rows(s: Session, team_id: str, entries: list[DutyLogEntry]) -> list[LogRow]:
    posts = {p.id: p.name for p in s.scalars(select(DutyPost).where(DutyPost.team_id == team_id))}
    acks: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    ids = [e.id for e in entries if e.kind == HANDOVER]
    if ids:
        for a in s.scalars(select(DutyLogAck).where(DutyLogAck.entry_id.in_(ids), DutyLogAck.deleted_at.is_(None))
                           .order_by(DutyLogAck.at)):
            acks[a.entry_id].append((a.name, a.at))
    return [LogRow(e.id, e.at, e.kind, e.text, e.author, posts.get(e.post_id or "", ""), e.author_id,
                   tuple(acks.get(e.id, ()))) for e in entries]


def list_log(s: Session, actor: Actor, team_id: str, first: date, last: date, kind: str | None = None) -> list[LogRow]:
    """Entries of the period, newest first."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    lo, hi = common.local_day_bounds(first, last)
    q = select(DutyLogEntry).where(DutyLogEntry.team_id == team_id, DutyLogEntry.deleted_at.is_(None),
                                   DutyLogEntry.at >= lo, DutyLogEntry.at < hi).order_by(DutyLogEntry.at.desc())
    if kind:
        q = q.where(DutyLogEntry.kind == kind)
    return _rows(s, team_id, list(s.scalars(q)))


def day_log(s: Session, actor: Actor, team_id: str, day: date) -> list[LogRow]:
    """The day's entries as the desk shows them: the last hand-over first, then the rest newest first."""
    rows = list_log(s, actor, team_id, day, day)
    last = next((r for r in rows if r.kind == HANDOVER), None)
    return ([last] + [r for r in rows if r is not last]) if last else rows


def pending_handover(s: Session, actor: Actor, team_id: str, now: datetime | None = None) -> LogRow | None:
    """The last hand-over of the past day that nobody has acknowledged yet, when the signed-in user did
    not write it (he is the incoming volunteer)."""
    common.team(s, actor, team_id, Perm.DUTY_VIEW)
    now = now or utcnow()
    e = s.scalars(select(DutyLogEntry).where(
        DutyLogEntry.team_id == team_id, DutyLogEntry.deleted_at.is_(None), DutyLogEntry.kind == HANDOVER,
        DutyLogEntry.at <= now, DutyLogEntry.at > now - timedelta(hours=HANDOVER_HOURS))
        .order_by(DutyLogEntry.at.desc())).first()
    if e is None or (actor.id is not None and e.author_id == actor.id):
        return None
    [row] = _rows(s, team_id, [e])
    return None if row.acknowledged else row


def ack_handover(s: Session, actor: Actor, entry_id: str, now: datetime | None = None) -> None:
    """接班确认: the incoming volunteer has read the hand-over."""
    e = s.get(DutyLogEntry, entry_id)
    if e is None or e.deleted_at is not None:
        raise NotFound("找不到这条值班日志")
    team = common.team(s, actor, e.team_id, Perm.DUTY_DESK)
    if e.kind != HANDOVER:
        raise UserError("只有交接记录需要接班确认")
    if actor.id is not None and e.author_id == actor.id:
        raise UserError("这是您自己写的交接，请由接班的队员确认")
    if s.scalars(select(DutyLogAck.id).where(DutyLogAck.entry_id == e.id, DutyLogAck.user_id == actor.id,
                                             DutyLogAck.deleted_at.is_(None))).first():
        raise UserError("您已经确认过这条交接")
    me = member_for_user(s, actor, team.id)
    s.add(DutyLogAck(entry_id=e.id, member_id=me.id if me else None, user_id=actor.id, name=actor.display_name,
                     at=now or utcnow()))
    s.flush()
