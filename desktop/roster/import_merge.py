"""Writing an import's merges (rows whose ID number is already on the roster) in bulk.

The rules are the import's: a filled cell replaces the stored value, tags are added, notes appended,
the person moves to the sheet's household (the move is recorded) and a deleted person comes back.
Instead of one ORM flush per person, the changed columns are written with one executemany per set of
changed columns, guarded by each row's version (a person changed by another desk since the preview
stops the import), with the same field-level audit rows the session hook would write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.core import clock
from desktop.core.audit import AuditAction, AuditEntry, shown_value, entry_row
from desktop.core.bulk_insert import insert_rows
from desktop.core.orm import new_id
from desktop.core.errors import UserError
from desktop.core.security import Actor
from desktop.roster import search as roster_search
from desktop.roster.models import HouseholdMove, Person
from desktop.roster.search import join_tags, split_tags
from desktop.roster.search_fields import household_keys

FIELDS = ("name", "sex", "ethnicity", "phone", "phone2", "relation", "residence_type")


def birth_update(p: Person, v: dict[str, Any]) -> dict[str, Any]:
    """The birth date columns a sheet's row changes (a filled cell replaces the stored value), except
    that a year and month (日期不全) never replaces a full date of that month."""
    born, partial = v.get("birth_date"), bool(v.get("birth_date_partial"))
    if born is None or (born, partial) == (p.birth_date, p.birth_date_partial):
        return {}
    if partial and p.birth_date is not None and not p.birth_date_partial \
            and (p.birth_date.year, p.birth_date.month) == (born.year, born.month):
        return {}
    return {"birth_date": born, "birth_date_partial": partial}


_COLUMNS = Person.__table__.c
_MOVE_COLUMNS = HouseholdMove.__table__.c


def merged_values(p: Person, v: dict[str, Any], household: Any, community_id: str,
                  households: dict[str, Any]) -> dict[str, Any]:
    """The columns of `p` that the sheet's row `v` changes, with their new values."""
    after: dict[str, Any] = {}
    for key in FIELDS:
        new = v.get(key)
        if new not in (None, "") and new != getattr(p, key):
            after[key] = new
    after.update(birth_update(p, v))
    tags = join_tags([*split_tags(p.tags), *v["tags"]])
    if tags != p.tags:
        after["tags"] = tags
    if v["notes"] and v["notes"] not in (p.notes or ""):
        after["notes"] = f"{p.notes}；{v['notes']}" if p.notes else v["notes"]
    target = household.id if household is not None else p.household_id
    if household is None and p.community_id != community_id:
        target = None
    if target != p.household_id:
        after["household_id"] = target
    if p.community_id != community_id:
        after["community_id"] = community_id
    if p.deleted_at is not None:
        after["deleted_at"] = None

    def now(key: str) -> Any:
        return after.get(key, getattr(p, key))

    name = now("name")
    fields = roster_search.search_fields(name, override=now("name_pinyin_override") or "",
                                         phones=(now("phone"), now("phone2")),
                                         addresses=household_keys(households.get(target) if target else None),
                                         tags=split_tags(now("tags")))
    after.update({k: val for k, val in fields.items() if val != getattr(p, k)})
    return after


def write_merges(s: Session, actor: Actor, items: Sequence[tuple[Person, dict[str, Any], Any]],
                 community_id: str, households: dict[str, Any]) -> int:
    """Apply the merges of (person, sheet values, household) in the caller's transaction; returns how
    many people changed. Raises UserError when one of them was changed elsewhere since it was read."""
    s.flush()
    now = clock.utcnow()
    user = actor.username
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    audits: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    synced: list[tuple[Person, dict[str, Any]]] = []
    for p, v, household in items:
        after = merged_values(p, v, household, community_id, households)
        if not after:
            continue
        keys = tuple(sorted(after))
        groups.setdefault(keys, []).append({**{f"v_{k}": after[k] for k in keys}, "p_id": p.id,
                                            "p_version": p.version})
        changes = {k: [shown_value(_COLUMNS[k], getattr(p, k)), shown_value(_COLUMNS[k], after[k])]
                   for k in _COLUMNS.keys() if k in after}
        action = AuditAction.RESTORE if "deleted_at" in after else AuditAction.UPDATE
        audits.append(entry_row(actor, action, "people", p.id, changes, at=now))
        if "household_id" in after:
            move = dict(id=new_id(), person_id=p.id, from_household_id=p.household_id,
                        to_household_id=after["household_id"], moved_on=clock.today(), note="导入花名册",
                        created_at=now, updated_at=now, updated_by=user, deleted_at=None, version=1)
            moves.append(move)
            audits.append(entry_row(actor, AuditAction.CREATE, "household_moves", move["id"], {
                k: [None, shown_value(_MOVE_COLUMNS[k], move[k])] for k in _MOVE_COLUMNS.keys()
                if move[k] is not None and k not in ("created_at", "updated_at", "updated_by", "version",
                                                     "deleted_at")}, at=now))
        synced.append((p, after))
    table = cast(Table, Person.__table__)
    for keys, params in groups.items():
        stmt = (update(table)
                .where(table.c.id == bindparam("p_id"), table.c.version == bindparam("p_version"))
                .values({**{k: bindparam(f"v_{k}") for k in keys}, "version": table.c.version + 1,
                         "updated_at": now, "updated_by": user}))
        result = s.connection().execute(stmt, params)
        if result.rowcount != len(params):
            raise UserError("导入期间有人在别处修改了其中的居民，请重新预览后再导入")
    insert_rows(s, cast(Table, HouseholdMove.__table__), moves)
    insert_rows(s, cast(Table, AuditEntry.__table__), audits)
    for p, after in synced:                     # the loaded objects now match the rows, nothing pending
        for key, value in after.items():
            set_committed_value(p, key, value)
        set_committed_value(p, "version", p.version + 1)
        set_committed_value(p, "updated_at", now)
        set_committed_value(p, "updated_by", user)
    return len(synced)

