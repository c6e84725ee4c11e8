"""Headless roster commands: `import-roster` and `export roster`."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli.common import CliError, add_user_arg, open_database, out_path, sign_in
from desktop.core.communities import Community

MAX_LISTED = 30


def community_id_by_name(s: Session, name: str) -> str:
    cid = s.scalar(select(Community.id).where(Community.name == name.strip(), Community.deleted_at.is_(None)))
    if cid is None:
        raise CliError(f"没有名为“{name}”的社区")
    return cid


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.roster.import_service import apply_import, preview_import  # deferred: loads openpyxl, PIL

    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"找不到文件：{source}")
    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        plan = preview_import(s, actor, source, community_id_by_name(s, args.community), estate=args.estate or "")
        try:
            if not args.dry_run:
                apply_import(s, actor, plan)
        except BaseException:
            plan.close()
            raise
    try:
        return _report_import(args, plan)
    finally:
        plan.close()                                   # the plan's rows leave the disk


def _report_import(args: argparse.Namespace, plan: Any) -> int:
    from desktop.roster.import_report import write_error_report  # deferred: loads openpyxl, PIL

    prefix = "试运行（未写入）：" if args.dry_run else ""
    print(f"{prefix}{plan.summary()}")
    for note in plan.notes:
        print(f"注意：{note}")
    if plan.skipped:
        kinds = Counter(k.reason for k in plan.skipped)
        print(f"跳过 {len(plan.skipped)} 行（" + "，".join(f"{k} {n}" for k, n in kinds.items()) + "）")
    noted = (r for r in plan.rows if r.status != "refused" and r.messages and not r.changes
             and r.messages != ["与已登记的信息一致，无需修改"])
    for r in islice(noted, MAX_LISTED):
        print(f"提示：第 {r.row_number} 行（{r.values.get('name', '')}）：{r.reason}")
    if plan.partial_dates:
        print(f"日期不全 {len(plan.partial_dates)} 行（只有出生年月，已按日期不全导入）：" + "、".join(
            f"第 {r.row_number} 行" for r in plan.partial_dates[:MAX_LISTED]))
    if plan.needs_estate:
        print(f"有 {plan.ambiguous_count} 行只写了楼栋号而本社区有同名楼栋；用 --estate 指定小区"
              f"（{'、'.join(plan.estates)}）后重新导入", file=sys.stderr)
    refused = plan.refused
    if refused:
        for r in refused[:MAX_LISTED]:
            print(f"第 {r.row_number} 行：{r.reason}", file=sys.stderr)
        if len(refused) > MAX_LISTED:
            print(f"……另有 {len(refused) - MAX_LISTED} 行，见错误报告", file=sys.stderr)
    if args.report:
        report = out_path(args.report)
        write_error_report(plan, report)
        print(f"错误报告：{report}")
    return 1 if refused else 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.roster.export_service import export_roster  # deferred: loads reportlab, PIL

    db = open_database(args)
    actor = sign_in(db, args)
    with db.session(actor) as s:
        result = export_roster(s, actor, community_id_by_name(s, args.community), out_path(args.out),
                               full_id=args.full_id)
    ids = "含完整身份证号" if result.full_id else "身份证号已遮盖"
    print(f"已导出 {result.rows} 人到 {result.path}（{ids}）")
    for name in result.unprintable:
        print(f"无法打印的字已用〓代替：{name}", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction, export: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import-roster", help="import a roster sheet (.xlsx/.xls/.csv) into a community")
    p.add_argument("file")
    p.add_argument("--community", required=True, help="community name, e.g. 西湖社区")
    p.add_argument("--estate", help="the estate (小区) of rows that give only a building number, e.g. 西湖花园")
    p.add_argument("--report", help="write refused rows to this .xlsx (fix it and import it again)")
    p.add_argument("--dry-run", action="store_true", help="check the sheet, write nothing")
    add_user_arg(p)
    p.set_defaults(func=cmd_import)

    p = export.add_parser("roster", help="a community's roster as .csv, .xlsx or .pdf")
    p.add_argument("--community", required=True)
    p.add_argument("out", help="OUT.csv | OUT.xlsx | OUT.pdf")
    p.add_argument("--full-id", action="store_true", help="full ID numbers (roles allowed to see them; audited)")
    add_user_arg(p)
    p.set_defaults(func=cmd_export)
