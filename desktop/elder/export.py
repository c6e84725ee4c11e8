"""Member list export (CSV in UTF-8 with BOM for Excel, or XLSX). No health notes ever leave here."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core import audit
from desktop.core.audit import AuditAction
from desktop.core.errors import UserError
from desktop.core.export_cells import csv_writer, xlsx_row
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.elder.members_service import search_members
from desktop.core.vocabulary import sex_label

HEADERS = ["会员号", "姓名", "性别", "年龄", "电话", "类别", "状态", "入会日期", "有效期至", "社区", "住址", "提示"]


def member_table(s: Session, actor: Actor) -> list[list[object]]:
    rows = search_members(s, actor, limit=1_000_000)
    return [[r.member_no, r.name, sex_label(r.sex), "" if r.age is None else r.age,
             r.phone, r.category, r.status, r.join_date.isoformat(),
             r.valid_until.isoformat() if r.valid_until else "", r.community_name, r.address, "、".join(r.flags)]
            for r in rows]


def export_members(s: Session, actor: Actor, out: Path) -> int:
    """Write every member to `out` (.csv or .xlsx); returns the number of members written."""
    require(actor, Perm.ELDER_MANAGE, entity="elder_members")
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError("导出文件须以 .csv 或 .xlsx 结尾")
    rows = member_table(s, actor)
    if suffix == ".csv":
        with out.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv_writer(f)
            w.writerow(HEADERS)
            w.writerows(rows)
    else:
        from openpyxl import Workbook  # deferred: loads openpyxl
        wb = Workbook()
        ws = wb.active
        ws.title = "会员名册"
        ws.append(HEADERS)
        for r in rows:
            ws.append(xlsx_row(ws, r))
        ws.freeze_panes = "A2"
        wb.save(out)
    audit.record(s, actor, AuditAction.EXPORT, "elder_members", None, f"会员名册 {len(rows)} 人 → {out.name}")
    return len(rows)
