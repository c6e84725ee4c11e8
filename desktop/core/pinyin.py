"""Pinyin search keys for Chinese personal names (surname-aware)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import product
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.paths import resources_dir
from desktop.core.surnames import SURNAME_READINGS

@cache
def _pypinyin() -> Any:
    """pypinyin loads its dictionaries at import (a noticeable part of start-up): load on first use."""
    import pypinyin  # deferred: not needed at start-up
    import pypinyin.constants  # deferred: not needed at start-up
    import pypinyin.pinyin_dict  # deferred: not needed at start-up

    return pypinyin


__all__ = ["MAX_READINGS", "ReadingError", "SURNAME_READINGS", "is_initials_query", "name_pinyin",
           "name_readings", "parse_reading", "reading_text", "search_keys"]

MAX_READINGS = 6   # readings indexed per name (the sorting one and the likeliest others)
_SURNAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    s: tuple(tuple(r.split()) for r in readings) for s, readings in SURNAME_READINGS.items()}
_COMPOUND_LENGTHS = sorted({len(s) for s in _SURNAMES if len(s) > 1}, reverse=True)


class ReadingError(UserError, ValueError):
    """A reading typed for a name that does not fit it."""


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


Token = tuple[str, bool]          # (syllable or ASCII word, is a reading)


def _split_surname(text: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """(the family name when the table knows it, its readings)."""
    for n in _COMPOUND_LENGTHS:
        if text[:n] in _SURNAMES:
            return text[:n], _SURNAMES[text[:n]]
    if text[:1] in _SURNAMES:
        return text[0], _SURNAMES[text[0]]
    return "", ()


@cache
def _modern() -> dict[str, tuple[str, ...]]:
    """Character → its readings in modern use (resources/pinyin/readings.txt)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (resources_dir() / "pinyin" / "readings.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, _, readings = line.partition("\t")
            out[ch] = tuple(readings.split(","))
    return out


def _toneless(reading: str) -> str:
    text = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("U\u0308", "v")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return text if text.isascii() and text.isalpha() else ""


@lru_cache(maxsize=None)   # bounded by the characters of the pinyin table
def char_readings(ch: str) -> tuple[str, ...]:
    """The readings of one character in modern use (two dictionaries, see tools/make_pinyin_readings.py);
    a character they give one reading, or do not list, has pypinyin's."""
    if ch in _modern():
        return _modern()[ch]
    own = _char_reading(ch) or _EXTRA_READINGS.get(ch)
    return (own,) if own else ()


def _clean(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "")
    start = next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))
    return text[start:]       # leading spaces/punctuation must not hide the surname


def _readable(text: str) -> list[str]:
    """The characters of `text` that give a reading, in order."""
    return [ch for ch in text if _char_reading(ch) is not None or ch in _EXTRA_READINGS]


# Characters read otherwise in a given name than on their own (pypinyin's single-character reading),
# where no word of the phrase table decides: 刘长卿, 林长民 chang (not zhang), 曹参 shen, 长孙晟 sheng,
# 何家劲 jing. Chosen with the hand-checked names of tests/core/test_name_readings.py as evidence.
GIVEN_NAME_READINGS: dict[str, str] = {"长": "chang", "参": "shen", "晟": "sheng", "劲": "jing"}


def _as_given_name(text: str, chars: list[str], readings: list[str], skip_first: bool) -> list[str]:
    """`readings` (one per character of `chars`, the readable characters of `text`) with the
    given-name reading of the characters no phrase-table word of `text` covers; the first
    character is left alone where it is the family name (`skip_first`)."""
    if not any(ch in GIVEN_NAME_READINGS for ch in chars):
        return readings
    phrases = _pypinyin().constants.PHRASES_DICT
    out = list(readings)
    for k, ch in enumerate(chars):
        if ch not in GIVEN_NAME_READINGS or (k == 0 and skip_first):
            continue
        i = text.find(ch) if text.count(ch) == 1 else -1
        if i < 0:
            continue                         # the character twice: leave it to the phrase table
        covered = any(text[a:b] in phrases for a in range(0, i + 1) for b in range(i + 1, len(text) + 1)
                      if b - a >= 2)
        if not covered:
            out[k] = GIVEN_NAME_READINGS[ch]
    return out


