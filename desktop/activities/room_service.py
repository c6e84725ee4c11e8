"""Function rooms and their bookings. Two bookings of one room that overlap in time are refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.activities.common import day_range
from desktop.activities.models import MODULES, Activity, Room, RoomBooking
from desktop.core.clock import to_local, utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require


class RoomClash(UserError):
    """The room is already taken for part of the requested time."""

    def __init__(self, message: str, booking_id: str) -> None:
        super().__init__(message)
        self.booking_id = booking_id


@dataclass
class RoomInput:
    name: str
    kind: str = ""
    capacity: int | None = None
    community_id: str | None = None
    owner_module: str = "general"
    place: str = ""
    notes: str = ""
    active: bool = True


@dataclass
class RoomRow:
    id: str
    name: str
    kind: str
    capacity: int | None
    community_id: str | None
    owner_module: str
    place: str
    active: bool


@dataclass
class BookingRow:
    id: str
    room_id: str
    room_name: str
    starts_at: datetime
    ends_at: datetime
    purpose: str
    module: str
    activity_id: str | None
    activity_title: str


def _span(starts_at: datetime, ends_at: datetime) -> str:
    a, b = to_local(starts_at), to_local(ends_at)
    end = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%m-%d %H:%M")
    return f"{a:%Y-%m-%d %H:%M}–{end}"


def _validate_room(inp: RoomInput) -> None:
    errors: dict[str, str] = {}
    if not inp.name.strip():
        errors["name"] = "请填写功能室名称"
    if inp.capacity is not None and inp.capacity < 0:
        errors["capacity"] = "容纳人数不能为负数"
    if inp.owner_module not in MODULES:
        errors["owner_module"] = "所属模块无效"
    if errors:
        raise ValidationError(errors)


def _row(r: Room) -> RoomRow:
    return RoomRow(r.id, r.name, r.kind, r.capacity, r.community_id, r.owner_module, r.place, r.active)


def create_room(s: Session, actor: Actor, inp: RoomInput) -> str:
    require(actor, Perm.ACTIVITY_EDIT, community_id=inp.community_id, entity="rooms")
    _validate_room(inp)
    dup = s.scalar(select(Room.id).where(Room.name == inp.name.strip(), Room.deleted_at.is_(None),
                                         Room.community_id.is_(None) if inp.community_id is None
                                         else Room.community_id == inp.community_id))
    if dup:
        raise ValidationError({"name": msg("已有名为「{name}」的功能室", name=inp.name.strip())})
    room = Room(name=inp.name.strip(), kind=inp.kind.strip(), capacity=inp.capacity, community_id=inp.community_id,
                owner_module=inp.owner_module, place=inp.place.strip(), notes=inp.notes, active=inp.active)
    s.add(room)
    s.flush()
    return room.id


def _load_room(s: Session, actor: Actor, room_id: str, perm: Perm, *, lock: bool = False) -> Room:
    stmt = select(Room).where(Room.id == room_id)
    if lock:
        stmt = stmt.with_for_update()
    room = s.scalar(stmt)
    if room is None or room.deleted_at is not None:
        require(actor, perm, entity="rooms", entity_id=room_id)
        raise NotFound("找不到这个功能室")
    require(actor, perm, community_id=room.community_id, entity="rooms", entity_id=room.id)
    return room


def update_room(s: Session, actor: Actor, room_id: str, inp: RoomInput) -> None:
    room = _load_room(s, actor, room_id, Perm.ACTIVITY_EDIT)
    _validate_room(inp)
    room.name, room.kind, room.capacity = inp.name.strip(), inp.kind.strip(), inp.capacity
    room.place, room.notes, room.active, room.owner_module = inp.place.strip(), inp.notes, inp.active, inp.owner_module


def list_rooms(s: Session, actor: Actor, *, community_id: str | None = None, module: str | None = None,
               include_inactive: bool = False) -> list[RoomRow]:
    require(actor, Perm.ACTIVITY_VIEW, community_id=community_id)
    stmt = select(Room).where(Room.deleted_at.is_(None)).order_by(Room.kind, Room.name)
    if community_id is not None:
        stmt = stmt.where((Room.community_id == community_id) | Room.community_id.is_(None))
    elif not actor.all_communities:
        stmt = stmt.where(Room.community_id.in_(actor.community_ids) | Room.community_id.is_(None))
    if module is not None:
        stmt = stmt.where(Room.owner_module == module)
    if not include_inactive:
        stmt = stmt.where(Room.active.is_(True))
    return [_row(r) for r in s.scalars(stmt)]


def find_clash(s: Session, room_id: str, starts_at: datetime, ends_at: datetime,
               exclude_booking: str | None = None) -> RoomBooking | None:
    stmt = select(RoomBooking).where(
        RoomBooking.room_id == room_id, RoomBooking.deleted_at.is_(None),
        RoomBooking.starts_at < ends_at, RoomBooking.ends_at > starts_at,
    ).order_by(RoomBooking.starts_at).limit(1)
    if exclude_booking is not None:
        stmt = stmt.where(RoomBooking.id != exclude_booking)
    return s.scalar(stmt)


def _clash_message(s: Session, room: Room, other: RoomBooking) -> str:
    what = other.purpose
    if other.activity_id:
        title = s.scalar(select(Activity.title).where(Activity.id == other.activity_id))
        what = title or what
    if what:
        return msg("{room}在 {span} 已被「{what}」占用，请换时间或换功能室", room=room.name,
                   span=_span(other.starts_at, other.ends_at), what=what)
    return msg("{room}在 {span} 已被其他预约占用，请换时间或换功能室", room=room.name,
               span=_span(other.starts_at, other.ends_at))


def reserve(s: Session, room: Room, starts_at: datetime, ends_at: datetime, *, purpose: str, module: str,
            activity_id: str | None = None, booking: RoomBooking | None = None) -> RoomBooking:
    """Book (or move `booking`) after the clash check; the caller has checked permissions."""
    if ends_at <= starts_at:
        raise ValidationError({"ends_at": "结束时间应晚于开始时间"})
    if not room.active:
        raise UserError(msg("{name}已停用，不能预约", name=room.name))
    other = find_clash(s, room.id, starts_at, ends_at, booking.id if booking is not None else None)
    if other is not None:
        raise RoomClash(_clash_message(s, room, other), other.id)
    if booking is None:
        booking = RoomBooking(room_id=room.id, starts_at=starts_at, ends_at=ends_at, purpose=purpose,
                              module=module, activity_id=activity_id)
        s.add(booking)
    else:
        booking.room_id, booking.starts_at, booking.ends_at = room.id, starts_at, ends_at
        booking.purpose = purpose
    s.flush()
    return booking


def book_room(s: Session, actor: Actor, room_id: str, starts_at: datetime, ends_at: datetime, *,
              purpose: str = "", module: str = "general", activity_id: str | None = None) -> str:
    """Book `room_id` from `starts_at` to `ends_at` (aware datetimes); RoomClash when it is taken."""
    room = _load_room(s, actor, room_id, Perm.ACTIVITY_EDIT, lock=True)
    if module not in MODULES:
        raise ValidationError({"module": "所属模块无效"})
    return reserve(s, room, starts_at, ends_at, purpose=purpose.strip(), module=module,
                   activity_id=activity_id).id


def cancel_booking(s: Session, actor: Actor, booking_id: str) -> None:
    booking = s.get(RoomBooking, booking_id)
    if booking is None or booking.deleted_at is not None:
        raise NotFound("找不到这个预约")
    _load_room(s, actor, booking.room_id, Perm.ACTIVITY_EDIT)
    booking.deleted_at = utcnow()


def room_usage(s: Session, actor: Actor, room_id: str, start: date | datetime,
               end: date | datetime) -> list[BookingRow]:
    """Bookings of the room that overlap [start, end]; dates mean whole local days (end inclusive)."""
    room = _load_room(s, actor, room_id, Perm.ACTIVITY_VIEW)
    lo = start if isinstance(start, datetime) else day_range(start, start)[0]
    hi = end if isinstance(end, datetime) else day_range(end, end)[1]
    rows = s.execute(
        select(RoomBooking, Activity.title).outerjoin(Activity, Activity.id == RoomBooking.activity_id)
        .where(RoomBooking.room_id == room.id, RoomBooking.deleted_at.is_(None),
               RoomBooking.starts_at < hi, RoomBooking.ends_at > lo)
        .order_by(RoomBooking.starts_at)).all()
    return [BookingRow(b.id, room.id, room.name, b.starts_at, b.ends_at, b.purpose, b.module, b.activity_id,
                       title or "") for b, title in rows]
