"""One search box over the roster: what is indexed for a person, and how a query becomes SQL.

Every person carries `search_text`: name (as given and without separators), full pinyin, initials,
phone digits, address (full and short form), tags, plus short keys so that queries of one or two
characters can be found through a trigram index too:
- every character of the name padded to three (`森` + PAD + PAD) and every pair (`富森` + PAD),
  the same for two-character tags (`低保` + PAD);
- initials and pinyin prefixes of one/two letters (`INITIAL_MARK + "c" + PAD`, `INITIAL_MARK + "cf"`,
  `PINYIN_MARK + "ch"`).
A query is split on spaces; every term must match (AND). A term becomes one substring of
`search_text`: on SQLite it is an FTS5 phrase over the trigram table `people_fts` (terms of three or
more characters), on PostgreSQL (and for the rare term that stays shorter than three characters) a
LIKE on `people.search_text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.pinyin import name_pinyin

PAD = "\ue000"
INITIAL_MARK = "\ue001"
PINYIN_MARK = "\ue002"

_SEPARATORS = re.compile(r"[\s·•・．.\-]+")
_PHONE_LIKE = re.compile(r"[\d\-\s()（）+]+")
_ASCII_LETTERS = re.compile(r"[a-z]+")


def _digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text or "") if c.isascii() and c.isdigit())


def name_keys(name: str) -> list[str]:
    """Padded keys for every 1- and 2-character part of a name (separators left out)."""
    chars = [c for c in _SEPARATORS.sub("", name or "")]
    keys: list[str] = []
    seen: set[str] = set()
    for c in chars:
        k = c.lower() + PAD + PAD
        if k not in seen:
            seen.add(k)
            keys.append(k)
    for a, b in zip(chars, chars[1:]):
        k = (a + b).lower() + PAD
        if k not in seen:
            seen.add(k)
            keys.append(k)
    return keys


def letter_keys(pinyin: str, initials: str) -> list[str]:
    keys = []
    if initials:
        keys.append(INITIAL_MARK + initials[:1] + PAD)
        if len(initials) >= 2:
            keys.append(INITIAL_MARK + initials[:2])
    if len(pinyin) >= 2:
        keys.append(PINYIN_MARK + pinyin[:2])
    return keys


def build_search_text(name: str, *, pinyin: str | None = None, initials: str | None = None,
                      phones: Iterable[str] = (), addresses: Iterable[str] = (),
                      tags: Sequence[str] = ()) -> str:
    """The text one search box matches for a person (lower-cased, space separated)."""
    if pinyin is None or initials is None:
        pinyin, initials = name_pinyin(name)
    plain_name = _SEPARATORS.sub("", name or "")
    parts = [name or ""]
    if plain_name != name:
        parts.append(plain_name)
    parts += [pinyin, initials]
    parts += [d for d in (_digits(p) for p in phones) if d]
    parts += [a for a in addresses if a]
    parts += [t for t in tags if t]
    parts += name_keys(name)
    for t in tags:                       # 低保, and 独居 / 老人 for 独居老人
        if len(t) == 1:
            parts.append(t + PAD + PAD)
        parts += [t[i:i + 2] + PAD for i in range(len(t) - 1)]
    parts += letter_keys(pinyin, initials)
    return " ".join(p for p in parts if p).lower()


@dataclass(frozen=True)
class Term:
    """One term of a query: the substring of search_text it must find."""

    text: str

    @property
    def indexed(self) -> bool:
        """True when the trigram index can answer it (three characters or more)."""
        return len(self.text) >= 3

    def fts_phrase(self) -> str:
        return '"' + self.text.replace('"', '""') + '"'

    def like_pattern(self) -> str:
        escaped = self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"


def _term(raw: str) -> Term | None:
    t = unicodedata.normalize("NFKC", raw).strip().lower()
    if not t:
        return None
    if _PHONE_LIKE.fullmatch(t) and any(c.isdigit() for c in t):
        return Term(_digits(t))                         # 1381234-5678, full-width digits
    if _ASCII_LETTERS.fullmatch(t):
        if len(t) == 1:
            return Term(INITIAL_MARK + t + PAD)
        if len(t) == 2:
            return Term(INITIAL_MARK + t)               # see also PINYIN_MARK: combined by the caller
        return Term(t)
    if len(t) == 1:
        return Term(t + PAD + PAD)
    if len(t) == 2:
        return Term(t + PAD)
    return Term(t)


def parse_query(query: str) -> list[list[Term]]:
    """Terms of a query: a list (AND) of alternatives (OR)."""
    out: list[list[Term]] = []
    for raw in (query or "").split():
        term = _term(raw)
        if term is None:
            continue
        alts = [term]
        if term.text.startswith(INITIAL_MARK) and len(term.text) == 3 and not term.text.endswith(PAD):
            alts.append(Term(PINYIN_MARK + term.text[1:]))
        out.append(alts)
    return out


def fts_match(groups: list[list[Term]]) -> str | None:
    """FTS5 MATCH expression for the indexed groups (None if none is indexed)."""
    parts = []
    for alts in groups:
        if all(t.indexed for t in alts):
            if len(alts) == 1:
                parts.append(alts[0].fts_phrase())
            else:
                parts.append("(" + " OR ".join(t.fts_phrase() for t in alts) + ")")
    return " AND ".join(parts) if parts else None
