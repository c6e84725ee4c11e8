"""Database files the tests start from, built once and copied: the migrated empty database, and the demo
world (every module's demo, signed in with the tests' password) for the tests that need a lived-in station.

Building the demo takes a good part of a minute; several tests need it. It is made once — in a cache
folder kept between runs (`.cache/tests/`, or LINLI_TEST_CACHE), named by a hash of the code that makes it
(desktop/, these helpers) — and each test gets its own copy. A change to any of that code makes a new
file. Workers of one run wait for each other rather than build it twice (a lock file).

The demo is built at a fixed instant an hour before the tests' default instant, so its rows are older than
anything a test does and its dates are those of the default day; it is offered to tests at the default
instant only (the awkward instants build their own).
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core import clock
from desktop.core.db import Database, sqlite_url
from tests import desk_time, helpers

ROOT = Path(__file__).resolve().parents[1]
KEEP = 4                    # cached files kept per kind (older ones are removed)


def cache_dir() -> Path:
    d = Path(os.environ.get("LINLI_TEST_CACHE") or ROOT / ".cache" / "tests")
    d.mkdir(parents=True, exist_ok=True)
    return d


def code_hash(*parts: str) -> str:
    """A hash of every source file the databases are made by, and of `parts` (settings that shape them)."""
    h = hashlib.sha256()
    files = sorted(p for p in (ROOT / "desktop").rglob("*") if p.suffix in (".py", ".sql", ".json", ".csv")
                   and "__pycache__" not in p.parts)
    for path in [*files, ROOT / "tests" / "helpers.py", Path(__file__)]:
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(path.read_bytes())
    for part in parts:
        h.update(part.encode())
    return h.hexdigest()[:16]


def cached_file(kind: str, build: object, *parts: str) -> Path:
    """The cached `kind` file for this code, made by `build(path)` if missing (one builder at a time)."""
    folder = cache_dir()
    target = folder / f"{kind}-{code_hash(kind, *parts)}.db"
    if target.exists():
        return target
    with open(folder / f"{kind}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)           # another worker may be building it: wait for it
        try:
            if not target.exists():
                partial = target.with_suffix(f".{os.getpid()}.part")
                partial.unlink(missing_ok=True)
                build(partial)                      # type: ignore[operator]
                os.replace(partial, target)
                for old in sorted(folder.glob(f"{kind}-*.db"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
                    old.unlink(missing_ok=True)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return target


def _settings() -> tuple[str, ...]:
    """What the files depend on besides the code: the tests' hashing costs and default instant."""
    return (os.environ.get("LINLI_PASSWORD_HASH", ""), os.environ.get("LINLI_KEY_KDF", ""),
            desk_time.DEFAULT.isoformat())


def build_migrated(path: Path) -> None:
    from desktop.core.migrate import upgrade

    db = Database(sqlite_url(path))
    try:
        upgrade(db, backups=None)
    finally:
        db.dispose()


def build_demo(path: Path, template: Path) -> None:
    """The demo world, and beside it (.txt) what loading it said."""
    import desktop.demo as demo

    shutil.copy(template, path)
    db = Database(sqlite_url(path))
    saved = clock.utcnow()
    clock.set_instant(desk_time.DEFAULT - timedelta(hours=1), tick=False)
    try:
        summary = demo.load_demo(db, helpers.PASSWORD, admin=helpers.admin(db))
        summary_of(path).write_text("\n".join(summary), encoding="utf-8")
    finally:
        clock.set_instant(saved, tick=True)
        db.dispose()


def summary_of(path: Path) -> Path:
    """What loading the demo said, beside its file (the same for the file being built and the one made)."""
    return path.parent / (path.name.split(".")[0] + ".txt")


def migrated_file() -> Path:
    """The migrated empty database (the migrations themselves are tested apart)."""
    return cached_file("migrated", build_migrated, *_settings())


def migrated_db(path: Path) -> Database:
    """A copy of the migrated empty database at `path`, opened: what a fresh `upgrade` there would make."""
    shutil.copyfile(migrated_file(), path)
    return Database(sqlite_url(path))


@pytest.fixture(scope="session")
def _sqlite_template() -> Path:
    """The migrated empty database; each test gets a copy."""
    return migrated_file()


@pytest.fixture(scope="session")
def _demo_file(_sqlite_template: Path) -> Path:
    return cached_file("demo", lambda path: build_demo(path, _sqlite_template), *_settings())


@pytest.fixture
def demo_db(tmp_path: Path, _demo_file: Path) -> Iterator[Database]:
    """A copy of the demo world: every module's demo; the demo accounts (admin, supervisor, social, rehab,
    reception, duty, …) sign in with helpers.PASSWORD. On the tests' default timeline only (the default
    instant, ticking on: a run started near midnight goes on into the next day, as a desk does)."""
    if abs(clock.utcnow() - desk_time.default_now()) > timedelta(minutes=1):
        raise AssertionError("the shared demo world is of the default instant: at another instant, build one")
    path = tmp_path / "demo.db"
    shutil.copy(_demo_file, path)
    db = Database(sqlite_url(path))
    db.demo_summary = summary_of(_demo_file).read_text(encoding="utf-8").splitlines()  # type: ignore[attr-defined]
    yield db
    db.dispose()
