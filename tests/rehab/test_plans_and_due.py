"""The follow-up plan produces due dates; the worker's due list (this week + overdue)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import plans
from desktop.rehab.plans import Rule
from tests.rehab.conftest import new_case


def test_month_of_term_and_rule() -> None:
    start = date(2026, 3, 2)
    assert plans.month_of_term(start, date(2026, 3, 2)) == 1
    assert plans.month_of_term(start, date(2026, 4, 1)) == 1
    assert plans.month_of_term(start, date(2026, 4, 2)) == 2
    assert plans.month_of_term(start, date(2026, 10, 5)) == 8
    rules = list(plans.DEFAULT_RULES)
    assert plans.next_contact(rules, start, date(2026, 3, 9)) == date(2026, 3, 16)
    assert plans.next_contact(rules, start, date(2026, 10, 5)) == date(2026, 10, 19)
    assert plans.next_test(rules, start, date(2028, 6, 1)) == date(2028, 8, 30)
    assert plans.next_contact(rules, start, None) == start


def test_rules_must_chain_from_month_one() -> None:
    with pytest.raises(ValidationError):
        plans.validate_rules([Rule(1, 6, 7, 30), Rule(8, 36, 14, 60)])
    with pytest.raises(ValidationError):
        plans.validate_rules([Rule(1, 36, 0, 30)])
    assert plans.validate_rules([Rule(7, 36, 14, 60), Rule(1, 6, 7, 30)])[0].from_month == 1


def test_case_due_dates_follow_the_plan_and_the_supervisor_owns_it(sworld: Any) -> None:
    db, w1, sup = sworld.db, sworld.w1, sworld.sup
    with db.session(w1) as s:
        d = cases.get_case(s, w1, sworld.case_id)
        assert (d.next_contact_due, d.next_test_due, d.next_due) == (date(2026, 3, 16), date(2026, 4, 8),
                                                                     date(2026, 3, 16))
        rows = fu.list_followups(s, w1, sworld.case_id)
        assert rows[0].next_due == date(2026, 3, 16)
        assert plans.list_plan_rules(s, w1) == list(plans.DEFAULT_RULES)
    with pytest.raises(PermissionDenied):
        with db.session(w1) as s:
            plans.save_plan_rules(s, w1, [Rule(1, 36, 10, 20)])
    with db.session(sup) as s:
        plans.save_plan_rules(s, sup, [Rule(1, 12, 5, 20), Rule(13, 36, 30, 90)])
    with db.session(w1) as s:
        assert plans.list_plan_rules(s, w1)[0] == Rule(1, 12, 5, 20)
        fu.add_followup(s, w1, sworld.case_id, fu.FollowUpInput(on=date(2026, 3, 16), method="电话", content="近况"))
        d = cases.get_case(s, w1, sworld.case_id)
        assert (d.next_contact_due, d.next_test_due) == (date(2026, 3, 21), date(2026, 3, 29))
        # the worker may set the next date by hand
        fu.add_followup(s, w1, sworld.case_id, fu.FollowUpInput(on=date(2026, 3, 20), method="家访",
                                                                next_due=date(2026, 3, 30)))
        assert cases.get_case(s, w1, sworld.case_id).next_contact_due == date(2026, 3, 30)


def test_due_list_this_week_and_overdue(world: Any) -> None:
    db, w1 = world.db, world.w1
    other = new_case(db, w1, world.community_id, "欧阳明华", seq=13, start=date(2026, 3, 20))  # due 03-20
    closed = new_case(db, w1, world.community_id, "李伟强", seq=15, start=date(2026, 3, 12))
    with db.session(w1) as s:
        cases.change_status(s, w1, closed, "死亡", on=date(2026, 3, 13))
        rows = fu.due_followups(s, w1, on=date(2026, 3, 12))
        assert [(r.label, r.due, r.what, r.overdue_days) for r in rows] == [("阿杰", date(2026, 3, 16), "随访", 0)]
        rows = fu.due_followups(s, w1, on=date(2026, 3, 18))
        assert [(r.label, r.what, r.overdue_days) for r in rows] == [("阿杰", "随访", 2), ("欧***", "随访、检测", 0)]
        assert fu.due_followups(s, w1, on=date(2026, 3, 18), within_days=0)[0].case_id == world.case_id
        assert len(fu.due_followups(s, w1, on=date(2026, 3, 18), within_days=0)) == 1
    assert other
