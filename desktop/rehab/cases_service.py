"""Cases: open, edit, share, network contacts, status transitions, stages (MZ/T 094-2017), timeline.

A case is never deleted: it ends by a status transition (期满解除, 严重违反协议, 转出, 死亡, 其他),
and a transfer keeps the whole record and says where it went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.conflicts import check_version
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.idcard import mask_id
from desktop.core.phone import PhoneError, normalize_phone
from desktop.core.roles import Perm, Role
from desktop.core.sealed import search_token
from desktop.core.security import Actor, User
from desktop.rehab import access, links, statute
from desktop.rehab.case_person import NewPerson, register_person
from desktop.rehab.caseload import CaseRow, count_cases, list_cases
from desktop.rehab.models import (
    ACTIVE, CONTACT_ROLES, KINDS, RISK_LEVELS, STAGES, STATUSES, CaseContact, CaseShare, CaseStage,
    CaseStatusChange, RehabCase,
)
from desktop.rehab.timeline import TimelineItem, case_timeline
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.models import Person
from desktop.core.vocabulary import sex_label
from desktop.rehab.followup_service import refresh_case
from desktop.core.clock import utcnow
from desktop.core.dates import age_on

ENTITY = access.ENTITY
__all__ = ["CaseRow", "NewPerson", "TimelineItem", "case_timeline", "count_cases", "list_cases"]


@dataclass
class CaseInput:
    kind: str
    decision_date: date
    start_date: date
    person_id: str | None = None
    new_person: NewPerson | None = None
    decision_no: str = ""
    decision_authority: str = ""
    end_date: date | None = None
    agreement_signed_on: date | None = None
    reported_on: date | None = None
    responsible_user_id: str | None = None
    police_liaison: str = ""
    risk_level: str = "中"
    alias: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactRow:
    id: str
    role: str
    name: str
    organisation: str
    phone: str


@dataclass(frozen=True)
class StatusRow:
    status: str
    on: date
    reason: str
    transfer_to: str
    author: str


@dataclass(frozen=True)
class StageRow:
    id: str
    stage: str
    on: date
    content: str
    author: str


@dataclass(frozen=True)
class CaseDetail:
    id: str
    person_id: str
    name: str
    alias: str
    label: str
    id_number: str             # full for permitted users (the view is audited), masked otherwise
    sex: str
    age: int | None
    phone: str
    address: str
    community: str
    kind: str
    decision_no: str
    decision_date: date
    decision_authority: str
    start_date: date
    end_date: date
    agreement_signed_on: date | None
    reported_on: date | None
    responsible_user_id: str
    responsible: str
    police_liaison: str
    status: str
    status_since: date | None
    risk_level: str
    transfer_to: str
    notes: str
    next_contact_due: date | None
    next_test_due: date | None
    next_due: date | None
    missed_tests: int
    unauthorised_absences: int
    days_away: int
    shared_with: list[str] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    version: int = 0                 # hand back to update_case: a case changed meanwhile is not overwritten


@dataclass(frozen=True)
class WorkerRow:
    id: str
    username: str
    display_name: str
    role: str


def _validate(inp: CaseInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if inp.kind not in KINDS:
        errors["kind"] = "请选择社区戒毒或社区康复"
    if inp.risk_level not in RISK_LEVELS:
        errors["risk_level"] = "风险等级应为低、中或高"
    if inp.start_date < inp.decision_date:
        errors["start_date"] = "执行开始日期不能早于决定日期"
    if inp.end_date is not None and inp.end_date <= inp.start_date:
        errors["end_date"] = "期满日期应晚于开始日期"
    if inp.reported_on is not None and inp.reported_on < inp.decision_date:
        errors["reported_on"] = "报到日期不能早于决定日期"
    if len(inp.alias) > 32:
        errors["alias"] = "化名最多32个字"
    return errors


def _user_name(s: Session, user_id: str | None) -> str:
    if not user_id:
        return ""
    return s.scalar(select(User.display_name).where(User.id == user_id)) or ""


def _check_worker(s: Session, actor: Actor, user_id: str) -> None:
    user = s.get(User, user_id)
    if user is None or user.deleted_at is not None or not user.active:
        raise ValidationError({"responsible_user_id": "没有这个社工账号"})
    if Role(user.role) not in (Role.REHAB_WORKER, Role.SUPERVISOR):
        raise ValidationError({"responsible_user_id": "负责社工必须是禁毒社工或督导"})
    if user_id != actor.id and not access.sees_all(actor):
        raise ValidationError({"responsible_user_id": "只有督导可以把个案交给其他社工负责"})


def create_case(s: Session, actor: Actor, inp: CaseInput) -> str:
    access.require_rehab(actor, edit=True)
    errors = _validate(inp)
    if errors:
        raise ValidationError(errors)
    if inp.person_id is None and inp.new_person is None:
        raise ValidationError({"person_id": "请选择或登记当事人"})
    responsible = inp.responsible_user_id or actor.id
    assert responsible is not None
    _check_worker(s, actor, responsible)
    person_id = inp.person_id or register_person(s, actor, inp.new_person)  # type: ignore[arg-type]
    person = s.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise ValidationError({"person_id": "花名册中没有这个人"})
    if links.cases_of(s, person_id, status=ACTIVE):
        raise ValidationError({"person_id": "此人已有在管个案"})
    case = RehabCase(
        community_ref=person.community_id or "", kind=inp.kind, decision_no=inp.decision_no.strip(),
        decision_date=inp.decision_date, decision_authority=inp.decision_authority.strip(),
        start_date=inp.start_date, end_date=inp.end_date or statute.term_end(inp.start_date),
        agreement_signed_on=inp.agreement_signed_on, reported_on=inp.reported_on,
        responsible_user_id=responsible, police_liaison=inp.police_liaison.strip(), status=ACTIVE,
        status_since=inp.start_date, risk_level=inp.risk_level, alias=inp.alias.strip(), notes=inp.notes,
        missed_tests=0, unauthorised_absences=0, days_away=0, decision_no_key=search_token(inp.decision_no),
    )
    links.set_person(case, person_id)
    s.add(case)
    s.flush()
    s.add(CaseStatusChange(case_id=case.id, status=ACTIVE, on=inp.start_date, reason="建档", author_id=actor.id))

    refresh_case(s, case)
    return case.id


def update_case(s: Session, actor: Actor, case_id: str, inp: CaseInput, *,
                expected_version: int | None = None) -> None:
    case = access.case_for(s, actor, case_id, edit=True)
    check_version(case, expected_version, "这个个案")
    errors = _validate(inp)
    if errors:
        raise ValidationError(errors)
    if inp.responsible_user_id and inp.responsible_user_id != case.responsible_user_id:
        _check_worker(s, actor, inp.responsible_user_id)
        case.responsible_user_id = inp.responsible_user_id
    case.kind = inp.kind
    case.decision_no = inp.decision_no.strip()
    case.decision_no_key = search_token(inp.decision_no)
    case.decision_date = inp.decision_date
    case.decision_authority = inp.decision_authority.strip()
    case.start_date = inp.start_date
    case.end_date = inp.end_date or statute.term_end(inp.start_date)
    case.agreement_signed_on = inp.agreement_signed_on
    case.reported_on = inp.reported_on
    case.police_liaison = inp.police_liaison.strip()
    case.risk_level = inp.risk_level
    case.alias = inp.alias.strip()
    case.notes = inp.notes

    refresh_case(s, case)


def get_case(s: Session, actor: Actor, case_id: str) -> CaseDetail:
    """Open a case (audited). The full ID number is shown only here, and only to permitted users."""
    case = access.case_for(s, actor, case_id)
    full = actor.can(Perm.ID_FULL)
    audit.record(s, actor, AuditAction.VIEW, ENTITY, case.id, detail="打开个案" + ("（含完整身份证号）" if full else ""))
    return _detail(s, actor, case)


def detail_for_output(s: Session, actor: Actor, case_id: str) -> CaseDetail:
    """The case's details for a printout or export: checked here, the caller records the print/export."""
    return _detail(s, actor, access.case_for(s, actor, case_id))


