"""Users, passwords, the acting user, and the permission check every service calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import os
from functools import cache

from argon2 import Parameters, PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.orm import Base, SyncMixin, UTCDateTime
from desktop.core.errors import PermissionDenied
from desktop.core.messages import msg
from desktop.core.roles import ALL_COMMUNITY_ROLES, REHAB_PERMS, ROLE_LABELS, Perm, Role, role_has

# argon2id, 19 MiB, 2 passes, 1 lane: one of OWASP's equivalent argon2id settings for interactive
# sign-in (Password Storage Cheat Sheet). The library's default (64 MiB, 4 lanes) costs a duty-room PC
# 64 MiB at every sign-in for the same protection. Hashes made with other settings still verify and
# are re-hashed with these at the next sign-in (check_needs_rehash).
PARAMETERS = Parameters(type=Type.ID, version=19, salt_len=16, hash_len=32, time_cost=2,
                                 memory_cost=19 * 1024, parallelism=1)


@cache
def _hasher_for(kind: str) -> PasswordHasher:
    return PasswordHasher.from_parameters(profiles.CHEAPEST if kind == "cheapest" else PARAMETERS)


def _hasher() -> PasswordHasher:
    """LINLI_PASSWORD_HASH=cheapest selects the library's cheapest profile for test runs only; a cheap
    hash is re-hashed at the next sign-in by a normal run."""
    return _hasher_for("cheapest" if os.environ.get("LINLI_PASSWORD_HASH") == "cheapest" else "")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher().check_needs_rehash(stored)


class User(SyncMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(64), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(200), nullable=False, info={"sensitive": "redact"})
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    phone: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failed_logins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    communities: Mapped[list[UserCommunity]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin")


class UserCommunity(Base):
    __tablename__ = "user_communities"
    __table_args__ = (UniqueConstraint("user_id", "community_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, index=True)
    community_id: Mapped[str] = mapped_column(ForeignKey("communities.id"), nullable=False)

    user: Mapped[User] = relationship(back_populates="communities")


@dataclass(frozen=True)
class Keys:
    """What a sign-in unlocked, held in memory only: the account's private key and, for an account the
    rehab key was granted to, that key."""

    private: bytes = field(repr=False)
    rehab: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Actor:
    """Who is acting. Services take one and check it; it carries no session. `keys` is what its sign-in
    unlocked (None for an actor made without a sign-in: it reads no encrypted content)."""

    id: str | None
    username: str
    display_name: str
    role: Role
    community_ids: frozenset[str] = field(default_factory=frozenset)
    desk: str = ""
    keys: Keys | None = field(default=None, compare=False, repr=False)

    @property
    def rehab_key(self) -> bytes | None:
        return self.keys.rehab if self.keys is not None else None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    @property
    def all_communities(self) -> bool:
        return self.role in ALL_COMMUNITY_ROLES

    def can(self, perm: Perm) -> bool:
        if perm in REHAB_PERMS and self.rehab_key is None:
            return False       # the role alone opens no rehab record: the granted key does
        return role_has(self.role, perm)

    def in_community(self, community_id: str | None) -> bool:
        return self.all_communities or (community_id is not None and community_id in self.community_ids)

    @classmethod
    def from_user(cls, user: User, desk: str = "", keys: Keys | None = None) -> Actor:
        return cls(id=user.id, username=user.username, display_name=user.display_name,
                   role=Role(user.role), community_ids=frozenset(c.community_id for c in user.communities),
                   desk=desk, keys=keys)


SYSTEM = Actor(id=None, username="system", display_name="系统", role=Role.ADMIN)


def require(actor: Actor | None, perm: Perm, *, community_id: str | None = None,
            entity: str | None = None, entity_id: str | None = None) -> Actor:
    """Raise PermissionDenied (audited by the session scope) unless `actor` may do `perm`."""
    if actor is None:
        raise PermissionDenied("请先登录", permission=perm.value, actor_id=None, actor_name=None,
                               entity=entity, entity_id=entity_id)
    if perm in REHAB_PERMS and role_has(actor.role, perm) and actor.rehab_key is None:
        raise PermissionDenied("您的账号还没有获授禁毒数据的访问（请督导在“今日”中授予）", permission=perm.value,
                               actor_id=actor.id, actor_name=actor.username, entity=entity, entity_id=entity_id)
    if not actor.can(perm):
        raise PermissionDenied(msg("{role_label}没有此权限（{perm}）",
                                   role_label=actor.role_label, perm=perm.value), permission=perm.value,
                               actor_id=actor.id, actor_name=actor.username, entity=entity,
                               entity_id=entity_id)
    if community_id is not None and not actor.in_community(community_id):
        raise PermissionDenied("不能操作其他社区的数据", permission=perm.value, actor_id=actor.id,
                               actor_name=actor.username, entity=entity, entity_id=entity_id)
    return actor
