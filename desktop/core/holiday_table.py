"""The coordinator's holiday table (节假日表): days off and make-up workdays entered by hand, and the years
whose whole schedule has been entered. Shared by every module that plans by the calendar (the duty rota,
activity series); the calendar itself is desktop.core.holidays."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.orm import Base, SyncMixin


class HolidayEntry(SyncMixin, Base):
    """One day of the table: off=True a day off, off=False a make-up workday (调休上班). Wins over the
    official schedule and the statutory computation."""

    __tablename__ = "duty_holidays"

    day: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    off: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    name: Mapped[str] = mapped_column(String(32), nullable=False, default="")


class HolidayYear(SyncMixin, Base):
    """A year whose schedule (放假和调休) the coordinator has entered in full from the State Council's notice:
    the warning that the schedule is not published yet is no longer shown for it."""

    __tablename__ = "duty_holiday_years"

    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    note: Mapped[str] = mapped_column(String(100), nullable=False, default="")
