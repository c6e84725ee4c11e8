"""Headless commands of the elder centre: `checkin` at the counter, `export members`."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.elder import checkin_service as cs
from desktop.elder.export import export_members


def cmd_checkin(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        r = cs.checkin(s, actor, args.key, lunch=args.lunch, force=args.force)
    if r.status == cs.CANDIDATES:
        names = "；".join(f"{m.member_no} {m.name}" for m in r.candidates[:10])
        raise CliError(f"{r.message}：{names}")
    if not r.ok:
        raise CliError(r.message)
    flags = f"（{'、'.join(r.member.flags)}）" if r.member and r.member.flags and r.status == cs.ALREADY else ""
    print(f"{r.member.member_no} {r.message}{flags}")
    return 0


def cmd_export_members(args: argparse.Namespace) -> int:
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        n = export_members(s, actor, out_path(args.out))
    print(f"已导出 {n} 位会员到 {args.out}")
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = sub.add_parser("checkin", help="elder centre: check a member in (card, number, phone tail, initials)")
    p.add_argument("key", help="card scan / member number / phone tail / pinyin initials")
    p.add_argument("--lunch", action="store_true", help="the member stays for lunch")
    p.add_argument("--force", action="store_true", help="check in a suspended or expired member anyway")
    add_user_arg(p)
    p.set_defaults(func=cmd_checkin)

    p = export.add_parser("members", help="elder centre members as CSV (UTF-8 with BOM) or XLSX")
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_members)
