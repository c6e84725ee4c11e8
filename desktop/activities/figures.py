"""Figures for a period: activities held, person-times (人次), distinct people (人数), volunteer hours,
by kind and by community. Counted in SQL, never by loading rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.activities.common import community_names, day_range, scoped_community_ids
from desktop.activities.models import MODULE_LABELS, Activity, ActivityHelper, Attendance
from desktop.core.clock import utcnow
from desktop.core.roles import Perm
from desktop.core.security import Actor, require


@dataclass
class FigureRow:
    key: str
    label: str
    held: int = 0
    person_times: int = 0   # 人次
    people: int = 0         # 人数 (distinct)
    volunteer_minutes: int = 0

    @property
    def volunteer_hours(self) -> float:
        return round(self.volunteer_minutes / 60, 1)


@dataclass
class Figures:
    start: date
    end: date
    total: FigureRow
    by_kind: list[FigureRow] = field(default_factory=list)
    by_community: list[FigureRow] = field(default_factory=list)
    by_module: list[FigureRow] = field(default_factory=list)

    @property
    def held(self) -> int:
        return self.total.held

    @property
    def person_times(self) -> int:
        return self.total.person_times

    @property
    def people(self) -> int:
        return self.total.people

    @property
    def volunteer_hours(self) -> float:
        return self.total.volunteer_hours


def _filters(actor: Actor, start: date, end: date, community_id: str | None, module: str | None) -> list[Any]:
    lo, hi = day_range(start, end)
    conds: list[Any] = [Activity.deleted_at.is_(None), Activity.status != "cancelled",
                        Activity.starts_at >= lo, Activity.starts_at < hi,
                        or_(Activity.status == "held", Activity.starts_at <= utcnow())]
    scope = scoped_community_ids(actor)
    if community_id is not None:
        conds.append(Activity.community_id == community_id)
    elif scope is not None:
        conds.append(Activity.community_id.in_(scope))
    if module is not None:
        conds.append(Activity.module == module)
    return conds


def _grouped(s: Session, conds: list[Any], key: Any | None) -> dict[str | None, FigureRow]:
    """Rows by `key` (a column), or one row under "all" when `key` is None."""
    out: dict[str | None, FigureRow] = {}
    keys = [key] if key is not None else []

    def row(k: str | None) -> FigureRow:
        return out.setdefault(k, FigureRow(k or "", k or ""))

    def run(stmt: Any) -> list[tuple[Any, ...]]:
        if key is None:
            return [("all", *r) for r in s.execute(stmt)]
        return [tuple(r) for r in s.execute(stmt.group_by(key))]

    for k, n in run(select(*keys, func.count(Activity.id)).where(*conds)):
        row(k).held = n
    att = (select(*keys, func.count(Attendance.id), func.count(Attendance.person_id.distinct()),
                  func.count(Attendance.walk_in_name.distinct()))
           .join(Activity, Activity.id == Attendance.activity_id).where(Attendance.deleted_at.is_(None), *conds))
    for k, times, people, walk_ins in run(att):
        row(k).person_times, row(k).people = times, people + walk_ins
    vol = (select(*keys, func.coalesce(func.sum(ActivityHelper.minutes), 0))
           .join(Activity, Activity.id == ActivityHelper.activity_id)
           .where(ActivityHelper.deleted_at.is_(None), *conds))
    for k, minutes in run(vol):
        row(k).volunteer_minutes = int(minutes or 0)
    return out


def figures(s: Session, actor: Actor, start: date, end: date, *, community_id: str | None = None,
            module: str | None = None) -> Figures:
    """Figures of the activities held on local days start..end that the actor may see."""
    require(actor, Perm.ACTIVITY_VIEW, community_id=community_id)
    conds = _filters(actor, start, end, community_id, module)
    total = _grouped(s, conds, None).get("all") or FigureRow("all", "合计")
    total.key, total.label = "all", "合计"
    names = community_names(s)
    kinds = sorted(_grouped(s, conds, Activity.kind).values(), key=lambda r: (-r.held, r.key))
    for r in kinds:
        r.label = r.key or "（未分类）"
    comms = sorted(_grouped(s, conds, Activity.community_id).values(), key=lambda r: names.get(r.key, ""))
    for r in comms:
        r.label = names.get(r.key, r.key)
    mods = sorted(_grouped(s, conds, Activity.module).values(), key=lambda r: r.key)
    for r in mods:
        r.label = MODULE_LABELS.get(r.key, r.key)
    return Figures(start, end, total, kinds, comms, mods)


def helper_minutes(s: Session, person_ids: list[str], first: date, last: date) -> dict[str, int]:
    """Minutes each person helped at activities held from `first` to `last` (local days; cancelled
    activities do not count): the activity part of a volunteer's or a duty member's hours."""
    if not person_ids:
        return {}
    lo, hi = day_range(first, last)
    rows = s.execute(select(ActivityHelper.person_id, func.sum(ActivityHelper.minutes))
                     .join(Activity, Activity.id == ActivityHelper.activity_id)
                     .where(ActivityHelper.person_id.in_(person_ids), ActivityHelper.deleted_at.is_(None),
                            Activity.deleted_at.is_(None), Activity.status != "cancelled",
                            Activity.starts_at >= lo, Activity.starts_at < hi)
                     .group_by(ActivityHelper.person_id)).all()
    return {pid: int(total or 0) for pid, total in rows}