def _options(text: str) -> tuple[list[Token], list[list[str]]]:
    """The sorting reading's tokens of a name and, for each reading token, its readings (sorting one first)."""
    if not text:
        return [], []
    surname, table = _split_surname(text)
    rest = text[len(surname):]
    tokens: list[Token] = [(r, True) for r in table[0]] if table else []
    options: list[list[str]] = []
    for k, ch in enumerate(surname):
        options.append(list(dict.fromkeys([r[k] for r in table] + list(char_readings(ch)))))
    given = _syllables(rest)
    chars = _readable(rest)
    readings = [tok for tok, reading in given if reading]
    if len(chars) == len(readings):
        readings = _as_given_name(rest, chars, readings, skip_first=not surname)
        it = iter(readings)
        given = [(next(it), True) if reading else (tok, False) for tok, reading in given]
    tokens += given
    if len(chars) == len(readings):
        options += [list(dict.fromkeys([r, *char_readings(ch)])) for ch, r in zip(chars, readings)]
    else:                                    # cannot tell which character gave which reading
        options += [[r] for r in readings]
    return tokens, options


def _ranked(options: list[list[str]], limit: int) -> list[tuple[str, ...]]:
    """Up to `limit` combinations, fewest and earliest departures from the first reading first."""
    if not options:
        return [()]
    sizes = [len(o) for o in options]
    if max(sizes) == 1:                      # one reading per character: most names
        return [tuple(o[0] for o in options)]
    picks: list[tuple[int, ...]] = []
    total = 1
    for n in sizes:
        total *= n
    if total <= 4 * limit:
        picks = sorted(product(*(range(n) for n in sizes)), key=lambda p: (sum(1 for i in p if i), sum(p), p))
    else:                                    # one departure at a time, then two
        base = (0,) * len(sizes)
        picks = [base] + [base[:k] + (i,) + base[k + 1:] for k, n in enumerate(sizes) for i in range(1, n)]
        picks += [p for p in product(*(range(min(n, 2)) for n in sizes)) if sum(p) == 2]
    return [tuple(options[k][i] for k, i in enumerate(p)) for p in picks[:limit]]


def _with(tokens: list[Token], syllables: tuple[str, ...]) -> tuple[Token, ...]:
    it = iter(syllables)
    return tuple((next(it), True) if reading else (tok, False) for tok, reading in tokens)


@lru_cache(maxsize=1 << 18)     # a street's distinct names (a million people: ~150,000), ~60 MiB
def name_readings(name: str, override: str = "", limit: int = MAX_READINGS) -> tuple[tuple[Token, ...], ...]:
    """The readings a name is found by, as tokens: the one it sorts by first (the person's own
    reading when one was given), then the likeliest others, at most `limit` in all."""
    tokens, options = _options(_clean(name))
    if not tokens:
        return ((),)
    out = [_with(tokens, c) for c in _ranked(options, limit)]
    try:
        own = parse_reading(name, override) if override else ()
    except ReadingError:                     # a reading kept from before the name was changed
        own = ()
    if own:
        mine = _with(tokens, own)
        out = [mine] + [r for r in out if r != mine][:limit - 1]
    return tuple(out)


def _full_initials(tokens: tuple[Token, ...]) -> tuple[str, str]:
    return "".join(t for t, _ in tokens), "".join(t[0] if reading else t for t, reading in tokens)


def name_pinyin(name: str, override: str = "") -> tuple[str, str]:
    """``("chenfusen", "cfs")`` for 陈福森: the sorting reading's full toneless pinyin and initials."""
    return _full_initials(name_readings(name, override)[0])


def all_pinyin(name: str, override: str = "") -> list[tuple[str, str]]:
    """(full, initials) of every reading of `name`, the sorting one first."""
    return [_full_initials(r) for r in name_readings(name, override)]


