"""活动统计 as xlsx: the activities of a period with their counts, and the figures by kind and community."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.activities.activity_service import list_activities
from desktop.activities.figures import FigureRow, figures
from desktop.activities.models import MODULE_LABELS, STATUS_LABELS, ActivityHelper
from desktop.core.audit import AuditAction, record
from desktop.core.clock import to_local
from desktop.core.export_cells import put
from desktop.core.roles import Perm
from desktop.core.security import Actor, require

LIST_HEADERS = ["日期", "星期", "开始", "结束", "活动名称", "类型", "模块", "社区", "地点", "组织者", "名额", "报名",
                "候补", "到场人次", "志愿服务(小时)", "状态"]
FIGURE_HEADERS = ["项目", "举办场次", "参与人次", "参与人数", "志愿服务(小时)"]
WEEKDAYS = "一二三四五六日"
_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")


def _head(ws: Any, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        c = ws.cell(row=row, column=col, value=text)
        c.font, c.fill, c.alignment = _BOLD, _HEAD_FILL, Alignment(horizontal="center")


def _figure_rows(ws: Any, start_row: int, title: str, rows: list[FigureRow]) -> int:
    ws.cell(row=start_row, column=1, value=title).font = _BOLD
    _head(ws, start_row + 1, FIGURE_HEADERS)
    r = start_row + 2
    for row in rows:
        for col, value in enumerate([row.label, row.held, row.person_times, row.people, row.volunteer_hours], 1):
            put(ws, r, col, value)
        r += 1
    return r + 1


def export_activities(s: Session, actor: Actor, start: date, end: date, out: Path | str | BinaryIO, *,
                      community_id: str | None = None, module: str | None = None) -> int:
    """Write the workbook; returns the number of activities listed."""
    require(actor, Perm.ACTIVITY_VIEW, community_id=community_id)
    rows = list_activities(s, actor, start, end, module=module, community_id=community_id)
    minutes: dict[str, int] = {}
    ids = [r.id for r in rows]
    for i in range(0, len(ids), 500):
        minutes |= dict(s.execute(select(ActivityHelper.activity_id, func.sum(ActivityHelper.minutes)).where(
            ActivityHelper.activity_id.in_(ids[i:i + 500]), ActivityHelper.deleted_at.is_(None))
            .group_by(ActivityHelper.activity_id)).all())
    figs = figures(s, actor, start, end, community_id=community_id, module=module)

    wb = Workbook()
    ws = wb.active
    ws.title = "活动列表"
    _head(ws, 1, LIST_HEADERS)
    for n, r in enumerate(rows, start=2):
        a, b = to_local(r.starts_at), to_local(r.ends_at)
        values = [a.date(), WEEKDAYS[a.weekday()], a.strftime("%H:%M"), b.strftime("%H:%M"), r.title, r.kind,
                  MODULE_LABELS.get(r.module, r.module), r.community_name, r.place, r.organiser, r.capacity,
                  r.enrolled, r.waiting, r.attended, round((minutes.get(r.id) or 0) / 60, 1),
                  STATUS_LABELS.get(r.status, r.status)]
        for col, value in enumerate(values, start=1):
            c = put(ws, n, col, value)
            if col == 1:
                c.number_format = "yyyy-mm-dd"
    for col, width in enumerate([12, 6, 7, 7, 30, 12, 10, 12, 24, 10, 7, 7, 7, 10, 14, 8], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    if rows:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(LIST_HEADERS))}{len(rows) + 1}"

    fs = wb.create_sheet("统计")
    fs["A1"] = f"活动统计 {start.isoformat()} 至 {end.isoformat()}"
    fs["A1"].font = Font(bold=True, size=13)
    at = _figure_rows(fs, 3, "合计", [figs.total])
    at = _figure_rows(fs, at, "按活动类型", figs.by_kind)
    at = _figure_rows(fs, at, "按社区", figs.by_community)
    _figure_rows(fs, at, "按模块", figs.by_module)
    fs.cell(row=at + 3 + len(figs.by_module), column=1,
            value="说明：参与人次按每次签到计；参与人数为不重复的人（现场加入者按姓名计）；已取消的活动不计。")
    for col, width in enumerate([22, 10, 10, 10, 14], start=1):
        fs.column_dimensions[get_column_letter(col)].width = width
    wb.save(out)
    record(s, actor, AuditAction.EXPORT, "activities", None,
           f"活动统计 {start.isoformat()}–{end.isoformat()}（{len(rows)} 个活动）")
    return len(rows)
