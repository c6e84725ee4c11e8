"""Key material: password-derived keys (argon2id), wrapping (AES-256-GCM), sealing to an account's
public key (X25519), recovery codes. No database code here.

- A *key-encryption key* (KEK) is derived from a password and a per-account salt with argon2id
  (argon2-cffi's low-level API). It wraps the database's data key (SQLCipher) and the account's
  private key. Unwrapping is also the password check: AES-GCM refuses a wrong key.
- Rehab content has its own key, sealed to the X25519 public key of each account that may read it,
  so a supervisor can grant it to a new rehab worker without knowing that worker's password — and
  the administrator, who holds no such sealed copy, cannot open it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
NONCE_LEN = 12


@dataclass(frozen=True)
class KdfParams:
    """argon2id cost. Stored beside each salt, so a later change of the default still opens old wraps."""

    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def as_text(self) -> str:
        return f"argon2id:t={self.time_cost},m={self.memory_kib},p={self.parallelism}"

    @classmethod
    def parse(cls, text: str) -> KdfParams:
        kind, _, rest = text.partition(":")
        if kind != "argon2id":
            raise ValueError(f"unknown key derivation {kind!r}")
        values = dict(part.split("=", 1) for part in rest.split(","))
        return cls(int(values["t"]), int(values["m"]), int(values.get("p", "1")))


# argon2id with 19 MiB and 2 passes: OWASP's interactive setting, the same cost as the password hash it
# replaces as the sign-in check (one derivation per sign-in, about 0.15 s on a duty-room PC).
DEFAULT_KDF = KdfParams(time_cost=2, memory_kib=19 * 1024)
# LINLI_KEY_KDF=cheapest: for test runs only (like LINLI_PASSWORD_HASH=cheapest).
CHEAPEST_KDF = KdfParams(time_cost=1, memory_kib=8)


def kdf_params() -> KdfParams:
    return CHEAPEST_KDF if os.environ.get("LINLI_KEY_KDF") == "cheapest" else DEFAULT_KDF


class WrongKey(Exception):
    """A wrap or seal could not be opened: wrong password, wrong key, or damaged data."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_kib, parallelism=params.parallelism,
                           hash_len=KEY_LEN, type=Type.ID)


@dataclass(frozen=True)
class Derived:
    """A password's derived key with the salt and cost it was made with (also used for the data key's
    wrap beside an encrypted database, so a sign-in derives once)."""

    kek: bytes
    salt: str
    kdf: str


def derive(password: str, salt: str | None = None, kdf: str | None = None) -> Derived:
    params = KdfParams.parse(kdf) if kdf else kdf_params()
    raw_salt = unb64(salt) if salt else new_salt()
    return Derived(derive_kek(password, raw_salt, params), b64(raw_salt), params.as_text())


def wrap(kek: bytes, secret: bytes, label: str) -> str:
    """AES-256-GCM of `secret` under `kek`; `label` is bound as associated data (a wrap made for one
    purpose cannot be passed off as another)."""
    nonce = secrets.token_bytes(NONCE_LEN)
    return b64(nonce + AESGCM(kek).encrypt(nonce, secret, label.encode("utf-8")))


def unwrap(kek: bytes, wrapped: str, label: str) -> bytes:
    raw = unb64(wrapped)
    try:
        return AESGCM(kek).decrypt(raw[:NONCE_LEN], raw[NONCE_LEN:], label.encode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise WrongKey(label) from exc


def new_keypair() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    private = X25519PrivateKey.generate()
    return (private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()),
            private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def _shared_key(private: X25519PrivateKey, public: bytes, ephemeral_public: bytes, label: str) -> bytes:
    shared = private.exchange(X25519PublicKey.from_public_bytes(public))
    return HKDF(SHA256(), KEY_LEN, salt=ephemeral_public, info=label.encode("utf-8")).derive(shared)


def seal(public: bytes, secret: bytes, label: str) -> str:
    """Encrypt `secret` so that only the holder of `public`'s private key opens it (ephemeral X25519,
    HKDF-SHA256, AES-256-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _shared_key(ephemeral, public, eph_pub, label)
    nonce = secrets.token_bytes(NONCE_LEN)
    return b64(eph_pub + nonce + AESGCM(key).encrypt(nonce, secret, label.encode("utf-8")))


def open_sealed(private: bytes, sealed: str, label: str) -> bytes:
    raw = unb64(sealed)
    eph_pub, nonce, body = raw[:32], raw[32:32 + NONCE_LEN], raw[32 + NONCE_LEN:]
    key = _shared_key(X25519PrivateKey.from_private_bytes(private), eph_pub, eph_pub, label)
    try:
        return AESGCM(key).decrypt(nonce, body, label.encode("utf-8"))
    except (InvalidTag, ValueError) as exc:
        raise WrongKey(label) from exc


def keyed_hash(key: bytes, text: str) -> str:
    """HMAC-SHA256 for equality search on encrypted fields (a blind index): the same text gives the
    same value under the same key, and nothing about the text without it."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:32]


_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: read off paper and typed back


def new_recovery_code() -> str:
    """8 groups of 4 characters from 32 (160 bits), e.g. `K7QD-M2XP-…`."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(32))
    return "-".join(chars[i:i + 4] for i in range(0, 32, 4))


def normal_recovery_code(code: str) -> str:
    cleaned = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))
