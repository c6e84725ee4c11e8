"""Follow-ups, drug tests, leave and absences; the per-case due dates and the worker's due list.

Each write refreshes the case's due dates and article-20 counters (`refresh_case`), so the due
list is a single indexed query on the case table — the follow-ups are never loaded to compute it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from os import PathLike

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core import clock
from desktop.core.errors import NotFound, ValidationError
from desktop.core.export_cells import csv_writer
from desktop.core.security import Actor, User
from desktop.rehab import access, links, plans, police_reports, statute
from desktop.rehab.caseload import labels
from desktop.rehab.models import (
    ACTIVE, METHODS, TEST_KINDS, TEST_RESULTS, Absence, FollowUp, RehabCase,
)

DONE_RESULTS = ("阴性", "阳性")
FOLLOWUPS = "rehab_followups"
ABSENCES = "rehab_absences"


@dataclass
class FollowUpInput:
    on: date
    method: str
    content: str = ""
    test_kind: str = ""
    test_result: str = ""
    next_due: date | None = None       # empty: from the plan


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    on: date
    method: str
    content: str
    test_kind: str
    test_result: str
    next_due: date | None
    author: str


@dataclass
class AbsenceInput:
    from_date: date
    to_date: date
    destination: str = ""
    reason: str = ""
    requested_on: date | None = None
    approved_on: date | None = None


@dataclass(frozen=True)
class AbsenceRow:
    id: str
    from_date: date
    to_date: date
    days: int
    destination: str
    reason: str
    requested_on: date | None
    approved_on: date | None
    authorised: bool


@dataclass(frozen=True)
class DueRow:
    case_id: str
    label: str
    kind: str
    risk_level: str
    responsible: str
    due: date
    contact_due: date | None
    test_due: date | None
    what: str               # 随访 / 检测 / 随访、检测
    overdue_days: int       # > 0 when overdue
    last_contact_on: date | None


def refresh_case(s: Session, case: RehabCase) -> None:
    """Recompute a case's due dates and article-20 counters; keep the article-21 drafts in step.

    A positive test is a test done (the sample was taken, the next one is due by the plan); what it
    also is — a relapse — is reported (desktop.rehab.police_reports)."""
    s.flush()
    rules = plans.rules_in_force(s)
    last = s.execute(select(FollowUp.on, FollowUp.next_due)
                     .where(FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None))
                     .order_by(FollowUp.on.desc(), FollowUp.created_at.desc()).limit(1)).first()
    last_test = s.scalar(select(func.max(FollowUp.on)).where(
        FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None), FollowUp.test_result.in_(DONE_RESULTS)))
    start = case.reported_on or case.start_date
    case.last_contact_on = last[0] if last else None
    case.last_test_on = last_test
    case.next_contact_due = (last[1] if last and last[1] else
                             plans.next_contact(rules, case.start_date, case.last_contact_on) if last else start)
    case.next_test_due = plans.next_test(rules, case.start_date, last_test) if last_test else start
    case.next_due = min(case.next_contact_due, case.next_test_due)
    statute.recount(s, case)
    police_reports.reconcile(s, case, clock.today())


def _check_followup(inp: FollowUpInput) -> None:
    errors: dict[str, str] = {}
    if inp.method not in METHODS:
        errors["method"] = "方式应为家访、约谈、电话或到站"
    if inp.test_kind not in TEST_KINDS:
        errors["test_kind"] = "检测方式应为尿检或毛发"
    if inp.test_result not in TEST_RESULTS:
        errors["test_result"] = "检测结果应为阴性、阳性、拒绝、逃避或未检"
    if inp.test_kind and not inp.test_result:
        errors["test_result"] = "请填写检测结果"
    if inp.test_result in DONE_RESULTS and not inp.test_kind:
        errors["test_kind"] = "请选择检测方式"
    if inp.next_due is not None and inp.next_due <= inp.on:
        errors["next_due"] = "下次随访日期应晚于本次"
    if inp.on > clock.today() + timedelta(days=1):
        errors["on"] = "随访日期不能是将来"
    if errors:
        raise ValidationError(errors)


def add_followup(s: Session, actor: Actor, case_id: str, inp: FollowUpInput) -> str:
    case = access.case_for(s, actor, case_id, edit=True, entity=FOLLOWUPS)
    _check_followup(inp)
    if inp.on < case.start_date - timedelta(days=30):
        raise ValidationError({"on": "随访日期早于个案开始日期"})
    f = FollowUp(case_id=case_id, on=inp.on, method=inp.method, content=inp.content.strip(),
                 test_kind=inp.test_kind, test_result=inp.test_result, next_due=inp.next_due, author_id=actor.id)
    s.add(f)
    refresh_case(s, case)
    if f.next_due is None:
        f.next_due = case.next_contact_due
    return f.id


def update_followup(s: Session, actor: Actor, followup_id: str, inp: FollowUpInput) -> None:
    access.require_rehab(actor, edit=True, entity=FOLLOWUPS, entity_id=followup_id)
    f = s.get(FollowUp, followup_id)
    if f is None or f.deleted_at is not None:
        raise NotFound("没有这条随访记录")
    case = access.case_for(s, actor, f.case_id, edit=True, entity=FOLLOWUPS)
    _check_followup(inp)
    f.on, f.method, f.content = inp.on, inp.method, inp.content.strip()
    f.test_kind, f.test_result, f.next_due = inp.test_kind, inp.test_result, inp.next_due
    refresh_case(s, case)


def _followups(s: Session, case_id: str, tests_only: bool = False) -> list[FollowUpRow]:
    q = (select(FollowUp, User.display_name).outerjoin(User, User.id == FollowUp.author_id)
         .where(FollowUp.case_id == case_id, FollowUp.deleted_at.is_(None)))
    if tests_only:
        q = q.where(FollowUp.test_result != "")
    rows = s.execute(q.order_by(FollowUp.on.desc(), FollowUp.created_at.desc())).all()
    return [FollowUpRow(f.id, f.on, f.method, f.content, f.test_kind, f.test_result, f.next_due, name or "")
            for f, name in rows]


def list_followups(s: Session, actor: Actor, case_id: str) -> list[FollowUpRow]:
    access.case_for(s, actor, case_id, entity=FOLLOWUPS)
    return _followups(s, case_id)


def list_tests(s: Session, actor: Actor, case_id: str) -> list[FollowUpRow]:
    """The test record: every follow-up with a test result (including refused/evaded)."""
    access.case_for(s, actor, case_id, entity=FOLLOWUPS)
    return _followups(s, case_id, tests_only=True)


def _check_absence(inp: AbsenceInput) -> int:
    errors: dict[str, str] = {}
    if inp.to_date < inp.from_date:
        errors["to_date"] = "返回日期不能早于离开日期"
    if inp.approved_on is not None and inp.requested_on is None:
        errors["requested_on"] = "批准之前应有书面申请"
    if inp.requested_on and inp.approved_on and inp.approved_on < inp.requested_on:
        errors["approved_on"] = "批准日期不能早于申请日期"
    if errors:
        raise ValidationError(errors)
    return statute.leave_days(inp.from_date, inp.to_date)


def add_absence(s: Session, actor: Actor, case_id: str, inp: AbsenceInput) -> str:
    """Record leave or an absence. 3 days or more without a written request and approval is unauthorised."""
    case = access.case_for(s, actor, case_id, edit=True, entity=ABSENCES)
    days = _check_absence(inp)
    a = Absence(case_id=case_id, from_date=inp.from_date, to_date=inp.to_date, days=days,
                destination=inp.destination.strip(), reason=inp.reason.strip(), requested_on=inp.requested_on,
                approved_on=inp.approved_on,
                authorised=statute.leave_authorised(days, inp.requested_on, inp.approved_on), author_id=actor.id)
    s.add(a)
    refresh_case(s, case)
    return a.id


def update_absence(s: Session, actor: Actor, absence_id: str, inp: AbsenceInput) -> None:
    access.require_rehab(actor, edit=True, entity=ABSENCES, entity_id=absence_id)
    a = s.get(Absence, absence_id)
    if a is None or a.deleted_at is not None:
        raise NotFound("没有这条请假外出记录")
    case = access.case_for(s, actor, a.case_id, edit=True, entity=ABSENCES)
    days = _check_absence(inp)
    a.from_date, a.to_date, a.days = inp.from_date, inp.to_date, days
    a.destination, a.reason = inp.destination.strip(), inp.reason.strip()
    a.requested_on, a.approved_on = inp.requested_on, inp.approved_on
    a.authorised = statute.leave_authorised(days, inp.requested_on, inp.approved_on)
    refresh_case(s, case)


def list_absences(s: Session, actor: Actor, case_id: str) -> list[AbsenceRow]:
    access.case_for(s, actor, case_id, entity=ABSENCES)
    rows = s.scalars(select(Absence).where(Absence.case_id == case_id, Absence.deleted_at.is_(None))
                     .order_by(Absence.from_date.desc())).all()
    return [AbsenceRow(a.id, a.from_date, a.to_date, a.days, a.destination, a.reason, a.requested_on,
                       a.approved_on, a.authorised) for a in rows]


def due_followups(s: Session, actor: Actor, *, on: date, within_days: int = 7) -> list[DueRow]:
    """Follow-ups and tests due within `within_days` of `on`, and overdue ones, of the actor's active cases."""
    access.require_rehab(actor, entity=FOLLOWUPS)
    horizon = on + timedelta(days=within_days)
    q = (select(RehabCase.id, RehabCase.alias, links.raw_ref(), RehabCase.kind, RehabCase.risk_level,
                User.display_name, RehabCase.next_due, RehabCase.next_contact_due, RehabCase.next_test_due,
                RehabCase.last_contact_on)
         .join(User, User.id == RehabCase.responsible_user_id)
         .where(RehabCase.status == ACTIVE, RehabCase.next_due <= horizon, RehabCase.deleted_at.is_(None),
                access.visible(actor))
         .order_by(RehabCase.next_due, RehabCase.id))
    rows = s.execute(q).all()
    shown = labels(s, [(r[0], r[1], r[2]) for r in rows])
    out = []
    for cid, _alias, _ref, kind, risk, worker, due, contact, test, last in rows:
        assert due is not None  # the query keeps only cases due by the horizon
        what = "、".join(w for w, d in (("随访", contact), ("检测", test)) if d is not None and d <= horizon)
        out.append(DueRow(cid, shown[cid], kind, risk, worker, due, contact, test, what,
                          (on - due).days if due < on else 0, last))
    return out


def export_followups_csv(s: Session, actor: Actor, *, due_before: date, out: str | PathLike[str]) -> int:
    """CSV of the actor's follow-ups due on or before `due_before` (alias/masked names only). Audited."""
    access.require_rehab(actor, entity=FOLLOWUPS)
    rows = due_followups(s, actor, on=due_before, within_days=0)
    today = clock.today()
    with open(out, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv_writer(fh)
        w.writerow(["个案", "类别", "风险", "负责社工", "应随访日期", "应检测日期", "待办", "上次随访", "逾期天数"])
        for r in rows:
            w.writerow([r.label, r.kind, r.risk_level, r.responsible, r.contact_due or "", r.test_due or "",
                        r.what, r.last_contact_on or "", max((today - r.due).days, 0)])
    audit.record(s, actor, AuditAction.EXPORT, FOLLOWUPS, None,
                 detail=f"到期随访 {len(rows)} 条（截至 {due_before}）→ {out}")
    return len(rows)
