"""Tests for desktop.core.idcard."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.core import clock
from desktop.core.idcard import (
    PROVINCE_CODES,
    IdCardError,
    IdInfo,
    check_digit,
    is_valid_id,
    looks_like_lost_precision,
    make_id,
    mask_id,
    normalize_id,
    parse_id,
)

VALID = "11010519491231002X"  # GB 11643-1999 example
VALID_M = make_id("441802", date(1990, 1, 1), 123)  # seq 123 -> male
TODAY = date(2024, 6, 1)

FULL_WIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")

areas = st.builds(
    lambda p, rest: p + f"{rest:04d}", st.sampled_from(sorted(PROVINCE_CODES)), st.integers(0, 9999)
)
births = st.dates(min_value=date(1900, 1, 1), max_value=clock.today())
seqs = st.integers(0, 999)
valid_ids = st.builds(make_id, areas, births, seqs)


# -- check_digit -------------------------------------------------------------------------------


def test_check_digit_standard_example() -> None:
    assert check_digit("11010519491231002") == "X"
    assert check_digit("44052418800101001") == "4"


@pytest.mark.parametrize(
    "bad", ["", "1234", "1101051949123100X", "110105194912310021", "１１０１０５１９４９１２３１００２"]
)
def test_check_digit_rejects_bad_input(bad: str) -> None:
    with pytest.raises(IdCardError):
        check_digit(bad)


# -- normalize_id ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002X",
        "11010519491231002x",
        "  11010519491231002X\t",
        "110105 19491231 002X",
        "110105-19491231-002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105　19491231　002X",  # ideographic spaces
    ],
)
def test_normalize_variants(raw: str) -> None:
    assert normalize_id(raw) == VALID


def test_normalize_upgrades_15_digits() -> None:
    # 15-digit 110105491231002 -> 11010519491231002X
    assert normalize_id("110105491231002") == VALID
    assert normalize_id(" 110105 491231 002 ") == VALID


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("11010519491231002", "长度应为18位或15位"),
        ("1101051949123100211", "长度应为18位或15位"),
        ("", "不能为空"),
        ("   ", "不能为空"),
        ("11010519491231002Y", "只能包含数字"),
        ("1101051949123100X2", "X只能出现"),
        ("11010549123100X", "X只能出现"),
        ("110105194912310021", "校验位不正确"),
        ("001105194912310027", "地区码无效"),
        ("991105194912310027", "地区码无效"),
        ("110105194902300023", "出生日期无效"),
        ("110105189912310023", "出生日期无效"),
        ("110105194913010021", "出生日期无效"),
    ],
)
def test_normalize_errors_have_chinese_messages(raw: str, fragment: str) -> None:
    with pytest.raises(IdCardError, match=fragment):
        normalize_id(raw)


def test_error_is_value_error() -> None:
    assert issubclass(IdCardError, ValueError)
    with pytest.raises(ValueError):
        normalize_id("abc")


def test_non_string_rejected() -> None:
    with pytest.raises(IdCardError):
        normalize_id(11010519491231002)  # type: ignore[arg-type]
    assert not is_valid_id(None)


def test_future_birth_rejected() -> None:
    first17 = "441802" + "20240602" + "123"
    number = first17 + check_digit(first17)
    with pytest.raises(IdCardError, match="出生日期无效"):
        normalize_id(number, today=TODAY)
    assert normalize_id(number, today=date(2024, 6, 2)) == number


def test_leap_day_births() -> None:
    assert parse_id(make_id("110105", date(2000, 2, 29), 1)).birth_date == date(2000, 2, 29)
    first17 = "110105" + "19000229" + "001"  # 1900 is not a leap year
    with pytest.raises(IdCardError, match="出生日期无效"):
        normalize_id(first17 + check_digit(first17))


@pytest.mark.parametrize("prov", ["71", "81", "82", "83", "91", "11", "65", "50", "54"])
def test_special_province_codes_accepted(prov: str) -> None:
    assert is_valid_id(make_id(prov + "0000", date(1980, 5, 6), 7))


@pytest.mark.parametrize(
    "prov",
    ["00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72", "80", "84", "90", "92"],
)
def test_unknown_province_codes_rejected(prov: str) -> None:
    first17 = prov + "0000" + "19800506" + "007"
    assert not is_valid_id(first17 + check_digit(first17))
    with pytest.raises(IdCardError):
        make_id(prov + "0000", date(1980, 5, 6), 7)


# -- parse_id ----------------------------------------------------------------------------------


def test_parse_id_fields() -> None:
    info = parse_id("11010519491231002x")
    assert info == IdInfo(number=VALID, birth_date=date(1949, 12, 31), sex="F", area_code="110105")
    male = parse_id(VALID_M)
    assert male.sex == "M" and male.birth_date == date(1990, 1, 1) and male.area_code == "441802"


def test_id_info_is_frozen() -> None:
    info = parse_id(VALID)
    with pytest.raises(AttributeError):
        info.sex = "M"  # type: ignore[misc]


def test_is_valid_id() -> None:
    assert is_valid_id(VALID) and is_valid_id("110105491231002")
    assert not is_valid_id("110105194912310021")
    assert not is_valid_id("")


# -- mask_id -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("441802199001011234", "441802********1234"),
        (VALID, "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("", ""),
        ("12345", "***45"),
        ("12", "**"),
        ("1", "*"),
        ("1234567890", "********90"),
        ("441802 19900101 1234", "441802********1234"),
    ],
)
def test_mask_id(raw: str, masked: str) -> None:
    assert mask_id(raw) == masked


# -- make_id -----------------------------------------------------------------------------------


def test_make_id_sex_parity() -> None:
    assert parse_id(make_id("441802", date(1990, 1, 1), 0)).sex == "F"
    assert parse_id(make_id("441802", date(1990, 1, 1), 999)).sex == "M"


@pytest.mark.parametrize("seq", [-1, 1000, 1.5])
def test_make_id_rejects_bad_seq(seq: object) -> None:
    with pytest.raises(IdCardError):
        make_id("441802", date(1990, 1, 1), seq)  # type: ignore[arg-type]


@pytest.mark.parametrize("area", ["44180", "4418021", "44180a", "９９１８０２"])
def test_make_id_rejects_bad_area(area: str) -> None:
    with pytest.raises(IdCardError):
        make_id(area, date(1990, 1, 1), 1)


def test_make_id_rejects_bad_birth() -> None:
    with pytest.raises(IdCardError, match="出生日期无效"):
        make_id("441802", clock.today() + timedelta(days=1), 1)
    with pytest.raises(IdCardError, match="出生日期无效"):
        make_id("441802", date(1899, 12, 31), 1)


# -- looks_like_lost_precision -----------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        4.41802199001011e17,
        441802199001011000,
        10**15,
        -(10**16),
        1.0,
        float("nan"),
        "4.41802E+17",
        "4.41802e17",
        " 4.41802199001011E+17 ",
        "441802199001011000",
        "441802199001011000.0",
        "4418021990010110",
        "４４１８０２１９９００１０１１０００",
    ],
)
def test_lost_precision_detected(value: object) -> None:
    assert looks_like_lost_precision(value)


@pytest.mark.parametrize(
    "value",
    [VALID, VALID_M, "110105491231002", "441802199001011234", 12345, 10**15 - 1, True, None, "", "abc",
     b"4.4E+17"],
)
def test_lost_precision_not_flagged(value: object) -> None:
    assert not looks_like_lost_precision(value)


# -- properties --------------------------------------------------------------------------------


@given(areas, births, seqs)
def test_make_id_round_trips(area: str, birth: date, seq: int) -> None:
    number = make_id(area, birth, seq)
    assert len(number) == 18
    assert normalize_id(number) == number
    info = parse_id(number)
    assert (info.number, info.area_code, info.birth_date) == (number, area, birth)
    assert info.sex == ("M" if seq % 2 else "F")
    assert number[14:17] == f"{seq:03d}"


@given(areas, st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), seqs)
def test_15_to_18_upgrade_matches(area: str, birth: date, seq: int) -> None:
    number = make_id(area, birth, seq)
    old = number[:6] + number[8:17]
    assert len(old) == 15
    assert normalize_id(old) == number
    assert parse_id(old) == parse_id(number)


@given(valid_ids, st.data())
def test_cosmetic_variants_normalise_identically(number: str, data: st.DataObject) -> None:
    text = number.lower() if data.draw(st.booleans()) else number
    if data.draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    gaps = st.sampled_from(["", "", "", " ", "-", "\u3000", "\t", "－", " - "])
    seps = data.draw(st.lists(gaps, min_size=len(text) + 1, max_size=len(text) + 1))
    spaced = "".join(sep + char for sep, char in zip(seps, text)) + seps[-1]
    assert normalize_id(spaced) == number


@given(valid_ids, st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_rejected(number: str, pos: int, delta: int) -> None:
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    old = alphabet.index(number[pos])
    new = alphabet[(old + delta) % len(alphabet)]
    assume(new != number[pos])
    changed = number[:pos] + new + number[pos + 1:]
    assert not is_valid_id(changed)


@given(valid_ids, st.integers(0, 16))
def test_adjacent_transposition_is_rejected(number: str, pos: int) -> None:
    assume(number[pos] != number[pos + 1])
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2:]
    assert not is_valid_id(swapped)


@given(st.text(max_size=40))
def test_masking_never_reveals_more_than_ten(text: str) -> None:
    masked = mask_id(text)
    revealed = [c for c in masked if c != "*"]
    assert len(revealed) <= 10
    if any(ch.isalnum() for ch in text):  # separators alone (spaces, hyphens) mask to nothing
        assert "*" in masked


@given(valid_ids)
def test_masked_valid_id_keeps_shape(number: str) -> None:
    masked = mask_id(number)
    assert len(masked) == 18 and masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert masked[6:14] == "*" * 8


@given(st.text(max_size=30))
def test_normalize_never_crashes_unexpectedly(text: str) -> None:
    try:
        result = normalize_id(text)
    except IdCardError as err:
        assert str(err)
    else:
        assert len(result) == 18 and is_valid_id(result)


@given(valid_ids)
def test_valid_id_as_excel_number_is_flagged(number: str) -> None:
    assume(not number.endswith("X"))
    assert looks_like_lost_precision(int(number))
    assert looks_like_lost_precision(float(number))
    assert looks_like_lost_precision(f"{float(number):.5E}")
    assert not looks_like_lost_precision(number)
