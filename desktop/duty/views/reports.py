"""The duty module's entry on the 报表 page (registered in desktop.duty.module)."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.duty.printing import print_duty_log_form
from desktop.ui.background import Job
from desktop.ui.context import AppContext
from desktop.ui.print_actions import print_or_save
from desktop.ui.qt import QWidget


def print_duty_log_report(ctx: AppContext, parent: QWidget, _s: date, _e: date, save: bool = False) -> Job | None:
    return print_or_save(ctx, parent, [parent.tr("空白值班记录表"), today().isoformat()],
                         lambda s, p: print_duty_log_form(s, ctx.actor, p, community="", place=""), save=save)
