"""Verified copies of the SQLite file (plain or SQLCipher): before every migration, on demand, on a
schedule (desktop.core.backup_schedule), and restore.

A copy is taken with SQLite's online backup API, which gives a consistent snapshot even while another
process writes; it is then verified by opening the *copy* and checking it (integrity check, a Linli
schema, its version). The live database is never compared with it: its rows change meanwhile.
An encrypted database's copy stays encrypted under the same data key, and its key file is copied beside.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import clock
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.private_files import make_database_private, make_private
from desktop.core.vault import key_file_for
from desktop.core.db import connect_sqlcipher

REQUIRED_TABLES = ("alembic_version", "users", "audit_log")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    tables: int
    rows: int


@dataclass(frozen=True)
class CopyCheck:
    tables: dict[str, int]
    versions: frozenset[str]


# Page cache of the two connections of a copy (KiB): pages pass through once, so a large cache only holds
# memory (SQLite's default cost 16 MiB on a 35 MB file). The check that follows revisits pages: 1 MiB keeps
# its speed (256 KiB made it four times slower) at half the default's memory (8 MiB less at each exit's copy).
COPY_CACHE_KIB = 256
CHECK_CACHE_KIB = 1024


def connect(path: Path, key: bytes | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection without the application's pragmas (nothing is written on opening: read-only
    opens do not even switch the journal mode), with a small page cache: it is for copying and checking."""
    if key is not None:
        conn = connect_sqlcipher(path, key, readonly=readonly)
    elif readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA cache_size=-{CHECK_CACHE_KIB if readonly else COPY_CACHE_KIB}")
    return conn


def table_counts(conn: Any) -> dict[str, int]:
    """Rows of every table; a virtual table's (the roster's FTS5 search table) are in its shadow tables."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


_NULL_REPORT = re.compile(r"^NULL value in (\w+)\.(\w+)$")


def _false_null_report(conn: Any, message: str) -> bool:
    """SQLite 3.40 reports "NULL value in T.C" for a NOT NULL column declared before the primary key of a
    WITHOUT ROWID table even when no such value exists; such a report is checked, not trusted."""
    m = _NULL_REPORT.match(message)
    if not m:
        return False
    table, column = m.groups()
    try:
        return bool(conn.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NULL').fetchone()[0] == 0)
    except sqlite3.DatabaseError:
        return False


def _database_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    try:
        import sqlcipher3  # deferred: loads sqlcipher3 (only when a copy is checked)

        errors.append(sqlcipher3.DatabaseError)
    except ImportError:  # pragma: no cover — a runtime dependency
        pass
    return tuple(errors)


def check_copy(path: Path, key: bytes | None = None, *, need_users: bool = False, linli: bool = True,
               thorough: bool = True) -> CopyCheck:
    """Open `path` read-only and check it is a whole Linli database (`linli` False: any whole SQLite
    database — a copy is checked against itself, whatever it holds); raises UserError otherwise.
    `thorough` False: SQLite's quick check — every page and tree whole, what a copy can break — without
    matching each index to its table (a fault that, in a page-for-page copy, was in the original already):
    a seventh of the time on a million people's 2.8 GiB (4.6 s, not 32 s)."""
    if not path.exists():
        raise UserError(msg("找不到文件：{path}", path=path))
    if path.stat().st_size == 0:
        raise UserError(msg("不是邻里的数据库：{name} 是空文件", name=path.name))
    try:
        conn = connect(path, key, readonly=True)
        try:
            check = "integrity_check" if thorough else "quick_check"
            problems = [r[0] for r in conn.execute(f"PRAGMA {check}")]
            problems = [p for p in problems if p != "ok" and not _false_null_report(conn, p)]
            if problems:
                raise UserError(msg("数据库文件已损坏：{problems}", problems=problems[0]))
            counts = table_counts(conn)
            if not linli:
                return CopyCheck(counts, frozenset())
            missing = [t for t in REQUIRED_TABLES if t not in counts]
            if missing:
                raise UserError(msg("不是邻里的数据库：{name} 缺少 {missing} 表", name=path.name, missing=missing[0]))
            versions = frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
            if not versions or (need_users and not counts["users"]):
                raise UserError(msg("不是可用的邻里数据库：{name} 没有结构版本或没有用户", name=path.name))
            return CopyCheck(counts, versions)
        finally:
            conn.close()
    except _database_errors() as exc:
        hint = "（加密数据库需要它的密钥文件和一个账号的密码）" if key is None else ""
        raise UserError(msg("不是有效的数据库文件：{name}（{exc}）{hint}", name=path.name, exc=exc, hint=hint)) from exc


def verify_sqlite(path: Path, key: bytes | None = None) -> dict[str, int]:
    """Integrity check and per-table row counts of a Linli database; raises UserError if it is not one."""
    return check_copy(path, key).tables


def backup_sqlite(src: Path, dest_dir: Path, label: str = "backup", *, key: bytes | None = None,
                  vault: Any = None, thorough: bool = True) -> BackupResult:
    """Copy through SQLite's online backup API (a consistent snapshot while others write), then verify
    the copy on its own (`thorough`: see check_copy). `key`/`vault`: the data key and key file of an
    encrypted database."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S-%f")
    dest = dest_dir / f"{src.stem}-{label}-{stamp}.db"
    partial = dest.with_name(dest.name + ".partial")
    source = connect(src, key)
    try:
        source.execute("PRAGMA busy_timeout=10000")
        target = connect(partial, key)
        make_private(partial)                             # before any row is copied into it
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
    finally:
        source.close()
    try:
        check = check_copy(partial, key, linli=False, thorough=thorough)
    except UserError:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(dest)
    if vault is not None:
        vault.copy_to(dest)
    return BackupResult(dest, len(check.tables), sum(check.tables.values()))


def remove_backup(path: Path) -> None:
    path.unlink(missing_ok=True)

    key_file_for(path).unlink(missing_ok=True)


def restore_sqlite(backup: Path, target: Path, key: bytes | None = None) -> Path:
    """Put a verified backup in place (and its key file); the current file is kept aside and its path
    returned. The caller has checked the backup's version and the person's right to restore."""
    check_copy(backup, key, need_users=True)
    stamp = clock.file_stamp()
    aside = target.with_name(f"{target.stem}-before-restore-{stamp}.db")
    if target.exists():
        conn = connect(target, None) if not key_file_for(target).exists() else None
        if conn is not None:
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
            finally:
                conn.close()
        shutil.move(str(target), aside)
        if key_file_for(target).exists():
            shutil.move(str(key_file_for(target)), key_file_for(aside))
        for suffix in ("-wal", "-shm"):
            side = Path(str(target) + suffix)
            if side.exists():
                shutil.move(str(side), str(aside) + suffix)
    shutil.copy2(backup, target)
    make_database_private(target)                         # copy2 would keep the backup file's mode
    if key_file_for(backup).exists():
        shutil.copy2(key_file_for(backup), key_file_for(target))
        make_private(key_file_for(target))
    check_copy(target, key)
    return aside
