"""Which building a desk looks after, read at sign-in: the machine's setting (a building's label or name in
the desk's community), else, at a guard desk, the building of the volunteer's own duty team."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.security import Actor
from desktop.duty.teams_service import home_building_for
from desktop.roster.models import Building


def desk_building(s: Session, actor: Actor, community_id: str, wanted: str, desk: str) -> tuple[str, str] | None:
    """(building id, its label) or None."""
    building_id = None
    if wanted:
        for b in s.scalars(select(Building).where(Building.community_id == community_id)):
            if wanted in (b.label, b.name):
                building_id = b.id
                break
    elif desk == "guard":
        building_id = home_building_for(s, actor)
    found = s.get(Building, building_id) if building_id is not None else None
    return (found.id, found.label) if found is not None else None
