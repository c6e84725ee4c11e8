"""The key file beside an encrypted SQLite database: `linli.db.keys`.

SQLCipher encrypts every page of the database, so what is needed to open it must be readable before
it is open: this small JSON file holds the database's random data key wrapped once per account (under
a key derived from that account's password, desktop.core.crypto.derive) and once under the
recovery code. Nothing in it opens the database without a password or the code. It travels with the
database: a backup is the copied database *and* its key file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core import crypto
from desktop.core.errors import AuthError, UserError
from desktop.core.crypto import Derived, derive
from desktop.core.messages import msg

FORMAT = "linli-keys-1"
SEALED_LABEL = "linli-data-key-sealed"
SUFFIX = ".keys"


def key_file_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def is_encrypted(db_path: Path) -> bool:
    return key_file_for(db_path).exists()


def _label(who: str) -> str:
    return f"linli-data-key:{who}"


def write_private(path: Path, text: str) -> None:
    """Write atomically, readable by this operating-system account only (POSIX)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


@dataclass
class Unlocked:
    data_key: bytes
    derived: Derived


class Vault:
    """One database's key file; `data_key` is set once the database has been opened with it."""

    def __init__(self, path: Path, doc: dict[str, Any]) -> None:
        self.path = path
        self.doc = doc
        self.data_key: bytes | None = None

    @classmethod
    def load(cls, db_path: Path) -> Vault:
        path = key_file_for(db_path)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError(msg("读不了数据库的密钥文件 {name}（{exc}）", name=path.name, exc=exc)) from exc
        if doc.get("format") != FORMAT:
            raise UserError(msg("{name} 不是邻里的密钥文件", name=path.name))
        return cls(path, doc)

    @classmethod
    def create(cls, db_path: Path, username: str, derived: Derived, recovery_code: str) -> Vault:
        """A new data key for a new (or newly encrypted) database, for its first administrator."""
        vault = cls(key_file_for(db_path), {"format": FORMAT, "cipher": "sqlcipher4", "accounts": {}})
        vault.data_key = crypto.new_key()
        vault.set_recovery(recovery_code)
        vault.add_account(username, derived)
        return vault

    def save(self) -> None:
        write_private(self.path, json.dumps(self.doc, ensure_ascii=False, indent=1))

    def copy_to(self, db_copy: Path) -> Path:
        target = key_file_for(db_copy)
        write_private(target, json.dumps(self.doc, ensure_ascii=False, indent=1))
        return target

    # -- opening
    def has_account(self, username: str) -> bool:
        return username in self.doc["accounts"]

    def unlock(self, username: str, password: str) -> Unlocked:
        entry = self.doc["accounts"].get(username)
        if entry is None:
            raise AuthError("用户名或密码不正确")
        derived = derive(password, entry["salt"], entry["kdf"])
        try:
            if "sealed" in entry:        # from `encrypt`: sealed to the account's key pair until its sign-in
                private = crypto.unwrap(derived.kek, entry["private_wrapped"], f"linli-account:{entry['user_id']}")
                key = crypto.open_sealed(private, entry["sealed"], SEALED_LABEL)
            else:
                key = crypto.unwrap(derived.kek, entry["wrapped"], _label(username))
        except crypto.WrongKey as exc:
            raise AuthError("用户名或密码不正确") from exc
        self.data_key = key
        if "sealed" in entry:
            self.add_account(username, derived)
        return Unlocked(key, derived)

    def add_sealed(self, username: str, user_id: str, kdf: str, salt: str, private_wrapped: str,
                   public_key: bytes) -> None:
        """An account whose password is not known here (encrypting an existing database): the data key
        sealed to its public key, with its wrapped private key copied beside, so its own password opens
        it; replaced by an ordinary wrap at its first sign-in."""
        self.doc["accounts"][username] = {
            "kdf": kdf, "salt": salt, "user_id": user_id, "private_wrapped": private_wrapped,
            "sealed": crypto.seal(public_key, self._need_key(), SEALED_LABEL)}

    def unlock_recovery(self, code: str) -> bytes:
        entry = self.doc.get("recovery")
        if entry is None:
            raise AuthError("这个数据库没有恢复码")
        derived = derive(crypto.normal_recovery_code(code), entry["salt"], entry["kdf"])
        try:
            self.data_key = crypto.unwrap(derived.kek, entry["wrapped"], _label("recovery"))
        except crypto.WrongKey as exc:
            raise AuthError("恢复码不正确") from exc
        return self.data_key

    # -- changing (the data key must be known: the database is open)
    def _need_key(self) -> bytes:
        if self.data_key is None:
            raise UserError("数据库未打开，不能改动密钥文件")
        return self.data_key

    def add_account(self, username: str, derived: Derived) -> None:
        self.doc["accounts"][username] = {"kdf": derived.kdf, "salt": derived.salt,
                                          "wrapped": crypto.wrap(derived.kek, self._need_key(), _label(username))}
        self.save()

    def remove_account(self, username: str) -> None:
        if self.doc["accounts"].pop(username, None) is not None:
            self.save()

    def set_recovery(self, code: str) -> None:
        d = derive(crypto.normal_recovery_code(code))
        self.doc["recovery"] = {"kdf": d.kdf, "salt": d.salt,
                                "wrapped": crypto.wrap(d.kek, self._need_key(), _label("recovery"))}
