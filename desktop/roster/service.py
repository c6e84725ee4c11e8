"""Roster service: people — validate, save, search, read, delete/restore, move.

Households, buildings and the tree are in `places`; history, duplicates and merging in `records`;
all are re-exported here so callers import one module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, literal, select, text
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.dates import age_on
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.idcard import IdCardError, mask_id, normalize_id, parse_id
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster import search as roster_search
from desktop.roster.models import Building, Community, Household, HouseholdMove, Person, RosterTag
from desktop.roster.places import (  # noqa: F401 — part of this module's API
    BuildingNode, CommunityNode, HouseholdNode, ensure_building, ensure_household, roster_tree,
)
from desktop.roster.address import AddressError, parse_address  # noqa: F401

SEXES = {"": "", "M": "M", "F": "F", "男": "M", "女": "F"}
RESIDENCE_TYPES = ("", "户籍", "常住", "流动")
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


@dataclass
class PersonInput:
    name: str
    sex: str = ""
    birth_date: date | None = None
    ethnicity: str = ""
    id_number: str = ""
    phone: str = ""
    phone2: str = ""
    relation: str = ""
    residence_type: str = ""
    tags: Sequence[str] = ()
    notes: str = ""
    household_id: str | None = None
    community_id: str | None = None


@dataclass
class PersonDetail:
    id: str
    name: str
    sex: str
    birth_date: date | None
    age: int | None
    ethnicity: str
    id_number: str            # full only for actors with ID_FULL, else masked
    id_full: bool
    phone: str
    phone2: str
    relation: str
    residence_type: str
    tags: list[str]
    notes: str
    household_id: str | None
    community_id: str
    community_name: str
    building_id: str | None
    address: str
    deleted: bool
    merged_into_id: str | None
    version: int
    moves: list[MoveRow] = field(default_factory=list)


@dataclass
class MoveRow:
    moved_on: date
    from_address: str
    to_address: str


def split_tags(value: str) -> list[str]:
    return [t for t in (value or "").split(",") if t]


def join_tags(tags: Sequence[str]) -> str:
    out: list[str] = []
    for t in tags:
        t = (t or "").strip()
        if t and t not in out:
            out.append(t)
    return ",".join(out)


# --- validation ------------------------------------------------------------------------------

def _clean(inp: PersonInput, today: date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    v: dict[str, Any] = {}
    name = (inp.name or "").strip()
    if not name:
        errors["name"] = "请填写姓名"
    elif len(name) > 64:
        errors["name"] = "姓名太长（最多64个字）"
    v["name"] = name
    sex = SEXES.get((inp.sex or "").strip().upper() if (inp.sex or "").isascii() else (inp.sex or "").strip())
    if sex is None:
        errors["sex"] = "性别应为男或女"
        sex = ""
    v["sex"] = sex
    v["birth_date"] = inp.birth_date
    v["id_number"] = None
    if (inp.id_number or "").strip():
        try:
            info = parse_id(inp.id_number, today=today)
        except IdCardError as exc:
            errors["id_number"] = str(exc)
        else:
            v["id_number"] = info.number
            if inp.birth_date is None:
                v["birth_date"] = info.birth_date
            elif inp.birth_date != info.birth_date:
                errors["birth_date"] = f"出生日期与身份证号不符（身份证为{info.birth_date.isoformat()}）"
            if not sex:
                v["sex"] = info.sex
            elif sex != info.sex:
                errors["sex"] = f"性别与身份证号不符（身份证为{'男' if info.sex == 'M' else '女'}）"
    if v["birth_date"] is not None and v["birth_date"] > (today or clock.today()):
        errors["birth_date"] = "出生日期不能晚于今天"
    for key in ("phone", "phone2"):
        raw = (getattr(inp, key) or "").strip()
        v[key] = ""
        if raw:
            try:
                v[key] = normalize_phone(raw)
            except PhoneError as exc:
                errors[key] = str(exc)
    residence = (inp.residence_type or "").strip()
    if residence not in RESIDENCE_TYPES:
        errors["residence_type"] = "居住类型应为户籍、常住或流动"
    v["residence_type"] = residence
    v["ethnicity"] = (inp.ethnicity or "").strip()[:16]
    v["relation"] = (inp.relation or "").strip()[:16]
    v["notes"] = inp.notes or ""
    bad = [t for t in inp.tags if "," in (t or "")]
    if bad:
        errors["tags"] = "标签中不能有逗号"
    v["tags"] = join_tags(inp.tags)
    if len(v["tags"]) > 200:
        errors["tags"] = "标签太多"
    return v, errors


def validate_person(inp: PersonInput) -> dict[str, str]:
    """Field → Chinese message for everything wrong with `inp` (empty when it is fine)."""
    return _clean(inp)[1]


def known_tags(s: Session) -> list[str]:
    return list(s.scalars(select(RosterTag.name).where(RosterTag.deleted_at.is_(None), RosterTag.active)
                          .order_by(RosterTag.sort_order, RosterTag.name)))


@dataclass
class TagRow:
    id: str
    name: str
    watch: bool          # people with it are listed on the desk's 今日 page to look in on
    active: bool
    people: int


def list_tags(s: Session, actor: Actor, include_inactive: bool = False) -> list[TagRow]:
    """The configurable tag list, with how many living people (that the actor may see) carry each."""
    require(actor, Perm.ROSTER_VIEW, entity="roster_tags")
    q = select(RosterTag).where(RosterTag.deleted_at.is_(None)).order_by(RosterTag.sort_order, RosterTag.name)
    if not include_inactive:
        q = q.where(RosterTag.active)
    out = []
    for tag in s.scalars(q):
        cond = [Person.deleted_at.is_(None), (literal(",") + Person.tags + literal(",")).like(f"%,{tag.name},%")]
        if not actor.all_communities:
            cond.append(Person.community_id.in_(sorted(actor.community_ids)))
        n = s.scalar(select(func.count()).select_from(Person).where(*cond)) or 0
        out.append(TagRow(tag.id, tag.name, tag.watch, tag.active, int(n)))
    return out


def save_tag(s: Session, actor: Actor, name: str, *, watch: bool = False, active: bool = True) -> str:
    """Add a tag to the list, or change whether it is watched / offered. Tags are never deleted:
    people keep the ones they carry; an inactive tag is just no longer offered."""
    require(actor, Perm.ROSTER_EDIT, entity="roster_tags")
    name = (name or "").strip()
    if not name or len(name) > 16 or "," in name:
        raise ValidationError({"name": "标签名应为1到16个字，且不含逗号"})
    tag = s.scalar(select(RosterTag).where(RosterTag.name == name))
    if tag is None:
        order = s.scalar(select(func.max(RosterTag.sort_order))) or 0
        tag = RosterTag(name=name, sort_order=order + 1)
        s.add(tag)
    tag.watch, tag.active, tag.deleted_at = watch, active, None
    s.flush()
    return tag.id


def watch_tags(s: Session) -> list[str]:
    return list(s.scalars(select(RosterTag.name).where(RosterTag.deleted_at.is_(None), RosterTag.active,
                                                        RosterTag.watch).order_by(RosterTag.sort_order)))


# --- search fields -----------------------------------------------------------------------------

def household_keys(h: Household | None) -> list[str]:
    """Address forms a person of household `h` is found by."""
    if h is None:
        return []
    b = getattr(h, "building", None)
    if b is None:
        return [h.address] if h.address else []
    return roster_search.address_forms(b.estate, b.name, h.unit, h.room, h.address)


def fill_search_fields(p: Person, household: Household | None) -> None:
    """Set name_pinyin, name_initials, search_text and search_keys of `p` (before insert/update)."""
    for key, value in roster_search.search_fields(p.name, phones=(p.phone, p.phone2),
                                                  addresses=household_keys(household),
                                                  tags=split_tags(p.tags)).items():
        if getattr(p, key) != value:
            setattr(p, key, value)


def reindex_people(s: Session, person_ids: Sequence[str] | None = None) -> int:
    """Recompute the search fields of the given people (all when None) from what is stored.

    Inserts that bypass `save_person` (bulk import) must either fill the fields with
    `fill_search_fields` or call this afterwards; the SQLite trigram index follows by trigger."""
    q = select(Person)
    if person_ids is not None:
        ids = list(person_ids)
        n = 0
        for i in range(0, len(ids), 500):
            for p in s.scalars(q.where(Person.id.in_(ids[i:i + 500]))):
                fill_search_fields(p, p.household)
                n += 1
        return n
    n = 0
    for p in s.scalars(q):
        fill_search_fields(p, p.household)
        n += 1
    return n


# --- save / read ---------------------------------------------------------------------------------

def _household(s: Session, household_id: str | None) -> Household | None:
    if not household_id:
        return None
    h = s.get(Household, household_id)
    if h is None or h.deleted_at is not None:
        raise ValidationError({"household_id": "所选住户不存在"})
    return h


def find_by_id_number(s: Session, id_number: str) -> Person | None:
    """The person with this ID number (normalised first), deleted or not; None if unknown/invalid."""
    try:
        number = normalize_id(id_number)
    except IdCardError:
        return None
    return s.scalar(select(Person).where(Person.id_number == number))


def save_person(s: Session, actor: Actor, inp: PersonInput, person_id: str | None = None) -> str:
    """Create (person_id None) or update a person; returns the id. Raises ValidationError."""
    household = _household(s, inp.household_id)
    community_id = household.community_id if household else inp.community_id
    existing = None
    if person_id:
        existing = s.get(Person, person_id)
        if existing is None:
            raise NotFound("找不到这个人")
        require(actor, Perm.ROSTER_EDIT, community_id=existing.community_id, entity="people",
                entity_id=person_id)
        community_id = community_id or existing.community_id
    if not community_id:
        raise ValidationError({"community_id": "请选择社区或住户"})
    require(actor, Perm.ROSTER_EDIT, community_id=community_id, entity="people", entity_id=person_id)
    if household and inp.community_id and inp.community_id != household.community_id:
        raise ValidationError({"household_id": "住户不在所选社区"})
    values, errors = _clean(inp)
    unknown = [t for t in split_tags(values["tags"]) if t not in set(known_tags(s))]
    if unknown:
        errors["tags"] = f"未知标签：{'、'.join(unknown)}（请先在标签设置中添加）"
    if values["id_number"]:
        other = s.scalar(select(Person).where(Person.id_number == values["id_number"]))
        if other is not None and other.id != person_id:
            state = "（已删除，可在回收站恢复）" if other.deleted_at else ""
            errors["id_number"] = f"该身份证号已登记为{other.name}{state}"
    if errors:
        raise ValidationError(errors)
    p = existing or Person(community_id=community_id)
    moved_from = existing.household_id if existing else None
    for key, value in values.items():
        if getattr(p, key, None) != value:
            setattr(p, key, value)
    p.community_id = community_id
    if existing is None or existing.household_id != (household.id if household else None):
        if existing is not None and (moved_from or household):
            s.add(HouseholdMove(person_id=p.id, from_household_id=moved_from,
                                to_household_id=household.id if household else None, moved_on=clock.today()))
        p.household_id = household.id if household else None
    fill_search_fields(p, household)
    if existing is None:
        s.add(p)
    s.flush()
    return p.id


def _age(born: date | None, today: date) -> int | None:
    if born is None or born > today:
        return None
    return age_on(born, today)


def get_person(s: Session, actor: Actor, person_id: str) -> PersonDetail:
    p = s.get(Person, person_id)
    if p is None:
        require(actor, Perm.ROSTER_VIEW, entity="people", entity_id=person_id)
        raise NotFound("找不到这个人")
    require(actor, Perm.ROSTER_VIEW, community_id=p.community_id, entity="people", entity_id=person_id)
    full = actor.can(Perm.ID_FULL)
    if full and p.id_number:
        audit.record(s, actor, AuditAction.VIEW, "people", p.id, "查看完整身份证号")
    h = p.household
    community = s.get(Community, p.community_id)
    moves = []
    for m in s.scalars(select(HouseholdMove).where(HouseholdMove.person_id == p.id,
                                                   HouseholdMove.deleted_at.is_(None))
                       .order_by(HouseholdMove.moved_on, HouseholdMove.created_at)):
        frm = s.get(Household, m.from_household_id) if m.from_household_id else None
        to = s.get(Household, m.to_household_id) if m.to_household_id else None
        moves.append(MoveRow(m.moved_on, frm.address if frm else "", to.address if to else ""))
    return PersonDetail(
        id=p.id, name=p.name, sex=p.sex, birth_date=p.birth_date, age=_age(p.birth_date, clock.today()),
        ethnicity=p.ethnicity, id_number=(p.id_number or "") if full else mask_id(p.id_number or ""),
        id_full=full, phone=p.phone, phone2=p.phone2, relation=p.relation, residence_type=p.residence_type,
        tags=split_tags(p.tags), notes=p.notes, household_id=p.household_id, community_id=p.community_id,
        community_name=community.name if community else "", building_id=h.building_id if h else None,
        address=h.address if h else "", deleted=p.deleted_at is not None, merged_into_id=p.merged_into_id,
        version=p.version, moves=moves)


def _editable(s: Session, actor: Actor, person_id: str) -> Person:
    p = s.get(Person, person_id)
    if p is None:
        require(actor, Perm.ROSTER_EDIT, entity="people", entity_id=person_id)
        raise NotFound("找不到这个人")
    require(actor, Perm.ROSTER_EDIT, community_id=p.community_id, entity="people", entity_id=person_id)
    return p


def delete_person(s: Session, actor: Actor, person_id: str) -> None:
    """Soft delete (undo with restore_person)."""
    p = _editable(s, actor, person_id)
    if p.deleted_at is None:
        p.deleted_at = clock.utcnow()
        s.flush()


def restore_person(s: Session, actor: Actor, person_id: str) -> None:
    p = _editable(s, actor, person_id)
    if p.merged_into_id:
        raise UserError("此人已合并到另一条记录，不能恢复")
    if p.deleted_at is not None:
        p.deleted_at = None
        s.flush()


def move_person(s: Session, actor: Actor, person_id: str, household_id: str | None, on: date,
                note: str = "") -> None:
    """Move a person to another household (None: no household); the move is kept as history."""
    p = _editable(s, actor, person_id)
    target = _household(s, household_id)
    if target is not None:
        require(actor, Perm.ROSTER_EDIT, community_id=target.community_id, entity="households",
                entity_id=target.id)
    if p.household_id == (target.id if target else None):
        raise UserError("此人已在这一户")
    s.add(HouseholdMove(person_id=p.id, from_household_id=p.household_id,
                        to_household_id=target.id if target else None, moved_on=on, note=note))
    p.household_id = target.id if target else None
    if target is not None:
        p.community_id = target.community_id
    fill_search_fields(p, target)
    s.flush()


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
             include_deleted: bool) -> list[Any]:
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
        conds.append((literal(",") + Person.tags + literal(",")).like(f"%,{tag},%"))
    today = clock.today()
    if age_min is not None:
        conds.append(Person.birth_date <= _years_before(today, age_min))
    if age_max is not None:
        conds.append(Person.birth_date > _years_before(today, age_max + 1))
    sqlite = s.get_bind().dialect.name == "sqlite"
    for i, term in enumerate(roster_search.query_terms(query)):
        if sqlite and not include_deleted and _has_key(s, term):
            conds.append(text(f"people.rowid IN ({_KEY_MATCH})").bindparams(key=term))
            continue
        if sqlite and not include_deleted:
            narrowed = _candidates(s, term, i)
            if narrowed is not None:
                conds.append(narrowed)
        conds.append(Person.search_text.like(roster_search.like_pattern(term), escape="\\"))
    return conds


_KEY_MATCH = "SELECT person FROM people_keys WHERE key = :key"
# People of the households whose address forms (desktop.roster.search.address_forms: estate+building,
# building, building+room, the full address, building+unit+单元(+room)) can contain a term made only
# of Chinese characters. Such a term lies inside one run of non-ASCII characters, so unless the room or
# unit itself has some, it is inside the estate+building, the full address or "单元"; a short scan of
# households and buildings, never of people.
_ADDRESS_CANDIDATES = (
    "SELECT p.rowid FROM people p WHERE p.household_id IN (SELECT h.id FROM households h "
    "WHERE instr(h.address, :{p}) > 0 "
    "OR h.building_id IN (SELECT b.id FROM buildings b WHERE instr(b.estate || b.name, :{p}) > 0) "
    "OR (:{p} = '单元' AND h.unit != '') "
    "OR (length(CAST(h.room || h.unit AS BLOB)) != length(h.room || h.unit) AND instr("
    "(SELECT b.name FROM buildings b WHERE b.id = h.building_id) || h.room || ' ' || "
    "(SELECT b.name FROM buildings b WHERE b.id = h.building_id) || h.unit || '单元' || h.room, :{p}) > 0))")


def _candidates(s: Session, term: str, i: int) -> Any:
    """SQLite: for a term of two or more Chinese characters that is no search key, the people whose
    search_text can contain it, without a scan of people; None when that cannot be told.

    Such a term is no part of any name (a name's parts up to three characters are all keys, so a
    longer term must start with a key of that person) and no part of any tag (every part of two or
    more characters of a tag is a key); what is left is a part of an address form, and those come
    from households and buildings, far fewer rows than people. The caller still filters by
    search_text, so the candidates only have to include every match."""
    if len(term) < 2 or not roster_search.caseless_cjk(term):
        return None
    sql = [_ADDRESS_CANDIDATES.format(p=f"addr{i}")]
    params: dict[str, Any] = {f"addr{i}": term}
    if len(term) > 3 and _has_key(s, term[:3]):
        sql.append(f"SELECT person FROM people_keys WHERE key = :head{i}")
        params[f"head{i}"] = term[:3]
    return text("people.rowid IN (%s)" % " UNION ALL ".join(sql)).bindparams(**params)


def _has_key(s: Session, term: str) -> bool:
    """Is `term` a search key of some living person? (one index probe)"""
    return s.execute(text("SELECT 1 FROM people_keys WHERE key = :key LIMIT 1"), {"key": term}).first() is not None


def _community_rowids(s: Session, actor: Actor, community_id: str | None) -> list[int] | None:
    if community_id is not None:
        ids = [community_id]
    elif actor.all_communities:
        return None
    else:
        ids = sorted(actor.community_ids)
    if not ids:
        return []
    return list(s.scalars(select(text("rowid")).select_from(Community.__table__).where(Community.id.in_(ids))))


def _fast_plan(s: Session, actor: Actor, query: str, community_id: str | None, others: dict[str, Any],
               sort: str) -> tuple[str, dict[str, Any], list[str]] | None:
    """SQLite, sorted by name, filtered only by text and community: answer from people_keys alone.

    Returns (FROM/WHERE clause over people_keys k, params, terms) or None for the general plan.
    When it finds nobody the caller checks `_all_keys` and falls back to substring search."""
    if s.get_bind().dialect.name != "sqlite" or sort != "name" or any(others.values()):
        return None
    terms = roster_search.query_terms(query)
    if not terms:
        return None
    params: dict[str, Any] = {"k0": terms[0]}
    where = ["k.key = :k0"]
    rowids = _community_rowids(s, actor, community_id)
    if rowids is not None:
        if not rowids:
            return "FROM people_keys k WHERE 0", {}, terms
        where.append("k.community IN (%s)" % ",".join(str(int(r)) for r in rowids))
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
           "JOIN people p ON p.rowid = pg.person JOIN communities c ON c.id = p.community_id "
           "LEFT JOIN households h ON h.id = p.household_id "
           f"ORDER BY pg.sort {direction}, pg.person {direction}")
    out = []
    for r in s.execute(text(sql), params).all():
        born = r[3]
        if isinstance(born, str):                  # raw SQLite text: the Date type was not applied
            born = date.fromisoformat(born)
        out.append(_row((*r[:3], born, *r[4:])))
    return out


def _row(r: Sequence[Any]) -> PersonRow:
    return PersonRow(id=r[0], name=r[1], sex=r[2], age=_age(r[3], clock.today()), birth_date=r[3],
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
        raise UserError(f"不能按“{sort}”排序")
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
    conds = _filters(s, actor, query, community_id, building_id, household_id, tags, age_min, age_max,
                     include_deleted)
    order = (_ORDER_DESC if descending else _ORDER)[sort]
    nulls = (Person.birth_date.is_(None),) if sort in ("age", "birth_date") else ()
    stmt: Select[Any] = (
        select(Person.id, Person.name, Person.sex, Person.birth_date, Person.id_number, Person.phone,
               Person.tags, Person.household_id, Person.deleted_at, Household.address, Community.name)
        .join(Community, Community.id == Person.community_id)
        .outerjoin(Household, Household.id == Person.household_id)
        .where(and_(*conds))
        .order_by(*nulls, *order, Person.id.desc() if descending else Person.id)
        .offset(max(0, offset)).limit(limit))
    return [_row(r) for r in s.execute(stmt)]


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


from desktop.roster.records import (  # noqa: E402,F401 — part of this module's API
    DuplicatePair, HistoryRow, merge_people, person_history, possible_duplicates,
)
