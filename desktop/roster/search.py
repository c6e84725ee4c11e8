"""One search box over the roster: what is indexed for a person, and how a query term matches.

Each person carries, written on every save:
- `search_keys`: a JSON list of the exact terms the person answers to — every part of the name up
  to three characters and the whole name (as typed, without its dots and spaces, with any dot as
  ·), for each of the name's readings (desktop.core.pinyin.name_readings: the sorting one and the
  likeliest others, e.g. 单 shan and dan) the pinyin as it is typed (ch, che, chen, chenfu,
  chenfusen) and the given name's (fu, fusen, sen) and every part of the initials (c, cf, cfs,
  fs …), each phone number and its last 4 to 8 digits, address forms
  (西湖花园6号楼, 6号楼, 6号楼501, the full address), and tags and their parts.
- `search_text`: the same facts as plain text, matched by substring.

SQLite: triggers copy the keys of every living person into `people_keys` (key, community rowid,
sort key, person rowid), a WITHOUT ROWID table ordered by (key, sort, person): one term gives its
people already in name order, a page is a short index read, and the exact count is an index
count, without touching `people`. A term that is no key of anybody (e.g. 花园6号) falls back to
substring LIKE on `search_text`: correct, but a scan.
PostgreSQL (migration 0050): the same table with the person's and community's ids, B-tree ordered by
(key, sort, person) in byte order, filled by statement-level triggers; the same rule (a key of some
living person matches its holders exactly, anything else by substring), so both answer alike. The
substring fallback has a trigram index there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from desktop.core.set_aside import set_aside
from desktop.core.pinyin import name_readings
from desktop.roster.counts import add_counts_after

SORT_SEP = "\x01"            # people_keys.sort = name_pinyin + SORT_SEP + name
MAX_NAME_TAILS = 16

# The dots people type between the parts of a minority name (· • ・ ． . ‧ ∙ ⋅ ･ ‐ -), and spaces.
DOTS = "·•・．.‧∙⋅･\u2027\u00b7\u30fb\u2219\u22c5\uff65\u0387\u16eb\u2e31"
_SEPARATORS = re.compile(f"[\\s{DOTS}\\-\u2010-\u2015]+")
_DOT_BETWEEN = re.compile(f"(?<=[^\\x00-\\x7f])[{DOTS}\\-\u2010-\u2015]+(?=[^\\x00-\\x7f])")
_PHONE_LIKE = re.compile(r"[\d\-\s()（）+]+")


@lru_cache(maxsize=65536)
def name_pinyin(name: str, override: str = "") -> tuple[str, str]:
    """The sorting reading's (full pinyin, initials), remembered (rosters repeat names)."""
    tokens = name_readings(name, override)[0]
    return "".join(t for t, _ in tokens), "".join(t[0] if r else t for t, r in tokens)


@lru_cache(maxsize=65536)
def _readings(name: str, override: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(full, initials, syllables) of each reading of a name, the sorting one first."""
    return tuple(("".join(t for t, _ in r), "".join(t[0] if ok else t for t, ok in r), tuple(t for t, _ in r))
                 for r in name_readings(name, override))


def split_tags(value: str) -> list[str]:
    """A person's tags as stored ("独居老人,低保") → a list."""
    return [t for t in (value or "").split(",") if t]


def join_tags(tags: Sequence[str]) -> str:
    """Tags → the stored form: trimmed, empty ones and repeats dropped, order kept."""
    out: list[str] = []
    for t in tags:
        t = (t or "").strip()
        if t and t not in out:
            out.append(t)
    return ",".join(out)


def _digits(text: str) -> str:
    if not text or (text.isascii() and text.isdigit()):
        return text or ""                       # a stored phone number is already digits
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isascii() and c.isdigit())


def _parts(text: str, longest: int) -> list[str]:
    """Every substring of `text` up to `longest` characters."""
    return [text[i:i + n] for n in range(1, longest + 1) for i in range(len(text) - n + 1)]


def _starts(text: str, shortest: int = 1, longest: int = 16) -> list[str]:
    return [text[:n] for n in range(shortest, min(len(text), longest) + 1)]


