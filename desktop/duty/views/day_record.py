"""今日记录: the day at the desk in full — every shift with who started it and when, every round, the
whole duty log — and, for the captain, the 补记 of a missed round and the hours of 未签退 shifts, each
with a reason (both on the audit trail)."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import to_local, today
from desktop.duty import attendance, desk_service, rounds_service
from desktop.duty.desk_service import DayRecord, OpenHours
from desktop.core.messages import msg, shown, word
from desktop.duty.models import UNCLOSED
from desktop.duty.rounds_service import MISSED, RoundRow
from desktop.duty.shifts_service import DONE, ShiftRow
from desktop.duty.views.desk_log import entry_text, plain_label
from desktop.duty.views.desk_style import DeskLook
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.ui.qt import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton,
                           QScrollArea, QVBoxLayout, QWidget)


def _hm(moment: object) -> str:
    return f"{to_local(moment):%H:%M}" if moment is not None else ""   # type: ignore[arg-type]


def shift_state(r: ShiftRow) -> str:
    """已完成 08:02–12:05 / 值班中（08:02 开始）/ 未到岗 / 未签退（按 21:30 结束）, with 代班 and who started it;
    in the window's language."""
    if r.member_id is None:
        text = word("空缺")
    elif r.check_in_at is None:
        text = word(r.status)
    elif r.check_out_at is None:
        text = shown(msg("值班中（{start} 开始）", start=_hm(r.check_in_at)))
    elif r.checkout_state == UNCLOSED:
        text = shown(msg("未签退（{start} 开始，按 {end} 结束，待队长确认）", start=_hm(r.check_in_at),
                         end=f"{r.end:%H:%M}"))
    else:
        text = shown(msg("{state} {start}–{end}", state=word(r.checkout_state or DONE), start=_hm(r.check_in_at),
                         end=_hm(r.check_out_at)))
    if r.late_minutes and r.late_minutes > 10 and r.check_in_at is not None:
        text += shown(msg("，迟到 {minutes} 分钟", minutes=r.late_minutes))
    if r.covered_name:
        text += shown(msg("，代 {name} 值班", name=r.covered_name))
    if r.check_in_at is not None and r.checked_in_by and r.checked_in_by != r.member_name:
        text += shown(msg("（由 {name} 登记）", name=r.checked_in_by))
    return text


def round_state(r: RoundRow) -> str:
    if r.state == rounds_service.DONE:
        return shown(msg("已巡 {at} {by}", at=_hm(r.done_at), by=r.by))
    if r.state == rounds_service.LATE_DONE:
        return shown(msg("补记（{by}：{note}）", by=r.by, note=r.note))
    return word(r.state)


class DayRecordDialog(QDialog):
    def __init__(self, ctx: AppContext, team_id: str, look: DeskLook, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.day = day or today()
        self.record: DayRecord | None = None
        self.setWindowTitle(self.tr("今日记录"))
        self.setStyleSheet(look.style)
        lay = QVBoxLayout(self)
        self.message = plain_label("", "deskMessage")
        lay.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.lines = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        lay.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        lay.addWidget(close)
        self.action_buttons: dict[str, QPushButton] = {}
        self.resize(look.dialog_size(22, 14))
        self.refresh()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        team_id, day = self.team_id, self.day
        record = call(self.ctx, self, lambda s: desk_service.day_record(s, self.ctx.actor, team_id, day),
                      status=self.message, warn=False)
        if record is None:
            return
        self.record = record
        rec = self.record
        while self.lines.count():
            item = self.lines.takeAt(0)
            w = item.widget()
            if w is not None:
                w.hide()
                w.deleteLater()
            elif item.layout() is not None:
                self._drop(item.layout())
        self.action_buttons = {}
        self._head(self.tr("%1 的班次").replace("%1", self.day.isoformat()))
        for r in rec.shifts:
            self.lines.addWidget(plain_label(f"{r.post_name} {r.label} {r.member_name or '（空缺）'}　{shift_state(r)}"))
        if not rec.shifts:
            self.lines.addWidget(plain_label(self.tr("这一天没有排班")))
        self._head(self.tr("巡查"))
        for r in rec.rounds:
            act = (lambda _=False, row=r: self.enter_round(row)) if rec.can_confirm and r.state == MISSED else None
            self._line(f"{r.label}　{round_state(r)}", f"round:{r.label}", self.tr("补记…"), act)
        if not rec.rounds:
            self.lines.addWidget(plain_label(self.tr("这一天没有巡查")))
        if rec.can_confirm:
            self._head(self.tr("待确认的未签退班次（%1）").replace("%1", str(len(rec.to_confirm))))
            for h in rec.to_confirm:
                self._line(shown(h.text), f"hours:{h.shift_id}", self.tr("确认时长…"),
                           lambda _=False, row=h: self.confirm_hours(row))
        self._head(self.tr("值班日志（%1 条）").replace("%1", str(len(rec.log))))
        for e in rec.log:
            self.lines.addWidget(plain_label(entry_text(e)))
        self.lines.addStretch(1)

    def _drop(self, layout: object) -> None:
        while layout.count():                                   # type: ignore[attr-defined]
            w = layout.takeAt(0).widget()                       # type: ignore[attr-defined]
            if w is not None:
                w.hide()
                w.deleteLater()

    def _head(self, text: str) -> None:
        self.lines.addWidget(plain_label(text, "deskHead"))

    def _line(self, text: str, key: str, button_text: str, action: object) -> None:
        row = QHBoxLayout()
        row.addWidget(plain_label(text), 1)
        if action is not None:
            b = QPushButton(button_text)
            b.clicked.connect(action)
            row.addWidget(b)
            self.action_buttons[key] = b
        self.lines.addLayout(row)

    def texts(self) -> list[str]:
        return [w.text() for w in self.body.findChildren(QLabel)]

    # -- the captain's actions ----------------------------------------------------------------------
    def ask_reason(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None

    def enter_round(self, row: RoundRow, reason: str | None = None) -> bool:
        if reason is None:
            reason = self.ask_reason(self.tr("补记巡查"), self.tr("%1 的巡查确实巡过？请写明原因：")
                                     .replace("%1", row.label))
            if reason is None:
                return False
        if not succeeds(self.ctx, self, lambda s: rounds_service.enter_missed_round(
                s, self.ctx.actor, row.post_id, row.due, reason), status=self.message, warn=False):
            return False
        self.message.setText(self.tr("已补记 %1 的巡查").replace("%1", row.label))
        self.refresh()
        return True

    def confirm_hours(self, row: OpenHours, reason: str | None = None) -> bool:
        if reason is None:
            reason = self.ask_reason(self.tr("确认时长"), self.tr("%1\n按排班结束时间计时长，请写明依据：")
                                     .replace("%1", shown(row.text)))
            if reason is None:
                return False
        if not succeeds(self.ctx, self, lambda s: attendance.confirm_hours(s, self.ctx.actor, row.shift_id, reason),
                        status=self.message, warn=False):
            return False
        self.message.setText(self.tr("已确认 %1 的时长").replace("%1", row.member_name))
        self.refresh()
        return True
