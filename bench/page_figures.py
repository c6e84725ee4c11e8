"""Figures of the roster's pages over a built roster (called by bench_roster_search on the database it has
just built: 100,000 people, or 1,000,000 under `make bench-large`, figures suffixed _1m).

roster_tree{suffix}_ms: `service.roster_tree` (communities, buildings, households with head counts), the
median of 5 in fresh units of work. Floor: reading the households' rows the tree shows (id, building,
unit, room, address), nothing else. Target ≤ 200 ms at 1M.
today_desk{suffix}_ms: `attention.today_for_desk` for one community's desk on the build's date (notes,
people to look in on, today's birthdays), median of 5. Floor: reading the people it lists by primary key.
Target ≤ 200 ms at 1M.
tag_list{suffix}_ms: `service.list_tags` with each tag's head count, median of 5. Floor: reading the tag
list's rows.
first_rows{suffix}_max_ms: the worst keystroke, from the search starting (after the debounce) to the table
holding its first rows, through the window's own path — the search on a worker
(desktop.roster.views.background_search) and its answer back on the window's thread — over the mixed
keystrokes of bench_roster_ui and the words no key holds (bench_roster_search.NO_KEY), twice. Floor: a bare
QStandardItemModel filled with 100 rows in the same run. Target ≤ 300 ms at 1M.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.bench_roster_ui import bare_table_ms
from bench.harness import Recorder
from desktop.core.db import Database
from desktop.core.security import SYSTEM
from desktop.roster import attention, service

ON = date(2026, 6, 1)       # the day bench_roster_search builds its people for


def _ms(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), out


def _in_session(db: Database, fn: Callable[[Any], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with db.session(SYSTEM) as s:
            return fn(s)
    return run


def pages(rec: Recorder, db: Database, suffix: str = "") -> None:
    large = suffix.endswith("_1m")
    with db.session(SYSTEM) as s:
        community = s.execute(text("SELECT id FROM communities ORDER BY name LIMIT 1")).scalar_one()

    spent, tree = _ms(_in_session(db, lambda s: service.roster_tree(s, SYSTEM)))
    floor, _ = _ms(_in_session(db, lambda s: s.execute(text(
        "SELECT id, building_id, unit, room, address FROM households WHERE deleted_at IS NULL")).all()))
    print(f"  tree: {sum(c.count for c in tree)} people, {sum(len(b.households) for c in tree for b in c.buildings)} "
          f"households")
    rec.add(f"roster_tree{suffix}_ms", spent, "ms", floor=floor, limit=200 if large else None)

    spent, info = _ms(_in_session(db, lambda s: attention.today_for_desk(s, SYSTEM, community_id=community, on=ON)))
    shown = [p.id for p in info.watch_people] + [p.id for p in info.birthdays]
    floor, _ = _ms(_in_session(db, lambda s: s.execute(
        text("SELECT id, name, birth_date, tags, phone FROM people WHERE id IN (SELECT value FROM json_each(:ids))")
        if db.engine.dialect.name == "sqlite" else
        text("SELECT id, name, birth_date, tags, phone FROM people WHERE id = ANY(:ids)"),
        {"ids": json.dumps(shown) if db.engine.dialect.name == "sqlite" else shown}).all()))
    print(f"  今日: {len(info.watch_people)} to look in on, {len(info.birthdays)} birthdays")
    rec.add(f"today_desk{suffix}_ms", spent, "ms", floor=floor, limit=200 if large else None)

    spent, tags = _ms(_in_session(db, lambda s: service.list_tags(s, SYSTEM)))
    floor, _ = _ms(_in_session(db, lambda s: s.execute(text("SELECT * FROM roster_tags")).all()))
    print("  tags: " + ", ".join(f"{t.name} {t.people}" for t in tags if t.people))
    rec.add(f"tag_list{suffix}_ms", spent, "ms", floor=floor, limit=200 if large else None)


def first_rows(rec: Recorder, db: Database, db_path: Path, suffix: str = "") -> None:
    """The worst keystroke to first rows through the background search (SQLite file at `db_path`)."""
    from bench.bench_roster_search import NO_KEY
    from bench.bench_roster_ui import keystrokes
    from desktop.roster.views.background_search import BackgroundSearch
    from desktop.roster.views.people_model import PeopleFilters, PeopleTableModel
    from desktop.ui.qt import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    model = PeopleTableModel(db, SYSTEM, window)
    searcher = BackgroundSearch(window, model)
    words = keystrokes(db_path) + list(NO_KEY)
    samples: list[tuple[float, str]] = []

    def once(word: str) -> float:
        shown = searcher.shown
        t0 = time.perf_counter()
        searcher.start(word, PeopleFilters())
        while searcher.shown == shown:
            app.processEvents()
            time.sleep(0.0005)
            if time.perf_counter() - t0 > 60:
                raise RuntimeError(f"no rows for {word!r} after a minute")
        return (time.perf_counter() - t0) * 1000

    once("预热")
    for _ in range(2):
        for word in words:
            samples.append((once(word), word))
    searcher.wait()
    app.processEvents()
    worst = max(samples)
    print(f"   first rows (background): median {statistics.median(s for s, _ in samples):.1f} ms, "
          f"worst {worst[0]:.1f} ms ({worst[1]}) over {len(samples)}", flush=True)
    rec.add(f"first_rows{suffix}_max_ms", worst[0], "ms", floor=bare_table_ms(),
            limit=300 if suffix.endswith("_1m") else None)
    window.deleteLater()
