"""Reception check-in: one key (card scan, member number, phone tail, pinyin initials or name) → one
member checked in for the day, or the candidates to choose from. Kept to a few indexed queries."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Date, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.clock import today as local_today
from desktop.core.audit import _HOST, AuditAction, AuditEntry
from desktop.core import audit
from desktop.core.clock import utcnow
from desktop.core.db import new_id
from desktop.core.errors import NotFound, UserError
from desktop.core.like import like_ends, like_starts
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.members_service import member_flags
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

_MEMBER_NO = re.compile(r"[A-Z]{1,4}\d{3,}")
_MAX_CANDIDATES = 30


@dataclass
class MemberBrief:
    id: str
    member_no: str
    name: str
    phone_tail: str
    category: str
    status: str
    flags: list[str] = field(default_factory=list)
    checked_in_at: datetime | None = None     # today's check-in, if any
    lunch_today: bool = False


@dataclass
class CheckinResult:
    status: str                      # checked_in | already | candidates | not_found | needs_confirm | refused
    message: str
    member: MemberBrief | None = None
    candidates: list[MemberBrief] = field(default_factory=list)
    lunch: bool = False
    checked_in_at: object = None

    @property
    def ok(self) -> bool:
        return self.status in (CHECKED_IN, ALREADY)


_COLS = (ElderMember.id, ElderMember.member_no, ElderMember.name, ElderMember.phone_tail, ElderMember.category,
         ElderMember.status, ElderMember.valid_until, ElderMember.recheck_date, ElderMember.phone)


def _brief(row, on: date) -> MemberBrief:  # noqa: ANN001
    return MemberBrief(id=row[0], member_no=row[1], name=row[2], phone_tail=row[3], category=row[4],
                       status=row[5], flags=member_flags(row[5], row[6], row[7], on), checked_in_at=row[10],
                       lunch_today=bool(row[11]))


def _base(on: date):  # noqa: ANN202
    """Member columns with the day's check-in (if any) in the same query."""
    return (select(*_COLS, ElderCheckin.id, ElderCheckin.checked_in_at, ElderCheckin.lunch)
            .outerjoin(ElderCheckin, and_(ElderCheckin.member_id == ElderMember.id, ElderCheckin.day == on,
                                          ElderCheckin.deleted_at.is_(None)))
            .where(ElderMember.deleted_at.is_(None)))


def normalize_key(key: str) -> str:
    return unicodedata.normalize("NFKC", key or "").strip().replace(" ", "")


_BY_NUMBER = None
_INSERT_CHECKIN: dict[str, object] = {}


def _insert_checkin(s: Session):  # noqa: ANN202
    """INSERT … ON CONFLICT (member_id, day) DO NOTHING, for SQLite or PostgreSQL (built once each)."""
    name = s.get_bind().dialect.name
    if name not in _INSERT_CHECKIN:
        if name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        _INSERT_CHECKIN[name] = dialect_insert(ElderCheckin.__table__).on_conflict_do_nothing(
            index_elements=["member_id", "day"]).returning(ElderCheckin.__table__.c.id)
    return _INSERT_CHECKIN[name]
_INSERT_AUDIT = insert(AuditEntry.__table__)


def _by_number():  # noqa: ANN202
    """The card-scan query, built once (statement construction costs more than the lookup)."""
    global _BY_NUMBER
    if _BY_NUMBER is None:
        day = bindparam("day", type_=Date)
        _BY_NUMBER = (select(*_COLS, ElderCheckin.id, ElderCheckin.checked_in_at, ElderCheckin.lunch)
                      .outerjoin(ElderCheckin, and_(ElderCheckin.member_id == ElderMember.id, ElderCheckin.day == day,
                                                    ElderCheckin.deleted_at.is_(None)))
                      .where(ElderMember.deleted_at.is_(None), ElderMember.member_no == bindparam("no")))
    return _BY_NUMBER


