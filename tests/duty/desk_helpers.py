"""Picks that hold on any date: a swap that breaks no rule, a member free to cover a shift."""

from __future__ import annotations

from sqlalchemy import select

from desktop.duty import shifts_service
from desktop.duty.models import DutyAway, DutyShift


def swap_is_clean(w, shift_id: str, other_id: str) -> bool:
    """Whether approving a swap of the two shifts breaks no rule (neither member double-booked or away)."""
    with w.db.session(w.coordinator) as s:
        a, b = s.get(DutyShift, shift_id), s.get(DutyShift, other_id)
        for member_id, sh in ((b.member_id, a), (a.member_id, b)):
            if shifts_service.clash(s, member_id, sh.start_at, sh.end_at, (a.id, b.id)) is not None:
                return False
            if s.scalars(select(DutyAway).where(DutyAway.member_id == member_id, DutyAway.deleted_at.is_(None),
                                                DutyAway.date_from <= sh.day, DutyAway.date_to >= sh.day)).first():
                return False
    return True


def free_member(w, shift_id: str) -> str:
    """A member other than the shift's own who is free at its time (a cover that can be approved)."""
    with w.db.session(w.coordinator) as s:
        sh = s.get(DutyShift, shift_id)
        return next(m for m in w.members.values() if m != sh.member_id
                    and shifts_service.clash(s, m, sh.start_at, sh.end_at, (sh.id,)) is None)
