"""The navigation: each page once (from the modules' registrations, desktop.modules), with the
permission that shows it. Pages are imported lazily (the first time they are opened), which keeps
start-up fast."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop import modules
from desktop.core.module_spec import PageSpec, TodaySpec

if TYPE_CHECKING:
    from desktop.core.security import Actor

PAGES: list[PageSpec] = modules.pages()

# Which page a desk opens first.
DESK_PAGES = {"guard": "duty", "reception": "elder", "rehab": "rehab", "office": "today"}

# Sections of the 今日 page, contributed by the modules (desktop.core.module_spec.TodaySpec).
TODAY_SECTIONS: list[TodaySpec] = modules.today_sections()


def pages_for(actor: Actor) -> list[PageSpec]:
    return [p for p in PAGES if actor.can(p.perm)]


def first_page(actor: Actor, desk: str | None) -> str:
    allowed = {p.key for p in pages_for(actor)}
    wanted = DESK_PAGES.get(desk or "", "today")
    if wanted in allowed:
        return wanted
    return next(iter(p.key for p in pages_for(actor)), "settings")
