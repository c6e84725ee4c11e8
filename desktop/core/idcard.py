"""Chinese resident identity card numbers (GB 11643-1999).

Pure functions: normalising user/Excel input, validating, parsing, masking
and building fictional numbers for demo data.
"""

from __future__ import annotations

from desktop.core.errors import UserError

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Literal

from desktop.core import clock
from desktop.core.messages import msg
from desktop.core.paths import resources_dir

__all__ = [
    "IdCardError",
    "IdInfo",
    "PROVINCE_CODES",
    "area_name",
    "area_warning",
    "check_digit",
    "is_valid_id",
    "looks_like_lost_precision",
    "make_id",
    "mask_id",
    "normalize_id",
    "parse_id",
]

PROVINCE_CODES: frozenset[str] = frozenset(
    f"{n:02d}"
    for n in (
        *range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47),
        *range(50, 55), *range(61, 66), 71, 81, 82, 83, 91,
    )
)

_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK_CHARS = "10X98765432"
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_SCI = re.compile(r"[+-]?\d+(?:\.\d*)?[eE][+-]?\d+")
_FLOAT_TEXT = re.compile(r"(\d+)\.0*")
_MIN_BIRTH = date(1900, 1, 1)


class IdCardError(UserError, ValueError):
    """Invalid ID number; ``str(err)`` is a user-facing Chinese message."""


@dataclass(frozen=True, slots=True)
class IdInfo:
    """Facts encoded in a valid 18-digit ID number."""

    number: str
    birth_date: date
    sex: Literal["M", "F"]
    area_code: str


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if len(first17) != 17 or not first17.isascii() or not first17.isdigit():
        raise IdCardError("身份证号前17位应为数字")
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS))
    return _CHECK_CHARS[total % 11]


def _clean(raw: str) -> str:
    if not isinstance(raw, str):
        raise IdCardError("身份证号应为文本")
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw)).upper()
    if not text:
        raise IdCardError("身份证号不能为空")
    if not all(c in "0123456789X" for c in text):
        raise IdCardError("身份证号只能包含数字和末位的X")
    if len(text) not in (15, 18):
        raise IdCardError(msg("身份证号长度应为18位或15位（当前{count}位）", count=len(text)))
    if "X" in text[:-1] or (len(text) == 15 and "X" in text):
        raise IdCardError("身份证号中X只能出现在18位号码的最后一位")
    return text


def _birth(digits8: str, today: date) -> date:
    try:
        born = date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:]))
    except ValueError:
        raise IdCardError(msg("出生日期无效：{digits8}", digits8=digits8)) from None
    if born > today:
        raise IdCardError(msg("出生日期无效：{digits8}晚于今天", digits8=digits8))
    if born < _MIN_BIRTH:
        raise IdCardError(msg("出生日期无效：{digits8}早于1900年", digits8=digits8))
    return born


def _validate(number: str, today: date) -> date:
    if number[:2] not in PROVINCE_CODES:
        raise IdCardError(msg("身份证号地区码无效：{number}", number=number[:6]))
    born = _birth(number[6:14], today)
    if check_digit(number[:17]) != number[17]:
        raise IdCardError("身份证号校验位不正确，请核对号码")
    return born


def _normalized(raw: str, today: date) -> tuple[str, date]:
    text = _clean(raw)
    if len(text) == 15:
        first17 = text[:6] + "19" + text[6:]
        text = first17 + check_digit(first17)
    return text, _validate(text, today)


def normalize_id(raw: str, *, today: date | None = None) -> str:
    """Return the canonical 18-character upper-case ID number or raise IdCardError.

    15-digit first-generation numbers are upgraded to 18 digits.
    """
    return _normalized(raw, today or clock.today())[0]


def parse_id(raw: str, *, today: date | None = None) -> IdInfo:
    """Normalise and decode birth date, sex and area code."""
    number, born = _normalized(raw, today or clock.today())
    sex: Literal["M", "F"] = "M" if int(number[16]) % 2 else "F"
    return IdInfo(number=number, birth_date=born, sex=sex, area_code=number[:6])


def is_valid_id(raw: object, *, today: date | None = None) -> bool:
    """True when ``raw`` normalises to a valid ID number."""
    try:
        normalize_id(raw, today=today)  # type: ignore[arg-type]
    except IdCardError:
        return False
    return True


# Numbers that carry no GB/T 2260 code by design: 台湾居民居住证 (830000, since 2018).
_EXTRA_AREAS = {"830000": "台湾居民居住证"}


@cache
def _areas() -> dict[str, str]:
    """Every GB/T 2260 code ever in force → its latest name (resources/gb2260/codes.tsv, 1980–2019)."""
    out = dict(_EXTRA_AREAS)
    for line in (resources_dir() / "gb2260" / "codes.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, *_ = line.split("\t")
            out[code] = name
    return out


def area_name(code: str) -> str | None:
    """The name of a GB/T 2260 area code that was in force at some time, else None."""
    return _areas().get(code)


def area_warning(number: str) -> str | None:
    """A note to check a (valid) ID number whose area code no revision of GB/T 2260 lists; None when
    the code is known. A warning only: numbers are issued under codes since renamed or merged, and
    a code made after the list's last revision is possible."""
    code = (number or "")[:6]
    if len(code) != 6 or not code.isdigit() or area_name(code) is not None:
        return None
    return msg("身份证号的地区码 {code} 不在 GB/T 2260 历次公布的行政区划代码中（1980–2019年），"
               "请核对号码是否抄错", code=code)


def mask_id(number: str) -> str:
    """Mask for display: ``441802********1234``; short input keeps only the last 2."""
    if not number:
        return ""
    text = number if number.isalnum() else _SEPARATORS.sub("", number)   # stored numbers have no separators
    n = len(text)
    if n >= 15:
        return text[:6] + "*" * (n - 10) + text[-4:]
    if n <= 2:
        return "*" * n
    return "*" * (n - 2) + text[-2:]


def make_id(area: str, birth: date, seq: int) -> str:
    """Build a valid (fictional) ID; odd ``seq`` gives a male number."""
    if not (isinstance(seq, int) and 0 <= seq <= 999):
        raise IdCardError("顺序码应在0到999之间")
    if len(area) != 6 or not area.isascii() or not area.isdigit():
        raise IdCardError(msg("身份证号地区码无效：{area}", area=area))
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return normalize_id(first17 + check_digit(first17))


def looks_like_lost_precision(value: object) -> bool:
    """True if a cell value looks like an ID that went through an Excel number.

    Excel keeps 15 significant digits, so floats, ints >= 1e15, scientific
    notation and long digit strings whose tail past digit 15 is all zeros
    cannot be trusted.
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return True
    if isinstance(value, int):
        return abs(value) >= 10**15
    if not isinstance(value, str):
        return False
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", value))
    if _SCI.fullmatch(text):
        return True
    m = _FLOAT_TEXT.fullmatch(text)
    if m and len(m.group(1)) >= 16:
        return True
    if not (text.isascii() and text.isdigit() and len(text) >= 16 and set(text[15:]) == {"0"}):
        return False
    # A real 18-digit number may end in 000 (its check digit then agrees); a rounded one rarely does.
    return not (len(text) == 18 and check_digit(text[:17]) == text[17])
