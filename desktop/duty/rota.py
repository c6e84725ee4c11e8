"""The rota generator: a pure function over plain data (no database), fast and testable.

Times are local (Asia/Shanghai) naive datetimes. Rules: a volunteer only on their weekdays and
inside their daily window, never on a day away, at most `max_per_week` shifts an ISO week, never
two overlapping shifts, at least `rest_hours` between two shifts, and the counts spread evenly:
slots go to whoever has fewest so far, then a balancing pass moves shifts from the busiest to
the least busy volunteer while one can take it.
"""

from __future__ import annotations

import random
from bisect import insort
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop.core.holidays import PLAIN, HolidayCalendar


@dataclass(frozen=True)
class Volunteer:
    id: str
    name: str = ""
    weekdays: frozenset[int] = frozenset(range(1, 8))   # ISO: 1 = Monday
    avail_from: time | None = None
    avail_to: time | None = None
    max_per_week: int = 3
    away: tuple[tuple[date, date], ...] = ()


@dataclass(frozen=True)
class Template:
    id: str
    post_id: str
    start: time
    end: time                 # <= start: the shift ends the next day
    people: int = 1
    on_weekends: bool = True
    on_holidays: bool = True


@dataclass(frozen=True)
class Slot:
    post_id: str
    template_id: str | None
    day: date
    slot: int
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Busy:
    """A shift a volunteer already has (outside the month, or kept from an edit)."""

    volunteer_id: str
    start: datetime
    end: datetime


@dataclass
class RotaResult:
    assignment: list[str | None]                  # per slot: volunteer id or None (unfilled)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def unfilled(self) -> list[int]:
        return [i for i, v in enumerate(self.assignment) if v is None]


def month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return [first + timedelta(days=i) for i in range((nxt - first).days)]


def build_slots(templates: Sequence[Template], days: Iterable[date],
                calendar: HolidayCalendar = PLAIN) -> list[Slot]:
    """Every place to fill: each template on each day it runs (by the holiday calendar), once per person."""
    out: list[Slot] = []
    for day in days:
        for t in templates:
            if not calendar.runs(day, on_weekends=t.on_weekends, on_holidays=t.on_holidays):
                continue
            start = datetime.combine(day, t.start)
            end = datetime.combine(day + timedelta(days=1) if t.end <= t.start else day, t.end)
            for n in range(t.people):
                out.append(Slot(t.post_id, t.id, day, n, start, end))
    out.sort(key=lambda s: (s.start, s.post_id, s.slot))
    return out


