"""Scheduled, verified backups of the SQLite file: at the first start of each day and at every exit after
a change (a session whose trail holds only its sign-in and sign-out leaves nothing new to copy).

Kept in `backups/auto/` and rotated — the newest of each of the last 7 days, of the last 4 ISO weeks and
of the last 12 months; the rest are removed (with their key files). When a second place is set (a USB
drive or a network folder, machine setting `backup_copy_dir`), each new copy is copied there too and
rotated the same way; a missing drive is reported, never fatal. Every good backup is on the audit trail,
which is where the administrator's 今日 reads the age of the last one.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction, AuditEntry
from desktop.core.backup import BackupResult, backup_sqlite, remove_backup
from desktop.core.db import Database
from desktop.core.errors import UserError
from desktop.core.messages import msg
from desktop.core.roles import Perm
from desktop.core.security import Actor, require

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
WARN_AFTER = timedelta(days=2)
AUTO = "auto"


@dataclass(frozen=True)
class AutoBackup:
    result: BackupResult | None
    copied_to: Path | None
    problem: str


def _stamp_of(path: Path) -> datetime | None:
    """The local time in a backup's name (`linli-auto-20261118-102233-000000.db`), to the microsecond."""
    parts = path.stem.split("-")
    try:
        return datetime.strptime(f"{parts[-3]}{parts[-2]}{parts[-1]}", "%Y%m%d%H%M%S%f")
    except (IndexError, ValueError):
        return None


def _stem_of(path: Path) -> str:
    """The database a scheduled copy is of (`linli` of `linli-auto-20261118-102233-000000.db`)."""
    return path.name.rsplit(f"-{AUTO}-", 1)[0]


def _copies(folder: Path, stem: str | None = None) -> list[tuple[datetime, Path]]:
    """The scheduled copies in `folder`, newest first: of the database named `stem` only, when given (two
    databases backed up into one folder keep their own days, weeks and months)."""
    found = [(_stamp_of(p), p) for p in folder.glob("*.db")
             if (p.name.startswith(f"{stem}-{AUTO}-") if stem is not None else f"-{AUTO}-" in p.name)]
    return sorted(((t, p) for t, p in found if t is not None), reverse=True)


def rotate(folder: Path, today: date, stem: str | None = None) -> list[Path]:
    """Keep the newest copy of each of the last 7 days, 4 ISO weeks and 12 months (of each database: of
    the one named `stem` when given); returns the removed."""
    if stem is None:
        return [p for name in sorted({_stem_of(p) for _, p in _copies(folder)}) for p in rotate(folder, today, name)]
    keep: set[Path] = set()
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for moment, path in _copies(folder, stem):     # newest first: the first seen of a period is kept
        d = moment.date()
        days.setdefault(d, path)
        weeks.setdefault(tuple(d.isocalendar())[:2], path)  # type: ignore[arg-type]
        months.setdefault((d.year, d.month), path)
    keep |= {p for d, p in days.items() if (today - d).days < KEEP_DAILY}
    keep |= set(list(weeks.values())[:KEEP_WEEKLY])
    keep |= set(list(months.values())[:KEEP_MONTHLY])
    removed = [p for _, p in _copies(folder, stem) if p not in keep]
    for p in removed:
        remove_backup(p)
    return removed


def copy_to_second(backup: Path, second: str, *, rotate_too: bool = False) -> Path:
    """Copy a verified backup (and its key file) to the second place; OSError if it is not there."""
    target = Path(second)
    if not target.is_dir():
        raise OSError(msg("找不到文件夹 {target}（U 盘未插上或网络文件夹未连接？）", target=target))
    copied = target / backup.name
    keys = backup.with_name(backup.name + ".keys")
    if keys.exists():
        shutil.copy2(keys, target / keys.name)
    shutil.copy2(backup, copied)
    if rotate_too:
        rotate(target, clock.local_now().date(), _stem_of(backup))
    return copied


def due_today(folder: Path, stem: str | None = None) -> bool:
    today = clock.local_now().date()
    return not any(t.date() == today for t, _ in _copies(folder, stem))


