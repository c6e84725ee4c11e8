"""Enrolment (报名) with capacity and a waiting list that moves up by itself."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.activities.common import check_people, load_activity, load_person
from desktop.activities.models import CANCELLED, ENROLLED, WAITING, Activity, Enrollment
from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError
from desktop.core.roles import Perm
from desktop.core.security import Actor


def _enrolled_count(s: Session, activity_id: str) -> int:
    return s.scalar(select(func.count()).select_from(Enrollment).where(
        Enrollment.activity_id == activity_id, Enrollment.status == ENROLLED,
        Enrollment.deleted_at.is_(None))) or 0


def _next_position(s: Session, activity_id: str) -> int:
    return (s.scalar(select(func.max(Enrollment.position)).where(Enrollment.activity_id == activity_id)) or 0) + 1


def _has_room(act: Activity, enrolled: int) -> bool:
    return not act.capacity or enrolled < act.capacity


def enroll(s: Session, actor: Actor, activity_id: str, person_id: str) -> str:
    """Enrol a person: 'enrolled' while places remain, else 'waiting'. Enrolling again changes nothing
    and returns the current status; a cancelled enrolment is renewed at the end of the queue."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT, lock=True)
    if act.status == "cancelled":
        raise UserError("活动已取消，不能报名")
    load_person(s, person_id)
    e = s.scalar(select(Enrollment).where(Enrollment.activity_id == act.id, Enrollment.person_id == person_id))
    if e is not None and e.deleted_at is None and e.status in (ENROLLED, WAITING):
        return e.status
    status = ENROLLED if _has_room(act, _enrolled_count(s, act.id)) else WAITING
    now = utcnow()
    if e is None:
        e = Enrollment(activity_id=act.id, person_id=person_id, status=status,
                       position=_next_position(s, act.id), enrolled_at=now)
        s.add(e)
    else:
        e.status, e.position, e.enrolled_at = status, _next_position(s, act.id), now
        e.cancelled_at, e.deleted_at = None, None
    s.flush()
    return status


def fill_from_waiting(s: Session, act: Activity) -> list[str]:
    """Move the first waiting people up while places are free; returns their person ids."""
    if act.status == "cancelled":
        return []
    moved: list[str] = []
    enrolled = _enrolled_count(s, act.id)
    while _has_room(act, enrolled):
        first = s.scalar(select(Enrollment).where(
            Enrollment.activity_id == act.id, Enrollment.status == WAITING, Enrollment.deleted_at.is_(None))
            .order_by(Enrollment.position).limit(1))
        if first is None:
            break
        first.status = ENROLLED
        s.flush()
        moved.append(first.person_id)
        enrolled += 1
    return moved


def cancel_enrollment(s: Session, actor: Actor, activity_id: str, person_id: str) -> list[str]:
    """Withdraw a person (enrolled or waiting); the first waiting move up. Returns who moved up."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT, lock=True)
    e = s.scalar(select(Enrollment).where(Enrollment.activity_id == act.id, Enrollment.person_id == person_id,
                                          Enrollment.deleted_at.is_(None)))
    if e is None or e.status == CANCELLED:
        raise NotFound("这个人没有报名这个活动")
    e.status, e.cancelled_at = CANCELLED, utcnow()
    s.flush()
    return fill_from_waiting(s, act)


def enroll_many(s: Session, actor: Actor, activity_id: str, person_ids: list[str]) -> dict[str, str]:
    """Enrol several in order (same rules as `enroll`, in one pass); person id -> resulting status."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT, lock=True)
    if act.status == "cancelled":
        raise UserError("活动已取消，不能报名")
    order = list(dict.fromkeys(person_ids))
    check_people(s, order)
    existing = {e.person_id: e for e in s.scalars(select(Enrollment).where(Enrollment.activity_id == act.id))}
    enrolled = _enrolled_count(s, act.id)
    position = _next_position(s, act.id)
    now = utcnow()
    out: dict[str, str] = {}
    with s.no_autoflush:
        for pid in order:
            e = existing.get(pid)
            if e is not None and e.deleted_at is None and e.status in (ENROLLED, WAITING):
                out[pid] = e.status
                continue
            status = ENROLLED if _has_room(act, enrolled) else WAITING
            enrolled += status == ENROLLED
            if e is None:
                s.add(Enrollment(activity_id=act.id, person_id=pid, status=status, position=position,
                                 enrolled_at=now))
            else:
                e.status, e.position, e.enrolled_at, e.cancelled_at, e.deleted_at = status, position, now, None, None
            position += 1
            out[pid] = status
    s.flush()
    return out
