"""Every module of Linli, registered once: the foundation, then the domains in the order their
contributions appear (today sections, commands, demo data). Nothing else keeps a list of modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.activities.module import MODULE as ACTIVITIES
from desktop.core.module_spec import QT_TRANSLATE_NOOP, ModuleSpec, PageSpec, ReportSpec, TodaySpec, load
from desktop.core.roles import Perm
from desktop.duty.module import MODULE as DUTY
from desktop.elder.module import MODULE as ELDER
from desktop.rehab.module import MODULE as REHAB
from desktop.roster.module import MODULE as ROSTER
from desktop.volunteers.module import MODULE as VOLUNTEERS

if TYPE_CHECKING:
    from sqlalchemy import MetaData

FOUNDATION = ModuleSpec(
    name="core",
    perms=(Perm.TODAY_VIEW, Perm.REPORTS_VIEW, Perm.SETTINGS_VIEW, Perm.USERS_MANAGE, Perm.AUDIT_EXPORT,
           Perm.BACKUP),
    models=("desktop.core.audit", "desktop.core.communities", "desktop.core.holiday_table",
            "desktop.core.key_store", "desktop.core.security", "desktop.core.settings_store"),
    pages=(PageSpec("today", "今日", Perm.TODAY_VIEW, "desktop.ui.today_page:TodayPage", 0),
           PageSpec("reports", "报表", Perm.REPORTS_VIEW, "desktop.ui.reports_page:ReportsPage", 90),
           PageSpec("settings", "设置", Perm.SETTINGS_VIEW, "desktop.ui.settings_page:SettingsPage", 100)),
    today_sections=(TodaySpec("desktop.ui.backup_section:BackupTodaySection", (Perm.BACKUP,)),),
    reports=(ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "账号清单（PDF）"), Perm.USERS_MANAGE,
                        "desktop.ui.reports_page:print_user_list_report", order=70, prints=True),
             ReportSpec(QT_TRANSLATE_NOOP("ReportsPage", "审计记录导出（CSV）"), Perm.AUDIT_EXPORT,
                        "desktop.ui.reports_page:export_audit_report", uses_period=True, order=80)),
    cli="desktop.cli.core_commands",
    demo="desktop.demo.core_demo",
)

MODULES: tuple[ModuleSpec, ...] = (FOUNDATION, ROSTER, ACTIVITIES, DUTY, REHAB, ELDER, VOLUNTEERS)


def pages() -> list[PageSpec]:
    return sorted((p for m in MODULES for p in m.pages), key=lambda p: p.order)


def today_sections() -> list[TodaySpec]:
    return [section for m in MODULES for section in m.today_sections]


def reports() -> list[ReportSpec]:
    return sorted((r for m in MODULES for r in m.reports), key=lambda r: r.order)


def desk_buildings() -> list[str]:
    return [m.desk_building for m in MODULES if m.desk_building]


def cli_modules() -> list[str]:
    return [m.cli for m in MODULES if m.cli]


def demo_modules() -> list[str]:
    return [m.demo for m in MODULES if m.demo]


def model_modules() -> list[str]:
    return [path for m in MODULES for path in m.models]


def all_tables() -> MetaData:
    """The metadata with every module's tables, their model modules imported by name: what a service
    that must reach every table (a merge moving every link to a person) reads."""
    from desktop.core.orm import Base   # deferred: start-up (the window paints before SQLAlchemy loads)

    for path in model_modules():
        load(path)
    return Base.metadata


def actions(place: str) -> list[str]:
    """"module:Class" paths of the widgets the modules add at `place` on another module's page."""
    return [path for m in MODULES for at, path in m.actions if at == place]
