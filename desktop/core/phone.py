"""Mainland China phone numbers: normalising, masking and splitting cells."""

from __future__ import annotations

from desktop.core.errors import UserError

import re
import unicodedata

__all__ = ["PhoneError", "is_valid_phone", "mask_phone", "normalize_phone", "phone_tail", "split_phones"]

_STRIP = re.compile(r"[\s\-\u2010-\u2015\u2212.()]+")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LOCAL = re.compile(r"[2-9]\d{6,7}")  # bare local number; never starts with 0/1
_AREA_LOCAL = re.compile(r"[1-9]\d{6,7}")  # after an explicit area code
_AREA3 = re.compile(r"0(?:10|2\d)")
_AREA4 = re.compile(r"0[3-9]\d\d")
_SPLIT = re.compile(r"[/、,，;；|\n]+")


class PhoneError(UserError, ValueError):
    """Unrecognised phone number; ``str(err)`` is a user-facing Chinese message."""


def _fail(raw: str) -> PhoneError:
    return PhoneError(f"无法识别的电话号码：{raw.strip()}")


def _landline(digits: str) -> str | None:
    """``0763-3312345`` style for a digits-only landline with area code, else None."""
    for pattern, size in ((_AREA3, 3), (_AREA4, 4)):
        if pattern.match(digits) and _AREA_LOCAL.fullmatch(digits[size:]):
            return f"{digits[:size]}-{digits[size:]}"
    return None


def normalize_phone(raw: str) -> str:
    """Return ``13812345678``, ``0763-3312345`` or a bare local number; raise PhoneError."""
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
    if not international and len(text) == 13 and text.startswith("86") and _MOBILE.fullmatch(text[2:]):
        return text[2:]
    if _MOBILE.fullmatch(text):
        return text
    if international and not text.startswith("0"):
        text = "0" + text  # +86 763 3312345 drops the trunk 0
    if text.startswith("0"):
        landline = _landline(text)
        if landline:
            return landline
    elif not international and _LOCAL.fullmatch(text):
        return text
    raise _fail(raw)


def is_valid_phone(raw: str) -> bool:
    """True when ``raw`` normalises."""
    try:
        normalize_phone(raw)
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
        norm = normalize_phone(p)
    except PhoneError:
        digits = phone_tail(p, len(p))
        keep = 4 if len(digits) > 6 else 2 if len(digits) > 2 else 0
        return "*" * (len(digits) - keep) + digits[len(digits) - keep:]
    if len(norm) == 11 and "-" not in norm:
        return f"{norm[:3]}****{norm[-4:]}"
    area, _, local = norm.rpartition("-")
    masked = "*" * (len(local) - 4) + local[-4:]
    return f"{area}-{masked}" if area else masked


def split_phones(text: str) -> list[str]:
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
            for end in range(len(tokens), start, -1):
                try:
                    number = normalize_phone(" ".join(tokens[start:end]))
                except PhoneError:
                    continue
                if number not in result:
                    result.append(number)
                start = end
                break
            else:
                raise _fail(" ".join(tokens[start:]))
    return result
