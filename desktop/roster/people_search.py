"""Roster search: one page of people (or their count) for a query and filters, sorted and paged in SQL.

Both back ends answer from the search key table where they can (desktop.roster.search; PostgreSQL's
since migration 0050), with the same rule: a term that is a search key of some living person matches
exactly the people holding it; any other term matches by substring of search_text (narrowed first
through households and buildings, or on PostgreSQL by its trigram index). Otherwise the people table's
filters. Re-exported by desktop.roster.service.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal, select, text
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.dates import age_if_born
from desktop.core.errors import UserError
from desktop.core.idcard import mask_id
from desktop.core.like import like_contains
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster import search as roster_search
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Household, Person, RosterTag
from desktop.roster.search import split_tags

SORT_KEYS = ("name", "age", "birth_date", "phone", "address", "community", "updated_at")
MAX_LIMIT = 1000


@dataclass
class PersonRow:
    id: str
    name: str
    sex: str
    age: int | None
    birth_date: date | None
    id_masked: str
    phone: str
    address: str
    tags: list[str]
    community_name: str
    household_id: str | None
    deleted: bool = False


# --- search ----------------------------------------------------------------------------------------

def _scope(actor: Actor, community_id: str | None) -> Any:
    require(actor, Perm.ROSTER_VIEW, community_id=community_id, entity="people")
    if community_id is not None:
        return Person.community_id == community_id
    if actor.all_communities:
        return None
    return Person.community_id.in_(sorted(actor.community_ids))


def _filters(s: Session, actor: Actor, query: str, community_id: str | None, building_id: str | None,
             household_id: str | None, tags: Sequence[str], age_min: int | None, age_max: int | None,
             include_deleted: bool, walk: bool = False) -> list[Any]:
    """The conditions on people; `walk`: a page read along the name index (see _walk_by_name), each
    person's household tested against the matching households rather than a list of people made first."""
    conds: list[Any] = []
    scope = _scope(actor, community_id)
    if scope is not None:
        conds.append(scope)
    if not include_deleted:
        conds.append(Person.deleted_at.is_(None))
    if household_id:
        conds.append(Person.household_id == household_id)
    if building_id:
        conds.append(Person.household_id.in_(select(Household.id).where(Household.building_id == building_id)))
    for tag in tags:
        conds.append(like_contains(literal(",") + Person.tags + literal(","), f",{tag},"))
    today = clock.today()
    if age_min is not None:
        conds.append(Person.birth_date <= _years_before(today, age_min))
    if age_max is not None:
        conds.append(Person.birth_date > _years_before(today, age_max + 1))
    person = _person_column(s)
    for i, term in enumerate(roster_search.query_terms(query)):
        if not include_deleted and _has_key(s, term):
            conds.append(text(f"people.{person} IN ({_KEY_MATCH.format(i=i)})").bindparams(**{f"key{i}": term}))
            continue
        narrowed = _candidates(s, term, i, walk) if not include_deleted else None
        if narrowed is not None and person == "id":
            # PostgreSQL, a term of no case narrowed through households: tested by strpos, which reads a
            # row's text bytewise (a fifth of LIKE's time over many thousands of rows) and which the
            # trigram index does not serve: that index's rows would be all the common trigrams hold.
            conds += [narrowed, func.strpos(Person.search_text, term) > 0]
            continue
        if narrowed is None:
            narrowed = _trigram_rows(s, term, i)
        if narrowed is not None:
            conds.append(narrowed)
        conds.append(like_contains(Person.search_text, term))
    return conds


def _trigram_rows(s: Session, term: str, i: int) -> Any:
    """SQLite: the rows whose search_text holds every trigram of `term` (three characters or more),
    from the FTS5 table people_text (migration 0050) — a superset of the substring matches, which
    the caller's LIKE then checks. None elsewhere, for shorter terms, or where the table is missing.
    (PostgreSQL's trigram index serves the LIKE itself.)"""
    if len(term) < 3 or _person_column(s) != "rowid":
        return None
    conn = s.connection()
    if "people_text" not in conn.info:
        conn.info["people_text"] = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'people_text'").first() is not None
    if not conn.info["people_text"]:
        return None
    trigrams = dict.fromkeys(term[j:j + 3] for j in range(len(term) - 2))
    match = " ".join('"' + t.replace('"', '""') + '"' for t in trigrams)
    return text(f"people.rowid IN (SELECT rowid FROM people_text WHERE people_text MATCH :tri{i})"
                ).bindparams(**{f"tri{i}": match})


def _person_column(s: Session) -> str:
    """What people_keys.person holds: SQLite the people rowid, PostgreSQL the person's id."""
    return "rowid" if s.get_bind().dialect.name == "sqlite" else "id"


