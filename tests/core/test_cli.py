"""Headless commands through the real entry point, on a real SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.audit import AuditEntry
from desktop.core.db import Database, sqlite_url

PW = "cli-pass-1"


@pytest.fixture
def dbfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("LINLI_NEW_PASSWORD", PW)
    assert main(["--db", str(path), "user", "add", "admin", "--role", "admin"]) == 0
    monkeypatch.setenv("LINLI_PASSWORD", PW)
    return path


def _open(path: Path) -> Database:
    """The encrypted file the CLI made, opened with the administrator's password."""
    from desktop.core.vault import Vault

    db = Database(sqlite_url(path), key=Vault.load(path).unlock("admin", PW).data_key)
    return db


def _audit(path: Path, action: str) -> list[AuditEntry]:
    db = _open(path)
    try:
        with db.session() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    finally:
        db.dispose()


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and "Linli" in capsys.readouterr().out


def test_first_user_must_be_admin(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LINLI_NEW_PASSWORD", PW)
    assert main(["--db", str(tmp_path / "x.db"), "user", "add", "bob", "--role", "reception"]) == 1
    assert "管理员" in capsys.readouterr().err


def test_user_add_list_passwd_disable(dbfile, monkeypatch, capsys) -> None:
    assert main(["--db", str(dbfile), "user", "add", "rec", "--role", "reception", "--display-name", "前台",
                 "--user", "admin"]) == 0
    assert main(["--db", str(dbfile), "user", "list", "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "rec\t前台\t中心前台" in out
    monkeypatch.setenv("LINLI_NEW_PASSWORD", "another-1")
    assert main(["--db", str(dbfile), "user", "passwd", "rec", "--user", "admin"]) == 0
    assert main(["--db", str(dbfile), "user", "disable", "rec", "--user", "admin"]) == 0
    monkeypatch.setenv("LINLI_PASSWORD", "another-1")
    assert main(["--db", str(dbfile), "user", "list", "--user", "rec"]) == 1
    # disabled: its password no longer opens the encrypted file at all (its key wrap was removed)
    assert "不正确" in capsys.readouterr().err
    from desktop.core.vault import Vault
    assert not Vault.load(dbfile).has_account("rec") and Vault.load(dbfile).has_account("admin")


def test_wrong_password_is_one_line_and_audited(dbfile, monkeypatch, capsys) -> None:
    monkeypatch.setenv("LINLI_PASSWORD", "wrong")
    assert main(["--db", str(dbfile), "user", "list", "--user", "admin"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "不正确" in err
    assert _audit(dbfile, "login_failed") == []        # the encrypted file cannot be written without a sign-in …
    monkeypatch.setenv("LINLI_PASSWORD", PW)
    assert main(["--db", str(dbfile), "user", "list", "--user", "admin"]) == 0
    failed = _audit(dbfile, "login_failed")            # … so the failure is written at the next one
    assert len(failed) == 1 and failed[0].actor_name == "admin" and "补记" in failed[0].detail


def test_check_backup_restore(dbfile, tmp_path, capsys) -> None:
    assert main(["--db", str(dbfile), "check"]) == 1
    assert "--user" in capsys.readouterr().err                       # encrypted: no look without a sign-in
    assert main(["--db", str(dbfile), "check", "--user", "admin"]) == 0
    assert "检查通过" in capsys.readouterr().out
    assert main(["--db", str(dbfile), "backup", "--to", str(tmp_path / "bk"), "--user", "admin"]) == 0
    copies = list((tmp_path / "bk").glob("*.db"))
    assert len(copies) == 1
    assert main(["--db", str(dbfile), "user", "add", "late", "--role", "reception", "--user", "admin"]) == 0
    assert (tmp_path / "bk" / (copies[0].name + ".keys")).exists()   # the copy stays encrypted, with its key file
    assert main(["--db", str(dbfile), "restore", str(copies[0])]) == 1
    assert "管理员" in capsys.readouterr().err                          # restoring needs an administrator
    assert main(["--db", str(dbfile), "restore", str(copies[0]), "--user", "admin"]) == 0
    assert "原来的数据库保存在" in capsys.readouterr().out
    assert main(["--db", str(dbfile), "user", "list", "--user", "admin"]) == 0
    assert "late" not in capsys.readouterr().out          # back to the backup's state
    aside = list(tmp_path.glob("cli-before-restore-*.db"))
    assert len(aside) == 1                                 # the replaced file was kept


def test_restore_refuses_a_damaged_file(dbfile, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    assert main(["--db", str(dbfile), "restore", str(bad), "--user", "admin"]) == 1
    assert "不是有效的数据库文件" in capsys.readouterr().err
    assert main(["--db", str(dbfile), "check", "--user", "admin"]) == 0


def test_check_fails_on_a_newer_database(dbfile, capsys) -> None:
    db = _open(dbfile)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('9999_newer')")
    db.dispose()
    assert main(["--db", str(dbfile), "check", "--user", "admin"]) == 1
    assert "比本程序新" in capsys.readouterr().err


def test_export_audit_admin_only_and_audited(dbfile, tmp_path, monkeypatch, capsys) -> None:
    out = tmp_path / "audit.csv"
    assert main(["--db", str(dbfile), "export", "audit", "--from", "2000-01-01", "--to", "2099-12-31",
                 str(out), "--user", "admin"]) == 0
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["时间", "用户", "动作"] and any(r[2] == "登录" for r in rows[1:])
    monkeypatch.setenv("LINLI_NEW_PASSWORD", PW)
    assert main(["--db", str(dbfile), "user", "add", "duty", "--role", "duty_volunteer", "--user", "admin"]) == 0
    assert main(["--db", str(dbfile), "export", "audit", "--from", "2000-01-01", "--to", "2099-12-31",
                 str(tmp_path / "no.csv"), "--user", "duty"]) == 1
    assert "没有此权限" in capsys.readouterr().err
    assert not (tmp_path / "no.csv").exists()
    denied = _audit(dbfile, "denied")
    assert denied and denied[-1].actor_name == "duty"
    assert _audit(dbfile, "export")


def test_missing_password_without_terminal_is_a_clear_error(dbfile, monkeypatch, capsys) -> None:
    monkeypatch.delenv("LINLI_PASSWORD")
    monkeypatch.setattr("sys.stdin", None)
    assert main(["--db", str(dbfile), "user", "list", "--user", "admin"]) == 1
    assert "LINLI_PASSWORD" in capsys.readouterr().err
