"""The report to the police under 《戒毒条例》第二十一条: 社区戒毒人员拒绝接受社区戒毒，在社区戒毒期间又吸食、
注射毒品，以及严重违反社区戒毒协议的，社区戒毒专职工作人员应当及时向当地公安机关报告.

What is drafted (社区康复 follows the same rules, 禁毒法 art. 48):
- relapse: each positive test taken during the term;
- refused_test: each refusal to be tested (the police may order a test); refusals already counted in a
  drafted article-20 report are in that report;
- not_reported: no 报到 15 days after the decision (无正当理由逾期不报到的，视为拒绝接受社区戒毒);
- tests / absences / days_away: the article-20 thresholds (严重违反社区戒毒协议).

`reconcile` keeps the drafts in step with the record on every write (and `sweep`, for the deadline that
passes without a write): a missing one is drafted with its dated facts, an unsent one is brought up to date,
or withdrawn with the reason when its facts no longer hold. A sent report is never changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import to_local, utcnow
from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.rehab import access, statute
from desktop.rehab.models import ACTIVE, MISSED_RESULTS, REPORT_REASONS, Absence, FollowUp, PoliceReport, RehabCase

REPORTS_ENTITY = "rehab_police_reports"
POSITIVE, REFUSED = "阳性", "拒绝"
THRESHOLD_REASONS = ("tests", "absences", "days_away")


@dataclass(frozen=True)
class _Draft:
    reason: str
    source_id: str | None
    event_on: date
    facts: str


def _d(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _in_term(case: RehabCase, d: date) -> bool:
    return case.start_date <= d <= case.end_date


def _threshold_facts(s: Session, case: RehabCase, reason: str) -> tuple[str, date]:
    if reason == "tests":
        rows = s.execute(select(FollowUp.on, FollowUp.test_kind, FollowUp.test_result).where(
            FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None),
            FollowUp.test_result.in_(MISSED_RESULTS)).order_by(FollowUp.on)).all()
        items = [f"{d}（{k or '检测'}{r}）" for d, k, r in rows]
        return (f"该人员在{case.kind}期间共 {len(rows)} 次逃避或拒绝接受检测：" + "；".join(items) + "。",
                rows[-1][0])
    absences = s.execute(select(Absence.from_date, Absence.to_date, Absence.days, Absence.destination).where(
        Absence.case_id == case.id, Absence.deleted_at.is_(None), Absence.authorised.is_(False))
        .order_by(Absence.from_date)).all()
    items = [f"{a} 至 {b}（{n}天{('，去往' + dest) if dest else ''}）" for a, b, n, dest in absences]
    total = sum(n for _, _, n, _ in absences)
    return (f"该人员未经批准擅自离开{case.kind}执行地所在县（市、区）共 {len(absences)} 次、累计 {total} 天："
            + "；".join(items) + "。", max(b for _, b, _, _ in absences))


def _wanted(s: Session, case: RehabCase, on: date, existing: dict[tuple[str, str | None], PoliceReport]) \
        -> dict[tuple[str, str | None], _Draft]:
    out: dict[tuple[str, str | None], _Draft] = {}
    for t in statute.thresholds(case.missed_tests, case.unauthorised_absences, case.days_away):
        if t.reached:
            facts, when = _threshold_facts(s, case, t.key)
            out[(t.key, None)] = _Draft(t.key, None, when, facts)
    # Refusals up to the day an article-20 report on tests covers are in that report.
    tests = existing.get(("tests", None))
    if tests is not None and tests.sent_at is not None:
        covered: date | None = tests.event_on or to_local(tests.drafted_at).date()
    else:
        covered = out[("tests", None)].event_on if ("tests", None) in out else None
    tests_missed = 0
    for f in s.scalars(select(FollowUp).where(FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None),
                                              FollowUp.test_result != "").order_by(FollowUp.on, FollowUp.created_at)):
        tests_missed += f.test_result in MISSED_RESULTS
        if not _in_term(case, f.on):
            continue
        how = f"{f.method}时" if f.method else ""
        if f.test_result == POSITIVE:
            out[("relapse", f.id)] = _Draft("relapse", f.id, f.on, (
                f"{_d(f.on)}，{how}对该人员进行{f.test_kind or '检测'}，结果呈阳性，表明其在{case.kind}期间"
                f"又吸食、注射毒品。"))
        elif f.test_result == REFUSED and (covered is None or f.on > covered):
            out[("refused_test", f.id)] = _Draft("refused_test", f.id, f.on, (
                f"{_d(f.on)}，{how}要求该人员接受{f.test_kind or '检测'}，其拒绝接受检测。截至当日，"
                f"{case.kind}期间累计逃避或拒绝检测 {tests_missed} 次（累计3次以上属第二十条规定的严重违反协议情形）。"))
    if case.reported_on is None:
        deadline = statute.reporting_deadline(case.decision_date)
        if on > deadline:
            who = f"{case.decision_authority}以{case.decision_no}决定书" if case.decision_no else \
                (case.decision_authority or "公安机关")
            out[("not_reported", None)] = _Draft("not_reported", None, deadline, (
                f"该人员于 {_d(case.decision_date)} 被{who}责令{case.kind}，应于 {_d(deadline)} 前到本街道报到，"
                f"截至 {_d(on)} 仍未报到，也未说明正当理由。"))
    return out


def _withdraw_reason(reason: str, wanted: dict[tuple[str, str | None], _Draft]) -> str:
    if reason == "refused_test" and ("tests", None) in wanted:
        return "已并入第二十条（逃避或拒绝检测3次以上）的报告"
    if reason == "not_reported":
        return "已登记报到"
    return "记录已更正，报告的情形不再成立"


def reconcile(s: Session, case: RehabCase, on: date) -> list[str]:
    """Bring the case's drafts in step with its record (the caller has checked access). New report ids."""
    if case.status != ACTIVE:
        return []
    s.flush()
    live = s.scalars(select(PoliceReport).where(PoliceReport.case_id == case.id, PoliceReport.deleted_at.is_(None))
                     .order_by(PoliceReport.drafted_at)).all()
    existing = {(r.reason, r.source_id): r for r in live}
    wanted = _wanted(s, case, on, existing)
    made = []
    for key, draft in wanted.items():
        r = existing.get(key)
        if r is None:
            r = PoliceReport(case_id=case.id, reason=draft.reason, source_id=draft.source_id, event_on=draft.event_on,
                             facts=draft.facts, drafted_at=utcnow())
            s.add(r)
            s.flush()
            made.append(r.id)
        elif r.sent_at is None and (r.facts, r.event_on) != (draft.facts, draft.event_on) \
                and draft.reason != "not_reported":            # the day it was found overdue stays
            r.facts, r.event_on = draft.facts, draft.event_on
    for key, r in existing.items():
        if key not in wanted and r.sent_at is None:
            r.withdrawn_reason = _withdraw_reason(r.reason, wanted)
            r.deleted_at = utcnow()
    return made


