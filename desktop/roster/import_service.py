"""Importing a roster sheet: preview (a plan for every data row), apply (one transaction). The plan's
shape and the planning are in import_plan (re-exported here), the error report in import_report.

Every data row of the sheet ends up as exactly one of: a new person, merged into the existing
person with the same ID number (the field changes listed), or refused with its sheet row
number and a reason. Refused rows go to an error report (.xlsx) that can be fixed and imported
again (desktop.roster.import_report). Blank rows, the totals row and repeated headers are skipped and
listed as such.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.bulk_insert import insert_rows
from desktop.core.orm import new_id
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.roster.bulk import sorts_on_disk, stream_people
from desktop.roster.import_merge import write_merges
from desktop.roster.import_places import Places as _Places
from desktop.roster.import_readings import apply_readings
from desktop.roster.import_plan import (  # noqa: F401 — part of this module's API
    MERGE, NEW, REFUSED, STATUS_LABELS, FieldChange, ImportPlan, ImportResult, PlanRow,
)
from desktop.roster.import_plan import BATCH, CHUNK, import_community, plan_rows
from desktop.roster.import_sheet import ImportCancelled, ParsedSheet, Progress, open_sheet
from desktop.roster.import_store import ImportStore, StoredRows
from desktop.roster.models import Household, Person

# The import writes with the connection's own page cache (64 MiB), not a bulk build's larger one: a
# 200,000-row sheet into a roster of 20,000 wrote in the same time with a 320 MiB cache (apply 78 s vs 90 s),
# and that one filled to its size (the process's peak 969 MiB → 433 MiB).
IMPORT_CACHE_KIB = 0

__all__ = [
    "FieldChange", "ImportCancelled", "ImportPlan", "ImportResult", "PlanRow", "MERGE", "NEW", "REFUSED",
    "apply_import", "preview_import",
]


def preview_import(s: Session, actor: Actor, path: Path | str, community_id: str, *,
                   override: dict[int, str | None] | None = None, progress: Progress | None = None,
                   estate: str = "", parsed: ParsedSheet | None = None, batch: int = BATCH) -> ImportPlan:
    """Read the sheet and plan every data row against the community's roster; writes nothing.

    `override` maps a 0-based column index to a field name (or None) where the header says otherwise.
    `progress(rows read, rows in the sheet)` — rows planned, where `parsed` is given — returning False
    cancels (ImportCancelled; a sheet read anew leaves nothing on disk). `estate`: the
    estate of the buildings of rows that name none, where the building's name is not enough (see
    desktop.roster.import_places). `parsed`: the sheet as an earlier preview of the same file read it
    (asking for the estate plans again without reading the file again).

    The sheet's rows and the plan are kept on disk (desktop.roster.import_store), `batch` rows planned
    at a time: memory holds a batch, whatever the size of the sheet. `plan.close()` removes them.
    """
    require(actor, Perm.ROSTER_IMPORT, community_id=community_id, entity="communities", entity_id=community_id)
    community = import_community(s, community_id)
    places = _Places(s, community_id, (estate or "").strip())
    places.check_estate()
    if parsed is None:
        parsed, rows = _read_and_plan(s, actor, path, community_id, places, override, progress, batch)
    else:
        if not isinstance(parsed.rows, StoredRows):
            parsed.rows = ImportStore().keep_sheet(parsed.rows, batch)
        rows = plan_rows(s, actor, community_id, parsed.rows, places, parsed.rows.store, batch=batch,
                         progress=progress)
    notes = parsed.notes + [msg("“{column}”列{note}", column=f"{c.letter} {c.header}", note=c.note)
                            for c in parsed.columns if c.note]
    plan = ImportPlan(str(path), parsed.sheet, community_id, community.name, parsed.header_row, parsed.columns,
                      rows, parsed.skipped, sheet_rows=parsed.rows, parsed=parsed, notes=notes,
                      stripped=parsed.stripped, estate=places.estate, estates=places.estates)
    state = _db_state(s)
    if state is not None:
        plan._planned = (state, actor, places, rows)
    return plan


def _read_and_plan(s: Session, actor: Actor, path: Path | str, community_id: str, places: _Places,
                   override: dict[int, str | None] | None, progress: Progress | None,
                   batch: int) -> tuple[ParsedSheet, StoredRows[PlanRow]]:
    """The sheet read a row at a time into a new store on disk, each batch planned as it is read."""
    store = ImportStore()
    try:
        with open_sheet(path, override=override, progress=progress) as scan:
            passing, kept = store.passing(scan.rows(), batch)
            rows = plan_rows(s, actor, community_id, passing, places, store, batch=batch)
            return ParsedSheet(scan.path, scan.sheet, scan.header_row, scan.columns, kept, scan.skipped,
                               other_sheets=scan.other_sheets, stripped=scan.stripped), rows
    except BaseException:
        store.close()
        raise


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


def _unchanged_since(s: Session, actor: Actor, plan: ImportPlan) -> tuple[Any, StoredRows[PlanRow]] | None:
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


def _new_person(community_id: str, v: dict[str, Any], household: Any) -> dict[str, Any]:
    return dict(
        id=new_id(), community_id=community_id, household_id=household.id if household is not None else None,
        name=v["name"], sex=v["sex"], birth_date=v["birth_date"],
        birth_date_partial=bool(v.get("birth_date_partial")), ethnicity=v["ethnicity"],
        id_number=v["id_number"] or None, phone=v["phone"], phone2=v["phone2"], relation=v["relation"],
        residence_type=v["residence_type"], notes=v["notes"], tags=list(v["tags"]),
        name_pinyin_override=v.get("name_pinyin_override") or "")


def _write_households(s: Session, actor: Actor, households: list[dict[str, Any]], now: datetime) -> None:
    """The new flats, stamped with the import's moment: the import's one summary row says how many
    (like the new people, they get no audit row each)."""
    full = [dict(h, created_at=now, updated_at=now, updated_by=actor.username, deleted_at=None, version=1)
            for h in households]
    insert_rows(s, cast(Table, Household.__table__), full)


def apply_import(s: Session, actor: Actor, plan: ImportPlan, progress: Progress | None = None, *,
                 batch: int = BATCH) -> ImportResult:
    """Write the plan in the caller's unit of work (one transaction).

    The rows are planned again against the data as it is now, so a person added since the preview
    is merged, not duplicated. `progress(done, total)` is called as rows are written; returning
    False cancels: ImportCancelled is raised and the unit of work rolls back with nothing written.
    The rows are read from the plan's store `batch` at a time: memory holds a batch, not the sheet.
    The audit trail gets one summary row for the import (its new people and flats carry its moment)
    and the field changes of each merged person.
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
        rows = plan_rows(s, actor, plan.community_id, plan.sheet_rows, places, plan.rows.store, batch=batch)
    new_rows, merge_rows, refused = rows.where(status=NEW), rows.where(status=MERGE), rows.where(status=REFUSED)
    total = len(new_rows) + len(merge_rows)
    _tick(progress, 0, total)
    now = clock.utcnow()                       # the new people's and flats' created_at: the summary row's moment
    households_created = 0

    def flats_of(chunk: list[PlanRow]) -> None:
        """The new flats the rows live in, written before the rows that name them."""
        nonlocal households_created
        for r in chunk:
            places.household_for(r.values)
        households_created += len(places.new_households)
        _write_households(s, actor, places.new_households, now)
        places.new_households = []

    def people() -> Iterator[dict[str, Any]]:
        for chunk in new_rows.batches(batch):
            apply_readings(plan, chunk)
            flats_of(chunk)
            for r in chunk:
                yield _new_person(plan.community_id, r.values, places.household_for(r.values))

    def written(n: int) -> None:
        _tick(progress, n, total)

    done = stream_people(s, actor, people(), perm=Perm.ROSTER_IMPORT, summary=None, progress=written, at=now,
                         batch=batch, cache_kib=IMPORT_CACHE_KIB)
    for chunk in merge_rows.batches(min(batch, CHUNK)):
        changed = [r for r in chunk if r.changes]
        flats_of(changed)
        people_by_id = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_([r.person_id for r in changed])))}
        write_merges(s, actor, [(people_by_id[r.person_id or ""], r.values, places.household_for(r.values))
                                for r in changed], plan.community_id, places.household_by_id)
        done += len(chunk)
        _tick(progress, done, total)
    result = ImportResult(imported=len(new_rows), merged=len(merge_rows), refused=len(refused),
                          skipped=len(plan.skipped), buildings_created=places.new_buildings,
                          households_created=households_created, refused_rows=refused)
    summary = audit.record(s, actor, AuditAction.CREATE, "roster_import", plan.community_id,
                           f"导入花名册 {plan.file_name}（{plan.sheet}）到{plan.community_name}：{result.summary()}"
                           + (f"，新建住户 {households_created} 户" if households_created else "")
                           + f"，跳过 {result.skipped} 行")
    summary.at = now                            # the new people find their creation by it (roster.records)
    s.flush()
    plan.rows = rows
    return result
