"""Buildings and households: find-or-create, and the community → building → household tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.address import floor_of, household_address
from desktop.core.communities import Community
from desktop.roster.counts import household_counts
from desktop.roster.models import Building, Household


@dataclass
class HouseholdNode:
    id: str
    label: str          # 1单元501 / 501
    unit: str
    room: str
    address: str
    count: int


@dataclass
class BuildingNode:
    id: str
    label: str          # 西湖花园6号楼
    estate: str
    name: str
    count: int
    households: list[HouseholdNode] = field(default_factory=list)


@dataclass
class CommunityNode:
    id: str
    name: str
    count: int          # people in the community (with or without a household)
    buildings: list[BuildingNode] = field(default_factory=list)
    unhoused: int = 0   # people not in any household


def ensure_building(s: Session, actor: Actor, community_id: str, estate: str, name: str) -> str:
    """The id of building `estate`+`name` of the community, created when it does not exist yet."""
    require(actor, Perm.ROSTER_EDIT, community_id=community_id, entity="buildings")
    estate, name = (estate or "").strip(), (name or "").strip()
    if not name:
        raise ValidationError({"building": "请填写楼栋"})
    if s.get(Community, community_id) is None:
        raise NotFound("找不到这个社区")
    found = s.scalar(select(Building.id).where(Building.community_id == community_id, Building.estate == estate,
                                               Building.name == name, Building.deleted_at.is_(None)))
    if found:
        return found
    b = Building(community_id=community_id, estate=estate, name=name, address=f"{estate}{name}")
    s.add(b)
    s.flush()
    return b.id


def ensure_household(s: Session, actor: Actor, building_id: str, unit: str, room: str) -> str:
    """The id of household `unit`/`room` of the building, created when it does not exist yet."""
    b = s.get(Building, building_id)
    if b is None or b.deleted_at is not None:
        require(actor, Perm.ROSTER_EDIT, entity="buildings", entity_id=building_id)
        raise NotFound("找不到这个楼栋")
    require(actor, Perm.ROSTER_EDIT, community_id=b.community_id, entity="households")
    unit, room = (unit or "").strip(), (room or "").strip()
    if not room:
        raise ValidationError({"room": "请填写房号"})
    found = s.scalar(select(Household.id).where(Household.building_id == building_id, Household.unit == unit,
                                                Household.room == room, Household.deleted_at.is_(None)))
    if found:
        return found
    h = Household(building_id=b.id, community_id=b.community_id, unit=unit, room=room, floor=floor_of(room),
                  address=household_address(b.estate, b.name, unit, room))
    s.add(h)
    s.flush()
    return h.id


def _visible_communities(s: Session, actor: Actor) -> list[tuple[str, str]]:
    cq = select(Community.id, Community.name).where(Community.deleted_at.is_(None)).order_by(Community.name)
    if not actor.all_communities:
        cq = cq.where(Community.id.in_(sorted(actor.community_ids)))
    return [(cid, name) for cid, name in s.execute(cq)]


def tree_counts(s: Session, actor: Actor) -> tuple[dict[str, int], dict[str, int]]:
    """(people per community, people per household) of the communities the actor may see, from the kept
    counts alone: after a save, delete or merge the tree's numbers are brought up to date without
    reading buildings and households again."""
    require(actor, Perm.ROSTER_VIEW, entity="communities")
    per_community: dict[str, int] = {}
    per_household: dict[str, int] = {}
    for (cid, hid), n in household_counts(s, [cid for cid, _ in _visible_communities(s, actor)]).items():
        per_community[cid] = per_community.get(cid, 0) + n
        if hid:
            per_household[hid] = per_household.get(hid, 0) + n
    return per_community, per_household


def roster_tree(s: Session, actor: Actor) -> list[CommunityNode]:
    """Communities the actor may see, their buildings and households, with head counts (read from
    desktop.roster.counts, not counted: the cost is the tree's size, not the roster's)."""
    require(actor, Perm.ROSTER_VIEW, entity="communities")
    communities = {cid: CommunityNode(cid, name, 0) for cid, name in _visible_communities(s, actor)}
    if not communities:
        return []
    ids = list(communities)
    per_household: dict[str, int] = {}
    for (cid, hid), n in household_counts(s, ids).items():     # kept by triggers: rows as many as shown
        communities[cid].count += n
        if hid:
            per_household[hid] = per_household.get(hid, 0) + n
        else:
            communities[cid].unhoused = n
    buildings: dict[str, BuildingNode] = {}
    for b in s.scalars(select(Building).where(Building.community_id.in_(ids), Building.deleted_at.is_(None))
                       .order_by(Building.estate, func.length(Building.name), Building.name)):
        node = BuildingNode(b.id, b.label, b.estate, b.name, 0)
        buildings[b.id] = node
        communities[b.community_id].buildings.append(node)
    rows = s.execute(select(Household.id, Household.building_id, Household.unit, Household.room,
                            Household.address)
                     .where(Household.community_id.in_(ids), Household.deleted_at.is_(None))
                     .order_by(Household.building_id, Household.unit, func.length(Household.room),
                               Household.room))
    for hid, bid, unit, room, address in rows:
        b_node = buildings.get(bid)
        if b_node is None:
            continue
        n = per_household.get(hid, 0)
        b_node.households.append(HouseholdNode(hid, f"{unit}单元{room}" if unit else room, unit, room,
                                               address, n))
        b_node.count += n
    return list(communities.values())