def _detail(s: Session, actor: Actor, case: RehabCase) -> CaseDetail:
    person = links.person_of(s, case)
    if person is None:
        raise UserError("这个个案的当事人无法读取（禁毒数据密钥不符）")
    full = actor.can(Perm.ID_FULL)
    community = s.scalar(select(Community.name).where(Community.id == person.community_id)) or ""
    shared = s.scalars(select(User.display_name).join(CaseShare, CaseShare.user_id == User.id)
                       .where(CaseShare.case_id == case.id, CaseShare.deleted_at.is_(None))
                       .order_by(User.display_name)).all()
    age = None
    if person.birth_date:
        age = age_on(person.birth_date, clock.today())
    address = person.household.address if person.household else ""
    return CaseDetail(
        id=case.id, person_id=person.id, name=person.name, alias=case.alias,
        label=access.list_label(case.alias, person.name),
        id_number=(person.id_number or "") if full else mask_id(person.id_number or ""),
        sex=sex_label(person.sex), age=age, phone=person.phone, address=address,
        community=community, kind=case.kind, decision_no=case.decision_no, decision_date=case.decision_date,
        decision_authority=case.decision_authority, start_date=case.start_date, end_date=case.end_date,
        agreement_signed_on=case.agreement_signed_on, reported_on=case.reported_on,
        responsible_user_id=case.responsible_user_id, responsible=_user_name(s, case.responsible_user_id),
        police_liaison=case.police_liaison, status=case.status, status_since=case.status_since,
        risk_level=case.risk_level, transfer_to=case.transfer_to, notes=case.notes,
        next_contact_due=case.next_contact_due, next_test_due=case.next_test_due, next_due=case.next_due,
        missed_tests=case.missed_tests, unauthorised_absences=case.unauthorised_absences,
        days_away=case.days_away, shared_with=list(shared), contacts=_contacts(s, case.id), version=case.version,
    )


