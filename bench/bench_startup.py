"""Start-up, offscreen, on the demo database, user and password given (no dialog):
- startup_s: process spawn → the main window's first paint (the window opens before the data layer
  loads: title, menus, desk and database in the status bar, 正在打开数据库…);
- startup_signed_in_s: … → the window painted with the signed-in user's navigation and first page;
- startup_ready_s: … → the 今日 page has read every section;
- startup_mib: peak memory of a start that runs until ready;
- startup_stack_s: the bare window painted, then SQLAlchemy's ORM imported and nothing else: the least a
  start that reads its data through the project's data layer can cost, whatever it does itself.
Floor: a bare PySide6 window measured the same way in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-pass-1"

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("first-paint", flush=True); QTimer.singleShot(0, app.quit); o.removeEventFilter(self)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""
# The bare window, then the data layer's library loaded: printed once the import is done.
STACK = BARE.replace('print("first-paint", flush=True); ', 'import sqlalchemy.orm; print("stack", flush=True); ')
assert "sqlalchemy" in STACK

# Runs the command as a child, then reports the child's peak resident set (KiB on Linux).
PEAK = "import resource,subprocess,sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); " \
       "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"


def _time_to(cmd: list[str], env: dict[str, str], marker: str = "first-paint", stop: bool = False) -> float:
    """Wall time from spawning the process to the line it prints at `marker`. `stop`: the process is
    stopped there rather than waited for (its exit would back up a database of a million people first)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - t0
            if stop:
                proc.kill()
            proc.wait(timeout=30)
            return elapsed
    raise RuntimeError(f"no {marker} from {cmd}: {proc.stderr.read() if proc.stderr else ''}")


def _peak_mib(cmd: list[str], env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", PEAK, *cmd], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def run(rec, tmp: Path) -> None:  # noqa: ANN001
    db = tmp / "demo.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LINLI_DATA_DIR=str(tmp), LINLI_PASSWORD=PASSWORD,
               LINLI_EXIT_AFTER_PAINT="1")
    subprocess.run([sys.executable, "main.py", "--db", str(db), "demo"], cwd=ROOT,
                   env=dict(env, LINLI_NEW_PASSWORD=PASSWORD), check=True, stdout=subprocess.DEVNULL)
    app = [sys.executable, "main.py", "--db", str(db), "--desk", "office", "--user", "admin"]
    bare = [sys.executable, "-c", BARE]
    _time_to(app, env), _time_to(bare, env)  # warm the file cache once
    app_t, signed_t, bare_t = [], [], []
    for _ in range(7):
        app_t.append(_time_to(app, env))
        signed_t.append(_time_to(app, env, "signed-in"))
        bare_t.append(_time_to(bare, env))
    floor = statistics.median(bare_t)
    rec.add("startup_s", statistics.median(app_t), "s", floor=floor, limit=0.6, ratio_limit=3)
    rec.add("startup_signed_in_s", statistics.median(signed_t), "s", floor=floor)
    # The 今日 page paints at once and then reads each module's section: the time until it has
    # everything, and the memory with everything loaded (the honest peak, not the first frame's).
    ready_env = dict(env, LINLI_EXIT_AFTER_PAINT="ready")
    ready = statistics.median(_time_to(app, ready_env, "ready") for _ in range(5))
    rec.add("startup_ready_s", ready, "s", floor=floor, limit=0.9, ratio_limit=5)
    rec.add("startup_mib", _peak_mib(app, ready_env), "MiB", floor=_peak_mib(bare, env), limit=150)
    stack = statistics.median(_time_to([sys.executable, "-c", STACK], env, "stack") for _ in range(5))
    rec.add("startup_stack_s", stack, "s", floor=floor)


def ready_on(rec, db_path: Path, tmp: Path, name: str, limit: float) -> None:  # noqa: ANN001
    """`name`: spawn → the 今日 page read, on the database at `db_path` (a first admin made in it if it
    has none), median of three; floor: the bare window, measured the same way in the same run."""
    from desktop.core import accounts
    from desktop.core.db import Database, sqlite_url

    db = Database(sqlite_url(db_path))
    with db.session() as s:
        if not accounts.has_users(s):
            accounts.create_first_admin(s, "admin", "管理员", PASSWORD)
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LINLI_DATA_DIR=str(tmp), LINLI_PASSWORD=PASSWORD,
               LINLI_EXIT_AFTER_PAINT="ready")
    app = [sys.executable, "main.py", "--db", str(db_path), "--desk", "office", "--user", "admin"]
    bare = [sys.executable, "-c", BARE]
    _time_to(app, env, "ready", stop=True), _time_to(bare, env)   # the file cache warm once, as at a second start
    ready = statistics.median(_time_to(app, env, "ready", stop=True) for _ in range(3))
    floor = statistics.median(_time_to(bare, env) for _ in range(3))
    rec.add(name, ready, "s", floor=floor, limit=limit)
