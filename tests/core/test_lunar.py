"""The lunar calendar against two references nobody here wrote, on every day of 1900-01-31 … 2100-12-31.

- LunarCalendar: its own encoding of the Hong Kong Observatory's tables — must agree on every day;
- sxtwl: an astronomical computation (寿星天文历) — must agree on every day except the three new moons the
  Observatory itself flags as minutes from midnight, where the tables keep the Observatory's day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import sxtwl
from lunarcalendar import Converter, Lunar, Solar

from desktop.core import lunar

DAYS = [lunar.FIRST + timedelta(days=i) for i in range((lunar.LAST - lunar.FIRST).days + 1)]
# The Observatory: "the new moons on 28 September 2057, 4 September 2089 and 7 August 2097" are within
# minutes of midnight; the date of the month's first day may differ by one.
UNCERTAIN = {date(2057, 9, 28): 30, date(2089, 9, 4): 30, date(2097, 8, 7): 30}


def _uncertain(d: date) -> bool:
    return any(start <= d < start + timedelta(days=n) for start, n in UNCERTAIN.items())


def _ours() -> list[tuple[int, int, int, bool]]:
    out = []
    for d in DAYS:
        ld = lunar.to_lunar(d)
        assert ld is not None
        out.append((ld.year, ld.month, ld.day, ld.leap))
    return out


def test_every_day_agrees_with_the_observatory_tables_and_the_astronomical_computation() -> None:
    ours = _ours()
    table = [(x.year, x.month, x.day, bool(x.isleap))
             for x in (Converter.Solar2Lunar(Solar(d.year, d.month, d.day)) for d in DAYS)]
    assert len(DAYS) == 73_384
    assert [d for d, a, b in zip(DAYS, ours, table) if a != b] == []
    astro = []
    for d in DAYS:
        x = sxtwl.fromSolar(d.year, d.month, d.day)
        astro.append((x.getLunarYear(), x.getLunarMonth(), x.getLunarDay(), bool(x.isLunarLeap())))
    differ = [d for d, a, b in zip(DAYS, ours, astro) if a != b]
    assert len(differ) == 90 and all(_uncertain(d) for d in differ)
    # Back again: every day's lunar date gives the same solar date.
    assert all(lunar.to_solar(*t) == d for d, t in zip(DAYS, ours))


@pytest.mark.parametrize("first,last,wrong_before", [
    (date(1933, 7, 22), date(1933, 8, 20), "六月初一"),     # lunardate: 闰五月 one day short
    (date(1954, 11, 25), date(1954, 12, 24), "十月三十"),
    (date(1978, 9, 2), date(1978, 10, 1), "八月初一"),
])
def test_the_three_ranges_lunardate_had_a_day_off(first: date, last: date, wrong_before: str) -> None:
    """In each range every day is one day later in the lunar month than lunardate said."""
    expected = {
        date(1933, 7, 22): lunar.LunarDate(1933, 5, 30, True),
        date(1954, 11, 25): lunar.LunarDate(1954, 11, 1),
        date(1978, 9, 2): lunar.LunarDate(1978, 7, 30),
    }[first]
    assert lunar.to_lunar(first) == expected and expected.text != wrong_before
    for d in (first, first + timedelta(days=10), last):
        ref = Converter.Solar2Lunar(Solar(d.year, d.month, d.day))
        assert lunar.to_lunar(d) == lunar.LunarDate(ref.year, ref.month, ref.day, bool(ref.isleap))
    assert lunar.to_lunar(last + timedelta(days=1)).day == 1            # the next month starts right after


def test_festivals_and_the_solar_term() -> None:
    assert lunar.to_solar(1978, 8, 15) == date(1978, 9, 17)              # 中秋 1978 (lunardate: the 16th)
    assert lunar.chuxi(2027) == date(2027, 2, 5) and lunar.lunar_new_year(2027) == date(2027, 2, 6)
    assert lunar.chuxi(2026) == date(2026, 2, 16)                        # a 29-day 腊月: 除夕 is the 29th
    assert lunar.to_solar(2027, 5, 5) == date(2027, 6, 9) and lunar.to_solar(2027, 8, 15) == date(2027, 9, 15)
    assert lunar.qingming(2027) == date(2027, 4, 5) and lunar.qingming(2008) == date(2008, 4, 4)
    assert lunar.chongyang(2026) == date(2026, 10, 18)
    # 清明 agrees with the astronomical computation in every year of the range.
    for year in range(1900, 2101):
        q = lunar.qingming(year)
        x = sxtwl.fromSolar(q.year, q.month, q.day)
        assert x.hasJieQi() and x.getJieQi() == 7, year
    ref = Converter.Lunar2Solar(Lunar(2025, 6, 1, isleap=True))
    assert lunar.to_solar(2025, 6, 1, leap=True) == date(ref.year, ref.month, ref.day)


def test_days_that_do_not_exist_and_the_edges_of_the_table() -> None:
    assert lunar.to_solar(2025, 12, 30) is None                          # 2025's 腊月 has 29 days
    assert lunar.month_days(2025, 12) == 29 and lunar.month_days(2025, 6, leap=True) == 29
    assert lunar.to_solar(2024, 4, 1, leap=True) is None and lunar.month_days(2024, 4, leap=True) is None
    assert lunar.to_lunar(date(1900, 1, 30)) is None and lunar.to_lunar(date(1900, 1, 31)) == lunar.LunarDate(1900, 1, 1)
    assert lunar.to_lunar(date(2101, 1, 1)) is None and lunar.to_solar(1899, 1, 1) is None
    assert lunar.to_lunar(date(2100, 12, 31)) is not None
    assert lunar.LunarDate(2023, 2, 5, True).text == "闰二月初五"
