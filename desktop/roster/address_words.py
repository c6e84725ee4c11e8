"""Words no search key holds, answered through households rather than by reading people (see
desktop.roster.people_search): the households whose address forms can hold a word, the people they
narrow a search to, and the page read along the name index when a word many addresses share is asked
for (its planning on PostgreSQL included). Also the two probes both use: a search key held, the head
counts kept."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.roster import search as roster_search
from desktop.roster.models import RosterTag


def person_column(s: Session) -> str:
    """What people_keys.person holds: SQLite the people rowid, PostgreSQL the person's id."""
    return "rowid" if s.get_bind().dialect.name == "sqlite" else "id"


KEY_MATCH = "SELECT person FROM people_keys WHERE key = :key{i}"
# People of the households whose address forms (desktop.roster.search.address_forms: estate+building,
# building, building+room, the full address, building+unit+单元(+room)) can contain a term made of
# Chinese characters (and digits). A term of Chinese characters only lies inside one run of non-ASCII
# characters, so unless the room or unit itself has some, it is inside the estate+building, the full
# address or "单元"; one with digits is looked for in every form. A short scan of households and
# buildings, never of people.
_ADDRESS_HOUSEHOLDS = (
    "SELECT h.id FROM households h LEFT JOIN buildings b ON b.id = h.building_id "
    "WHERE {instr}(h.address, :{p}) > 0 OR {instr}(b.estate || b.name, :{p}) > 0 "
    "OR ({instr}('单元', :{p}) > 0 AND h.unit != '') "
    "OR ({rooms} AND {instr}(b.name || h.room || ' ' || b.name || h.unit || '单元' || h.room, :{p}) > 0)")
DIALECT_SQL = {"sqlite": dict(person="rowid", instr="instr", bytes="length(CAST(h.room || h.unit AS BLOB))"),
               "postgresql": dict(person="id", instr="strpos", bytes="octet_length(h.room || h.unit)")}


def address_households(s: Session, term: str, i: int) -> tuple[str, dict[str, Any]] | None:
    """(SQL of the households whose address forms can contain `term`, its parameters), for a term of
    Chinese characters and digits; None for any other term (see candidates)."""
    digits = "".join(c for c in term if c.isascii() and c.isdigit())
    cjk = "".join(c for c in term if not (c.isascii() and c.isdigit()))
    if not roster_search.caseless_cjk(cjk) or (len(term) < 2 and not cjk):
        return None
    dialect = DIALECT_SQL[s.get_bind().dialect.name]
    rooms = "1 = 1" if digits else f"{dialect['bytes']} != length(h.room || h.unit)"
    return _ADDRESS_HOUSEHOLDS.format(p=f"addr{i}", rooms=rooms, **dialect), {f"addr{i}": term}


# The households whose address (h.address) or estate and building hold the term: two of the address forms
# every living person of the household has in their search_text (desktop.roster.search_fields), so every
# one of them matches it.
_HOLDING_HOUSEHOLDS = ("SELECT h.id FROM households h LEFT JOIN buildings b ON b.id = h.building_id "
                       "WHERE {instr}(h.address, :{p}) > 0 OR {instr}(b.estate || b.name, :{p}) > 0")


def holding_households(s: Session, term: str, i: int) -> tuple[str, dict[str, Any]]:
    dialect = DIALECT_SQL[s.get_bind().dialect.name]
    return _HOLDING_HOUSEHOLDS.format(p=f"hold{i}", **dialect), {f"hold{i}": term}


def candidates(s: Session, term: str, i: int, walk: bool = False, apart: bool = False) -> Any:
    """For a term of Chinese characters (digits allowed, "花园6号楼501", "湖") that is no search key, the
    people whose search_text can contain it, without a scan of people; None when that cannot be told.

    Such a term is no part of the pinyin, initials or phone digits (it has a Chinese character) and no
    part of any living person's name (a name's parts up to three characters are all keys, so a longer
    term must start with a key of that person, and one character is a key itself). A term of two or
    more is no part of any tag either (every part of two or more characters of a tag is a key); one
    character may be, so the holders of the tags of the list that contain it are added (a person's tags
    are tags of the list, which are never deleted, and each tag is a key of its holders). What is left
    is a part of an address form, and those come from households and buildings, far fewer rows than
    people. The caller still filters by search_text, so the candidates only have to include every match.
    `apart`: without the households whose address holds the term (see people_search._filters)."""
    found = address_households(s, term, i)
    if found is None:
        return None
    households, params = found
    if apart:
        holding, more = holding_households(s, term, i)
        households = f"{households} EXCEPT {holding}"
        params.update(more)
    dialect = DIALECT_SQL[s.get_bind().dialect.name]
    head = None
    if len(term) > 3 and has_key(s, term[:3]):
        head = f"SELECT person FROM people_keys WHERE key = :head{i}"
        params[f"head{i}"] = term[:3]
    elif len(term) == 1:
        tags = sorted({t.lower() for t in s.scalars(select(RosterTag.name)) if term in t.lower()})
        if tags:
            marks = ", ".join(f":tag{i}_{j}" for j in range(len(tags)))
            head = f"SELECT person FROM people_keys WHERE key IN ({marks})"
            params.update({f"tag{i}_{j}": t for j, t in enumerate(tags)})
    if dialect["person"] == "rowid" and walk:   # unary +: a test of each row walked, not an index to read by
        sql = f"+people.household_id IN ({households})"
        if head:
            sql = f"({sql} OR +people.rowid IN ({head}))"
        return text(sql).bindparams(**params)
    if dialect["person"] == "rowid":
        sql = f"SELECT p.rowid FROM people p WHERE p.household_id IN ({households})"
        return text(f"people.rowid IN ({sql}{' UNION ALL ' + head if head else ''})").bindparams(**params)
    # PostgreSQL: arrays made once (init plans) that the people indexes take as lists of values; a
    # semi-join would be planned from a guess at how many households match, often a walk of people.
    sql = f"people.household_id = ANY(ARRAY({households}))"
    if head:
        sql = f"({sql} OR people.id = ANY(ARRAY({head})))"
    return text(sql).bindparams(**params)


