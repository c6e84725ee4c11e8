"""Bring a database to this version's schema: refuse newer ones, back up, then upgrade."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from desktop.core.backup import backup_sqlite
from desktop.core.db import Database
from desktop.core.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config() -> Config:
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


def schema_state(db: Database) -> SchemaState:
    scripts = ScriptDirectory.from_config(alembic_config())
    known = frozenset(rev.revision for rev in scripts.walk_revisions())
    with db.engine.connect() as conn:
        current = frozenset(MigrationContext.configure(conn).get_current_heads())
        empty = not inspect(conn).get_table_names()
    return SchemaState(current, frozenset(scripts.get_heads()), empty, known)


def upgrade(db: Database, backups: Path | None) -> Path | None:
    """Upgrade to head. A SQLite file with data is copied and verified first; returns the copy."""
    state = schema_state(db)
    if state.too_new:
        raise DatabaseTooNew(
            "这个数据库由更新版本的邻里写入（版本 %s），本程序不能打开它。数据库未作任何改动，"
            "请升级邻里后再试。" % ", ".join(sorted(state.current)))
    if state.up_to_date:
        return None
    copy = None
    path = db.sqlite_path
    if backups is not None and path is not None and path.exists() and not state.empty:
        copy = backup_sqlite(path, backups, label="pre-migrate").path
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return copy
