"""Home visits: 特困 and 空巢 members (and any category given an interval in the rules) are visited on
a schedule; the overdue list feeds the social worker's 今日 page; visit records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.clock import today as local_today
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.member_rules import get_rules
from desktop.elder.scope import member_filter, require_member
from desktop.elder.models import ACTIVE, ElderMember, ElderVisit
from desktop.roster.models import Household, Person


@dataclass
class VisitInput:
    member_id: str
    day: date | None = None
    minutes: int = 0
    findings: str = ""
    follow_up: str = ""
    staff: str = ""


@dataclass
class VisitDue:
    member_id: str
    member_no: str
    name: str
    category: str
    phone: str
    address: str
    interval_days: int
    last_visit: date | None
    due: date
    overdue_days: int          # > 0: overdue by that many days


@dataclass
class VisitRow:
    id: str
    day: date
    member_id: str
    member_no: str
    name: str
    staff: str
    minutes: int
    findings: str
    follow_up: str


def visit_intervals(s: Session) -> dict[str, int]:
    """Category → days between visits, from the rules (visit_interval.<category>)."""
    out: dict[str, int] = {}
    for key, value in get_rules(s).items():
        if key.startswith("visit_interval.") and value.strip().isdigit() and int(value) > 0:
            out[key.split(".", 1)[1]] = int(value)
    return out


def next_due(last_visit: date | None, join_date: date, interval: int) -> date:
    """Never visited: due from the day of joining. Otherwise `interval` days after the last visit."""
    return join_date if last_visit is None else last_visit + timedelta(days=interval)


def visit_schedule(s: Session, actor: Actor, on: date | None = None) -> list[VisitDue]:
    """Every scheduled member with the next due date, most overdue first."""
    require(actor, Perm.ELDER_VIEW, entity="elder_visits")
    on = on or local_today()
    intervals = visit_intervals(s)
    if not intervals:
        return []
    last = (select(ElderVisit.member_id, func.max(ElderVisit.day).label("last"))
            .where(ElderVisit.deleted_at.is_(None)).group_by(ElderVisit.member_id).subquery())
    q = (select(ElderMember.id, ElderMember.member_no, ElderMember.name, ElderMember.category, ElderMember.phone,
                ElderMember.join_date, Household.address, last.c.last)
         .join(Person, Person.id == ElderMember.person_id)
         .outerjoin(Household, Household.id == Person.household_id)
         .outerjoin(last, last.c.member_id == ElderMember.id)
         .where(ElderMember.deleted_at.is_(None), ElderMember.status == ACTIVE, member_filter(actor),
                ElderMember.category.in_(list(intervals))))
    out = []
    for mid, no, name, cat, phone, joined, address, last_day in s.execute(q):
        due = next_due(last_day, joined, intervals[cat])
        out.append(VisitDue(mid, no, name, cat, phone, address or "", intervals[cat], last_day, due,
                            max(0, (on - due).days)))
    out.sort(key=lambda v: (v.due, v.member_no))
    return out


def overdue_visits(s: Session, actor: Actor, on: date | None = None) -> list[VisitDue]:
    return [v for v in visit_schedule(s, actor, on) if v.overdue_days > 0]


def add_visit(s: Session, actor: Actor, inp: VisitInput) -> str:
    require(actor, Perm.ELDER_MANAGE, entity="elder_visits", entity_id=inp.member_id)
    m = s.get(ElderMember, inp.member_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("没有这个会员")
    require_member(actor, m, Perm.ELDER_MANAGE)
    day = inp.day or local_today()
    errors = {}
    if day > local_today() + timedelta(days=1):
        errors["day"] = "探访日期不能是将来"
    if inp.minutes < 0 or inp.minutes > 24 * 60:
        errors["minutes"] = "探访时长应在 0 到 1440 分钟之间"
    if errors:
        raise ValidationError(errors)
    v = ElderVisit(member_id=m.id, day=day, minutes=inp.minutes, findings=inp.findings.strip(),
                   follow_up=inp.follow_up.strip(), staff=inp.staff.strip() or actor.display_name,
                   staff_user_id=None if inp.staff.strip() else actor.id)
    s.add(v)
    s.flush()
    return v.id


def list_visits(s: Session, actor: Actor, first: date, last: date, member_id: str | None = None) -> list[VisitRow]:
    require(actor, Perm.ELDER_VIEW, entity="elder_visits")
    q = (select(ElderVisit, ElderMember.member_no, ElderMember.name)
         .join(ElderMember, ElderMember.id == ElderVisit.member_id)
         .where(ElderVisit.day >= first, ElderVisit.day <= last, ElderVisit.deleted_at.is_(None),
                member_filter(actor)))
    if member_id:
        q = q.where(ElderVisit.member_id == member_id)
    return [VisitRow(v.id, v.day, v.member_id, no, name, v.staff, v.minutes, v.findings, v.follow_up)
            for v, no, name in s.execute(q.order_by(ElderVisit.day.desc()))]
