"""Core headless commands: user, check, backup, restore, export audit, demo, screenshots."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
import shutil
import tempfile

from sqlalchemy import text

from desktop.cli.common import CliError, add_user_arg, db_url, open_database, out_path, password_for, sign_in
from desktop.core import accounts, signin
from desktop.core.audit import AuditAction, record
from desktop.core.db import Database, sqlite_file, sqlite_url
from desktop.core.roles import Perm
from desktop.core.security import SYSTEM, require
from desktop.core.signin_guard import guard_for
from desktop.core.backup import check_copy, restore_sqlite, verify_sqlite
from desktop.core.dates import parse_date
from desktop.core.instance import InstanceLock, lock_path_for
from desktop.core.migrate import known_revisions, schema_state
from desktop.core.paths import backups_dir, data_dir
from desktop.core.roles import ROLE_LABELS, Role
from desktop.core.vault import Vault, is_encrypted
from desktop.core.encrypt_plain import encrypt_database
from desktop.core.maintenance import backup_now
from desktop.core.audit_export import export_audit_csv
from desktop.demo import load_demo
from desktop.ui.screenshots import parse_size, render_screenshots


def _new_password(args: argparse.Namespace) -> str:
    """Never from the command line (it would show in the process list): LINLI_NEW_PASSWORD or a prompt."""
    pw = os.environ.get("LINLI_NEW_PASSWORD")
    if pw:
        return pw
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("请用环境变量 LINLI_NEW_PASSWORD 给出新密码（或在终端里输入）")
    first = getpass.getpass("新密码：")
    if first != getpass.getpass("再输入一次："):
        raise CliError("两次输入的密码不一致")
    return first


def print_recovery_code(code: str) -> None:
    print("恢复码（只显示这一次）：请抄在纸上，与电脑分开锁好。所有管理员都忘记密码时，"
          "用它（user recover）打开数据库：")
    print(f"    {code}")


def _first_admin(args: argparse.Namespace, url: str) -> int:
    if Role(args.role) != Role.ADMIN:
        raise CliError("数据库还没有用户：第一个用户必须是管理员（--role admin）")
    path = sqlite_file(url)
    if path is not None and signin.is_new(url):
        created = signin.create_encrypted(path, args.name, args.display_name or args.name, _new_password(args))
        created.db.dispose()
        print(f"已建立管理员 {args.name}；数据库已加密：{path}")
        print_recovery_code(created.recovery_code)
        return 0
    db = open_database(args)
    with db.session() as s:
        accounts.create_first_admin(s, args.name, args.display_name or args.name, _new_password(args))
    print(f"已建立管理员 {args.name}")
    return 0


def _recover(args: argparse.Namespace, url: str) -> int:
    """Reset a password with the recovery code (every administrator's password lost)."""

    path = sqlite_file(url)
    if path is None or not signin.needs_password(url):
        raise CliError("恢复码只用于加密的 SQLite 数据库")
    code = os.environ.get("LINLI_RECOVERY_CODE") or (getpass.getpass("恢复码：") if sys.stdin and sys.stdin.isatty()
                                                       else "")
    if not code:
        raise CliError("请用环境变量 LINLI_RECOVERY_CODE 给出恢复码（或在终端里输入）")
    vault = Vault.load(path)
    db = Database(url, key=vault.unlock_recovery(code))
    db.vault = vault
    with db.session(SYSTEM) as s:
        accounts.change_password(s, SYSTEM, args.name, _new_password(args))
        record(s, None, AuditAction.UPDATE, "users", None, detail=f"用恢复码重设 {args.name} 的密码")
    db.dispose()
    print(f"已用恢复码重设 {args.name} 的密码")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    url = db_url(args)
    if args.action == "recover":
        return _recover(args, url)
    if args.action == "add" and signin.is_new(url):
        return _first_admin(args, url)
    if args.action == "add" and not signin.needs_password(url):
        db = open_database(args)
        with db.session() as s:
            first = not accounts.has_users(s)
        if first:
            return _first_admin(args, url)
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        if args.action == "add":
            accounts.create_user(s, actor, args.name, args.display_name or args.name, _new_password(args),
                                 Role(args.role), args.community or [])
            print(f"已建立用户 {args.name}（{ROLE_LABELS[Role(args.role)]}）")
        elif args.action == "passwd":
            accounts.change_password(s, actor, args.name, _new_password(args))
            print(f"已重设 {args.name} 的密码")
        elif args.action == "role":
            accounts.set_role(s, actor, args.name, Role(args.role))
            print(f"{args.name} 现在是{ROLE_LABELS[Role(args.role)]}")
        elif args.action == "unlock":
            require(actor, Perm.USERS_MANAGE, entity="users")
            guard_for(url).unlock(args.name)
            record(s, actor, AuditAction.UPDATE, "users", None, detail=f"解除 {args.name} 的登录锁定")
            print(f"已解除 {args.name} 的登录锁定")
        elif args.action in ("disable", "enable"):
            note = accounts.set_active(s, actor, args.name, args.action == "enable")
            print(note or f"已{'停用' if args.action == 'disable' else '启用'} {args.name}")
        else:
            for row in accounts.list_users(s, actor):
                state = "启用" if row.active else "停用"
                print("\t".join([row.username, row.display_name, row.role_label, "、".join(row.communities) or "全部",
                                 state]))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    url = db_url(args)
    if sqlite_file(url) is None:
        raise CliError("PostgreSQL 数据库请用 TLS 连接（sslmode=verify-full）和服务器端磁盘加密")
    if signin.needs_password(url):
        raise CliError("数据库已经加密")
    db = open_database(args)
    actor = sign_in(db, args)
    require(actor, Perm.USERS_MANAGE, entity="database")
    assert db.sqlite_path is not None
    lock = InstanceLock(lock_path_for(db.describe(), db.sqlite_path, data_dir()))
    with lock:
        done = encrypt_database(db, actor, password_for(args.user), backups_dir())
    print(f"已加密 {db.sqlite_path}（{done.tables} 张表，{done.rows} 行，已校验）；加密前的备份：{done.backup}")
    print_recovery_code(done.recovery_code)
    if done.need_reset:
        print("这些账号加密以来还没有登录过，请为它们重设密码（user passwd）：" + "、".join(done.need_reset))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=False)
    problems = []
    state = schema_state(db)                # read-only first: a newer file is not touched at all
    if state.too_new:
        raise CliError("检查未通过：数据库版本比本程序新（文件未作任何改动）")
    if db.sqlite_path is not None:
        if not db.sqlite_path.exists():
            raise CliError(f"数据库文件不存在：{db.sqlite_path}")
        verify_sqlite(db.sqlite_path, db.key)
        with db.engine.connect() as conn:
            bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if bad:
            problems.append(f"{len(bad)} 条外键引用失效")
    else:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    if not state.up_to_date:
        problems.append(f"数据库结构待升级（当前 {', '.join(sorted(state.current)) or '空'}）")
    if problems:
        raise CliError("检查未通过：" + "；".join(problems))
    print(f"检查通过：{db.describe()}，{'已加密，' if db.encrypted else ''}结构版本 {', '.join(sorted(state.current))}")
    return 0


