"""roster_search_p95_ms: one search box over 100,000 people (service layer, SQLite file), every reading
of every name indexed.

Each sample is what the roster window asks for on a keystroke: the first page (50 rows, sorted by
name) and the exact count. Queries mix 1–2 character name parts, pinyin initials, full pinyin (also
under a name's other readings), phone tails and addresses. Floor: p95 of a primary-key lookup in the
same database in the same run.

roster_keys_rows: rows of the key table; its floor is the count the same people would have with only
the sorting reading indexed (as before every reading was), so the ratio is the growth (limit 2×).

roster_search_nokey_max_ms: the slowest of words no search key holds (NO_KEY), narrowed through
households or the FTS5 trigram table; same floor.

roster_bulk_100k_s / bulk_1m_s: the build itself, streamed a batch at a time (desktop.roster.bulk);
floor: making the same rows with no database (measured on 100,000 and scaled). bulk_1m_cpu_s: the CPU
time of the build, in this process (SQLite works in it too) and in the second process that makes the
search fields of a large build: on a machine shared with other work the wall time grows, this does not.
roster_bulk_100k_peak_mib / bulk_1m_peak_mib: the process's peak resident memory during the build
(VmHWM, reset just before it; RSS, not tracemalloc, so SQLite's page cache and sorts count), plus the
peak of each child process alive during it (that second process) as though all peaked at once;
floor: the resident memory before the build.

duplicates_s, export_audit_s, export_audit_peak_mib: over the same database (bench/scale_figures.py),
after a month of as many audit rows as people (scale_figures.audit_month) is written;
roster_tree_ms, today_desk_ms, tag_list_ms, first_rows_max_ms: its pages (bench/page_figures.py).

`make bench-large` (LINLI_BENCH_LARGE=1): the same with 1,000,000 people, figures named *_1m
(roster_search_1m_p95_ms, bulk_1m_s, duplicates_1m_s, export_audit_1m_s …).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import date
from typing import Any
from pathlib import Path

from sqlalchemy import text

from bench.harness import ChildPeaks, Recorder, children_cpu_s, p95, peak_rss_mib, reset_peak_rss, rss_mib
from desktop.core.db import Database, sqlite_url
from desktop.core.migrate import upgrade
from desktop.core.pinyin import all_pinyin, name_pinyin
from desktop.core.security import SYSTEM
from desktop.roster import names, service
from desktop.roster.bulk import bulk_add_households, stream_people
from desktop.core.communities import Community
from desktop.roster.models import Building

PEOPLE = 100_000
LARGE_PEOPLE = 1_000_000
QUERIES = 240
ESTATES = ("西湖花园", "后街新村", "翠湖苑", "大观小区", "古城北苑")


def _households(db: Database) -> tuple[list[tuple[str, str]], str]:
    """Five communities, ~40 buildings each, 7 floors × 4 rooms: ([(household id, community id)], the
    first community's id)."""
    with db.session(SYSTEM) as s:
        communities = []
        for i, estate in enumerate(ESTATES):
            c = Community(name=f"社区{i}", street="凤城街道", district="清城区")
            s.add(c)
            s.flush()
            communities.append((c.id, estate))
        households: list[tuple[str, str]] = []
        for cid, estate in communities:
            for b_no in range(1, 41):
                b = Building(community_id=cid, estate=estate, name=f"{b_no}号楼")
                s.add(b)
                s.flush()
                rooms = (("", f"{f}{r:02d}") for f in range(1, 8) for r in range(1, 5))
                ids = bulk_add_households(s, SYSTEM, b, rooms)
                households += [(hid, cid) for hid in ids.values()]
    return households, communities[0][0]


def residents(rng: random.Random, households: list[tuple[str, str]], first: str, people: int,
              made: dict[str, list[str]]) -> Iterator[dict[str, Any]]:
    """`people` residents, made one at a time (a sample of their names and phones kept in `made`)."""
    today = date(2026, 6, 1)
    used: set[str] = set()
    for i in range(people):
        sex = "M" if rng.random() < 0.5 else "F"
        hid, cid = households[i % len(households)] if rng.random() < 0.97 else (None, first)
        born = names.birth_date(rng, today)
        phone = names.mobile(rng) if rng.random() < 0.8 else ""
        row = dict(name=names.person_name(rng, sex), sex=sex, birth_date=born, community_id=cid,
                   household_id=hid, phone=phone,
                   id_number=names.id_number(rng, born, sex, used) if rng.random() < 0.7 else None,
                   tags=["独居老人"] if rng.random() < 0.03 else [])
        if i % 997 == 0:
            made["names"].append(row["name"])
            if phone:
                made["phones"].append(phone)
        yield row


def build(db: Database, rng: random.Random, people: int = PEOPLE) -> dict[str, list[str]]:
    """Five communities, ~40 buildings each, 7 floors × 4 rooms, filled with `people` residents
    streamed into the roster a batch at a time (desktop.roster.bulk.stream_people)."""
    made: dict[str, list[str]] = {"names": [], "phones": [], "addresses": []}
    households, first = _households(db)
    with db.session(SYSTEM) as s:
        stream_people(s, SYSTEM, residents(rng, households, first, people, made), summary="演示居民")
    return made


def rows_floor(people: int) -> float:
    """Seconds to make `people` residents' rows with no database (measured on a tenth at most, scaled):
    the part of the build no writing can save."""
    sample = min(people, 100_000)
    rng = random.Random(6)
    households = [(f"h{i}", "c") for i in range(5600)]
    t0 = time.perf_counter()
    for _ in residents(rng, households, "c", sample, {"names": [], "phones": []}):
        pass
    return (time.perf_counter() - t0) * people / sample


def queries(rng: random.Random, made: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for i in range(QUERIES):
        kind = i % 6
        name = rng.choice(made["names"])
        if kind == 0:
            out.append(rng.choice(name))                                 # 1 character of a name
        elif kind == 1:
            start = rng.randrange(max(1, len(name) - 1))
            out.append(name[start:start + 2])                            # 2 characters
        elif kind == 2:
            out.append(name_pinyin(name)[1][: rng.choice((2, 3))])       # initials, cf / cfs
        elif kind == 3:
            out.append(rng.choice(made["phones"])[-rng.choice((4, 5, 6)):])  # phone tail
        elif kind == 4:
            out.append(f"{rng.randrange(1, 41)}号楼{rng.randrange(1, 8)}0{rng.randrange(1, 5)}")  # address
        else:
            other = rng.choice(all_pinyin(name))[rng.randrange(2)]                # any reading, full or initials
            out.append(rng.choice((f"{rng.randrange(1, 41)}号楼", name_pinyin(name)[0], other)))
    return out


def key_rows(db: Database) -> tuple[int, int]:
    """(rows of the key table, rows it would have with only the sorting reading of each name)."""
    from desktop.roster.search import _readings, initials_keys, name_keys, pinyin_keys

    with db.session(SYSTEM) as s:
        rows = int(s.execute(text("SELECT count(*) FROM people_keys")).scalar() or 0)
        extra = 0
        for name, override in s.execute(text("SELECT name, name_pinyin_override FROM people "
                                             "WHERE deleted_at IS NULL")):
            full, initials, syllables = _readings(name, override)[0]
            plain = set(name_keys(name, override))
            first_only = {k for k in plain if not (k.isascii() and k.isalpha())} | \
                set(pinyin_keys(full, syllables)) | set(initials_keys(initials))
            extra += len(plain) - len(first_only & plain)
    return rows, rows - extra


def _timed(fn) -> float:  # noqa: ANN001
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def measure(db: Database, qs: list[str]) -> tuple[list[float], list[float]]:
    search_ms: list[float] = []
    floor_ms: list[float] = []
    with db.session(SYSTEM) as s:
        ids = [r[0] for r in s.execute(text("SELECT id FROM people ORDER BY random() LIMIT 400"))]
        for q in qs[:20]:                                   # warm the page cache
            service.search_people(s, SYSTEM, q, limit=50)
        for q, pid in zip(qs, ids):
            search_ms.append(_timed(lambda: (service.search_people(s, SYSTEM, q, offset=0, limit=50),
                                             service.count_people(s, SYSTEM, q))))
            floor_ms.append(_timed(lambda: s.execute(text("SELECT id, name, phone FROM people WHERE id = :i"),
                                                     {"i": pid}).one()))
    return search_ms, floor_ms


def size() -> tuple[int, str]:
    """(people, figure suffix): 100,000 by default, 1,000,000 under `make bench-large`."""
    return (LARGE_PEOPLE, "_1m") if os.environ.get("LINLI_BENCH_LARGE") == "1" else (PEOPLE, "")


# Words no search key holds: address fragments (湖 and 花园, the first keystrokes of an address, hold a third
# and a fifth of the street), names nobody has, the middle of a phone number, of a pinyin.
NO_KEY = ("花园6号楼501", "湖花园1", "新村3号", "苑12号楼", "湖", "花园", "欧阳娜娜娜", "王小明明", "0012", "1380", "enfus",
          "ngxiu")


def nokey_ms(db: Database) -> list[float]:
    """Each word no key holds, three times: the first page and the exact count."""
    out: list[float] = []
    with db.session(SYSTEM) as s:
        for _ in range(3):
            for q in NO_KEY:
                out.append(_timed(lambda: (service.search_people(s, SYSTEM, q, limit=50),
                                           service.count_people(s, SYSTEM, q))))
    return out


def run(rec: Recorder, tmp: Path) -> None:
    from bench import page_figures
    from bench.scale_figures import audit_month, pairs_and_audit

    people, large = size()
    rng = random.Random(6)
    db = Database(sqlite_url(tmp / f"roster{large or '-100k'}.db"))
    upgrade(db, backups=None)
    base_mib = rss_mib()
    reset_peak_rss()
    t0, cpu0, child_cpu0 = time.perf_counter(), time.process_time(), children_cpu_s()
    with ChildPeaks() as children:
        made = build(db, rng, people)
    build_s, build_cpu = time.perf_counter() - t0, time.process_time() - cpu0
    build_cpu += children_cpu_s() - child_cpu0      # the second process that made search fields
    build_mib = peak_rss_mib() + children.mib       # its peak too, as though both peaked at once
    print(f"  build: {build_s:.0f} s, {build_cpu:.0f} s of CPU (SQLite's and the second process's included)")
    audit_month(db, people)
    qs = queries(rng, made)
    search_ms, floor_ms = measure(db, qs)
    rec.add(f"roster_search{large}_p95_ms", p95(search_ms), "ms", floor=p95(floor_ms), limit=10)
    rec.add(f"roster_search{large}_nokey_max_ms", max(nokey_ms(db)), "ms", floor=p95(floor_ms))
    floor = rows_floor(people)
    if large:
        rec.add("bulk_1m_s", build_s, "s", floor=floor, limit=180)
        rec.add("bulk_1m_peak_mib", build_mib, "MiB", floor=base_mib, limit=1024)
        rec.add("bulk_1m_cpu_s", build_cpu, "s", floor=floor)        # what a busy machine does not change
    else:
        rec.add("roster_bulk_100k_s", build_s, "s", floor=floor)
        rec.add("roster_bulk_100k_peak_mib", build_mib, "MiB", floor=base_mib)
        rows, one_reading = key_rows(db)
        rec.add("roster_keys_rows", rows, "rows", floor=one_reading, ratio_limit=2)
    pairs_and_audit(rec, db, tmp, large)
    page_figures.pages(rec, db, large)                                  # tree, 今日, tag list
    page_figures.first_rows(rec, db, tmp / f"roster{large or '-100k'}.db", large)
    db.dispose()
    if large:                       # the PostgreSQL variant (bench_roster_pg, run after) loads these people
        (tmp / "roster_1m.db").replace(LARGE_KEPT)


# `make bench-large`: the 1,000,000 people built here, kept for bench_roster_pg (which removes it).
LARGE_KEPT = Path(os.environ.get("TMPDIR", "/tmp")) / "linli-bench-roster-1m.db"
