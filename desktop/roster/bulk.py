"""Fast inserts of many people at once (import, demo): one multi-row INSERT per chunk.

Search fields are filled here and the SQLite trigram index follows by trigger; each new person
gets its CREATE row in the audit trail (field values, ID numbers masked) unless `audit_each=False`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.core.audit import AuditAction, AuditEntry, entry_row
from desktop.core.bulk_insert import insert_rows
from desktop.core.clock import utcnow
from desktop.core.orm import new_id
from desktop.core.idcard import mask_id
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.models import Building, Household, Person
from desktop.roster.search import keys_written_after, search_fields
from desktop.roster.search_fields import household_keys

_TEXT_DEFAULTS = {"sex": "", "ethnicity": "", "phone": "", "phone2": "", "relation": "", "residence_type": "",
                  "notes": "", "tags": ""}
_AUDITED = ("name", "name_pinyin_override", "sex", "birth_date", "birth_date_partial", "ethnicity", "id_number",
            "phone", "phone2", "relation", "residence_type", "tags", "notes", "household_id", "community_id")
CHUNK = 500


def household_search_keys(s: Session, household_ids: set[str]) -> dict[str, list[str]]:
    """Address keys (full and short form) of each household, in one query per 500 ids."""
    out: dict[str, list[str]] = {}
    ids = sorted(household_ids)
    for i in range(0, len(ids), CHUNK):
        for h in s.scalars(select(Household).where(Household.id.in_(ids[i:i + CHUNK]))):
            out[h.id] = household_keys(h)
    return out


def bulk_add_people(s: Session, actor: Actor, rows: Sequence[dict[str, Any]], *, audit_each: bool = True,
                    perm: Perm = Perm.ROSTER_EDIT, address_keys: Mapping[str, list[str]] | None = None) -> list[str]:
    """Insert already-validated people (dicts of Person columns; `tags` a list or "a,b"); return ids.

    `address_keys` (household id → its address search forms) saves reading back households the
    caller has just written; without it they are read from the database."""
    for cid in sorted({r["community_id"] for r in rows}):
        require(actor, perm, community_id=cid, entity="people")
    wanted = {r["household_id"] for r in rows if r.get("household_id")}
    if address_keys is None or not wanted <= address_keys.keys():
        addresses: Mapping[str, list[str]] = household_search_keys(s, wanted)
    else:
        addresses = address_keys
    now = utcnow()
    people: list[dict[str, Any]] = []
    entries: list[dict[str, Any]] = []
    for r in rows:
        p: dict[str, Any] = dict(_TEXT_DEFAULTS)
        p.update({k: v for k, v in r.items() if v is not None or k in ("id_number", "birth_date", "household_id")})
        tags = p["tags"]
        tag_list = [t for t in (tags.split(",") if isinstance(tags, str) else tags) if t]
        p["tags"] = ",".join(dict.fromkeys(tag_list))
        p.setdefault("id", new_id())
        p.setdefault("id_number", None)
        p.setdefault("birth_date", None)
        p.setdefault("household_id", None)
        p.setdefault("name_pinyin_override", "")
        p.setdefault("birth_date_partial", False)
        p.update(search_fields(p["name"], override=p["name_pinyin_override"], phones=(p["phone"], p["phone2"]),
                               addresses=addresses.get(p["household_id"] or "", []), tags=tag_list))
        p.update(created_at=now, updated_at=now, updated_by=actor.username, version=1, deleted_at=None,
                 merged_into_id=None)
        people.append(p)
        if audit_each:
            changes = {k: [None, mask_id(v) if k == "id_number" else
                           (v.isoformat() if hasattr(v, "isoformat") else v)]
                       for k in _AUDITED if (v := p.get(k)) not in (None, "", False)}
            entries.append(entry_row(actor, AuditAction.CREATE, "people", p["id"], changes, at=now))
    with keys_written_after(s.connection()):
        insert_rows(s, cast(Table, Person.__table__), people)
    insert_rows(s, cast(Table, AuditEntry.__table__), entries)
    return [p["id"] for p in people]


def bulk_add_households(s: Session, actor: Actor, building: Building,
                        rooms: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Create the (unit, room) households of a building that do not exist yet; return all their ids."""
    from desktop.roster.address import floor_of, household_address

    require(actor, Perm.ROSTER_EDIT, community_id=building.community_id, entity="households")
    existing = {(h.unit, h.room): h.id for h in s.scalars(
        select(Household).where(Household.building_id == building.id, Household.deleted_at.is_(None)))}
    now = utcnow()
    new = []
    for unit, room in dict.fromkeys(rooms):
        if (unit, room) in existing:
            continue
        hid = new_id()
        existing[(unit, room)] = hid
        new.append(dict(id=hid, building_id=building.id, community_id=building.community_id, unit=unit, room=room,
                        floor=floor_of(room), address=household_address(building.estate, building.name, unit, room),
                        phone="", notes="", created_at=now, updated_at=now, updated_by=actor.username,
                        deleted_at=None, version=1))
    insert_rows(s, cast(Table, Household.__table__), new)
    return existing
