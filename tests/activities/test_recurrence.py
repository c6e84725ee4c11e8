"""Recurrence rules expand to the right dates (pure functions, no database)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.activities.recurrence import Rule, RuleError, describe, expand


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
