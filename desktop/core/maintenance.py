"""Backups as a service: permission-checked and audited, for the settings page and the CLI."""

from __future__ import annotations

from pathlib import Path

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.backup import BackupResult, backup_sqlite
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.roles import Perm
from desktop.core.security import Actor, require


def backup_now(db: Database, actor: Actor | None, dest: Path) -> BackupResult:
    """Copy and verify the SQLite file. `actor` None means the operating-system account at the
    command line (a scheduled task), which is recorded as such."""
    if actor is not None:
        require(actor, Perm.BACKUP, entity="database")
    if db.sqlite_path is None:
        raise UserError("共享的 PostgreSQL 数据库请在服务器上用 pg_dump 备份")
    result = backup_sqlite(db.sqlite_path, dest, key=db.key, vault=db.vault)
    with db.session(actor) as s:
        audit.record(s, actor, AuditAction.BACKUP, "database", None,
                     detail=f"{result.path}（{result.tables} 张表，{result.rows} 行）")
    return result
