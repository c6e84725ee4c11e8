"""What every headless command shares: opening the database, signing in, failing in one line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.core import signin
from desktop.core.db import Database, resolve_url
from desktop.core.errors import UserError
from desktop.core.migrate import upgrade
from desktop.core.paths import backups_dir, default_db_path
from desktop.core.security import Actor


class CliError(UserError):
    """A one-line reason; the command exits non-zero."""


def db_url(args: argparse.Namespace) -> str:
    return resolve_url(getattr(args, "db", None), default_db_path())


def open_database(args: argparse.Namespace, migrate: bool = True) -> Database:
    """The database of `--db`. An encrypted file opens only with a sign-in: then `--user` is required and
    the sign-in is made here (sign_in() below returns it)."""
    url = db_url(args)
    if signin.needs_password(url):
        username = getattr(args, "user", None)
        if not username:
            raise CliError("数据库已加密：这个命令要求 --user 用户名（密码用 LINLI_PASSWORD 或输入）")
        done = signin.sign_in(url, username, password_for(username), desk="cli",
                              backups=backups_dir(), migrate=migrate)
        args._signed_in = done.actor
        return done.db
    db = Database(url)
    if db.sqlite_path is not None:
        db.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    if migrate:
        upgrade(db, backups_dir() if db.sqlite_path else None)
    return db


def password_for(username: str) -> str:
    pw = os.environ.get("LINLI_PASSWORD")
    if pw:
        return pw
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"需要用户 {username} 的密码：请设置环境变量 LINLI_PASSWORD")
    return getpass.getpass(f"{username} 的密码：")


def sign_in(db: Database, args: argparse.Namespace) -> Actor:
    username = getattr(args, "user", None)
    if not username:
        raise CliError("这个命令要求 --user 用户名")
    done = getattr(args, "_signed_in", None)
    if done is not None:
        return done
    return signin.sign_in(db.url, username, password_for(username), desk="cli", db=db).actor


def add_user_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--user", help="acting user (password from LINLI_PASSWORD or a prompt)")


def out_path(value: str) -> Path:
    path = Path(value)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return path