def sweep(s: Session, actor: Actor, *, on: date, case_id: str | None = None) -> int:
    """Draft the reports a passing deadline calls for (a 报到 not made in time) on the actor's cases."""
    access.require_rehab(actor, entity=REPORTS_ENTITY)
    if not actor.can(Perm.REHAB_EDIT):          # a reader only looks; the worker's next look drafts
        return 0
    drafted = select(PoliceReport.case_id).where(PoliceReport.reason == "not_reported")
    q = select(RehabCase).where(RehabCase.deleted_at.is_(None), RehabCase.status == ACTIVE,
                                RehabCase.reported_on.is_(None), access.visible(actor), RehabCase.id.not_in(drafted))
    if case_id is not None:
        q = q.where(RehabCase.id == case_id)
    return sum(len(reconcile(s, c, on)) for c in s.scalars(q) if on > statute.reporting_deadline(c.decision_date))


@dataclass(frozen=True)
class ReportRow:
    id: str
    case_id: str
    reason: str
    reason_text: str
    facts: str
    drafted_at: datetime
    sent_at: datetime | None
    sent_by: str | None
    sent_to: str
    event_on: date | None = None


def _row(r: PoliceReport) -> ReportRow:
    return ReportRow(r.id, r.case_id, r.reason, REPORT_REASONS.get(r.reason, r.reason), r.facts, r.drafted_at,
                     r.sent_at, r.sent_by, r.sent_to, r.event_on)


def list_police_reports(s: Session, actor: Actor, case_id: str) -> list[ReportRow]:
    access.case_for(s, actor, case_id, entity=REPORTS_ENTITY)
    rows = s.scalars(select(PoliceReport).where(PoliceReport.case_id == case_id,
                                                PoliceReport.deleted_at.is_(None))
                     .order_by(PoliceReport.drafted_at)).all()
    audit.record(s, actor, AuditAction.VIEW, REPORTS_ENTITY, case_id, detail=f"{len(rows)} 份报告")
    return [_row(r) for r in rows]


def police_report_row(s: Session, actor: Actor, report_id: str) -> ReportRow:
    """One report, checked but not audited (the caller records its print or view)."""
    access.require_rehab(actor, entity=REPORTS_ENTITY, entity_id=report_id)
    r = s.get(PoliceReport, report_id)
    if r is None or r.deleted_at is not None:
        raise NotFound("没有这份报告")
    access.case_for(s, actor, r.case_id, entity=REPORTS_ENTITY)
    return _row(r)


def get_police_report(s: Session, actor: Actor, report_id: str) -> ReportRow:
    row = police_report_row(s, actor, report_id)
    audit.record(s, actor, AuditAction.VIEW, REPORTS_ENTITY, report_id)
    return row


def _editable(s: Session, actor: Actor, report_id: str) -> PoliceReport:
    access.require_rehab(actor, edit=True, entity=REPORTS_ENTITY, entity_id=report_id)
    r = s.get(PoliceReport, report_id)
    if r is None or r.deleted_at is not None:
        raise NotFound("没有这份报告")
    access.case_for(s, actor, r.case_id, edit=True, entity=REPORTS_ENTITY)
    return r


def record_report_sent(s: Session, actor: Actor, report_id: str, *, sent_to: str,
                       sent_at: datetime | None = None) -> ReportRow:
    """Record that the report went to the police (who received it, when)."""
    r = _editable(s, actor, report_id)
    if not sent_to.strip():
        raise ValidationError({"sent_to": "请填写接收报告的公安机关或民警"})
    if len(sent_to) > 100:
        raise ValidationError({"sent_to": "接收人太长（最多 100 字）"})
    if r.sent_at is not None:
        raise ValidationError({"sent_at": "这份报告已登记送出"})
    r.sent_at = sent_at or utcnow()
    r.sent_by = actor.username
    r.sent_to = sent_to.strip()
    s.flush()
    return _row(r)


def visible_pending_reports(s: Session, actor: Actor) -> int:
    """How many drafted reports of the actor's cases wait to be sent."""
    access.require_rehab(actor, entity=REPORTS_ENTITY)
    q = (select(PoliceReport.id).join(RehabCase, RehabCase.id == PoliceReport.case_id)
         .where(and_(PoliceReport.sent_at.is_(None), PoliceReport.deleted_at.is_(None),
                     RehabCase.deleted_at.is_(None), access.visible(actor))))
    return len(s.scalars(q).all())
