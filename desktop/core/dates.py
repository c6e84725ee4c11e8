"""Lenient date parsing for spreadsheet / form input."""

from __future__ import annotations

from desktop.core.errors import UserError

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from desktop.core import clock
from desktop.core.messages import msg

__all__ = ["DateParseError", "MIN_DATE", "age_on", "format_date", "parse_date"]

MIN_DATE = date(1900, 1, 1)
MAX_YEARS_AHEAD = 100  # later years are treated as typos
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 -> 1900-03-01 (Lotus leap-year bug)
_SERIAL_MIN, _SERIAL_MAX = 1, 80000

_TIME_SUFFIX = re.compile(r"(?:\s+|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?$")
_PATTERNS = (
    re.compile(r"(\d{4})([-./])(\d{1,2})\2(\d{1,2})"),
    re.compile(r"(\d{4})(年)(\d{1,2})月(\d{1,2})[日号]?"),
    re.compile(r"(\d{4})()(\d{2})(\d{2})"),
)


class DateParseError(UserError, ValueError):
    """Unrecognised date; ``str(err)`` is a user-facing Chinese message."""


def _fail(value: object) -> DateParseError:
    return DateParseError(msg("无法识别的日期：{value}", value=str(value).strip()))


def _from_serial(value: int | float) -> date:
    if isinstance(value, float) and not math.isfinite(value):
        raise _fail(value)
    serial = math.floor(value)  # a fraction is the time of day
    if not _SERIAL_MIN <= serial <= _SERIAL_MAX or serial == 60:  # 60 = fictitious 1900-02-29
        raise _fail(value)
    return _EXCEL_EPOCH + timedelta(days=serial + (1 if serial < 60 else 0))


_NO_SPACE = re.compile(r"\s+")


def _from_text(value: str) -> date:
    text = unicodedata.normalize("NFKC", value).strip()
    text = _TIME_SUFFIX.sub("", text)
    text = _NO_SPACE.sub("", text)
    for pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
            except ValueError:
                raise _fail(value) from None
    raise _fail(value)


def parse_date(value: object, *, today: date | None = None) -> date:
    """Parse a date, datetime, Excel serial (1900 system) or text such as
    ``1950.3.5``, ``1950年3月5日``, ``19500305``; raise DateParseError.

    Years before 1900 or more than 100 years after ``today`` are rejected.
    Two-digit years are ambiguous and always rejected.
    """
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    elif isinstance(value, bool) or value is None:
        raise _fail(value)
    elif isinstance(value, (int, float)):
        result = _from_serial(value)
    elif isinstance(value, str):
        result = _from_text(value)
    else:
        raise _fail(value)
    limit = (today or clock.today()).year + MAX_YEARS_AHEAD
    if not MIN_DATE <= result <= date(limit, 12, 31):
        raise _fail(value)
    return result


def format_date(d: date) -> str:
    """ISO form ``1950-03-05``."""
    if isinstance(d, datetime):
        d = d.date()
    return d.isoformat()


def add_years(d: date, years: int) -> date:
    """The same day `years` later (or earlier, when negative); 29 February becomes 28 February."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def age_on(birth: date, on: date) -> int:
    """Whole years completed on ``on`` (29 Feb birthdays count from 1 March)."""
    if on < birth:
        raise ValueError("日期早于出生日期")
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_if_born(birth: date | None, on: date) -> int | None:
    """`age_on`, or None when the birth date is unknown or after ``on`` (a list shows no age)."""
    return age_on(birth, on) if birth is not None and birth <= on else None