def change_status(s: Session, actor: Actor, case_id: str, status: str, *, on: date, reason: str = "",
                  transfer_to: str = "") -> None:
    """A dated status transition. 转出 keeps the record and says where it went."""
    case = access.case_for(s, actor, case_id, edit=True)
    if status not in STATUSES:
        raise ValidationError({"status": "没有这个状态"})
    if status == case.status:
        raise ValidationError({"status": msg("个案已是“{status}”", status=status)})
    if status == "转出" and not transfer_to.strip():
        raise ValidationError({"transfer_to": "转出时请写明转往何处"})
    if status != ACTIVE and case.status_since and on < case.status_since:
        raise ValidationError({"on": "变更日期不能早于上一次状态变更"})
    s.add(CaseStatusChange(case_id=case.id, status=status, on=on, reason=reason.strip(),
                           transfer_to=transfer_to.strip(), author_id=actor.id))
    case.status = status
    case.status_since = on
    if status == "转出":
        case.transfer_to = transfer_to.strip()
    s.flush()


def status_history(s: Session, actor: Actor, case_id: str) -> list[StatusRow]:
    access.case_for(s, actor, case_id)
    rows = s.execute(select(CaseStatusChange, User.display_name)
                     .outerjoin(User, User.id == CaseStatusChange.author_id)
                     .where(CaseStatusChange.case_id == case_id, CaseStatusChange.deleted_at.is_(None))
                     .order_by(CaseStatusChange.on, CaseStatusChange.created_at)).all()
    return [StatusRow(c.status, c.on, c.reason, c.transfer_to, name or "") for c, name in rows]


def rehab_workers(s: Session, actor: Actor) -> list[WorkerRow]:
    """Accounts a case can be given or shared to (rehab workers and supervisors)."""
    access.require_rehab(actor)
    users = s.scalars(select(User).where(User.deleted_at.is_(None), User.active.is_(True),
                                         User.role.in_([Role.REHAB_WORKER.value, Role.SUPERVISOR.value]))
                      .order_by(User.display_name)).all()
    return [WorkerRow(u.id, u.username, u.display_name, u.role) for u in users]


def share_case(s: Session, actor: Actor, case_id: str, user_id: str) -> None:
    """Share a case with another rehab worker (responsible worker or supervisor)."""
    case = access.case_for(s, actor, case_id, edit=True)
    if case.responsible_user_id != actor.id and not access.sees_all(actor):
        raise ValidationError({"user_id": "只有负责社工或督导可以共享个案"})
    user = s.get(User, user_id)
    if user is None or Role(user.role) != Role.REHAB_WORKER:
        raise ValidationError({"user_id": "个案只能共享给禁毒社工"})
    if user_id == case.responsible_user_id:
        raise ValidationError({"user_id": "此社工已是负责社工"})
    share = s.scalar(select(CaseShare).where(CaseShare.case_id == case_id, CaseShare.user_id == user_id))
    if share is None:
        s.add(CaseShare(case_id=case_id, user_id=user_id))
    elif share.deleted_at is not None:
        share.deleted_at = None
    s.flush()


