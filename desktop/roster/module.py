"""The roster's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec
from desktop.core.roles import Perm

MODULE = ModuleSpec(
    name="roster",
    perms=(Perm.ROSTER_VIEW, Perm.ROSTER_EDIT, Perm.ID_FULL, Perm.ROSTER_IMPORT, Perm.ROSTER_EXPORT),
    models=("desktop.roster.models",),
    pages=(PageSpec("roster", "花名册", Perm.ROSTER_VIEW, "desktop.roster.views.roster_page:RosterPage", 10),),
    today_sections=(TodaySpec("desktop.roster.views.today_section:RosterTodaySection", (Perm.ROSTER_VIEW, Perm.TODAY_VIEW)),),
    reports=(ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "花名册导出（Excel/CSV/PDF）"), Perm.ROSTER_EXPORT,
                        "desktop.roster.views.reports:export_roster_report", order=10),),
    cli="desktop.roster.cli",
    demo="desktop.roster.demo",
)
