"""A person's search fields (pinyin, initials, search text and keys), filled from the record and its
household. Kept apart from the service so that merges, imports and the rehab case register fill them
without importing the whole roster service."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.roster.models import Household, Person
from desktop.roster.search import address_forms, search_fields, split_tags


def household_keys(h: Household | None) -> list[str]:
    """Address forms a person of household `h` is found by."""
    if h is None:
        return []
    b = getattr(h, "building", None)
    if b is None:
        return [h.address] if h.address else []
    return address_forms(b.estate, b.name, h.unit, h.room, h.address)


def fill_search_fields(p: Person, household: Household | None) -> None:
    """Set name_pinyin, name_initials, search_text and search_keys of `p` (before insert/update)."""
    for key, value in search_fields(p.name, override=p.name_pinyin_override or "", phones=(p.phone, p.phone2),
                                    addresses=household_keys(household), tags=split_tags(p.tags)).items():
        if getattr(p, key) != value:
            setattr(p, key, value)


def reindex_people(s: Session, person_ids: Sequence[str] | None = None) -> int:
    """Recompute the search fields of the given people (all when None) from what is stored.

    Inserts that bypass `save_person` (bulk import) must either fill the fields with
    `fill_search_fields` or call this afterwards; the SQLite trigram index follows by trigger."""
    q = select(Person)
    if person_ids is not None:
        ids = list(person_ids)
        n = 0
        for i in range(0, len(ids), 500):
            for p in s.scalars(q.where(Person.id.in_(ids[i:i + 500]))):
                fill_search_fields(p, p.household)
                n += 1
        return n
    n = 0
    for p in s.scalars(q):
        fill_search_fields(p, p.household)
        n += 1
    return n
