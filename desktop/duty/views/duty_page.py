"""志愿值班: the guard desk for volunteers (and at `--desk guard`), the calendar for coordinators."""

from __future__ import annotations

from desktop.core.roles import Perm, Role
from desktop.duty.views.calendar_view import CalendarView
from desktop.duty.views.desk_team import desk_team_id
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.duty.views.team_view import TeamView
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.qt import QTabWidget, QVBoxLayout, QWidget


def is_guard(ctx: AppContext) -> bool:
    return ctx.desk == "guard" or ctx.actor.role == Role.DUTY_VOLUNTEER


class DutyPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        self.desk: GuardDeskView | None = None
        self.calendar: CalendarView | None = None
        self.team: TeamView | None = None
        team_id = desk_team_id(ctx)
        if is_guard(ctx) and ctx.actor.can(Perm.DUTY_DESK):
            self.desk = GuardDeskView(ctx, team_id, self)
            lay.addWidget(self.desk)
            return
        self.tabs = QTabWidget(self)
        self.calendar = CalendarView(ctx, self.tabs)
        self.tabs.addTab(self.calendar, self.tr("排班日历"))
        self.team = TeamView(ctx, self.calendar.team_id, self.tabs)
        self.tabs.addTab(self.team, self.tr("队员·时长·经费"))
        self.calendar.team_box.currentIndexChanged.connect(lambda _i: self.team.set_team(self.calendar.team_id))
        self.calendar.request_made.connect(lambda _id: self.team.refresh())
        if ctx.actor.can(Perm.DUTY_DESK):
            self.desk = GuardDeskView(ctx, team_id, self.tabs)
            self.tabs.addTab(self.desk, self.tr("值班台"))
            self.desk.request_made.connect(lambda _id: self.team.refresh())
        lay.addWidget(self.tabs)

    def first_focus(self) -> QWidget | None:
        """The guard desk's live button where the desk is the page; else the calendar's own first field."""
        if self.desk is not None and (self.calendar is None or self.tabs.currentWidget() is self.desk):
            return self.desk.first_focus()
        return None

    def refresh(self) -> None:
        if self.calendar is not None:
            self.calendar.refresh()
        if self.team is not None:
            self.team.refresh()
        if self.desk is not None:
            self.desk.refresh()