def pinyin_keys(full: str, syllables: Sequence[str]) -> list[str]:
    """Every prefix of a full pinyin as it is typed (ch, che, chen, chenf, chenfu … chenfusen), and the
    given name's syllables (fu, fusen, sen)."""
    keys = _starts(full, 2) if full else []
    n = len(syllables)
    for i in range(n):
        for j in range(i + 1, n + 1):
            if i == 0 or j in (i + 1, n):
                keys.append("".join(syllables[i:j]))
    return keys


def initials_keys(initials: str) -> list[str]:
    return _parts(initials, len(initials)) if len(initials) <= 4 else _starts(initials) + [initials[1:]]


def name_keys(name: str, override: str = "") -> list[str]:
    """What a name answers to: the name as typed and without its dots and spaces, its parts up to
    three characters, and for every reading the pinyin as typed and the initials' parts."""
    name_l = (name or "").lower()
    plain = _SEPARATORS.sub("", name_l)
    keys: list[str] = [name_l, plain, _SEPARATORS.sub("·", name_l.strip())] + _parts(plain, 3)
    for full, initials, syllables in _readings(name or "", override):
        keys += pinyin_keys(full, syllables)
        keys += initials_keys(initials)
    return keys


def address_forms(estate: str, building: str, unit: str, room: str, full: str) -> list[str]:
    """西湖花园6号楼, 6号楼, 6号楼501, 6号楼1单元501, the full address."""
    forms = [estate + building, building, building + room, full]
    if unit:
        forms += [f"{building}{unit}单元{room}", f"{building}{unit}单元"]
    return [f for f in forms if f]


def build_search_keys(name: str, *, override: str = "", phones: Iterable[str] = (),
                      addresses: Iterable[str] = (), tags: Sequence[str] = ()) -> list[str]:
    """The exact terms a person answers to (see the module docstring)."""
    keys = name_keys(name, override)
    for p in phones:
        d = _digits(p)
        if len(d) >= 4:
            keys += [d] + [d[-n:] for n in range(4, min(len(d), 8) + 1)]
    keys += [a.lower() for a in addresses if a]
    for t in tags:
        keys += [t.lower()] + [p for p in _parts(t.lower(), len(t)) if len(p) >= 2]
    return list(filter(str.strip, dict.fromkeys(keys)))     # repeats dropped first; no empty or blank key


def build_search_text(name: str, *, override: str = "", phones: Iterable[str] = (),
                      addresses: Iterable[str] = (), tags: Sequence[str] = ()) -> str:
    """The same facts as one lower-cased string, for substring search."""
    plain = _SEPARATORS.sub("", name or "")
    parts = [name or ""]
    if plain != name:
        parts.append(plain)
    for full, initials, _ in _readings(name or "", override):
        parts += [full, initials]
    parts += [d for d in (_digits(p) for p in phones) if d]
    parts += [a for a in addresses if a]
    parts += [t for t in tags if t]
    return " ".join(dict.fromkeys(p for p in parts if p)).lower()


def search_fields(name: str, *, override: str = "", phones: Iterable[str] = (), addresses: Iterable[str] = (),
                  tags: Sequence[str] = ()) -> dict[str, str]:
    """name_pinyin, name_initials, search_text, search_keys for a person — for bulk inserts."""
    pinyin, initials = name_pinyin(name, override)
    phones, addresses = list(phones), list(addresses)
    return {
        "name_pinyin": pinyin, "name_initials": initials,
        "search_text": build_search_text(name, override=override, phones=phones, addresses=addresses, tags=tags),
        "search_keys": keys_json(build_search_keys(name, override=override, phones=phones, addresses=addresses,
                                                   tags=tags)),
    }


def keys_json(keys: list[str]) -> str:
    """json.dumps(keys, ensure_ascii=False), written directly when no key holds what JSON escapes (a quote,
    a backslash, a control character: all of it printable and neither), as keys made of names and
    addresses are; the encoder otherwise. A test holds the two alike for any keys."""
    joined = '", "'.join(keys)
    if joined.isprintable() and joined.count('"') == 2 * len(keys) - 2 and "\\" not in joined:
        return f'["{joined}"]' if keys else "[]"
    return json.dumps(keys, ensure_ascii=False)