def _backup_key(source: Path, args: argparse.Namespace) -> bytes | None:
    """The data key of an encrypted backup (its key file beside it), opened with --user's password."""
    if not is_encrypted(source):
        return None
    if not args.user:
        raise CliError(f"{source.name} 已加密：请用 --user 给出这份备份里的一个账号（密码用 LINLI_PASSWORD）")
    return Vault.load(source).unlock(args.user, password_for(args.user)).data_key


def _version_ok(versions: frozenset[str]) -> None:
    newer = versions - known_revisions()
    if newer:
        raise CliError("这个数据库由更新版本的邻里写入（版本 %s），本程序不能使用它；什么都没有改动。"
                       % ", ".join(sorted(newer)))


def cmd_backup(args: argparse.Namespace) -> int:

    if args.verify:
        source = Path(args.verify)
        check = check_copy(source, _backup_key(source, args), need_users=True)
        _version_ok(check.versions)
        print(f"备份可用：{source}（{len(check.tables)} 张表，{sum(check.tables.values())} 行，"
              f"{check.tables['users']} 个账号，结构版本 {', '.join(sorted(check.versions))}，完整性检查通过）")
        return 0
    db = open_database(args, migrate=False)
    actor = sign_in(db, args) if args.user else None
    result = backup_now(db, actor, Path(args.to) if args.to else backups_dir())
    db.dispose()
    print(f"已备份到 {result.path}（{result.tables} 张表，{result.rows} 行，已校验）")
    return 0


def _admin_of(source: Path, key: bytes | None, username: str, password: str) -> None:
    """The person restoring must be an administrator of the backup: checked on a scratch copy of it (the
    sign-in writes, the backup must not change)."""


    with tempfile.TemporaryDirectory(prefix="linli-restore-") as tmp:
        scratch = Path(tmp) / "check.db"
        shutil.copy2(source, scratch)
        db = Database(sqlite_url(scratch), key=key)
        try:
            with db.session() as s:
                actor = accounts.authenticate(s, username, password)
        finally:
            db.dispose()
    if not actor.can(Perm.BACKUP) or not actor.can(Perm.USERS_MANAGE):
        raise CliError(f"{username} 不是这份备份里的管理员：只有管理员可以还原数据库")


