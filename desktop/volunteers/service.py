"""Volunteer organisations and volunteers: who keeps whose record, the basic information of §19.

Every public function takes `(session, actor, ...)`, checks the volunteer permission in the organisation's
community first (a street-wide organisation, such as the anti-drug volunteer team, has none), flushes only
and returns plain rows. ID numbers are masked; in full only on request, for roles with roster.id_full.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desktop.activities.models import ActivityHelper
from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.idcard import IdCardError, mask_id, normalize_id
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.duty.models import DutyMember, DutyTeam
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Person
from desktop.volunteers.models import ID_TYPES, REGISTRIES, Volunteer, VolunteerOrg

MAX_TEXT = 200


@dataclass(frozen=True)
class OrgRow:
    id: str
    name: str
    community_id: str | None
    duty_team_id: str | None
    responsible: str
    contact: str
    address: str
    volunteers: int


@dataclass(frozen=True)
class VolunteerRow:
    id: str
    org_id: str
    org_name: str
    person_id: str | None
    name: str
    sex: str
    birth_date: date | None
    id_type: str
    id_shown: str               # masked unless the role may see it in full
    phone: str
    volunteer_no: str
    platform: str
    registered_on: date | None
    joined_on: date | None
    skills: str
    active: bool
    notes: str


@dataclass
class VolunteerInput:
    org_id: str
    person_id: str | None = None
    name: str = ""              # standalone volunteers (roster people bring theirs)
    sex: str = ""
    birth_date: date | None = None
    id_type: str = "居民身份证"
    id_number: str = ""         # another document, or the ID of a standalone volunteer
    phone: str = ""
    volunteer_no: str = ""
    platform: str = ""
    registered_on: date | None = None
    joined_on: date | None = None
    skills: str = ""
    active: bool = True
    notes: str = ""
    duty_member_id: str | None = None


# --- access ----------------------------------------------------------------------------------------

def org(s: Session, actor: Actor, org_id: str, perm: Perm) -> VolunteerOrg:
    row = s.get(VolunteerOrg, org_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="volunteer_orgs", entity_id=org_id)
        raise NotFound("找不到这个志愿服务组织")
    require(actor, perm, community_id=row.community_id, entity="volunteer_orgs", entity_id=org_id)
    return row


def volunteer(s: Session, actor: Actor, volunteer_id: str, perm: Perm) -> tuple[VolunteerOrg, Volunteer]:
    row = s.get(Volunteer, volunteer_id)
    if row is None or row.deleted_at is not None:
        require(actor, perm, entity="volunteers", entity_id=volunteer_id)
        raise NotFound("找不到这位志愿者")
    return org(s, actor, row.org_id, perm), row


def visible(actor: Actor) -> ColumnElement[bool]:
    """A where-clause on VolunteerOrg: the organisations the actor may see."""
    if actor.all_communities:
        return VolunteerOrg.deleted_at.is_(None)
    return VolunteerOrg.deleted_at.is_(None) & or_(VolunteerOrg.community_id.is_(None),
                                                    VolunteerOrg.community_id.in_(sorted(actor.community_ids)))


def id_number_of(s: Session, v: Volunteer) -> str:
    """The number of the volunteer's document: their own, or the roster's ID card number."""
    if v.id_number:
        return v.id_number
    if v.person_id and v.id_type == "居民身份证":
        p = s.get(Person, v.person_id)
        return (p.id_number or "") if p else ""
    return ""


def shown_id(actor: Actor, number: str, full: bool = False) -> str:
    """Masked (441802********1234); in full only when asked for and the role may (roster.id_full)."""
    if full:
        require(actor, Perm.ID_FULL, entity="volunteers")
        return number
    return mask_id(number)


# --- organisations ---------------------------------------------------------------------------------

def _org_row(s: Session, o: VolunteerOrg) -> OrgRow:
    n = len(s.scalars(select(Volunteer.id).where(Volunteer.org_id == o.id, Volunteer.deleted_at.is_(None))).all())
    return OrgRow(o.id, o.name, o.community_id, o.duty_team_id, o.responsible, o.contact, o.address, n)


def list_orgs(s: Session, actor: Actor) -> list[OrgRow]:
    require(actor, Perm.VOLUNTEER_VIEW, entity="volunteer_orgs")
    return [_org_row(s, o) for o in s.scalars(select(VolunteerOrg).where(visible(actor)).order_by(VolunteerOrg.name))]


def get_org(s: Session, actor: Actor, org_id: str) -> OrgRow:
    return _org_row(s, org(s, actor, org_id, Perm.VOLUNTEER_VIEW))


def save_org(s: Session, actor: Actor, name: str, *, community_id: str | None, responsible: str = "",
             contact: str = "", address: str = "", duty_team_id: str | None = None, org_id: str | None = None) -> str:
    require(actor, Perm.VOLUNTEER_MANAGE, community_id=community_id, entity="volunteer_orgs", entity_id=org_id)
    name, responsible, contact = name.strip(), responsible.strip(), contact.strip()
    errors = {}
    if not name or len(name) > 100:
        errors["name"] = "组织名称不能为空，最多 100 字"
    clash = s.scalar(select(VolunteerOrg.id).where(VolunteerOrg.name == name, VolunteerOrg.id != (org_id or "")))
    if clash:
        errors["name"] = msg("已有名为「{name}」的志愿服务组织", name=name)
    if len(responsible) > 64 or len(contact) > 40 or len(address) > MAX_TEXT:
        errors["responsible"] = "负责人、联系电话或地址太长"
    if errors:
        raise ValidationError(errors)
    o = org(s, actor, org_id, Perm.VOLUNTEER_MANAGE) if org_id else VolunteerOrg(name=name)
    o.name, o.community_id, o.responsible, o.contact, o.address = name, community_id, responsible, contact, address
    if duty_team_id is not None:
        o.duty_team_id = duty_team_id
    s.add(o)
    s.flush()
    return o.id


def org_for_team(s: Session, actor: Actor, team_id: str) -> str:
    """The organisation of a duty team, made the first time (its captain answers for it, the community's
    phone is its contact, both can be changed)."""
    existing = s.scalar(select(VolunteerOrg.id).where(VolunteerOrg.duty_team_id == team_id))
    if existing:
        return org(s, actor, existing, Perm.VOLUNTEER_VIEW).id
    team = s.get(DutyTeam, team_id)
    if team is None:
        raise NotFound("找不到这个志愿服务队")
    c = s.get(Community, team.community_id)
    captain = s.scalars(select(DutyMember).where(DutyMember.team_id == team_id, DutyMember.is_captain,
                                                 DutyMember.deleted_at.is_(None))).first()
    name = f"{c.street}{c.name}{team.name}" if c else team.name
    return save_org(s, actor, name[:100], community_id=team.community_id, responsible=captain.name if captain else "",
                    contact=(c.phone if c and c.phone else (captain.phone if captain else "")), duty_team_id=team_id)


# --- volunteers ------------------------------------------------------------------------------------

def _row(s: Session, actor: Actor, v: Volunteer, org_name: str, full_id: bool = False,
         number: str | None = None) -> VolunteerRow:
    number = id_number_of(s, v) if number is None else number
    return VolunteerRow(v.id, v.org_id, org_name, v.person_id, v.name, v.sex, v.birth_date, v.id_type,
                        shown_id(actor, number, full_id), v.phone, v.volunteer_no, v.platform, v.registered_on,
                        v.joined_on, v.skills, v.active, v.notes)


def list_volunteers(s: Session, actor: Actor, *, org_id: str | None = None, query: str = "",
                    include_inactive: bool = True, limit: int = 500) -> list[VolunteerRow]:
    """Volunteers of the organisations the user may see, by name, phone or volunteer number."""
    require(actor, Perm.VOLUNTEER_VIEW, entity="volunteers")
    q = (select(Volunteer, VolunteerOrg.name, Person.id_number)
         .join(VolunteerOrg, VolunteerOrg.id == Volunteer.org_id)
         .outerjoin(Person, Person.id == Volunteer.person_id)
         .where(visible(actor), Volunteer.deleted_at.is_(None)))
    if org_id:
        org(s, actor, org_id, Perm.VOLUNTEER_VIEW)
        q = q.where(Volunteer.org_id == org_id)
    text = query.strip()[:40]
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        q = q.where(or_(
            Volunteer.name.like(like), Volunteer.phone.like(like), Volunteer.volunteer_no.like(like),
            Person.name_pinyin.like(like.lower()), Person.name_initials.like(like.lower())))
    if not include_inactive:
        q = q.where(Volunteer.active)
    rows = s.execute(q.order_by(VolunteerOrg.name, func.coalesce(Person.name_pinyin, Volunteer.name), Volunteer.name)
                     .limit(limit)).all()
    return [_row(s, actor, v, name, number=v.id_number or (roster_id or "" if v.id_type == "居民身份证" else ""))
            for v, name, roster_id in rows]


def get_volunteer(s: Session, actor: Actor, volunteer_id: str, *, full_id: bool = False) -> VolunteerRow:
    o, v = volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_VIEW)
    return _row(s, actor, v, o.name, full_id)


def _clean(s: Session, inp: VolunteerInput) -> dict[str, object]:
    errors: dict[str, str] = {}
    out: dict[str, object] = {}
    person = s.get(Person, inp.person_id) if inp.person_id else None
    if inp.person_id and (person is None or person.deleted_at is not None):
        errors["person_id"] = "花名册里没有这个人"
    name = (person.name if person else inp.name).strip()
    if not name or len(name) > 64:
        errors["name"] = "姓名不能为空，最多 64 字"
    if inp.id_type not in ID_TYPES:
        errors["id_type"] = msg("证件类型须为：{id_types}", id_types="、".join(ID_TYPES))
    number = inp.id_number.strip()
    if number and inp.id_type == "居民身份证":
        try:
            number = normalize_id(number)
        except IdCardError as exc:
            errors["id_number"] = str(exc)
    elif len(number) > 32:
        errors["id_number"] = "证件号码太长"
    phone = inp.phone.strip() or (person.phone if person else "")
    if phone:
        try:
            phone = normalize_phone(phone)
        except PhoneError as exc:
            errors["phone"] = str(exc)
    if inp.platform and inp.platform not in REGISTRIES:
        errors["platform"] = msg("注册平台须为：{platforms}", platforms="、".join(REGISTRIES))
    if len(inp.volunteer_no.strip()) > 32 or len(inp.skills) > MAX_TEXT or len(inp.notes) > 2000:
        errors["volunteer_no"] = "志愿者编号、技能或备注太长"
    if errors:
        raise ValidationError(errors)
    out.update(name=name, sex=person.sex if person else inp.sex, birth_date=person.birth_date if person else
               inp.birth_date, id_type=inp.id_type, phone=phone, volunteer_no=inp.volunteer_no.strip(),
               platform=inp.platform, registered_on=inp.registered_on, joined_on=inp.joined_on,
               skills=inp.skills.strip(), active=inp.active, notes=inp.notes.strip(), person_id=inp.person_id,
               duty_member_id=inp.duty_member_id)
    # A roster person's ID card number stays in the roster; only another document is kept here.
    out["id_number"] = None if (person is not None and inp.id_type == "居民身份证") else (number or None)
    return out


def save_volunteer(s: Session, actor: Actor, inp: VolunteerInput, volunteer_id: str | None = None) -> str:
    o = org(s, actor, inp.org_id, Perm.VOLUNTEER_MANAGE)
    values = _clean(s, inp)
    if inp.person_id:
        other = s.scalars(select(Volunteer).where(Volunteer.person_id == inp.person_id,
                                                  Volunteer.id != (volunteer_id or ""))).first()
        if other is not None:
            where = s.get(VolunteerOrg, other.org_id)
            place = where.name if where else ""
            raise UserError(msg("{name} 已有志愿者档案（{where}），已删除，请先恢复", name=values["name"], where=place)
                            if other.deleted_at is not None
                            else msg("{name} 已有志愿者档案（{where}）", name=values["name"], where=place))
    if volunteer_id:
        _, v = volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_MANAGE)
        if v.org_id != o.id:
            org(s, actor, v.org_id, Perm.VOLUNTEER_MANAGE)       # moving it: both organisations
    else:
        v = Volunteer(org_id=o.id, name=str(values["name"]))
        s.add(v)
    v.org_id = o.id
    for key, value in values.items():
        if getattr(v, key) != value:
            setattr(v, key, value)
    s.flush()
    return v.id


def volunteer_of_person(s: Session, person_id: str) -> Volunteer | None:
    return s.scalars(select(Volunteer).where(Volunteer.person_id == person_id, Volunteer.deleted_at.is_(None))).first()


def ensure_for_person(s: Session, actor: Actor, person_id: str, org_id: str) -> str:
    """The person's record, opened in `org_id` the first time (a helper at an activity, a team member)."""
    existing = volunteer_of_person(s, person_id)
    if existing is not None:
        return volunteer(s, actor, existing.id, Perm.VOLUNTEER_VIEW)[1].id
    return save_volunteer(s, actor, VolunteerInput(org_id=org_id, person_id=person_id))


