"""Verified copies of the SQLite file: before every migration, on demand, and restore."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.core import clock
from desktop.core.errors import UserError
from desktop.core.private_files import make_database_private, make_private


@dataclass(frozen=True)
class BackupResult:
    path: Path
    tables: int
    rows: int


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


_NULL_REPORT = re.compile(r"^NULL value in (\w+)\.(\w+)$")


def _false_null_report(conn: sqlite3.Connection, message: str) -> bool:
    """SQLite 3.40 reports "NULL value in T.C" for a NOT NULL column declared before the primary key of a
    WITHOUT ROWID table even when no such value exists; such a report is checked, not trusted."""
    m = _NULL_REPORT.match(message)
    if not m:
        return False
    table, column = m.groups()
    try:
        return conn.execute(f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NULL').fetchone()[0] == 0
    except sqlite3.DatabaseError:
        return False


def verify_sqlite(path: Path) -> dict[str, int]:
    """Integrity check and per-table row counts; raises UserError if the file is damaged."""
    if not path.exists():
        raise UserError(f"找不到文件：{path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            problems = [p for p in problems if p != "ok" and not _false_null_report(conn, p)]
            if problems:
                raise UserError(f"数据库文件已损坏：{problems[0]}")
            return _counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(f"不是有效的数据库文件：{path}（{exc}）") from exc


def backup_sqlite(src: Path, dest_dir: Path, label: str = "backup") -> BackupResult:
    """Copy through SQLite's online backup API (safe while others read), then verify the copy."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M%S-%f")
    dest = dest_dir / f"{src.stem}-{label}-{stamp}.db"
    source = sqlite3.connect(str(src))
    try:
        target = sqlite3.connect(str(dest))
        make_private(dest)                                # before any row is copied into it
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            target.close()
        original = _counts(source)
    finally:
        source.close()
    try:
        copied = verify_sqlite(dest)
    except UserError:
        dest.unlink(missing_ok=True)
        raise
    if copied != original:
        dest.unlink(missing_ok=True)
        raise UserError("备份校验失败：备份中的行数与原库不一致，已放弃这份备份")
    return BackupResult(dest, len(copied), sum(copied.values()))


def restore_sqlite(backup: Path, target: Path) -> Path:
    """Put a verified backup in place; the current file is kept aside and its path returned."""
    verify_sqlite(backup)
    stamp = clock.file_stamp()
    aside = target.with_name(f"{target.stem}-before-restore-{stamp}.db")
    if target.exists():
        conn = sqlite3.connect(str(target))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        shutil.move(str(target), aside)
        for suffix in ("-wal", "-shm"):
            side = Path(str(target) + suffix)
            if side.exists():
                side.unlink()
    shutil.copy2(backup, target)
    make_database_private(target)                         # copy2 would keep the backup file's mode
    verify_sqlite(target)
    return aside
