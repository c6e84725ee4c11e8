"""Tests for desktop.core.dates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.dates import MIN_DATE, DateParseError, age_on, format_date, parse_date

TODAY = date(2024, 6, 1)
FULL_WIDTH = str.maketrans("0123456789-./ :", "０１２３４５６７８９－．／　：")

TEXT_FORMS = [
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    lambda d: f"{d.year}年{d.month}月{d.day}号",
    lambda d: f"{d.year}年{d.month}月{d.day}",
    lambda d: f"{d.year:04d}{d.month:02d}{d.day:02d}",
    lambda d: f"{d.year}-{d.month}-{d.day} 00:00:00",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}T13:45",
    lambda d: f"{d.year}/{d.month}/{d.day} 8:05",
    lambda d: f" {d.year} . {d.month} . {d.day} ",
    lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
]


@pytest.mark.parametrize(
    "value",
    [
        "1950.3.5",
        "1950-03-05",
        "1950/3/5",
        "1950年3月5日",
        "1950年03月05日",
        "19500305",
        "1950-3-5 00:00:00",
        "1950-03-05 23:59:59.123",
        "１９５０．３．５",
        "１９５０年３月５日",
        " 1950 . 3 . 5 ",
        "\t1950-03-05\n",
        18327,
        18327.0,
        18327.99,
        date(1950, 3, 5),
        datetime(1950, 3, 5, 14, 30),
    ],
)
def test_accepted_forms(value: object) -> None:
    assert parse_date(value, today=TODAY) == date(1950, 3, 5)


def test_datetime_returns_plain_date() -> None:
    result = parse_date(datetime(1950, 3, 5, 14, 30))
    assert type(result) is date


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)),
     (25569, date(1970, 1, 1)), (45292, date(2024, 1, 1)), (80000, date(2119, 1, 11))],
)
def test_excel_serials(serial: int, expected: date) -> None:
    assert parse_date(serial, today=TODAY) == expected


@pytest.mark.parametrize("serial", [0, -1, 60, 80001, 0.5, float("nan"), float("inf"), -float("inf"), 1e9])
def test_bad_serials_rejected(serial: float) -> None:
    with pytest.raises(DateParseError):
        parse_date(serial, today=TODAY)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "50.3.5",  # two-digit year
        "50-03-05",
        "500305",
        "3/5/50",
        "05/03/1950",  # day-first: ambiguous
        "1950-3/5",  # mixed separators
        "1950-02-30",
        "1950-13-01",
        "1950-00-10",
        "1950年2月30日",
        "19500230",
        "1950030",
        "195003051",
        "1899-12-31",
        "2125-01-01",  # more than 100 years after TODAY
        "1950-03-05 25:00",  # not a time suffix
        "1950-03-05 12:60",
        "1950-03-05 noon",
        "yesterday",
        "18327",  # a serial in text is refused, not guessed
        True,
        False,
        None,
        b"1950-03-05",
        ["1950-03-05"],
    ],
)
def test_rejected(value: object) -> None:
    with pytest.raises(DateParseError, match="无法识别的日期"):
        parse_date(value, today=TODAY)


def test_error_message_echoes_input() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(" 50.3.5 ")
    assert str(info.value) == "无法识别的日期：50.3.5"
    assert isinstance(info.value, ValueError)


def test_range_limits_use_today() -> None:
    assert parse_date("2124-12-31", today=TODAY) == date(2124, 12, 31)
    assert parse_date("1900-01-01", today=TODAY) == MIN_DATE
    with pytest.raises(DateParseError):
        parse_date(date(1899, 12, 31), today=TODAY)
    with pytest.raises(DateParseError):
        parse_date(date(2125, 1, 1), today=TODAY)


def test_format_date() -> None:
    assert format_date(date(1950, 3, 5)) == "1950-03-05"
    assert format_date(datetime(1950, 3, 5, 23, 59)) == "1950-03-05"


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1950, 3, 5), date(2024, 3, 4), 73),
        (date(1950, 3, 5), date(2024, 3, 5), 74),
        (date(1950, 3, 5), date(1950, 3, 5), 0),
        (date(2000, 2, 29), date(2023, 2, 28), 22),
        (date(2000, 2, 29), date(2023, 3, 1), 23),
        (date(2000, 2, 29), date(2024, 2, 29), 24),
        (date(1999, 12, 31), date(2000, 1, 1), 0),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_age_on_rejects_date_before_birth() -> None:
    with pytest.raises(ValueError):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


in_range = st.dates(min_value=MIN_DATE, max_value=date(TODAY.year + 100, 12, 31))


@given(in_range, st.sampled_from(range(len(TEXT_FORMS))), st.booleans())
def test_textual_forms_round_trip(d: date, form: int, full_width: bool) -> None:
    text = TEXT_FORMS[form](d)
    if full_width:
        text = text.translate(FULL_WIDTH)
    assert parse_date(text, today=TODAY) == d
    assert parse_date(format_date(d), today=TODAY) == d


@given(in_range)
def test_format_date_round_trip(d: date) -> None:
    text = format_date(d)
    assert len(text) == 10 and parse_date(text, today=TODAY) == d


@given(st.dates(min_value=date(1900, 3, 1), max_value=date(2119, 1, 10)), st.floats(0, 0.999))
def test_excel_serial_round_trip(d: date, fraction: float) -> None:
    serial = (d - date(1899, 12, 30)).days
    assert parse_date(serial, today=TODAY) == d
    assert parse_date(serial + fraction, today=TODAY) == d


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
def test_datetimes_truncate(moment: datetime) -> None:
    assert parse_date(moment, today=TODAY) == moment.date()


@given(st.text(max_size=20))
def test_arbitrary_text_parses_or_raises(text: str) -> None:
    try:
        result = parse_date(text, today=TODAY)
    except DateParseError as err:
        assert str(err).startswith("无法识别的日期：")
    else:
        assert MIN_DATE <= result <= date(TODAY.year + 100, 12, 31)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 40000))
def test_age_properties(birth: date, days: int) -> None:
    on = birth + timedelta(days=days)
    age = age_on(birth, on)
    assert 0 <= age <= days // 365
    assert age + 1 <= age_on(birth, on + timedelta(days=366)) <= age + 2
    assert age <= age_on(birth, on + timedelta(days=1)) <= age + 1
