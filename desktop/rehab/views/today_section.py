"""The rehab worker's part of 今日: reports to the police waiting to be sent (《戒毒条例》第二十一条), follow-ups
due this week and overdue, and the other statute reminders.

Only aliases or masked names are shown; the section is built only for users who may see cases.
"""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.core.messages import aside, labelled, marked, shown, word
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.rehab import followup_service as fu
from desktop.rehab import police_reports, statute
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.qt import QFont, QFrame, QLabel, QVBoxLayout, QWidget

MAX_ITEMS = 20


class RehabTodaySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on = on
        layout = QVBoxLayout(self)
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.frame)
        self.heading = QLabel(self.tr("戒毒康复：本周到期和逾期的随访"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.heading.setFont(big)
        inner.addWidget(self.heading)
        self.body = QLabel()
        self.body.setWordWrap(True)
        mid = QFont(self.font())
        mid.setPointSizeF(mid.pointSizeF() * 1.2)
        self.body.setFont(mid)
        inner.addWidget(self.body)
        layout.addWidget(self.frame)
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.REHAB_VIEW)

    def refresh(self) -> None:
        on = self.on or today()
        got = call(self.ctx, self, lambda s: (
            police_reports.sweep(s, self.ctx.actor, on=on),              # a 报到 deadline that passed today
            fu.due_followups(s, self.ctx.actor, on=on), statute.statute_alerts(s, self.ctx.actor, on=on)),
            status=self.body, warn=False)
        if got is None:
            return
        _, due, alerts = got
        lines = []
        report = [a for a in alerts if a.report_id]
        alerts = [a for a in alerts if not a.report_id]
        if report:
            lines.append(self.tr("须向公安机关报告 %1 件（《戒毒条例》第二十一条）：").replace("%1", str(len(report))))
            lines += [f"　{marked(word(a.level))}{labelled(a.label, shown(a.message))}" for a in report[:MAX_ITEMS]]
        overdue = [r for r in due if r.overdue_days]
        soon = [r for r in due if not r.overdue_days]
        if overdue:
            lines.append(self.tr("逾期 %1 个：").replace("%1", str(len(overdue))))
            lines += [self.tr("　%1　%2（%3，逾期 %4 天）").replace("%1", r.label).replace("%2", self.tr(r.what))
                      .replace("%3", r.due.isoformat()).replace("%4", str(r.overdue_days)) for r in overdue[:MAX_ITEMS]]
        if soon:
            lines.append(self.tr("本周到期 %1 个：").replace("%1", str(len(soon))))
            lines += [f"　{r.label}　{self.tr(r.what)}{aside(r.due.isoformat())}" for r in soon[:MAX_ITEMS]]
        if alerts:
            lines.append(self.tr("法定提醒 %1 条：").replace("%1", str(len(alerts))))
            lines += [f"　{marked(word(a.level))}{labelled(a.label, shown(a.message))}" for a in alerts[:MAX_ITEMS]]
        self.body.setText("\n".join(lines) or self.tr("本周没有到期的随访，也没有法定提醒。"))
        self.setVisible(True)
