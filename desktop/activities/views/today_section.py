"""The activities' part of the 今日 page: today's activities with their time, place and numbers."""

from __future__ import annotations

from datetime import date

from desktop.activities import activity_service as svc
from desktop.core.clock import to_local, today
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.qt import QFont, QLabel, Qt, QVBoxLayout, QWidget

ITEM_PT = 16
HEADING_PT = 20


class ActivitiesTodaySection(QWidget):
    """今日活动: what is on today (in the desk's community when it has one)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on = on
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self.heading = QLabel(self.tr("今日活动"))
        f = QFont(self.font())
        f.setPointSize(HEADING_PT)
        f.setBold(True)
        self.heading.setFont(f)
        self._layout.addWidget(self.heading)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        bf = QFont(self.font())
        bf.setPointSize(ITEM_PT)
        self.body.setFont(bf)
        self._layout.addWidget(self.body)
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.ACTIVITY_VIEW)

    def refresh(self) -> None:
        day = self.on or today()
        rows = call(self.ctx, self, lambda s: svc.list_activities(s, self.ctx.actor, day, day, include_cancelled=False,
                                                                  community_id=self.ctx.community_id),
                    status=self.body, warn=False)
        if rows is None:
            return
        if not rows:
            self.body.setText(self.tr("今天没有安排活动。"))
            return
        lines = []
        for r in rows:
            a, b = to_local(r.starts_at), to_local(r.ends_at)
            cap = f"{r.enrolled}/{r.capacity}" if r.capacity else str(r.enrolled)
            lines.append(self.tr("%1–%2　%3　%4　报名 %5　已签到 %6").replace("%1", f"{a:%H:%M}")
                         .replace("%2", f"{b:%H:%M}").replace("%3", r.title).replace("%4", r.room_name or r.place)
                         .replace("%5", cap).replace("%6", str(r.attended)))
        self.body.setText("\n".join(lines))
