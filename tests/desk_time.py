"""The desk's clock under the tests' control.

Every test runs at a fixed instant (DEFAULT), ticking on at the real pace from there, so no test
depends on when it runs. Tests marked `date_sensitive` also run at the awkward instants below, each
with the machine's zone set to UTC and to Asia/Shanghai (in-process: TZ and time.tzset()); their
ids name the instant and zone, e.g. `test_x[month-start@UTC]`.

`@pytest.mark.date_sensitive("leap-day")` limits a slow test to the instants named (machine zone UTC).
`LINLI_TEST_INSTANT=2027-03-01T00:30+08:00` runs the whole suite at another default instant, any from
18 November 2026 on (the worlds the tests build are stories of that autumn: before it, their days are
still to come and are refused as such); started near midnight, the run goes on into the next day;
`LINLI_TEST_INSTANTS=off` skips the extra instants (a quick local run).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from desktop.core import clock

DEFAULT = datetime.fromisoformat(os.environ.get("LINLI_TEST_INSTANT") or "2026-11-18T10:00:00+08:00")

# Named instants (Shanghai wall time) where date arithmetic usually breaks.
EXTRA: dict[str, datetime] = {
    "month-start": clock.shanghai(2027, 3, 1, 0, 30),      # UTC is still 28 February
    "feb-end": clock.shanghai(2027, 2, 28, 23, 50),        # last minutes of a short month
    "leap-day": clock.shanghai(2028, 2, 29, 9, 0),
    "spring-eve": clock.shanghai(2026, 2, 16, 20, 0),      # 除夕 2026: holidays, lunar dates
    "spring-eve-2027": clock.shanghai(2027, 2, 5, 23, 50),  # 除夕 2027: no official schedule published yet
    "year-end": clock.shanghai(2026, 12, 31, 23, 50),
}
ZONES = ("UTC", "Asia/Shanghai")
_SESSION_START = time.monotonic()


def default_now() -> datetime:
    """The default instant plus the time the test session has run: never goes back between tests,
    so "the latest row" stays the latest across module-scoped fixtures."""
    return DEFAULT + timedelta(seconds=time.monotonic() - _SESSION_START)


def instants() -> list[tuple[str, datetime | None, str | None]]:
    """(label, instant, machine zone or None for the machine's own) a date-sensitive test runs at."""
    runs: list[tuple[str, datetime | None, str | None]] = [("default", None, None)]
    if os.environ.get("LINLI_TEST_INSTANTS", "on").lower() not in ("off", "0", "no"):
        runs += [(label, moment, zone) for label, moment in EXTRA.items() for zone in ZONES]
    return runs


@dataclass
class DeskClock:
    """What a test holds to move the desk's time (`desk_clock` fixture)."""

    def set(self, moment: datetime, *, tick: bool = False) -> datetime:
        clock.set_instant(moment, tick=tick)
        return clock.utcnow()

    def at(self, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
        """Stop the clock at a Shanghai wall time."""
        return self.set(clock.shanghai(year, month, day, hour, minute))

    def advance(self, *, days: int = 0, hours: int = 0, minutes: int = 0, seconds: int = 0) -> datetime:
        return clock.advance(timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds))

    @property
    def now(self) -> datetime:
        return clock.local_now()


def _set_zone(zone: str | None) -> None:
    if zone is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = zone
    time.tzset()


@pytest.fixture(autouse=True)
def _desk_time(request: pytest.FixtureRequest) -> Iterator[DeskClock]:
    label, moment, zone = getattr(request, "param", ("default", None, None))
    moment = moment or default_now()
    saved_zone = os.environ.get("TZ")
    if zone is not None:
        _set_zone(zone)
    clock.set_instant(moment, tick=True)
    try:
        yield DeskClock()
    finally:
        clock.set_instant(default_now(), tick=True)
        if zone is not None:
            _set_zone(saved_zone)


@pytest.fixture
def desk_clock(_desk_time: DeskClock) -> DeskClock:
    """The desk clock, for tests that move time themselves."""
    return _desk_time


def generate(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker("date_sensitive")
    if marker is None:
        return
    runs = instants()
    if marker.args:   # a slow test names the instants that matter to it, and runs them in UTC only
        unknown = set(marker.args) - set(EXTRA)
        if unknown:
            raise ValueError(f"unknown instants {sorted(unknown)}: choose from {sorted(EXTRA)}")
        runs = [r for r in runs if r[2] is None or (r[0] in marker.args and r[2] == ZONES[0])]
    metafunc.parametrize("_desk_time", runs, indirect=True,
                         ids=[label if zone is None else f"{label}@{zone}" for label, _m, zone in runs])


def header() -> str:
    extra = [f"{label}={moment.isoformat()}" for label, moment, _z in instants()[1:]
             if _z == ZONES[0] and moment is not None]
    return (f"desk clock: every test at {DEFAULT.isoformat()}; date-sensitive tests also at "
            + (", ".join(extra) + f" (each with TZ={' and '.join(ZONES)})" if extra else "no other instant"))


def summary(terminalreporter) -> None:  # noqa: ANN001
    """After the run (also under -q and with workers): how many tests ran at each instant."""
    counts: dict[str, dict[str, int]] = {}
    for outcome in ("passed", "failed", "error", "skipped"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if getattr(report, "when", "call") not in ("call", None) and outcome != "error":
                continue
            label = "default"
            params = nodeid[nodeid.rfind("[") + 1:-1] if nodeid.endswith("]") else ""
            for name in EXTRA:
                for zone in ZONES:
                    if f"{name}@{zone}" in params:
                        label = f"{name}@{zone}"
            counts.setdefault(label, {}).setdefault(outcome, 0)
            counts[label][outcome] += 1
    if len(counts) <= 1:
        return
    terminalreporter.write_sep("-", "desk clock: tests run at each instant")
    terminalreporter.write_line(f"default = {DEFAULT.isoformat()} (Shanghai), the machine's own zone")
    for label in sorted(counts, key=lambda k: (k != "default", k)):
        name = label.split("@")[0]
        when = "" if name == "default" else f" = {EXTRA[name].isoformat()}"
        outcome = ", ".join(f"{n} {o}" for o, n in sorted(counts[label].items()))
        terminalreporter.write_line(f"  {label}{when}: {outcome}")
