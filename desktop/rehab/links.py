"""The sealed link from a case to its person, read back for rehab roles.

A case holds its person's id sealed under the rehab key (`RehabCase.person_ref`) and a keyed hash of it
(`person_token`); nothing in the database joins a rehab record to `people` without the key.

People are merged (desktop.roster.merge) by social workers who hold no rehab key and so cannot move a
sealed link: the link keeps naming the person it was written for, and is resolved here, at read time,
through `people.merged_into_id` (set on the record a merge drops, cleared by its undo) to the record that
stands for that person now. Undoing a merge needs nothing from rehab: the case resolves to the restored
record again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TypeCoerce
from sqlalchemy.types import Text

from desktop.core.sealed import LOCKED, current_key, current_link_token, open_text
from desktop.rehab.models import RehabCase
from desktop.roster.models import Person

CHUNK = 500          # ids per IN list (SQLite's bound-parameter limit on old builds is 999)
MAX_HOPS = 20        # merges in a row followed before giving up (a loop would be a damaged journal)


@dataclass(frozen=True)
class PersonName:
    id: str
    name: str
    initials: str


def set_person(case: RehabCase, person_id: str) -> None:
    """Link `case` to `person_id` (sealed, with its token). Needs the rehab key of the unit of work."""
    case.person_ref = person_id
    case.person_token = current_link_token(person_id)


def raw_ref() -> TypeCoerce[str]:
    """The stored (sealed) person reference, not opened on fetch: opened only where needed (`open_ref`)."""
    return type_coerce(RehabCase.person_ref, Text)


def open_ref(stored: str | None) -> str | None:
    """The person id in a stored reference (or one already opened); None when it cannot be opened (no
    key, or damaged)."""
    if not stored:
        return None
    plain = open_text(current_key(), stored)
    return None if plain == LOCKED else plain


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def resolve_many(s: Session, person_ids: Iterable[str]) -> dict[str, str]:
    """Each id → the id of the record standing for that person now (following merges)."""
    out = {pid: pid for pid in person_ids}
    frontier = set(out.values())
    for _ in range(MAX_HOPS):
        found: dict[str, str | None] = {}
        for chunk in _chunks(sorted(frontier)):
            found.update(s.execute(select(Person.id, Person.merged_into_id).where(
                Person.id.in_(chunk), Person.merged_into_id.is_not(None), Person.deleted_at.is_not(None))).all())
        moved = {a: b for a, b in found.items() if b and b != a}
        if not moved:
            break
        for pid, now in out.items():
            if now in moved:
                out[pid] = moved[now]
        frontier = set(moved.values())
    return out


def resolve(s: Session, person_id: str) -> str:
    return resolve_many(s, [person_id])[person_id]


def person_of(s: Session, case: RehabCase) -> Person | None:
    """The person a case is about (after merges); None when the link cannot be opened."""
    pid = case.person_ref                  # opened by the column type under the unit of work's key
    if not pid or pid == LOCKED:
        return None
    return s.get(Person, resolve(s, pid))


def names_for(s: Session, stored_refs: dict[str, str | None]) -> dict[str, PersonName]:
    """case id → its person's id, name and initials, for stored (sealed) references; cases whose link
    cannot be opened are left out."""
    opened = {cid: open_ref(ref) for cid, ref in stored_refs.items()}
    resolved = resolve_many(s, {pid for pid in opened.values() if pid})
    people: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(resolved.values()))):
        people.update({pid: (name, initials) for pid, name, initials in s.execute(
            select(Person.id, Person.name, Person.name_initials).where(Person.id.in_(chunk)))})
    out = {}
    for cid, pid in opened.items():
        now = resolved.get(pid) if pid else None
        if now in people:
            name, initials = people[now]
            out[cid] = PersonName(now, name, initials or "")
    return out


def merged_into(s: Session, person_id: str) -> set[str]:
    """`person_id` and every record merged into it, directly or through others (their cases are its)."""
    found = {person_id}
    frontier = {person_id}
    for _ in range(MAX_HOPS):
        more: set[str] = set()
        for chunk in _chunks(sorted(frontier)):
            more |= set(s.scalars(select(Person.id).where(Person.merged_into_id.in_(chunk),
                                                          Person.deleted_at.is_not(None))))
        frontier = more - found
        if not frontier:
            break
        found |= frontier
    return found


def tokens_of(s: Session, person_id: str) -> list[str]:
    """The link tokens under which a case of this person (or of a record merged into it) is stored."""
    return sorted(current_link_token(pid) for pid in merged_into(s, person_id))


def cases_of(s: Session, person_id: str, *, status: str | None = None) -> list[str]:
    """Ids of the live cases of a person (and of records merged into it): one indexed lookup by token."""
    q = select(RehabCase.id).where(RehabCase.person_token.in_(tokens_of(s, person_id)),
                                   RehabCase.deleted_at.is_(None))
    if status is not None:
        q = q.where(RehabCase.status == status)
    return list(s.scalars(q))
