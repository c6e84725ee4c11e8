"""Birthdays: the month's list for the party (solar date, or the lunar one where the member prefers),
the centre's calendar (重阳节 = lunar 9/9) and the party activity with the birthday members enrolled."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import lunar
from desktop.core.clock import SHANGHAI
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import ACTIVE, ElderMember
from desktop.elder.scope import member_filter
from desktop.roster.models import Person
from desktop.activities.activity_service import ActivityInput, create_activity

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


lunar_text = lunar.lunar_text


def lunar_of(birth: date) -> lunar.LunarDate | None:
    """The lunar date of a birth; None before 1900-01-31 (the lunar table starts there)."""
    return lunar.to_lunar(birth)


def _lunar_to_solar(lunar_year: int, month: int, day: int) -> date | None:
    """The solar date of lunar `month`/`day` in `lunar_year`; a 30th missing that year becomes the 29th."""
    for d in (day, day - 1) if day == 30 else (day,):
        found = lunar.to_solar(lunar_year, month, d)
        if found is not None:
            return found
    return None


def lunar_birthdays_in_year(birth: date, year: int) -> list[date]:
    """Solar dates in `year` on which the lunar birthday of `birth` falls (0, 1 or rarely 2).

    A birth in a leap month is celebrated in the ordinary month of that number."""
    lb = lunar_of(birth)
    if lb is None:
        return []
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


chongyang = lunar.chongyang


def centre_calendar(year: int) -> list[tuple[str, date]]:
    """The centre's fixed days of the year, lunar feasts converted to solar dates."""
    days = [("春节", lunar.lunar_new_year(year)), ("元宵节", lunar.to_solar(year, 1, 15)),
            ("端午节", lunar.to_solar(year, 5, 5)), ("中秋节", lunar.to_solar(year, 8, 15)),
            ("重阳节（敬老节）", chongyang(year))]
    return sorted(((name, d) for name, d in days if d is not None), key=lambda x: x[1])


def month_birthdays(s: Session, actor: Actor, year: int, month: int) -> list[BirthdayRow]:
    """Members 在册 whose birthday (solar, or lunar where preferred) falls in `year`-`month`, by date."""
    require(actor, Perm.ELDER_VIEW, entity="elder_members")
    q = (select(ElderMember.id, ElderMember.person_id, ElderMember.member_no, ElderMember.name,
                ElderMember.lunar_birthday, Person.birth_date)
         .join(Person, Person.id == ElderMember.person_id)
         .where(ElderMember.deleted_at.is_(None), ElderMember.status == ACTIVE, Person.birth_date.is_not(None),
                member_filter(actor)))
    rows: list[BirthdayRow] = []
    for mid, pid, no, name, by_lunar, birth in s.execute(q):
        assert birth is not None                 # the query keeps only members with a birth date
        dates = lunar_birthdays_in_year(birth, year) if by_lunar else [solar_birthday_in_year(birth, year)]
        for d in dates:
            if d.month == month:
                # the lunar date of the birth only for those listed (most members' fall in another month)
                lb = lunar_of(birth)
                text = lb.text if lb is not None else ""
                # The age turned on this birthday (lunar years for a lunar birthday).
                on = lunar.to_lunar(d) if by_lunar else None
                if on is not None and lb is not None:
                    age = on.year - lb.year
                else:
                    age = d.year - birth.year
                rows.append(BirthdayRow(mid, pid, no, name, birth, d, bool(by_lunar), text, age))
    rows.sort(key=lambda r: (r.solar_date, r.member_no))
    return rows


def create_birthday_party(s: Session, actor: Actor, month: date, *, community_id: str, when: datetime | None = None,
                          hours: float = 2, room_id: str | None = None, place: str = "") -> str:
    """The month's birthday party as an activity of the elder centre, the birthday members enrolled.

    Its sign-in sheet prints from the activities module (render_signin_sheet)."""
    from desktop.activities.enrolment_service import enroll_many  # deferred: not needed at start-up

    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    rows = month_birthdays(s, actor, month.year, month.month)
    if not rows:
        raise UserError(msg("{year}年{month}月没有过生日的会员", year=month.year, month=month.month))
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
