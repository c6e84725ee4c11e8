"""The caseload: the cases a rehab role sees, as list rows, found by alias, name or decision number.

Lists show an alias or a masked name, never the full name. The alias and the case's person are sealed
(desktop.rehab.links), so the database cannot be asked "cases of people named 陈…": a search opens the
links of the actor's own visible cases, reads those people's names from the roster by id and matches
them here. Its cost follows the caseload, never the roster. The decision number is found by its keyed
hash (exact, whole number).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Unpack

from sqlalchemy import func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from desktop.core.sealed import LOCKED, search_token
from desktop.core.security import Actor, User
from desktop.rehab import access, links
from desktop.rehab.models import ACTIVE, RehabCase

UNREADABLE = "（无法读取）"


@dataclass(frozen=True)
class CaseRow:
    id: str
    label: str                 # alias or masked name — never the full name or ID
    kind: str
    status: str
    risk_level: str
    responsible: str
    start_date: date
    end_date: date
    next_due: date | None
    missed_tests: int
    unauthorised_absences: int
    days_away: int


def labels(s: Session, rows: list[tuple[str, str, str | None]]) -> dict[str, str]:
    """(case id, alias, stored person reference) → what a list shows: the alias, else the masked name.
    Only cases without an alias have their link opened."""
    need = {cid: ref for cid, alias, ref in rows if not alias or alias == LOCKED}
    names = links.names_for(s, need) if need else {}
    out = {}
    for cid, alias, _ref in rows:
        if alias and alias != LOCKED:
            out[cid] = alias
        else:
            out[cid] = access.mask_name(names[cid].name) if cid in names else UNREADABLE
    return out


_Row = Row[Unpack[tuple[Any, ...]]]        # one row of `_columns()`


def _columns() -> tuple[ColumnElement[Any] | QueryableAttribute[Any], ...]:
    return (RehabCase.id, RehabCase.alias, links.raw_ref(), RehabCase.kind, RehabCase.status, RehabCase.risk_level,
            User.display_name, RehabCase.start_date, RehabCase.end_date, RehabCase.next_due, RehabCase.missed_tests,
            RehabCase.unauthorised_absences, RehabCase.days_away, RehabCase.decision_no_key)


def _matches(s: Session, rows: list[_Row], text: str) -> list[_Row]:
    needle = text.casefold()
    token = search_token(text) or "-"
    names = links.names_for(s, {r[0]: r[2] for r in rows})
    out = []
    for r in rows:
        person = names.get(r[0])
        found = [r[1] or "", person.name if person else "", person.initials if person else ""]
        if r[13] == token or any(needle in value.casefold() for value in found if value != LOCKED):
            out.append(r)
    return out


def list_cases(s: Session, actor: Actor, *, query: str = "", status: str | None = ACTIVE, offset: int = 0,
               limit: int = 200) -> list[CaseRow]:
    """The caseload, soonest due first: alias or masked name only."""
    access.require_rehab(actor)
    q = (select(*_columns()).join(User, User.id == RehabCase.responsible_user_id)
         .where(RehabCase.deleted_at.is_(None), access.visible(actor)))
    if status:
        q = q.where(RehabCase.status == status)
    q = q.order_by(RehabCase.next_due.is_(None), RehabCase.next_due, RehabCase.id)
    text = query.strip()
    if text:
        rows = _matches(s, list(s.execute(q)), text)[offset:offset + limit]
    else:
        rows = list(s.execute(q.offset(offset).limit(limit)))
    shown = labels(s, [(r[0], r[1], r[2]) for r in rows])
    out = [CaseRow(r[0], shown[r[0]], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]) for r in rows]
    out.sort(key=lambda c: (c.next_due is None, c.next_due or date.max, c.label))
    return out


def count_cases(s: Session, actor: Actor, *, status: str | None = ACTIVE) -> int:
    access.require_rehab(actor)
    q = select(func.count()).select_from(RehabCase).where(RehabCase.deleted_at.is_(None), access.visible(actor))
    if status:
        q = q.where(RehabCase.status == status)
    return int(s.scalar(q) or 0)
