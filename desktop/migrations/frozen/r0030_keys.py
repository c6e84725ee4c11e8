"""Frozen at revision 0030_roster_readings: a person's search fields (desktop/roster/search.py and
the address forms of desktop/roster/service.py as they were then), for rebuilding every person's
keys in that migration."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence

from desktop.migrations.frozen.r0030_pinyin import name_readings

DOTS = "·•・．.‧∙⋅･\u2027\u00b7\u30fb\u2219\u22c5\uff65\u0387\u16eb\u2e31"
_SEPARATORS = re.compile(f"[\\s{DOTS}\\-\u2010-\u2015]+")


def _digits(text: str) -> str:
    if not text or (text.isascii() and text.isdigit()):
        return text or ""
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isascii() and c.isdigit())


def _parts(text: str, longest: int) -> list[str]:
    return [text[i:i + n] for n in range(1, longest + 1) for i in range(len(text) - n + 1)]


def _starts(text: str, shortest: int = 1, longest: int = 16) -> list[str]:
    return [text[:n] for n in range(shortest, min(len(text), longest) + 1)]


def _readings(name: str, override: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [("".join(t for t, _ in r), "".join(t[0] if ok else t for t, ok in r), tuple(t for t, _ in r))
            for r in name_readings(name, override)]


def address_forms(estate: str, building: str, unit: str, room: str, full: str) -> list[str]:
    forms = [estate + building, building, building + room, full]
    if unit:
        forms += [f"{building}{unit}单元{room}", f"{building}{unit}单元"]
    return [f for f in forms if f]


def _keys(name: str, override: str, phones: Sequence[str], addresses: Sequence[str],
          tags: Sequence[str]) -> list[str]:
    name_l = (name or "").lower()
    plain = _SEPARATORS.sub("", name_l)
    keys: list[str] = [name_l, plain, _SEPARATORS.sub("·", name_l.strip())] + _parts(plain, 3)
    for full, initials, syllables in _readings(name or "", override):
        keys += _starts(full, 2) if full else []
        n = len(syllables)
        keys += ["".join(syllables[i:j]) for i in range(n) for j in range(i + 1, n + 1)
                 if i == 0 or j in (i + 1, n)]
        keys += _parts(initials, len(initials)) if len(initials) <= 4 else _starts(initials) + [initials[1:]]
    for p in phones:
        d = _digits(p)
        if len(d) >= 4:
            keys += [d] + [d[-n:] for n in range(4, min(len(d), 8) + 1)]
    keys += [a.lower() for a in addresses if a]
    for t in tags:
        keys += [t.lower()] + [p for p in _parts(t.lower(), len(t)) if len(p) >= 2]
    return list(dict.fromkeys(k for k in keys if k and not k.isspace()))


def _text(name: str, override: str, phones: Sequence[str], addresses: Sequence[str], tags: Sequence[str]) -> str:
    plain = _SEPARATORS.sub("", name or "")
    parts = [name or ""] + ([plain] if plain != name else [])
    for full, initials, _ in _readings(name or "", override):
        parts += [full, initials]
    parts += [d for d in (_digits(p) for p in phones) if d]
    parts += [a for a in addresses if a] + [t for t in tags if t]
    return " ".join(dict.fromkeys(p for p in parts if p)).lower()


def search_fields(name: str, override: str, phones: Iterable[str], addresses: Iterable[str],
                  tags: Sequence[str]) -> dict[str, str]:
    phones, addresses = list(phones), list(addresses)
    first = _readings(name or "", override)[0]
    return {"name_pinyin": first[0], "name_initials": first[1],
            "search_text": _text(name, override, phones, addresses, tags),
            "search_keys": json.dumps(_keys(name, override, phones, addresses, tags), ensure_ascii=False)}
