"""Recurrence rules expand to the right dates (pure functions, no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.activities.recurrence import Rule, RuleError, describe, expand
from desktop.core.holidays import HolidayCalendar


@settings(max_examples=150, deadline=None)
@given(start=st.dates(date(2024, 1, 1), date(2026, 12, 31)), days=st.integers(0, 400),
       weekdays=st.sets(st.integers(1, 7), min_size=1, max_size=3), interval=st.integers(1, 3))
def test_weekly_dates_are_in_range_on_the_weekdays_and_every_nth_week(start, days, weekdays, interval) -> None:
    rule = Rule("weekly", start, start + timedelta(days=days), weekdays=tuple(sorted(weekdays)), interval=interval)
    try:
        dates = expand(rule)
    except RuleError:
        assert days // 7 * len(weekdays) > 300
        return
    assert dates == sorted(set(dates))
    assert all(rule.date_from <= d <= rule.date_to and d.isoweekday() in weekdays for d in dates)
    week0 = start - timedelta(days=start.weekday())
    assert all(((d - week0).days // 7) % interval == 0 for d in dates)
    # nothing missed: every matching day of a counted week is there
    expected = [start + timedelta(days=k) for k in range(days + 1)
                if (start + timedelta(days=k)).isoweekday() in weekdays
                and ((start + timedelta(days=k) - week0).days // 7) % interval == 0]
    assert dates == expected


def test_monthly_rules() -> None:
    last_friday = expand(Rule("monthly", date(2026, 1, 1), date(2026, 6, 30), weekdays=(5,), nth_week=-1))
    assert last_friday == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27), date(2026, 4, 24),
                           date(2026, 5, 29), date(2026, 6, 26)]
    second_wed = expand(Rule("monthly", date(2026, 1, 1), date(2026, 3, 31), weekdays=(3,), nth_week=2))
    assert second_wed == [date(2026, 1, 14), date(2026, 2, 11), date(2026, 3, 11)]
    day31 = expand(Rule("monthly", date(2026, 1, 15), date(2026, 4, 30), month_day=31))
    assert day31 == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    every_other = expand(Rule("monthly", date(2026, 1, 1), date(2026, 12, 31), month_day=15, interval=2))
    assert [d.month for d in every_other] == [1, 3, 5, 7, 9, 11]
    assert describe(Rule("monthly", date(2026, 1, 1), date(2026, 2, 1), weekdays=(5,), nth_week=-1)) == \
        "每月最后一个周五"
    assert describe(Rule("weekly", date(2026, 1, 1), date(2026, 2, 1), weekdays=(3, 1))) == "每周一、三"


def test_holidays_skipped_and_bad_rules_refused() -> None:
    tuesdays = expand(Rule("weekly", date(2026, 9, 28), date(2026, 10, 14), weekdays=(2,), skip_holidays=True))
    assert date(2026, 10, 6) not in tuesdays and tuesdays == [date(2026, 9, 29), date(2026, 10, 13)]
    assert date(2026, 10, 6) in expand(Rule("weekly", date(2026, 9, 28), date(2026, 10, 14), weekdays=(2,)))
    for bad in (Rule("weekly", date(2026, 1, 2), date(2026, 1, 1), weekdays=(1,)),
                Rule("weekly", date(2026, 1, 1), date(2026, 2, 1)),
                Rule("monthly", date(2026, 1, 1), date(2026, 2, 1)),
                Rule("monthly", date(2026, 1, 1), date(2026, 2, 1), weekdays=(1, 2), nth_week=1),
                Rule("daily", date(2026, 1, 1), date(2026, 2, 1))):
        with pytest.raises(RuleError):
            expand(bad)


SEVEN_2027 = {"元旦": date(2027, 1, 1), "除夕": date(2027, 2, 5), "春节": date(2027, 2, 8), "清明": date(2027, 4, 5),
              "端午": date(2027, 6, 9), "中秋": date(2027, 9, 15), "国庆": date(2027, 10, 1)}


def test_a_year_without_a_published_schedule_skips_the_statutory_days() -> None:
    """2027 (not yet published): each of its festivals on a weekday is skipped, from the lunar calendar."""
    kept = set(expand(Rule("weekly", date(2027, 1, 1), date(2027, 12, 31), weekdays=(1, 2, 3, 4, 5),
                           skip_holidays=True)))
    assert [name for name, d in SEVEN_2027.items() if d in kept] == []
    weekdays = {date(2027, 1, 1) + timedelta(days=i) for i in range(365)}
    weekdays = {d for d in weekdays if d.weekday() < 5}
    assert weekdays - kept == {date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 8), date(2027, 4, 5),
                               date(2027, 6, 9), date(2027, 9, 15), date(2027, 10, 1)}
    plain = expand(Rule("weekly", date(2027, 1, 1), date(2027, 6, 30), weekdays=(1, 2, 3, 4, 5)))
    assert set(plain) >= {SEVEN_2027["元旦"], SEVEN_2027["清明"]}          # without skip_holidays nothing is left out


def test_the_coordinators_table_is_part_of_the_calendar() -> None:
    cal = HolidayCalendar({date(2027, 2, 9): True, date(2027, 10, 1): False}, {date(2027, 2, 9): "春节"})
    tuesdays_fridays = Rule("weekly", date(2027, 2, 1), date(2027, 2, 28), weekdays=(2, 5), skip_holidays=True)
    assert date(2027, 2, 9) in expand(tuesdays_fridays)
    assert date(2027, 2, 9) not in expand(tuesdays_fridays, cal) and date(2027, 2, 5) not in expand(tuesdays_fridays, cal)
    national = Rule("weekly", date(2027, 9, 27), date(2027, 10, 8), weekdays=(5,), skip_holidays=True)
    assert expand(national) == [date(2027, 10, 8)] and expand(national, cal) == [date(2027, 10, 1), date(2027, 10, 8)]
