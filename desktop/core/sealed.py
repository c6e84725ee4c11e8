"""Rehab content encrypted inside the database, under the rehab key.

`SealedText` columns hold `ρ1:` + base64(nonce ‖ AES-256-GCM ciphertext). The key is the acting
user's rehab key, set for the duration of a unit of work by `Database.session(actor)` (a context
variable, so nothing global is left behind). Without it a sealed value reads as `LOCKED` and a
write refuses. Empty strings stay empty (they say only "no note"); values written before sealing
existed are read as they are until `seal_plain_values` seals them (when the first rehab key is made, or
at the first sign-in of a key holder after an upgrade that turned plain columns into sealed ones).

A link to another record is sealed the same way (the case's person: `link_token` gives the keyed hash
to look it up by), so the file holds no join from a rehab record to the person it is about.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text, select, update
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from desktop.core.crypto import b64, keyed_hash, unb64
from desktop.core.errors import UserError

PREFIX = "ρ1:"
LOCKED = "（加密内容）"
_AAD = b"linli-rehab-field"
_KEY: ContextVar[bytes | None] = ContextVar("linli_rehab_key", default=None)


class RehabLocked(UserError):
    """Rehab content was to be written without the rehab key."""


@contextmanager
def using_key(key: bytes | None) -> Iterator[None]:
    token = _KEY.set(key)
    try:
        yield
    finally:
        _KEY.reset(token)


def current_key() -> bytes | None:
    return _KEY.get()


@lru_cache(maxsize=8)
def _aead(key: bytes) -> AESGCM:
    return AESGCM(key)


def seal_text(key: bytes, value: str) -> str:
    nonce = secrets.token_bytes(12)
    return PREFIX + b64(nonce + _aead(key).encrypt(nonce, value.encode("utf-8"), _AAD))


def open_text(key: bytes | None, value: str) -> str:
    if not value.startswith(PREFIX):
        return value
    if key is None:
        return LOCKED
    raw = unb64(value[len(PREFIX):])
    try:
        return _aead(key).decrypt(raw[:12], raw[12:], _AAD).decode("utf-8")
    except (InvalidTag, ValueError):
        return LOCKED


class SealedText(TypeDecorator[str]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None or value == "" or (isinstance(value, str) and value.startswith(PREFIX)):
            return cast("str | None", value)
        if value is LOCKED or value == LOCKED:
            raise RehabLocked("加密内容不能在没有禁毒数据密钥时改写")
        key = _KEY.get()
        if key is None:
            raise RehabLocked("没有禁毒数据密钥，不能写入禁毒记录（请督导授予）")
        return seal_text(key, str(value))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None or value == "":
            return cast("str | None", value)
        return open_text(_KEY.get(), value)


def search_token(text: str) -> str:
    """A keyed hash of `text` under the current rehab key (a subkey of it), for exact-match search of a
    sealed field; "" without a key."""
    key = _KEY.get()
    return token_for(key, text) if key is not None and text.strip() else ""


@lru_cache(maxsize=16)
def _subkey(key: bytes, purpose: bytes) -> bytes:
    return HKDF(SHA256(), 32, salt=None, info=purpose).derive(key)


def token_for(key: bytes, text: str) -> str:
    return keyed_hash(_subkey(key, b"linli-rehab-search"), normal_token(text))


def link_token(key: bytes, record_id: str) -> str:
    """A keyed hash of a record id (a case's person) under its own subkey of the rehab key: the same
    person gives the same token, so "the cases of this person" is one indexed lookup for a key holder,
    while without the key nothing joins it to the person (nor to a search token)."""
    return keyed_hash(_subkey(key, b"linli-rehab-link"), record_id)


def current_link_token(record_id: str) -> str:
    key = _KEY.get()
    if key is None:
        raise RehabLocked("没有禁毒数据密钥，不能写入禁毒记录（请督导授予）")
    return link_token(key, record_id)


def _token(col: Any, key: bytes, plain: str) -> str:
    if col.info.get("token") == "link":
        return link_token(key, plain)
    return token_for(key, plain) if plain.strip() else ""


def normal_token(text: str) -> str:
    return "".join(text.split()).translate(str.maketrans("（）〔〕[]", "()()()")).lower()


def sealed_columns(metadata: Any) -> list[tuple[Any, Any]]:
    return [(table, col) for table in metadata.sorted_tables for col in table.columns
            if isinstance(col.type, SealedText)]


def seal_plain_values(s: Session, key: bytes, metadata: Any) -> int:
    """Seal every value of a SealedText column still stored in plain text (a database from before
    sealing existed); returns how many values were sealed. Runs once, when the rehab key is made."""
    count = 0
    for table, col in sealed_columns(metadata):
        pk = list(table.primary_key.columns)[0]
        rows = s.execute(select(pk, col.cast(Text)).where(col.isnot(None), col.cast(Text) != "",
                                                          ~col.cast(Text).startswith(PREFIX))).all()
        search = col.info.get("search_column")
        for row_id, plain in rows:
            values = {col.name: seal_text(key, plain)}
            if search:
                values[search] = _token(col, key, plain)
            s.execute(update(table).where(pk == row_id).values(values)
                      .execution_options(synchronize_session=False))
            count += 1
    return count


def link_columns(metadata: Any) -> list[tuple[Any, Any]]:
    """Sealed links to another record (info token="link"), with their token column."""
    return [(table, col) for table, col in sealed_columns(metadata) if col.info.get("token") == "link"]


def links_pending(s: Session, metadata: Any) -> bool:
    """Whether a link is still stored in plain (its token not yet made): a database upgraded from before
    the links were sealed, until a rehab key holder signs in. One indexed lookup per link column."""
    for table, col in link_columns(metadata):
        token = table.c[col.info["search_column"]]
        if s.scalar(select(token).where(token == "").limit(1)) is not None:
            return True
    return False
