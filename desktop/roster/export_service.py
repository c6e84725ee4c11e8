"""Exporting a community's roster to .csv (UTF-8 with BOM, so Excel opens it), .xlsx or .pdf.

ID numbers are masked unless the full numbers are asked for by a role allowed to see them;
every export is recorded in the audit trail, saying whether full ID numbers left the building.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core import audit, clock
from desktop.core.audit import AuditAction
from desktop.core.errors import NotFound, UserError
from desktop.core.export_cells import csv_writer, xlsx_cell, xlsx_row
from desktop.core.roles import Perm
from desktop.core.security import Actor, require
from desktop.core.communities import Community
from desktop.core.messages import msg
from desktop.roster.printing import render_roster_list
from desktop.roster.roster_lines import RosterLine, roster_lines

__all__ = ["EXPORT_HEADERS", "ExportResult", "export_roster"]

FORMATS = ("csv", "xlsx", "pdf")
EXPORT_HEADERS = ["姓名", "性别", "出生日期", "年龄", "民族", "身份证号码", "联系电话", "联系电话2", "住址",
                  "楼栋", "单元", "房号", "与户主关系", "居住类型", "标签", "备注"]


@dataclass
class ExportResult:
    path: Path
    format: str
    rows: int
    full_id: bool
    unprintable: list[str] = field(default_factory=list)   # PDF only: names set with the 〓 mark


def _community(s: Session, community_id: str) -> Community:
    c = s.get(Community, community_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("找不到这个社区")
    return c


def _write_csv(lines: Sequence[RosterLine], out: Path) -> None:
    with out.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv_writer(f)
        w.writerow(EXPORT_HEADERS)
        for line in lines:
            w.writerow(line.cells())


def _write_xlsx(lines: Sequence[RosterLine], out: Path, title: str) -> None:
    from openpyxl import Workbook  # deferred: loads openpyxl
    from openpyxl.styles import Font  # deferred: loads openpyxl

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    widths = [12, 5, 12, 6, 8, 21, 14, 14, 28, 10, 6, 8, 10, 8, 18, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "B3"
    head = xlsx_cell(ws, title)
    head.font = Font(bold=True, size=14)
    ws.append([head])
    bold = Font(bold=True)
    cells = []
    for h in EXPORT_HEADERS:
        c = xlsx_cell(ws, h)
        c.font = bold
        cells.append(c)
    ws.append(cells)
    id_col = EXPORT_HEADERS.index("身份证号码")
    for line in lines:
        row: list[object] = line.cells()
        id_cell = xlsx_cell(ws, row[id_col])
        id_cell.number_format = "@"               # text: Excel must not turn it into 4.41802E+17
        row[id_col] = id_cell
        if line.birth_date:
            born = xlsx_cell(ws, line.birth_date)
            born.number_format = "yyyy-mm-dd"
            row[2] = born
        ws.append(xlsx_row(ws, row))
    wb.save(out)


def _write_pdf(lines: Sequence[RosterLine], out: Path, community: str, actor: Actor) -> list[str]:
    report = render_roster_list(out, lines, community=community, printed_by=actor.display_name,
                                printed_at=clock.utcnow())
    return list(report.unprintable)


def export_roster(s: Session, actor: Actor, community_id: str, out: Path | str, *, full_id: bool = False,
                  fmt: str | None = None) -> ExportResult:
    """Write the community's roster to `out` (format from `fmt` or the file suffix) and audit it.

    Full ID numbers need `full_id=True` and the ID_FULL permission (asking without it is refused)."""
    require(actor, Perm.ROSTER_EXPORT, community_id=community_id, entity="communities", entity_id=community_id)
    if full_id:
        require(actor, Perm.ID_FULL, community_id=community_id, entity="communities", entity_id=community_id)
    out = Path(out)
    kind = (fmt or out.suffix.lstrip(".")).lower()
    if kind not in FORMATS:
        raise UserError(msg("不支持的导出格式：{suffix}（可用 .csv、.xlsx、.pdf）", suffix=out.suffix or kind))
    community = _community(s, community_id)
    lines = roster_lines(s, community_id, full_id=full_id)
    unprintable: list[str] = []
    if kind == "csv":
        _write_csv(lines, out)
    elif kind == "xlsx":
        _write_xlsx(lines, out, f"{community.name}花名册（{clock.today().isoformat()}导出）")
    else:
        unprintable = _write_pdf(lines, out, community.name, actor)
    ids = "含完整身份证号" if full_id else "身份证号已遮盖"
    audit.record(s, actor, AuditAction.EXPORT, "communities", community_id,
                 f"导出{community.name}花名册 {len(lines)} 人，{kind.upper()}，{ids}：{out.name}")
    return ExportResult(out, kind, len(lines), full_id, unprintable)
