"""Core headless commands: user, check, backup, restore, export audit, demo, screenshots."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import text

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.core import accounts
from desktop.core.audit import AuditAction, record
from desktop.core.backup import restore_sqlite, verify_sqlite
from desktop.core.dates import parse_date
from desktop.core.instance import InstanceLock, lock_path_for
from desktop.core.migrate import schema_state
from desktop.core.paths import backups_dir, data_dir
from desktop.core.roles import ROLE_LABELS, Role


def _new_password(args: argparse.Namespace) -> str:
    pw = args.password or os.environ.get("LINLI_NEW_PASSWORD")
    if pw:
        return pw
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("请用 --password 或环境变量 LINLI_NEW_PASSWORD 给出新密码")
    first = getpass.getpass("新密码：")
    if first != getpass.getpass("再输入一次："):
        raise CliError("两次输入的密码不一致")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    db = open_database(args)
    with db.session() as s:
        first = not accounts.has_users(s)
    if args.action == "add" and first:
        if Role(args.role) != Role.ADMIN:
            raise CliError("数据库还没有用户：第一个用户必须是管理员（--role admin）")
        with db.session() as s:
            accounts.create_first_admin(s, args.name, args.display_name or args.name, _new_password(args))
        print(f"已建立管理员 {args.name}")
        return 0
    actor = sign_in(db, args)
    with db.session(actor) as s:
        if args.action == "add":
            accounts.create_user(s, actor, args.name, args.display_name or args.name, _new_password(args),
                                 Role(args.role), args.community or [])
            print(f"已建立用户 {args.name}（{ROLE_LABELS[Role(args.role)]}）")
        elif args.action == "passwd":
            accounts.change_password(s, actor, args.name, _new_password(args))
            print(f"已重设 {args.name} 的密码")
        elif args.action in ("disable", "enable"):
            accounts.set_active(s, actor, args.name, args.action == "enable")
            print(f"已{'停用' if args.action == 'disable' else '启用'} {args.name}")
        else:
            for row in accounts.list_users(s, actor):
                state = "启用" if row.active else "停用"
                print("\t".join([row.username, row.display_name, row.role_label, "、".join(row.communities) or "全部",
                                 state]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=False)
    problems = []
    if db.sqlite_path is not None:
        if not db.sqlite_path.exists():
            raise CliError(f"数据库文件不存在：{db.sqlite_path}")
        verify_sqlite(db.sqlite_path)
        with db.engine.connect() as conn:
            bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if bad:
            problems.append(f"{len(bad)} 条外键引用失效")
    else:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    state = schema_state(db)
    if state.too_new:
        problems.append("数据库版本比本程序新")
    elif not state.up_to_date:
        problems.append(f"数据库结构待升级（当前 {', '.join(sorted(state.current)) or '空'}）")
    if problems:
        raise CliError("检查未通过：" + "；".join(problems))
    print(f"检查通过：{db.describe()}，结构版本 {', '.join(sorted(state.current))}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.core.maintenance import backup_now

    db = open_database(args, migrate=False)
    actor = sign_in(db, args) if args.user else None
    result = backup_now(db, actor, Path(args.to) if args.to else backups_dir())
    print(f"已备份到 {result.path}（{result.tables} 张表，{result.rows} 行，已校验）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db = open_database(args, migrate=False)
    if db.sqlite_path is None:
        raise CliError("共享的 PostgreSQL 数据库请在服务器上用 pg_restore 还原")
    source = Path(args.file)
    verify_sqlite(source)
    lock = InstanceLock(lock_path_for(db.describe(), db.sqlite_path, data_dir()))
    db.dispose()
    with lock:
        aside = restore_sqlite(source, db.sqlite_path)
    db2 = open_database(args)
    with db2.session() as s:
        record(s, None, AuditAction.RESTORE_DB, detail=f"{source} (原文件保存在 {aside})")
    print(f"已还原 {source}；原来的数据库保存在 {aside}")
    return 0


def cmd_export_audit(args: argparse.Namespace) -> int:
    from desktop.core.audit_export import export_audit_csv

    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        n = export_audit_csv(s, actor, parse_date(args.date_from), parse_date(args.date_to), out_path(args.out))
    print(f"已导出 {n} 条审计记录到 {args.out}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import load_demo

    db = open_database(args)
    summary = load_demo(db, args.admin_password, seed=args.seed)
    for line in summary:
        print(line)
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from desktop.ui.screenshots import render_screenshots

    db = open_database(args)
    paths = render_screenshots(db, Path(args.outdir), username=args.user)
    for p in paths:
        print(p)
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="manage accounts: add | passwd | list | disable | enable")
    p.add_argument("action", choices=["add", "passwd", "list", "disable", "enable"])
    p.add_argument("name", nargs="?", default="")
    p.add_argument("--role", choices=[r.value for r in Role], default=Role.SOCIAL_WORKER.value)
    p.add_argument("--display-name", default="")
    p.add_argument("--community", action="append", help="community name (repeat for several)")
    p.add_argument("--password", help="the new user's password (or LINLI_NEW_PASSWORD, or a prompt)")
    add_user_arg(p)
    p.set_defaults(func=cmd_user)

    p = sub.add_parser("check", help="integrity and migration check")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("backup", help="verified copy of the SQLite database")
    p.add_argument("--to", help="folder for the copy (default: the backups folder)")
    add_user_arg(p)
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="put a verified backup in place, keeping the current file aside")
    p.add_argument("file")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("demo", help="load the demo world of 凤城街道")
    p.add_argument("--admin-password", required=True)
    p.add_argument("--seed", type=int, default=20180606)
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("screenshots", help="render each page to PNG, offscreen")
    p.add_argument("outdir")
    p.add_argument("--user", default="admin", help="whose view to render (default admin)")
    p.set_defaults(func=cmd_screenshots)

    p = export.add_parser("audit", help="audit trail as CSV (admin, supervisor)")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_audit)