WALK_GAIN = 4          # a page is read along the name index when that reads this many times fewer rows


def walk_by_name(s: Session, query: str, include_deleted: bool, wanted: int) -> bool:
    """Whether a page sorted by name is better read along the name index, testing each person,
    than by sorting every candidate: when a word no key holds is part of an address shared by many
    (湖花园1: a twentieth of a million people), the first page comes after some thousands of rows
    in name order, while the candidates number tens of thousands. The households' head counts
    (roster_counts) tell how many live there before anything is read. PostgreSQL is then told to plan
    that way (planned_as_walk)."""
    if include_deleted:
        return False
    counts = None
    for i, term in enumerate(roster_search.query_terms(query)):
        if has_key(s, term):
            return False                     # a key narrows by itself: its people are few or sorted already
        households = address_households(s, term, i)
        if households is None:
            return False
        sql, params = households
        if counts is None:
            if not has_counts(s):
                return False
            counts = int(s.execute(text("SELECT coalesce(sum(people), 0) FROM roster_counts "
                                        "WHERE tag = ''")).scalar() or 0)
        living = int(s.execute(text(f"SELECT coalesce(sum(people), 0) FROM roster_counts WHERE tag = '' "
                                    f"AND household_id IN ({sql})"), params).scalar() or 0)
        # along the name index about wanted × everyone / living rows are read; the sort reads all living
        return living * living >= WALK_GAIN * max(wanted, 1) * counts
    return False


def has_counts(s: Session) -> bool:
    """Does the database keep the roster's head counts (migration 0420)? Asked once per connection."""
    conn = s.connection()
    if "roster_counts" not in conn.info:
        sql = ("SELECT 1 FROM sqlite_master WHERE name = 'roster_counts'" if person_column(s) == "rowid"
               else "SELECT to_regclass('roster_counts')")
        conn.info["roster_counts"] = conn.exec_driver_sql(sql).scalar() is not None
    return bool(conn.info["roster_counts"])


# PostgreSQL estimates how many people a list of households made by a subquery holds at a guess (a few
# hundred), so it would fetch and sort every candidate even where a page along the name index reads a
# hundredth of them. For the page that walks (see walk_by_name), the planner is told so for that
# statement: no bitmap scan, no sort of all candidates (only the ties of a pinyin), and no parallel
# workers or JIT, whose start costs more than the walk. Set inside the transaction, restored after.
WALK_SETTINGS = {"enable_bitmapscan": "off", "enable_sort": "off", "max_parallel_workers_per_gather": "0",
                 "jit": "off"}
WALK_MARK = "/* along the name index */"


@contextmanager
def planned_as_walk(s: Session, walk: bool) -> Iterator[None]:
    if not walk or person_column(s) == "rowid":
        yield
        return
    conn = s.connection()
    names = list(WALK_SETTINGS)
    before = conn.exec_driver_sql("SELECT " + ", ".join(f"current_setting('{n}')" for n in names)).one()
    conn.exec_driver_sql("SELECT " + ", ".join(f"set_config('{n}', '{v}', true)" for n, v in WALK_SETTINGS.items()))
    yield       # a failed statement (cancelled by a newer keystroke) fails the transaction; its rollback restores them
    conn.exec_driver_sql("SELECT " + ", ".join(f"set_config('{n}', %(v{j})s, true)" for j, n in enumerate(names)),
                         {f"v{j}": v for j, v in enumerate(before)})


def has_key(s: Session, term: str) -> bool:
    """Is `term` a search key of some living person? (one index probe)"""
    return s.execute(text("SELECT 1 FROM people_keys WHERE key = :key LIMIT 1"), {"key": term}).first() is not None
