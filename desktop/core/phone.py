"""Mainland China phone numbers: normalising, checking, masking and splitting cells.

Whether a number can exist is Google's numbering-plan data (libphonenumber, the `phonenumbers`
package): mobile blocks that were never issued (140…144, 146, 148, 149, 154, 160, 161, 163, 164,
168, 169, 174 (but 1740x), 179, 194 in its current data) and landlines of the wrong length for
their area (Qingyuan 0763 has 7-digit local numbers: 0763-29341827 is refused) are refused. A
number written without its area code is taken as a Qingyuan one. 400/800 numbers (shared-cost and
toll-free) belong to organisations: accepted only where `organisation=True` (a contact's or an
agency's number), never as a person's own phone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg

__all__ = ["LOCAL_AREA", "PhoneError", "is_valid_phone", "mask_phone", "normalize_phone", "phone_tail",
           "split_phones"]

LOCAL_AREA = "0763"      # 清远: a number written without an area code is a local one
_STRIP = re.compile(r"[\s\-\u2010-\u2015\u2212.()]+")
_SPLIT = re.compile(r"[/、,，;；|\n]+")


class PhoneError(UserError, ValueError):
    """Unrecognised phone number; ``str(err)`` is a user-facing Chinese message."""


def _fail(raw: str, why: str = "") -> PhoneError:
    return PhoneError(msg("无法识别的电话号码：{raw}（{why}）", raw=raw.strip(), why=why) if why
                      else msg("无法识别的电话号码：{raw}", raw=raw.strip()))


@cache
def _pn() -> Any:
    """phonenumbers loads its metadata on first use (kept off the start-up path)."""
    import phonenumbers  # deferred: not needed at start-up

    return phonenumbers


@cache
def _carrier_prefix() -> re.Pattern[str]:
    """What phonenumbers.parse strips from the front of a Chinese number (the trunk 0, carrier codes)."""
    return re.compile(_pn().PhoneMetadata.metadata_for_region("CN").national_prefix_for_parsing)


def _parsed(digits: str) -> Any:
    """The number +86 `digits` (a trunk 0 dropped) as phonenumbers.parse reads it; None when it cannot.
    Digits that parse would take as they are (no prefix to strip, a possible length) are made into the
    number directly: the same number, without parse's text handling, which was most of an import's
    phone checking."""
    pn = _pn()
    national = digits.removeprefix("0")
    if 2 <= len(national) <= 17 and national.isdigit() and national[0] != "0" \
            and not _carrier_prefix().match(national):
        return pn.PhoneNumber(country_code=86, national_number=int(national))
    try:
        return pn.parse("+86" + national, None)
    except pn.NumberParseException:
        return None


def _kind(digits: str) -> str | None:
    """"mobile", "fixed", "org" (400/800) or None when the numbering plan has no such number."""
    pn = _pn()
    number = _parsed(digits)
    T = pn.PhoneNumberType  # noqa: N806 — the library's enum, named as it is
    # number_type is UNKNOWN exactly when is_valid_number is False (+86 is one region's code)
    kind = pn.number_type(number) if number is not None else T.UNKNOWN
    if kind == T.UNKNOWN:
        return None
    if kind in (T.MOBILE, T.FIXED_LINE_OR_MOBILE) and digits.startswith("1"):
        return "mobile"
    if kind in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE) and digits.startswith("0"):
        size = pn.length_of_geographical_area_code(number) or 2
        local = digits[size + 1:]
        # our rules where the plan is lax: a local number is 7 or 8 digits (Qingyuan's 7) and never starts with 0
        if local[:1] == "0" or not 7 <= len(local) <= 8 or (digits[:size + 1] == LOCAL_AREA and len(local) != 7):
            return None
        return "fixed"

    if kind in (T.TOLL_FREE, T.SHARED_COST) and digits[:3] in ("400", "800"):
        return "org"
    return None


def _landline(digits: str) -> str:
    """``0763-3312345``: the area code (with its 0) and the local number."""
    size = _pn().length_of_geographical_area_code(_parsed(digits)) or 2
    return f"{digits[:size + 1]}-{digits[size + 1:]}"


def _why(digits: str) -> str:
    if len(digits) == 11 and digits.startswith("1"):
        return msg("{prefix} 号段未启用", prefix=digits[:3]) if _parsed(digits) is not None else ""
    if digits.startswith(LOCAL_AREA) and len(digits) - len(LOCAL_AREA) in (6, 8, 9):
        return "清远的固定电话是7位"
    return ""


def normalize_phone(raw: str, *, organisation: bool = False) -> str:
    """Return ``13812345678``, ``0763-3312345``, a bare Qingyuan local number (``3312345``) or, for an
    organisation, ``400-800-1234``; raise PhoneError."""
    if not isinstance(raw, str):
        raise PhoneError("电话号码应为文本")
    text = _STRIP.sub("", unicodedata.normalize("NFKC", raw))
    if not text:
        raise PhoneError("电话号码不能为空")
    international = False
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            text, international = text[len(prefix):], True
            break
    if not (text.isascii() and text.isdigit()):
        raise _fail(raw)
    if not international and len(text) == 13 and text.startswith("861"):
        text = text[2:]
    if len(text) == 11 and text.startswith("1"):
        if _kind(text) == "mobile":
            return text
        raise _fail(raw, _why(text))
    if len(text) == 10 and text[:3] in ("400", "800"):
        if _kind(text) == "org":
            if organisation:
                return f"{text[:3]}-{text[3:6]}-{text[6:]}"
            raise PhoneError(msg("400/800 号码属于单位，不能作为个人电话：{raw}", raw=raw.strip()))
        raise _fail(raw)
    if international and not text.startswith("0"):
        text = "0" + text  # +86 763 3312345 drops the trunk 0
    if text.startswith("0"):
        if _kind(text) == "fixed":
            return _landline(text)
        raise _fail(raw, _why(text))
    if not international and text[0] in "23456789" and _kind(LOCAL_AREA + text) == "fixed":
        return text
    raise _fail(raw, _why(LOCAL_AREA + text) if not international and text[0] in "23456789" else "")


def is_valid_phone(raw: str, *, organisation: bool = False) -> bool:
    """True when ``raw`` normalises."""
    try:
        normalize_phone(raw, organisation=organisation)
    except PhoneError:
        return False
    return True


def phone_tail(p: str, n: int = 4) -> str:
    """Last ``n`` digits of ``p`` (fewer if it is shorter)."""
    digits = "".join(c for c in unicodedata.normalize("NFKC", p or "") if c.isascii() and c.isdigit())
    return digits[-n:] if n > 0 else ""


def mask_phone(p: str) -> str:
    """``138****5678``; landlines keep the area code and last 4 digits."""
    if not p or not p.strip():
        return ""
    try:
        norm = normalize_phone(p, organisation=True)
    except PhoneError:
        digits = phone_tail(p, len(p))
        keep = 4 if len(digits) > 6 else 2 if len(digits) > 2 else 0
        return "*" * (len(digits) - keep) + digits[len(digits) - keep:]
    if len(norm) == 11 and "-" not in norm:
        return f"{norm[:3]}****{norm[-4:]}"
    if norm[:3] in ("400", "800"):
        return norm                                 # an organisation's number is no secret
    area, _, local = norm.rpartition("-")
    masked = "*" * (len(local) - 4) + local[-4:]
    return f"{area}-{masked}" if area else masked


def split_phones(text: str, *, organisation: bool = False) -> list[str]:
    """Normalised, de-duplicated numbers from a cell such as ``138... / 0763-331...``.

    Separators: / 、 , ， ; ； | and newlines; whitespace separates numbers too,
    except inside one number (``138 1234 5678``), found by longest match.
    Raises PhoneError naming the piece that is not a phone number.
    """
    result: list[str] = []
    for piece in _SPLIT.split(unicodedata.normalize("NFKC", text or "")):
        tokens = piece.split()
        start = 0
        while start < len(tokens):
            error: PhoneError | None = None
            for end in range(len(tokens), start, -1):
                try:
                    number = normalize_phone(" ".join(tokens[start:end]), organisation=organisation)
                except PhoneError as exc:
                    error = error or exc
                    continue
                if number not in result:
                    result.append(number)
                start = end
                break
            else:
                raise error or _fail(" ".join(tokens[start:]))   # the reason for the whole remaining piece
    return result
