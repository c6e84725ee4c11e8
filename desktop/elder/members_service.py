"""Members of the elder centre: registration with the eligibility rules (member_rules), member numbers,
status with dated transitions, validity and renewal, health notes (permission + audit), the member's
details with their emergency contacts (member_contacts) and whether they have a photo (member_photos)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import today as local_today
from desktop.core.conflicts import check_version
from desktop.core.dates import age_on
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.like import like_contains, like_ends, like_starts
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.pinyin import name_pinyin
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.member_numbers import member_numbers
from desktop.elder.member_contacts import ContactInput, contacts_of, write_contacts
from desktop.elder.member_photos import drop_photos
from desktop.elder.member_rules import eligibility_problems, get_rules, int_rule
from desktop.elder.scope import live_member, member_filter
from desktop.elder.models import (
    ACTIVE, CATEGORIES, STATUSES, SUSPENDED, ElderHealth, ElderMember,
    ElderMemberPhoto, ElderRenewal, ElderStatusChange,
)
from desktop.core.communities import Community
from desktop.core.messages import Clauses, msg
from desktop.roster.models import Household, Person

HEALTH_MASK = "（无权查看）"

# Allowed status transitions: from → to.
_TRANSITIONS: dict[str, set[str]] = {
    "在册": {"暂停", "退会", "去世"},
    "暂停": {"在册", "退会", "去世"},
    "退会": {"在册", "去世"},
    "去世": set(),
}


# --- data shapes ----------------------------------------------------------------------------

@dataclass
class MemberInput:
    person_id: str
    join_date: date | None = None
    category: str = "普通"
    valid_until: date | None = None
    recheck_date: date | None = None
    lunar_birthday: bool = False
    photo_consent: bool = False
    eligibility_exception: str = ""        # reason to register someone outside the rules
    notes: str = ""
    contacts: Sequence[ContactInput] = ()
    allergies: str = ""
    chronic: str = ""
    health_notes: str = ""
    member_no: str = ""                    # empty: the next free number


@dataclass
class MemberRow:
    id: str
    member_no: str
    name: str
    sex: str
    age: int | None
    phone: str
    category: str
    status: str
    join_date: date
    valid_until: date | None
    community_name: str
    address: str
    flags: list[str] = field(default_factory=list)


@dataclass
class StatusRow:
    status: str
    changed_on: date
    reason: str


@dataclass
class MemberDetail:
    id: str
    person_id: str
    member_no: str
    name: str
    sex: str
    birth_date: date | None
    age: int | None
    phone: str
    address: str
    community_id: str
    category: str
    status: str
    status_since: date
    join_date: date
    valid_until: date | None
    recheck_date: date | None
    lunar_birthday: bool
    photo_consent: bool
    eligibility_exception: str
    notes: str
    contacts: list[ContactInput]
    history: list[StatusRow]
    health_visible: bool
    allergies: str
    chronic: str
    health_notes: str
    flags: list[str]
    has_photo: bool = False
    version: int = 0                       # hand back to update_member / save_health: a stale save is refused
    health_version: int = 0                # 0: no health row when loaded


def member_flags(status: str, valid_until: date | None, recheck_date: date | None, on: date) -> list[str]:
    """What the desk must be told about a member on `on`."""
    flags: list[str] = []
    if status != ACTIVE:
        flags.append(status)
    if valid_until is not None and valid_until < on:
        flags.append("已过期")
    if recheck_date is not None and recheck_date < on:
        flags.append("待复核")
    return flags


def _norm_phone(raw: str) -> str:
    if not raw:
        return ""
    try:
        return normalize_phone(raw)
    except PhoneError:
        return raw.strip()


def phone_digits_tail(phone: str) -> str:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-4:] if len(digits) >= 4 else ""


def sync_from_person(member: ElderMember, person: Person) -> None:
    """Refresh the desk's lookup copies from the roster person."""
    member.name = person.name
    member.initials = person.name_initials or name_pinyin(person.name)[1]
    member.phone = person.phone or ""
    member.phone_tail = phone_digits_tail(member.phone)
    member.community_id = person.community_id


