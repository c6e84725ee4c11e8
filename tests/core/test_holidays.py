"""The holiday calendar: the coordinator's table > the official schedule > the statutory days (2025 放假办法)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import chinese_calendar
import pytest

from desktop.core import holidays
from desktop.core.holidays import HOLIDAY, OFFICIAL, PLAIN, STATUTORY, TABLE, WEEK, WEEKEND, WORKDAY, HolidayCalendar


def test_the_statutory_days_of_2027() -> None:
    days = holidays.statutory_days(2027)
    assert days == {
        date(2027, 1, 1): "元旦",
        date(2027, 2, 5): "除夕", date(2027, 2, 6): "春节", date(2027, 2, 7): "春节", date(2027, 2, 8): "春节",
        date(2027, 4, 5): "清明",
        date(2027, 5, 1): "劳动节", date(2027, 5, 2): "劳动节",
        date(2027, 6, 9): "端午",
        date(2027, 9, 15): "中秋",
        date(2027, 10, 1): "国庆", date(2027, 10, 2): "国庆", date(2027, 10, 3): "国庆",
    }
    assert len(days) == 13
    # 2028: 中秋 falls on 3 October — one day, both names.
    assert holidays.statutory_days(2028)[date(2028, 10, 3)] == "中秋、国庆"


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_computation_agrees_with_the_published_schedules_under_the_2025_rules(year: int) -> None:
    """Every statutory day computed for a year the State Council has published is a day off there."""
    for d, name in holidays.statutory_days(year).items():
        off, _ = chinese_calendar.get_holiday_detail(d)
        assert off, (d, name)
    assert holidays.official_year_known(year) and not holidays.official_year_known(2027)


def test_where_the_answer_comes_from() -> None:
    cal = HolidayCalendar({date(2027, 2, 9): True, date(2027, 2, 20): False, date(2027, 10, 1): False},
                          {date(2027, 2, 9): "春节"})
    d = cal.day(date(2027, 2, 9))
    assert (d.kind, d.name, d.source, d.why) == (HOLIDAY, "春节", TABLE, "春节（节假日表）")
    makeup = cal.day(date(2027, 2, 20))                                     # a Saturday worked
    assert makeup.makeup and makeup.label == "调休上班" and makeup.source == TABLE
    assert cal.kind(date(2027, 10, 1)) == WORKDAY                          # the table overrides the statute
    spring = cal.day(date(2027, 2, 6))
    assert (spring.kind, spring.label, spring.source) == (HOLIDAY, "春节", STATUTORY)
    assert spring.why == "春节（法定节日，按放假办法推算）"
    assert cal.day(date(2027, 2, 5)).label == "除夕"
    assert (cal.kind(date(2027, 2, 13)), cal.day(date(2027, 2, 13)).source) == (WEEKEND, WEEK)
    assert cal.kind(date(2027, 2, 10)) == WORKDAY and cal.day(date(2027, 2, 10)).why == "工作日"
    national = PLAIN.day(date(2026, 10, 5))                                 # published: 国庆 runs to the 7th
    assert (national.kind, national.label, national.source) == (HOLIDAY, "国庆", OFFICIAL)
    assert PLAIN.day(date(2026, 9, 20)).makeup                             # a published make-up Sunday
    assert HolidayCalendar({date(2026, 10, 5): True}).day(date(2026, 10, 5)).name == "国庆"


def test_the_notice_until_the_year_is_entered_in_full() -> None:
    feb = [date(2027, 2, 1) + timedelta(days=i) for i in range(28)]
    assert PLAIN.notices(feb) == ["2027 年的放假安排尚未公布，已按法定节日推算，调休请在节假日表中补充"]
    assert PLAIN.notices([date(2026, 12, 31), date(2027, 1, 1)]) == [holidays.notice_text(2027)]
    assert PLAIN.notices([date(2026, 10, 1)]) == []
    entered = HolidayCalendar({}, {}, frozenset({2027}))
    assert entered.notices(feb) == [] and entered.computed(2028)
    # Entered or not, the statutory days stay days off unless the table says otherwise.
    assert entered.is_holiday(date(2027, 2, 6))


def test_every_name_the_calendar_gives_reads_in_english() -> None:
    """The statutory names of every year the lunar table holds, and every label of the years the published
    schedule knows, read in English; a name the coordinator typed is data and stays as typed."""
    from desktop.core import messages

    statutory = {n for y in range(2000, 2101) for n in holidays.statutory_days(y).values()}
    assert "中秋、国庆" in statutory                                  # a year where the two fall together
    published = [y for y in range(2000, 2101) if holidays.official_year_known(y)]
    assert len(published) >= 20
    labels = statutory | {PLAIN.day(date(y, 1, 1) + timedelta(days=i)).label
                          for y in published for i in range(365)}
    messages.use_language("en")
    try:
        for label in sorted(labels - {""}):
            shown = holidays.Day(date(2027, 1, 1), HOLIDAY, label, STATUTORY).shown_label
            assert not re.search(r"[\u4e00-\u9fff]", shown), (label, shown)
        both = holidays.Day(date(2039, 10, 1), HOLIDAY, "中秋、国庆", STATUTORY)
        assert both.shown_label == "Mid-Autumn Festival, National Day"
        assert messages.shown(both.why) == "Mid-Autumn Festival, National Day (statutory holiday, reckoned by the " \
                                           "holiday rules)"
        assert holidays.Day(date(2027, 2, 9), HOLIDAY, "社区庆典", TABLE).shown_label == "社区庆典"
    finally:
        messages.use_language("zh")
    assert both.shown_label == "中秋、国庆" and both.why == "中秋、国庆（法定节日，按放假办法推算）"
