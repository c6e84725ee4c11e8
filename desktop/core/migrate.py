"""Bring a database to this version's schema: refuse newer ones, back up, then upgrade."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text

from desktop.core.backup import backup_sqlite, connect
from desktop.core.db import Database
from desktop.core.errors import DatabaseTooNew
from desktop.core.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config  # deferred: not needed at start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@dataclass(frozen=True)
class SchemaState:
    current: frozenset[str]
    heads: frozenset[str]
    empty: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.heads

    @property
    def too_new(self) -> bool:
        return bool(self.current - self._known)

    _known: frozenset[str] = frozenset()


_HEADER = re.compile(r"^(revision|down_revision|depends_on)\s*=\s*(.+)$", re.MULTILINE)


@cache
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """Known revisions and heads, read from the version files' header lines without importing Alembic
    or parsing whole files (both cost a noticeable part of a start or sign-in); read once per process."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        values: dict[str, object] = {}
        for name, value in _HEADER.findall(path.read_text(encoding="utf-8")):
            values.setdefault(name, ast.literal_eval(value.strip()))
        rev = values.get("revision")
        if not isinstance(rev, str):
            continue
        known.add(rev)
        down = values.get("down_revision")
        if isinstance(down, str):
            parents.add(down)
        elif isinstance(down, (tuple, list)):
            parents.update(down)
    return frozenset(known), frozenset(known - parents)


def known_revisions() -> frozenset[str]:
    return _revision_graph()[0]


def file_versions(path: Path, key: bytes | None = None) -> tuple[frozenset[str], bool] | None:
    """The revisions recorded in a SQLite file and whether it has any table, read without writing a
    byte (read-only, none of the application's pragmas: a newer database stays byte-identical).
    None if the file does not exist yet."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = connect(path, key, readonly=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        current: frozenset[str] = frozenset()
        if "alembic_version" in tables:
            current = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        return current, bool(tables)
    finally:
        conn.close()


def schema_state(db: Database) -> SchemaState:
    known, heads = _revision_graph()
    path = db.sqlite_path
    if path is not None:
        found = file_versions(path, db.key)
        if found is not None:
            return SchemaState(found[0], heads, not found[1], known)
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        current: frozenset[str] = frozenset()
        if "alembic_version" in tables:
            current = frozenset(r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version")))
    return SchemaState(current, heads, not tables, known)


def upgrade(db: Database, backups: Path | None) -> Path | None:
    """Upgrade to head. A SQLite file with data is copied and verified first; returns the copy."""
    state = schema_state(db)
    if state.too_new:
        raise DatabaseTooNew(msg(
            "这个数据库由更新版本的邻里写入（版本 {versions}），本程序不能打开它。数据库未作任何改动，"
            "请升级邻里后再试。", versions=", ".join(sorted(state.current))))
    if state.up_to_date:
        return None
    copy = None
    path = db.sqlite_path
    if backups is not None and path is not None and path.exists() and not state.empty:
        copy = backup_sqlite(path, backups, label="pre-migrate", key=db.key, vault=db.vault).path
    from alembic import command  # deferred: not needed at start-up

    with migration_connection(db) as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return copy


@contextmanager
def migration_connection(db: Database) -> Iterator[Any]:
    """A connection in one transaction to run migrations on. On SQLite, foreign keys are not enforced
    while a migration rebuilds a table (batch mode copies it, drops the old one and renames the copy:
    with enforcement on, dropping a table other rows point to fails) and are checked as a whole before
    the commit instead; enforcement is back on for the connection afterwards."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")    # outside a transaction, or it does nothing
            conn.commit()
        try:
            with conn.begin():
                yield conn
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} broken references (first in {broken[0][0]})")
        finally:
            if db.is_sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
