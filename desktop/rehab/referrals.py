"""Support and referrals (就业, 家庭, 医疗, 低保, 技能培训) with outcome, and the person's part in
anti-drug volunteering and publicity events (read from the activities module)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError
from desktop.activities.models import Activity, ActivityHelper, Attendance
from desktop.core.security import Actor, User
from desktop.rehab import access, links
from desktop.rehab.models import REFERRAL_KINDS, Referral

ENTITY = "rehab_referrals"


@dataclass(frozen=True)
class ReferralRow:
    id: str
    kind: str
    to_org: str
    on: date
    outcome: str
    author: str


def add_referral(s: Session, actor: Actor, case_id: str, *, kind: str, to_org: str, on: date,
                 outcome: str = "") -> str:
    access.case_for(s, actor, case_id, edit=True, entity=ENTITY)
    if kind not in REFERRAL_KINDS:
        raise ValidationError({"kind": "转介类别应为就业、家庭、医疗、低保或技能培训"})
    if not to_org.strip():
        raise ValidationError({"to_org": "请填写转介到的单位"})
    r = Referral(case_id=case_id, kind=kind, to_org=to_org.strip(), on=on, outcome=outcome.strip(),
                 author_id=actor.id)
    s.add(r)
    s.flush()
    return r.id


def set_referral_outcome(s: Session, actor: Actor, referral_id: str, outcome: str) -> None:
    access.require_rehab(actor, edit=True, entity=ENTITY, entity_id=referral_id)
    r = s.get(Referral, referral_id)
    if r is None or r.deleted_at is not None:
        raise NotFound("没有这条转介记录")
    access.case_for(s, actor, r.case_id, edit=True, entity=ENTITY)
    r.outcome = outcome.strip()


def list_referrals(s: Session, actor: Actor, case_id: str) -> list[ReferralRow]:
    access.case_for(s, actor, case_id, entity=ENTITY)
    rows = s.execute(select(Referral, User.display_name).outerjoin(User, User.id == Referral.author_id)
                     .where(Referral.case_id == case_id, Referral.deleted_at.is_(None))
                     .order_by(Referral.on.desc())).all()
    return [ReferralRow(r.id, r.kind, r.to_org, r.on, r.outcome, name or "") for r, name in rows]


@dataclass(frozen=True)
class EventRow:
    title: str
    starts_at: datetime
    role: str          # 参加 / 志愿者
    minutes: int


@dataclass(frozen=True)
class Participation:
    events: list[EventRow] = field(default_factory=list)
    attended: int = 0
    helped: int = 0
    volunteer_minutes: int = 0


def participation(s: Session, actor: Actor, case_id: str) -> Participation:
    """Anti-drug publicity events (activities of module 'rehab') the person attended or helped at."""
    case = access.case_for(s, actor, case_id, entity=ENTITY)
    person = links.person_of(s, case)
    if person is None:
        return Participation()
    attended = s.execute(select(Activity.title, Activity.starts_at)
                         .join(Attendance, Attendance.activity_id == Activity.id)
                         .where(Attendance.person_id == person.id, Attendance.deleted_at.is_(None),
                                Activity.deleted_at.is_(None), Activity.module == "rehab")).all()
    helped = s.execute(select(Activity.title, Activity.starts_at, ActivityHelper.minutes)
                       .join(ActivityHelper, ActivityHelper.activity_id == Activity.id)
                       .where(ActivityHelper.person_id == person.id, ActivityHelper.deleted_at.is_(None),
                              Activity.deleted_at.is_(None), Activity.module == "rehab")).all()
    events = [EventRow(t, at, "参加", 0) for t, at in attended]
    events += [EventRow(t, at, "志愿者", m) for t, at, m in helped]
    events.sort(key=lambda e: e.starts_at, reverse=True)
    minutes = s.scalar(select(func.coalesce(func.sum(ActivityHelper.minutes), 0))
                       .where(ActivityHelper.person_id == person.id, ActivityHelper.deleted_at.is_(None)))
    return Participation(events, len(attended), len(helped), int(minutes or 0))
