"""The centre's membership rules (minimum age, residence, member number prefix, recheck interval, visit
intervals): stored values over the defaults, and who meets them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.dates import age_on
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.models import DEFAULT_RULES, ElderRule
from desktop.roster.models import Person


# --- rules ----------------------------------------------------------------------------------

def get_rules(s: Session) -> dict[str, str]:
    """The centre's rules: stored values over the defaults."""
    rules = dict(DEFAULT_RULES)
    for key, value in s.execute(select(ElderRule.key, ElderRule.value).where(ElderRule.deleted_at.is_(None))):
        rules[key] = value
    return rules


def set_rule(s: Session, actor: Actor, key: str, value: str) -> None:
    require(actor, Perm.ELDER_MANAGE, entity="elder_rules")
    if key not in DEFAULT_RULES and not key.startswith("visit_interval."):
        raise UserError(msg("没有这项规则：{key}", key=key))
    if key in ("min_age", "recheck_months") or key.startswith("visit_interval."):
        if not value.strip().isdigit():
            raise ValidationError({key: "请填写整数"})
    row = s.scalar(select(ElderRule).where(ElderRule.key == key))
    if row is None:
        s.add(ElderRule(key=key, value=value.strip()))
    else:
        row.value = value.strip()
    s.flush()


def int_rule(rules: dict[str, str], key: str, default: int) -> int:
    try:
        return int(rules.get(key, default))
    except ValueError:
        return default


def eligibility_problems(s: Session, person: Person, on: date, rules: dict[str, str] | None = None) -> list[str]:
    """Why `person` does not meet the centre's criteria on `on` (empty: eligible)."""
    rules = rules or get_rules(s)
    problems: list[str] = []
    min_age = int_rule(rules, "min_age", 60)
    if person.birth_date is None:
        problems.append("出生日期未登记，无法核对年龄")
    else:
        age = age_on(person.birth_date, on)
        if age < min_age:
            problems.append(msg("年龄 {age} 岁，未满 {min_age} 岁", age=age, min_age=min_age))
    if rules.get("residence_required", "1") == "1":
        accepted = {t.strip() for t in rules.get("residence_types", "").split(",") if t.strip()}
        if person.household_id is None and person.residence_type not in accepted:
            problems.append("没有本辖区的居住登记")
        elif person.residence_type and accepted and person.residence_type not in accepted:
            problems.append(msg("居住类型为{kind}，不在{accepted}之内", kind=person.residence_type,
                                accepted=sorted(accepted)))
    return problems
