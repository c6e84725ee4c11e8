"""The activities module's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec
from desktop.core.roles import Perm

MODULE = ModuleSpec(
    name="activities",
    perms=(Perm.ACTIVITY_VIEW, Perm.ACTIVITY_EDIT),
    models=("desktop.activities.models",),
    pages=(PageSpec("activities", "活动", Perm.ACTIVITY_VIEW,
                    "desktop.activities.views.activities_page:ActivitiesPage", 60),),
    today_sections=(TodaySpec("desktop.activities.views.today_section:ActivitiesTodaySection", (Perm.ACTIVITY_VIEW,)),),
    reports=(ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "活动与参与统计（Excel，按期间）"), Perm.ACTIVITY_VIEW,
                        "desktop.activities.views.reports:export_activities_report", uses_period=True, order=20),),
    cli="desktop.activities.cli",
    demo="desktop.activities.demo",
)
