"""A start given its user and password derives the encrypted database's key on a thread beside the
imports: one derivation, taken by the sign-in only for the same file, user and password, and a wrong
password is the same refusal, counted the same way, as without it."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from desktop.core import crypto, signin
from desktop.core.db import sqlite_url
from desktop.core.errors import AuthError
from desktop.core.signin_guard import guard_for
from desktop.core.unlock_ahead import UnlockAhead
from desktop.core.vault import key_file_for

PW = "Desk-pass-2026"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "linli.db"
    created = signin.create_encrypted(path, "admin", "管理员", PW)
    created.db.dispose()
    return path


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread of every argon2id derivation (the real one runs: this only notes where)."""
    seen: list[str] = []
    real = crypto.derive_kek

    def noted(secret: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        seen.append(threading.current_thread().name)
        return real(secret, salt, params)

    monkeypatch.setattr(crypto, "derive_kek", noted)
    return seen


def test_the_sign_in_takes_the_derivation_made_on_its_thread(encrypted: Path, derivations: list[str]) -> None:
    ahead = UnlockAhead.start(encrypted, "admin", PW)
    assert ahead is not None
    done = signin.sign_in(sqlite_url(encrypted), "admin", PW, desk="office", ahead=ahead)
    try:
        assert done.actor.username == "admin" and done.db.encrypted and done.db.vault is not None
        with done.db.session() as s:
            assert s.connection().exec_driver_sql("SELECT count(*) FROM users").scalar() == 1
    finally:
        done.db.dispose()
    assert derivations == ["unlock-ahead"]          # one derivation for the file and the account's keys


def test_a_wrong_password_ahead_is_refused_and_counted(encrypted: Path, derivations: list[str]) -> None:
    url = sqlite_url(encrypted)
    ahead = UnlockAhead.start(encrypted, "admin", "not-the-password")
    with pytest.raises(AuthError, match="不正确"):
        signin.sign_in(url, "admin", "not-the-password", ahead=ahead)
    assert guard_for(url).failures("admin") == 1
    assert derivations == ["unlock-ahead"]


def test_another_user_or_password_derives_again(encrypted: Path, derivations: list[str]) -> None:
    url = sqlite_url(encrypted)
    ahead = UnlockAhead.start(encrypted, "admin", "typed-before-a-correction")
    done = signin.sign_in(url, "admin", PW, ahead=ahead)        # the derivation ahead was for another password
    done.db.dispose()
    assert derivations == ["unlock-ahead", threading.current_thread().name]


def test_no_derivation_ahead_without_a_key_file_or_for_a_sealed_account(encrypted: Path, tmp_path: Path) -> None:
    assert UnlockAhead.start(tmp_path / "plain.db", "admin", PW) is None
    assert UnlockAhead.start(None, "admin", PW) is None
    assert UnlockAhead.start(encrypted, "admin", "") is None
    keys = key_file_for(encrypted)
    doc = json.loads(keys.read_text(encoding="utf-8"))
    doc["accounts"]["admin"]["sealed"] = "…"       # its first sign-in rewrites the key file: not ahead of it
    keys.write_text(json.dumps(doc), encoding="utf-8")
    assert UnlockAhead.start(encrypted, "admin", PW) is None