_KEY_MATCH = "SELECT person FROM people_keys WHERE key = :key{i}"
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
_DIALECT_SQL = {"sqlite": dict(person="rowid", instr="instr", bytes="length(CAST(h.room || h.unit AS BLOB))"),
                "postgresql": dict(person="id", instr="strpos", bytes="octet_length(h.room || h.unit)")}


def _address_households(s: Session, term: str, i: int) -> tuple[str, dict[str, Any]] | None:
    """(SQL of the households whose address forms can contain `term`, its parameters), for a term of
    Chinese characters and digits; None for any other term (see _candidates)."""
    digits = "".join(c for c in term if c.isascii() and c.isdigit())
    cjk = "".join(c for c in term if not (c.isascii() and c.isdigit()))
    if not roster_search.caseless_cjk(cjk) or (len(term) < 2 and not cjk):
        return None
    dialect = _DIALECT_SQL[s.get_bind().dialect.name]
    rooms = "1 = 1" if digits else f"{dialect['bytes']} != length(h.room || h.unit)"
    return _ADDRESS_HOUSEHOLDS.format(p=f"addr{i}", rooms=rooms, **dialect), {f"addr{i}": term}


def _candidates(s: Session, term: str, i: int, walk: bool = False) -> Any:
    """For a term of Chinese characters (digits allowed, "花园6号楼501", "湖") that is no search key, the
    people whose search_text can contain it, without a scan of people; None when that cannot be told.

    Such a term is no part of the pinyin, initials or phone digits (it has a Chinese character) and no
    part of any living person's name (a name's parts up to three characters are all keys, so a longer
    term must start with a key of that person, and one character is a key itself). A term of two or
    more is no part of any tag either (every part of two or more characters of a tag is a key); one
    character may be, so the holders of the tags of the list that contain it are added (a person's tags
    are tags of the list, which are never deleted, and each tag is a key of its holders). What is left
    is a part of an address form, and those come from households and buildings, far fewer rows than
    people. The caller still filters by search_text, so the candidates only have to include every match."""
    found = _address_households(s, term, i)
    if found is None:
        return None
    households, params = found
    dialect = _DIALECT_SQL[s.get_bind().dialect.name]
    head = None
    if len(term) > 3 and _has_key(s, term[:3]):
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


def _walk_by_name(s: Session, query: str, include_deleted: bool, wanted: int) -> bool:
    """Whether a page sorted by name is better read along the name index, testing each person,
    than by sorting every candidate: when a word no key holds is part of an address shared by many
    (湖花园1: a twentieth of a million people), the first page comes after some thousands of rows
    in name order, while the candidates number tens of thousands. The households' head counts
    (roster_counts) tell how many live there before anything is read. PostgreSQL is then told to plan
    that way (_planned_as_walk)."""
    if include_deleted:
        return False
    counts = None
    for i, term in enumerate(roster_search.query_terms(query)):
        if _has_key(s, term):
            return False                     # a key narrows by itself: its people are few or sorted already
        households = _address_households(s, term, i)
        if households is None:
            return False
        sql, params = households
        if counts is None:
            if not _has_counts(s):
                return False
            counts = int(s.execute(text("SELECT coalesce(sum(people), 0) FROM roster_counts "
                                        "WHERE tag = ''")).scalar() or 0)
        living = int(s.execute(text(f"SELECT coalesce(sum(people), 0) FROM roster_counts WHERE tag = '' "
                                    f"AND household_id IN ({sql})"), params).scalar() or 0)
        # along the name index about wanted × everyone / living rows are read; the sort reads all living
        return living * living >= WALK_GAIN * max(wanted, 1) * counts
    return False


def _has_counts(s: Session) -> bool:
    """Does the database keep the roster's head counts (migration 0420)? Asked once per connection."""
    conn = s.connection()
    if "roster_counts" not in conn.info:
        sql = ("SELECT 1 FROM sqlite_master WHERE name = 'roster_counts'" if _person_column(s) == "rowid"
               else "SELECT to_regclass('roster_counts')")
        conn.info["roster_counts"] = conn.exec_driver_sql(sql).scalar() is not None
    return bool(conn.info["roster_counts"])


# PostgreSQL estimates how many people a list of households made by a subquery holds at a guess (a few
# hundred), so it would fetch and sort every candidate even where a page along the name index reads a
# hundredth of them. For the page that walks (see _walk_by_name), the planner is told so for that
# statement: no bitmap scan, no sort of all candidates (only the ties of a pinyin), and no parallel
# workers or JIT, whose start costs more than the walk. Set inside the transaction, restored after.
_WALK_SETTINGS = {"enable_bitmapscan": "off", "enable_sort": "off", "max_parallel_workers_per_gather": "0",
                  "jit": "off"}


