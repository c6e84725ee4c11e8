"""Volunteer duty tables: teams and members, posts and shift templates, the rota, the guard desk
(check-in/out, patrol rounds, duty log), hours corrections, the team fund. Certificates of service hours
are in the volunteers' register (desktop.volunteers)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin, UTCDateTime

LOG_KINDS: tuple[str, ...] = ("巡楼", "来访", "事件", "交通", "交接")
REQUEST_KINDS: tuple[str, ...] = ("换班", "代班")
REQUEST_STATES: tuple[str, ...] = ("待批", "已批准", "已拒绝")
FUND_KINDS: tuple[str, ...] = ("收入", "支出")
ITEM_STATES: tuple[str, ...] = ("待售", "已售", "退回")
# How a shift's check-out came about: "" by the volunteer; 未签退 closed by the desk at its scheduled end
# (left open past the cut-off), waiting for the captain; 已确认 the captain confirmed or set the hours;
# 补录 entered afterwards from the paper sign-in sheet.
UNCLOSED, CONFIRMED, ENTERED = "未签退", "已确认", "补录"


class DutyTeam(SyncMixin, Base):
    """志愿服务队 of a building (building_id set) or of a whole community."""

    __tablename__ = "duty_teams"

    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    building_id: Mapped[str | None] = mapped_column(ForeignKey("buildings.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The guard desk lets a volunteer start his shift this many minutes before it begins.
    early_start_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=30, server_default="30")


class DutyMember(SyncMixin, Base):
    """A team member: a roster person (person_id) or an outsider (name + phone)."""

    __tablename__ = "duty_members"
    __table_args__ = (Index("ix_duty_members_team_name", "team_id", "name"),)

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"), index=True)  # the desk login, if any
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    is_captain: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    skills: Mapped[str] = mapped_column(String(200), nullable=False, default="")      # "急救,电工"
    weekdays: Mapped[str] = mapped_column(String(7), nullable=False, default="1234567")  # ISO weekdays
    avail_from: Mapped[time | None] = mapped_column(Time)     # daily window; empty = any time
    avail_to: Mapped[time | None] = mapped_column(Time)
    max_per_week: Mapped[int] = mapped_column(Integer, nullable=False, default=3)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    joined_on: Mapped[date | None] = mapped_column(Date)


class DutyAway(SyncMixin, Base):
    """Dates a member is away (planned absence): greyed out in the rota."""

    __tablename__ = "duty_away"

    member_id: Mapped[str] = mapped_column(ForeignKey("duty_members.id"), nullable=False, index=True)
    date_from: Mapped[date] = mapped_column(Date, nullable=False)
    date_to: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class DutyPost(SyncMixin, Base):
    """值班室 / 巡楼 / 交通疏导 … with the patrol round times ("09:00,15:00,21:00")."""

    __tablename__ = "duty_posts"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(32), nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    rounds: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class DutyShiftTemplate(SyncMixin, Base):
    """A recurring shift of a post, e.g. 08:00–12:00 with one person, also on weekends."""

    __tablename__ = "duty_shift_templates"

    post_id: Mapped[str] = mapped_column(ForeignKey("duty_posts.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    start_time: Mapped[time] = mapped_column(Time, nullable=False)
    end_time: Mapped[time] = mapped_column(Time, nullable=False)      # <= start: ends the next day
    people: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    on_weekends: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    on_holidays: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class DutyShift(SyncMixin, Base):
    """One person's place on one shift (member empty = unfilled), with its check-in/out."""

    __tablename__ = "duty_shifts"
    __table_args__ = (
        Index("ix_duty_shifts_team_day", "team_id", "day"),
        Index("ix_duty_shifts_member_start", "member_id", "start_at"),
    )

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False)
    post_id: Mapped[str] = mapped_column(ForeignKey("duty_posts.id"), nullable=False, index=True)
    template_id: Mapped[str | None] = mapped_column(ForeignKey("duty_shift_templates.id"))
    day: Mapped[date] = mapped_column(Date, nullable=False)
    slot: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("duty_members.id"))
    check_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    check_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    late_minutes: Mapped[int | None] = mapped_column(Integer)
    checked_in_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    checked_in_by_id: Mapped[str | None] = mapped_column(String(36))       # the user who pressed 开始值班
    checked_out_by: Mapped[str] = mapped_column(String(64), nullable=False, default="", server_default="")
    checkout_state: Mapped[str] = mapped_column(String(8), nullable=False, default="", server_default="")
    checkout_note: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
    # 代班 at the desk: the member the shift was rostered to before someone else took it over.
    # (an id, not a foreign key: adding one would rebuild duty_shifts, which its requests reference)
    covered_member_id: Mapped[str | None] = mapped_column(String(36))


