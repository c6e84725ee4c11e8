"""Headless duty commands: `export rota` (排班表 PDF) and `export hours` (志愿服务时长 xlsx)."""

from __future__ import annotations

import argparse
import re

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.core.dates import parse_date
from desktop.core.roles import Perm
from desktop.duty import common
from desktop.core.holidays import calendar_for
from desktop.duty.rota import month_days
from desktop.duty.hours import export_hours_xlsx


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise CliError(f"月份应写成 YYYY-MM：{text}")
    return int(m.group(1)), int(m.group(2))


def cmd_export_rota(args: argparse.Namespace) -> int:
    from desktop.duty.printing import print_rota  # deferred: loads reportlab, PIL

    year, month = _month(args.month)
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        team = common.team_by_name(s, actor, args.team, Perm.DUTY_VIEW)
        report = print_rota(s, actor, team.id, year, month, out_path(args.out), paper=args.paper)
        days = month_days(year, month)
        notices = calendar_for(s, days[0], days[-1]).notices(days)
    print(f"已导出 {args.team} {year}年{month}月排班表：{args.out}（{report.pages} 页）")
    for text in notices:
        print(f"注意：{text}")
    if report.unprintable:
        print("以下内容有字无法打印：" + "、".join(report.unprintable))
    return 0


def cmd_export_hours(args: argparse.Namespace) -> int:
    first, last = parse_date(args.date_from), parse_date(args.date_to)
    if last < first:
        raise CliError("--to 不能早于 --from")
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        team = common.team_by_name(s, actor, args.team, Perm.DUTY_VIEW)
        n = export_hours_xlsx(s, actor, team.id, first, last, out_path(args.out))
    print(f"已导出 {n} 名队员的志愿服务时长：{args.out}")
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = export.add_parser("rota", help="monthly duty rota (排班表) as PDF")
    p.add_argument("--team", required=True, help="team name, e.g. 西湖花园6号楼志愿服务队")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--paper", choices=["A4", "A3"], default="A4",
                   help="landscape A4 (default) or A3 for the duty-room wall; the type is as large as fits")
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_rota)

    p = export.add_parser("hours", help="volunteer hours of a team as xlsx")
    p.add_argument("--team", required=True)
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_hours)
