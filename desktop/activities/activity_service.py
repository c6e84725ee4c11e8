"""Activities: create one, create a recurring series, edit or cancel one occurrence, list, detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.activities import recurrence
from desktop.activities.common import (
    community_names, day_range, load_activity, local_dt, room_label, scoped_community_ids,
)
from desktop.activities.models import (
    CANCELLED, ENROLLED, MODULES, STATUSES, WAITING, Activity, ActivityEvidence, ActivityHelper, ActivitySeries,
    Attendance,
    Enrollment, Room, RoomBooking,
)
from desktop.activities.room_service import reserve
from desktop.core.audit import AuditAction, record
from desktop.core.clock import utcnow
from desktop.core.conflicts import check_version
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.holidays import calendar_for
from desktop.core.like import like_contains
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Household, Person


@dataclass
class ActivityInput:
    title: str
    community_id: str
    starts_at: datetime
    ends_at: datetime
    kind: str = ""
    module: str = "general"
    organiser: str = ""
    organiser_user_id: str | None = None
    place: str = ""
    room_id: str | None = None
    capacity: int | None = None
    target: str = ""
    notes: str = ""


@dataclass
class SeriesInput:
    """A recurring activity: the rule, the local start/end time of day, the date range."""

    title: str
    community_id: str
    rule: recurrence.Rule
    start_time: time
    end_time: time
    kind: str = ""
    module: str = "general"
    organiser: str = ""
    organiser_user_id: str | None = None
    place: str = ""
    room_id: str | None = None
    capacity: int | None = None
    target: str = ""
    notes: str = ""


@dataclass
class ActivityRow:
    id: str
    title: str
    kind: str
    module: str
    community_id: str
    community_name: str
    starts_at: datetime
    ends_at: datetime
    place: str
    room_id: str | None
    room_name: str
    organiser: str
    capacity: int | None
    enrolled: int
    waiting: int
    attended: int
    status: str
    series_id: str | None


@dataclass
class PersonLine:
    person_id: str | None
    name: str
    room: str = ""            # 6号楼501
    phone: str = ""           # full; printing and views mask it
    status: str = ""
    position: int | None = None
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    source: str = ""
    minutes: int = 0
    role: str = ""
    community_id: str = ""


@dataclass
class ActivityDetail:
    row: ActivityRow
    target: str
    notes: str
    rule_text: str
    enrolled: list[PersonLine] = field(default_factory=list)
    waiting: list[PersonLine] = field(default_factory=list)
    attended: list[PersonLine] = field(default_factory=list)
    helpers: list[PersonLine] = field(default_factory=list)
    evidence: list[tuple[str, str, str]] = field(default_factory=list)  # (id, file name, sha256)
    version: int = 0            # hand back to update_occurrence: an activity changed meanwhile is not overwritten


EDITABLE = ("title", "kind", "organiser", "organiser_user_id", "place", "room_id", "starts_at", "ends_at",
            "capacity", "target", "notes", "status")


def _validate(title: str, starts_at: datetime, ends_at: datetime, module: str, capacity: int | None,
              status: str = "planned") -> None:
    errors: dict[str, str] = {}
    if not title.strip():
        errors["title"] = "请填写活动名称"
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        errors["starts_at"] = "时间缺少时区"
    elif ends_at <= starts_at:
        errors["ends_at"] = "结束时间应晚于开始时间"
    if module not in MODULES:
        errors["module"] = "所属模块无效"
    if capacity is not None and capacity < 0:
        errors["capacity"] = "名额不能为负数"
    if status not in STATUSES:
        errors["status"] = "状态无效"
    if errors:
        raise ValidationError(errors)


def _check_community(s: Session, community_id: str) -> None:
    c = s.get(Community, community_id)
    if c is None or c.deleted_at is not None:
        raise ValidationError({"community_id": "请选择社区"})


def _room(s: Session, room_id: str | None) -> Room | None:
    if room_id is None:
        return None
    room = s.scalar(select(Room).where(Room.id == room_id).with_for_update())
    if room is None or room.deleted_at is not None:
        raise ValidationError({"room_id": "找不到这个功能室"})
    return room


def _check_capacity_fits(room: Room | None, capacity: int | None) -> None:
    if room is not None and room.capacity and capacity and capacity > room.capacity:
        raise ValidationError({"capacity": msg("名额 {capacity} 超过{name}的容纳人数 {room_capacity}",
                                               capacity=capacity, name=room.name, room_capacity=room.capacity)})


def _new_activity(s: Session, inp: ActivityInput | SeriesInput, starts_at: datetime, ends_at: datetime,
                  room: Room | None, series_id: str | None) -> Activity:
    act = Activity(title=inp.title.strip(), kind=inp.kind.strip(), module=inp.module, community_id=inp.community_id,
                   organiser=inp.organiser.strip(), organiser_user_id=inp.organiser_user_id,
                   place=(inp.place.strip() or (room.name if room else "")), room_id=room.id if room else None,
                   starts_at=starts_at, ends_at=ends_at, capacity=inp.capacity or None, target=inp.target,
                   notes=inp.notes, series_id=series_id, status="planned")
    s.add(act)
    s.flush()
    if room is not None:
        reserve(s, room, starts_at, ends_at, purpose=act.title, module=act.module, activity_id=act.id)
    return act


def create_activity(s: Session, actor: Actor, inp: ActivityInput) -> str:
    require(actor, Perm.ACTIVITY_EDIT, community_id=inp.community_id, entity="activities")
    _validate(inp.title, inp.starts_at, inp.ends_at, inp.module, inp.capacity)
    _check_community(s, inp.community_id)
    room = _room(s, inp.room_id)
    _check_capacity_fits(room, inp.capacity)
    return _new_activity(s, inp, inp.starts_at, inp.ends_at, room, None).id


def create_series(s: Session, actor: Actor, inp: SeriesInput) -> list[str]:
    """Expand the rule into occurrences (all or none: a room clash on any date refuses the series)."""
    require(actor, Perm.ACTIVITY_EDIT, community_id=inp.community_id, entity="activity_series")
    try:
        dates = recurrence.expand(inp.rule, calendar_for(s, inp.rule.date_from, inp.rule.date_to))
    except recurrence.RuleError as exc:
        raise ValidationError({"rule": str(exc)}) from None
    if not dates:
        raise ValidationError({"rule": "这个日期范围内没有符合规则的日子"})
    d0 = dates[0]
    _validate(inp.title, local_dt(d0, inp.start_time), local_dt(d0, inp.end_time), inp.module, inp.capacity)
    _check_community(s, inp.community_id)
    room = _room(s, inp.room_id)
    _check_capacity_fits(room, inp.capacity)
    r = inp.rule
    series = ActivitySeries(title=inp.title.strip(), community_id=inp.community_id, module=inp.module, freq=r.freq,
                            interval=r.interval, weekdays=",".join(map(str, r.weekdays)), month_day=r.month_day,
                            nth_week=r.nth_week, start_time=inp.start_time, end_time=inp.end_time,
                            date_from=r.date_from, date_to=r.date_to, skip_holidays=r.skip_holidays,
                            rule_text=recurrence.describe(r))
    s.add(series)
    s.flush()
    return [_new_activity(s, inp, local_dt(d, inp.start_time), local_dt(d, inp.end_time), room, series.id).id
            for d in dates]


def _booking_of(s: Session, act: Activity) -> RoomBooking | None:
    return s.scalar(select(RoomBooking).where(RoomBooking.activity_id == act.id, RoomBooking.deleted_at.is_(None)))


def update_occurrence(s: Session, actor: Actor, activity_id: str, *, expected_version: int | None = None,
                      **changes: object) -> None:
    """Change this one occurrence only (a series' other dates stay as they are).

    Keys: title, kind, organiser, organiser_user_id, place, room_id, starts_at, ends_at, capacity,
    target, notes, status. Moving the time or room moves the booking (refused on a clash); raising the
    capacity moves people up from the waiting list. `expected_version` (ActivityDetail.version): an
    activity changed at another desk since the editor loaded it raises ConflictError.
    """
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT, lock=True)
    check_version(act, expected_version, msg("活动“{title}”", title=act.title))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    new = {k: getattr(act, k) for k in EDITABLE} | changes
    if new["capacity"] == 0:
        new["capacity"] = None
    _validate(str(new["title"]), new["starts_at"], new["ends_at"], act.module, new["capacity"],
              str(new["status"]))
    room = _room(s, new["room_id"])
    _check_capacity_fits(room, new["capacity"])
    booking = _booking_of(s, act)
    if new["status"] == "cancelled" or room is None:
        if booking is not None:
            booking.deleted_at = utcnow()
    else:
        reserve(s, room, new["starts_at"], new["ends_at"], purpose=str(new["title"]), module=act.module,
                activity_id=act.id, booking=booking)
    if room is not None and "place" not in changes and act.room_id != room.id:
        new["place"] = room.name
    for key in EDITABLE:
        if key in ("title", "kind", "organiser", "place") and isinstance(new[key], str):
            new[key] = new[key].strip()
        if getattr(act, key) != new[key]:
            setattr(act, key, new[key])
    if act.series_id is not None and s.is_modified(act):
        act.detached = True
    s.flush()
    from desktop.activities.enrolment_service import fill_from_waiting  # deferred: not needed at start-up

    fill_from_waiting(s, act)


def cancel_activity(s: Session, actor: Actor, activity_id: str) -> None:
    update_occurrence(s, actor, activity_id, status="cancelled")


def delete_activity(s: Session, actor: Actor, activity_id: str) -> None:
    """Soft delete (a mistaken entry); its room booking is released."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_EDIT)
    booking = _booking_of(s, act)
    now = utcnow()
    if booking is not None:
        booking.deleted_at = now
    act.deleted_at = now


def _counts(s: Session, ids: list[str]) -> dict[str, tuple[int, int, int]]:
    if not ids:
        return {}
    out = {i: [0, 0, 0] for i in ids}
    for aid, status, n in s.execute(
            select(Enrollment.activity_id, Enrollment.status, func.count()).where(
                Enrollment.activity_id.in_(ids), Enrollment.deleted_at.is_(None),
                Enrollment.status.in_([ENROLLED, WAITING])).group_by(Enrollment.activity_id, Enrollment.status)):
        out[aid][0 if status == ENROLLED else 1] = n
    for aid, n in s.execute(select(Attendance.activity_id, func.count()).where(
            Attendance.activity_id.in_(ids), Attendance.deleted_at.is_(None)).group_by(Attendance.activity_id)):
        out[aid][2] = n
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _rows(s: Session, acts: list[Activity]) -> list[ActivityRow]:
    names = community_names(s)
    room_ids = {a.room_id for a in acts if a.room_id}
    rooms = dict(s.execute(select(Room.id, Room.name).where(Room.id.in_(room_ids))).all()) if room_ids else {}
    counts: dict[str, tuple[int, int, int]] = {}
    ids = [a.id for a in acts]
    for i in range(0, len(ids), 500):
        counts |= _counts(s, ids[i:i + 500])
    return [ActivityRow(a.id, a.title, a.kind, a.module, a.community_id, names.get(a.community_id, ""), a.starts_at,
                        a.ends_at, a.place, a.room_id, rooms.get(a.room_id or "", ""), a.organiser, a.capacity,
                        *counts.get(a.id, (0, 0, 0)), a.status, a.series_id) for a in acts]


def list_activities(s: Session, actor: Actor, start: date, end: date, module: str | None = None,
                    community_id: str | None = None, *, query: str = "",
                    include_cancelled: bool = True) -> list[ActivityRow]:
    """Activities starting on local days start..end (inclusive) that the actor may see, by time."""
    require(actor, Perm.ACTIVITY_VIEW, community_id=community_id)
    lo, hi = day_range(start, end)
    stmt = select(Activity).where(Activity.deleted_at.is_(None), Activity.starts_at >= lo,
                                  Activity.starts_at < hi).order_by(Activity.starts_at, Activity.title)
    scope = scoped_community_ids(actor)
    if community_id is not None:
        stmt = stmt.where(Activity.community_id == community_id)
    elif scope is not None:
        stmt = stmt.where(Activity.community_id.in_(scope))
    if module is not None:
        stmt = stmt.where(Activity.module == module)
    if query.strip():
        stmt = stmt.where(like_contains(Activity.title, query.strip()))
    if not include_cancelled:
        stmt = stmt.where(Activity.status != "cancelled")
    return _rows(s, list(s.scalars(stmt)))


def find_activity(s: Session, actor: Actor, id_or_title: str) -> str:
    """An activity by id, or by exact title (the latest occurrence); ambiguous titles are refused."""
    require(actor, Perm.ACTIVITY_VIEW)
    key = id_or_title.strip()
    act = s.get(Activity, key)
    if act is not None and act.deleted_at is None:
        load_activity(s, actor, act.id, Perm.ACTIVITY_VIEW)
        return act.id
    stmt = select(Activity).where(Activity.deleted_at.is_(None), Activity.title == key)
    scope = scoped_community_ids(actor)
    if scope is not None:
        stmt = stmt.where(Activity.community_id.in_(scope))
    acts = list(s.scalars(stmt.order_by(Activity.starts_at.desc())))
    if not acts:
        raise NotFound(msg("找不到活动「{key}」", key=key))
    latest = acts[0]
    if len(acts) > 1 and (acts[1].starts_at == latest.starts_at or len({a.community_id for a in acts}) > 1):
        names = community_names(s)
        where = "、".join(sorted({names.get(a.community_id, "") for a in acts}))
        raise UserError(msg("有 {count} 个名为「{key}」的活动（{where}），无法确定是哪一个：请改用活动编号",
                            count=len(acts), key=key, where=where))
    return latest.id


def activity_detail(s: Session, actor: Actor, activity_id: str) -> ActivityDetail:
    """Enrolled, waiting, attended and helpers: people only (never any case or health record)."""
    act = load_activity(s, actor, activity_id, Perm.ACTIVITY_VIEW)
    row = _rows(s, [act])[0]
    rule_text = ""
    if act.series_id:
        rule_text = s.scalar(select(ActivitySeries.rule_text).where(ActivitySeries.id == act.series_id)) or ""
    det = ActivityDetail(row=row, target=act.target, notes=act.notes, rule_text=rule_text, version=act.version)

    def line(p: Person | None, hh: Household | None, **kw: object) -> PersonLine:
        if p is None:
            return PersonLine(None, **kw)  # type: ignore[arg-type]  # kw: PersonLine's own fields
        return PersonLine(p.id, p.name, room_label(hh), p.phone, community_id=p.community_id,
                          **kw)  # type: ignore[arg-type]  # kw: PersonLine's own fields

    enrol = s.execute(select(Enrollment, Person, Household).join(Person, Person.id == Enrollment.person_id)
                      .outerjoin(Household, Household.id == Person.household_id)
                      .where(Enrollment.activity_id == act.id, Enrollment.deleted_at.is_(None),
                             Enrollment.status != CANCELLED).order_by(Enrollment.position)).all()
    for e, p, hh in enrol:
        target = det.enrolled if e.status == ENROLLED else det.waiting
        target.append(line(p, hh, status=e.status, position=e.position))
    for i, w in enumerate(det.waiting, start=1):
        w.position = i
    att = s.execute(select(Attendance, Person, Household).outerjoin(Person, Person.id == Attendance.person_id)
                    .outerjoin(Household, Household.id == Person.household_id)
                    .where(Attendance.activity_id == act.id, Attendance.deleted_at.is_(None))
                    .order_by(Attendance.checked_in_at, Attendance.created_at)).all()
    for a, p, hh in att:
        kw = dict(checked_in_at=a.checked_in_at, checked_out_at=a.checked_out_at, source=a.source)
        det.attended.append(line(p, hh, **kw) if p is not None
                            else PersonLine(None, a.walk_in_name or "", status="walk_in", **kw))
    helpers = s.execute(select(ActivityHelper, Person, Household).join(Person, Person.id == ActivityHelper.person_id)
                        .outerjoin(Household, Household.id == Person.household_id)
                        .where(ActivityHelper.activity_id == act.id, ActivityHelper.deleted_at.is_(None))
                        .order_by(ActivityHelper.created_at)).all()
    for h, p, hh in helpers:
        det.helpers.append(line(p, hh, minutes=h.minutes, role=h.role))
    det.evidence = [(ev_id, file_name, sha256) for ev_id, file_name, sha256 in s.execute(
        select(ActivityEvidence.id, ActivityEvidence.file_name, ActivityEvidence.sha256)
        .where(ActivityEvidence.activity_id == act.id, ActivityEvidence.deleted_at.is_(None))
        .order_by(ActivityEvidence.created_at))]
    record(s, actor, AuditAction.VIEW, "activities", act.id, "活动详情（报名/签到名单）")
    return det
