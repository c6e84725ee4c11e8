"""The guard desk's rounds and alerts: a button only for the round due now (named by its post), the
alerts of the current and next shift — a few lines, the rest counted — and the way to the day's record."""

from __future__ import annotations

from desktop.core.messages import shown
from desktop.duty.desk_service import Alert, DeskNow
from desktop.duty.rounds_service import DONE, LATE_DONE, MISSED, RoundRow
from desktop.ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget, Signal

MAX_ALERTS = 3               # lines on the desk; the day's record has them all


class RoundsAlerts(QWidget):
    round_pressed = Signal(object)          # the RoundRow whose button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.head = QLabel(self.tr("巡查打卡"))
        self.head.setObjectName("deskHead")
        self.buttons_row = QHBoxLayout()
        self.round_buttons: list[QPushButton] = []
        self.none_label = QLabel()
        self.none_label.setTextFormat(Qt.TextFormat.PlainText)
        self.none_label.setWordWrap(True)
        self.buttons_row.addWidget(self.none_label, 1)
        top = QHBoxLayout()
        top.addWidget(self.head)
        top.addLayout(self.buttons_row, 1)
        lay.addLayout(top)
        self.alerts = QLabel()
        self.alerts.setTextFormat(Qt.TextFormat.PlainText)          # names are data, never markup
        self.alerts.setObjectName("deskAlert")
        self.alerts.setWordWrap(True)
        lay.addWidget(self.alerts)
        self.shown_alerts: list[Alert] = []

    def show_info(self, info: DeskNow) -> None:
        for b in self.round_buttons:
            self.buttons_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.round_buttons = []
        for r in info.due_rounds:
            b = QPushButton(self.tr("%1 巡查打卡").replace("%1", r.label))
            b.setObjectName("deskRound")
            b.clicked.connect(lambda _=False, row=r: self.round_pressed.emit(row))
            self.buttons_row.insertWidget(self.buttons_row.count() - 1, b)
            self.round_buttons.append(b)
        done = sum(1 for r in info.rounds if r.state in (DONE, LATE_DONE))
        missed = sum(1 for r in info.rounds if r.state == MISSED)
        if self.round_buttons:
            self.none_label.setText("")
        else:
            coming = next((r for r in info.rounds if r.due > info.at and r.state not in (DONE, LATE_DONE)), None)
            text = self.tr("现在没有要打卡的巡查")
            if coming is not None:
                text += self.tr("，下一次 %1").replace("%1", coming.label)
            self.none_label.setText(text + self.tr("（今天已巡 %1 次，漏巡 %2 次）")
                                    .replace("%1", str(done)).replace("%2", str(missed)))
        self.shown_alerts = info.alerts[:MAX_ALERTS]
        lines = [shown(a.text) for a in self.shown_alerts]
        if len(info.alerts) > MAX_ALERTS:
            lines.append(self.tr("……还有 %1 条，请看“今日记录”").replace("%1", str(len(info.alerts) - MAX_ALERTS)))
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(lines))

    def round_button(self, row: RoundRow) -> QPushButton | None:
        return next((b for b in self.round_buttons if row.label in b.text()), None)
