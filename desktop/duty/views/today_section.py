"""今日 section: who is on duty now and next, and the alerts of the current and next shift."""

from __future__ import annotations

from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.duty import desk_service
from desktop.duty.desk_service import line as shift_line
from desktop.duty.views.desk_team import desk_team_id
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.qt import QLabel, QVBoxLayout, QWidget


class DutyTodaySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("DutyTodaySection")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        self.head = QLabel(self.tr("志愿值班"))
        self.head.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 13pt;")
        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet("font-size: 13pt; color: #b00020;")
        for w in (self.head, self.body, self.alerts):
            lay.addWidget(w)
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.DUTY_DESK)

    def refresh(self) -> None:
        team_id = desk_team_id(self.ctx)
        if team_id is None:
            self.body.setText(self.tr("还没有志愿服务队"))
            self.alerts.setText("")
            return
        info = call(self.ctx, self, lambda s: desk_service.desk_now(s, self.ctx.actor, team_id), status=self.body,
                    warn=False)
        if info is None:
            return
        lines = [self.tr("现在：") + ("；".join(shift_line(r) for r in info.now) or self.tr("没有班次")),
                 self.tr("下一班：") + ("；".join(shift_line(r) for r in info.next) or self.tr("今天没有了"))]
        self.body.setText("\n".join(lines))
        self.alerts.setText("\n".join(shown(a.text) for a in info.alerts))
