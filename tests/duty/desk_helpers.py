"""The guard desk of building 6 on a given day (own desk accounts, the four 值班室 shifts, residents to
look in on), and picks that hold on any date: a swap that breaks no rule, a member free to cover."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from desktop.core.roles import Role
from desktop.core.security import SYSTEM, Actor, User, UserCommunity
from desktop.duty import common, shifts_service, teams_service
from desktop.duty.models import DutyAway, DutyShift
from desktop.roster import attention
from desktop.roster.models import Person


def quick_actor(db: Any, username: str, role: Role, community_id: str, display_name: str) -> Actor:
    """A user row and its Actor without password hashing (sign-in is not what these tests test)."""
    with db.session(SYSTEM) as s:
        u = User(username=username, display_name=display_name, password_hash="-", role=role.value)
        u.communities.append(UserCommunity(community_id=community_id))
        s.add(u)
        s.flush()
        return Actor.from_user(u, desk="")


@dataclass
class DeskWorld:
    w: Any
    day: date                                              # the desk's day (from the desk clock)
    desk: dict[str, Actor] = field(default_factory=dict)   # member name -> his own desk account
    shifts: dict[str, str] = field(default_factory=dict)   # "06:00" -> shift id of that start on `day`


DESK_SHIFTS = [("06:00", "12:00", "李秀英"), ("12:00", "18:00", "王建国"), ("18:00", "22:00", "陈富森"),
               ("22:00", "02:00", "何皓")]


def desk_accounts(w: Any) -> dict[str, Actor]:
    """Own desk accounts for 李秀英, 王建国, 张桂兰 and 何皓 (a new member), linked to their member rows;
    陈富森 (the captain) is the world's volunteer."""
    accounts = {"陈富森": w.volunteer}
    with w.db.session(w.coordinator) as s:
        w.members["何皓"] = teams_service.save_member(
            s, w.coordinator, w.team_id, teams_service.MemberInput(name="何皓", phone="13711112222", max_per_week=4))
    for username, name in (("li", "李秀英"), ("wang", "王建国"), ("zhang", "张桂兰"), ("he", "何皓")):
        accounts[name] = quick_actor(w.db, username, Role.DUTY_VOLUNTEER, w.community_id, name)
        with w.db.session(w.coordinator) as s:
            row = next(m for m in teams_service.list_members(s, w.coordinator, w.team_id) if m.name == name)
            inp = teams_service.MemberInput(person_id=row.person_id, name=row.name, phone=row.phone,
                                            user_id=accounts[name].id, max_per_week=row.max_per_week)
            teams_service.save_member(s, w.coordinator, w.team_id, inp, row.id)
    return accounts


def desk_shifts(w: Any, day: date) -> dict[str, str]:
    """The four 值班室 shifts of the day, 06:00 to the next 02:00, each with its volunteer."""
    out = {}
    with w.db.session(w.coordinator) as s:
        for start, end, name in DESK_SHIFTS:
            out[start] = shifts_service.add_shift(s, w.coordinator, w.posts["值班室"], day, common.parse_hm(start),
                                                  common.parse_hm(end), w.members[name])
    return out


def residents_to_look_in_on(w: Any, day: date) -> None:
    """Tags (with welfare status among them) and notes of building 6 as the roster keeps them."""
    with w.db.session(SYSTEM) as s:
        for name, tags in (("张桂兰", "独居老人,特困"), ("周德胜", "空巢老人,低保"), ("吴丽华", "留守儿童")):
            s.get(Person, w.people[name]).tags = tags
    with w.db.session(w.coordinator) as s:
        attention.add_note(s, w.coordinator, attention.NoteInput(
            "外出", "601 全家外出旅游，家中无人", day, day + timedelta(days=5), household_id=w.households[5]))
        attention.add_note(s, w.coordinator, attention.NoteInput(
            "生病住院", "老伴住院，多关心", day, None, person_id=w.people["刘志强"]))


def desk_world_on(w: Any, day: date) -> DeskWorld:
    dw = DeskWorld(w, day, desk_accounts(w))
    dw.shifts = desk_shifts(w, day)
    residents_to_look_in_on(w, day)
    return dw



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
