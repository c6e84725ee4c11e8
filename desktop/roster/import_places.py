"""The buildings and households of the community an import goes into, looked up in memory.

A sheet's address may name only the building (`3号楼`); where the community has several buildings
of that name (西湖新村 and 西湖花园), the import asks once which estate the sheet's buildings belong
to (`estate`): every row that names no estate is then placed in that one.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.orm import new_id
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.roster.address import floor_of, household_address
from desktop.roster.models import Building, Household, Person

AMBIGUOUS = "本社区有多个"      # how the message below begins: ImportPlan.ambiguous_count looks for it


class Places:
    def __init__(self, s: Session, community_id: str, estate: str = "") -> None:
        self.s = s
        self.community_id = community_id
        self.estate = estate           # where the buildings of rows that name no estate are
        self.buildings: dict[tuple[str, str], Building] = {}
        self.building_by_id: dict[str, Building] = {}
        self.by_name: dict[str, list[Building]] = {}
        for b in s.scalars(select(Building).where(Building.community_id == community_id,
                                                  Building.deleted_at.is_(None))):
            self._add_building(b)
        self.households: dict[tuple[str, str, str], Any] = {}
        self.household_by_id: dict[str, Any] = {}
        rows = s.execute(select(Household.id, Household.building_id, Household.unit, Household.room,
                                Household.address)
                         .where(Household.community_id == community_id, Household.deleted_at.is_(None)))
        for hid, bid, unit, room, address in rows:
            self._add_household(hid, bid, unit, room, address)
        self.new_buildings = 0
        self.new_households: list[dict[str, Any]] = []
        self.people: dict[str, Person] = {}

    def _add_building(self, b: Building) -> None:
        self.buildings[(b.estate, b.name)] = b
        self.building_by_id[b.id] = b
        self.by_name.setdefault(b.name, []).append(b)

    def _add_household(self, hid: str, bid: str, unit: str, room: str, address: str) -> Any:
        h = SimpleNamespace(id=hid, building_id=bid, unit=unit, room=room, address=address,
                            building=self.building_by_id.get(bid))
        self.households[(bid, unit, room)] = h
        self.household_by_id[hid] = h
        return h

    @property
    def estates(self) -> list[str]:
        """The named estates of the community."""
        return sorted({e for e, _ in self.buildings if e})

    def check_estate(self) -> None:
        if self.estate and self.estate not in self.estates:
            known = "、".join(self.estates) or "（还没有）"
            raise UserError(msg("本社区没有名为“{estate}”的小区（本社区的小区：{known}）", estate=self.estate, known=known))

    def place(self, values: dict[str, Any]) -> None:
        """Put a row that names a building but no estate in the chosen estate, where its building's
        name alone does not tell one building of the community (several, or none yet)."""
        if self.estate and values.get("building") and not values.get("estate") \
                and len(self.by_name.get(values["building"], [])) != 1:
            values["estate"] = self.estate

    def find_building(self, estate: str, name: str) -> tuple[Building | None, str]:
        """(building or None when it would be created, problem)."""
        if (estate, name) in self.buildings:
            return self.buildings[(estate, name)], ""
        if not estate:
            found = self.by_name.get(name, [])
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                estates = sorted(b.estate or "（未写小区）" for b in found)
                return None, msg("本社区有多个“{name}”（{estates}），请在住址中写明小区名，或导入时指定小区",
                                 name=name, estates=estates)
        return None, ""

    def household_for(self, values: dict[str, Any]) -> Any:
        """The household of a planned row, creating the building/household rows when needed."""
        if not values.get("building"):
            return None
        b, problem = self.find_building(values["estate"], values["building"])
        if problem:
            raise UserError(problem)
        if b is None:
            b = Building(community_id=self.community_id, estate=values["estate"], name=values["building"],
                         address=f"{values['estate']}{values['building']}")
            self.s.add(b)
            self.s.flush()
            self._add_building(b)
            self.new_buildings += 1
        key = (b.id, values["unit"], values["room"])
        if key in self.households:
            return self.households[key]
        hid = new_id()
        address = household_address(b.estate, b.name, values["unit"], values["room"])
        self.new_households.append(dict(
            id=hid, building_id=b.id, community_id=self.community_id, unit=values["unit"], room=values["room"],
            floor=floor_of(values["room"]), address=address, phone="", notes=""))
        return self._add_household(hid, b.id, values["unit"], values["room"], address)

    def target_address(self, values: dict[str, Any]) -> str:
        if not values.get("building"):
            return ""
        b, _ = self.find_building(values["estate"], values["building"])
        estate = b.estate if b is not None else values["estate"]
        return household_address(estate, values["building"], values["unit"], values["room"])