def next_member_no(s: Session, prefix: str | None = None) -> str:
    prefix = prefix or get_rules(s).get("member_prefix", "QC")
    numbers = s.scalars(select(ElderMember.member_no).where(like_starts(ElderMember.member_no, prefix)))
    top = 0
    for no in numbers:
        tail = no[len(prefix):]
        if tail.isdigit():
            top = max(top, int(tail))
    return f"{prefix}{top + 1:06d}"


def _add_years(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, 28)


# --- writes ---------------------------------------------------------------------------------

def register_member(s: Session, actor: Actor, inp: MemberInput, *, on: date | None = None) -> str:
    """Register a roster person as a member; the eligibility rules are checked first."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    on = on or local_today()
    person = s.get(Person, inp.person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound("花名册里没有这个人")
    require(actor, Perm.ELDER_MANAGE, community_id=person.community_id, entity="elder_members")
    errors: dict[str, str] = {}
    if inp.category not in CATEGORIES:
        errors["category"] = msg("类别须为：{categories}", categories='、'.join(CATEGORIES))
    if s.scalar(select(ElderMember.id).where(ElderMember.person_id == person.id)):
        errors["person_id"] = msg("{name} 已经是中心会员", name=person.name)
    rules = get_rules(s)
    problems = eligibility_problems(s, person, inp.join_date or on, rules)
    if problems and not inp.eligibility_exception.strip():
        errors["eligibility"] = msg("不符合入会条件：{problems}（如确需登记，请填写例外原因）", problems=Clauses(problems))
    member_no = inp.member_no.strip().upper()
    if member_no and s.scalar(select(ElderMember.id).where(ElderMember.member_no == member_no)):
        errors["member_no"] = msg("会员号 {member_no} 已被使用", member_no=member_no)
    if errors:
        raise ValidationError(errors)
    join = inp.join_date or on
    m = ElderMember(
        person_id=person.id, member_no=member_no or next_member_no(s, rules.get("member_prefix")),
        join_date=join, status=ACTIVE, status_since=join, valid_until=inp.valid_until,
        recheck_date=inp.recheck_date or _add_years(join, int_rule(rules, "recheck_months", 12)),
        category=inp.category, lunar_birthday=inp.lunar_birthday, photo_consent=inp.photo_consent,
        eligibility_exception=inp.eligibility_exception.strip() if problems else "", notes=inp.notes,
        name=person.name, community_id=person.community_id)
    sync_from_person(m, person)
    s.add(m)
    s.flush()
    s.add(ElderStatusChange(member_id=m.id, status=ACTIVE, changed_on=join, reason="入会"))
    write_contacts(s, m.id, inp.contacts)
    if inp.allergies or inp.chronic or inp.health_notes:
        s.add(ElderHealth(member_id=m.id, allergies=inp.allergies, chronic=inp.chronic, notes=inp.health_notes))
    s.flush()
    return m.id


def update_member(s: Session, actor: Actor, member_id: str, *, category: str | None = None,
                  lunar_birthday: bool | None = None, photo_consent: bool | None = None,
                  notes: str | None = None, contacts: Sequence[ContactInput] | None = None,
                  expected_version: int | None = None) -> None:
    """Change the member's own facts. `expected_version` (the dialog's MemberDetail.version): a member
    changed at another desk since then raises ConflictError."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members", entity_id=member_id)
    m = live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    check_version(m, expected_version, msg("会员 {name} 的资料", name=m.name))
    if category is not None:
        if category not in CATEGORIES:
            raise ValidationError({"category": msg("类别须为：{categories}", categories='、'.join(CATEGORIES))})
        m.category = category
    if lunar_birthday is not None:
        m.lunar_birthday = lunar_birthday
    if photo_consent is not None:
        if not photo_consent and m.photo_consent:
            drop_photos(s, m.id)             # consent withdrawn: the photo goes with it
        m.photo_consent = photo_consent
    if notes is not None:
        m.notes = notes
    if contacts is not None:
        write_contacts(s, m.id, contacts, strict=True)
    person = s.get(Person, m.person_id)
    if person is not None:
        sync_from_person(m, person)
    s.flush()


