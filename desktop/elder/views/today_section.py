"""The elder centre's part of the 今日 page: today's arrivals and lunches, overdue home visits,
this month's birthdays."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.core.messages import aside, shown, word
from desktop.core.roles import Perm
from desktop.core.security import Actor
from desktop.elder import birthdays, checkin_service, visits
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.qt import QFont, QFrame, QLabel, QVBoxLayout, QWidget

MAX_ITEMS = 12

_STYLE = """
QFrame#elderBlock { border: 2px solid #444444; border-radius: 6px; background: #ffffff; }
QLabel#elderHeading { color: #000000; }
QLabel { color: #111111; }
"""


class ElderTodaySection(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, on: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on = on
        self.setStyleSheet(_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(12)
        self.arrivals = self.lunches = 0
        self.overdue: list[visits.VisitDue] = []
        self.birthdays: list[birthdays.BirthdayRow] = []
        self.refresh()

    @classmethod
    def applies(cls, actor: Actor) -> bool:
        return actor.can(Perm.ELDER_VIEW)

    def refresh(self) -> None:
        while self._layout.count():
            w = self._layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        on = self.on or today()
        got = call(self.ctx, self, lambda s: (
            checkin_service.today_list(s, self.ctx.actor, on), visits.overdue_visits(s, self.ctx.actor, on),
            birthdays.month_birthdays(s, self.ctx.actor, on.year, on.month)),
            refused=lambda exc: self._layout.addWidget(QLabel(shown(exc))))
        if got is None:
            return
        day, self.overdue, self.birthdays = got
        self.arrivals, self.lunches = day.arrivals, day.lunches
        self._block(self.tr("养老中心 今日"), [self.tr("到达 %1 人 · 午餐 %2 份").replace("%1", str(day.arrivals))
                                             .replace("%2", str(day.lunches))])
        overdue = self.tr("逾期 %1 天")
        lines = [f"{v.name}{aside(word(v.category))}{overdue.replace('%1', str(v.overdue_days))}　{v.address}　{v.phone}"
                 for v in self.overdue]
        self._block(self.tr("探访逾期 %1 位").replace("%1", str(len(self.overdue))), lines or [self.tr("没有逾期的探访")])
        age, lunar = self.tr("%1 岁"), self.tr("（农历）")
        lines = [f"{b.solar_date:%m-%d}　{b.name}　{age.replace('%1', str(b.age))}" + (lunar if b.lunar else "")
                 for b in self.birthdays]
        self._block(self.tr("本月生日 %1 位").replace("%1", str(len(self.birthdays))),
                    lines or [self.tr("本月没有会员过生日")])
        self._layout.addStretch(1)

    def _block(self, heading: str, lines: list[str]) -> None:
        frame = QFrame()
        frame.setObjectName("elderBlock")
        lay = QVBoxLayout(frame)
        h = QLabel(heading)
        h.setObjectName("elderHeading")
        f = QFont()
        f.setPointSize(18)
        f.setBold(True)
        h.setFont(f)
        lay.addWidget(h)
        body = QFont()
        body.setPointSize(14)
        for line in lines[:MAX_ITEMS]:
            lab = QLabel(line)
            lab.setFont(body)
            lay.addWidget(lab)
        if len(lines) > MAX_ITEMS:
            more = QLabel(self.tr("……另有 %1 条").replace("%1", str(len(lines) - MAX_ITEMS)))
            more.setFont(body)
            lay.addWidget(more)
        self._layout.addWidget(frame)