def query_terms(query: str) -> list[str]:
    """Normalised terms of a query (all must match): lower-case, NFKC, phone numbers as digits, the
    dots of a minority name dropped (买买提•艾力 and 买买提.艾力 are both the key 买买提艾力)."""
    out: list[str] = []
    for raw in (query or "").split():
        t = _DOT_BETWEEN.sub("", unicodedata.normalize("NFKC", raw).strip().lower()).strip(DOTS)
        if not t:
            continue
        if _PHONE_LIKE.fullmatch(t) and any(c.isdigit() for c in t):
            t = _digits(t)
        if t and t not in out:
            out.append(t)
    return out


def caseless_cjk(term: str) -> bool:
    """Only letters without case outside ASCII (Chinese characters): lower() leaves them be and they
    are never part of the pinyin, initials or phone digits."""
    return bool(term) and all(not c.isascii() and unicodedata.category(c) == "Lo" for c in term)


_FILL_KEYS = ("INSERT OR IGNORE INTO people_keys(key, community, sort, person) "
              "SELECT j.value, c.rowid, p.name_pinyin || char(1) || p.name, p.rowid "
              "FROM people p JOIN communities c ON c.id = p.community_id, json_each(p.search_keys) j "
              "WHERE p.deleted_at IS NULL AND p.rowid > ? ORDER BY 1, 3, 4")


_FILL_KEYS_PG = ("INSERT INTO people_keys(key, sort, person, community) "
                 "SELECT j.key, p.name_pinyin || chr(1) || p.name, p.id, p.community_id FROM people p "
                 "CROSS JOIN LATERAL jsonb_array_elements_text(p.search_keys::jsonb) AS j(key) "
                 "WHERE p.deleted_at IS NULL ORDER BY 1, 2, 3 ON CONFLICT DO NOTHING")


_INSERT_TRIGGERS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'people' "
                    "AND sql LIKE '%AFTER INSERT ON people WHEN NOT EXISTS (SELECT 1 FROM people_keys_deferred)%' "
                    "ORDER BY name")


def rebuild_keys(connection: Any) -> int:
    """Refill people_keys from people.search_keys (after a table rebuild or a repair)."""
    connection.exec_driver_sql("DELETE FROM people_keys")
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(_FILL_KEYS, (0,))
        if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'people_text'").first():
            connection.exec_driver_sql("INSERT INTO people_text(people_text) VALUES ('rebuild')")
    else:
        connection.exec_driver_sql(_FILL_KEYS_PG)
    return int(connection.exec_driver_sql("SELECT count(*) FROM people_keys").scalar() or 0)


@contextmanager
def keys_written_after(connection: Any) -> Iterator[None]:
    """SQLite: people inserted inside the block get their search keys (their text in the trigram
    table, migration 0050, and their head counts, 0420) in one sorted pass at its end instead of one
    trigger run each (see migration 0005). Only inserts: the update and delete triggers still run.
    Must run inside the caller's transaction, which holds the write lock from the first statement
    here, so no one else inserts people meanwhile and every new row's rowid is above the largest one before. Nested blocks leave the
    work to the outermost. Other databases: no-op."""
    if connection.dialect.name != "sqlite" or connection.info.get("people_keys_deferred"):
        yield                                   # not SQLite, or an outer block writes them
        return
    connection.exec_driver_sql("INSERT INTO people_keys_deferred(token) VALUES (1)")
    last = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM people").scalar()
    connection.info["people_keys_deferred"] = True
    # The insert triggers stand aside by the token, but a table with any trigger makes SQLite keep a
    # statement journal of every page each INSERT touches: dropped for the block (in the transaction
    # the token's INSERT opened, so a rollback brings them back) and created again, word for word, at its end.
    try:
        with set_aside(connection, "trigger", connection.exec_driver_sql(_INSERT_TRIGGERS).all()):
            yield
    finally:
        del connection.info["people_keys_deferred"]
        connection.exec_driver_sql("DELETE FROM people_keys_deferred")
    connection.exec_driver_sql(_FILL_KEYS, (last,))
    add_counts_after(connection, last)          # and their head counts (migration 0420)
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'people_text'").first():
        connection.exec_driver_sql("INSERT INTO people_text(rowid, search_text) "
                                   "SELECT rowid, search_text FROM people WHERE rowid > ?", (last,))
