"""Limits on guessing passwords: per account and per desk, kept in a small file beside the database.

- An account is locked for `ACCOUNT_LOCK` after `ACCOUNT_LIMIT` failures in a row; an administrator can
  unlock it (`user unlock NAME`), or it unlocks itself when the time is up.
- A desk (this computer) is held for `DESK_LOCK` after `DESK_LIMIT` failures within `DESK_WINDOW`,
  whatever the names tried.
- Failures against an encrypted database, which cannot be written to before a sign-in opens it, are
  kept here and written to the audit trail at the next successful sign-in.

The file lies beside an SQLite database (so every program using that file shares it) and in the user
data folder for a server database. Someone who can delete it can also copy the database and try
passwords offline: against that, the argon2id cost of each try is the protection.
"""

from __future__ import annotations

import hashlib
import json
import socket
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from desktop.core import clock
from desktop.core.db import sqlite_file
from desktop.core.errors import AuthError
from desktop.core.messages import msg
from desktop.core.paths import data_dir
from desktop.core.plain_text import clean_text
from desktop.core.vault import write_private

ACCOUNT_LIMIT = 5
ACCOUNT_LOCK = timedelta(minutes=15)
DESK_LIMIT = 20
DESK_WINDOW = timedelta(minutes=15)
DESK_LOCK = timedelta(minutes=5)
PENDING_MAX = 500
DESK = socket.gethostname()[:64]


def guard_file(url: str) -> Path:
    path = sqlite_file(url)
    if path is not None:
        return path.with_name(path.name + ".signin")
    label = make_url(url).render_as_string(hide_password=True)
    return data_dir() / f"signin-{hashlib.sha256(label.encode()).hexdigest()[:16]}.json"


def guard_for(url: str) -> SignInGuard:
    return SignInGuard(guard_file(url))


def _name(username: str) -> str:
    """The account a typed name signs in to (desktop.core.accounts.clean_username): `admin` with a
    zero-width space is counted as `admin`, so such a name is no way around the account's limit."""
    return clean_text(username).strip()


def _minutes(delta: timedelta) -> int:
    return max(1, int(delta.total_seconds() // 60) + (1 if delta.total_seconds() % 60 else 0))


class SignInGuard:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc: dict[str, Any] = {"accounts": {}, "desks": {}, "pending": []}
        if path.exists():
            try:
                self.doc.update(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                pass

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_private(self.path, json.dumps(self.doc, ensure_ascii=False))

    @staticmethod
    def _until(entry: dict[str, Any]) -> datetime | None:
        until = entry.get("locked_until")
        return datetime.fromisoformat(until) if until else None

    def check(self, username: str) -> None:
        """Raise AuthError while the account or this desk is locked."""
        now = clock.utcnow()
        desk = self.doc["desks"].get(DESK, {})
        until = self._until(desk)
        if until is not None and until > now:
            raise AuthError(msg("这台电脑上密码错误次数过多，请 {minutes} 分钟后再试", minutes=_minutes(until - now)))
        entry = self.doc["accounts"].get(_name(username), {})
        until = self._until(entry)
        if until is not None and until > now:
            raise AuthError(msg("账号 {name} 密码错误次数过多，已锁定：请 {minutes} 分钟后再试，或请管理员解锁",
                                name=_name(username), minutes=_minutes(until - now)))

    def failed(self, username: str) -> None:
        now = clock.utcnow()
        name = _name(username)[:64]
        entry = self.doc["accounts"].setdefault(name, {"failures": 0})
        entry["failures"] = entry.get("failures", 0) + 1
        if entry["failures"] >= ACCOUNT_LIMIT:
            entry["locked_until"] = (now + ACCOUNT_LOCK).isoformat()
        desk = self.doc["desks"].setdefault(DESK, {"recent": []})
        recent = [t for t in desk.get("recent", []) if datetime.fromisoformat(t) > now - DESK_WINDOW]
        recent.append(now.isoformat())
        desk["recent"] = recent[-DESK_LIMIT:]
        if len(recent) >= DESK_LIMIT:
            desk["locked_until"] = (now + DESK_LOCK).isoformat()
        pending = self.doc.setdefault("pending", [])
        pending.append({"at": now.isoformat(), "username": name, "desk": DESK})
        del pending[:-PENDING_MAX]
        self._save()

    def succeeded(self, username: str) -> list[dict[str, str]]:
        """Clear the account's count; returns (and forgets) the failures not yet audited."""
        self.doc["accounts"].pop(_name(username), None)
        pending: list[dict[str, str]] = self.doc.get("pending", [])
        self.doc["pending"] = []
        self._save()
        return pending

    def unlock(self, username: str) -> bool:
        found = self.doc["accounts"].pop(_name(username), None) is not None
        self._save()
        return found

    def failures(self, username: str) -> int:
        return int(self.doc["accounts"].get(_name(username), {}).get("failures", 0))
