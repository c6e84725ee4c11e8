"""The follow-up plan: how often to contact and test, by month of the term.

No national frequency is published, so the rules are an editable template owned by a supervisor.
Until a supervisor saves one, the default below applies. The rules produce due dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.messages import msg
from desktop.core.security import Actor
from desktop.rehab.access import require_rehab, require_supervisor
from desktop.rehab.models import PlanRule
from desktop.core.clock import utcnow

ENTITY = "rehab_plan_rules"


@dataclass(frozen=True)
class Rule:
    from_month: int
    to_month: int
    contact_days: int
    test_days: int

    @property
    def label(self) -> str:
        return msg("第{first}–{last}个月：每{contact}天联系，每{test}天检测", first=self.from_month, last=self.to_month,
                   contact=self.contact_days, test=self.test_days)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(1, 6, 7, 30),
    Rule(7, 24, 14, 60),
    Rule(25, 36, 30, 90),
)


def validate_rules(rules: Sequence[Rule]) -> list[Rule]:
    """Phases must start at month 1, follow each other without gap or overlap, with positive intervals."""
    ordered = sorted(rules, key=lambda r: r.from_month)
    if not ordered:
        raise ValidationError({"rules": "随访计划至少要有一个阶段"})
    expected = 1
    for r in ordered:
        if r.from_month != expected or r.to_month < r.from_month:
            raise ValidationError({"rules": msg("阶段应从第{expected}个月接续开始，且结束月不早于开始月", expected=expected)})
        if not (1 <= r.contact_days <= 365 and 1 <= r.test_days <= 365):
            raise ValidationError({"rules": "联系和检测间隔应在1到365天之间"})
        expected = r.to_month + 1
    return ordered


def _stored(s: Session) -> list[Rule]:
    rows = s.scalars(select(PlanRule).where(PlanRule.deleted_at.is_(None)).order_by(PlanRule.from_month)).all()
    return [Rule(r.from_month, r.to_month, r.contact_days, r.test_days) for r in rows]


def rules_in_force(s: Session) -> list[Rule]:
    """Internal: the rules used to compute due dates (no permission check; not exposed)."""
    return _stored(s) or list(DEFAULT_RULES)


def list_plan_rules(s: Session, actor: Actor) -> list[Rule]:
    require_rehab(actor, entity=ENTITY)
    return rules_in_force(s)


def save_plan_rules(s: Session, actor: Actor, rules: Sequence[Rule]) -> list[Rule]:
    """Replace the template (supervisor only). Old phases are soft-deleted, so the change is audited.

    The new rules apply from each case's next recorded follow-up: dates already given to a person stay."""
    require_supervisor(actor, entity=ENTITY)
    ordered = validate_rules(rules)

    for old in s.scalars(select(PlanRule).where(PlanRule.deleted_at.is_(None))):
        old.deleted_at = utcnow()
    for r in ordered:
        s.add(PlanRule(from_month=r.from_month, to_month=r.to_month, contact_days=r.contact_days,
                       test_days=r.test_days))
    s.flush()
    return ordered


def month_of_term(start: date, on: date) -> int:
    """1 for the first month after `start`, 2 for the second, …"""
    if on < start:
        return 1
    months = (on.year - start.year) * 12 + (on.month - start.month)
    if on.day < start.day:
        months -= 1
    return months + 1


def rule_for(rules: Sequence[Rule], start: date, on: date) -> Rule:
    m = month_of_term(start, on)
    for r in rules:
        if r.from_month <= m <= r.to_month:
            return r
    return rules[-1] if m > rules[-1].to_month else rules[0]


def next_contact(rules: Sequence[Rule], start: date, last: date | None) -> date:
    """Due date of the next contact: at the start of the term, then every `contact_days` of the phase."""
    if last is None:
        return start
    return last + timedelta(days=rule_for(rules, start, last).contact_days)


def next_test(rules: Sequence[Rule], start: date, last: date | None) -> date:
    if last is None:
        return start
    return last + timedelta(days=rule_for(rules, start, last).test_days)
