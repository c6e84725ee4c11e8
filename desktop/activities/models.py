"""Activity tables: function rooms and their bookings, recurring series, activities (occurrences),
enrolment with a waiting list, attendance, helpers with their minutes, and scanned sign-in sheets.

Other modules read these: the duty module sums `ActivityHelper.minutes` for its hours ledger, the
elder centre keeps its function rooms here and books them through the room service.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, Time, UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin, UTCDateTime

MODULES = ("roster", "duty", "rehab", "elder", "general")
MODULE_LABELS = {"roster": "社区", "duty": "志愿值班", "rehab": "禁毒", "elder": "养老中心", "general": "综合"}
STATUSES = ("planned", "held", "cancelled")
STATUS_LABELS = {"planned": "计划", "held": "已举办", "cancelled": "已取消"}
ENROLLED, WAITING, CANCELLED = "enrolled", "waiting", "cancelled"
ENROLL_LABELS = {ENROLLED: "已报名", WAITING: "候补", CANCELLED: "已取消"}
SOURCES = ("desk", "sheet")
# The kinds offered when an activity is made; any other may be typed (stored as typed).
KIND_SUGGESTIONS = ("生日会", "课程", "系列活动", "禁毒宣传", "义卖", "议事会", "义诊", "节日活动", "探访", "培训", "其他")


class Room(SyncMixin, Base):
    """A function room (舞蹈室, 图书室, 健康驿站 …) that activities and other modules book."""

    __tablename__ = "rooms"

    name: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    capacity: Mapped[int | None] = mapped_column(Integer)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"), index=True)
    owner_module: Mapped[str] = mapped_column(String(16), nullable=False, default="general")
    place: Mapped[str] = mapped_column(String(120), nullable=False, default="")  # building / address
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class RoomBooking(SyncMixin, Base):
    """One room taken for a span of time; a cancelled booking is soft-deleted."""

    __tablename__ = "room_bookings"
    __table_args__ = (Index("ix_room_bookings_room_time", "room_id", "starts_at", "ends_at"),)

    room_id: Mapped[str] = mapped_column(ForeignKey("rooms.id"), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    purpose: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    module: Mapped[str] = mapped_column(String(16), nullable=False, default="general")
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activities.id"), index=True)


class ActivitySeries(SyncMixin, Base):
    """The rule a recurring activity was expanded from (每周二 9:00 太极班)."""

    __tablename__ = "activity_series"

    title: Mapped[str] = mapped_column(String(120), nullable=False)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    module: Mapped[str] = mapped_column(String(16), nullable=False, default="general")
    freq: Mapped[str] = mapped_column(String(8), nullable=False)              # weekly | monthly
    interval: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    weekdays: Mapped[str] = mapped_column(String(20), nullable=False, default="")  # ISO 1-7, "2" or "1,3"
    month_day: Mapped[int | None] = mapped_column(Integer)                   # monthly on the Nth day
    nth_week: Mapped[int | None] = mapped_column(Integer)                    # monthly: 1..4, -1 = last
    start_time: Mapped[time] = mapped_column(Time, nullable=False)
    end_time: Mapped[time] = mapped_column(Time, nullable=False)
    date_from: Mapped[date] = mapped_column(Date, nullable=False)
    date_to: Mapped[date] = mapped_column(Date, nullable=False)
    skip_holidays: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    rule_text: Mapped[str] = mapped_column(String(120), nullable=False, default="")


class Activity(SyncMixin, Base):
    """One occurrence: a gathering at a time and place, possibly one of a series."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_community_start", "community_id", "starts_at"),)

    title: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    module: Mapped[str] = mapped_column(String(16), nullable=False, default="general")
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False)
    organiser: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    organiser_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    place: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    room_id: Mapped[str | None] = mapped_column(ForeignKey("rooms.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    capacity: Mapped[int | None] = mapped_column(Integer)                    # None: no limit
    target: Mapped[str] = mapped_column(Text, nullable=False, default="")    # target group
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    series_id: Mapped[str | None] = mapped_column(ForeignKey("activity_series.id"), index=True)
    detached: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # edited on its own
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="planned")


class Enrollment(SyncMixin, Base):
    __tablename__ = "activity_enrollments"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default=ENROLLED)
    position: Mapped[int] = mapped_column(Integer, nullable=False)           # order of sign-up
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ActivityEvidence(SyncMixin, Base):
    """A scanned signed sheet (photo/PDF), kept in the database so every desk has it."""

    __tablename__ = "activity_evidence"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), nullable=False, index=True)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Attendance(SyncMixin, Base):
    __tablename__ = "activity_attendance"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), nullable=False, index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    walk_in_name: Mapped[str | None] = mapped_column(String(64))
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(8), nullable=False, default="desk")
    evidence_id: Mapped[str | None] = mapped_column(ForeignKey("activity_evidence.id"))


class ActivityHelper(SyncMixin, Base):
    """A volunteer working at an activity; `minutes` feed the duty module's hours ledger."""

    __tablename__ = "activity_helpers"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)

    activity_id: Mapped[str] = mapped_column(ForeignKey("activities.id"), nullable=False, index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), nullable=False, index=True)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    role: Mapped[str] = mapped_column(String(32), nullable=False, default="志愿者")
