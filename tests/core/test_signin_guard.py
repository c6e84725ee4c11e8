"""Guessing passwords: an account locks after 5 failures, a desk after 20, an administrator unlocks."""

from __future__ import annotations


from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import signin
from desktop.core.db import Database
from desktop.core.errors import AuthError
from desktop.core.roles import Role
from desktop.core.signin_guard import ACCOUNT_LIMIT, DESK_LIMIT
from tests import helpers


def test_an_account_locks_after_repeated_failures_even_for_the_right_password(sqlite_db: Database,
                                                                                desk_clock) -> None:  # noqa: ANN001
    helpers.admin(sqlite_db)
    url = sqlite_db.url
    for _ in range(ACCOUNT_LIMIT):
        with pytest.raises(AuthError, match="不正确"):
            signin.sign_in(url, "admin", "wrong-guess", db=sqlite_db)
    with pytest.raises(AuthError, match="锁定"):
        signin.sign_in(url, "admin", helpers.PASSWORD, db=sqlite_db)      # the right one, too late
    desk_clock.advance(minutes=16)
    assert signin.sign_in(url, "admin", helpers.PASSWORD, db=sqlite_db).actor.username == "admin"


def test_a_desk_is_held_after_many_failures_across_names(sqlite_db: Database) -> None:
    helpers.admin(sqlite_db)
    for i in range(DESK_LIMIT):
        with pytest.raises(AuthError):
            signin.sign_in(sqlite_db.url, f"nobody{i % 4}", "wrong-guess", db=sqlite_db)
    with pytest.raises(AuthError, match="这台电脑"):
        signin.sign_in(sqlite_db.url, "admin", helpers.PASSWORD, db=sqlite_db)


def test_an_administrator_unlocks_an_account(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    helpers.actor(sqlite_db, "rec", Role.RECEPTION)
    for _ in range(ACCOUNT_LIMIT):
        with pytest.raises(AuthError):
            signin.sign_in(sqlite_db.url, "rec", "wrong-guess", db=sqlite_db)
    path = sqlite_db.sqlite_path
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    assert main(["--db", str(path), "user", "list", "--user", "rec"]) == 1
    assert "锁定" in capsys.readouterr().err
    assert main(["--db", str(path), "user", "unlock", "rec", "--user", "rec"]) == 1     # not by itself …
    assert main(["--db", str(path), "user", "unlock", "rec", "--user", "admin"]) == 0   # … an administrator
    assert main(["--db", str(path), "user", "list", "--user", "admin"]) == 0
    assert signin.sign_in(sqlite_db.url, "rec", helpers.PASSWORD, db=sqlite_db).actor.username == "rec"


def test_no_password_on_the_command_line(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(tmp_path / "x.db"), "user", "add", "admin", "--role", "admin", "--password", "Pw-12345678"])
    assert "--password" in capsys.readouterr().err

