"""The coordinator's holiday table (节假日表): days off and make-up workdays for a year the official schedule
does not cover yet (the State Council publishes it late), and the mark that a year is entered in full.
The calendar that combines it with the official schedule and the statutory days is desktop.core.holidays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, ValidationError
from desktop.core.holiday_table import HolidayEntry, HolidayYear
from desktop.core.holidays import HOLIDAY, WEEKEND, WORKDAY, HolidayCalendar
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require

DAY_LABELS = {WORKDAY: "工作日", WEEKEND: "周末", HOLIDAY: "节假日"}
ENTITY = "duty_holidays"


@dataclass(frozen=True)
class HolidayRow:
    id: str
    day: date
    off: bool
    name: str


def list_holidays(s: Session, actor: Actor, year: int) -> list[HolidayRow]:
    require(actor, Perm.DUTY_VIEW)
    rows = s.scalars(select(HolidayEntry).where(
        HolidayEntry.day >= date(year, 1, 1), HolidayEntry.day <= date(year, 12, 31),
        HolidayEntry.deleted_at.is_(None)).order_by(HolidayEntry.day)).all()
    return [HolidayRow(r.id, r.day, r.off, r.name) for r in rows]


def set_holiday(s: Session, actor: Actor, day: date, off: bool, name: str = "") -> str:
    """Add or change one day of the table: off=True a holiday, off=False a make-up workday."""
    require(actor, Perm.DUTY_MANAGE, entity=ENTITY)
    if len(name) > 32:
        raise ValidationError({"name": "名称太长（最多 32 字）"})
    row = s.scalars(select(HolidayEntry).where(HolidayEntry.day == day)).first()
    if row is None:
        row = HolidayEntry(day=day, off=off, name=name.strip())
        s.add(row)
    else:
        row.off, row.name, row.deleted_at = off, name.strip(), None
    s.flush()
    return row.id


def remove_holiday(s: Session, actor: Actor, day: date) -> None:
    require(actor, Perm.DUTY_MANAGE, entity=ENTITY)
    row = s.scalars(select(HolidayEntry).where(HolidayEntry.day == day, HolidayEntry.deleted_at.is_(None))).first()
    if row is None:
        raise NotFound(msg("节假日表里没有 {day}", day=day.isoformat()))
    row.deleted_at = utcnow()


def year_entered(s: Session, actor: Actor, year: int) -> bool:
    """Has the coordinator entered `year`'s whole schedule (放假和调休) in the table?"""
    require(actor, Perm.DUTY_VIEW)
    return s.scalar(select(HolidayYear.id).where(HolidayYear.year == year, HolidayYear.deleted_at.is_(None))) \
        is not None


def set_year_entered(s: Session, actor: Actor, year: int, entered: bool, note: str = "") -> None:
    """Mark `year` as entered in full (the computed-schedule warning goes) or not (it comes back)."""
    require(actor, Perm.DUTY_MANAGE, entity="duty_holiday_years")
    if not 2000 <= year <= 2100:
        raise ValidationError({"year": "年份应在 2000 到 2100 之间"})
    if len(note) > 100:
        raise ValidationError({"note": "说明太长（最多 100 字）"})
    row = s.scalars(select(HolidayYear).where(HolidayYear.year == year)).first()
    if entered:
        if row is None:
            s.add(HolidayYear(year=year, note=note.strip()))
        else:
            row.deleted_at, row.note = None, note.strip()
    elif row is not None and row.deleted_at is None:
        row.deleted_at = utcnow()
    s.flush()


def day_label(cal: HolidayCalendar, d: date) -> str:
    """国庆 / 春节 … on holidays, 调休上班 on make-up workdays, else empty."""
    return cal.day(d).label
