"""The error report of a roster import: the refused rows (reason, original row number, the row's cells)
as an .xlsx that can be corrected and imported again, and a second sheet with the skipped rows.

The cells are the sheet's own, so every one is written as data (desktop.core.export_cells): a name
that starts with "=" stays text, never a formula.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.core import clock
from desktop.core.export_cells import xlsx_row
from desktop.core.messages import msg
from desktop.roster.import_plan import MERGE, ImportPlan, PlanRow

REPORT_SHEET = "未导入的行"
MOVE_FIELDS = frozenset({"household", "community"})


@dataclass(frozen=True)
class ChangeLine:
    """One change of one merged row, as the preview lists it: a move between flats is said to be one."""

    row_number: int
    name: str
    what: str
    before: str
    after: str
    is_move: bool


def change_lines(plan: ImportPlan) -> list[ChangeLine]:
    """Every change the import would make to people already in the roster, one line each."""
    out = []
    for r in plan.rows:
        if r.status != MERGE:
            continue
        for c in r.changes:
            move = c.field in MOVE_FIELDS and bool(c.before) and c.before != c.after
            out.append(ChangeLine(r.row_number, str(r.values.get("name") or ""), msg("搬家：{what}", what=c.label) if move
                                  else c.label, c.before or "（空）", c.after or "（空）", move))
    return out


def moves(plan: ImportPlan) -> list[ChangeLine]:
    """The residents the import would move to another flat or community (confirmed one by one in words)."""
    return [c for c in change_lines(plan) if c.is_move]


def offending_cells(plan: ImportPlan, row: PlanRow) -> str:
    """The cells a refusal speaks of, as they are in the sheet ("F 身份证号：4.41802E+17"); the whole row's
    filled cells where the reason names no column."""
    named = [(c, row.cells[c.index] if c.index < len(row.cells) else None) for c in plan.columns
             if c.field and c.label in row.reason]
    cells = named or [(c, row.cells[c.index]) for c in plan.columns if c.index < len(row.cells)]
    return "；".join(f"{c.letter} {c.header}：{'' if v is None else v}" for c, v in cells
                    if v not in (None, "") or named)


def report_path(plan: ImportPlan) -> Path:
    """Beside the source sheet, named for it and for when it was made: 花名册 导入错误报告 20261118-1005.xlsx
    (never the last report's name)."""
    source = Path(plan.path)
    stamp = clock.local_now().strftime("%Y%m%d-%H%M")
    path = source.with_name(f"{source.stem} 导入错误报告 {stamp}.xlsx")
    n = 2
    while path.exists():
        path = source.with_name(f"{source.stem} 导入错误报告 {stamp} ({n}).xlsx")
        n += 1
    return path


def write_error_report(plan: ImportPlan, out: Path | str | BinaryIO) -> int:
    """Write the report to `out`; returns the number of refused rows."""
    from openpyxl import Workbook  # deferred: loads openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill  # deferred: loads openpyxl

    wb = Workbook()
    ws = wb.active
    ws.title = REPORT_SHEET
    headers = ["错误原因", "原行号", *plan.headers]
    ws.append(xlsx_row(ws, headers))
    id_cols = [i + 3 for i, c in enumerate(plan.columns) if c.field == "id_number"]
    date_cols = {i + 3 for i, c in enumerate(plan.columns) if c.field == "birth_date"}
    refused = plan.refused
    for r in refused:
        cells = []
        for i, value in enumerate(r.cells):
            if i + 3 in id_cols and value is not None and not isinstance(value, str):
                value = f"{value:.14E}" if isinstance(value, float) else str(value)
            cells.append(value)
        ws.append(xlsx_row(ws, [r.reason, r.row_number, *cells]))
    for col in id_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "@"
    for col in date_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            if not isinstance(cell.value, str) and cell.value is not None:
                cell.number_format = "yyyy-mm-dd"
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    red = Font(color="C00000")
    for (cell,) in ws.iter_rows(min_row=2, min_col=1, max_col=1):
        cell.font = red
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 8
    for col in id_cols:
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 22
    ws.freeze_panes = "C2"
    ws["A1"].fill = PatternFill("solid", fgColor="FFE0E0")
    info = wb.create_sheet("跳过的行")
    info.append(["原行号", "原因", "内容"])
    for k in plan.skipped:
        info.append(xlsx_row(info, [k.row_number, k.reason, " ".join(str(c) for c in k.cells if c not in (None, ""))]))
    info.append([])
    info.append(xlsx_row(info, [f"来源：{plan.file_name}（工作表“{plan.sheet}”，表头在第 {plan.header_row} 行）；"
                                f"社区：{plan.community_name}；{plan.summary()}"]))
    target = str(out) if isinstance(out, Path) else out
    wb.save(target)
    return len(refused)
