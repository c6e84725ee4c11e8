"""Duty rota: generating a month for 60 volunteers, 5 posts, 3 shifts a day, every rule checked.

The floor is building the plain list of the month's shift slots (with the holiday calendar) in
the same run; the figure includes that step, the generation and a full rule check of the result.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from bench.harness import Recorder, best_of
from desktop.duty import rota
from desktop.core.holidays import HolidayCalendar

SHIFTS = ((time(8), time(12)), (time(12), time(18)), (time(18), time(22)))


def _world() -> tuple[list[rota.Template], list[rota.Volunteer]]:
    templates = [rota.Template(f"t{p}-{k}", f"post{p}", a, b, 1, on_weekends=(p != 4), on_holidays=(p < 3))
                 for p in range(5) for k, (a, b) in enumerate(SHIFTS)]
    vols = []
    for i in range(60):
        weekdays = frozenset(range(1, 8)) if i % 4 else frozenset({1, 2, 3, 4, 5})
        window = (time(8), time(18)) if i % 7 == 0 else (None, None)
        away = ((date(2026, 10, 10 + i % 15), date(2026, 10, 12 + i % 15)),) if i % 5 == 0 else ()
        vols.append(rota.Volunteer(f"v{i:02d}", f"志愿者{i}", weekdays, window[0], window[1], 3 + i % 3, away))
    return templates, vols


def run(rec: Recorder, tmp: Path) -> None:
    templates, vols = _world()
    days = rota.month_days(2026, 10)
    calendar = HolidayCalendar()

    def slots_only() -> None:
        rota.build_slots(templates, days, calendar)

    def month() -> None:
        slots = rota.build_slots(templates, days, calendar)
        result = rota.generate(slots, vols, rest_hours=8)
        problems = rota.check(slots, result.assignment, vols, rest_hours=8)
        if problems:
            raise AssertionError(f"rota breaks rules: {problems[:3]}")

    floor = best_of(slots_only, repeat=5)
    value = best_of(month, repeat=3)
    rec.add("rota_month_s", value, "s", floor=floor, limit=2)
