"""Volunteer records (志愿服务记录, 《志愿服务条例》第十九条) and the register of certificates
(《志愿服务记录与证明出具办法（试行）》, 2021).

A volunteer organisation (a building's duty team, a community team, the street's anti-drug volunteer
team) keeps the records of its volunteers and issues their certificates. A volunteer is a roster person
or, standalone, someone outside the roster (an outsider on a duty team is linked by `duty_member_id`).
Service hours come from the duty rota (check-in/out and corrections), from helping at activities, and
from the other service, training, awards and evaluations entered here.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin

ID_TYPES: tuple[str, ...] = ("居民身份证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "港澳台居民居住证",
                             "外国人永久居留身份证", "护照")
REGISTRIES: tuple[str, ...] = ("全国志愿服务信息系统", "志愿汇", "i志愿", "其他")
ENTRY_KINDS: tuple[str, ...] = ("服务", "培训", "表彰", "评价")
RATINGS: tuple[str, ...] = ("优秀", "良好", "合格", "不合格")


class VolunteerOrg(SyncMixin, Base):
    """志愿服务组织: keeps the records and issues certificates, with its responsible person and contact."""

    __tablename__ = "volunteer_orgs"

    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    community_id: Mapped[str | None] = mapped_column(ForeignKey("communities.id"), index=True)  # None: street-wide
    duty_team_id: Mapped[str | None] = mapped_column(ForeignKey("duty_teams.id"), unique=True)
    responsible: Mapped[str] = mapped_column(String(64), nullable=False, default="")   # 负责人
    contact: Mapped[str] = mapped_column(String(40), nullable=False, default="")       # 联系电话
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Volunteer(SyncMixin, Base):
    """One volunteer's record: basic information (copied from the roster when linked), registration."""

    __tablename__ = "volunteers"

    org_id: Mapped[str] = mapped_column(ForeignKey("volunteer_orgs.id"), nullable=False, index=True)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), unique=True)
    duty_member_id: Mapped[str | None] = mapped_column(ForeignKey("duty_members.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    # For a roster person with a 居民身份证 the roster's number is used; this holds any other document.
    id_type: Mapped[str] = mapped_column(String(16), nullable=False, default="居民身份证")
    id_number: Mapped[str | None] = mapped_column(String(32), info={"sensitive": "mask_id"})
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    volunteer_no: Mapped[str] = mapped_column(String(32), nullable=False, default="", index=True)  # 志愿者编号
    platform: Mapped[str] = mapped_column(String(16), nullable=False, default="")     # where registered (REGISTRIES)
    registered_on: Mapped[date | None] = mapped_column(Date)
    joined_on: Mapped[date | None] = mapped_column(Date)
    skills: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class VolunteerEntry(SyncMixin, Base):
    """A line of the record other than the rota and activities: other service, a training (学时 in
    minutes), an award or commendation, an evaluation (with its rating)."""

    __tablename__ = "volunteer_entries"

    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(4), nullable=False)
    on_day: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    place: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    organiser: Mapped[str] = mapped_column(String(100), nullable=False, default="")   # 组织者 / 授予单位 / 评价人
    rating: Mapped[str] = mapped_column(String(8), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    author: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class VolunteerCertificate(SyncMixin, Base):
    """The register of certificates (志愿服务记录证明): serial number of the year, and what was certified,
    as issued (the ID number itself is read from the record when printed, masked by role)."""

    __tablename__ = "volunteer_certificates"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    serial: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    volunteer_id: Mapped[str] = mapped_column(ForeignKey("volunteers.id"), nullable=False, index=True)
    org_id: Mapped[str] = mapped_column(ForeignKey("volunteer_orgs.id"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    id_type: Mapped[str] = mapped_column(String(16), nullable=False, default="居民身份证")
    volunteer_no: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    period_from: Mapped[date] = mapped_column(Date, nullable=False)
    period_to: Mapped[date] = mapped_column(Date, nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    organisation: Mapped[str] = mapped_column(String(100), nullable=False)
    responsible: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    contact: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    notes: Mapped[str] = mapped_column(String(200), nullable=False, default="")        # 其他需要说明的事项
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    issued_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")     # 经办人
    void_reason: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # set with deleted_at