def save_health(s: Session, actor: Actor, member_id: str, *, allergies: str, chronic: str, notes: str = "",
                expected_version: int | None = None) -> None:
    require(actor, Perm.HEALTH_VIEW, entity="elder_health", entity_id=member_id)
    m = live_member(s, member_id, actor, Perm.HEALTH_VIEW)
    row = s.scalar(select(ElderHealth).where(ElderHealth.member_id == member_id))
    check_version(row, expected_version, msg("{name} 的健康信息", name=m.name))
    if row is None:
        s.add(ElderHealth(member_id=member_id, allergies=allergies, chronic=chronic, notes=notes))
    else:
        row.allergies, row.chronic, row.notes = allergies, chronic, notes
    s.flush()


def change_status(s: Session, actor: Actor, member_id: str, status: str, on: date, reason: str = "") -> None:
    """在册 / 暂停 / 退会 / 去世, each change dated and kept."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members", entity_id=member_id)
    m = live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    if status not in STATUSES:
        raise ValidationError({"status": msg("状态须为：{statuses}", statuses='、'.join(STATUSES))})
    if status == m.status:
        raise UserError(msg("{name} 已经是{status}状态", name=m.name, status=status))
    if status not in _TRANSITIONS[m.status]:
        raise UserError(msg("{name} 的状态是{status}，不能改为{status2}",
                            name=m.name, status=m.status, status2=status))
    if on < m.status_since:
        raise ValidationError({"on": msg("日期不能早于上次状态变更（{status_since}）",
                                         status_since=m.status_since.isoformat())})
    m.status, m.status_since = status, on
    s.add(ElderStatusChange(member_id=m.id, status=status, changed_on=on, reason=reason.strip()))
    s.flush()


def renew(s: Session, actor: Actor, member_id: str, valid_until: date, *, on: date | None = None,
          eligibility_checked: bool = True) -> None:
    """Extend the validity period; a checked eligibility moves the next re-check date on."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members", entity_id=member_id)
    on = on or local_today()
    m = live_member(s, member_id, actor, Perm.ELDER_MANAGE)
    if valid_until <= on:
        raise ValidationError({"valid_until": "有效期须晚于今天"})
    if m.status == "去世":
        raise UserError(msg("{name} 已去世，不能续期", name=m.name))
    m.valid_until = valid_until
    if eligibility_checked:
        m.recheck_date = _add_years(on, int_rule(get_rules(s), "recheck_months", 12))
    if m.status == SUSPENDED:
        m.status, m.status_since = ACTIVE, on
        s.add(ElderStatusChange(member_id=m.id, status=ACTIVE, changed_on=on, reason="续期恢复"))
    s.add(ElderRenewal(member_id=m.id, renewed_on=on, valid_until=valid_until,
                       eligibility_checked=eligibility_checked))
    s.flush()


def recheck_due(s: Session, actor: Actor, on: date | None = None, within_days: int = 30) -> list[MemberRow]:
    """Members whose yearly subsidy re-check is due within `within_days`."""
    require(actor, Perm.ELDER_VIEW, entity="elder_members")
    on = on or local_today()
    q = _row_query().where(member_filter(actor), ElderMember.status == ACTIVE,
                           ElderMember.recheck_date <= on + timedelta(days=within_days)) \
        .order_by(ElderMember.recheck_date)
    return [_row(r, on) for r in s.execute(q)]


# --- reads ----------------------------------------------------------------------------------

def _row_query() -> Select[ElderMember, str, date | None, str, str]:
    return (select(ElderMember, Person.sex, Person.birth_date, Community.name, Household.address)
            .join(Person, Person.id == ElderMember.person_id)
            .join(Community, Community.id == ElderMember.community_id)
            .outerjoin(Household, Household.id == Person.household_id)
            .where(ElderMember.deleted_at.is_(None)))


def _row(r: Row[ElderMember, str, date | None, str, str], on: date) -> MemberRow:
    m, sex, birth, cname, address = r
    return MemberRow(id=m.id, member_no=m.member_no, name=m.name, sex=sex,
                     age=age_on(birth, on) if birth else None, phone=m.phone, category=m.category,
                     status=m.status, join_date=m.join_date, valid_until=m.valid_until,
                     community_name=cname, address=address or "",
                     flags=member_flags(m.status, m.valid_until, m.recheck_date, on))


