"""Referrals with outcome, and the person's anti-drug volunteering read from the activities module."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from desktop.core.errors import ValidationError
from desktop.core.security import SYSTEM
from desktop.rehab import cases_service as cases
from desktop.rehab import referrals


def test_referral_outcome(sworld: Any) -> None:
    db, w1 = sworld.db, sworld.w1
    with db.session(w1) as s:
        with pytest.raises(ValidationError):
            referrals.add_referral(s, w1, sworld.case_id, kind="旅游", to_org="x", on=date(2026, 4, 1))
        rid = referrals.add_referral(s, w1, sworld.case_id, kind="低保", to_org="凤城街道民政办", on=date(2026, 4, 2))
        referrals.set_referral_outcome(s, w1, rid, "已纳入低保")
        rows = referrals.list_referrals(s, w1, sworld.case_id)
    assert [(r.kind, r.outcome) for r in rows] == [("低保", "已纳入低保"), ("就业", "")]


def test_participation_in_publicity_events(sworld: Any) -> None:
    from desktop.activities.models import Activity, ActivityHelper, Attendance

    db, w1 = sworld.db, sworld.w1
    with db.session(w1) as s:
        person_id = cases.get_case(s, w1, sworld.case_id).person_id
    with db.session(SYSTEM) as s:
        made = []
        for n, module in enumerate(("rehab", "rehab", "elder")):
            a = Activity(title=f"禁毒宣传{n}", module=module, community_id=sworld.community_id,
                         starts_at=datetime(2026, 6, 1 + n, 2, tzinfo=UTC), ends_at=datetime(2026, 6, 1 + n, 4, tzinfo=UTC))
            s.add(a)
            s.flush()
            made.append(a.id)
        s.add(ActivityHelper(activity_id=made[0], person_id=person_id, minutes=120, role="禁毒志愿者"))
        s.add(Attendance(activity_id=made[1], person_id=person_id, checked_in_at=datetime(2026, 6, 2, 2, tzinfo=UTC)))
        s.add(Attendance(activity_id=made[2], person_id=person_id, checked_in_at=datetime(2026, 6, 3, 2, tzinfo=UTC)))
    with db.session(w1) as s:
        p = referrals.participation(s, w1, sworld.case_id)
    assert (p.attended, p.helped, p.volunteer_minutes) == (1, 1, 120)
    assert [e.title for e in p.events] == ["禁毒宣传1", "禁毒宣传0"]