def unshare_case(s: Session, actor: Actor, case_id: str, user_id: str) -> None:
    case = access.case_for(s, actor, case_id, edit=True)
    if case.responsible_user_id != actor.id and not access.sees_all(actor):
        raise ValidationError({"user_id": "只有负责社工或督导可以取消共享"})
    share = s.scalar(select(CaseShare).where(CaseShare.case_id == case_id, CaseShare.user_id == user_id,
                                             CaseShare.deleted_at.is_(None)))
    if share is None:
        raise NotFound("这个个案没有共享给此社工")

    share.deleted_at = utcnow()
    s.flush()


def _contacts(s: Session, case_id: str) -> list[ContactRow]:
    rows = s.scalars(select(CaseContact).where(CaseContact.case_id == case_id, CaseContact.deleted_at.is_(None))
                     .order_by(CaseContact.created_at)).all()
    return [ContactRow(c.id, c.role, c.name, c.organisation, c.phone) for c in rows]


def add_contact(s: Session, actor: Actor, case_id: str, *, role: str, name: str, organisation: str = "",
                phone: str = "") -> str:
    access.case_for(s, actor, case_id, edit=True)
    if role not in CONTACT_ROLES:
        raise ValidationError({"role": "联系人类别应为公安、戒毒所、镇街、社工、社会组织或志愿者"})
    if not (name.strip() or organisation.strip()):
        raise ValidationError({"name": "请填写姓名或单位"})
    if phone.strip():
        try:              # a contact is often an agency: its 400/800 number is accepted
            phone = normalize_phone(phone, organisation=True)
        except PhoneError as exc:
            raise ValidationError({"phone": str(exc)}) from None
    c = CaseContact(case_id=case_id, role=role, name=name.strip(), organisation=organisation.strip(),
                    phone=phone.strip())
    s.add(c)
    s.flush()
    return c.id


def list_contacts(s: Session, actor: Actor, case_id: str) -> list[ContactRow]:
    access.case_for(s, actor, case_id)
    return _contacts(s, case_id)


def remove_contact(s: Session, actor: Actor, contact_id: str) -> None:
    access.require_rehab(actor, edit=True, entity="rehab_contacts", entity_id=contact_id)
    c = s.get(CaseContact, contact_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("没有这个联系人")
    access.case_for(s, actor, c.case_id, edit=True)

    c.deleted_at = utcnow()


def add_stage(s: Session, actor: Actor, case_id: str, *, stage: str, on: date, content: str) -> str:
    """A case-work stage record after MZ/T 094-2017: 接案, 预估, 计划, 介入, 评估, 结案."""
    access.case_for(s, actor, case_id, edit=True)
    if stage not in STAGES:
        raise ValidationError({"stage": "阶段应为接案、预估、计划、介入、评估或结案"})
    if not content.strip():
        raise ValidationError({"content": "请填写本阶段的记录"})
    r = CaseStage(case_id=case_id, stage=stage, on=on, content=content.strip(), author_id=actor.id)
    s.add(r)
    s.flush()
    return r.id


def list_stages(s: Session, actor: Actor, case_id: str) -> list[StageRow]:
    access.case_for(s, actor, case_id)
    rows = s.execute(select(CaseStage, User.display_name).outerjoin(User, User.id == CaseStage.author_id)
                     .where(CaseStage.case_id == case_id, CaseStage.deleted_at.is_(None))
                     .order_by(CaseStage.on, CaseStage.created_at)).all()
    return [StageRow(r.id, r.stage, r.on, r.content, name or "") for r, name in rows]


def community_choices(s: Session, actor: Actor) -> list[tuple[str, str]]:
    """(id, name) of the communities a new case's person can be registered in."""
    access.require_rehab(actor, edit=True)
    q = select(Community.id, Community.name).where(Community.deleted_at.is_(None)).order_by(Community.name)
    if not actor.all_communities:
        q = q.where(Community.id.in_(list(actor.community_ids)))
    return [(cid, name) for cid, name in s.execute(q)]
