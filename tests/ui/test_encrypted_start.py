"""First start makes an encrypted database and shows its recovery code once; signing in opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import signin
from desktop.core.db import sqlite_url
from desktop.core.roles import Role
from desktop.ui.login_dialog import FirstAdminDialog, LoginDialog, RecoveryCodeDialog
from desktop.ui.look import load_fonts
from desktop.ui.qt import QApplication

PW = "Desk-pass-2026"


@pytest.fixture
def new_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "linli.db")


def test_first_start_encrypts_and_shows_the_recovery_code(qtbot, new_url: str, tmp_path: Path) -> None:
    load_fonts(QApplication.instance(), 1.0)
    dialog = FirstAdminDialog(None, url=new_url)
    qtbot.addWidget(dialog)
    dialog.display.setText("系统管理员")
    dialog.password.setText(PW)
    dialog.repeat.setText(PW)
    dialog._submit()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN
    assert dialog.db is not None and dialog.db.encrypted and len(dialog.recovery_code) == 39
    assert signin.needs_password(new_url)
    path = tmp_path / "linli.db"
    with dialog.db.session() as s:
        s.connection().exec_driver_sql("SELECT count(*) FROM users").scalar()
    dialog.db.dispose()
    assert b"SQLite format 3" not in path.read_bytes()[:16]
    shown = RecoveryCodeDialog(dialog.recovery_code, path)
    qtbot.addWidget(shown)
    assert shown.code.text() == dialog.recovery_code
    shown.grab().save(str(tmp_path / "recovery.png"))

    login = LoginDialog(None, desk="office", url=new_url)
    qtbot.addWidget(login)
    login.grab().save(str(tmp_path / "login.png"))
    login.username.setText("admin")
    login.password.setText("not-the-password")
    login._submit()
    assert login.actor is None and "不正确" in login.message.text() and login.db is None
    login.password.setText(PW)
    login._submit()
    assert login.actor is not None and login.db is not None and login.db.encrypted
    login.db.dispose()


def test_a_start_given_the_password_opens_the_encrypted_file_and_reads_today(tmp_path: Path) -> None:
    """`--user` with LINLI_PASSWORD: the key derived beside the start's imports opens the file and signs in."""
    import os
    import subprocess
    import sys

    path = tmp_path / "linli.db"
    signin.create_encrypted(path, "admin", "管理员", PW).db.dispose()
    env = dict(os.environ, LINLI_DATA_DIR=str(tmp_path), LINLI_PASSWORD=PW, LINLI_EXIT_AFTER_PAINT="ready",
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "main.py", "--db", str(path), "--desk", "office", "--user", "admin"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert [line.split()[0] for line in proc.stdout.splitlines()] == ["first-paint", "signed-in", "ready"]
