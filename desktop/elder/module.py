"""The elder centre's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec
from desktop.core.roles import Perm

MODULE = ModuleSpec(
    name="elder",
    perms=(Perm.ELDER_VIEW, Perm.ELDER_CHECKIN, Perm.ELDER_MANAGE, Perm.HEALTH_VIEW),
    models=("desktop.elder.models",),
    pages=(PageSpec("elder", "养老中心", Perm.ELDER_VIEW, "desktop.elder.views.elder_page:ElderPage", 50),),
    today_sections=(TodaySpec("desktop.elder.views.today_section:ElderTodaySection", (Perm.ELDER_VIEW,)),),
    reports=(
        ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "养老中心月度签到与午餐汇总（PDF，期间起始月）"), Perm.ELDER_VIEW,
                   "desktop.elder.views.reports:print_month_report", uses_period=True, order=30),
        ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "养老中心会员名单（Excel/CSV）"), Perm.ELDER_MANAGE,
                   "desktop.elder.views.reports:export_members_report", order=40),
    ),
    cli="desktop.elder.cli",
    demo="desktop.elder.demo",
)