class DutyRequest(SyncMixin, Base):
    """A swap (two shifts change hands) or a cover (someone takes a shift), asked and decided."""

    __tablename__ = "duty_requests"

    shift_id: Mapped[str] = mapped_column(ForeignKey("duty_shifts.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    from_member_id: Mapped[str | None] = mapped_column(ForeignKey("duty_members.id"))
    to_member_id: Mapped[str] = mapped_column(ForeignKey("duty_members.id"), nullable=False)
    other_shift_id: Mapped[str | None] = mapped_column(ForeignKey("duty_shifts.id"))  # a swap's other shift
    reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(8), nullable=False, default="待批")
    asked_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    decided_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class DutyRoundCheck(SyncMixin, Base):
    """巡楼打卡: the round of `post` due at `due_at` was walked at `done_at`."""

    __tablename__ = "duty_round_checks"
    __table_args__ = (UniqueConstraint("post_id", "due_at"),)

    post_id: Mapped[str] = mapped_column(ForeignKey("duty_posts.id"), nullable=False, index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    done_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("duty_members.id"))
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    # A missed round entered afterwards by the captain, with the reason (done_at is when it was entered).
    entered_late: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=false())
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")


class DutyLogEntry(SyncMixin, Base):
    """值班日志: patrol, visitor, incident, traffic, handover."""

    __tablename__ = "duty_log"
    __table_args__ = (Index("ix_duty_log_team_at", "team_id", "at"),)

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False)
    post_id: Mapped[str | None] = mapped_column(ForeignKey("duty_posts.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    kind: Mapped[str] = mapped_column(String(8), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    author_id: Mapped[str | None] = mapped_column(String(36))


class DutyLogAck(SyncMixin, Base):
    """The incoming volunteer has read a hand-over (交接) entry of the duty log. Append-only."""

    __tablename__ = "duty_log_acks"
    __table_args__ = (UniqueConstraint("entry_id", "user_id"),)

    entry_id: Mapped[str] = mapped_column(ForeignKey("duty_log.id"), nullable=False, index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("duty_members.id"))
    user_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)


class DutyHoursCorrection(SyncMixin, Base):
    """A correction of a member's hours (plus or minus minutes) with its reason."""

    __tablename__ = "duty_hours_corrections"

    member_id: Mapped[str] = mapped_column(ForeignKey("duty_members.id"), nullable=False, index=True)
    on_day: Mapped[date] = mapped_column(Date, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str] = mapped_column(String(200), nullable=False)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class CharitySale(SyncMixin, Base):
    """义卖: donated items sold for the team fund."""

    __tablename__ = "duty_sales"

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class SaleItem(SyncMixin, Base):
    __tablename__ = "duty_sale_items"

    sale_id: Mapped[str] = mapped_column(ForeignKey("duty_sales.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"))
    donor: Mapped[str] = mapped_column(String(100), nullable=False, default="")   # as shown: 6号楼501 王家
    asking_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sale_fen: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(8), nullable=False, default="待售")
    buyer: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class FundEntry(SyncMixin, Base):
    """活动经费 ledger: income or expense in fen; a sold sale item posts its income here."""

    __tablename__ = "duty_fund_entries"
    __table_args__ = (Index("ix_duty_fund_entries_team_day", "team_id", "on_day"),)

    team_id: Mapped[str] = mapped_column(ForeignKey("duty_teams.id"), nullable=False)
    on_day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(4), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    category: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    text: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sale_item_id: Mapped[str | None] = mapped_column(ForeignKey("duty_sale_items.id"), index=True)
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")
