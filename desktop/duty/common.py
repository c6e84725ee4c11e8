"""Shared look-ups of the duty services: a team with its scope check, local time conversion."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import SHANGHAI
from desktop.core.errors import NotFound
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty.models import DutyMember, DutyPost, DutyShift, DutyTeam


def team(s: Session, actor: Actor, team_id: str, perm: Perm) -> DutyTeam:
    """The team, after checking `perm` in its community."""
    row = s.get(DutyTeam, team_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="duty_teams", entity_id=team_id)
        raise NotFound("找不到这个志愿服务队")
    require(actor, perm, community_id=row.community_id, entity="duty_teams", entity_id=team_id)
    return row


def team_by_name(s: Session, actor: Actor, name: str, perm: Perm) -> DutyTeam:
    require(actor, perm, entity="duty_teams")
    row = s.scalars(select(DutyTeam).where(DutyTeam.name == name.strip(), DutyTeam.deleted_at.is_(None))).first()
    if row is None:
        raise NotFound(msg("找不到志愿服务队「{name}」", name=name))
    return team(s, actor, row.id, perm)


def member(s: Session, actor: Actor, member_id: str, perm: Perm) -> tuple[DutyTeam, DutyMember]:
    row = s.get(DutyMember, member_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="duty_members", entity_id=member_id)
        raise NotFound("找不到这位队员")
    return team(s, actor, row.team_id, perm), row


def post(s: Session, actor: Actor, post_id: str, perm: Perm) -> tuple[DutyTeam, DutyPost]:
    row = s.get(DutyPost, post_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="duty_posts", entity_id=post_id)
        raise NotFound("找不到这个岗位")
    return team(s, actor, row.team_id, perm), row


def shift(s: Session, actor: Actor, shift_id: str, perm: Perm) -> tuple[DutyTeam, DutyShift]:
    row = s.get(DutyShift, shift_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="duty_shifts", entity_id=shift_id)
        raise NotFound("找不到这个班次")
    return team(s, actor, row.team_id, perm), row


def to_utc(local: datetime) -> datetime:
    """A naive Shanghai wall-clock time as aware UTC."""
    return local.replace(tzinfo=SHANGHAI).astimezone(timezone.utc)


def to_local_naive(moment: datetime) -> datetime:
    return moment.astimezone(SHANGHAI).replace(tzinfo=None)


def local_day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """UTC moments of first 00:00 and the day after `last` 00:00, Shanghai time."""
    return (to_utc(datetime.combine(first, time(0))), to_utc(datetime.combine(last + timedelta(days=1), time(0))))


def fmt_hm(t: time | None) -> str:
    return t.strftime("%H:%M") if t is not None else ""


def parse_hm(text: str) -> time:
    text = text.strip().replace("：", ":")
    try:
        h, m = text.split(":")
        return time(int(h), int(m))
    except ValueError as exc:
        raise ValueError(msg("时间格式应为 HH:MM：{text}", text=text)) from exc


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


GRACE_MINUTES = 10          # check-in later than start + grace is late; nobody by then is a no-show
REST_HOURS = 8.0            # the generator's least rest between two shifts of one volunteer
