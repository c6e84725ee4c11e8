"""Birthdays: the month's list for the party (solar date, or the lunar one where the member prefers),
the centre's calendar (重阳节 = lunar 9/9) and the party activity with the birthday members enrolled."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from lunardate import LunarDate
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.clock import SHANGHAI
from desktop.core.errors import UserError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import ACTIVE, ElderMember
from desktop.elder.scope import member_filter
from desktop.roster.models import Person

_LUNAR_MONTHS = "正二三四五六七八九十冬腊"
_LUNAR_DAYS = ("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
               "廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十").split()


@dataclass
class BirthdayRow:
    member_id: str
    person_id: str
    member_no: str
    name: str
    birth_date: date
    solar_date: date          # the day it falls on this year
    lunar: bool               # celebrated by the lunar date
    lunar_text: str           # 农历 of the birth, e.g. 三月初五
    age: int                  # age reached on solar_date


def lunar_text(month: int, day: int, leap: bool = False) -> str:
    return ("闰" if leap else "") + _LUNAR_MONTHS[month - 1] + "月" + _LUNAR_DAYS[day - 1]


def lunar_of(birth: date) -> LunarDate:
    return LunarDate.from_solar_date(birth.year, birth.month, birth.day)


def _lunar_to_solar(lunar_year: int, month: int, day: int) -> date | None:
    """The solar date of lunar `month`/`day` in `lunar_year`; a 30th missing that year becomes the 29th."""
    for d in (day, day - 1) if day == 30 else (day,):
        try:
            return LunarDate(lunar_year, month, d).to_solar_date()
        except ValueError:
            continue
    return None


def lunar_birthdays_in_year(birth: date, year: int) -> list[date]:
    """Solar dates in `year` on which the lunar birthday of `birth` falls (0, 1 or rarely 2).

    A birth in a leap month is celebrated in the ordinary month of that number."""
    lb = lunar_of(birth)
    out = []
    for ly in (year - 1, year):
        d = _lunar_to_solar(ly, lb.month, lb.day)
        if d is not None and d.year == year:
            out.append(d)
    return out


def solar_birthday_in_year(birth: date, year: int) -> date:
    """The birthday in `year`; 29 February becomes 28 February in common years."""
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return birth.replace(year=year)


def chongyang(year: int) -> date:
    """重阳节: the 9th day of the 9th lunar month."""
    return LunarDate(year, 9, 9).to_solar_date()


def centre_calendar(year: int) -> list[tuple[str, date]]:
    """The centre's fixed days of the year, lunar feasts converted to solar dates."""
    days = [("春节", LunarDate(year, 1, 1).to_solar_date()), ("元宵节", LunarDate(year, 1, 15).to_solar_date()),
            ("端午节", LunarDate(year, 5, 5).to_solar_date()), ("中秋节", LunarDate(year, 8, 15).to_solar_date()),
            ("重阳节（敬老节）", chongyang(year))]
    return sorted(days, key=lambda x: x[1])


def month_birthdays(s: Session, actor: Actor, year: int, month: int) -> list[BirthdayRow]:
    """Members 在册 whose birthday (solar, or lunar where preferred) falls in `year`-`month`, by date."""
    require(actor, Perm.ELDER_VIEW, entity="elder_members")
    q = (select(ElderMember.id, ElderMember.person_id, ElderMember.member_no, ElderMember.name,
                ElderMember.lunar_birthday, Person.birth_date)
         .join(Person, Person.id == ElderMember.person_id)
         .where(ElderMember.deleted_at.is_(None), ElderMember.status == ACTIVE, Person.birth_date.is_not(None),
                member_filter(actor)))
    rows: list[BirthdayRow] = []
    for mid, pid, no, name, lunar, birth in s.execute(q):
        lb = lunar_of(birth)
        text = lunar_text(lb.month, lb.day, bool(lb.is_leap_month))
        dates = lunar_birthdays_in_year(birth, year) if lunar else [solar_birthday_in_year(birth, year)]
        for d in dates:
            if d.month == month:
                # The age turned on this birthday (lunar years for a lunar birthday).
                if lunar:
                    age = LunarDate.from_solar_date(d.year, d.month, d.day).year - lb.year
                else:
                    age = d.year - birth.year
                rows.append(BirthdayRow(mid, pid, no, name, birth, d, bool(lunar), text, age))
    rows.sort(key=lambda r: (r.solar_date, r.member_no))
    return rows


def create_birthday_party(s: Session, actor: Actor, month: date, *, community_id: str, when: datetime | None = None,
                          hours: float = 2, room_id: str | None = None, place: str = "") -> str:
    """The month's birthday party as an activity of the elder centre, the birthday members enrolled.

    Its sign-in sheet prints from the activities module (render_signin_sheet)."""
    from desktop.activities.activity_service import ActivityInput, create_activity
    from desktop.activities.enrolment_service import enroll_many

    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    rows = month_birthdays(s, actor, month.year, month.month)
    if not rows:
        raise UserError(f"{month.year}年{month.month}月没有过生日的会员")
    if when is None:
        last = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        party_day = last - timedelta(days=(last.weekday() - 4) % 7)   # the month's last Friday
        when = datetime.combine(party_day, time(15, 0), SHANGHAI)
    inp = ActivityInput(title=f"{month.year}年{month.month}月集体生日会", community_id=community_id, starts_at=when,
                        ends_at=when + timedelta(hours=hours), kind="生日会", module="elder",
                        organiser=actor.display_name, organiser_user_id=actor.id, room_id=room_id, place=place,
                        target=f"本月生日会员 {len(rows)} 位", notes="、".join(r.name for r in rows[:50]))
    activity_id = create_activity(s, actor, inp)
    enroll_many(s, actor, activity_id, list(dict.fromkeys(r.person_id for r in rows)))
    return activity_id
