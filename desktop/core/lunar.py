"""The Chinese lunar calendar (农历) and the solar terms, 1900-01-31 … 2100-12-31.

The months come from borax's tables, which agree day for day with the Hong Kong Observatory's
conversion tables (tests/core/test_lunar.py checks every day of the range against two other libraries).
The table is turned once into a list of month starts, so a conversion is a bisection.

A lunar date is (year, month, day, leap); `leap` marks the 闰 month that follows the ordinary month of
the same number.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from borax.calendars.lunardate import LCalendars, LunarDate as BoraxDate, TermUtils

from desktop.core.messages import msg

__all__ = ["FIRST", "LAST", "LunarDate", "chongyang", "chuxi", "lunar_new_year", "lunar_parts", "lunar_text",
           "month_days", "qingming", "to_lunar", "to_solar"]

FIRST = date(1900, 1, 31)          # 1900 正月初一
LAST = date(2100, 12, 31)
_MONTHS = "正二三四五六七八九十冬腊"
_DAYS = ("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
         "廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十").split()


@dataclass(frozen=True, order=True)
class LunarDate:
    year: int
    month: int
    day: int
    leap: bool = False

    @property
    def text(self) -> str:
        """三月初五 / 闰四月廿九."""
        return lunar_text(self.month, self.day, self.leap)


def lunar_text(month: int, day: int, leap: bool = False) -> str:
    return ("闰" if leap else "") + _MONTHS[month - 1] + "月" + _DAYS[day - 1]


def lunar_parts(text: str) -> tuple[int, int, bool]:
    """(month, day, leap) of a lunar_text ("闰四月廿九" → (4, 29, True)): the date in numbers, for a
    reader without Chinese."""
    leap = text.startswith("闰")
    month, day = (text[1:] if leap else text).split("月")
    return _MONTHS.index(month) + 1, _DAYS.index(day) + 1, leap


@dataclass(frozen=True)
class _Months:
    starts: list[date]                       # first day of each lunar month, in order
    keys: list[tuple[int, int, bool]]        # (year, month, leap) of that month
    lengths: list[int]
    index: dict[tuple[int, int, bool], int]


@lru_cache(maxsize=1)
def _months() -> _Months:
    starts: list[date] = []
    keys: list[tuple[int, int, bool]] = []
    lengths: list[int] = []
    for year in range(FIRST.year, LAST.year + 1):
        d = BoraxDate(year, 1, 1).to_solar_date()
        if starts and d != starts[-1] + timedelta(days=lengths[-1]):
            raise RuntimeError(f"lunar table not contiguous at {year}")
        for month, days, leap in LCalendars.iter_year_month(year):
            starts.append(d)
            keys.append((year, month, bool(leap)))
            lengths.append(days)
            d += timedelta(days=days)
    return _Months(starts, keys, lengths, {k: i for i, k in enumerate(keys)})


def to_lunar(d: date) -> LunarDate | None:
    """The lunar date of solar `d`; None outside 1900-01-31 … 2100-12-31."""
    if not FIRST <= d <= LAST:
        return None
    m = _months()
    i = bisect_right(m.starts, d) - 1
    year, month, leap = m.keys[i]
    return LunarDate(year, month, (d - m.starts[i]).days + 1, leap)


def month_days(year: int, month: int, leap: bool = False) -> int | None:
    """29 or 30; None when that month does not exist (no such 闰 month, year out of range)."""
    m = _months()
    i = m.index.get((year, month, leap))
    return None if i is None else m.lengths[i]


def to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The solar date of a lunar date; None when it does not exist (a 30th of a 29-day month…)."""
    m = _months()
    i = m.index.get((year, month, leap))
    if i is None or not 1 <= day <= m.lengths[i]:
        return None
    d = m.starts[i] + timedelta(days=day - 1)
    return d if d <= LAST else None


def _must(d: date | None, what: str) -> date:
    if d is None:
        raise ValueError(msg("{what}不在农历表的范围（1900–2100）内", what=what))
    return d


def lunar_new_year(year: int) -> date:
    """春节: 正月初一 of lunar `year` (it falls in solar `year`)."""
    return _must(to_solar(year, 1, 1), msg("{year}年春节", year=year))


def chuxi(year: int) -> date:
    """除夕 before the Spring Festival of solar `year`: the last day of the previous lunar year."""
    return lunar_new_year(year) - timedelta(days=1)


def chongyang(year: int) -> date:
    """重阳节: the 9th day of the 9th lunar month."""
    return _must(to_solar(year, 9, 9), msg("{year}年重阳节", year=year))


def qingming(year: int) -> date:
    """清明: the day the sun reaches 15° ecliptic longitude (Beijing time)."""
    if not FIRST.year <= year <= LAST.year:
        raise ValueError(msg("{year}年清明不在节气表的范围（1900–2100）内", year=year))
    day: date = TermUtils.nth_term_day(year, term_name="清明")
    return day
