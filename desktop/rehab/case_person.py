"""The person a new case is about: picked from the roster, or registered in it when the case is opened.

A rehab worker holds no roster rights; registering the person of a case is the one roster write the
module makes for them. The roster's own record of it (who registered whom, when) stays as it is for
every registration. Where even that should not point at the rehab centre, the person is registered by
reception or the community social worker first, as residents normally are, and the case found by ID
number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.idcard import IdCardError, parse_id
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.roster import service as roster
from desktop.roster.models import Household, Person
from desktop.roster.search_fields import fill_search_fields


@dataclass
class NewPerson:
    """A person not yet in the roster, registered when the case is opened."""

    name: str
    id_number: str = ""
    sex: str = ""
    birth_date: date | None = None
    phone: str = ""
    community_id: str | None = None
    household_id: str | None = None


def register_person(s: Session, actor: Actor, p: NewPerson) -> str:
    """Register the case's person in the roster (through the roster service when the actor may edit it)."""
    if not p.name.strip():
        raise ValidationError({"name": "请填写姓名"})
    community_id = p.community_id
    if community_id is None:
        raise ValidationError({"community_id": "请选择所在社区"})
    id_number = None
    sex, birth = p.sex, p.birth_date
    if p.id_number.strip():
        try:
            info = parse_id(p.id_number)
        except IdCardError as exc:
            raise ValidationError({"id_number": str(exc)}) from None
        id_number, sex, birth = info.number, sex or info.sex, birth or info.birth_date
        existing = s.scalar(select(Person.id).where(Person.id_number == id_number))
        if existing:
            return existing
    if actor.can(Perm.ROSTER_EDIT):
        return roster.save_person(s, actor, roster.PersonInput(
            name=p.name.strip(), sex=sex, birth_date=birth, id_number=id_number or "", phone=p.phone,
            household_id=p.household_id, community_id=community_id))
    # A rehab worker may register the person of a case without general roster rights.
    person = Person(community_id=community_id, household_id=p.household_id, name=p.name.strip(), sex=sex,
                    birth_date=birth, id_number=id_number, phone=p.phone.strip())
    fill_search_fields(person, s.get(Household, p.household_id) if p.household_id else None)
    s.add(person)
    s.flush()
    return person.id
