"""The roster's entries on the 报表 page (registered in desktop.roster.module)."""

from __future__ import annotations

from datetime import date

from desktop.roster.export_service import export_roster
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox, QWidget
from desktop.ui.reports_page import save_report


def _community_id(ctx: AppContext) -> str | None:
    if ctx.community_id:
        return ctx.community_id
    return next(iter(sorted(ctx.actor.community_ids)), None)


def export_roster_report(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    cid = _community_id(ctx)
    if cid is None:
        QMessageBox.information(parent, parent.tr("提示"), parent.tr("请先在设置中填写本机所在社区"))
        return
    save_report(ctx, parent, "花名册.xlsx", "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
                lambda s, p: export_roster(s, ctx.actor, cid, p))
