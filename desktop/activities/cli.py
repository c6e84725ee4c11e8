"""Headless: `export signin --activity ID_OR_TITLE OUT.pdf` and `export activities --from --to OUT.xlsx`."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.core.dates import DateParseError, parse_date
from desktop.activities.activity_service import find_activity


def cmd_export_signin(args: argparse.Namespace) -> int:
    from desktop.activities.signin_sheet import render_blank_sheet, render_participant_list, render_signin_sheet  # deferred: loads reportlab, PIL

    db = open_database(args)
    actor = sign_in(db, args)
    out = out_path(args.out)
    with db.session(actor) as s:
        aid = find_activity(s, actor, args.activity)
        if args.kind == "list":
            report = render_participant_list(out, s, actor, aid)
        elif args.kind == "blank":
            report = render_blank_sheet(out, s, actor, aid, rows=args.blank_rows, with_times=args.with_times)
        else:
            report = render_signin_sheet(out, s, actor, aid, blank_rows=args.blank_rows,
                                         with_times=args.with_times, order=args.order)
    print(f"已生成 {out}（{report.pages} 页）")
    if report.unprintable:
        print("以下姓名有字无法打印，请手写补上：" + "、".join(report.unprintable))
    return 0


def _date(value: str, what: str):  # noqa: ANN202
    try:
        return parse_date(value)
    except DateParseError as exc:
        raise CliError(f"{what}：{exc}") from None


def cmd_export_activities(args: argparse.Namespace) -> int:
    from desktop.activities.export import export_activities  # deferred: loads openpyxl, PIL

    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if end < start:
        raise CliError("--to 早于 --from")
    db = open_database(args)
    actor = sign_in(db, args)
    out = out_path(args.out)
    with db.session(actor) as s:
        n = export_activities(s, actor, start, end, out)
    print(f"已导出 {n} 个活动到 {out}")
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = export.add_parser("signin", help="sign-in sheet PDF of an activity (签到表)")
    p.add_argument("--activity", required=True, help="activity id, or its title (the latest occurrence)")
    p.add_argument("out")
    p.add_argument("--kind", choices=["sheet", "blank", "list"], default="sheet",
                   help="sheet: pre-filled (default); blank: empty rows; list: participants with tick boxes")
    p.add_argument("--blank-rows", type=int, default=3,
                   help="at least this many empty rows for walk-ins (default 3; the last page is filled with them)")
    p.add_argument("--order", choices=["signup", "flat", "pinyin"], default="signup",
                   help="names in sign-up order (default), by flat (estate, building, room) or by pinyin")
    p.add_argument("--with-times", action="store_true", help="add 签到时间/签退时间 columns")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_signin)

    p = export.add_parser("activities", help="activities and their figures of a period as xlsx")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("out")
    add_user_arg(p)
    p.set_defaults(func=cmd_export_activities)
