"""The clock of 《戒毒条例》 (2018 revision) for community drug rehabilitation.

- reporting (报到) within 15 days of receiving the decision;
- a term of three years;
- leaving the county for 3 days or more only with a written request and its approval;
- article 20: 3 or more evaded/refused tests, 3 or more unauthorised absences, or more than 30 days
  away in total are a serious violation; the worker is warned before (at 2 / 2 / 20 days);
- article 21: when reached, a report to the police is drafted (printable) and its sending recorded;
- near the end of the term the materials for 期满解除 are due 30 days before the end date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, ValidationError
from desktop.core.security import Actor
from desktop.rehab import access
from desktop.rehab.models import (
    ACTIVE, MISSED_RESULTS, REPORT_REASONS, Absence, FollowUp, PoliceReport, RehabCase,
)
from desktop.roster.models import Person

REPORT_DAYS = 15
TERM_YEARS = 3
LEAVE_NEEDS_APPROVAL_DAYS = 3
MAX_MISSED_TESTS = 3
MAX_ABSENCES = 3
MAX_DAYS_AWAY = 30          # "more than 30 days" is the violation
WARN_MISSED_TESTS = 2
WARN_ABSENCES = 2
WARN_DAYS_AWAY = 20
MATERIALS_BEFORE_END = 30
REPORTS_ENTITY = "rehab_police_reports"


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def term_end(start: date) -> date:
    """The last day of a three-year term starting on `start`."""
    return add_years(start, TERM_YEARS) - timedelta(days=1)


def reporting_deadline(decision_date: date) -> date:
    return decision_date + timedelta(days=REPORT_DAYS)


def materials_due(end: date) -> date:
    return end - timedelta(days=MATERIALS_BEFORE_END)


def leave_days(from_date: date, to_date: date) -> int:
    return (to_date - from_date).days + 1


def leave_authorised(days: int, requested_on: date | None, approved_on: date | None) -> bool:
    """Under 3 days needs no approval; 3 days or more needs the written request and its approval."""
    return days < LEAVE_NEEDS_APPROVAL_DAYS or (requested_on is not None and approved_on is not None)


@dataclass(frozen=True)
class Threshold:
    key: str            # tests | absences | days_away
    label: str
    count: int
    warn_at: int
    limit: int          # reached when count >= limit
    unit: str

    @property
    def reached(self) -> bool:
        return self.count >= self.limit

    @property
    def warning(self) -> bool:
        return not self.reached and self.count >= self.warn_at


def thresholds(missed_tests: int, absences: int, days_away: int) -> list[Threshold]:
    return [
        Threshold("tests", "逃避或拒绝检测", missed_tests, WARN_MISSED_TESTS, MAX_MISSED_TESTS, "次"),
        Threshold("absences", "擅自离开执行地", absences, WARN_ABSENCES, MAX_ABSENCES, "次"),
        Threshold("days_away", "擅自离开累计天数", days_away, WARN_DAYS_AWAY, MAX_DAYS_AWAY + 1, "天"),
    ]


@dataclass(frozen=True)
class StatuteAlert:
    case_id: str
    label: str          # alias or masked name
    level: str          # 警告 | 已达到 | 期限
    message: str
    due: date | None = None


def _case_alerts(case: RehabCase, label: str, on: date, pending_reports: int,
                 within_days: int) -> list[StatuteAlert]:
    out: list[StatuteAlert] = []
    for t in thresholds(case.missed_tests, case.unauthorised_absences, case.days_away):
        if t.reached:
            out.append(StatuteAlert(case.id, label, "已达到",
                                    f"{t.label}{t.count}{t.unit}，已达到《戒毒条例》第二十条的情形"))
        elif t.warning:
            left = t.limit - t.count
            out.append(StatuteAlert(case.id, label, "警告",
                                    f"{t.label}已{t.count}{t.unit}，再{left}{t.unit}即达到第二十条的情形"))
    if pending_reports:
        out.append(StatuteAlert(case.id, label, "已达到",
                                f"有 {pending_reports} 份向公安机关的报告（第二十一条）尚未送出"))
    if case.reported_on is None:
        deadline = reporting_deadline(case.decision_date)
        if on > deadline:
            out.append(StatuteAlert(case.id, label, "已达到", f"逾期未报到（应于 {deadline} 前报到）", deadline))
        elif (deadline - on).days <= within_days:
            out.append(StatuteAlert(case.id, label, "期限", f"应于 {deadline} 前报到", deadline))
    if on > case.end_date:
        out.append(StatuteAlert(case.id, label, "期限", f"期限已于 {case.end_date} 届满，请办理期满解除",
                                case.end_date))
    else:
        due = materials_due(case.end_date)
        if (due - on).days <= within_days:
            out.append(StatuteAlert(case.id, label, "期限",
                                    f"{case.end_date} 期满，解除材料应于 {due} 前准备", due))
    return out


def statute_alerts(s: Session, actor: Actor, *, on: date, within_days: int = 30,
                   case_id: str | None = None) -> list[StatuteAlert]:
    """Warnings, reached thresholds and deadlines of the actor's active cases (one case with case_id)."""
    if case_id is not None:
        access.case_for(s, actor, case_id)
    else:
        access.require_rehab(actor)
    horizon = on + timedelta(days=within_days)
    pending = (select(PoliceReport.case_id).where(PoliceReport.sent_at.is_(None),
                                                  PoliceReport.deleted_at.is_(None)))
    q = (select(RehabCase, Person.name)
         .join(Person, Person.id == RehabCase.person_id)
         .where(RehabCase.deleted_at.is_(None), RehabCase.status == ACTIVE, access.visible(actor),
                or_(RehabCase.missed_tests >= WARN_MISSED_TESTS,
                    RehabCase.unauthorised_absences >= WARN_ABSENCES,
                    RehabCase.days_away >= WARN_DAYS_AWAY,
                    RehabCase.reported_on.is_(None),
                    RehabCase.end_date <= horizon + timedelta(days=MATERIALS_BEFORE_END),
                    RehabCase.id.in_(pending))))
    if case_id is not None:
        q = q.where(RehabCase.id == case_id)
    rows = s.execute(q).all()
    counts: dict[str, int] = {}
    if rows:
        ids = [c.id for c, _ in rows]
        for (cid,) in s.execute(pending.where(PoliceReport.case_id.in_(ids))):
            counts[cid] = counts.get(cid, 0) + 1
    out: list[StatuteAlert] = []
    for case, name in rows:
        out.extend(_case_alerts(case, access.list_label(case.alias, name), on, counts.get(case.id, 0),
                                within_days))
    order = {"已达到": 0, "警告": 1, "期限": 2}
    return sorted(out, key=lambda a: (order[a.level], a.due or date.max, a.label))


