"""Roster search: one page of people (or their count) for a query and filters, sorted and paged in SQL.

Both back ends answer from the search key table where they can (desktop.roster.search; PostgreSQL's
since migration 0050), with the same rule: a term that is a search key of some living person matches
exactly the people holding it; any other term matches by substring of search_text (narrowed first
through households and buildings, or on PostgreSQL by its trigram index). Otherwise the people table's
filters. A word that addresses shared by many hold (湖, 花园) is paged along the name index and counted
from the households' head counts (roster_counts), not person by person. Re-exported by
desktop.roster.service.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from desktop.roster.address_words import (KEY_MATCH, WALK_MARK, address_households, candidates, has_counts, has_key,
                                          holding_households, person_column, planned_as_walk, walk_by_name)
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Household, Person
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
             include_deleted: bool, walk: bool = False, apart: bool = False) -> list[Any]:
    """The conditions on people; `walk`: a page read along the name index (see walk_by_name), each
    person's household tested against the matching households rather than a list of people made first;
    `apart`: the people of the households whose address holds the (one) term are left out, counted
    apart from the head counts (_count_by_households)."""
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
    person = person_column(s)
    for i, term in enumerate(roster_search.query_terms(query)):
        if not include_deleted and has_key(s, term):
            conds.append(text(f"people.{person} IN ({KEY_MATCH.format(i=i)})").bindparams(**{f"key{i}": term}))
            continue
        narrowed = candidates(s, term, i, walk, apart) if not include_deleted else None
        if narrowed is not None and apart:
            sql, params = holding_households(s, term, i)
            conds.append(text(f"NOT coalesce(people.household_id IN ({sql}), false)").bindparams(**params))
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
    if len(term) < 3 or person_column(s) != "rowid":
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


def _count_by_households(s: Session, actor: Actor, query: str, community_id: str | None,
                         others: dict[str, Any]) -> int | None:
    """The count of a word no key holds that is part of addresses (湖, 花园: a third of a street), without
    reading each of those people: the head counts of the households whose address holds it (all their
    living people match), plus the other candidates tested one by one as any search tests them. None
    where that does not apply (other filters, several words, a word no address can hold)."""
    terms = roster_search.query_terms(query)
    if any(others.values()) or len(terms) != 1 or address_households(s, terms[0], 0) is None \
            or has_key(s, terms[0]) or not has_counts(s):
        return None
    sql, params = holding_households(s, terms[0], 0)
    where = f"tag = '' AND household_id IN ({sql})"
    scope = _scope(actor, community_id)
    if scope is not None:
        ids = [community_id] if community_id is not None else sorted(actor.community_ids)
        if not ids:
            return 0
        where += " AND community_id IN (%s)" % ", ".join(f":c{j}" for j in range(len(ids)))
        params.update({f"c{j}": c for j, c in enumerate(ids)})
    held = int(s.execute(text(f"SELECT coalesce(sum(people), 0) FROM roster_counts WHERE {where}"), params).scalar()
               or 0)
    conds = _filters(s, actor, query, community_id, None, None, (), None, None, False, apart=True)
    return held + int(s.scalar(select(func.count()).select_from(Person).where(and_(*conds))) or 0)


def _community_keys(s: Session, actor: Actor, community_id: str | None) -> list[Any] | None:
    """What people_keys.community holds for the communities in scope (SQLite their rowids,
    PostgreSQL their ids); None for all."""
    if community_id is not None:
        ids = [community_id]
    elif actor.all_communities:
        return None
    else:
        ids = sorted(actor.community_ids)
    if not ids or person_column(s) == "id":
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
        if person_column(s) == "rowid":
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
    return all(has_key(s, t) for t in terms)


_PAGE_COLUMNS = ("p.id, p.name, p.sex, p.birth_date, p.id_number, p.phone, p.tags, p.household_id, "
                 "p.deleted_at, h.address, c.name")


def _fast_page(s: Session, clause: str, params: dict[str, Any], descending: bool, offset: int,
               limit: int) -> list[PersonRow]:
    direction = "DESC" if descending else ""
    sql = (f"SELECT {_PAGE_COLUMNS} FROM (SELECT k.sort AS sort, k.person AS person {clause} "
           f"ORDER BY k.sort {direction}, k.person {direction} LIMIT {int(limit)} OFFSET {max(0, int(offset))}) pg "
           f"JOIN people p ON p.{person_column(s)} = pg.person JOIN communities c ON c.id = p.community_id "
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
    walk = sort == "name" and walk_by_name(s, query, include_deleted, offset + limit)
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
    with planned_as_walk(s, walk):
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
    held = _count_by_households(s, actor, query, community_id, others)
    if held is not None:
        return held
    conds = _filters(s, actor, query, community_id, building_id, household_id, tags, age_min, age_max,
                     include_deleted)
    return int(s.scalar(select(func.count()).select_from(Person).where(and_(*conds))) or 0)
