"""Tests for desktop.core.phone."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.phone import (
    PhoneError,
    is_valid_phone,
    mask_phone,
    normalize_phone,
    phone_tail,
    split_phones,
)

FULL_WIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")

# Numbers the numbering plan (phonenumbers) holds: blocks in use, real area codes with their lengths.
MOBILE_BLOCKS = ["130", "133", "135", "138", "139", "150", "153", "159", "166", "170", "173", "177", "180",
                 "186", "189", "191", "198", "199"]
mobiles = st.builds(lambda block, rest: f"{block}{rest:08d}", st.sampled_from(MOBILE_BLOCKS),
                    st.integers(0, 10**8 - 1))
AREAS = {"010": 8, "020": 8, "021": 8, "0755": 8, "0757": 8, "0751": 7, "0763": 7, "0768": 7}
landlines = st.builds(lambda area, first, rest: f"{area}-{first}{rest % 10 ** (AREAS[area] - 1):0{AREAS[area] - 1}d}",
                      st.sampled_from(sorted(AREAS)), st.integers(2, 8), st.integers(0, 10**7 - 1)
                      ).filter(lambda n: phonenumbers.is_valid_number(phonenumbers.parse(n, "CN")))
locals_ = st.builds(lambda first, rest: f"{first}{rest:06d}", st.integers(2, 8), st.integers(0, 10**6 - 1)
                    ).filter(lambda n: phonenumbers.is_valid_number(phonenumbers.parse("0763" + n, "CN")))
canonical = st.one_of(mobiles, landlines, locals_)


@pytest.mark.parametrize(
    "raw",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "+8613812345678",
        "0086 13812345678",
        "86 13812345678",
        "8613812345678",
        "１３８１２３４５６７８",
        "＋８６ １３８－１２３４－５６７８",
        "  13812345678\n",
        "(+86) 138 1234 5678",
    ],
)
def test_mobile_variants(raw: str) -> None:
    assert normalize_phone(raw) == "13812345678"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0763-3312345", "0763-3312345"),
        ("(0763)3312345", "0763-3312345"),
        ("（0763）3312345", "0763-3312345"),
        ("07633312345", "0763-3312345"),
        ("0763 331 2345", "0763-3312345"),
        ("０７６３－３３１２３４５", "0763-3312345"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("020 8765 4321", "020-87654321"),
        ("02987654321", "029-87654321"),
        ("0755-86001234", "0755-86001234"),
        ("+86 10 12345678", "010-12345678"),
        ("+86 763 3312345", "0763-3312345"),
        ("+86 0763 3312345", "0763-3312345"),
        ("3312345", "3312345"),
        ("331 2345", "3312345"),
    ],
)
def test_landlines_and_locals(raw: str, expected: str) -> None:
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "12812345678",  # second digit 2
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "0111234567",  # 011 is not an area code
        "0763-331234",  # 6-digit local
        "0763-331234567",  # 9-digit local
        "0763-0331234",  # local part cannot start with 0
        "123456",
        "1234567",  # local numbers do not start with 1
        "8765 4321",  # Qingyuan's local numbers have 7 digits
        "0763-29341827",
        "17412345678",  # never issued
        "95588",
        "abc",
        "138x1234x5678",
        "+1 415 555 0100",
        "+86 3312345",
        "0763-3312345转801",
    ],
)
def test_rejected(raw: str) -> None:
    with pytest.raises(PhoneError, match="无法识别的电话号码"):
        normalize_phone(raw)
    assert not is_valid_phone(raw)


@pytest.mark.parametrize("raw", ["", "   ", "--"])
def test_empty_rejected(raw: str) -> None:
    with pytest.raises(PhoneError, match="不能为空"):
        normalize_phone(raw)


def test_error_types() -> None:
    assert issubclass(PhoneError, ValueError)
    with pytest.raises(PhoneError):
        normalize_phone(13812345678)  # type: ignore[arg-type]


def test_phone_tail() -> None:
    assert phone_tail("13812345678") == "5678"
    assert phone_tail("0763-3312345", 6) == "312345"
    assert phone_tail("１３８１２３４５６７８", 3) == "678"
    assert phone_tail("12", 4) == "12"
    assert phone_tail("", 4) == ""
    assert phone_tail("13812345678", 0) == ""


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("0763-3312345", "0763-***2345"),
        ("010-12345678", "010-****5678"),
        ("3312345", "***2345"),
        ("", ""),
        ("  ", ""),
        ("12345", "***45"),
        ("12", "**"),
        ("123456789012345", "***********2345"),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13812345678/13900001111", ["13812345678", "13900001111"]),
        ("13812345678、0763-3312345", ["13812345678", "0763-3312345"]),
        ("13812345678，13900001111; 3312345", ["13812345678", "13900001111", "3312345"]),
        ("13812345678；13900001111,13700002222", ["13812345678", "13900001111", "13700002222"]),
        ("13812345678 13900001111", ["13812345678", "13900001111"]),
        ("138 1234 5678 139 0000 1111", ["13812345678", "13900001111"]),
        ("0763 331 2345 / +86 138 1234 5678", ["0763-3312345", "13812345678"]),
        ("13812345678/138-1234-5678", ["13812345678"]),
        ("13812345678\n13900001111", ["13812345678", "13900001111"]),
        ("", []),
        ("  /  ", []),
    ],
)
def test_split_phones(text: str, expected: list[str]) -> None:
    assert split_phones(text) == expected


def test_split_phones_reports_bad_piece() -> None:
    with pytest.raises(PhoneError, match="12345"):
        split_phones("13812345678/12345")


@given(canonical)
def test_canonical_forms_are_fixed_points(number: str) -> None:
    assert normalize_phone(number) == number


@given(st.one_of(mobiles, landlines, locals_), st.data())
def test_normalisation_is_idempotent(number: str, data: st.DataObject) -> None:
    text = number.replace("-", data.draw(st.sampled_from(["", "-", " ", " - "])))
    if data.draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    once = normalize_phone(text)
    assert once == number
    assert normalize_phone(once) == once


@given(mobiles, st.sampled_from(["+86", "0086", "86", "+86 ", "(+86)", "＋８６"]))
def test_country_prefix_dropped(number: str, prefix: str) -> None:
    assert normalize_phone(prefix + number) == number


@given(st.text(max_size=25))
def test_arbitrary_text_normalises_or_raises(text: str) -> None:
    try:
        result = normalize_phone(text)
    except PhoneError as err:
        assert str(err)
    else:
        assert normalize_phone(result) == result


@given(mobiles)
def test_mask_mobile_hides_middle(number: str) -> None:
    masked = mask_phone(number)
    assert masked == number[:3] + "****" + number[-4:]


@given(st.text(max_size=25))
def test_mask_never_reveals_much(text: str) -> None:
    masked = mask_phone(text)
    digits = [c for c in masked if c.isdigit()]
    assert len(digits) <= 8  # at most area code / mobile prefix + last 4


separators = st.sampled_from(["/", "、", ",", "，", ";", "；", " ", " / ", "\n"])


@given(st.lists(canonical, min_size=1, max_size=5), st.lists(separators, min_size=5, max_size=5))
def test_split_joined_numbers(numbers: list[str], seps: list[str]) -> None:
    text = numbers[0] + "".join(sep + n for sep, n in zip(seps, numbers[1:]))
    # canonical numbers never glue into another valid number, even across plain spaces
    assert split_phones(text) == list(dict.fromkeys(numbers))


_digit_strings = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=20),
    st.builds(lambda head, rest: f"1{head}{rest:08d}", st.integers(10, 99), st.integers(0, 10**8 - 1)),
    st.builds(lambda area, rest: f"0{area}{rest}", st.integers(10, 999), st.integers(10**5, 10**9)),
    st.builds(lambda code, rest: f"1{code}{rest}", st.sampled_from(["1", "2", "79"]), st.integers(0, 10**12)),
)


@given(_digit_strings)
def test_numbers_are_read_as_the_numbering_plans_own_parser_reads_them(digits: str) -> None:
    from desktop.core.phone import _parsed

    try:
        ref = phonenumbers.parse("+86" + digits.removeprefix("0"), None)
    except phonenumbers.NumberParseException:
        ref = None
    mine = _parsed(digits)
    assert (mine is None) == (ref is None)
    if ref is not None:
        assert (mine.country_code, mine.national_number) == (ref.country_code, ref.national_number)
        kind = phonenumbers.number_type(mine)
        assert kind == phonenumbers.number_type(ref)
        assert phonenumbers.is_valid_number(ref) == (kind != phonenumbers.PhoneNumberType.UNKNOWN)
