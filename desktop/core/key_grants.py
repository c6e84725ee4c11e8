"""Who may read rehab records: a rehab role *and* the rehab key, which only a holder of it can grant.

- Making an account a supervisor or rehab worker (new or changed) is recorded (`role_grant`) and shown
  to the supervisors on 今日; the account reads nothing of rehab until a supervisor grants it the key.
- A supervisor grants the key (`key_grant`): it is sealed to the account's public key, so no password is
  needed and the administrator, who never holds the key, cannot do it.
- The first rehab key of a database is made by the first rehab-capable account that signs in while
  none exists; that too is recorded and shown.
- Rehab columns an upgrade turned from plain into sealed ones (the link from a case to its person among
  them) are sealed at the first sign-in of a key holder after it (`seal_pending`): the migration itself
  has no key. Until then the database holds them as the older version did; afterwards the file is
  compacted so the plain values do not linger in freed pages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import audit, crypto, key_store
from desktop.core.audit import AuditAction, AuditEntry
from desktop.core.clock import utcnow
from desktop.core.errors import NotFound, ValidationError
from desktop.core.messages import msg
from desktop.core.roles import REHAB_ROLES, ROLE_LABELS, Perm, Role
from desktop.core.security import Actor, Keys, User, require
from desktop.core.sealed import links_pending, seal_plain_values

RECENT_DAYS = 30
log = logging.getLogger(__name__)


def record_role_grant(s: Session, actor: Actor, user: User, old: Role | None) -> None:
    was = f"（原为{ROLE_LABELS[old]}）" if old is not None else "（新账号）"
    audit.record(s, actor, AuditAction.ROLE_GRANT, "users", user.id,
                 detail=f"{user.username} {user.display_name} 成为{ROLE_LABELS[Role(user.role)]}{was}")


def first_rehab_key(s: Session, user: User, keys: Keys) -> Keys:
    """At the sign-in of a rehab-capable account: if the database has never had a rehab key, make it
    now, seal it to this account, and seal the rehab content written before keys existed."""
    if key_store.rehab_key_made(s):
        return keys
    from desktop.modules import all_tables   # deferred: start-up (every module's tables, at a first key only)

    key = crypto.new_key()
    key_store.seal_for(s, user.id, key, granted_by=None)
    sealed = seal_plain_values(s, key, all_tables())
    if sealed:
        compact_after_commit(s)
    audit.write_entry(s, action=AuditAction.KEY_GRANT, actor_id=user.id, actor_name=user.username,
                      entity="users", entity_id=user.id,
                      detail=f"建立禁毒数据密钥（{user.username}，{ROLE_LABELS[Role(user.role)]}）；加密已有内容 {sealed} 项")
    return Keys(private=keys.private, rehab=key)


def seal_pending(s: Session, user: User, key: bytes) -> int:
    """At the sign-in of a rehab key holder: what an upgrade left in plain in sealed columns (a database
    from before the case's person, kind and alias were sealed) is sealed now, once, and audited. One
    indexed lookup when nothing is left."""
    from desktop.modules import all_tables   # deferred: start-up (every module's tables, at sign-in only)

    metadata = all_tables()
    if not links_pending(s, metadata):
        return 0
    sealed = seal_plain_values(s, key, metadata)
    audit.write_entry(s, action=AuditAction.UPDATE, actor_id=user.id, actor_name=user.username,
                      entity="rehab_cases", detail=f"升级后首次由持有禁毒数据密钥的账号登录：加密个案与当事人的关联、"
                                                   f"类别和化名等 {sealed} 项")
    compact_after_commit(s)
    return sealed


def compact_after_commit(s: Session) -> None:
    """Once the sealing is committed, rewrite a SQLite file (VACUUM) and empty its write-ahead log, so the
    values it replaced do not stay readable in freed pages of the file."""
    bind = s.get_bind()

    def compact() -> None:
        if bind.dialect.name != "sqlite":
            return
        try:
            with bind.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # noqa: BLE001 — the sealing stands; SQLite reuses the freed pages in time
            log.warning("compacting after sealing failed: %s", type(exc).__name__)

    s.info.setdefault("after_commit", []).append(compact)


def _user(s: Session, username: str) -> User:
    user = s.scalar(select(User).where(User.username == username, User.deleted_at.is_(None)))
    if user is None:
        raise NotFound(msg("没有用户 {username}", username=username))
    return user


def grant_rehab(s: Session, actor: Actor, username: str) -> None:
    """A supervisor gives a rehab-capable account the rehab key."""
    require(actor, Perm.REHAB_ALL_CASES, entity="users")
    assert actor.rehab_key is not None
    user = _user(s, username)
    if Role(user.role) not in REHAB_ROLES:
        raise ValidationError({"username": msg("{username} 不是督导或禁毒社工", username=username)})
    if not user.active:
        raise ValidationError({"username": msg("{username} 已停用", username=username)})
    if key_store.row_for(s, user.id) is None:
        raise ValidationError({"username": msg("{username} 还没有登录过：请先让其登录一次", username=username)})
    key_store.seal_for(s, user.id, actor.rehab_key, granted_by=actor.id)
    audit.record(s, actor, AuditAction.KEY_GRANT, "users", user.id,
                 detail=f"授予 {user.username} {user.display_name}（{ROLE_LABELS[Role(user.role)]}）禁毒数据访问")


def revoke_rehab(s: Session, actor: Actor, username: str) -> None:
    require(actor, Perm.REHAB_ALL_CASES, entity="users")
    user = _user(s, username)
    if user.id == actor.id:
        raise ValidationError({"username": "不能收回自己的访问"})
    if key_store.revoke(s, user.id):
        audit.record(s, actor, AuditAction.KEY_REVOKE, "users", user.id, detail=f"收回 {user.username} 的禁毒数据访问")


@dataclass(frozen=True)
class AccessRow:
    username: str
    display_name: str
    role_label: str
    granted: bool
    since: datetime | None


@dataclass(frozen=True)
class GrantEvent:
    at: datetime
    by: str
    what: str


def rehab_access(s: Session, actor: Actor) -> list[AccessRow]:
    """Every active rehab-capable account and whether it holds the key (supervisors only)."""
    require(actor, Perm.REHAB_ALL_CASES, entity="users")
    users = s.scalars(select(User).where(User.deleted_at.is_(None), User.active.is_(True),
                                         User.role.in_([r.value for r in REHAB_ROLES]))
                      .order_by(User.role, User.username)).all()
    return [AccessRow(u.username, u.display_name, ROLE_LABELS[Role(u.role)], since is not None, since)
            for u in users for since in [key_store.last_granted(s, u.id)]]


def recent_events(s: Session, actor: Actor, days: int = RECENT_DAYS) -> list[GrantEvent]:
    """Rehab roles and keys given or taken in the last `days` days, newest first (supervisors only)."""
    require(actor, Perm.REHAB_ALL_CASES, entity="users")
    since = utcnow() - timedelta(days=days)
    actions = [a.value for a in (AuditAction.ROLE_GRANT, AuditAction.KEY_GRANT, AuditAction.KEY_REVOKE)]
    rows = s.scalars(select(AuditEntry).where(AuditEntry.action.in_(actions), AuditEntry.at >= since)
                     .order_by(AuditEntry.at.desc()).limit(50)).all()
    return [GrantEvent(r.at, r.actor_name or "", r.detail or "") for r in rows]
