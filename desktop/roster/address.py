"""Addresses as people write them: 西湖花园6号楼501, 6号楼1单元501, 6栋501, 6-1-501."""

from __future__ import annotations

import re
import unicodedata

from desktop.core.errors import UserError
from desktop.core.messages import msg


class AddressError(UserError, ValueError):
    """An address that cannot be split into building and room."""


_BUILDING = r"(?P<b>[0-9]+|[A-Za-z][0-9]*|[一二三四五六七八九十]+)\s*(?P<bs>号楼|栋|幢|座|号)"
_UNIT = r"(?:(?P<u>[0-9]+|[一二三四五六七八九十]+)\s*单元)?"
_ROOM = r"(?P<r>[0-9]{1,5}[A-Za-z]?)\s*(?:室|房|号房|号)?"
_FULL = re.compile(rf"^(?P<e>.*?)\s*{_BUILDING}\s*[-—]?\s*{_UNIT}\s*[-—]?\s*{_ROOM}$")
_DASHED = re.compile(r"^(?P<e>.*?[^0-9\-\s])?\s*(?P<b>[0-9]+)\s*-\s*(?:(?P<u>[0-9]+)\s*-\s*)?(?P<r>[0-9]{1,5})$")
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九", start=0)}


def _cn_to_int(text: str) -> str:
    if text.isdigit():
        return str(int(text))
    if not all(c in _CN_NUM or c == "十" for c in text):
        return text
    if "十" in text:
        tens, _, ones = text.partition("十")
        return str((_CN_NUM[tens] if tens else 1) * 10 + (_CN_NUM[ones] if ones else 0))
    return str(_CN_NUM[text])


def building_name(number: str, suffix: str = "号楼") -> str:
    """`6`, `6栋`, `六幢` → 6号楼; `A座` stays A座."""
    if suffix == "座":
        return f"{number.upper()}座"
    return f"{_cn_to_int(number)}号楼"


def parse_address(text: str) -> tuple[str, str, str, str]:
    """Split an address into (estate, building, unit, room), e.g.
    西湖花园6号楼1单元501 → ("西湖花园", "6号楼", "1", "501"). Raises AddressError."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        raise AddressError("地址不能为空")
    m = _FULL.match(raw)
    if m:
        unit = _cn_to_int(m.group("u")) if m.group("u") else ""
        return (m.group("e").strip(), building_name(m.group("b"), m.group("bs")), unit,
                m.group("r").upper())
    m = _DASHED.match(raw)
    if m:
        return ((m.group("e") or "").strip(), building_name(m.group("b")), m.group("u") or "",
                m.group("r"))
    raise AddressError(msg("无法识别的地址：{raw}（应如 西湖花园6号楼501、6栋1单元501）", raw=raw))


def floor_of(room: str) -> int | None:
    """501 → 5, 1203 → 12; None when the room number does not say."""
    digits = "".join(c for c in room if c.isdigit())
    if len(digits) >= 3:
        return int(digits[:-2]) or None
    return None


def household_address(estate: str, building: str, unit: str, room: str) -> str:
    return f"{estate}{building}{unit + '单元' if unit else ''}{room}"
