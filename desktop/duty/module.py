"""The volunteer duty module's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec
from desktop.core.roles import Perm

MODULE = ModuleSpec(
    name="duty",
    perms=(Perm.DUTY_VIEW, Perm.DUTY_DESK, Perm.DUTY_MANAGE),
    models=("desktop.duty.models",),
    pages=(PageSpec("duty", "志愿值班", Perm.DUTY_VIEW, "desktop.duty.views.duty_page:DutyPage", 20),),
    today_sections=(TodaySpec("desktop.duty.views.today_section:DutyTodaySection", (Perm.DUTY_DESK,)),),
    reports=(ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "空白值班记录表（PDF）"), Perm.DUTY_VIEW,
                        "desktop.duty.views.reports:print_duty_log_report", order=60),),
    cli="desktop.duty.cli",
    demo="desktop.duty.demo",
    desk_building="desktop.duty.desk_place:desk_building",
)
