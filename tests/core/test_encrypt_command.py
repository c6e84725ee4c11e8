"""`main.py encrypt`: a plain database becomes an encrypted one; every account still signs in with its
own password; the recovery code resets a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import signin
from desktop.core.db import Database
from desktop.core.roles import Role
from tests import helpers


def test_encrypt_a_plain_database_in_one_verified_step(sqlite_db: Database, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    helpers.community(sqlite_db)
    helpers.actor(sqlite_db, "sw", Role.SOCIAL_WORKER, ["西湖社区"])
    path = sqlite_db.sqlite_path
    sqlite_db.dispose()
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    assert main(["--db", str(path), "encrypt", "--user", "admin"]) == 0
    out = capsys.readouterr().out
    code = out.strip().splitlines()[-1].strip()
    assert "已校验" in out and len(code) == 39
    assert path.read_bytes()[:16] != b"SQLite format 3\x00" and signin.needs_password(f"sqlite:///{path}")
    for user in ("sw", "admin"):                      # the other account opens it with its own password
        done = signin.sign_in(f"sqlite:///{path}", user, helpers.PASSWORD)
        assert done.db.encrypted and done.actor.username == user
        done.db.dispose()
    assert main(["--db", str(path), "check", "--user", "sw"]) == 0
    monkeypatch.setenv("LINLI_RECOVERY_CODE", code.lower())
    monkeypatch.setenv("LINLI_NEW_PASSWORD", "Recovered-2026")
    assert main(["--db", str(path), "user", "recover", "admin"]) == 0
    done = signin.sign_in(f"sqlite:///{path}", "admin", "Recovered-2026")
    assert done.actor.username == "admin"
    done.db.dispose()
