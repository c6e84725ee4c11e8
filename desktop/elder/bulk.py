"""Fast inserts of many members and check-ins (demo data, data take-over): multi-row INSERTs.

People must already be in the roster; the members' lookup copies (name, initials, phone tail) are
filled here exactly as `members_service.sync_from_person` fills them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.orm import new_id
from desktop.core.pinyin import name_pinyin
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.members_service import phone_digits_tail
from desktop.elder.models import ACTIVE, ElderCheckin, ElderMember, ElderStatusChange
from desktop.roster.models import Person

CHUNK = 500


def _stamp(row: dict[str, Any], actor: Actor, now: datetime) -> dict[str, Any]:
    row.setdefault("id", new_id())
    row.update(created_at=now, updated_at=now, updated_by=actor.username, deleted_at=None, version=1)
    return row


def bulk_add_members(s: Session, actor: Actor, rows: Sequence[dict[str, Any]]) -> list[str]:
    """Insert members (dicts with person_id, member_no, join_date and optional member columns)."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    ids = [r["person_id"] for r in rows]
    people: dict[str, Person] = {}
    for i in range(0, len(ids), CHUNK):
        for p in s.scalars(select(Person).where(Person.id.in_(ids[i:i + CHUNK]))):
            people[p.id] = p
    now = utcnow()
    members: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for r in rows:
        p = people[r["person_id"]]
        m = dict(status=ACTIVE, valid_until=None, recheck_date=None, category="普通", lunar_birthday=False,
                 photo_consent=False, eligibility_exception="", notes="")
        m.update(r)
        m.setdefault("status_since", m["join_date"])
        m.update(name=p.name, initials=p.name_initials or name_pinyin(p.name)[1], phone=p.phone or "",
                 phone_tail=phone_digits_tail(p.phone or ""), community_id=p.community_id)
        members.append(_stamp(m, actor, now))
        history.append(_stamp(dict(member_id=m["id"], status=ACTIVE, changed_on=m["join_date"], reason="入会"),
                              actor, now))
        if m["status"] != ACTIVE:
            history.append(_stamp(dict(member_id=m["id"], status=m["status"], changed_on=m["status_since"],
                                       reason=""), actor, now))
    for i in range(0, len(members), CHUNK):
        s.execute(insert(cast(Table, ElderMember.__table__)), members[i:i + CHUNK])
    for i in range(0, len(history), CHUNK):
        s.execute(insert(cast(Table, ElderStatusChange.__table__)), history[i:i + CHUNK])
    return [m["id"] for m in members]


def bulk_add_checkins(s: Session, actor: Actor, rows: Sequence[tuple[str, date, datetime, bool]]) -> int:
    """Insert past check-ins: (member_id, day, checked_in_at (aware), lunch)."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_checkins")
    now = utcnow()
    if s.get_bind().dialect.name == "sqlite":
        # The driver's executemany with values in SQLAlchemy's SQLite storage format: 200,000 rows in seconds.
        stamp = _sqlite_dt(now)
        sql = ("INSERT INTO elder_checkins (id, member_id, day, checked_in_at, lunch, flags, forced, desk_user, "
               "created_at, updated_at, updated_by, deleted_at, version) "
               "VALUES (?, ?, ?, ?, ?, '', 0, ?, ?, ?, ?, NULL, 1)")
        params = [(new_id(), m, d.isoformat(), _sqlite_dt(at), 1 if lunch else 0, actor.username, stamp, stamp,
                   actor.username) for m, d, at, lunch in rows]
        s.connection().exec_driver_sql(sql, params)
        return len(params)
    batch: list[dict[str, Any]] = []
    n = 0
    for member_id, day, at, lunch in rows:
        batch.append(dict(id=new_id(), member_id=member_id, day=day, checked_in_at=at, lunch=lunch, flags="",
                          forced=False, desk_user=actor.username, created_at=now, updated_at=now,
                          updated_by=actor.username, deleted_at=None, version=1))
        if len(batch) >= 5000:
            s.execute(insert(cast(Table, ElderCheckin.__table__)), batch)
            n += len(batch)
            batch = []
    if batch:
        s.execute(insert(cast(Table, ElderCheckin.__table__)), batch)
        n += len(batch)
    return n


def _sqlite_dt(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
