"""Two rehab workers edit the same case: the second save is refused, never a lost update."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.errors import ConflictError
from desktop.rehab import cases_service as cases
from desktop.rehab.models import RehabCase


def _input(d: cases.CaseDetail, **changes: object) -> cases.CaseInput:
    base = cases.CaseInput(kind=d.kind, decision_date=d.decision_date, start_date=d.start_date, end_date=d.end_date,
                           decision_no=d.decision_no, decision_authority=d.decision_authority,
                           reported_on=d.reported_on, agreement_signed_on=d.agreement_signed_on,
                           police_liaison=d.police_liaison, risk_level=d.risk_level, alias=d.alias, notes=d.notes)
    return replace(base, **changes)


def test_case_saved_from_an_old_snapshot_is_refused(world) -> None:
    w = world
    with w.db.session(w.w1) as s:
        desk_a = cases.get_case(s, w.w1, w.case_id)
    with w.db.session(w.sup) as s:
        desk_b = cases.get_case(s, w.sup, w.case_id)
    with w.db.session(w.w1) as s:
        cases.update_case(s, w.w1, w.case_id, _input(desk_a, police_liaison="李警官 13800001111"),
                          expected_version=desk_a.version)
    with pytest.raises(ConflictError, match="个案已被其他工作台修改"), w.db.session(w.sup) as s:
        cases.update_case(s, w.sup, w.case_id, _input(desk_b, notes="督导意见：加强家访"),
                          expected_version=desk_b.version)
    with w.db.session() as s:
        case = s.get(RehabCase, w.case_id)
        assert case.police_liaison == "李警官 13800001111" and case.notes == desk_b.notes
