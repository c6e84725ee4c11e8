"""Figures over a built roster that do not depend on the search: possible same-person pairs and the
audit export. Called by bench_roster_search (SQLite) and bench_roster_pg (PostgreSQL) on the database
they have just built (100,000 people, or 1,000,000 under `make bench-large`), after `audit_month` has
written as many audit rows over the last month (a bulk build writes one summary row, not one a person).

duplicates{suffix}_s: `possible_duplicates` over everyone (the pairs read block by block through the
indexes). Floor: one pass over the living people's names and birth dates in the same database.
export_audit{suffix}_s: `export audit` of the last month (the build's audit rows and any others).
Floor: the same rows streamed straight from a DBAPI cursor into csv.writer (no formatting, no
neutralising). export_audit{suffix}_peak_mib: the export's peak Python allocation (tracemalloc, a second
run), which a streamed export keeps to a batch whatever the month holds.
"""

from __future__ import annotations

import csv
import time
import tracemalloc
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table

from bench.harness import Recorder
from desktop.core import clock
from desktop.core.audit import AuditAction, AuditEntry, entry_row
from desktop.core.bulk_insert import insert_rows
from desktop.core.roles import Role
from desktop.core.security import Actor
from desktop.roster.bulk import batches
from desktop.core.audit_export import export_audit_csv
from desktop.core.db import Database
from desktop.core.security import SYSTEM
from desktop.roster import service

_FLOOR_PASS = "SELECT count(*) FROM (SELECT name, birth_date FROM people WHERE deleted_at IS NULL) t"
_RAW_AUDIT = ("SELECT at, actor_name, action, entity, entity_id, changes, detail, host FROM audit_log "
              "WHERE at >= :lo ORDER BY at, id")


def _seconds(fn) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _raw_export(db: Database, out: Path) -> int:
    """The floor: rows straight from the driver's cursor into csv.writer, fetched 2,000 at a time."""
    lo = clock.utcnow() - timedelta(days=32)
    n = 0
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor(name="floor") if db.engine.dialect.name == "postgresql" else raw.cursor()
        sql = _RAW_AUDIT.replace(":lo", "%s" if db.engine.dialect.name == "postgresql" else "?")
        cur.execute(sql, (lo if db.engine.dialect.name == "postgresql" else lo.replace(tzinfo=None).isoformat(sep=" "),))
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            while batch := cur.fetchmany(2000):
                w.writerows(batch)
                n += len(batch)
        cur.close()
    finally:
        raw.close()
    return n


def _month_rows(n: int) -> Iterator[dict[str, Any]]:
    """`n` audit rows spread over the last 30 days: edits of people field by field, views of records,
    sign-ins, the mix desks write in a month."""
    now = clock.utcnow()
    step = timedelta(days=30) / max(n, 1)
    desk = Actor(id=None, username="desk", display_name="desk", role=Role.SOCIAL_WORKER)
    for i in range(n):
        at = now - step * i
        kind = i % 10
        if kind < 6:
            yield entry_row(desk, AuditAction.UPDATE, "people", f"p{i:07d}",
                            {"phone": [f"138{i:08d}", f"139{i:08d}"], "notes": [None, "独居，每周探访一次"]}, at=at)
        elif kind < 9:
            yield entry_row(desk, AuditAction.VIEW, "people", f"p{i:07d}", None, at=at, detail="查看身份证号")
        else:
            yield entry_row(desk, AuditAction.LOGIN, "users", None, None, at=at)


def audit_month(db: Database, n: int) -> None:
    """Write a month of `n` audit rows, 5,000 at a time."""
    with db.session(SYSTEM) as s:
        for chunk in batches(_month_rows(n), 5000):
            insert_rows(s, cast(Table, AuditEntry.__table__), chunk)


def pairs_and_audit(rec: Recorder, db: Database, tmp: Path, suffix: str = "") -> None:
    from sqlalchemy import text

    with db.session(SYSTEM) as s:
        floor = min(_seconds(lambda: s.execute(text(_FLOOR_PASS)).scalar()) for _ in range(3))
        found: list[object] = []
        spent = min(_seconds(lambda: found.append(len(service.possible_duplicates(s, SYSTEM)))) for _ in range(3))
    print(f"  {found[-1]} possible pairs")
    large = suffix.endswith("_1m")
    rec.add(f"duplicates{suffix}_s", spent, "s", floor=floor, limit=5 if large else 0.5)

    today = clock.today()
    out = tmp / "audit.csv"
    with db.session(SYSTEM) as s:
        rows: list[int] = []
        spent = _seconds(lambda: rows.append(export_audit_csv(s, SYSTEM, today - timedelta(days=31), today, out)))
    floor = _seconds(lambda: _raw_export(db, tmp / "raw.csv"))
    print(f"  {rows[0]} audit rows exported, {out.stat().st_size / 2**20:.1f} MiB")
    rec.add(f"export_audit{suffix}_s", spent, "s", floor=floor, limit=15 if large else None, ratio_limit=4)
    with db.session(SYSTEM) as s:
        tracemalloc.start()
        try:
            export_audit_csv(s, SYSTEM, today - timedelta(days=31), today, out)
            peak = tracemalloc.get_traced_memory()[1] / 2 ** 20
        finally:
            tracemalloc.stop()
    rec.add(f"export_audit{suffix}_peak_mib", peak, "MiB", limit=200 if large else 50)
