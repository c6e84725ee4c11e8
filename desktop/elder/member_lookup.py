"""Who a reception key means: a card scan or member number, a phone tail, pinyin initials or a name,
or a name/initials followed by a phone tail to narrow a long list (`lgy2222`, `李桂英 2222`).

Member numbers are read whatever way they were typed or printed: `QC-000010`, `qc 000010`,
`ＱＣ０００１０` and `QC10` all mean QC000010. A list longer than MAX_CANDIDATES is cut, and the
result says how many matched and how to narrow it. Kept to a few indexed queries; no permission check
here (the callers check), but with an actor only the members of the communities the actor serves are
found (elder.scope).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Date, Row, Select, and_, bindparam, func, select
from sqlalchemy.orm import Session

from desktop.core.messages import msg
from desktop.core.dates import age_on
from desktop.core.like import like_ends, like_starts
from desktop.core.security import Actor
from desktop.elder.member_numbers import NUMBER_WIDTH, member_numbers, normalize_key
from desktop.elder.members_service import member_flags
from desktop.elder.models import ElderCheckin, ElderMember
from desktop.elder.scope import communities_seen, member_filter
from desktop.roster.models import Household, Person

MAX_CANDIDATES = 30

_TEXT_THEN_TAIL = re.compile(r"(?P<text>[^\d]+?)(?P<tail>\d{1,4})")


@dataclass(frozen=True)
class MemberBrief:
    id: str
    member_no: str
    name: str
    phone_tail: str
    category: str
    status: str
    flags: tuple[str, ...] = ()
    age: int | None = None
    flat: str = ""                       # 西湖花园6号楼501: tells two 李桂英 apart
    checkin_id: str | None = None        # today's live check-in, if any
    checked_in_at: datetime | None = None
    lunch_today: bool = False


@dataclass(frozen=True)
class Lookup:
    key: str                             # the key as read (normalised)
    members: tuple[MemberBrief, ...]     # best kind of match first, at most MAX_CANDIDATES
    total: int                           # how many match in all
    hint: str = ""                       # how to narrow the list, when it was cut

    @property
    def cut(self) -> bool:
        return self.total > len(self.members)


_COLS = (ElderMember.id, ElderMember.member_no, ElderMember.name, ElderMember.phone_tail, ElderMember.category,
         ElderMember.status, ElderMember.valid_until, ElderMember.recheck_date, ElderMember.phone,
         Person.birth_date, Household.address, ElderCheckin.id.label("checkin_id"), ElderCheckin.checked_in_at,
         ElderCheckin.lunch)


def _joined(q: Select[*tuple[Any, ...]], day: date | ColumnElement[date]) -> Select[*tuple[Any, ...]]:
    """The member's age and flat, and the day's live check-in, joined onto a member query."""
    return (q.join(Person, Person.id == ElderMember.person_id)
            .outerjoin(Household, Household.id == Person.household_id)
            .outerjoin(ElderCheckin, and_(ElderCheckin.member_id == ElderMember.id, ElderCheckin.day == day,
                                          ElderCheckin.cancelled_at.is_(None), ElderCheckin.deleted_at.is_(None)))
            .where(ElderMember.deleted_at.is_(None)))


def brief(row: Row[*tuple[Any, ...]], on: date) -> MemberBrief:
    return MemberBrief(id=row.id, member_no=row.member_no, name=row.name, phone_tail=row.phone_tail,
                       category=row.category, status=row.status,
                       flags=tuple(member_flags(row.status, row.valid_until, row.recheck_date, on)),
                       age=age_on(row.birth_date, on) if row.birth_date else None, flat=row.address or "",
                       checkin_id=row.checkin_id, checked_in_at=row.checked_in_at, lunch_today=bool(row.lunch))


def member_query(on: date) -> Select[*tuple[Any, ...]]:
    """Members with age, flat and the day's check-in; add `.where(...)` (used for a chosen member)."""
    return _joined(select(*_COLS), on)


_BY_NUMBER: Select[*tuple[Any, ...]] | None = None


def _by_number() -> Select[*tuple[Any, ...]]:
    """The card-scan query, built once (statement construction costs more than the lookup)."""
    global _BY_NUMBER
    if _BY_NUMBER is None:
        _BY_NUMBER = (_joined(select(*_COLS), bindparam("day", type_=Date))
                      .where(ElderMember.member_no.in_(bindparam("numbers", expanding=True))))
    return _BY_NUMBER


def _listed(s: Session, on: date, cond: ColumnElement[bool], hint: str, *, key: str) -> Lookup:
    """Members matching `cond` (scope included), member-number order, cut at MAX_CANDIDATES with the full
    count."""
    rows = s.execute(member_query(on).where(cond).order_by(ElderMember.member_no)
                     .limit(MAX_CANDIDATES + 1)).all()
    found = [brief(r, on) for r in rows[:MAX_CANDIDATES]]
    total = len(rows)
    if total > MAX_CANDIDATES:
        total = int(s.scalar(select(func.count(ElderMember.id)).where(ElderMember.deleted_at.is_(None), cond)) or 0)
    return Lookup(key, _best_first(found), total, hint if total > len(found) else "")


