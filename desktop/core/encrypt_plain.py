"""`main.py encrypt`: an existing plain SQLite database becomes a SQLCipher one, in one verified step.

1. a verified backup of the plain file (kept: it is the way back);
2. the whole database exported into a new encrypted file inside one write-locked read of the original
   (no other program can write meanwhile), then the copy opened with its key, integrity-checked and
   every table's rows counted against the locked original;
3. the key file written: the administrator's wrap, a new recovery code, and for each other account
   that has a key pair the data key sealed to it (its own password opens it; no one has to be told a
   new password). Accounts from before key pairs that never signed in since are listed: they need a
   password reset by the administrator;
4. the encrypted file put in place of the plain one.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
import sqlcipher3

from desktop.core import crypto, key_store
from desktop.core.backup import table_counts, backup_sqlite, check_copy
from desktop.core.db import Database, connect_sqlcipher
from desktop.core.errors import UserError
from desktop.core.security import Actor, User
from desktop.core.vault import Vault, key_file_for


@dataclass(frozen=True)
class Encrypted:
    backup: Path
    recovery_code: str
    tables: int
    rows: int
    need_reset: list[str]


def encrypt_database(db: Database, actor: Actor, password: str, backups: Path) -> Encrypted:
    path = db.sqlite_path
    if path is None or db.encrypted:
        raise UserError("只有未加密的 SQLite 数据库可以加密")
    with db.session() as s:
        admin = s.get(User, actor.id)
        own = key_store.row_for(s, actor.id or "")
        assert own is not None                   # made at the sign-in just before
        derived = key_store.derive(password, own.salt, own.kdf)
        others = [(u.username, u.id, key_store.row_for(s, u.id)) for u in s.scalars(
            select(User).where(User.deleted_at.is_(None), User.active.is_(True), User.id != actor.id))]
        assert admin is not None
    copy = backup_sqlite(path, backups, label="pre-encrypt").path
    db.dispose()
    code = crypto.new_recovery_code()
    vault = Vault(key_file_for(path), {"format": "linli-keys-1", "cipher": "sqlcipher4", "accounts": {}})
    vault.data_key = crypto.new_key()
    vault.set_recovery(code)
    vault.doc["accounts"][actor.username] = {}
    need_reset = []
    for username, user_id, row in others:
        if row is None:
            need_reset.append(username)
        else:
            vault.add_sealed(username, user_id, row.kdf, row.salt, row.private_wrapped, crypto.unb64(row.public_key))
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)

    src = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        src.execute("PRAGMA busy_timeout=10000")
        src.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{vault.data_key.hex()}'\"", (str(target),))
        src.execute("BEGIN IMMEDIATE")           # no other program writes until the copy is counted
        src.execute("SELECT sqlcipher_export('enc')")
        original = table_counts(src)
        copied = {name: src.execute(f'SELECT count(*) FROM enc."{name}"').fetchone()[0] for name in original}
        src.execute("COMMIT")
        src.execute("DETACH DATABASE enc")
        if copied != original:
            raise UserError("加密校验失败：加密副本与原库的行数不一致，原库未改动")
        check_copy(target, vault.data_key)       # the copy on its own: integrity, a Linli schema
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    conn = connect_sqlcipher(target, vault.data_key)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    vault.add_account(actor.username, derived)      # the key file first: the copy cannot open without it
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    try:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT 1 FROM sqlite_master").fetchone()
        raise UserError("加密后的文件仍可不用密钥读取：请用备份恢复并报告")
    except sqlite3.DatabaseError:
        pass
    return Encrypted(copy, code, len(copied), sum(copied.values()), need_reset)
