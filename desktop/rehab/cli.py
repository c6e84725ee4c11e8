"""Headless rehab commands: `export followups --due-before DATE OUT.csv --user U`."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.core.dates import DateParseError, parse_date
from desktop.rehab import followup_service


def cmd_export_followups(args: argparse.Namespace) -> int:
    try:
        due_before = parse_date(args.due_before)
    except DateParseError as exc:
        raise CliError(str(exc)) from None
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        n = followup_service.export_followups_csv(s, actor, due_before=due_before, out=out_path(args.out))
    print(f"已导出 {n} 条截至 {due_before} 的到期随访到 {args.out}")
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = export.add_parser("followups", help="rehab follow-ups due on or before a date, as CSV (rehab workers)")
    p.add_argument("--due-before", required=True, help="date, e.g. 2026-12-31")
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_followups)
