"""Reception check-in: one key (card scan, member number, phone tail, pinyin initials or name) → one
member checked in for the day, or the candidates to choose from. Kept to a few indexed queries.

Counts are derived, never stored: a day's arrivals are its live (uncancelled) check-ins, its lunches
those of them with lunch. A wrong check-in or lunch is undone in `checkin_corrections`."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Insert, Integer, Table, case, func, insert, select, update
from sqlalchemy.sql.dml import ReturningInsert
from sqlalchemy.orm import Session
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop.core import audit
from desktop.core.audit import HOST, AuditAction, AuditEntry
from desktop.core.clock import to_local, utcnow
from desktop.core.clock import today as local_today
from desktop.core.orm import new_id
from desktop.core.messages import msg
from desktop.core.errors import NotFound
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.member_lookup import MemberBrief, brief, lookup, member_query
from desktop.elder.member_numbers import member_numbers
from desktop.elder.models import ElderCheckin, ElderMember
from desktop.elder.scope import communities_seen, member_filter

CHECKED_IN = "checked_in"
ALREADY = "already"
CANDIDATES = "candidates"
NOT_FOUND = "not_found"
NEEDS_CONFIRM = "needs_confirm"
REFUSED = "refused"

# Flags that stop a check-in until the desk confirms (force=True).
CONFIRM_FLAGS = frozenset({"暂停", "已过期"})
# Flags that stop it altogether.
REFUSE_FLAGS = frozenset({"退会", "去世"})


@dataclass(frozen=True)
class CheckinResult:
    status: str                      # checked_in | already | candidates | not_found | needs_confirm | refused
    message: str
    member: MemberBrief | None = None
    candidates: tuple[MemberBrief, ...] = ()
    total: int = 0                   # candidates: how many matched (more than shown when the list is cut)
    hint: str = ""                   # candidates: how to narrow a cut list
    lunch: bool = False
    checked_in_at: datetime | None = None
    checkin_id: str | None = None    # the live check-in (checked_in / already), for undoing it

    @property
    def ok(self) -> bool:
        return self.status in (CHECKED_IN, ALREADY)


def checkin(s: Session, actor: Actor, key: str, *, lunch: bool = False, on: date | None = None,
            force: bool = False) -> CheckinResult:
    """Check a member in for the day.

    A second check-in the same day is reported (ALREADY), not doubled; asking for lunch then adds it.
    A suspended or expired member is not checked in unless the desk confirms (`force=True`);
    a withdrawn or deceased member never is.
    """
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins")
    on = on or local_today()
    found = lookup(s, key, on, actor)
    if not found.members:
        numbers = member_numbers(found.key)
        if numbers:
            return CheckinResult(NOT_FOUND, msg("没有找到会员号：{number}", number=numbers[-1]))
        return CheckinResult(NOT_FOUND, msg("没有找到会员：{key}", key=found.key) if found.key else "请刷卡或输入会员号")
    if len(found.members) > 1:
        n = len(found.members)
        if found.cut:
            text = msg("显示前 {n} 位，共 {total} 位，{hint}", n=n, total=found.total, hint=found.hint)
        else:
            text = msg("找到 {n} 位会员，请选择", n=n)
        return CheckinResult(CANDIDATES, text, candidates=found.members, total=found.total, hint=found.hint)
    result = _checkin_member(s, actor, found.members[0], lunch=lunch, on=on, force=force)
    if found.hint:                   # a single member with a note: a retired card that was merged
        result = replace(result, message=msg("{message}（{hint}）", message=result.message, hint=found.hint))
    return result


def checkin_member(s: Session, actor: Actor, member_id: str, *, lunch: bool = False, on: date | None = None,
                   force: bool = False) -> CheckinResult:
    """Check in a member chosen from the candidates (or confirmed after a prompt)."""
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins", entity_id=member_id)
    on = on or local_today()
    row = s.execute(member_query(on).where(ElderMember.id == member_id, member_filter(actor))).first()
    if row is None:
        raise NotFound("没有这个会员")
    return _checkin_member(s, actor, brief(row, on), lunch=lunch, on=on, force=force)


_INSERT_CHECKIN: dict[str, ReturningInsert[Any]] = {}
_INSERT_AUDIT = insert(cast(Table, AuditEntry.__table__))


def _insert_checkin(s: Session) -> ReturningInsert[Any]:
    """INSERT … ON CONFLICT (member_id, day) WHERE live DO NOTHING, for SQLite or PostgreSQL (built once each)."""
    name = s.get_bind().dialect.name
    if name not in _INSERT_CHECKIN:
        table = cast(Table, ElderCheckin.__table__)
        stmt: Insert
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert  # deferred: a server database only

            stmt = pg_insert(table).on_conflict_do_nothing(
                index_elements=["member_id", "day"], index_where=table.c.cancelled_at.is_(None))
        else:
            stmt = sqlite_insert(table).on_conflict_do_nothing(
                index_elements=["member_id", "day"], index_where=table.c.cancelled_at.is_(None))
        _INSERT_CHECKIN[name] = stmt.returning(table.c.id)
    return _INSERT_CHECKIN[name]


def _checkin_member(s: Session, actor: Actor, m: MemberBrief, *, lunch: bool, on: date,
                    force: bool) -> CheckinResult:
    if m.checked_in_at is not None:
        return _already(s, actor, m, lunch=lunch, on=on)
    refuse = [f for f in m.flags if f in REFUSE_FLAGS]
    if refuse:
        return CheckinResult(REFUSED, msg("{name} 会员状态为{flags}，不能签到", name=m.name, flags=refuse), member=m)
    confirm = [f for f in m.flags if f in CONFIRM_FLAGS]
    if confirm and not force:
        return CheckinResult(NEEDS_CONFIRM, msg("{name}：{flags}，确认仍要签到吗？", name=m.name, flags=confirm),
                             member=m, lunch=lunch)
    now = utcnow()
    checkin_id = new_id()
    row = dict(id=checkin_id, member_id=m.id, day=on, checked_in_at=now, lunch=lunch, flags=",".join(m.flags),
               forced=bool(confirm), desk_user=actor.username)
    # Two plain INSERTs (the check-in and its audit row): the desk's hot path skips the unit of work.
    done = s.execute(_insert_checkin(s), dict(row, created_at=now, updated_at=now, updated_by=actor.username,
                                              version=1, deleted_at=None, cancelled_at=None, cancelled_by="",
                                              cancel_reason=""))
    if done.first() is None:
        # Another desk checked the same member in a moment ago (one live check-in per member and day).
        live = s.execute(member_query(on).where(ElderMember.id == m.id)).first()
        if live is not None and live.checkin_id:
            return _already(s, actor, brief(live, on), lunch=lunch, on=on, note="另一台电脑刚刚登记")
        return CheckinResult(ALREADY, msg("{name} 今天已签到（另一台电脑刚刚登记）", name=m.name), member=m, lunch=lunch)
    changes = {k: [None, v.isoformat() if hasattr(v, "isoformat") else v] for k, v in row.items() if k != "id"}
    s.execute(_INSERT_AUDIT, dict(
        id=new_id(), at=now, actor_id=actor.id, actor_name=actor.username, action=AuditAction.CREATE.value,
        entity="elder_checkins", entity_id=row["id"], changes=json.dumps(changes, ensure_ascii=False),
        detail=None, host=HOST))
    m = replace(m, checkin_id=checkin_id, checked_in_at=now, lunch_today=lunch)
    flag_text = "、".join(m.flags)
    if flag_text and lunch:
        text = msg("{name} 签到成功，午餐（{flags}）", name=m.name, flags=list(m.flags))
    elif flag_text:
        text = msg("{name} 签到成功（{flags}）", name=m.name, flags=list(m.flags))
    elif lunch:
        text = msg("{name} 签到成功，午餐", name=m.name)
    else:
        text = msg("{name} 签到成功", name=m.name)
    return CheckinResult(CHECKED_IN, text, member=m, lunch=lunch, checked_in_at=now, checkin_id=checkin_id)


def _already(s: Session, actor: Actor, m: MemberBrief, *, lunch: bool, on: date, note: str = "") -> CheckinResult:
    """The member is in already: say since when; asking for lunch now adds it to that check-in."""
    added = False
    if lunch and not m.lunch_today:
        s.execute(update(ElderCheckin).where(ElderCheckin.id == m.checkin_id)
                  .values(lunch=True, updated_at=utcnow(), updated_by=actor.username,
                          version=ElderCheckin.version + 1))
        audit.record(s, actor, AuditAction.UPDATE, "elder_checkins", m.checkin_id,
                     f"{on.isoformat()} {m.member_no} {m.name} 补登午餐")
        m = replace(m, lunch_today=True)
        added = True
    since = note or _hm(m.checked_in_at)
    if added:
        text = msg("{name} 今天已签到（{since}），已补登午餐", name=m.name, since=since)
    else:
        text = msg("{name} 今天已签到（{since}）", name=m.name, since=since)
    return CheckinResult(ALREADY, text, member=m, lunch=m.lunch_today,
                         checked_in_at=m.checked_in_at, checkin_id=m.checkin_id)


def _hm(moment: datetime | None) -> str:
    return to_local(moment).strftime("%H:%M") if moment else ""


@dataclass(frozen=True)
class TodayRow:
    member_id: str
    member_no: str
    name: str
    category: str
    checked_in_at: datetime
    lunch: bool
    flags: str
    checkin_id: str = ""


@dataclass(frozen=True)
class CancelledRow:
    checkin_id: str
    member_no: str
    name: str
    checked_in_at: datetime
    cancelled_at: datetime
    cancelled_by: str
    reason: str


@dataclass(frozen=True)
class TodayList:
    day: date
    rows: list[TodayRow]                  # live check-ins, latest first: these count
    arrivals: int
    lunches: int
    cancelled: tuple[CancelledRow, ...] = ()   # undone ones, kept as records (latest undone first)


def today_list(s: Session, actor: Actor, on: date | None = None) -> TodayList:
    """The day's arrivals, latest first, with the arrival and lunch counts (cancelled ones apart)."""
    require(actor, Perm.ELDER_VIEW, entity="elder_checkins")
    on = on or local_today()
    q = (select(ElderCheckin.member_id, ElderMember.member_no, ElderMember.name, ElderMember.category,
                ElderCheckin.checked_in_at, ElderCheckin.lunch, ElderCheckin.flags, ElderCheckin.id,
                ElderCheckin.cancelled_at, ElderCheckin.cancelled_by, ElderCheckin.cancel_reason)
         .join(ElderMember, ElderMember.id == ElderCheckin.member_id)
         .where(ElderCheckin.day == on, ElderCheckin.deleted_at.is_(None), member_filter(actor))
         .order_by(ElderCheckin.checked_in_at.desc(), ElderCheckin.id))
    rows: list[TodayRow] = []
    cancelled: list[CancelledRow] = []
    for r in s.execute(q):
        if r.cancelled_at is None:
            rows.append(TodayRow(r.member_id, r.member_no, r.name, r.category, r.checked_in_at, bool(r.lunch),
                                 r.flags, r.id))
        else:
            cancelled.append(CancelledRow(r.id, r.member_no, r.name, r.checked_in_at, r.cancelled_at,
                                          r.cancelled_by, r.cancel_reason))
    cancelled.sort(key=lambda c: c.cancelled_at, reverse=True)
    return TodayList(day=on, rows=rows, arrivals=len(rows), lunches=sum(1 for r in rows if r.lunch),
                     cancelled=tuple(cancelled))


