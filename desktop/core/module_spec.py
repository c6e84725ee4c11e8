"""What a module of Linli contributes to the application, declared once per module.

Each domain (`desktop.<domain>.module`) fills one `ModuleSpec`; `desktop.modules.MODULES` lists them,
and the navigation, the 今日 page, the reports, the commands, the demo and the table metadata all read
that one list. Everything is named by a dotted path and imported only when used, so reading the list
at start-up costs nothing.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.core.roles import Perm, Role


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 — the name pyside6-lupdate looks for
    """Marks `text` for translation in `context` (it is translated where it is shown)."""
    return text


def load(path: str) -> Any:
    """The object a "package.module:name" path names (the module when there is no ":name")."""
    module, _, name = path.partition(":")
    imported = importlib.import_module(module)
    return getattr(imported, name) if name else imported


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str          # Chinese source text, translated with context "Navigation"
    perm: Perm
    factory: str        # "package.module:ClassName" of a desktop.ui.page.Page subclass
    order: int = 50     # place in the navigation, smallest first

    def load(self) -> type:
        cls: type = load(self.factory)
        return cls


@dataclass(frozen=True)
class TodaySpec:
    """A section of the 今日 page: `factory` "package.module:ClassName" of a QWidget(ctx) with a classmethod
    `applies(actor) -> bool`; `perms` the permissions of which the signed-in person needs one, or `roles`
    one of which they hold, for it to apply at all — so the page loads no module whose section nobody at
    this desk may see."""
    factory: str
    perms: tuple[Perm, ...] = ()
    roles: frozenset[Role] = frozenset()

    def may_apply(self, actor: Holder) -> bool:
        return actor.role in self.roles or any(actor.can(p) for p in self.perms)


class Holder(Protocol):
    """Who may see a section: its role and what it may do (desktop.core.security.Actor)."""
    role: Role

    def can(self, perm: Perm) -> bool: ...


@dataclass(frozen=True)
class ReportSpec:
    label: str          # Chinese source text, translated with context "ReportsPage"
    perm: Perm
    action: str         # "package.module:function" taking (ctx, parent, start, end)
    uses_period: bool = False
    order: int = 50     # place in the list of reports, smallest first


@dataclass(frozen=True)
class ModuleSpec:
    """One module's contributions. `perms` are the permissions it owns (each belongs to one module);
    `models` the module whose import defines its tables; `today_sections` its sections of the 今日 page
    (`TodaySpec`); `cli` a module with
    `register(sub, export)`; `demo` a module with `load(session, demo_context)`; `desk_building` a
    "module:function" taking (session, actor, community_id, wanted_label, desk) and returning the building
    the desk looks after as (id, label) or None (the module that knows buildings and guard desks);
    `actions` widgets it adds to another module's page, as (place, "module:Class") — the page asks
    `desktop.modules.actions(place)` and builds each with itself as the argument, so a later module
    serves an earlier one's page without the page importing it (places: see the pages that ask)."""

    name: str
    perms: tuple[Perm, ...] = ()
    models: tuple[str, ...] = ()
    pages: tuple[PageSpec, ...] = ()
    today_sections: tuple[TodaySpec, ...] = ()
    reports: tuple[ReportSpec, ...] = ()
    cli: str | None = None
    demo: str | None = None
    desk_building: str | None = None
    actions: tuple[tuple[str, str], ...] = ()