WALK_MARK = "/* along the name index */"


@contextmanager
def _planned_as_walk(s: Session, walk: bool) -> Iterator[None]:
    if not walk or _person_column(s) == "rowid":
        yield
        return
    conn = s.connection()
    names = list(_WALK_SETTINGS)
    before = conn.exec_driver_sql("SELECT " + ", ".join(f"current_setting('{n}')" for n in names)).one()
    conn.exec_driver_sql("SELECT " + ", ".join(f"set_config('{n}', '{v}', true)" for n, v in _WALK_SETTINGS.items()))
    yield       # a statement that fails (cancelled by a newer keystroke) fails the transaction: its rollback restores them
    conn.exec_driver_sql("SELECT " + ", ".join(f"set_config('{n}', %(v{j})s, true)" for j, n in enumerate(names)),
                         {f"v{j}": v for j, v in enumerate(before)})


def _has_key(s: Session, term: str) -> bool:
    """Is `term` a search key of some living person? (one index probe)"""
    return s.execute(text("SELECT 1 FROM people_keys WHERE key = :key LIMIT 1"), {"key": term}).first() is not None


def _community_keys(s: Session, actor: Actor, community_id: str | None) -> list[Any] | None:
    """What people_keys.community holds for the communities in scope (SQLite their rowids,
    PostgreSQL their ids); None for all."""
    if community_id is not None:
        ids = [community_id]
    elif actor.all_communities:
        return None
    else:
        ids = sorted(actor.community_ids)
    if not ids or _person_column(s) == "id":
        return ids
    return list(s.scalars(select(text("rowid")).select_from(Community.__table__).where(Community.id.in_(ids))))


def _fast_plan(s: Session, actor: Actor, query: str, community_id: str | None, others: dict[str, Any],
               sort: str) -> tuple[str, dict[str, Any], list[str]] | None:
    """Sorted by name, filtered only by text and community: answer from people_keys alone.

    Returns (FROM/WHERE clause over people_keys k, params, terms) or None for the general plan.
    When it finds nobody the caller checks `_all_keys` and falls back to substring search.
    The same statement whatever the key (one shape per number of terms and communities), so a
    prepared statement's generic plan is the index range read a custom one would be."""
    if sort != "name" or any(others.values()):
        return None
    terms = roster_search.query_terms(query)
    if not terms:
        return None
    params: dict[str, Any] = {"k0": terms[0]}
    where = ["k.key = :k0"]
    communities = _community_keys(s, actor, community_id)
    if communities is not None:
        if not communities:
            return "FROM people_keys k WHERE 1 = 0", {}, terms
        if _person_column(s) == "rowid":
            where.append("k.community IN (%s)" % ",".join(str(int(r)) for r in communities))
        else:
            params.update({f"c{j}": c for j, c in enumerate(communities)})
            where.append("k.community IN (%s)" % ",".join(f":c{j}" for j in range(len(communities))))
    for i, term in enumerate(terms[1:], start=1):
        params[f"k{i}"] = term
        where.append(f"k.person IN (SELECT person FROM people_keys WHERE key = :k{i})")
    return "FROM people_keys k WHERE " + " AND ".join(where), params, terms


def _all_keys(s: Session, terms: Sequence[str]) -> bool:
    """Is every term a search key of somebody? If not, the key table cannot answer the query."""
    return all(_has_key(s, t) for t in terms)


_PAGE_COLUMNS = ("p.id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.tags, p.household_id, "
                 "p.deleted_at, h.address, c.name")


def _fast_page(s: Session, clause: str, params: dict[str, Any], descending: bool, offset: int,
               limit: int) -> list[PersonRow]:
    direction = "DESC" if descending else ""
    sql = (f"SELECT {_PAGE_COLUMNS} FROM (SELECT k.sort AS sort, k.person AS person {clause} "
           f"ORDER BY k.sort {direction}, k.person {direction} LIMIT {int(limit)} OFFSET {max(0, int(offset))}) pg "
           f"JOIN people p ON p.{_person_column(s)} = pg.person JOIN communities c ON c.id = p.community_id "
           "LEFT JOIN households h ON h.id = p.household_id "
           f"ORDER BY pg.sort {direction}, pg.person {direction}")
    today = clock.today()
    out = []
    for r in s.execute(text(sql), params).all():
        born = r[3]
        if isinstance(born, str):                  # raw SQLite text: the Date type was not applied
            born = date.fromisoformat(born)
        out.append(_row((*r[:3], born, *r[4:]), today))
    return out