# What a session writes on the trail without changing anything: its sign-in and sign-out (and the
# account's last sign-in time, failed attempts reset), and the copies' own rows.
SESSION_ONLY = (AuditAction.LOGIN.value, AuditAction.LOGOUT.value, AuditAction.BACKUP.value)
SIGN_IN_FIELDS = frozenset({"last_login_at", "failed_logins"})


def last_copy_at(folder: Path, stem: str) -> datetime | None:
    """When the newest scheduled copy of the database named `stem` in `folder` began (aware)."""
    copies = _copies(folder, stem)
    return copies[0][0].replace(tzinfo=clock.SHANGHAI) if copies else None


def changed_since(db: Database, since: datetime) -> bool:
    """Whether anything but sign-ins, sign-outs and backups reached the audit trail (every change, and
    every read of sensitive records, does) since `since`."""
    with db.session() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.changes)
                         .where(AuditEntry.at >= since, AuditEntry.action.not_in(SESSION_ONLY)))
        for action, entity, changes in rows:
            if action == AuditAction.UPDATE.value and entity == "users" and changes \
                    and set(json.loads(changes)) <= SIGN_IN_FIELDS:
                continue                            # a sign-in's own bookkeeping
            return True
    return False


def exit_copy_due(db: Database, folder: Path) -> bool:
    """Whether an exit now makes a copy into `folder` (its `auto/`): a SQLite database with no copy yet,
    or with a change since its last one."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return False
    auto = folder / AUTO
    last = last_copy_at(auto, path.stem) if auto.exists() else None
    return last is None or changed_since(db, last.astimezone(timezone.utc))


def auto_backup(db: Database, folder: Path, second: str = "", *, when: str = "start") -> AutoBackup | None:
    """The scheduled copy: at "start" if none was made today, checked thoroughly (it runs in the
    background); at "exit" if anything changed since the last copy, with the quick check (the person is
    closing the window: a million people's 2.8 GiB copy is made in 11 s rather than 44). None where there is
    nothing to do (a server database, done today already, nothing changed)."""
    path = db.sqlite_path
    if path is None or not path.exists():
        return None
    folder = folder / AUTO
    if when == "start" and folder.exists() and not due_today(folder, path.stem):
        return None
    if when == "exit" and not exit_copy_due(db, folder.parent):
        return None
    result = backup_sqlite(path, folder, label=AUTO, key=db.key, vault=db.vault, thorough=when == "start")
    rotate(folder, clock.local_now().date(), path.stem)
    copied, problem = None, ""
    if second:
        try:
            copied = copy_to_second(result.path, second, rotate_too=True)
        except OSError as exc:
            problem = msg("第二份副本没有复制：{error}", error=str(exc))
            copied = None
    with db.session() as s:
        audit.record(s, None, AuditAction.BACKUP, "database", None,
                     detail=f"自动备份（{'启动' if when == 'start' else '退出'}）：{result.path}"
                            + (f"；副本 {copied}" if copied else "") + (f"；{problem}" if problem else ""))
    return AutoBackup(result, copied, problem)


@dataclass(frozen=True)
class BackupAge:
    last: datetime | None
    detail: str
    overdue: bool


def last_backup(s: Session, actor: Actor) -> BackupAge:
    """The last good backup on the trail (manual or scheduled) and whether it is older than two days."""
    require(actor, Perm.BACKUP, entity="database")
    row = s.execute(select(AuditEntry.at, AuditEntry.detail).where(AuditEntry.action == AuditAction.BACKUP.value)
                    .order_by(AuditEntry.at.desc()).limit(1)).first()
    if row is None:
        return BackupAge(None, "", True)
    return BackupAge(row[0], row[1] or "", clock.utcnow() - row[0] > WARN_AFTER)


def safe_auto_backup(db: Database, folder: Path, second: str, when: str) -> AutoBackup | None:
    """For the window's start and exit: a failed backup is logged and shown later, never a crash."""
    try:
        return auto_backup(db, folder, second, when=when)
    except (UserError, OSError) as exc:
        logging.getLogger("linli.backup").warning("scheduled backup failed: %s", getattr(exc, "message", exc))
        return AutoBackup(None, None, str(getattr(exc, "message", exc)))