def find_members(s: Session, key: str, on: date, actor: Actor | None = None) -> list[MemberBrief]:
    """Members a desk key may mean, best kind of match first (no permission check: internal). With
    `actor`, only members of the communities the actor serves (elder.scope)."""
    k = normalize_key(key)
    if not k:
        return []
    seen = communities_seen(actor) if actor is not None else None
    base = _base(on) if seen is None else _base(on).where(member_filter(actor))
    upper = k.upper()
    if _MEMBER_NO.fullmatch(upper):
        rows = (s.execute(_by_number(), {"day": on, "no": upper}).all() if seen is None
                else s.execute(base.where(ElderMember.member_no == upper)).all())
        return [_brief(r, on) for r in rows]
    if k.isdigit():
        if len(k) < 4:
            return []
        rows = s.execute(base.where(ElderMember.phone_tail == k[-4:]).limit(200)).all()
        if len(k) > 4:
            rows = [r for r in rows if re.sub(r"\D", "", r[8]).endswith(k)]
        found = [_brief(r, on) for r in rows]
        # A card printed without its letters: the digits of a member number.
        by_no = s.execute(base.where(like_ends(ElderMember.member_no, k.zfill(6))).limit(5)).all()
        seen = {b.id for b in found}
        found += [_brief(r, on) for r in by_no if r[0] not in seen]
        return found
    if k.isascii() and k.isalpha():
        rows = s.execute(base.where(ElderMember.initials == k.lower()).limit(_MAX_CANDIDATES)).all()
        return [_brief(r, on) for r in rows]
    rows = s.execute(base.where(ElderMember.name == k).limit(_MAX_CANDIDATES)).all()
    if not rows:
        rows = s.execute(base.where(like_starts(ElderMember.name, k)).limit(_MAX_CANDIDATES)).all()
    return [_brief(r, on) for r in rows]


def _order(b: MemberBrief) -> tuple[int, str]:
    return (1 if b.flags else 0, b.member_no)


def checkin(s: Session, actor: Actor, key: str, *, lunch: bool = False, on: date | None = None,
            force: bool = False) -> CheckinResult:
    """Check a member in for the day.

    A second check-in the same day is reported (ALREADY), not doubled; asking for lunch then adds it.
    A suspended or expired member is not checked in unless the desk confirms (`force=True`);
    a withdrawn or deceased member never is.
    """
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins")
    on = on or local_today()
    found = find_members(s, key, on, actor)
    if not found:
        return CheckinResult(NOT_FOUND, f"没有找到会员：{normalize_key(key)}")
    if len(found) > 1:
        found.sort(key=_order)
        return CheckinResult(CANDIDATES, f"找到 {len(found)} 位会员，请选择", candidates=found)
    return _checkin_member(s, actor, found[0], lunch=lunch, on=on, force=force)


def checkin_member(s: Session, actor: Actor, member_id: str, *, lunch: bool = False, on: date | None = None,
                   force: bool = False) -> CheckinResult:
    """Check in a member chosen from the candidates."""
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins", entity_id=member_id)
    on = on or local_today()
    row = s.execute(_base(on).where(ElderMember.id == member_id, member_filter(actor))).first()
    if row is None:
        raise NotFound("没有这个会员")
    return _checkin_member(s, actor, _brief(row, on), lunch=lunch, on=on, force=force)


