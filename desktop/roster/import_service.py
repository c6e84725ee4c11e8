"""Importing a roster sheet: preview (a plan for every data row), apply (one transaction). The plan's
shape and the planning are in import_plan (re-exported here), the error report in import_report.

Every data row of the sheet ends up as exactly one of: a new person, merged into the existing
person with the same ID number (the field changes listed), or refused with its sheet row
number and a reason. Refused rows go to an error report (.xlsx) that can be fixed and imported
again (desktop.roster.import_report). Blank rows, the totals row and repeated headers are skipped and
listed as such.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction, AuditEntry
from desktop.core.bulk_insert import insert_rows
from desktop.core.orm import new_id
from desktop.core.idcard import mask_id
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.bulk import bulk_add_people, sorts_on_disk
from desktop.roster.import_merge import write_merges
from desktop.roster.import_places import Places as _Places
from desktop.roster.import_readings import apply_readings
from desktop.roster.import_plan import (  # noqa: F401 — part of this module's API
    MERGE, NEW, REFUSED, STATUS_LABELS, FieldChange, ImportPlan, ImportResult, PlanRow,
)
from desktop.roster.import_plan import import_community, in_chunks, plan_rows
from desktop.roster.import_sheet import ImportCancelled, ParsedSheet, Progress, read_sheet
from desktop.roster.models import Household
from desktop.roster.search_fields import household_keys

__all__ = [
    "FieldChange", "ImportCancelled", "ImportPlan", "ImportResult", "PlanRow", "MERGE", "NEW", "REFUSED",
    "apply_import", "preview_import",
]


def preview_import(s: Session, actor: Actor, path: Path | str, community_id: str, *,
                   override: dict[int, str | None] | None = None, progress: Progress | None = None,
                   estate: str = "", parsed: ParsedSheet | None = None) -> ImportPlan:
    """Read the sheet and plan every data row against the community's roster; writes nothing.

    `override` maps a 0-based column index to a field name (or None) where the header says otherwise.
    `progress(rows read, rows in the sheet)` returning False cancels (ImportCancelled). `estate`: the
    estate of the buildings of rows that name none, where the building's name is not enough (see
    desktop.roster.import_places). `parsed`: the sheet as an earlier preview of the same file read it
    (asking for the estate plans again without reading the file again).
    """
    require(actor, Perm.ROSTER_IMPORT, community_id=community_id, entity="communities", entity_id=community_id)
    community = import_community(s, community_id)
    places = _Places(s, community_id, (estate or "").strip())
    places.check_estate()
    if parsed is None:
        parsed = read_sheet(path, override=override, progress=progress)
    rows = plan_rows(s, actor, community_id, parsed.rows, places)
    notes = parsed.notes + [msg("“{column}”列{note}", column=f"{c.letter} {c.header}", note=c.note)
                            for c in parsed.columns if c.note]
    plan = ImportPlan(str(path), parsed.sheet, community_id, community.name, parsed.header_row, parsed.columns,
                      rows, parsed.skipped, sheet_rows=parsed.rows, parsed=parsed, notes=notes,
                      stripped=parsed.stripped, estate=places.estate, estates=places.estates)
    state = _db_state(s)
    if state is not None:
        plan._planned = (state, actor, places, rows)
    return plan


def _db_state(s: Session) -> tuple[Any, ...] | None:
    """SQLite: what tells that nothing was written since — by this connection (total_changes) or by
    any other (PRAGMA data_version) — valid only within this session on the same connection, with
    nothing pending in the session. None when it cannot be told."""
    if s.get_bind().dialect.name != "sqlite" or s.new or s.dirty or s.deleted:
        return None
    conn = s.connection()
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # the connection was just checked out, so it is live
    version = conn.exec_driver_sql("PRAGMA data_version").scalar()
    return (id(s), id(conn), id(dbapi), dbapi.total_changes, version)


def _unchanged_since(s: Session, actor: Actor, plan: ImportPlan) -> tuple[Any, list[PlanRow]] | None:
    """The preview's places and rows when apply runs in the same session and connection as the
    preview, for the same actor, and nothing at all was written in the database since."""
    planned, plan._planned = plan._planned, None           # used once at most
    if planned is None:
        return None
    state, planned_actor, places, rows = planned
    if planned_actor != actor or rows is not plan.rows or _db_state(s) != state:
        return None
    return places, rows


# --- applying ----------------------------------------------------------------------------------------

def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _audit_rows(actor: Actor, entity: str, rows: Sequence[dict[str, Any]], skip: set[str]) -> list[dict[str, Any]]:
    now = clock.utcnow()
    out = []
    for row in rows:
        changes = {}
        for key, value in row.items():
            if key in skip or value is None or value == "":
                continue
            if key == "id_number":
                value = mask_id(value)
            changes[key] = [None, value.isoformat() if isinstance(value, date) else value]
        out.append(audit.entry_row(actor, AuditAction.CREATE, entity, row["id"], changes, at=now, detail="导入花名册"))
    return out


_NOT_AUDITED = {"created_at", "updated_at", "updated_by", "version", "deleted_at", "search_text",
                "name_pinyin", "name_initials", "merged_into_id"}


def _new_person(community_id: str, v: dict[str, Any], household: Any) -> dict[str, Any]:
    return dict(
        id=new_id(), community_id=community_id, household_id=household.id if household is not None else None,
        name=v["name"], sex=v["sex"], birth_date=v["birth_date"],
        birth_date_partial=bool(v.get("birth_date_partial")), ethnicity=v["ethnicity"],
        id_number=v["id_number"] or None, phone=v["phone"], phone2=v["phone2"], relation=v["relation"],
        residence_type=v["residence_type"], notes=v["notes"], tags=list(v["tags"]),
        name_pinyin_override=v.get("name_pinyin_override") or "")


def apply_import(s: Session, actor: Actor, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Write the plan in the caller's unit of work (one transaction).

    The rows are planned again against the data as it is now, so a person added since the preview
    is merged, not duplicated. `progress(done, total)` is called as rows are written; returning
    False cancels: ImportCancelled is raised and the unit of work rolls back with nothing written.
    """
    require(actor, Perm.ROSTER_IMPORT, community_id=plan.community_id, entity="communities",
            entity_id=plan.community_id)
    import_community(s, plan.community_id)
    reused = _unchanged_since(s, actor, plan)
    sorts_on_disk(s.connection())              # before the first write: the new people's keys in bounded memory
    if reused is not None:
        places, rows = reused
    else:
        places = _Places(s, plan.community_id, plan.estate)
        places.check_estate()
        rows = plan_rows(s, actor, plan.community_id, plan.sheet_rows, places)
    apply_readings(plan, rows)
    todo = [r for r in rows if r.status != REFUSED]
    total = len(todo)
    _tick(progress, 0, total)
    households = {id(r): places.household_for(r.values) for r in todo}
    for chunk in in_chunks(places.new_households):
        now = clock.utcnow()
        full = [dict(h, created_at=now, updated_at=now, updated_by=actor.username, deleted_at=None, version=1)
                for h in chunk]
        insert_rows(s, cast(Table, Household.__table__), full)
        insert_rows(s, cast(Table, AuditEntry.__table__), _audit_rows(actor, "households", full, _NOT_AUDITED))
    done = 0
    created: list[str] = []
    new_rows = [r for r in todo if r.status == NEW]
    address_keys = {h.id: household_keys(h) for h in {id(h): h for h in households.values() if h}.values()}
    now = clock.utcnow()                       # the new people's created_at: the summary row's moment

    def people() -> Iterator[dict[str, Any]]:
        for r in new_rows:
            p = _new_person(plan.community_id, r.values, households[id(r)])
            r.person_id = p["id"]
            yield p

    def written(n: int) -> None:
        _tick(progress, n, total)

    created = bulk_add_people(s, actor, people(), perm=Perm.ROSTER_IMPORT, address_keys=address_keys,
                              summary=None, progress=written, at=now)
    done = len(created)
    merge_rows = [r for r in todo if r.status == MERGE]
    for chunk in in_chunks(merge_rows):
        write_merges(s, actor, [(places.people[r.person_id or ""], r.values, households[id(r)])
                                for r in chunk if r.changes], plan.community_id, places.household_by_id)
        done += len(chunk)
        _tick(progress, done, total)
    refused = [r for r in rows if r.status == REFUSED]
    result = ImportResult(imported=len(new_rows), merged=len(merge_rows), refused=len(refused),
                          skipped=len(plan.skipped), buildings_created=places.new_buildings,
                          households_created=len(places.new_households), person_ids=created,
                          refused_rows=refused)
    summary = audit.record(s, actor, AuditAction.CREATE, "roster_import", plan.community_id,
                           f"导入花名册 {plan.file_name}（{plan.sheet}）到{plan.community_name}：{result.summary()}，"
                           f"跳过 {result.skipped} 行")
    summary.at = now                            # the new people find their creation by it (roster.records)
    s.flush()
    plan.rows = rows
    return result
