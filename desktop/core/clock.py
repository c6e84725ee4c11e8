"""Time in one place: stored as aware UTC, shown and reasoned about in Asia/Shanghai.

Every "now" and "today" of the program comes from here; nothing else reads the machine's clock or
its local zone. Tests (and the scenario runs that drive a whole desk day) set the instant with
`set_instant()` / `advance()`; the program itself never does.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

# When set: (the instant, the monotonic reading when it was set, whether time moves on from it).
_fixed: tuple[datetime, float, bool] | None = None
# How far `advance()` has moved the steady clock on (tests and simulated days only).
_steady_offset = 0.0
# While a set clock stands still, the steady clock stands still too (its reading when it stopped): a
# slow second on a loaded machine is no idle time in a test. None: it runs at the real pace.
_steady_stopped: float | None = None


def utcnow() -> datetime:
    if _fixed is not None:
        instant, since, ticking = _fixed
        if ticking:
            return instant + timedelta(seconds=time.monotonic() - since)
        return instant
    return datetime.now(timezone.utc)


def monotonic() -> float:
    """Seconds on a steady clock, for durations (how long the desk has been idle): it never jumps when
    the machine's time is changed. `advance()` moves it on as well, so tests need no sleeping; while a
    set clock stands still (not ticking), so does this one."""
    return (time.monotonic() if _steady_stopped is None else _steady_stopped) + _steady_offset


def _steady_for(fixed: tuple[datetime, float, bool] | None) -> None:
    """Stop the steady clock for a clock that stands still (where it is now: it never goes back), or let
    it run again."""
    global _steady_stopped
    if fixed is None or fixed[2]:
        _steady_stopped = None
    elif _steady_stopped is None:
        _steady_stopped = time.monotonic()


def local_now() -> datetime:
    return utcnow().astimezone(SHANGHAI)


def today() -> date:
    """Today's date at the desk (Shanghai), not the UTC date and not the machine's date."""
    return local_now().date()


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(SHANGHAI)


def fmt_local(moment: datetime | None, with_seconds: bool = False) -> str:
    if moment is None:
        return ""
    return to_local(moment).strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


def file_stamp() -> str:
    """A timestamp for file names (backups, reports), in the desk's time, sortable."""
    return local_now().strftime("%Y%m%d-%H%M%S")


def shanghai(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    """An aware instant given as Shanghai wall-clock time."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


# --- control (tests and simulated days) ----------------------------------------------------------

def set_instant(instant: datetime, *, tick: bool = False) -> None:
    """Make "now" this instant. With `tick`, time moves on from it at the real pace."""
    if instant.tzinfo is None:
        raise ValueError("the clock needs an aware instant")
    global _fixed
    _fixed = (instant.astimezone(timezone.utc), time.monotonic(), tick)
    _steady_for(_fixed)


def advance(delta: timedelta) -> datetime:
    """Move a set clock on by `delta`; returns the new instant."""
    global _steady_offset
    if _fixed is None:
        raise RuntimeError("the clock is not set: nothing to advance")
    _steady_offset += max(0.0, delta.total_seconds())
    set_instant(utcnow() + delta, tick=_fixed[2])
    return utcnow()


def release() -> None:
    """Back to the machine's clock."""
    global _fixed
    _fixed = None
    _steady_for(None)


def is_set() -> bool:
    return _fixed is not None


@contextmanager
def instant(moment: datetime, *, tick: bool = False) -> Iterator[None]:
    """Run a block at `moment`, restoring whatever clock was set before."""
    global _fixed
    saved = _fixed
    set_instant(moment, tick=tick)
    try:
        yield
    finally:
        _fixed = saved
        _steady_for(saved)