def _week(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return (iso[0], iso[1])


def available(v: Volunteer, slot: Slot) -> bool:
    """Weekday, daily window and days away (not the volunteer's other shifts)."""
    if slot.day.isoweekday() not in v.weekdays:
        return False
    for a, b in v.away:
        if a <= slot.end.date() and slot.day <= b:
            return False
    if v.avail_from is not None and slot.start.time() < v.avail_from:
        return False
    if v.avail_to is not None:
        if slot.end.date() != slot.day or slot.end.time() > v.avail_to:
            return False
    return True


class _Book:
    """Each volunteer's shifts (sorted) and counts per ISO week, for the constraint checks."""

    def __init__(self, volunteers: Sequence[Volunteer], rest: timedelta) -> None:
        self.rest = rest
        self.spans: dict[str, list[tuple[datetime, datetime]]] = {v.id: [] for v in volunteers}
        self.week: dict[tuple[str, tuple[int, int]], int] = defaultdict(int)
        self.count: dict[str, int] = {v.id: 0 for v in volunteers}
        self.limit = {v.id: v.max_per_week for v in volunteers}

    def fits(self, vid: str, slot: Slot) -> bool:
        if self.week[(vid, _week(slot.day))] >= self.limit[vid]:
            return False
        lo, hi = slot.start - self.rest, slot.end + self.rest
        for s, e in self.spans[vid]:
            if s >= hi:
                break
            if e > lo:          # overlaps, or too little rest before/after
                return False
        return True

    def add(self, vid: str, start: datetime, end: datetime, day: date, counted: bool = True) -> None:
        insort(self.spans[vid], (start, end))
        self.week[(vid, _week(day))] += 1
        if counted:
            self.count[vid] += 1

    def remove(self, vid: str, slot: Slot) -> None:
        self.spans[vid].remove((slot.start, slot.end))
        self.week[(vid, _week(slot.day))] -= 1
        self.count[vid] -= 1


def generate(slots: Sequence[Slot], volunteers: Sequence[Volunteer], *, rest_hours: float = 8,
             busy: Sequence[Busy] = (), fixed: dict[int, str] | None = None, seed: int = 0) -> RotaResult:
    """Fill `slots` from `volunteers`. `fixed` maps slot index -> volunteer kept as it is;
    `busy` are other shifts that count towards weekly limits and rest but not the spread."""
    rng = random.Random(seed)
    book = _Book(volunteers, timedelta(hours=rest_hours))
    by_id = {v.id: v for v in volunteers}
    for b in busy:
        if b.volunteer_id in by_id:
            book.add(b.volunteer_id, b.start, b.end, b.start.date(), counted=False)
    assignment: list[str | None] = [None] * len(slots)
    for i, vid in (fixed or {}).items():
        assignment[i] = vid
        if vid in by_id:
            book.add(vid, slots[i].start, slots[i].end, slots[i].day)
    eligible: list[list[str]] = [[v.id for v in volunteers if available(v, sl)] for sl in slots]
    tiebreak = {v.id: rng.random() for v in volunteers}
    # Scarce slots first (fewest volunteers could take them), then in time order.
    order = sorted((i for i in range(len(slots)) if assignment[i] is None),
                   key=lambda i: (min(len(eligible[i]), 4), slots[i].start))
    while True:
        _fill(slots, order, assignment, eligible, book, tiebreak)
        moved = _balance(slots, assignment, eligible, book, set((fixed or {}).keys()))
        # A move can free a week or a rest gap that lets an unfilled slot be taken: go again.
        order = [i for i in order if assignment[i] is None]
        if not order or not moved:
            break
    return RotaResult(assignment, dict(book.count))


def _fill(slots: Sequence[Slot], order: Sequence[int], assignment: list[str | None], eligible: list[list[str]],
          book: _Book, tiebreak: dict[str, float]) -> int:
    filled = 0
    for i in order:
        slot = slots[i]
        best: str | None = None
        best_key: tuple[int, int, float] | None = None
        for vid in eligible[i]:
            key = (book.count[vid], book.week[(vid, _week(slot.day))], tiebreak[vid])
            if best_key is not None and key >= best_key:
                continue
            if book.fits(vid, slot):
                best, best_key = vid, key
        if best is not None:
            assignment[i] = best
            book.add(best, slot.start, slot.end, slot.day)
            filled += 1
    return filled


def _balance(slots: Sequence[Slot], assignment: list[str | None], eligible: list[list[str]],
             book: _Book, fixed: set[int]) -> int:
    """Move shifts from the busiest volunteer to one with at least two fewer, while possible."""
    moves = 0
    eligible_sets = [set(e) for e in eligible]
    mine: dict[str, list[int]] = defaultdict(list)
    for i, vid in enumerate(assignment):
        if vid is not None and i not in fixed:
            mine[vid].append(i)
    for _round in range(len(slots) + 1):
        moved = False
        ranked = sorted(book.count, key=lambda v: book.count[v])
        for high in reversed(ranked):
            for low in ranked:
                if book.count[high] - book.count[low] <= 1:
                    break
                for i in list(mine[high]):
                    if low not in eligible_sets[i]:
                        continue
                    slot = slots[i]
                    if book.fits(low, slot):
                        book.remove(high, slot)
                        book.add(low, slot.start, slot.end, slot.day)
                        assignment[i] = low
                        mine[high].remove(i)
                        mine[low].append(i)
                        moved = True
                        moves += 1
                        break
                if moved:
                    break
            if moved:
                break
        if not moved:
            return moves
    return moves


@dataclass(frozen=True)
class Problem:
    slot: int
    volunteer_id: str
    rule: str          # "window" | "week" | "overlap" | "rest"


def check(slots: Sequence[Slot], assignment: Sequence[str | None], volunteers: Sequence[Volunteer],
          *, rest_hours: float = 8) -> list[Problem]:
    """Every broken rule of a rota (for edits, tests and the calendar's conflict marks)."""
    by_id = {v.id: v for v in volunteers}
    problems: list[Problem] = []
    per: dict[str, list[int]] = defaultdict(list)
    weeks: dict[tuple[str, tuple[int, int]], int] = defaultdict(int)
    for i, vid in enumerate(assignment):
        if vid is None:
            continue
        per[vid].append(i)
        weeks[(vid, _week(slots[i].day))] += 1
        v = by_id.get(vid)
        if v is not None and not available(v, slots[i]):
            problems.append(Problem(i, vid, "window"))
        if v is not None and weeks[(vid, _week(slots[i].day))] > v.max_per_week:
            problems.append(Problem(i, vid, "week"))
    rest = timedelta(hours=rest_hours)
    for vid, idx in per.items():
        idx.sort(key=lambda i: slots[i].start)
        latest_end: datetime | None = None
        for b in idx:
            if latest_end is not None:
                if slots[b].start < latest_end:
                    problems.append(Problem(b, vid, "overlap"))
                elif slots[b].start - latest_end < rest:
                    problems.append(Problem(b, vid, "rest"))
            latest_end = slots[b].end if latest_end is None else max(latest_end, slots[b].end)
    return problems
