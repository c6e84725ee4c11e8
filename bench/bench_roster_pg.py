"""The roster on PostgreSQL (a throwaway local server, as the tests start): the same 100,000 people and
the same mixed queries as bench_roster_search, and the pairs and audit figures of bench/scale_figures.py.

roster_search_pg_p95_ms: the first page (50 rows by name) and the exact count per keystroke, through
psycopg's automatic prepared statements (every query shape runs far past prepare_threshold, so generic
plans are what is measured). Floor: p95 of a primary-key lookup in the same database in the same run.
roster_search_pg_nokey_max_ms: the slowest of words no search key holds (bench_roster_search.NO_KEY:
address fragments, names nobody has, the middle of a phone number), answered from the trigram index or
households.
duplicates_pg_s, export_audit_pg_s / _peak_mib: as in bench/scale_figures.py, on this server;
roster_tree_pg_ms, today_desk_pg_ms, tag_list_pg_ms: as in bench/page_figures.py.

`make bench-large`: 1,000,000 people, figures named *_pg_1m_* (roster_search_pg_1m_p95_ms ≤ 20 ms).
Skipped (nothing recorded) when no PostgreSQL server binaries are found.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from sqlalchemy import text

from bench import page_figures
from bench import scale_figures as scale
from bench.bench_roster_search import build, measure, nokey_ms, queries, size
from bench.harness import Recorder, p95
from desktop.core.db import Database
from desktop.core.migrate import upgrade

def server() -> object | None:
    from tests.pg_server import PgServer, find_pg_bin

    bindir = find_pg_bin()
    if bindir is None:
        print("  (no PostgreSQL server binaries: skipped)")
        return None
    pg = PgServer(bindir)
    pg.start()
    return pg


_ROSTER_TABLES = ("communities", "buildings", "households", "people")


def load_sqlite_build(rec: Recorder, tmp: Path, db: Database, rng: random.Random,
                      people: int) -> dict[str, list[str]]:
    """`make bench-large`: the 1,000,000 people bench_roster_search built on SQLite just before, loaded
    the way a database administrator loads a table (COPY with the people's indexes and triggers set aside,
    then the indexes made, the search keys by their sorted pass and the head counts counted) — the
    application's own bulk path writes them a statement trigger and twelve indexes at a time, which is
    measured at 100,000 (roster_bulk_pg_100k_s). First, startup_ready_1m_s: the desk started on that
    SQLite file (bench_startup.ready_on). Returns the names and phones of the same sample as
    `build` (the same generator, drawn again), so the queries are the SQLite run's."""
    import sqlite3

    from bench.bench_roster_search import LARGE_KEPT, residents
    from desktop.roster.counts import rebuild_counts
    from desktop.roster.search import rebuild_keys

    from bench.bench_startup import ready_on

    ready_on(rec, LARGE_KEPT, tmp, "startup_ready_1m_s", limit=1.5)     # the desk started on the million first
    src = sqlite3.connect(LARGE_KEPT)
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("SET session_replication_role = replica")   # the server's superuser: no triggers
            conn.exec_driver_sql("SET TIME ZONE 'UTC'")                      # SQLite holds UTC moments as text
            indexes = conn.exec_driver_sql(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'people' AND indexname NOT IN "
                "(SELECT conname FROM pg_constraint WHERE conrelid = 'people'::regclass)").all()
            for name, _ in indexes:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            cursor = conn.connection.dbapi_connection.cursor()
            for table in _ROSTER_TABLES:
                cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
                kinds = dict(conn.exec_driver_sql(
                    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s",
                    (table,)).all())
                flags = [kinds.get(c) == "boolean" for c in cols]
                quoted = ", ".join(f'"{c}"' for c in cols)
                with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                    for row in src.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                        copy.write_row([bool(v) if f and v is not None else v for v, f in zip(row, flags)])
            for _, definition in indexes:
                conn.exec_driver_sql(definition)
            rebuild_keys(conn)
            rebuild_counts(conn)
    finally:
        src.close()
        LARGE_KEPT.unlink(missing_ok=True)
    made: dict[str, list[str]] = {"names": [], "phones": [], "addresses": []}
    for _ in residents(rng, [("h", "c")] * 5600, "c", people, made):
        pass
    return made


def run(rec: Recorder, tmp: Path) -> None:
    pg = server()
    if pg is None:
        return
    try:
        db = Database(pg.create_database("roster_bench"))  # type: ignore[attr-defined]
        upgrade(db, backups=None)
        people, large = size()
        rng = random.Random(6)
        t0 = time.perf_counter()
        if large:
            made = load_sqlite_build(rec, tmp, db, rng, people)
            rec.add("roster_load_pg_1m_s", time.perf_counter() - t0, "s")
        else:
            made = build(db, rng, people)
            rec.add("roster_bulk_pg_100k_s", time.perf_counter() - t0, "s")
        scale.audit_month(db, people)
        with db.engine.connect() as c:            # what autovacuum does soon after a bulk load
            c.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        qs = queries(rng, made)
        measure(db, qs[:60])                      # past psycopg's prepare_threshold: generic plans from here
        search_ms, floor_ms = measure(db, qs)
        rec.add(f"roster_search_pg{large}_p95_ms", p95(search_ms), "ms", floor=p95(floor_ms),
                limit=20 if large else 10)
        nokey = nokey_ms(db)
        rec.add(f"roster_search_pg{large}_nokey_max_ms", max(nokey), "ms", floor=p95(floor_ms))
        scale.pairs_and_audit(rec, db, tmp, "_pg" + large)
        page_figures.pages(rec, db, "_pg" + large)           # tree, 今日, tag list on this server
        with db.engine.connect() as c:
            print(f"  people_keys rows: {c.execute(text('SELECT count(*) FROM people_keys')).scalar()}")
        db.dispose()
    finally:
        pg.stop()  # type: ignore[attr-defined]
