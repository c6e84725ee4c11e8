"""The pure rota generator: no double booking, limits, rest, holidays, even spread."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.duty import rota
from desktop.core.holidays import HOLIDAY, PLAIN, WEEKEND, WORKDAY, HolidayCalendar, official

THREE = [(time(8), time(12)), (time(12), time(18)), (time(18), time(22))]


def templates(posts: int, *, on_weekends: bool = True, on_holidays: bool = True) -> list[rota.Template]:
    return [rota.Template(f"t{p}-{k}", f"p{p}", a, b, 1, on_weekends, on_holidays)
            for p in range(posts) for k, (a, b) in enumerate(THREE)]


def _week(d: date) -> tuple[int, int]:
    return d.isocalendar()[:2]


def assert_rules(slots: list[rota.Slot], assignment: list[str | None], vols: list[rota.Volunteer],
                 rest_hours: float) -> None:
    by_id = {v.id: v for v in vols}
    per: dict[str, list[rota.Slot]] = defaultdict(list)
    weeks: Counter[tuple[str, tuple[int, int]]] = Counter()
    for sl, vid in zip(slots, assignment):
        if vid is None:
            continue
        v = by_id[vid]
        per[vid].append(sl)
        weeks[(vid, _week(sl.day))] += 1
        assert sl.day.isoweekday() in v.weekdays
        assert not any(a <= sl.day <= b for a, b in v.away), "rostered on a day away"
        if v.avail_from is not None:
            assert v.avail_from <= sl.start.time() and sl.end.time() <= v.avail_to
    for (vid, _), n in weeks.items():
        assert n <= by_id[vid].max_per_week
    for vid, mine in per.items():
        mine.sort(key=lambda s: s.start)
        for a, b in zip(mine, mine[1:]):
            assert b.start >= a.end, f"double booking of {vid}: {a} / {b}"
            assert b.start - a.end >= timedelta(hours=rest_hours), f"too little rest for {vid}"


def test_month_for_sixty_volunteers_is_full_fair_and_lawful() -> None:
    vols = [rota.Volunteer(f"v{i:02d}", max_per_week=3) for i in range(60)]
    slots = rota.build_slots(templates(5), rota.month_days(2026, 10))
    result = rota.generate(slots, vols)
    assert len(slots) == 31 * 15
    assert result.unfilled == []
    assert_rules(slots, result.assignment, vols, 8)
    counts = Counter(result.assignment)
    mean = len(slots) / len(vols)
    assert all(abs(counts[v.id] - mean) <= 1 for v in vols), counts
    assert rota.check(slots, result.assignment, vols) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(min_value=1, max_value=14),
    posts=st.integers(min_value=1, max_value=3),
    maxw=st.lists(st.integers(min_value=0, max_value=6), min_size=14, max_size=14),
    weekdays=st.lists(st.sets(st.integers(min_value=1, max_value=7), min_size=1), min_size=14, max_size=14),
    windows=st.lists(st.sampled_from([None, (time(8), time(12)), (time(8), time(18)), (time(12), time(22))]),
                     min_size=14, max_size=14),
    away_start=st.lists(st.integers(min_value=0, max_value=27), min_size=14, max_size=14),
    away_len=st.lists(st.integers(min_value=-1, max_value=5), min_size=14, max_size=14),
    rest=st.sampled_from([0, 8, 12]),
    seed=st.integers(min_value=0, max_value=3),
)
def test_any_rota_respects_every_rule(n, posts, maxw, weekdays, windows, away_start, away_len, rest, seed) -> None:
    days = rota.month_days(2026, 2)
    vols = []
    for i in range(n):
        w = windows[i]
        away = () if away_len[i] < 0 else ((days[away_start[i]], days[away_start[i]] + timedelta(days=away_len[i])),)
        vols.append(rota.Volunteer(f"v{i}", weekdays=frozenset(weekdays[i]), max_per_week=maxw[i],
                                   avail_from=w[0] if w else None, avail_to=w[1] if w else None, away=away))
    slots = rota.build_slots(templates(posts), days)
    result = rota.generate(slots, vols, rest_hours=rest, seed=seed)
    assert_rules(slots, result.assignment, vols, rest)
    assert rota.check(slots, result.assignment, vols, rest_hours=rest) == []
    # Nobody left idle while a slot they could lawfully take stays unfilled.
    for i in result.unfilled:
        for v in vols:
            trial = list(result.assignment)
            trial[i] = v.id
            if rota.available(v, slots[i]):
                assert rota.check(slots, trial, vols, rest_hours=rest) != []


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=2, max_value=40), posts=st.integers(min_value=1, max_value=4),
       seed=st.integers(min_value=0, max_value=9))
def test_spread_within_one_of_even_when_everyone_is_available(n, posts, seed) -> None:
    vols = [rota.Volunteer(f"v{i}", max_per_week=21) for i in range(n)]
    slots = rota.build_slots(templates(posts), rota.month_days(2026, 3))
    result = rota.generate(slots, vols, rest_hours=8, seed=seed)
    counts = Counter(v for v in result.assignment if v is not None)
    filled = sum(counts.values())
    mean = filled / n
    assert all(abs(counts[v.id] - mean) <= 1 for v in vols), (counts, mean)
    assert_rules(slots, result.assignment, vols, 8)


def test_week_limit_binds_and_leaves_slots_unfilled() -> None:
    vols = [rota.Volunteer("a", max_per_week=2), rota.Volunteer("b", max_per_week=1)]
    days = [date(2026, 11, 2) + timedelta(days=i) for i in range(7)]          # Monday..Sunday
    slots = rota.build_slots(templates(1), days)
    result = rota.generate(slots, vols)
    assert Counter(result.assignment) == {"a": 2, "b": 1, None: 21 - 3}


def test_busy_shifts_outside_the_month_count_for_rest_and_limits() -> None:
    v = rota.Volunteer("a", max_per_week=1)
    slots = rota.build_slots(templates(1), [date(2026, 11, 2)])
    busy = [rota.Busy("a", datetime(2026, 11, 1, 9), datetime(2026, 11, 1, 12))]   # Sunday before: other week
    assert rota.generate(slots, [v], busy=busy).assignment.count("a") == 1
    busy = [rota.Busy("a", datetime(2026, 11, 3, 9), datetime(2026, 11, 3, 12))]   # same ISO week
    assert rota.generate(slots, [v], busy=busy).assignment.count("a") == 0


def test_library_knows_national_day_and_a_makeup_workday() -> None:
    assert official(date(2026, 10, 1)) == (HOLIDAY, "国庆")
    makeup = date(2026, 10, 10)          # a Saturday worked for the National Day week
    assert makeup.weekday() == 5 and official(makeup)[0] == WORKDAY
    assert official(date(2026, 10, 17)) == (WEEKEND, "")


def test_holidays_applied_to_the_slots() -> None:
    weekday_only = templates(1, on_weekends=False, on_holidays=False)
    days = rota.month_days(2026, 10)
    slots = rota.build_slots(weekday_only, days, HolidayCalendar())
    on = {sl.day for sl in slots}
    assert date(2026, 10, 1) not in on and date(2026, 10, 7) not in on     # 国庆, Thursday to Wednesday
    assert date(2026, 10, 8) in on
    assert date(2026, 10, 10) in on                                           # make-up Saturday works
    assert date(2026, 10, 17) not in on and date(2026, 10, 12) in on
    weekends_too = templates(1, on_weekends=True, on_holidays=False)
    on2 = {sl.day for sl in rota.build_slots(weekends_too, days)}
    assert date(2026, 10, 17) in on2 and date(2026, 10, 1) not in on2
    everything = {sl.day for sl in rota.build_slots(templates(1), days)}
    assert everything == set(days)


def test_the_coordinators_table_wins_for_a_year_the_library_does_not_know() -> None:
    assert official(date(2027, 10, 1)) is None          # no published schedule for 2027
    cal = HolidayCalendar({date(2027, 10, 1): True, date(2027, 9, 26): False}, {date(2027, 10, 1): "国庆节"})
    assert cal.kind(date(2027, 10, 1)) == HOLIDAY and cal.name(date(2027, 10, 1)) == "国庆节"
    assert cal.kind(date(2027, 9, 26)) == WORKDAY and cal.is_makeup_workday(date(2027, 9, 26))
    # Without the table the statutory days still apply; the 调休 are not guessed.
    assert PLAIN.kind(date(2027, 10, 1)) == HOLIDAY and PLAIN.kind(date(2027, 10, 4)) == WORKDAY
    assert PLAIN.kind(date(2027, 9, 26)) == WEEKEND
    days = [date(2027, 9, 26), date(2027, 10, 1), date(2027, 10, 4)]
    on = {sl.day for sl in rota.build_slots(templates(1, on_weekends=False, on_holidays=False), days, cal)}
    assert on == {date(2027, 9, 26), date(2027, 10, 4)}
    # The table also overrides what the library knows.
    cal26 = HolidayCalendar({date(2026, 10, 1): False}, {})
    assert cal26.kind(date(2026, 10, 1)) == WORKDAY
