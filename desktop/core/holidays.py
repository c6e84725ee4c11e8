"""Is this day a holiday, a make-up workday — and why. One answer for the rota, its printout, the CLI and
activity series, from three sources in order:

1. the coordinator's holiday table (节假日表, desktop.core.holiday_table);
2. the official schedule the State Council publishes each year (the `chinese_calendar` library);
3. for a year whose schedule is not published yet, the statutory days of 《全国年节及纪念日放假办法》
   (2025 revision): 元旦 1 day; 春节 4 days from 除夕; 清明 1; 劳动节 2; 端午 1; 中秋 1; 国庆 3 —
   from the lunar calendar and the solar term 清明. The make-up workdays (调休) of such a year are not
   guessed: they come from the table, and until the coordinator says the year is entered in full a
   notice says the schedule is computed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import lunar
from desktop.core.holiday_table import HolidayEntry, HolidayYear
from desktop.core.messages import msg, words

WORKDAY, WEEKEND, HOLIDAY = "workday", "weekend", "holiday"
TABLE, OFFICIAL, STATUTORY, WEEK = "table", "official", "statutory", "week"
SOURCE_LABELS = {TABLE: "节假日表", OFFICIAL: "国务院放假安排", STATUTORY: "法定节日，按放假办法推算", WEEK: ""}
MAKEUP = "调休上班"
# The library's names, in the words of the State Council's notices.
OFFICIAL_NAMES = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明",
                  "Labour Day": "劳动节", "Dragon Boat Festival": "端午", "National Day": "国庆",
                  "Mid-autumn Festival": "中秋", "Anti-Fascist 70th Day": "纪念日"}


def notice_text(year: int) -> str:
    return msg("{year} 年的放假安排尚未公布，已按法定节日推算，调休请在节假日表中补充", year=year)


def official(day: date) -> tuple[str, str] | None:
    """(kind, name) from the published schedule, or None when the library does not know the year."""
    import chinese_calendar  # deferred: not needed at start-up

    try:
        off, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    if not off:
        return (WORKDAY, MAKEUP if day.weekday() >= 5 else "")
    if name:
        text = str(getattr(name, "value", name))
        return (HOLIDAY, OFFICIAL_NAMES.get(text, text))
    return (WEEKEND, "")


@lru_cache(maxsize=64)
def official_year_known(year: int) -> bool:
    return official(date(year, 1, 1)) is not None


@lru_cache(maxsize=64)
def statutory_days(year: int) -> Mapping[date, str]:
    """The statutory days off of `year` (2025 revision of the 放假办法), with their names; none outside the
    lunar table's years."""
    days: dict[date, list[str]] = {}
    if not lunar.FIRST.year < year <= lunar.LAST.year:
        return {}

    def add(d: date, name: str) -> None:
        days.setdefault(d, []).append(name)

    add(date(year, 1, 1), "元旦")
    eve = lunar.chuxi(year)
    add(eve, "除夕")
    for i in range(1, 4):
        add(eve + timedelta(days=i), "春节")
    add(lunar.qingming(year), "清明")
    add(date(year, 5, 1), "劳动节")
    add(date(year, 5, 2), "劳动节")
    for name, (m, d) in (("端午", (5, 5)), ("中秋", (8, 15))):
        solar = lunar.to_solar(year, m, d)
        if solar is not None:
            add(solar, name)
    for day in (1, 2, 3):
        add(date(year, 10, day), "国庆")
    return {d: "、".join(names) for d, names in sorted(days.items())}


@dataclass(frozen=True)
class Day:
    day: date
    kind: str           # workday | weekend | holiday
    name: str           # 春节 / 除夕 / 调休上班 / the table's name / ""
    source: str         # table | official | statutory | week

    @property
    def makeup(self) -> bool:
        """A weekend day worked (调休上班)."""
        return self.kind == WORKDAY and self.day.weekday() >= 5

    @property
    def label(self) -> str:
        """国庆 / 春节 … on days off, 调休上班 on make-up workdays, else empty."""
        if self.makeup:
            return MAKEUP
        if self.kind == HOLIDAY:
            return self.name or "节假日"
        return ""

    @property
    def shown_label(self) -> str:
        """The label in the window's language: 中秋、国庆 → "Mid-Autumn, National Day" in English. A name the
        coordinator typed into the table is data and stays as typed."""
        return words(self.label.split("、"))

    @property
    def why(self) -> str:
        """春节（法定节日，按放假办法推算） — what the day is and where that comes from."""
        what = self.label or {WORKDAY: "工作日", WEEKEND: "周末", HOLIDAY: "节假日"}[self.kind]
        source = SOURCE_LABELS[self.source]
        return msg("{what}（{source}）", what=what.split("、"), source=source) if source else what


@dataclass(frozen=True)
class HolidayCalendar:
    """The calendar with the coordinator's table (day -> off) and the years they have entered in full."""

    table: Mapping[date, bool] = field(default_factory=dict)
    names: Mapping[date, str] = field(default_factory=dict)
    entered_years: frozenset[int] = frozenset()

    def day(self, d: date) -> Day:
        if d in self.table:
            off = self.table[d]
            name = self.names.get(d, "") or self._fallback_name(d, off)
            return Day(d, HOLIDAY if off else WORKDAY, name, TABLE)
        known = official(d)
        if known is not None:
            return Day(d, known[0], known[1], OFFICIAL)
        statutory = statutory_days(d.year).get(d)
        if statutory is not None:
            return Day(d, HOLIDAY, statutory, STATUTORY)
        return Day(d, WEEKEND if d.weekday() >= 5 else WORKDAY, "", WEEK)

    def _fallback_name(self, d: date, off: bool) -> str:
        if not off:
            return MAKEUP if d.weekday() >= 5 else ""
        known = official(d)
        if known is not None and known[0] == HOLIDAY:
            return known[1]
        return statutory_days(d.year).get(d, "")

    def kind(self, d: date) -> str:
        return self.day(d).kind

    def name(self, d: date) -> str:
        return self.day(d).name

    def is_holiday(self, d: date) -> bool:
        return self.day(d).kind == HOLIDAY

    def is_makeup_workday(self, d: date) -> bool:
        return self.day(d).makeup

    def runs(self, d: date, *, on_weekends: bool, on_holidays: bool) -> bool:
        kind = self.kind(d)
        return kind == WORKDAY or (kind == WEEKEND and on_weekends) or (kind == HOLIDAY and on_holidays)

    def computed(self, year: int) -> bool:
        """The year's schedule is neither published in the library nor entered in full in the table."""
        return not official_year_known(year) and year not in self.entered_years

    def notices(self, days: Iterable[date]) -> list[str]:
        """The plain warning for each year of `days` whose schedule is only computed."""
        return [notice_text(y) for y in sorted({d.year for d in days}) if self.computed(y)]


PLAIN = HolidayCalendar()


def calendar_for(s: Session, start: date, end: date) -> HolidayCalendar:
    """The calendar for `start` … `end` with the coordinator's table (no permission needed: not personal)."""
    rows = s.scalars(select(HolidayEntry).where(HolidayEntry.day >= start, HolidayEntry.day <= end,
                                                HolidayEntry.deleted_at.is_(None))).all()
    years = s.scalars(select(HolidayYear.year).where(HolidayYear.year >= start.year, HolidayYear.year <= end.year,
                                                     HolidayYear.deleted_at.is_(None))).all()
    return HolidayCalendar({r.day: r.off for r in rows}, {r.day: r.name for r in rows}, frozenset(years))