def cmd_restore(args: argparse.Namespace) -> int:
    url = db_url(args)
    target = sqlite_file(url)
    if target is None:
        raise CliError("共享的 PostgreSQL 数据库请在服务器上用 pg_restore 还原")
    if not args.user:
        raise CliError("还原数据库要求管理员登录：--user 用户名（密码用 LINLI_PASSWORD）")
    source = Path(args.file).resolve()
    if source == target.resolve():
        raise CliError("不能用数据库自己还原自己")
    key = _backup_key(source, args)
    check = check_copy(source, key, need_users=True)        # read-only: nothing written yet
    _version_ok(check.versions)
    _admin_of(source, key, args.user, password_for(args.user))
    lock = InstanceLock(lock_path_for(str(target), target, data_dir()))
    with lock:
        try:
            aside = restore_sqlite(source, target, key)
        except Exception as exc:  # noqa: BLE001 — say what happened to the current file
            kept = sorted(target.parent.glob(f"{target.stem}-before-restore-*.db"))
            where = f"；原来的数据库已移到 {kept[-1]}" if kept and not target.exists() else "；原来的数据库仍在原处"
            raise CliError(f"还原失败：{exc}{where}") from exc
    db = open_database(args)             # an older backup is upgraded here, after its own verified copy
    actor = sign_in(db, args)
    with db.session(actor) as s:
        record(s, actor, AuditAction.RESTORE_DB, "database", None, detail=f"{source}（原文件保存在 {aside}）")
    db.dispose()
    print(f"已还原 {source}；原来的数据库保存在 {aside}")
    return 0


def cmd_export_audit(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        n = export_audit_csv(s, actor, parse_date(args.date_from), parse_date(args.date_to), out_path(args.out))
    print(f"已导出 {n} 条审计记录到 {args.out}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    url = db_url(args)
    password = _new_password(args)
    path = sqlite_file(url)
    code = None
    if path is not None and signin.is_new(url) and not args.plain:
        created = signin.create_encrypted(path, "admin", "系统管理员", password)
        db, admin, code = created.db, created.actor, created.recovery_code
    else:
        db, admin = open_database(args), None
    summary = load_demo(db, password, seed=args.seed, admin=admin)
    for line in summary:
        print(line)
    if code:
        print("数据库已加密。")
        print_recovery_code(code)
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    db = open_database(args)
    paths = render_screenshots(db, Path(args.outdir), username=args.user, language=args.lang,
                               type_size=args.type_size, size=parse_size(args.size))
    for p in paths:
        print(p)
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="accounts: add | passwd | role | unlock | list | disable | enable | recover "
                                    "(passwords from LINLI_NEW_PASSWORD or a prompt, never the command line)")
    p.add_argument("action", choices=["add", "passwd", "role", "unlock", "list", "disable", "enable", "recover"])
    p.add_argument("name", nargs="?", default="")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.SOCIAL_WORKER.value)
    p.add_argument("--display-name", default="")
    p.add_argument("--community", action="append", help="community name (repeat for several)")
    add_user_arg(p)
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("check", help="integrity and migration check")
    add_user_arg(p)
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("encrypt", help="encrypt a plain SQLite database (SQLCipher), after a verified backup")
    add_user_arg(p)
    p.set_defaults(func=cmd_encrypt)
    p = sub.add_parser("backup", help="verified copy of the SQLite database (or --verify FILE: a restore drill)")
    p.add_argument("--to", help="folder for the copy (default: the backups folder)")
    p.add_argument("--verify", metavar="FILE", help="open a backup read-only and check it; changes nothing")
    add_user_arg(p)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="put a verified backup in place, keeping the current file aside "
                                       "(an administrator of the backup signs in)")
    p.add_argument("file")
    add_user_arg(p)
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo", help="load the demo world of 凤城街道 into a new, encrypted database "
                                    "(the accounts' password from LINLI_NEW_PASSWORD or a prompt)")
    p.add_argument("--plain", action="store_true", help="leave the new database unencrypted (development)")
    p.add_argument("--seed", type=int, default=20180606)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("screenshots", help="render each page to PNG, offscreen")
    p.add_argument("outdir")
    p.add_argument("--user", default="admin", help="whose view to render (default admin)")
    p.add_argument("--type-size", type=float, help="type size, 0.8–2.0 (default: this machine's)")
    p.add_argument("--size", default="1280x800", help="window size WxH, e.g. 1024x768 (default 1280x800)")
    p.set_defaults(func=cmd_screenshots)

    p = export.add_parser("audit", help="audit trail as CSV (admin, supervisor)")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_audit)
