"""The navigation: each page once, with the permission that shows it. Pages are imported lazily
(the first time they are opened), which keeps start-up fast."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.roles import Perm

if TYPE_CHECKING:
    from desktop.core.security import Actor


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str          # Chinese source text, translated with context "Navigation"
    perm: Perm
    factory: str        # "package.module:ClassName" of a desktop.ui.page.Page subclass

    def load(self) -> type:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)


PAGES: list[PageSpec] = [
    PageSpec("today", "今日", Perm.TODAY_VIEW, "desktop.ui.today_page:TodayPage"),
    PageSpec("roster", "花名册", Perm.ROSTER_VIEW, "desktop.roster.views.roster_page:RosterPage"),
    PageSpec("duty", "志愿值班", Perm.DUTY_VIEW, "desktop.duty.views.duty_page:DutyPage"),
    PageSpec("volunteers", "志愿者", Perm.VOLUNTEER_VIEW, "desktop.volunteers.views.volunteers_page:VolunteersPage"),
    PageSpec("rehab", "戒毒康复", Perm.REHAB_VIEW, "desktop.rehab.views.rehab_page:RehabPage"),
    PageSpec("elder", "养老中心", Perm.ELDER_VIEW, "desktop.elder.views.elder_page:ElderPage"),
    PageSpec("activities", "活动", Perm.ACTIVITY_VIEW, "desktop.activities.views.activities_page:ActivitiesPage"),
    PageSpec("reports", "报表", Perm.REPORTS_VIEW, "desktop.ui.reports_page:ReportsPage"),
    PageSpec("settings", "设置", Perm.SETTINGS_VIEW, "desktop.ui.settings_page:SettingsPage"),
]

# Which page a desk opens first.
DESK_PAGES = {"guard": "duty", "reception": "elder", "rehab": "rehab", "office": "today"}

# Sections of the 今日 page, contributed by the modules: "module:Class" of a QWidget(ctx) with a
# classmethod `applies(actor) -> bool`. Missing modules are simply not listed here.
TODAY_SECTIONS: list[str] = [
    "desktop.ui.backup_section:BackupTodaySection",
    "desktop.roster.views.today_section:RosterTodaySection",
    "desktop.activities.views.today_section:ActivitiesTodaySection",
    "desktop.duty.views.today_section:DutyTodaySection",
    "desktop.rehab.views.access_section:RehabAccessSection",
    "desktop.rehab.views.today_section:RehabTodaySection",
    "desktop.elder.views.today_section:ElderTodaySection",
]


def pages_for(actor: Actor) -> list[PageSpec]:
    return [p for p in PAGES if actor.can(p.perm)]


def first_page(actor: Actor, desk: str | None) -> str:
    allowed = {p.key for p in pages_for(actor)}
    wanted = DESK_PAGES.get(desk or "", "today")
    if wanted in allowed:
        return wanted
    return next(iter(p.key for p in pages_for(actor)), "settings")
