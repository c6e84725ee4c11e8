"""Test harness: offscreen Qt, a temp data folder per test, real SQLite files and a real PostgreSQL.

PostgreSQL: a private server is started once per test session from the machine's PostgreSQL
binaries (initdb/pg_ctl) on a free loopback port; each test gets a database as fresh as a new copy of
a migrated template (tests.pg_server.DatabasePool). Where the binaries are absent the PostgreSQL
variants are skipped with the reason printed.
"""

from __future__ import annotations

import os

# Offscreen, on the smallest screen the desks have (1024×768; Qt's own offscreen screen is 800×800): a dialog
# opens at the size Qt gives it there, and what does not fit it is seen.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "desk-screen.json")
# Hashing with production cost hundreds of times makes the suite slow; one test checks the real cost.
os.environ.setdefault("LINLI_PASSWORD_HASH", "cheapest")
os.environ.setdefault("LINLI_KEY_KDF", "cheapest")   # key derivation likewise (desktop.core.crypto)

import shutil
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.core import clock
from desktop.core.db import Database, sqlite_url
from tests import desk_time
from tests.demo_world import _demo_file, _sqlite_template, demo_db  # noqa: F401  (fixtures)
from tests.desk_time import _desk_time, desk_clock  # noqa: F401  (fixtures)
from tests.pg_server import DatabasePool, PgServer, find_pg_bin

_PG: PgServer | None = None
_PG_SKIP = ""


def pytest_configure(config: pytest.Config) -> None:
    # Session and module fixtures (templates, worlds) are built at the default instant too.
    clock.set_instant(desk_time.default_now(), tick=True)


def pytest_report_header(config: pytest.Config) -> str:
    return desk_time.header()


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    desk_time.summary(terminalreporter)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    desk_time.generate(metafunc)


@pytest.fixture(autouse=True)
def _no_window_left_to_delete() -> None:
    """The windows an earlier test closed are deleted before this one starts. Qt deletes a closed widget at
    the next turn of an event loop, which would otherwise be this test's: a walk's nine windows take a
    tenth of a second and more, in the middle of what this test times or waits for."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None and widgets.QApplication.instance() is not None:
        from PySide6.QtCore import QEvent

        widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may write into the real user data folder."""
    d = tmp_path_factory.mktemp("linli-data")
    monkeypatch.setenv("LINLI_DATA_DIR", str(d))
    return d


def _pg() -> PgServer:
    global _PG, _PG_SKIP
    if _PG is None and not _PG_SKIP:
        bindir = find_pg_bin()
        if bindir is None:
            _PG_SKIP = "PostgreSQL server binaries (initdb, pg_ctl) not found on this machine"
        else:
            _PG = PgServer(bindir)
            _PG.start()
    if _PG is None:
        pytest.skip(_PG_SKIP)
    return _PG


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _PG is not None:
        _PG.stop()


def _migrated(url: str) -> Database:
    from desktop.core.migrate import upgrade

    db = Database(url)
    upgrade(db, backups=None)
    return db


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:  # noqa: F811  (the fixture)
    path = tmp_path / "linli.db"
    shutil.copy(_sqlite_template, path)
    db = Database(sqlite_url(path))
    yield db
    db.dispose()


_PG_TEMPLATE: list[str] = []
_PG_POOLS: dict[str, DatabasePool] = {}


@contextmanager
def pg_copy(template: str) -> Iterator[Database]:
    """A database as a fresh copy of `template` is (given back, and put back as the template was, after)."""
    server = _pg()
    pool = _PG_POOLS.setdefault(template, DatabasePool(server, template))
    name = pool.take()
    db = Database(server.url(name))
    try:
        yield db
    finally:
        db.dispose()
        pool.give_back(name)


def pg_template() -> str:
    """The migrated PostgreSQL database of this test process (made once)."""
    if not _PG_TEMPLATE:
        template = "tmpl_" + uuid.uuid4().hex[:8]
        _migrated(_pg().create_database(template)).dispose()
        _PG_TEMPLATE.append(template)
    return _PG_TEMPLATE[0]


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """A database as fresh as a new copy of the one migrated once per session."""
    with pg_copy(pg_template()) as db:
        yield db


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """Service tests run on both back ends."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture(autouse=True)
def _no_unexpected_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the offscreen run: fail the test instead, naming it.

    Tests that expect a dialog patch it themselves (their patch, made later, wins).
    """
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def refuse(what: str):  # noqa: ANN202
        def _raise(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected modal {what}: {texts}")
        return _raise

    for name in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: refuse("QMessageBox")(self.text()))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}"))
