"""Chinese public holidays and make-up workdays: the `chinese_calendar` library, overridden by the
coordinator's table (duty_holidays) for a year the library does not know yet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty.models import DutyHoliday

WORKDAY, WEEKEND, HOLIDAY = "workday", "weekend", "holiday"
DAY_LABELS = {WORKDAY: "工作日", WEEKEND: "周末", HOLIDAY: "节假日"}


def library_kind(day: date) -> tuple[str, str] | None:
    """(kind, holiday name) from the library, or None when it does not know the year."""
    try:
        off, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    if not off:
        return (WORKDAY, "调休上班" if day.weekday() >= 5 else "")
    if name:
        return (HOLIDAY, str(getattr(name, "value", name)))
    return (WEEKEND, "")


@dataclass(frozen=True)
class DayCalendar:
    """What kind of day a date is. `table` (day -> off) wins over the library."""

    table: Mapping[date, bool]
    names: Mapping[date, str]

    def kind(self, day: date) -> str:
        if day in self.table:
            return HOLIDAY if self.table[day] else WORKDAY
        known = library_kind(day)
        if known is not None:
            return known[0]
        return WEEKEND if day.weekday() >= 5 else WORKDAY

    def name(self, day: date) -> str:
        if day in self.names and self.names[day]:
            return self.names[day]
        known = library_kind(day) if day not in self.table else None
        return known[1] if known else ""

    def is_makeup_workday(self, day: date) -> bool:
        return day.weekday() >= 5 and self.kind(day) == WORKDAY

    def runs(self, day: date, *, on_weekends: bool, on_holidays: bool) -> bool:
        kind = self.kind(day)
        return kind == WORKDAY or (kind == WEEKEND and on_weekends) or (kind == HOLIDAY and on_holidays)


EMPTY = DayCalendar({}, {})


def calendar_for(s: Session, start: date, end: date) -> DayCalendar:
    rows = s.scalars(select(DutyHoliday).where(DutyHoliday.day >= start, DutyHoliday.day <= end,
                                               DutyHoliday.deleted_at.is_(None))).all()
    return DayCalendar({r.day: r.off for r in rows}, {r.day: r.name for r in rows})


@dataclass(frozen=True)
class HolidayRow:
    id: str
    day: date
    off: bool
    name: str


def list_holidays(s: Session, actor: Actor, year: int) -> list[HolidayRow]:
    require(actor, Perm.DUTY_VIEW)
    rows = s.scalars(select(DutyHoliday).where(
        DutyHoliday.day >= date(year, 1, 1), DutyHoliday.day <= date(year, 12, 31),
        DutyHoliday.deleted_at.is_(None)).order_by(DutyHoliday.day)).all()
    return [HolidayRow(r.id, r.day, r.off, r.name) for r in rows]


def set_holiday(s: Session, actor: Actor, day: date, off: bool, name: str = "") -> str:
    """Add or change one day of the table: off=True a holiday, off=False a make-up workday."""
    require(actor, Perm.DUTY_MANAGE, entity="duty_holidays")
    if len(name) > 32:
        raise ValidationError({"name": "名称太长（最多 32 字）"})
    row = s.scalars(select(DutyHoliday).where(DutyHoliday.day == day)).first()
    if row is None:
        row = DutyHoliday(day=day, off=off, name=name.strip())
        s.add(row)
    else:
        row.off, row.name, row.deleted_at = off, name.strip(), None
    s.flush()
    return row.id


def remove_holiday(s: Session, actor: Actor, day: date) -> None:
    require(actor, Perm.DUTY_MANAGE, entity="duty_holidays")
    row = s.scalars(select(DutyHoliday).where(DutyHoliday.day == day, DutyHoliday.deleted_at.is_(None))).first()
    if row is None:
        raise NotFound(f"节假日表里没有 {day.isoformat()}")
    from desktop.core.clock import utcnow
    row.deleted_at = utcnow()


HOLIDAY_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明",
                 "Labour Day": "劳动节", "Dragon Boat Festival": "端午", "National Day": "国庆",
                 "Mid-autumn Festival": "中秋", "Anti-Fascist 70th Day": "纪念日"}


def day_label(cal: DayCalendar, d: date) -> str:
    """国庆 / 春节 … on holidays, 调休上班 on make-up workdays, else empty."""
    if cal.is_makeup_workday(d):
        return "调休上班"
    if cal.kind(d) == HOLIDAY:
        name = cal.name(d)
        return HOLIDAY_NAMES.get(name, name) or "节假日"
    return ""
