"""Pinyin search keys for Chinese personal names (surname-aware)."""

from __future__ import annotations

import unicodedata

from functools import cache, lru_cache
from typing import Any

@cache
def _pypinyin() -> Any:
    """pypinyin loads its dictionaries at import (a noticeable part of start-up): load on first use."""
    import pypinyin
    import pypinyin.constants
    import pypinyin.pinyin_dict

    return pypinyin

__all__ = ["SURNAME_READINGS", "is_initials_query", "name_pinyin", "search_keys"]

# Surname readings, one syllable per character; compound surnames are tried first.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"), "尉迟": ("yu", "chi"), "长孙": ("zhang", "sun"),
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "覃": ("qin",), "区": ("ou",),
    "仇": ("qiu",), "查": ("zha",), "朴": ("piao",), "翟": ("zhai",), "盖": ("ge",),
    "员": ("yun",), "缪": ("miao",), "尉": ("yu",), "乐": ("yue",), "种": ("chong",),
    "秘": ("bi",), "繁": ("po",), "重": ("chong",), "教": ("jiao",), "那": ("na",),
    "黑": ("he",), "折": ("she",), "句": ("gou",), "纪": ("ji",), "褚": ("chu",),
    "藏": ("zang",), "隗": ("wei",), "宁": ("ning",), "沈": ("shen",), "车": ("che",),
    "华": ("hua",), "任": ("ren",), "召": ("shao",), "洗": ("xian",), "冼": ("xian",),
    "牟": ("mou",), "阚": ("kan",), "过": ("guo",), "谌": ("shen",), "訾": ("zi",),
    "粘": ("nian",), "都": ("du",),
}
_COMPOUND = sorted((s for s in SURNAME_READINGS if len(s) > 1), key=len, reverse=True)

# Characters missing from pypinyin's data (checked against pypinyin 0.55.0).
_EXTRA_READINGS: dict[str, str] = {"\U00020bb7": "ji"}  # 𠮷, as in 𠮷野家


def _fallback(chunk: str) -> list[tuple[str, bool]]:
    """Tokens for text pypinyin cannot read, as (token, is_reading): ASCII words/digits
    lower-cased (kept whole in initials), known rare characters by table (a reading),
    everything else (punctuation, ·, spaces) dropped."""
    tokens: list[tuple[str, bool]] = []
    word = ""
    for ch in chunk:
        if ch.isascii() and ch.isalnum():
            word += ch.lower()
            continue
        if word:
            tokens.append((word, False))
            word = ""
        if ch in _EXTRA_READINGS:
            tokens.append((_EXTRA_READINGS[ch], True))
    if word:
        tokens.append((word, False))
    return tokens


_MARK = "\x00"


@lru_cache(maxsize=None)   # bounded by the characters of the pinyin table (~42,000)
def _char_reading(ch: str) -> str | None:
    """pypinyin's toneless reading of one character on its own (its first reading); None when it has
    none (the fallback rules apply)."""
    py = _pypinyin()
    if ord(ch) not in py.pinyin_dict.pinyin_dict:
        return None
    reading = py.lazy_pinyin(ch, style=py.Style.NORMAL)[0]
    return reading if reading.isascii() and reading.isalpha() else None


def _in_phrase_table(text: str) -> bool:
    """Whether some run of two or more of the characters is a word of pypinyin's phrase table (which
    then decides among a character's readings)."""
    phrases = _pypinyin().constants.PHRASES_DICT
    n = len(text)
    return any(text[i:j] in phrases for i in range(n - 1) for j in range(i + 2, n + 1))


def _syllables(text: str) -> list[tuple[str, bool]]:
    """Readings (toneless), and the words of what has none. Text with no word of the phrase table is
    read character by character — what pypinyin's pass gives for it, and far faster (most names);
    otherwise one pypinyin pass over the whole text lets its phrase table choose among readings."""
    if not text:
        return []
    single = [_char_reading(ch) for ch in text]
    if None not in single and not _in_phrase_table(text):
        return [(r, True) for r in single]   # type: ignore[misc]
    return _pypinyin_pass(text)


def _pypinyin_pass(text: str) -> list[tuple[str, bool]]:
    """One pypinyin pass (toneless) over the whole text."""
    py = _pypinyin()

    def errors(chunk: str) -> list[str]:
        return [(_MARK if reading else _MARK + _MARK) + tok for tok, reading in _fallback(chunk)]

    out: list[tuple[str, bool]] = []
    for item in py.lazy_pinyin(text, style=py.Style.NORMAL, errors=errors, strict=False):
        if item.isalpha() and item.isascii():
            out.append((item, True))                    # the usual case: one reading
        elif item.startswith(_MARK + _MARK):
            out.append((item[2:], False))
        elif item.startswith(_MARK):
            out.append((item[1:], True))
        else:
            out.extend((tok, True) for tok, _ in _fallback(item))  # pypinyin may pass odd items through
    return out


def _split_surname(name: str) -> tuple[tuple[str, ...], str]:
    for surname in _COMPOUND:
        if name.startswith(surname):
            return SURNAME_READINGS[surname], name[len(surname):]
    if name[:1] in SURNAME_READINGS:
        return SURNAME_READINGS[name[0]], name[1:]
    return (), name


@lru_cache(maxsize=65536)
def name_pinyin(name: str) -> tuple[str, str]:
    """``("chenfusen", "cfs")`` for 陈福森: full toneless pinyin and initials."""
    text = unicodedata.normalize("NFKC", name or "")
    start = next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))
    text = text[start:]  # leading spaces/punctuation must not hide the surname
    if not text:
        return "", ""
    surname, rest = _split_surname(text)
    tokens = [(r, True) for r in surname] + _syllables(rest)
    full = "".join(tok for tok, _ in tokens)
    initials = "".join(tok[0] if reading else tok for tok, reading in tokens)
    return full, initials


def search_keys(name: str) -> str:
    """Single indexed search string: ``"chenfusen cfs"``."""
    full, initials = name_pinyin(name)
    return f"{full} {initials}".strip()


def is_initials_query(q: str) -> bool:
    """True for a non-empty query made only of ASCII letters (e.g. ``"cfs"``)."""
    q = q.strip() if q else ""
    return bool(q) and q.isascii() and q.isalpha()
