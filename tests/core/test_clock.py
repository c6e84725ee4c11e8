"""The one clock: set, advanced and released; Shanghai dates whatever the machine's zone; nobody else reads time."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.core import clock

ROOT = Path(__file__).resolve().parents[2]
WALL_CLOCK = re.compile(r"datetime\.now\(|datetime\.utcnow\(|date\.today\(|QDate\.currentDate|"
                        r"QDateTime\.currentDateTime|time\.localtime\(|time\.time\(")


def test_set_advance_and_nested_instants(desk_clock) -> None:
    desk_clock.at(2027, 2, 28, 23, 50)
    assert clock.local_now() == clock.shanghai(2027, 2, 28, 23, 50)
    assert clock.today() == date(2027, 2, 28)
    desk_clock.advance(minutes=15)
    assert clock.today() == date(2027, 3, 1)                   # Shanghai's date, while UTC is still 28 Feb
    assert clock.utcnow().date() == date(2027, 2, 28)
    with clock.instant(clock.shanghai(2028, 2, 29, 12)):
        assert clock.today() == date(2028, 2, 29)
    assert clock.today() == date(2027, 3, 1)                    # restored
    assert clock.file_stamp() == "20270301-000500"


def test_a_ticking_clock_moves_on_and_a_stopped_one_does_not(desk_clock) -> None:
    start = desk_clock.set(clock.shanghai(2026, 11, 18, 10), tick=False)
    assert clock.utcnow() == start
    desk_clock.set(start, tick=True)
    later = clock.utcnow()
    assert timedelta(0) <= later - start < timedelta(seconds=5)


def test_naive_instants_are_refused_and_release_returns_the_machine_clock(desk_clock, monkeypatch) -> None:
    machine = datetime(2031, 5, 6, 7, 8, 9, tzinfo=timezone.utc)

    class MachineClock(datetime):
        """The machine's clock as the desk clock reads it, standing at a known moment."""

        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206 — datetime.now's signature
            return machine.astimezone(tz) if tz else machine.replace(tzinfo=None)

    with pytest.raises(ValueError):
        clock.set_instant(datetime(2026, 1, 1))
    monkeypatch.setattr(clock, "datetime", MachineClock)
    clock.release()
    try:
        assert not clock.is_set()
        assert clock.utcnow() == machine                  # released, the desk clock is the machine's again
        with pytest.raises(RuntimeError):
            clock.advance(timedelta(minutes=1))
    finally:
        desk_clock.at(2026, 11, 18, 10)


@pytest.mark.date_sensitive
def test_today_is_the_desks_date_at_every_instant() -> None:
    now = clock.utcnow()
    assert clock.today() == now.astimezone(clock.SHANGHAI).date()
    assert clock.to_local(now.replace(tzinfo=None)).utcoffset() == timedelta(hours=8)


def test_nothing_else_reads_the_wall_clock() -> None:
    offenders = []
    for folder in ("desktop", "tests", "bench", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "clock.py" and path.parent.name == "core" or path == Path(__file__):
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if WALL_CLOCK.search(line) and "wall clock allowed" not in line:
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "read time through desktop.core.clock:\n" + "\n".join(offenders)


def test_the_steady_clock_stands_still_with_a_stopped_clock_and_never_goes_back() -> None:
    """Idle time is measured on clock.monotonic: while a set clock stands still, so does it (a loaded
    machine's slow second is no idle time in a test); advance() moves it on; a ticking clock runs it."""
    import time
    from datetime import datetime, timedelta, timezone

    from desktop.core import clock

    saved = clock._fixed
    try:
        clock.set_instant(datetime(2026, 11, 18, 1, 30, tzinfo=timezone.utc))
        a = clock.monotonic()
        time.sleep(0.05)
        assert clock.monotonic() == a
        clock.advance(timedelta(seconds=90))
        assert clock.monotonic() == a + 90
        clock.set_instant(datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc), tick=True)
        b = clock.monotonic()
        assert b >= a + 90
        time.sleep(0.05)
        assert clock.monotonic() >= b + 0.04
        clock.set_instant(datetime(2026, 11, 18, 2, 0, tzinfo=timezone.utc))
        c = clock.monotonic()
        assert c >= b and clock.monotonic() == c
    finally:
        clock.set_instant(saved[0], tick=saved[2]) if saved else clock.release()
