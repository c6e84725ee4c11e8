"""User names are cleaned of invisible characters before they are checked, looked up or counted; an
account enabled again on an encrypted database opens it with its own password (or the administrator is
told plainly that it needs a reset)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select

from desktop.cli import main
from desktop.core import accounts, signin
from desktop.core.db import Database, sqlite_url
from desktop.core.errors import AuthError, ValidationError
from desktop.core.key_store import AccountKey
from desktop.core.roles import Role
from desktop.core.security import User
from desktop.core.signin_guard import ACCOUNT_LIMIT
from desktop.core.vault import Vault
from tests import helpers

ZWSP = "\u200b"
PW = "cli-pass-1"


def test_a_name_with_an_invisible_character_is_the_same_name(sqlite_db: Database) -> None:
    admin = helpers.admin(sqlite_db)
    with pytest.raises(ValidationError) as exc, sqlite_db.session(admin) as s:
        accounts.create_user(s, admin, "admin" + ZWSP, "冒名", "Mole-pass-2026", Role.ADMIN)
    assert exc.value.fields == {"username": "用户名 admin 已存在"}
    with sqlite_db.session(admin) as s:
        accounts.create_user(s, admin, "前\u202e台" + ZWSP, "前台", "Desk-pass-2026", Role.RECEPTION)
    with sqlite_db.session() as s:
        assert s.scalars(select(User.username).order_by(User.username)).all() == ["admin", "前台"]
        assert accounts.authenticate(s, "前" + ZWSP + "台", "Desk-pass-2026").username == "前台"


def test_invisible_characters_do_not_get_round_the_account_limit(sqlite_db: Database) -> None:
    helpers.admin(sqlite_db)
    for n in range(ACCOUNT_LIMIT):
        with pytest.raises(AuthError, match="不正确"):
            signin.sign_in(sqlite_db.url, "admin" + ZWSP * n, "wrong-guess", db=sqlite_db)
    with pytest.raises(AuthError, match="锁定"):
        signin.sign_in(sqlite_db.url, "admin" + ZWSP * 9, helpers.PASSWORD, db=sqlite_db)


@pytest.fixture
def encrypted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("LINLI_NEW_PASSWORD", PW)
    assert main(["--db", str(path), "user", "add", "admin", "--role", "admin"]) == 0
    monkeypatch.setenv("LINLI_NEW_PASSWORD", "rec-pass-2026")
    monkeypatch.setenv("LINLI_PASSWORD", PW)
    assert main(["--db", str(path), "user", "add", "rec", "--role", "reception", "--user", "admin"]) == 0
    return path


def test_an_enabled_account_opens_the_encrypted_file_with_its_own_password(encrypted: Path, capsys) -> None:
    assert main(["--db", str(encrypted), "user", "disable", "rec", "--user", "admin"]) == 0
    assert not Vault.load(encrypted).has_account("rec")
    capsys.readouterr()
    assert main(["--db", str(encrypted), "user", "enable", "rec", "--user", "admin"]) == 0
    assert "可以用原来的密码登录" in capsys.readouterr().out
    done = signin.sign_in(sqlite_url(encrypted), "rec", "rec-pass-2026")
    assert done.actor.username == "rec"
    done.db.dispose()
    assert "wrapped" in Vault.load(encrypted).doc["accounts"]["rec"]      # an ordinary wrap after its sign-in


def test_an_account_without_keys_is_enabled_with_a_plain_word_about_the_reset(encrypted: Path, capsys) -> None:
    assert main(["--db", str(encrypted), "user", "disable", "rec", "--user", "admin"]) == 0
    db = Database(sqlite_url(encrypted), key=Vault.load(encrypted).unlock("admin", PW).data_key)
    with db.session() as s:          # as an account from before key pairs that never signed in since
        rec = s.scalar(select(User.id).where(User.username == "rec"))
        s.execute(delete(AccountKey).where(AccountKey.user_id == rec))
    db.dispose()
    capsys.readouterr()
    assert main(["--db", str(encrypted), "user", "enable", "rec", "--user", "admin"]) == 0
    assert "请为其重设密码" in capsys.readouterr().out
    assert not Vault.load(encrypted).has_account("rec")
