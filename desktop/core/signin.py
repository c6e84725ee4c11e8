"""Opening a database and signing in, as one step: an encrypted SQLite file can only be opened with
an account's password (desktop.core.vault), so for it the sign-in comes first.

- `open_database(url)`: a plain SQLite file or PostgreSQL, opened and brought up to date.
- `sign_in(url, user, password)`: opens (an encrypted file with the password's key), upgrades, and
  signs in with one key derivation.
- `create_encrypted(path, …)`: a new database, encrypted from its first byte, with its first
  administrator and a recovery code (shown once).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import accounts, audit, crypto, key_store
from desktop.core.audit import AuditAction
from desktop.core.db import Database, sqlite_file
from desktop.core.errors import AuthError, UserError
from desktop.core.messages import msg
from desktop.core.migrate import upgrade
from desktop.core.security import Actor
from desktop.core.signin_guard import guard_for
from desktop.core.vault import Vault, is_encrypted, key_file_for


def needs_password(url: str) -> bool:
    """True when the database cannot be opened before someone signs in (an encrypted file)."""
    path = sqlite_file(url)
    return path is not None and is_encrypted(path)


def is_new(url: str) -> bool:
    path = sqlite_file(url)
    return path is not None and not is_encrypted(path) and (not path.exists() or path.stat().st_size == 0)


def open_database(url: str, backups: Path | None) -> Database:
    """A database that opens without a password (plain SQLite, PostgreSQL), brought up to date."""
    if needs_password(url):
        raise UserError("数据库已加密：请先登录（--user，密码用 LINLI_PASSWORD）")
    db = Database(url)
    path = db.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    upgrade(db, backups if path is not None else None)
    return db


def open_encrypted(url: str, username: str, password: str) -> tuple[Database, key_store.Derived]:
    """Unwrap the data key with `username`'s password and open the file (not yet upgraded)."""
    path = sqlite_file(url)
    assert path is not None
    vault = Vault.load(path)
    unlocked = vault.unlock(accounts.clean_username(username), password)
    db = Database(url, key=unlocked.data_key)
    db.vault = vault
    return db, unlocked.derived


@dataclass
class SignedIn:
    db: Database
    actor: Actor


def sign_in(url: str, username: str, password: str, *, desk: str = "", backups: Path | None = None,
            db: Database | None = None, migrate: bool = True) -> SignedIn:
    """Open (if not open yet) and sign in, within the limits on failed attempts (signin_guard). For an
    encrypted file the password's derived key opens both the file and the account's keys: one argon2id
    derivation per sign-in."""
    guard = guard_for(url)
    guard.check(username)
    derived = None
    try:
        if db is None and needs_password(url):
            db, derived = open_encrypted(url, username, password)
            if migrate:
                upgrade(db, backups)
        elif db is None:
            db = open_database(url, backups)
        with db.session() as s:
            actor = accounts.authenticate(s, username, password, desk=desk, derived=derived)
    except AuthError:
        guard.failed(username)
        raise
    missed = guard.succeeded(username)
    if db.encrypted and missed:       # failures the locked file could not record: on the trail now
        with db.session() as s:
            for m in missed:
                audit.write_entry(s, action=AuditAction.LOGIN_FAILED, actor_name=m["username"], entity="users",
                                  detail=f"{m['at']}，{m['desk']}（数据库加密，登录后补记）")
    return SignedIn(db, actor)


@dataclass
class Created:
    db: Database
    actor: Actor
    recovery_code: str


def create_encrypted(path: Path, username: str, display_name: str, password: str) -> Created:
    """A new encrypted database with its first administrator; the recovery code is returned to be shown
    (or printed) once and kept on paper: it opens the database if every administrator's password is lost."""
    if is_encrypted(path) or (path.exists() and path.stat().st_size > 0):
        raise UserError(msg("{name} 已经存在：新数据库请换一个文件名", name=path.name))
    accounts.check_new_account(username, password)
    path.parent.mkdir(parents=True, exist_ok=True)
    derived = key_store.derive(password)
    code = crypto.new_recovery_code()
    vault = Vault.create(path, accounts.clean_username(username), derived, code)
    try:
        db = Database(f"sqlite:///{path.resolve()}", key=vault.data_key)
        db.vault = vault
        upgrade(db, None)
        with db.session() as s:
            actor = accounts.create_first_admin(s, username, display_name, password, derived=derived)
    except BaseException:
        key_file_for(path).unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        raise
    return Created(db, actor, code)
