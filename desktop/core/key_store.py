"""Each account's key pair, and who holds the rehab key.

- `account_keys`: an X25519 key pair per account; the private key is wrapped under a key derived from
  the account's password (desktop.core.crypto). Unwrapping it is the sign-in's password check.
- `key_grants`: the rehab key sealed to one account's public key. A supervisor who holds the key grants
  it to a rehab-capable account; the administrator, who never holds it, can create such an account but
  cannot give it the key. Every grant and revocation is audited; a grant is revoked by soft delete.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from desktop.core import crypto
from desktop.core.clock import utcnow
from desktop.core.crypto import Derived as Derived, derive as derive  # (kept here for their callers)
from desktop.core.orm import Base, SyncMixin
from desktop.core.security import Keys, User

REHAB = "rehab"
_REHAB_LABEL = "linli-rehab-key"


class AccountKey(SyncMixin, Base):
    __tablename__ = "account_keys"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False, unique=True)
    kdf: Mapped[str] = mapped_column(String(64), nullable=False)
    salt: Mapped[str] = mapped_column(String(64), nullable=False)
    public_key: Mapped[str] = mapped_column(String(64), nullable=False)
    private_wrapped: Mapped[str] = mapped_column(String(200), nullable=False, info={"sensitive": "redact"})


class KeyGrant(SyncMixin, Base):
    """A key (kind `rehab`) sealed to one account. `granted_by` None: made by that account itself
    (the first rehab key of a database)."""

    __tablename__ = "key_grants"
    __table_args__ = (Index("ix_key_grants_kind_user", "kind", "user_id"),)

    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), nullable=False)
    sealed: Mapped[str] = mapped_column(Text, nullable=False, info={"sensitive": "redact"})
    granted_by: Mapped[str | None] = mapped_column(String(36))


def _label(user_id: str) -> str:
    return f"linli-account:{user_id}"


def row_for(s: Session, user_id: str) -> AccountKey | None:
    return s.scalar(select(AccountKey).where(AccountKey.user_id == user_id))


def create_for(s: Session, user: User, password: str | None = None, derived: Derived | None = None) -> Keys:
    """A new key pair for `user`, wrapped under its password (replacing any earlier pair)."""
    d = derived or derive(password or "")
    private, public = crypto.new_keypair()
    row = row_for(s, user.id)
    if row is None:
        row = AccountKey(user_id=user.id, kdf=d.kdf, salt=d.salt, public_key="", private_wrapped="")
        s.add(row)
    row.kdf, row.salt = d.kdf, d.salt
    row.public_key = crypto.b64(public)
    row.private_wrapped = crypto.wrap(d.kek, private, _label(user.id))
    return Keys(private=private)


def unlock(s: Session, user: User, password: str, derived: Derived | None = None) -> Keys | None:
    """The account's keys if `password` opens them; None if it does not (or the account has none yet)."""
    row = row_for(s, user.id)
    if row is None:
        return None
    if derived is None or derived.salt != row.salt or derived.kdf != row.kdf:
        derived = derive(password, row.salt, row.kdf)
    try:
        private = crypto.unwrap(derived.kek, row.private_wrapped, _label(user.id))
    except crypto.WrongKey:
        return None
    return Keys(private=private, rehab=rehab_key_of(s, user.id, private))


def rewrap(s: Session, user: User, keys: Keys, derived: Derived) -> None:
    """The same private key under a new password (a password change by its owner)."""
    row = row_for(s, user.id)
    assert row is not None
    row.kdf, row.salt = derived.kdf, derived.salt
    row.private_wrapped = crypto.wrap(derived.kek, keys.private, _label(user.id))


def active_grant(s: Session, user_id: str, kind: str = REHAB) -> KeyGrant | None:
    return s.scalar(select(KeyGrant).where(KeyGrant.kind == kind, KeyGrant.user_id == user_id,
                                           KeyGrant.deleted_at.is_(None)))


def rehab_key_of(s: Session, user_id: str, private: bytes) -> bytes | None:
    grant = active_grant(s, user_id)
    if grant is None:
        return None
    try:
        return crypto.open_sealed(private, grant.sealed, _REHAB_LABEL)
    except crypto.WrongKey:
        return None


def rehab_key_made(s: Session) -> bool:
    """Whether this database has ever had a rehab key (a grant, even a revoked one)."""
    return s.scalar(select(KeyGrant.id).where(KeyGrant.kind == REHAB).limit(1)) is not None


def seal_for(s: Session, user_id: str, rehab_key: bytes, granted_by: str | None) -> KeyGrant:
    row = row_for(s, user_id)
    if row is None:
        raise LookupError(user_id)
    revoke(s, user_id)
    grant = KeyGrant(kind=REHAB, user_id=user_id, granted_by=granted_by,
                     sealed=crypto.seal(crypto.unb64(row.public_key), rehab_key, _REHAB_LABEL))
    s.add(grant)
    return grant


def revoke(s: Session, user_id: str) -> bool:
    grant = active_grant(s, user_id)
    if grant is None:
        return False
    grant.deleted_at = utcnow()
    return True


def last_granted(s: Session, user_id: str) -> datetime | None:
    grant = active_grant(s, user_id)
    return grant.created_at if grant is not None else None