def _row(r: Sequence[Any], today: date) -> PersonRow:
    return PersonRow(id=r[0], name=r[1], sex=r[2], age=age_if_born(r[3], today), birth_date=r[3],
                     id_masked=mask_id(r[4] or ""), phone=r[5], address=r[9] or "", tags=split_tags(r[6]),
                     community_name=r[10], household_id=r[7], deleted=r[8] is not None)


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:               # 29 Feb
        return d.replace(year=d.year - years, day=28)


_ORDER = {
    "name": (Person.name_pinyin, Person.name),
    "age": (Person.birth_date.desc(),),
    "birth_date": (Person.birth_date,),
    "phone": (Person.phone,),
    "address": (Household.address,),
    "community": (Community.name, Person.name_pinyin),
    "updated_at": (Person.updated_at,),
}
_ORDER_DESC = {
    "name": (Person.name_pinyin.desc(), Person.name.desc()),
    "age": (Person.birth_date,),
    "birth_date": (Person.birth_date.desc(),),
    "phone": (Person.phone.desc(),),
    "address": (Household.address.desc(),),
    "community": (Community.name.desc(), Person.name_pinyin.desc()),
    "updated_at": (Person.updated_at.desc(),),
}


def search_people(s: Session, actor: Actor, query: str = "", *, community_id: str | None = None,
                  building_id: str | None = None, household_id: str | None = None,
                  tags: Sequence[str] = (), age_min: int | None = None, age_max: int | None = None,
                  sort: str = "name", descending: bool = False, offset: int = 0, limit: int = 100,
                  include_deleted: bool = False) -> list[PersonRow]:
    """One page of people matching the query and filters, sorted and paged in SQL."""
    if sort not in _ORDER:
        raise UserError(msg("不能按“{sort}”排序", sort=sort))
    limit = max(0, min(limit, MAX_LIMIT))
    others = dict(building_id=building_id, household_id=household_id, tags=tuple(tags), age_min=age_min,
                  age_max=age_max, include_deleted=include_deleted)
    require(actor, Perm.ROSTER_VIEW, community_id=community_id, entity="people")
    plan = _fast_plan(s, actor, query, community_id, others, sort)
    if plan is not None:
        clause, params, terms = plan
        rows = _fast_page(s, clause, params, descending, offset, limit)
        if rows or _all_keys(s, terms):
            return rows
    walk = sort == "name" and _walk_by_name(s, query, include_deleted, offset + limit)
    conds = _filters(s, actor, query, community_id, building_id, household_id, tags, age_min, age_max,
                     include_deleted, walk)
    order = (_ORDER_DESC if descending else _ORDER)[sort]
    nulls = (Person.birth_date.is_(None),) if sort in ("age", "birth_date") else ()
    stmt = (
        select(Person.id, Person.name, Person.sex, Person.birth_date, Person.id_number, Person.phone,
               Person.tags, Person.household_id, Person.deleted_at, Household.address, Community.name)
        .join(Community, Community.id == Person.community_id)
        .outerjoin(Household, Household.id == Person.household_id)
        .where(and_(*conds))
        .order_by(*nulls, *order, Person.id.desc() if descending else Person.id)
        .offset(max(0, offset)).limit(limit))
    if walk:        # a statement of its own: a prepared plan made for the walk is never used to sort, nor back
        stmt = stmt.prefix_with(WALK_MARK)
    today = clock.today()
    with _planned_as_walk(s, walk):
        found = s.execute(stmt).all()
    return [_row(r, today) for r in found]


def count_people(s: Session, actor: Actor, query: str = "", *, community_id: str | None = None,
                 building_id: str | None = None, household_id: str | None = None, tags: Sequence[str] = (),
                 age_min: int | None = None, age_max: int | None = None, include_deleted: bool = False,
                 **_ignored: Any) -> int:
    """How many people match (the same filters as search_people; sort/paging arguments are ignored)."""
    others = dict(building_id=building_id, household_id=household_id, tags=tuple(tags), age_min=age_min,
                  age_max=age_max, include_deleted=include_deleted)
    require(actor, Perm.ROSTER_VIEW, community_id=community_id, entity="people")
    plan = _fast_plan(s, actor, query, community_id, others, "name")
    if plan is not None:
        clause, params, terms = plan
        n = int(s.execute(text(f"SELECT count(*) {clause}"), params).scalar() or 0)
        if n or _all_keys(s, terms):
            return n
    conds = _filters(s, actor, query, community_id, building_id, household_id, tags, age_min, age_max,
                     include_deleted)
    return int(s.scalar(select(func.count()).select_from(Person).where(and_(*conds))) or 0)