@dataclass(frozen=True)
class DayCount:
    day: date
    arrivals: int
    lunches: int


def day_counts(s: Session, actor: Actor, on: date | None = None) -> DayCount:
    """The day's arrivals and lunches alone (one aggregate over the day's index), for the counter's figures;
    the same members as today_list."""
    require(actor, Perm.ELDER_VIEW, entity="elder_checkins")
    on = on or local_today()
    q = select(func.count(ElderCheckin.id), func.sum(case((ElderCheckin.lunch.is_(True), 1), else_=0).cast(Integer)))
    if not _centre_wide(actor):
        q = q.join(ElderMember, ElderMember.id == ElderCheckin.member_id).where(member_filter(actor))
    arrivals, lunches = s.execute(q.where(ElderCheckin.day == on, live_checkins())).one()
    return DayCount(on, int(arrivals or 0), int(lunches or 0))


def _centre_wide(actor: Actor) -> bool:
    return communities_seen(actor) is None


def live_checkins() -> ColumnElement[bool]:
    """The condition for check-ins that count (neither cancelled nor deleted)."""
    return ElderCheckin.cancelled_at.is_(None) & ElderCheckin.deleted_at.is_(None)


def attendance_by_day(s: Session, actor: Actor, first: date, last: date) -> list[DayCount]:
    """Arrivals and lunches per day in [first, last] (days with none are left out)."""
    require(actor, Perm.ELDER_VIEW, entity="elder_checkins")
    q = (select(ElderCheckin.day, func.count(ElderCheckin.id),
                func.sum(case((ElderCheckin.lunch.is_(True), 1), else_=0).cast(Integer)))
         .where(ElderCheckin.day >= first, ElderCheckin.day <= last, live_checkins())
         .group_by(ElderCheckin.day).order_by(ElderCheckin.day))
    return [DayCount(d, int(a), int(lu or 0)) for d, a, lu in s.execute(q)]
