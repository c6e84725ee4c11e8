"""The rehab module's registration (see desktop.core.module_spec)."""

from __future__ import annotations

from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec
from desktop.core.roles import REHAB_ROLES, Perm

MODULE = ModuleSpec(
    name="rehab",
    perms=(Perm.REHAB_VIEW, Perm.REHAB_EDIT, Perm.REHAB_ALL_CASES),
    models=("desktop.rehab.models",),
    pages=(PageSpec("rehab", "戒毒康复", Perm.REHAB_VIEW, "desktop.rehab.views.rehab_page:RehabPage", 40),),
    today_sections=(TodaySpec("desktop.rehab.views.access_section:RehabAccessSection", roles=REHAB_ROLES),
                    TodaySpec("desktop.rehab.views.today_section:RehabTodaySection", (Perm.REHAB_VIEW,))),
    reports=(ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "到期随访清单（CSV，截至期间结束日）"), Perm.REHAB_VIEW,
                        "desktop.rehab.views.reports:export_followups_report", uses_period=True, order=50),),
    cli="desktop.rehab.cli",
    demo="desktop.rehab.demo",
)
