"""One search box over the roster: what is indexed for a person, and how a query term matches.

Each person carries, written on every save:
- `search_keys`: a JSON list of keys — every tail of the name (so any part of it, one character
  or more, is the start of a key), the full pinyin and its tails at syllable boundaries, the
  initials and their tails, phone numbers and their tails of 4+ digits, address forms
  (西湖花园6号楼501, 6号楼501, 501), tags and their tails. A query term matches when it is the
  start of one of the person's keys.
- `search_text`: the same facts as plain text, matched by substring.

SQLite: triggers copy the keys of every living person into `people_keys` (key, community rowid,
sort key, person rowid) — a WITHOUT ROWID table whose primary key answers a term with one range
read, and counts exactly without touching `people`. Terms of three or more characters that are the
start of no key fall back to substring search through the trigram FTS5 table `people_fts`.
PostgreSQL: substring LIKE on `search_text`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from desktop.core.pinyin import name_pinyin as _core_name_pinyin

KEY_END = "\U0010ffff"       # larger than any character: key >= t AND key < t + KEY_END is "starts with t"
SORT_SEP = "\x01"            # people_keys.sort = name_pinyin + SORT_SEP + name
MAX_NAME_TAILS = 16

_SEPARATORS = re.compile(r"[\s·•・．.\-]+")
_PHONE_LIKE = re.compile(r"[\d\-\s()（）+]+")


@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, str]:
    """desktop.core.pinyin.name_pinyin, remembered (rosters repeat names and characters)."""
    return _core_name_pinyin(name)


def _digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text or "") if c.isascii() and c.isdigit())


def _tails(text: str, limit: int = MAX_NAME_TAILS) -> list[str]:
    return [text[i:] for i in range(min(len(text), limit))]


def _pinyin_tails(name: str, pinyin: str) -> list[str]:
    """chenfusen → [chenfusen, fusen, sen] when the syllables of the single characters add up."""
    chars = [c for c in _SEPARATORS.sub("", name) if not c.isascii()]
    syllables = [name_pinyin(c)[0] for c in chars]
    if len(syllables) < 2 or "".join(syllables) != pinyin:
        return [pinyin] if pinyin else []
    return ["".join(syllables[i:]) for i in range(len(syllables))]


def build_search_keys(name: str, *, pinyin: str | None = None, initials: str | None = None,
                      phones: Iterable[str] = (), addresses: Iterable[str] = (),
                      tags: Sequence[str] = ()) -> list[str]:
    if pinyin is None or initials is None:
        pinyin, initials = name_pinyin(name)
    name_l = (name or "").lower()
    plain = _SEPARATORS.sub("", name_l)
    keys: list[str] = _tails(name_l)
    if plain != name_l:
        keys += _tails(plain)
    keys += _pinyin_tails(name or "", pinyin)
    keys += _tails(initials)
    for p in phones:
        d = _digits(p)
        keys += [d[i:] for i in range(max(0, len(d) - 3))] if len(d) >= 4 else ([d] if d else [])
    for a in addresses:
        if a:
            keys.append(a.lower())
    for t in tags:
        keys += _tails(t.lower())
    return list(dict.fromkeys(k for k in keys if k))


def build_search_text(name: str, *, pinyin: str | None = None, initials: str | None = None,
                      phones: Iterable[str] = (), addresses: Iterable[str] = (),
                      tags: Sequence[str] = ()) -> str:
    """The same facts as one lower-cased string, for substring search."""
    if pinyin is None or initials is None:
        pinyin, initials = name_pinyin(name)
    plain = _SEPARATORS.sub("", name or "")
    parts = [name or ""]
    if plain != name:
        parts.append(plain)
    parts += [pinyin, initials]
    parts += [d for d in (_digits(p) for p in phones) if d]
    parts += [a for a in addresses if a]
    parts += [t for t in tags if t]
    return " ".join(p for p in parts if p).lower()


def search_fields(name: str, *, phones: Iterable[str] = (), addresses: Iterable[str] = (),
                  tags: Sequence[str] = ()) -> dict[str, str]:
    """name_pinyin, name_initials, search_text, search_keys for a person — for bulk inserts."""
    pinyin, initials = name_pinyin(name)
    phones, addresses = list(phones), list(addresses)
    return {
        "name_pinyin": pinyin, "name_initials": initials,
        "search_text": build_search_text(name, pinyin=pinyin, initials=initials, phones=phones,
                                         addresses=addresses, tags=tags),
        "search_keys": json.dumps(build_search_keys(name, pinyin=pinyin, initials=initials, phones=phones,
                                                    addresses=addresses, tags=tags), ensure_ascii=False),
    }


def query_terms(query: str) -> list[str]:
    """Normalised terms of a query (all must match): lower-case, NFKC, phone numbers as digits."""
    out: list[str] = []
    for raw in (query or "").split():
        t = unicodedata.normalize("NFKC", raw).strip().lower()
        if not t:
            continue
        if _PHONE_LIKE.fullmatch(t) and any(c.isdigit() for c in t):
            t = _digits(t)
        if t and t not in out:
            out.append(t)
    return out


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
