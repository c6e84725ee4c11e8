"""Head counts the roster keeps rather than counts (migration 0420_roster_counts).

`roster_counts (community_id, household_id, tag, people)`, kept by triggers on `people` and `roster_tags`:
(community, household, '') is the living people of the community in that household ('' for those in
none); (community, '', tag) the living people of the community carrying that tag of the tag list. The
tree and the tag list read these rows (as many as they show), never the people.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, func, select
from sqlalchemy.orm import Session

# Not one of the models: a derived table filled by triggers, like the search keys (migrations/filters.py).
ROSTER_COUNTS = Table(
    "roster_counts", MetaData(),
    Column("community_id", String(36), primary_key=True),
    Column("household_id", String(36), primary_key=True),
    Column("tag", String(16), primary_key=True),
    Column("people", Integer, nullable=False),
)
_C = ROSTER_COUNTS.c


def household_counts(s: Session, community_ids: Iterable[str]) -> dict[tuple[str, str], int]:
    """(community, household id or '' for people in none) → living people, for the given communities."""
    ids = sorted(set(community_ids))
    if not ids:
        return {}
    rows = s.execute(select(_C.community_id, _C.household_id, _C.people)
                     .where(_C.community_id.in_(ids), _C.tag == ""))
    return {(cid, hid): int(n) for cid, hid, n in rows}


def counts_of_households(s: Session, household_ids: Iterable[str]) -> dict[str, int]:
    """Living people of each given household (a household of no one is absent): after a save, the few
    households it touched."""
    ids = sorted({h for h in household_ids if h})
    if not ids:
        return {}
    rows = s.execute(select(_C.household_id, func.sum(_C.people))
                     .where(_C.household_id.in_(ids), _C.tag == "").group_by(_C.household_id))
    return {hid: int(n or 0) for hid, n in rows}


def tag_counts(s: Session, tags: Iterable[str], community_ids: Iterable[str] | None) -> dict[str, int]:
    """Tag → living people carrying it, in the given communities (None: all)."""
    names = sorted(set(tags))
    if not names:
        return {}
    q = (select(_C.tag, func.sum(_C.people)).where(_C.household_id == "", _C.tag.in_(names))
         .group_by(_C.tag))
    if community_ids is not None:
        q = q.where(_C.community_id.in_(sorted(set(community_ids))))
    return {tag: int(n or 0) for tag, n in s.execute(q)}


_UPSERT = (" ON CONFLICT (community_id, household_id, tag) DO UPDATE SET people = roster_counts.people + "
           "excluded.people")
_ADD_AFTER = (
    "INSERT INTO roster_counts(community_id, household_id, tag, people) "
    "SELECT community_id, coalesce(household_id, ''), '', count(*) FROM people "
    "WHERE rowid > ? AND deleted_at IS NULL GROUP BY 1, 2" + _UPSERT,
    "INSERT INTO roster_counts(community_id, household_id, tag, people) "
    "SELECT p.community_id, '', t.name, count(*) FROM people p JOIN roster_tags t "
    "ON instr(',' || p.tags || ',', ',' || t.name || ',') > 0 "
    "WHERE p.rowid > ? AND p.deleted_at IS NULL AND p.tags != '' GROUP BY 1, 3" + _UPSERT,
)


def add_counts_after(connection: Any, last_rowid: int) -> None:
    """SQLite: count the people inserted after rowid `last_rowid` in one grouped pass (the insert trigger
    stood aside for them: desktop.roster.search.keys_written_after)."""
    if connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'roster_counts'").first() is None:
        return                                  # a database before 0420 (a migration's own bulk write)
    for statement in _ADD_AFTER:
        connection.exec_driver_sql(statement, (last_rowid,))


def rebuild_counts(connection: Any) -> None:
    """Recount everything from the people as they are (a repair; the triggers keep it otherwise)."""
    instr = "instr" if connection.dialect.name == "sqlite" else "strpos"
    connection.exec_driver_sql("DELETE FROM roster_counts")
    connection.exec_driver_sql(
        "INSERT INTO roster_counts(community_id, household_id, tag, people) "
        "SELECT community_id, coalesce(household_id, ''), '', count(*) FROM people WHERE deleted_at IS NULL "
        "GROUP BY 1, 2")
    connection.exec_driver_sql(
        "INSERT INTO roster_counts(community_id, household_id, tag, people) "
        f"SELECT p.community_id, '', t.name, count(*) FROM people p JOIN roster_tags t "
        f"ON {instr}(',' || p.tags || ',', ',' || t.name || ',') > 0 "
        "WHERE p.deleted_at IS NULL AND p.tags != '' GROUP BY 1, 3")
