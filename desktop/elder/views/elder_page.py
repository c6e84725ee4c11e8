"""养老中心: reception check-in (first at the reception desk), members and the centre's other tabs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.roles import Perm
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.qt import QTabWidget, QVBoxLayout, QWidget
from desktop.elder.views.members_tab import MembersTab
from desktop.elder.views.reception import ReceptionView


class ElderPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.reception = None
        if ctx.actor.can(Perm.ELDER_CHECKIN):
            self.reception = ReceptionView(ctx)
            self.tabs.addTab(self.reception, self.tr("前台签到"))
        self.members = MembersTab(ctx)
        self.tabs.addTab(self.members, self.tr("会员"))
        for module, cls, label, perm in _MORE_TABS:
            if not ctx.actor.can(perm):
                continue
            mod = __import__(module, fromlist=[cls])
            self.tabs.addTab(getattr(mod, cls)(ctx), self.tr(label))
        # The reception desk opens on the check-in view; elsewhere the member list comes first.
        self.tabs.setCurrentWidget(self.reception if ctx.desk == "reception" and self.reception else self.members)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        w = self.tabs.currentWidget()
        if hasattr(w, "refresh"):
            w.refresh()


# Further tabs: (module, class, label, permission).
_MORE_TABS: list[tuple[str, str, str, Perm]] = [
    ("desktop.elder.views.tabs", "RoomsTab", QT_TRANSLATE_NOOP("ElderPage", "功能室"), Perm.ACTIVITY_VIEW),
    ("desktop.elder.views.tabs", "ServicesTab", QT_TRANSLATE_NOOP("ElderPage", "服务记录"), Perm.ELDER_VIEW),
    ("desktop.elder.views.tabs", "BirthdaysTab", QT_TRANSLATE_NOOP("ElderPage", "生日会"), Perm.ELDER_VIEW),
    ("desktop.elder.views.tabs", "VisitsTab", QT_TRANSLATE_NOOP("ElderPage", "探访"), Perm.ELDER_VIEW),
]