_Q = TypeVar("_Q", bound="Select[*tuple[Any, ...]]")


def _filtered(q: _Q, query: str, status: str | None, category: str | None) -> _Q:
    text = (query or "").strip()
    if text:
        low = text.lower()
        conds = [ElderMember.member_no.in_(member_numbers(text) or (text.upper(),)), like_contains(ElderMember.name, text),
                 like_starts(ElderMember.initials, low)]
        if text.isdigit() and len(text) >= 4:
            conds.append(like_ends(ElderMember.phone, text))
        q = q.where(or_(*conds))
    if status:
        q = q.where(ElderMember.status == status)
    if category:
        q = q.where(ElderMember.category == category)
    return q


def search_members(s: Session, actor: Actor, query: str = "", *, status: str | None = None,
                   category: str | None = None, on: date | None = None, offset: int = 0,
                   limit: int = 200) -> list[MemberRow]:
    require(actor, Perm.ELDER_VIEW, entity="elder_members")
    on = on or local_today()
    q = _filtered(_row_query().where(member_filter(actor)), query, status, category).order_by(ElderMember.member_no)
    return [_row(r, on) for r in s.execute(q.offset(offset).limit(limit))]


def count_members(s: Session, actor: Actor, query: str = "", *, status: str | None = None,
                  category: str | None = None) -> int:
    require(actor, Perm.ELDER_VIEW, entity="elder_members")
    q = _filtered(select(func.count(ElderMember.id)).where(ElderMember.deleted_at.is_(None), member_filter(actor)),
                  query, status, category)
    return int(s.scalar(q) or 0)


def get_member(s: Session, actor: Actor, member_id: str, *, on: date | None = None) -> MemberDetail:
    """A member in full. Health notes only for elder.health holders, and that read is audited."""
    require(actor, Perm.ELDER_VIEW, entity="elder_members", entity_id=member_id)
    on = on or local_today()
    m = live_member(s, member_id, actor, Perm.ELDER_VIEW)
    person = s.get(Person, m.person_id)
    household = s.get(Household, person.household_id) if person and person.household_id else None
    contacts = contacts_of(s, m.id)
    history = [StatusRow(h.status, h.changed_on, h.reason) for h in s.scalars(
        select(ElderStatusChange).where(ElderStatusChange.member_id == m.id)
        .order_by(ElderStatusChange.changed_on, ElderStatusChange.created_at))]
    visible = actor.can(Perm.HEALTH_VIEW)
    allergies = chronic = notes = HEALTH_MASK
    health_version = 0
    if visible:
        h = s.scalar(select(ElderHealth).where(ElderHealth.member_id == m.id))
        allergies, chronic, notes = (h.allergies, h.chronic, h.notes) if h else ("", "", "")
        health_version = h.version if h else 0
        audit.record(s, actor, AuditAction.VIEW, "elder_health", m.id, f"健康信息：{m.member_no} {m.name}")
    birth = person.birth_date if person else None
    return MemberDetail(
        id=m.id, person_id=m.person_id, member_no=m.member_no, name=m.name, sex=person.sex if person else "",
        birth_date=birth, age=age_on(birth, on) if birth else None, phone=m.phone,
        address=household.address if household else "", community_id=m.community_id, category=m.category,
        status=m.status, status_since=m.status_since, join_date=m.join_date, valid_until=m.valid_until,
        recheck_date=m.recheck_date, lunar_birthday=m.lunar_birthday, photo_consent=m.photo_consent,
        eligibility_exception=m.eligibility_exception, notes=m.notes, contacts=contacts, history=history,
        health_visible=visible, allergies=allergies, chronic=chronic, health_notes=notes,
        flags=member_flags(m.status, m.valid_until, m.recheck_date, on),
        has_photo=m.photo_consent and s.scalar(select(ElderMemberPhoto.id).where(
            ElderMemberPhoto.member_id == m.id, ElderMemberPhoto.deleted_at.is_(None)).limit(1)) is not None,
        version=m.version, health_version=health_version)
