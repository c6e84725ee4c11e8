"""Roster service: people — validate, save, read, delete/restore, move.

Households, buildings and the tree are in `places`; search in `people_search`; the tag list in
`tags`; history, duplicates and merging in `records`; all are re-exported here so callers import
one module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.vocabulary import RESIDENCE_TYPES, SEX_CODES
from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.conflicts import check_version
from desktop.core.dates import age_if_born
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.idcard import IdCardError, area_warning, mask_id, normalize_id, parse_id
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.pinyin import ReadingError, parse_reading, reading_text
from desktop.core.plain_text import clean_text
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.search import join_tags, split_tags  # noqa: F401 — part of this module's API
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Household, HouseholdMove, Person
from desktop.roster.places import (  # noqa: F401 — part of this module's API
    BuildingNode, CommunityNode, HouseholdNode, ensure_building, ensure_household, roster_tree,
    tree_counts,
)
from desktop.roster.address import AddressError, parse_address  # noqa: F401
from desktop.roster.people_search import (  # noqa: F401 — part of this module's API
    MAX_LIMIT, SORT_KEYS, PersonRow, count_people, search_people,
)
from desktop.roster.records import (  # noqa: F401 — part of this module's API
    DuplicatePair, HistoryRow, person_history, possible_duplicates,
)
from desktop.roster.merge import MergeResult, merge_people, preview_merge, undo_merge  # noqa: F401 — API
from desktop.roster.search_fields import fill_search_fields
from desktop.roster.tags import TagRow, known_tags, list_tags, save_tag, watch_tags  # noqa: F401 — API



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
    reading: str = ""                 # the name's reading when the computed one is wrong ("shan tian fang")
    birth_date_partial: bool = False  # only year and month known: birth_date is the 1st of the month


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
    reading: str = ""                 # the reading the name sorts by ("zhang chao yang")
    reading_override: str = ""        # what a person set, "" when computed
    birth_date_partial: bool = False
    warnings: list[str] = field(default_factory=list)   # to check, not errors (e.g. an unknown area code)


@dataclass
class MoveRow:
    moved_on: date
    from_address: str
    to_address: str


# --- validation ------------------------------------------------------------------------------

def _clean(inp: PersonInput, today: date | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    errors: dict[str, str] = {}
    v: dict[str, Any] = {}
    name = clean_text(inp.name or "").strip()       # search keys are made from the stored name
    if not name:
        errors["name"] = "请填写姓名"
    elif len(name) > 64:
        errors["name"] = "姓名太长（最多64个字）"
    v["name"] = name
    v["name_pinyin_override"] = ""
    if name and (inp.reading or "").strip():
        try:
            v["name_pinyin_override"] = " ".join(parse_reading(name, inp.reading))
        except ReadingError as exc:
            errors["reading"] = str(exc)
    sex = SEX_CODES.get((inp.sex or "").strip().upper() if (inp.sex or "").isascii() else (inp.sex or "").strip())
    if sex is None:
        errors["sex"] = "性别应为男或女"
        sex = ""
    v["sex"] = sex
    v["birth_date"] = inp.birth_date
    v["birth_date_partial"] = bool(inp.birth_date_partial and inp.birth_date is not None)
    if v["birth_date_partial"]:
        v["birth_date"] = inp.birth_date.replace(day=1)    # type: ignore[union-attr]
    v["id_number"] = None
    if (inp.id_number or "").strip():
        try:
            info = parse_id(inp.id_number, today=today)
        except IdCardError as exc:
            errors["id_number"] = str(exc)
        else:
            v["id_number"] = info.number
            if inp.birth_date is None or (v["birth_date_partial"] and (inp.birth_date.year, inp.birth_date.month)
                                          == (info.birth_date.year, info.birth_date.month)):
                v["birth_date"], v["birth_date_partial"] = info.birth_date, False
            elif inp.birth_date != info.birth_date:
                errors["birth_date"] = msg("出生日期与身份证号不符（身份证为{birth_date}）",
                                           birth_date=info.birth_date.isoformat())
            if not sex:
                v["sex"] = info.sex
            elif sex != info.sex:
                errors["sex"] = msg("性别与身份证号不符（身份证为{sex}）", sex='男' if info.sex == 'M' else '女')
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
    v["ethnicity"] = clean_text(inp.ethnicity or "").strip()[:16]
    v["relation"] = clean_text(inp.relation or "").strip()[:16]
    v["notes"] = clean_text(inp.notes or "", multiline=True)
    bad = [t for t in inp.tags if "," in (t or "")]
    if bad:
        errors["tags"] = "标签中不能有逗号"
    v["tags"] = join_tags([clean_text(t or "") for t in inp.tags])
    if len(v["tags"]) > 200:
        errors["tags"] = "标签太多"
    return v, errors


def person_warnings(id_number: str) -> list[str]:
    """What to check about a person's facts that is no error (an ID number's unknown area code)."""
    try:
        number = normalize_id(id_number) if (id_number or "").strip() else ""
    except IdCardError:
        return []
    warning = area_warning(number) if number else None
    return [warning] if warning else []


def name_reading(name: str, reading: str = "") -> str:
    """The reading a name sorts by, syllables apart ("zhang chao yang"); `reading` is the person's own
    (ignored when it does not fit the name)."""
    return reading_text((name or "").strip(), reading)


def validate_person(inp: PersonInput) -> dict[str, str]:
    """Field → Chinese message for everything wrong with `inp` (empty when it is fine)."""
    return _clean(inp)[1]


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


def save_person(s: Session, actor: Actor, inp: PersonInput, person_id: str | None = None, *,
                expected_version: int | None = None) -> str:
    """Create (person_id None) or update a person; returns the id. Raises ValidationError.

    An editor passes the `version` it loaded: a person changed meanwhile at another desk raises
    ConflictError instead of the older form overwriting the newer values."""
    household = _household(s, inp.household_id)
    community_id = household.community_id if household else inp.community_id
    existing = None
    if person_id:
        existing = s.get(Person, person_id)
        if existing is None:
            raise NotFound("找不到这个人")
        require(actor, Perm.ROSTER_EDIT, community_id=existing.community_id, entity="people",
                entity_id=person_id)
        check_version(existing, expected_version, "此人的信息")
        community_id = community_id or existing.community_id
    if not community_id:
        raise ValidationError({"community_id": "请选择社区或住户"})
    require(actor, Perm.ROSTER_EDIT, community_id=community_id, entity="people", entity_id=person_id)
    if household and inp.community_id and inp.community_id != household.community_id:
        raise ValidationError({"household_id": "住户不在所选社区"})
    values, errors = _clean(inp)
    unknown = [t for t in split_tags(values["tags"]) if t not in set(known_tags(s))]
    if unknown:
        errors["tags"] = msg("未知标签：{unknown}（请先在标签设置中添加）", unknown='、'.join(unknown))
    if values["id_number"]:
        other = s.scalar(select(Person).where(Person.id_number == values["id_number"]))
        if other is not None and other.id != person_id:
            state = "（已删除，可在回收站恢复）" if other.deleted_at else ""
            errors["id_number"] = msg("该身份证号已登记为{name}{state}", name=other.name, state=state)
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
        id=p.id, name=p.name, sex=p.sex, birth_date=p.birth_date, age=age_if_born(p.birth_date, clock.today()),
        ethnicity=p.ethnicity, id_number=(p.id_number or "") if full else mask_id(p.id_number or ""),
        id_full=full, phone=p.phone, phone2=p.phone2, relation=p.relation, residence_type=p.residence_type,
        tags=split_tags(p.tags), notes=p.notes, household_id=p.household_id, community_id=p.community_id,
        community_name=community.name if community else "", building_id=h.building_id if h else None,
        address=h.address if h else "", deleted=p.deleted_at is not None, merged_into_id=p.merged_into_id,
        version=p.version, moves=moves, reading=reading_text(p.name, p.name_pinyin_override or ""),
        reading_override=p.name_pinyin_override or "", birth_date_partial=p.birth_date_partial,
        warnings=person_warnings(p.id_number or "") if full else [])


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
