"""Roster tables: community → building → household → person.

The roster module owns these; every other module links to `people.id`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.db import Base, SyncMixin


class Community(SyncMixin, Base):
    __tablename__ = "communities"

    name: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    street: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    district: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")


class Building(SyncMixin, Base):
    __tablename__ = "buildings"

    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    estate: Mapped[str] = mapped_column(String(64), nullable=False, default="")   # 小区, e.g. 西湖花园
    name: Mapped[str] = mapped_column(String(32), nullable=False)                 # e.g. 6号楼
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    floors: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    @property
    def label(self) -> str:
        return f"{self.estate}{self.name}"


class Household(SyncMixin, Base):
    __tablename__ = "households"

    building_id: Mapped[str] = mapped_column(ForeignKey("buildings.id"), nullable=False, index=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    unit: Mapped[str] = mapped_column(String(16), nullable=False, default="")     # 单元, often empty
    room: Mapped[str] = mapped_column(String(16), nullable=False)                 # 房号, e.g. 501
    floor: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # 西湖花园6号楼501
    phone: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    building: Mapped[Building] = relationship(lazy="joined")


class Person(SyncMixin, Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_community_name", "community_id", "name"),
    )

    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False, index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("households.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)          # exactly as given (𠮷, ·)
    name_pinyin: Mapped[str] = mapped_column(String(200), nullable=False, default="", index=True)
    name_initials: Mapped[str] = mapped_column(String(64), nullable=False, default="", index=True)
    sex: Mapped[str] = mapped_column(String(1), nullable=False, default="")  # M / F / ""
    birth_date: Mapped[date | None] = mapped_column(Date, index=True)
    ethnicity: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    id_number: Mapped[str | None] = mapped_column(String(18), unique=True, info={"sensitive": "mask_id"})
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="", index=True)
    phone2: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    relation: Mapped[str] = mapped_column(String(16), nullable=False, default="")      # 与户主关系
    residence_type: Mapped[str] = mapped_column(String(8), nullable=False, default="")  # 户籍/常住/流动
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    household: Mapped[Household | None] = relationship(lazy="joined")
