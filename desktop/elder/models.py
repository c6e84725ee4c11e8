"""Elder-centre tables (清城区居家养老服务中心): members linked to roster people, their status
history, emergency contacts, health notes, daily check-ins, the services log, home visits and the
centre's configurable rules (eligibility, visit intervals).

The check-in path reads `elder_members` alone: the member number, the last four phone digits and the
pinyin initials are copied onto the member row and indexed, so a scan never has to search the roster.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin, UTCDateTime, partial_index

STATUSES = ("在册", "暂停", "退会", "去世")
ACTIVE = "在册"
SUSPENDED = "暂停"
CATEGORIES = ("普通", "空巢", "独居", "特困", "失能", "半失能")
SERVICE_KINDS = ("日间照料", "上门服务", "康乐活动", "课程", "健康检查", "其他")

# Rules the centre may change (stored in elder_rules; these are the defaults).
DEFAULT_RULES: dict[str, str] = {
    "min_age": "60",
    "residence_required": "1",              # the person must have a roster household / residence
    "residence_types": "户籍,常住",          # accepted residence types when one is recorded
    "visit_interval.特困": "14",
    "visit_interval.空巢": "30",
    "member_prefix": "QC",
    "recheck_months": "12",
}


class ElderMember(SyncMixin, Base):
    __tablename__ = "elder_members"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), nullable=False, unique=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    member_no: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    # Copies kept for the reception desk's lookups (refreshed whenever the member is saved).
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    initials: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone_tail: Mapped[str] = mapped_column(String(4), nullable=False, default="", index=True)
    join_date: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(4), nullable=False, default=ACTIVE)
    status_since: Mapped[date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[date | None] = mapped_column(Date)        # None: no validity period
    recheck_date: Mapped[date | None] = mapped_column(Date)       # next subsidy-eligibility re-check
    category: Mapped[str] = mapped_column(String(4), nullable=False, default="普通")
    lunar_birthday: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    photo_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    eligibility_exception: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ElderStatusChange(SyncMixin, Base):
    __tablename__ = "elder_status_changes"

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(4), nullable=False)
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ElderRenewal(SyncMixin, Base):
    __tablename__ = "elder_renewals"

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, index=True)
    renewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    valid_until: Mapped[date] = mapped_column(Date, nullable=False)
    eligibility_checked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ElderContact(SyncMixin, Base):
    """紧急联系人."""

    __tablename__ = "elder_contacts"

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    relation: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    # The order the centre listed them in (the first is the one to call first).
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")


class ElderMemberPhoto(SyncMixin, Base):
    """会员照片 (only with the member's photo consent): PNG or JPEG bytes, at most 2 MB. A new photo or
    a removal soft-deletes the previous row; the live one is the row with `deleted_at` empty."""

    __tablename__ = "elder_member_photos"

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, index=True)
    mime: Mapped[str] = mapped_column(String(16), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ElderHealth(SyncMixin, Base):
    """健康信息: only roles with elder.health read it, and every read is audited."""

    __tablename__ = "elder_health"

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, unique=True)
    allergies: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"sensitive": "redact"})
    chronic: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"sensitive": "redact"})
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="", info={"sensitive": "redact"})


class ElderCheckin(SyncMixin, Base):
    """One arrival at the centre. A wrong one is cancelled, never deleted or rewritten: `cancelled_at`,
    `cancelled_by` and `cancel_reason` are set once, the row stays as the record and stops counting;
    the member may then be checked in again the same day (one live check-in per member and day)."""

    __tablename__ = "elder_checkins"
    __table_args__ = (
        partial_index("uq_elder_checkins_member_day_live", "member_id", "day", unique=True,
                      where="cancelled_at IS NULL"),
        Index("ix_elder_checkins_day", "day"),
    )

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    lunch: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    flags: Mapped[str] = mapped_column(String(64), nullable=False, default="")   # 已过期,暂停 … when forced
    forced: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    desk_user: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    cancel_reason: Mapped[str] = mapped_column(String(100), nullable=False, default="", server_default="")


class ElderService(SyncMixin, Base):
    """One service given to one member (a line of the purchased-service record)."""

    __tablename__ = "elder_services"
    __table_args__ = (Index("ix_elder_services_day_kind", "day", "kind"),)

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    staff: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    staff_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")  # "收缩压=132;舒张压=85"
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ElderVisit(SyncMixin, Base):
    """A home visit to a member (特困, 空巢 … on a schedule)."""

    __tablename__ = "elder_visits"
    __table_args__ = (Index("ix_elder_visits_member_day", "member_id", "day"),)

    member_id: Mapped[str] = mapped_column(ForeignKey("elder_members.id"), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    staff: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    staff_user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    findings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    follow_up: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ElderRule(SyncMixin, Base):
    """A configurable rule of the centre (key → text value), see DEFAULT_RULES."""

    __tablename__ = "elder_rules"

    key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False, default="")