def _checkin_member(s: Session, actor: Actor, m: MemberBrief, *, lunch: bool, on: date,
                    force: bool) -> CheckinResult:
    flag_text = "、".join(m.flags)
    if m.checked_in_at is not None:
        added = ""
        if lunch and not m.lunch_today:
            s.execute(update(ElderCheckin).where(ElderCheckin.member_id == m.id, ElderCheckin.day == on)
                      .values(lunch=True, updated_at=utcnow(), updated_by=actor.username,
                              version=ElderCheckin.version + 1))
            audit.record(s, actor, AuditAction.UPDATE, "elder_checkins", m.id, f"{on.isoformat()} 补登午餐")
            m.lunch_today = True
            added = "，已补登午餐"
        return CheckinResult(ALREADY, f"{m.name} 今天已签到（{_hm(m.checked_in_at)}）{added}",
                             member=m, lunch=m.lunch_today, checked_in_at=m.checked_in_at)
    refuse = [f for f in m.flags if f in REFUSE_FLAGS]
    if refuse:
        return CheckinResult(REFUSED, f"{m.name} 会员状态为{'、'.join(refuse)}，不能签到", member=m)
    confirm = [f for f in m.flags if f in CONFIRM_FLAGS]
    if confirm and not force:
        return CheckinResult(NEEDS_CONFIRM, f"{m.name}：{'、'.join(confirm)}，确认仍要签到吗？", member=m, lunch=lunch)
    now = utcnow()
    row = dict(id=new_id(), member_id=m.id, day=on, checked_in_at=now, lunch=lunch, flags=",".join(m.flags),
               forced=bool(confirm), desk_user=actor.username)
    # Two plain INSERTs (the check-in and its audit row): the desk's hot path skips the unit of work.
    done = s.execute(_insert_checkin(s), dict(row, created_at=now, updated_at=now, updated_by=actor.username,
                                              version=1, deleted_at=None))
    if done.first() is None:
        # Another desk checked the same member in a moment ago (the unique (member, day) key held).
        return CheckinResult(ALREADY, f"{m.name} 今天已签到（另一台电脑刚刚登记）", member=m, lunch=lunch)
    changes = {k: [None, v.isoformat() if hasattr(v, "isoformat") else v] for k, v in row.items() if k != "id"}
    s.execute(_INSERT_AUDIT, dict(
        id=new_id(), at=now, actor_id=actor.id, actor_name=actor.username, action=AuditAction.CREATE.value,
        entity="elder_checkins", entity_id=row["id"], changes=json.dumps(changes, ensure_ascii=False),
        detail=None, host=_HOST))
    m.checked_in_at, m.lunch_today = now, lunch
    text = f"{m.name} 签到成功" + ("，午餐" if lunch else "") + (f"（{flag_text}）" if flag_text else "")
    return CheckinResult(CHECKED_IN, text, member=m, lunch=lunch, checked_in_at=now)


def _hm(moment) -> str:  # noqa: ANN001
    from desktop.core.clock import to_local
    return to_local(moment).strftime("%H:%M") if moment else ""


def set_lunch(s: Session, actor: Actor, member_id: str, lunch: bool, on: date | None = None) -> None:
    require(actor, Perm.ELDER_CHECKIN, entity="elder_checkins", entity_id=member_id)
    on = on or local_today()
    row = s.scalar(select(ElderCheckin).where(ElderCheckin.member_id == member_id, ElderCheckin.day == on))
    if row is None:
        raise UserError("该会员今天还没有签到")
    row.lunch = lunch
    s.flush()


@dataclass
class TodayRow:
    member_id: str
    member_no: str
    name: str
    category: str
    checked_in_at: object
    lunch: bool
    flags: str


@dataclass
class TodayList:
    day: date
    rows: list[TodayRow]
    arrivals: int
    lunches: int


def today_list(s: Session, actor: Actor, on: date | None = None) -> TodayList:
    """The day's arrivals, latest first, with the arrival and lunch counts."""
    require(actor, Perm.ELDER_VIEW, entity="elder_checkins")
    on = on or local_today()
    q = (select(ElderCheckin.member_id, ElderMember.member_no, ElderMember.name, ElderMember.category,
                ElderCheckin.checked_in_at, ElderCheckin.lunch, ElderCheckin.flags)
         .join(ElderMember, ElderMember.id == ElderCheckin.member_id)
         .where(ElderCheckin.day == on, ElderCheckin.deleted_at.is_(None), member_filter(actor))
         .order_by(ElderCheckin.checked_in_at.desc()))
    rows = [TodayRow(*r) for r in s.execute(q)]
    return TodayList(day=on, rows=rows, arrivals=len(rows), lunches=sum(1 for r in rows if r.lunch))


@dataclass
class DayCount:
    day: date
    arrivals: int
    lunches: int


def attendance_by_day(s: Session, actor: Actor, first: date, last: date) -> list[DayCount]:
    """Arrivals and lunches per day in [first, last] (days with none are left out)."""
    require(actor, Perm.ELDER_VIEW, entity="elder_checkins")
    from sqlalchemy import Integer, case
    q = (select(ElderCheckin.day, func.count(ElderCheckin.id),
                func.sum(case((ElderCheckin.lunch.is_(True), 1), else_=0).cast(Integer)))
         .where(ElderCheckin.day >= first, ElderCheckin.day <= last, ElderCheckin.deleted_at.is_(None))
         .group_by(ElderCheckin.day).order_by(ElderCheckin.day))
    return [DayCount(d, int(a), int(lu or 0)) for d, a, lu in s.execute(q)]
