"""The duty module's entry on the 报表 page (registered in desktop.duty.module)."""

from __future__ import annotations

from datetime import date

from desktop.duty.printing import print_duty_log_form
from desktop.ui.context import AppContext
from desktop.ui.print_actions import save_pdf
from desktop.ui.qt import QWidget


def print_duty_log_report(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    save_pdf(ctx, parent, "值班记录表.pdf",
             lambda s, p: print_duty_log_form(s, ctx.actor, p, community="", place=""))