def reading_text(name: str, override: str = "") -> str:
    """The sorting reading, syllables apart: ``"zhang chao yang"`` (what the editor shows)."""
    return " ".join(t for t, _ in name_readings(name, override)[0])


@cache
def _all_syllables() -> frozenset[str]:
    table = _pypinyin().pinyin_dict.pinyin_dict
    return frozenset(t for raw in table.values() for r in raw.split(",") if (t := _toneless(r)))


def _heteronyms(ch: str) -> list[str]:
    raw = _pypinyin().pinyin_dict.pinyin_dict.get(ord(ch), "") if ch else ""
    return [t for t in (_toneless(r) for r in raw.split(",")) if t]


def _chars(name: str, n: int) -> list[str]:
    """The characters behind the `n` readings of a name ("" where that cannot be told)."""
    chars = _readable(_clean(name))
    return chars if len(chars) == n else [""] * n


def parse_reading(name: str, text: str) -> tuple[str, ...]:
    """A reading typed for `name` ("Zhāng Cháoyáng", "zhang chao yang", "zhangchaoyang") as one
    toneless syllable per character that has a reading; () for an empty text; ReadingError when it
    does not fit the name."""
    typed = _toneless("".join(c for c in unicodedata.normalize("NFKC", text or "") if not c.isspace()
                              and c not in "'’-·.,，"))
    if not (text or "").strip():
        return ()
    tokens, options = _options(_clean(name))
    options = [list(dict.fromkeys([*o, *_heteronyms(ch)])) for o, ch in zip(options, _chars(name, len(options)))]
    n = len(options)
    if not typed or n == 0:
        raise ReadingError("读音只能由拼音字母组成，每个汉字一个音节，如：zhang chao yang")
    words = [w for w in (_toneless(w) for w in _words(text)) if w]
    if len(words) == n:
        if all(w in _all_syllables() for w in words):
            return tuple(words)
        raise ReadingError(msg("读音中有不是拼音音节的部分：{words}",
                               words=" ".join(w for w in words if w not in _all_syllables())))
    found = _split_words(words, options) if len(words) < n else None   # syllables run together: split them
    if found is None:
        raise ReadingError(msg("读音应有 {n} 个音节（每个汉字一个），如：{reading_text}", n=n, reading_text=reading_text(name)))
    return found


def _words(text: str) -> list[str]:
    out, word = [], ""
    for c in unicodedata.normalize("NFKC", text):
        if c.isspace() or c in "'’-·.,，":
            if word:
                out.append(word)
            word = ""
        else:
            word += c
    return out + ([word] if word else [])


def _split_words(words: list[str], options: list[list[str]]) -> tuple[str, ...] | None:
    """Each typed word as one or more whole syllables, one per character in order ("Cháoyáng")."""
    def go(w: int, k: int) -> tuple[str, ...] | None:
        if w == len(words):
            return () if k == len(options) else None
        for m in range(1, len(options) - k - (len(words) - w - 1) + 1):
            head = _segment(words[w], options[k:k + m])
            rest = go(w + 1, k + m) if head is not None else None
            if rest is not None:
                return (*head, *rest)       # type: ignore[misc]
        return None

    return go(0, 0)


def _segment(typed: str, options: list[list[str]]) -> tuple[str, ...] | None:
    """Split `typed` into one reading per character, each one that character has (its readings in
    modern use or any pypinyin knows); None when it cannot. (With spaces, any syllable is taken.)"""
    @cache
    def go(pos: int, k: int) -> tuple[str, ...] | None:
        if k == len(options):
            return () if pos == len(typed) else None
        for r in options[k]:
            if typed.startswith(r, pos):
                rest = go(pos + len(r), k + 1)
                if rest is not None:
                    return (r, *rest)
        return None

    return go(0, 0)


def search_keys(name: str) -> str:
    """Single indexed search string: ``"chenfusen cfs"``."""
    full, initials = name_pinyin(name)
    return f"{full} {initials}".strip()


def is_initials_query(q: str) -> bool:
    """True for a non-empty query made only of ASCII letters (e.g. ``"cfs"``)."""
    q = q.strip() if q else ""
    return bool(q) and q.isascii() and q.isalpha()
