"""The roster as lines: one person each, in address order, as exported and printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.dates import age_if_born
from desktop.core.idcard import mask_id
from desktop.core.vocabulary import sex_label
from desktop.roster.models import Building, Household, Person


@dataclass
class RosterLine:
    """One person as exported and printed (ID number already masked where it must be)."""

    person_id: str
    name: str
    sex: str
    birth_date: date | None
    age: int | None
    ethnicity: str
    id_number: str
    phone: str
    phone2: str
    address: str
    estate: str
    building: str
    building_id: str | None
    unit: str
    room: str
    household_id: str | None
    relation: str
    residence_type: str
    tags: list[str]
    notes: str

    def cells(self) -> list[object]:
        return [self.name, self.sex, self.birth_date.isoformat() if self.birth_date else "",
                "" if self.age is None else self.age, self.ethnicity, self.id_number, self.phone, self.phone2,
                self.address, self.building, self.unit, self.room, self.relation, self.residence_type,
                "、".join(self.tags), self.notes]


def roster_lines(s: Session, community_id: str, *, full_id: bool, building_id: str | None = None,
                 household_id: str | None = None, today: date | None = None) -> list[RosterLine]:
    """People of a community (or one building / household) in address order, head of household first.

    No permission check: callers check first (export_roster, the printing functions)."""
    today = today or clock.today()
    head_first = case((Person.relation == "户主", 0), else_=1)
    q = (select(Person.id, Person.name, Person.sex, Person.birth_date, Person.ethnicity, Person.id_number,
                Person.phone, Person.phone2, Person.relation, Person.residence_type, Person.tags, Person.notes,
                Person.household_id, Household.address, Household.unit, Household.room, Building.id,
                Building.estate, Building.name)
         .select_from(Person)
         .outerjoin(Household, Household.id == Person.household_id)
         .outerjoin(Building, Building.id == Household.building_id)
         .where(Person.community_id == community_id, Person.deleted_at.is_(None))
         .order_by(Building.estate.is_(None), Building.estate, Building.name, Household.unit, Household.room,
                   Person.household_id, head_first, Person.birth_date, Person.name))
    if building_id is not None:
        q = q.where(Household.building_id == building_id)
    if household_id is not None:
        q = q.where(Person.household_id == household_id)
    out = []
    for (pid, name, sex, born, ethnicity, number, phone, phone2, relation, residence, tags, notes, hid,
         address, unit, room, bid, estate, building) in s.execute(q):
        out.append(RosterLine(
            pid, name, sex_label(sex), born, age_if_born(born, today), ethnicity,
            (number or "") if full_id else mask_id(number or ""), phone, phone2, address or "", estate or "",
            building or "", bid, unit or "", room or "", hid, relation, residence,
            [t for t in (tags or "").split(",") if t], notes))
    return sort_buildings(out)


def _number_key(text: str) -> tuple[int, int, str]:
    digits = "".join(c for c in text if c.isdigit())
    return (0, int(digits), text) if digits else (1, 0, text)


def sort_buildings(lines: Sequence[RosterLine]) -> list[RosterLine]:
    """2号楼 before 10号楼, 302 before 1201 — SQL sorts the text; people keep their order in a household."""
    order = {id(x): i for i, x in enumerate(lines)}
    return sorted(lines, key=lambda x: (x.building_id is None, x.estate, _number_key(x.building),
                                        _number_key(x.unit), _number_key(x.room), x.household_id or "",
                                        order[id(x)]))
