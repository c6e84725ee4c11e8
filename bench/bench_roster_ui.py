"""Roster window figures on 100,000 people.

roster_first_rows_ms — from a keystroke (model.set_query) to the table holding its first rows, offscreen;
    floor: a bare QStandardItemModel filled with 100 rows in the same run.
roster_window_mib — peak RSS (VmHWM) of a process that opens the roster page, runs 5 searches and scrolls to
    row 5,000; floor: a bare QApplication + QMainWindow process.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import Recorder, p95

PEOPLE = 100_000
QUERY_COUNT = 60

_ROOT = Path(__file__).resolve().parent.parent


def build_db(path: Path, people: int = PEOPLE) -> None:
    """The same 100,000-person roster as the search benchmark (its builder, its seed)."""
    from bench.bench_roster_search import build
    from desktop.core.db import Database, sqlite_url
    from desktop.core.migrate import upgrade

    db = Database(sqlite_url(path))
    upgrade(db, backups=None)
    build(db, random.Random(6), people)
    db.dispose()


_WINDOW_SCRIPT = r"""
import os, resource, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from desktop.core.db import Database, sqlite_url
from desktop.core.security import SYSTEM
from desktop.core.settings_store import MachineSettings
from desktop.ui.context import AppContext
from desktop.ui.qt import QApplication
app = QApplication([])
mode = sys.argv[1]
if mode == "bare":
    from desktop.ui.qt import QMainWindow
    w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
else:
    from desktop.roster.views.roster_page import RosterPage
    db = Database(sqlite_url(sys.argv[3]))
    ctx = AppContext(db=db, actor=SYSTEM, settings=MachineSettings(Path(sys.argv[4])))
    page = RosterPage(ctx); page.resize(1280, 800); page.show(); app.processEvents()
    for q in ["王", "cfs", "6号楼501", "1234", ""]:
        page.search.setText(q); page.run_search(); app.processEvents()
    page.model.fetch_until(5000)
    page.table.scrollTo(page.model.index(5000, 0)); app.processEvents()
    assert page.model.rowCount() > 5000, page.model.rowCount()
# VmHWM is this process's own peak; ru_maxrss would carry over the (large) parent's peak through fork/exec.
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak, flush=True)
os._exit(0)   # skip interpreter teardown of the Qt objects: only the figure above matters
"""


def _peak_rss_mib(mode: str, db_path: Path, tmp: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _WINDOW_SCRIPT, mode, str(_ROOT), str(db_path),
                          str(tmp / "machine.json")], capture_output=True, text=True, env=env, check=True,
                         cwd=str(_ROOT))
    return int(out.stdout.strip().splitlines()[-1]) / 1024.0     # KiB


def keystrokes(db_path: Path, n: int = QUERY_COUNT) -> list[str]:
    """What people type: 1–2 characters of a name, initials, full pinyin, a phone tail, an address, a tag —
    taken from people who are in the database, so every query finds someone."""
    import sqlite3

    rng = random.Random(60)
    con = sqlite3.connect(str(db_path))
    people = con.execute("SELECT p.name, p.name_pinyin, p.name_initials, p.phone, h.address FROM people p "
                         "LEFT JOIN households h ON h.id = p.household_id ORDER BY p.rowid LIMIT 3000").fetchall()
    con.close()
    out: list[str] = []
    while len(out) < n:
        name, pinyin, initials, phone, address = rng.choice(people)
        kind = len(out) % 7
        if kind == 0:
            out.append(name[-1])
        elif kind == 1:
            out.append(name[:2])
        elif kind == 2 and initials:
            out.append(initials[:3])
        elif kind == 3 and pinyin:
            out.append(pinyin.replace(" ", ""))
        elif kind == 4 and phone:
            out.append(phone[-4:])
        elif kind == 5 and address:
            out.append(address[-7:])           # 12号楼305
        elif kind == 6:
            out.append("独居老人")
    return out


def bare_table_ms() -> float:
    """The floor of a first page: a bare 100-row Qt table of the roster's width filled and shown (median of 5)."""
    from desktop.roster.views.people_model import COLUMN_COUNT
    from desktop.ui.qt import QApplication, QtGui

    app = QApplication.instance() or QApplication([])
    floors = []
    for _ in range(5):
        t0 = time.perf_counter()
        m = QtGui.QStandardItemModel(0, COLUMN_COUNT)
        for r in range(100):
            m.appendRow([QtGui.QStandardItem(f"居民{r}-{c}") for c in range(COLUMN_COUNT)])
        app.processEvents()
        floors.append((time.perf_counter() - t0) * 1000)
    return statistics.median(floors)


def first_rows_samples(db_path: Path, rounds: int = 2) -> tuple[list[float], float]:
    """Milliseconds from set_query to rows, for each query; and the QStandardItemModel floor."""
    from desktop.core.db import Database, sqlite_url
    from desktop.core.security import SYSTEM
    from desktop.roster.views.people_model import PeopleTableModel
    from desktop.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    db = Database(sqlite_url(db_path))
    model = PeopleTableModel(db, SYSTEM)
    model.set_query("预热")
    samples: list[float] = []
    queries = keystrokes(db_path)
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            model.set_query(q)
            app.processEvents()
            assert model.rowCount() > 0, q
            assert model.data(model.index(0, 0)) is not None
            samples.append((time.perf_counter() - t0) * 1000)
            model.set_query("没有这样的人xyz")   # the next keystroke starts from another result
    db.dispose()
    return samples, bare_table_ms()


def run(rec: Recorder, tmp: Path) -> None:
    db_path = tmp / "roster-100k.db"
    build_db(db_path)
    samples, floor = first_rows_samples(db_path)
    print(f"   first rows: median {statistics.median(samples):.1f} ms, p95 {p95(samples):.1f} ms, "
          f"max {max(samples):.1f} ms over {len(samples)}", flush=True)
    rec.add("roster_first_rows_ms", p95(samples), "ms", floor=floor, limit=100)
    bare = _peak_rss_mib("bare", db_path, tmp)
    window = _peak_rss_mib("page", db_path, tmp)
    rec.add("roster_window_mib", window, "MiB", floor=bare, limit=250)