# -- counters and the article-21 report, maintained on write --------------------------------------

def recount(s: Session, case: RehabCase) -> None:
    """Recompute the article-20 counters of one case from its records (called on every write)."""
    s.flush()
    case.missed_tests = len(s.scalars(select(FollowUp.id).where(
        FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None),
        FollowUp.test_result.in_(MISSED_RESULTS))).all())
    away = s.execute(select(Absence.days).where(Absence.case_id == case.id, Absence.deleted_at.is_(None),
                                                Absence.authorised.is_(False))).all()
    case.unauthorised_absences = len(away)
    case.days_away = sum(d for (d,) in away)


def _facts(s: Session, case: RehabCase, reason: str) -> str:
    if reason == "tests":
        rows = s.execute(select(FollowUp.on, FollowUp.test_kind, FollowUp.test_result).where(
            FollowUp.case_id == case.id, FollowUp.deleted_at.is_(None),
            FollowUp.test_result.in_(MISSED_RESULTS)).order_by(FollowUp.on)).all()
        items = [f"{d}（{k or '检测'}{r}）" for d, k, r in rows]
        return f"该人员在社区戒毒期间共 {len(rows)} 次逃避或拒绝接受检测：" + "；".join(items) + "。"
    rows = s.execute(select(Absence.from_date, Absence.to_date, Absence.days, Absence.destination).where(
        Absence.case_id == case.id, Absence.deleted_at.is_(None), Absence.authorised.is_(False))
        .order_by(Absence.from_date)).all()
    items = [f"{a} 至 {b}（{n}天{('，去往' + dest) if dest else ''}）" for a, b, n, dest in rows]
    total = sum(n for _, _, n, _ in rows)
    return (f"该人员未经批准擅自离开社区戒毒执行地所在县（市、区）共 {len(rows)} 次、累计 {total} 天："
            + "；".join(items) + "。")


def draft_reports_if_reached(s: Session, case: RehabCase) -> list[str]:
    """Draft the article-21 report for every threshold reached that has no report yet."""
    made = []
    existing = set(s.scalars(select(PoliceReport.reason).where(PoliceReport.case_id == case.id,
                                                               PoliceReport.deleted_at.is_(None))))
    for t in thresholds(case.missed_tests, case.unauthorised_absences, case.days_away):
        if t.reached and t.key not in existing:
            r = PoliceReport(case_id=case.id, reason=t.key, facts=_facts(s, case, t.key), drafted_at=utcnow())
            s.add(r)
            s.flush()
            made.append(r.id)
    return made


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


def _row(r: PoliceReport) -> ReportRow:
    return ReportRow(r.id, r.case_id, r.reason, REPORT_REASONS.get(r.reason, r.reason), r.facts, r.drafted_at,
                     r.sent_at, r.sent_by, r.sent_to)


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


def record_report_sent(s: Session, actor: Actor, report_id: str, *, sent_to: str,
                       sent_at: datetime | None = None) -> ReportRow:
    """Record that the report went to the police (who received it, when)."""
    access.require_rehab(actor, edit=True, entity=REPORTS_ENTITY, entity_id=report_id)
    r = s.get(PoliceReport, report_id)
    if r is None or r.deleted_at is not None:
        raise NotFound("没有这份报告")
    access.case_for(s, actor, r.case_id, edit=True, entity=REPORTS_ENTITY)
    if not sent_to.strip():
        raise ValidationError({"sent_to": "请填写接收报告的公安机关或民警"})
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