def _best_first(found: list[MemberBrief]) -> tuple[MemberBrief, ...]:
    """Members who can simply be checked in first; flagged ones after (stable: member-number order)."""
    return tuple(sorted(found, key=lambda b: 1 if b.flags else 0))


def _tail_cond(tail: str) -> ColumnElement[bool]:
    return ElderMember.phone_tail == tail if len(tail) == 4 else like_ends(ElderMember.phone_tail, tail)


def lookup(s: Session, key: str, on: date, actor: Actor | None = None) -> Lookup:
    """Members a desk key may mean, best kind of match first; with `actor`, only those the actor serves."""
    k = normalize_key(key)
    if not k:
        return Lookup(k, (), 0)
    scope = member_filter(actor) if actor is not None and communities_seen(actor) is not None else None
    numbers = member_numbers(k)
    if numbers:
        if scope is None:
            rows = s.execute(_by_number(), {"day": on, "numbers": list(numbers)}).all()
        else:
            rows = s.execute(member_query(on).where(ElderMember.member_no.in_(numbers), scope)).all()
        if rows:
            rows = sorted(rows, key=lambda r: numbers.index(r.member_no))
            return Lookup(k, (brief(rows[0], on),), 1)
        merged = _merged_card(s, numbers, on, scope)
        if merged is not None:
            return merged
    if k.isdigit():
        return _by_digits(s, k, on, scope)

    def within(cond: ColumnElement[bool]) -> ColumnElement[bool]:
        return cond if scope is None else and_(cond, scope)
    split = _TEXT_THEN_TAIL.fullmatch(k)
    if split:
        text, tail = split.group("text"), split.group("tail")
        return _listed(s, on, within(and_(_text_cond(text), _tail_cond(tail))),
                       "请输入完整的手机尾号 4 位或全名", key=k)
    if k.isascii() and k.isalpha():
        return _listed(s, on, within(ElderMember.initials == k.lower()),
                       msg("请再输入手机尾号，如 {k}1234，或输入全名", k=k.lower()), key=k)
    exact = _listed(s, on, within(ElderMember.name == k), msg("请再输入手机尾号，如 {k}1234", k=k), key=k)
    if exact.members:
        return exact
    return _listed(s, on, within(like_starts(ElderMember.name, k)), msg("请输入全名或再加手机尾号，如 {k}1234", k=k), key=k)


def _merged_card(s: Session, numbers: tuple[str, ...] | list[str], on: date,
                 scope: ColumnElement[bool] | None) -> Lookup | None:
    """A card retired when its holder's duplicate record was merged still opens the member: follow the
    person's merge to the card that was kept, and say so."""
    old = s.execute(select(ElderMember.member_no, Person.merged_into_id)
                    .join(Person, Person.id == ElderMember.person_id)
                    .where(ElderMember.member_no.in_(list(numbers)), ElderMember.deleted_at.is_not(None),
                           Person.merged_into_id.is_not(None))).first()
    if old is None:
        return None
    person_id, seen = old.merged_into_id, set()
    while person_id and person_id not in seen:          # merged again later: follow the chain
        seen.add(person_id)
        base = member_query(on).where(ElderMember.person_id == person_id)
        row = s.execute(base if scope is None else base.where(scope)).first()
        if row is not None:
            kept = brief(row, on)
            return Lookup(old.member_no, (kept,), 1, msg("卡号 {old} 已并入 {kept}（重复档案合并）", old=old.member_no, kept=kept.member_no))
        person_id = s.scalar(select(Person.merged_into_id).where(Person.id == person_id))
    return None


def _text_cond(text: str) -> ColumnElement[bool]:
    if text.isascii() and text.isalpha():
        return ElderMember.initials == text.lower()
    starts: ColumnElement[bool] = like_starts(ElderMember.name, text)
    return starts


def _by_digits(s: Session, k: str, on: date, scope: ColumnElement[bool] | None) -> Lookup:
    """A phone tail (4 digits, or more of the number), or the digits of a card printed without letters."""
    if len(k) < 4:
        return Lookup(k, (), 0)
    base = member_query(on) if scope is None else member_query(on).where(scope)
    rows = s.execute(base.where(ElderMember.phone_tail == k[-4:]).order_by(ElderMember.member_no)
                     .limit(200)).all()
    if len(k) > 4:
        rows = [r for r in rows if re.sub(r"\D", "", r.phone or "").endswith(k)]
    found = [brief(r, on) for r in rows]
    seen = {b.id for b in found}
    by_no = s.execute(base.where(like_ends(ElderMember.member_no, k.zfill(NUMBER_WIDTH)))
                      .order_by(ElderMember.member_no).limit(5)).all()
    found += [brief(r, on) for r in by_no if r.id not in seen]
    total = len(found)
    hint = "请输入更多手机号码位数，或在尾号前加姓名首字母，如 lgy" + k[-4:]
    return Lookup(k, _best_first(found[:MAX_CANDIDATES]), total, hint if total > MAX_CANDIDATES else "")
