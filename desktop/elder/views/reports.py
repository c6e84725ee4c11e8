"""The elder centre's entries on the 报表 page (registered in desktop.elder.module)."""

from __future__ import annotations

from datetime import date

from desktop.elder.export import export_members
from desktop.elder.printing import print_month_summary
from desktop.ui.background import Job
from desktop.ui.context import AppContext
from desktop.ui.print_actions import print_or_save
from desktop.ui.qt import QWidget
from desktop.ui.reports_page import save_report


def export_members_report(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    save_report(ctx, parent, "养老中心会员.xlsx", "Excel (*.xlsx);;CSV (*.csv)",
                lambda s, p: export_members(s, ctx.actor, p))


def print_month_report(ctx: AppContext, parent: QWidget, start: date, _e: date, save: bool = False) -> Job | None:
    return print_or_save(ctx, parent, [parent.tr("养老中心月报"), f"{start:%Y-%m}"],
                         lambda s, p: print_month_summary(s, ctx.actor, start.replace(day=1), p), save=save)
