"""The clock of 《戒毒条例》 (2018 revision) for community drug rehabilitation.

- reporting (报到) within 15 days of receiving the decision;
- a term of three years;
- leaving the county for 3 days or more only with a written request and its approval;
- article 20: 3 or more evaded/refused tests, 3 or more unauthorised absences, or more than 30 days
  away in total are a serious violation; the worker is warned before (at 2 / 2 / 20 days);
- article 21: a relapse, a refusal to be tested or to report, and the article-20 thresholds are reported to
  the police: the drafts are kept by desktop.rehab.police_reports and each unsent one is an alert here;
- near the end of the term the materials for 期满解除 are due 30 days before the end date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.messages import msg
from desktop.core.security import Actor
from desktop.rehab import access
from desktop.rehab.models import (
    ACTIVE, MISSED_RESULTS, REPORT_REASONS, Absence, FollowUp, PoliceReport, RehabCase,
)
from desktop.rehab.caseload import labels

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
    level: str          # 须报告 | 已达到 | 警告 | 期限
    message: str
    due: date | None = None
    report_id: str | None = None     # 须报告: the drafted report to print and send


LEVEL_ORDER = {"须报告": 0, "已达到": 1, "警告": 2, "期限": 3}


def _report_alert(case: RehabCase, label: str, report: PoliceReport) -> StatuteAlert:
    """One unsent article-21 report: what happened, on which day, and what to do."""
    what = REPORT_REASONS.get(report.reason, report.reason).replace("社区戒毒", case.kind)
    when = f"{report.event_on} " if report.event_on else ""
    return StatuteAlert(case.id, label, "须报告",
                        msg("{when}{what}：已起草向公安机关的报告（第二十一条），请在个案“报告”页打印并登记送出",
                            when=when, what=what),
                        report.event_on, report.id)


def _case_alerts(case: RehabCase, label: str, on: date, reports: list[PoliceReport],
                 within_days: int) -> list[StatuteAlert]:
    out: list[StatuteAlert] = []
    for t in thresholds(case.missed_tests, case.unauthorised_absences, case.days_away):
        if t.reached:
            out.append(StatuteAlert(case.id, label, "已达到",
                                    msg("{label}{count}{unit}，已达到《戒毒条例》第二十条的情形",
                                        label=t.label, count=t.count, unit=t.unit)))
        elif t.warning:
            left = t.limit - t.count
            out.append(StatuteAlert(case.id, label, "警告",
                                    msg("{label}已{count}{unit}，再{left}{unit}即达到第二十条的情形",
                                        label=t.label, count=t.count, unit=t.unit, left=left)))
    out += [_report_alert(case, label, r) for r in reports]
    if case.reported_on is None:
        deadline = reporting_deadline(case.decision_date)
        if on > deadline:
            out.append(StatuteAlert(case.id, label, "已达到", msg("逾期未报到（应于 {deadline} 前报到）", deadline=deadline),
                                    deadline))
        elif (deadline - on).days <= within_days:
            out.append(StatuteAlert(case.id, label, "期限", msg("应于 {deadline} 前报到", deadline=deadline), deadline))
    if on > case.end_date:
        out.append(StatuteAlert(case.id, label, "期限", msg("期限已于 {end} 届满，请办理期满解除", end=case.end_date),
                                case.end_date))
    else:
        due = materials_due(case.end_date)
        if (due - on).days <= within_days:
            out.append(StatuteAlert(case.id, label, "期限",
                                    msg("{end} 期满，解除材料应于 {due} 前准备", end=case.end_date, due=due), due))
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
    q = (select(RehabCase)
         .where(RehabCase.deleted_at.is_(None), RehabCase.status == ACTIVE, access.visible(actor),
                or_(RehabCase.missed_tests >= WARN_MISSED_TESTS,
                    RehabCase.unauthorised_absences >= WARN_ABSENCES,
                    RehabCase.days_away >= WARN_DAYS_AWAY,
                    RehabCase.reported_on.is_(None),
                    RehabCase.end_date <= horizon + timedelta(days=MATERIALS_BEFORE_END),
                    RehabCase.id.in_(pending))))
    if case_id is not None:
        q = q.where(RehabCase.id == case_id)
    rows = s.scalars(q).all()
    unsent: dict[str, list[PoliceReport]] = {}
    if rows:
        ids = [c.id for c in rows]
        for r in s.scalars(select(PoliceReport).where(PoliceReport.sent_at.is_(None), PoliceReport.deleted_at.is_(None),
                                                      PoliceReport.case_id.in_(ids)).order_by(PoliceReport.drafted_at)):
            unsent.setdefault(r.case_id, []).append(r)

    shown = labels(s, [(c.id, c.alias, c.person_ref) for c in rows])   # loaded with the case, already open
    out: list[StatuteAlert] = []
    for case in rows:
        out.extend(_case_alerts(case, shown[case.id], on, unsent.get(case.id, []), within_days))
    return sorted(out, key=lambda a: (LEVEL_ORDER[a.level], a.due or date.max, a.label))


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
