"""Shared helpers of the activity services: loading with scope checks, local-day ranges."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities.models import Activity
from desktop.core.clock import SHANGHAI
from desktop.core.errors import NotFound
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.core.communities import Community
from desktop.roster.models import Household, Person


def day_start(d: date) -> datetime:
    """Midnight of local (Shanghai) day `d`, as an aware datetime."""
    return datetime.combine(d, time(0), tzinfo=SHANGHAI)


def day_range(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, end+1 00:00) in local time."""
    return day_start(start), day_start(end + timedelta(days=1))


def local_dt(d: date, t: time) -> datetime:
    return datetime.combine(d, t, tzinfo=SHANGHAI)


def load_activity(s: Session, actor: Actor, activity_id: str, perm: Perm, *, lock: bool = False) -> Activity:
    """The activity, after checking `perm` in its community; NotFound when absent or deleted."""
    stmt = select(Activity).where(Activity.id == activity_id)
    if lock:
        stmt = stmt.with_for_update()
    act = s.scalar(stmt)
    if act is None or act.deleted_at is not None:
        require(actor, perm, entity="activities", entity_id=activity_id)
        raise NotFound("找不到这个活动（可能已删除）")
    require(actor, perm, community_id=act.community_id, entity="activities", entity_id=act.id)
    return act


def check_people(s: Session, person_ids: list[str] | tuple[str, ...]) -> None:
    """NotFound unless every id is a person on the roster (not deleted); one query per 500."""
    wanted = set(person_ids)
    found: set[str] = set()
    ids = list(wanted)
    with s.no_autoflush:
        for i in range(0, len(ids), 500):
            found |= set(s.scalars(select(Person.id).where(Person.id.in_(ids[i:i + 500]),
                                                           Person.deleted_at.is_(None))))
    if found != wanted:
        raise NotFound("找不到这个人（可能已从花名册删除）")


def load_person(s: Session, person_id: str) -> str:
    check_people(s, [person_id])
    return person_id


def scoped_community_ids(actor: Actor) -> frozenset[str] | None:
    """None when the actor sees every community."""
    return None if actor.all_communities else actor.community_ids


def community_names(s: Session) -> dict[str, str]:
    return dict(s.execute(select(Community.id, Community.name)).all())


def room_label(household: Household | None) -> str:
    """6号楼501 — the short address printed on sheets."""
    if household is None:
        return ""
    return short_address(household.building.name if household.building is not None else "", household.unit,
                         household.room)


def short_address(building: str | None, unit: str | None, room: str | None, estate: str | None = None) -> str:
    """6号楼2单元501 — with the estate in front when given (西湖花园6号楼501), since a community has several."""
    if room is None:
        return ""
    unit = unit or ""
    unit = f"{unit}单元" if unit and not unit.endswith("单元") else unit
    return f"{estate or ''}{building or ''}{unit}{room}"
