"""The rehab module's entry on the 报表 page (registered in desktop.rehab.module)."""

from __future__ import annotations

from datetime import date

from desktop.rehab.followup_service import export_followups_csv
from desktop.ui.context import AppContext
from desktop.ui.qt import QWidget
from desktop.ui.reports_page import save_report


def export_followups_report(ctx: AppContext, parent: QWidget, _start: date, end: date) -> None:
    save_report(ctx, parent, f"到期随访_{end}.csv", "CSV (*.csv)",
                lambda s, p: export_followups_csv(s, ctx.actor, due_before=end, out=p))
