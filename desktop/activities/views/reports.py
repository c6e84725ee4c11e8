"""The activities module's entry on the 报表 page (registered in desktop.activities.module)."""

from __future__ import annotations

from datetime import date

from desktop.activities.export import export_activities
from desktop.ui.context import AppContext
from desktop.ui.qt import QWidget
from desktop.ui.reports_page import save_report


def export_activities_report(ctx: AppContext, parent: QWidget, start: date, end: date) -> None:
    save_report(ctx, parent, f"活动统计_{start}_{end}.xlsx", "Excel (*.xlsx)",
                lambda s, p: export_activities(s, ctx.actor, start, end, p))