def ensure_for_member(s: Session, actor: Actor, member_id: str) -> str:
    """The record of a duty team member (a roster person, or an outsider kept by the member row)."""
    m = s.get(DutyMember, member_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("找不到这位队员")
    org_id = org_for_team(s, actor, m.team_id)
    if m.person_id:
        return ensure_for_person(s, actor, m.person_id, org_id)
    existing = s.scalars(select(Volunteer).where(Volunteer.duty_member_id == m.id,
                                                 Volunteer.deleted_at.is_(None))).first()
    if existing is not None:
        return existing.id
    return save_volunteer(s, actor, VolunteerInput(org_id=org_id, name=m.name, phone=m.phone,
                                                   duty_member_id=m.id, joined_on=m.joined_on))


def delete_volunteer(s: Session, actor: Actor, volunteer_id: str) -> None:
    _, v = volunteer(s, actor, volunteer_id, Perm.VOLUNTEER_MANAGE)
    v.deleted_at = utcnow()
    s.flush()


def people_who_served(s: Session, actor: Actor, community_id: str) -> list[tuple[str, str]]:
    """(person id, name) of the community's people who helped at an activity or are on a duty team but
    have no volunteer record yet: the ones to open a record for."""
    require(actor, Perm.VOLUNTEER_VIEW, community_id=community_id, entity="volunteers")
    served = select(ActivityHelper.person_id).where(ActivityHelper.deleted_at.is_(None)).union(
        select(DutyMember.person_id).where(DutyMember.deleted_at.is_(None), DutyMember.person_id.is_not(None)))
    recorded = select(Volunteer.person_id).where(Volunteer.person_id.is_not(None))
    rows = s.execute(select(Person.id, Person.name).where(
        Person.community_id == community_id, Person.deleted_at.is_(None), Person.id.in_(served),
        Person.id.not_in(recorded)).order_by(Person.name_pinyin)).all()
    return [(pid, name) for pid, name in rows]


def open_records(s: Session, actor: Actor, org_id: str, person_ids: list[str]) -> int:
    """Open a record in `org_id` for each of these people who has none; returns how many were opened."""
    org(s, actor, org_id, Perm.VOLUNTEER_MANAGE)
    n = 0
    for pid in person_ids:
        if s.scalar(select(Volunteer.id).where(Volunteer.person_id == pid)) is None:
            save_volunteer(s, actor, VolunteerInput(org_id=org_id, person_id=pid))
            n += 1
    return n
