"""值班台: the guard desk in big type for a volunteer of about seventy — who is on now and next, his own
开始值班/结束值班 (a dead button says why), 代班 for a shift nobody started (named and asked first), the
round due now, the alerts of the current and next shift, the hand-over to acknowledge, the duty log and
the day's record one click away, and beside it the building's attention list without welfare status.

The rules are the services' (desk_service, attendance, rounds_service, log_service); this only shows
their answers and passes the presses on. Type size follows the machine's setting (desk_style)."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.clock import local_now, today, utcnow
from desktop.core.errors import UserError
from desktop.core.messages import labelled, shown
from desktop.duty import attendance, desk_service, log_service, rounds_service
from desktop.duty.desk_service import DeskAction, DeskNow
from desktop.duty.shifts_service import ShiftRow
from desktop.duty.views.day_record import DayRecordDialog
from desktop.duty.views.desk_log import LogDialog, LogViewer, entry_text, plain_label
from desktop.duty.views.desk_rounds import RoundsAlerts
from desktop.duty.views.desk_style import BigButton, is_dead, look_for, set_dead
from desktop.duty.views.desk_mine import MyShifts
from desktop.duty.views.desk_questions import DeskQuestions
from desktop.duty.views.requests_dialog import RequestDialog
from desktop.ui.actions import call, succeeds
from desktop.ui.context import AppContext
from desktop.ui.qt import (QApplication, QBoxLayout, QFrame, QHBoxLayout, QPushButton, QScrollArea, Qt,
                           QTimer, QVBoxLayout, QWidget, Signal)
from desktop.roster.views.today_section import RosterTodaySection

LONG_OVERTIME_MINUTES = 30   # ending later than this after the scheduled end asks "until now, or on time?"
MESSAGE_KEPT = timedelta(minutes=2)


def shift_line(r: ShiftRow) -> str:
    return shown(desk_service.line(r))


class GuardDeskView(DeskQuestions, QWidget):
    """Big, few buttons: for the volunteer at the desk."""

    request_made = Signal(str)          # a swap/cover request was sent (the team view shows it)

    def __init__(self, ctx: AppContext, team_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.look = look_for(ctx)
        self.info: DeskNow | None = None
        self._said_at = utcnow()
        self.setObjectName("GuardDesk")
        self.setStyleSheet(self.look.style)
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer.setContentsMargins(4, 4, 4, 4)
        self.duty = QWidget()
        left = QVBoxLayout(self.duty)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(self.look.pt(6))
        self.outer.addWidget(self.duty, 3)
        top = QHBoxLayout()
        self.clock = plain_label("", "deskClock")
        self.clock.setWordWrap(False)
        top.addWidget(self.clock)
        top.addStretch(1)
        self.record_button = QPushButton(self.tr("今日记录"))
        self.record_button.clicked.connect(self.open_record)
        self.log_view_button = QPushButton(self.tr("值班日志"))
        self.log_view_button.clicked.connect(self.open_log)
        self.log_button = QPushButton(self.tr("写日志"))
        self.log_button.clicked.connect(self.write_log)
        for b in (self.record_button, self.log_view_button, self.log_button):
            top.addWidget(b)
        left.addLayout(top)
        handover = QHBoxLayout()
        self.handover_label = plain_label("", "deskHandover")
        self.handover_button = QPushButton(self.tr("确认接班"))
        self.handover_button.clicked.connect(self.acknowledge_handover)
        handover.addWidget(self.handover_label, 1)
        handover.addWidget(self.handover_button)
        left.addLayout(handover)
        self.now_label = plain_label("")               # names are data: plain text, never markup
        left.addWidget(self.now_label)
        self.next_label = plain_label("")
        left.addWidget(self.next_label)
        buttons = QHBoxLayout()
        self.start_button = self._big("start", self.start_shift)
        self.end_button = self._big("end", self.end_shift)
        self.cover_now_button = self._big("cover", self.cover_shift)
        for b in (self.start_button, self.end_button, self.cover_now_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        self.rounds = RoundsAlerts()
        self.rounds.round_pressed.connect(self.check_round)
        left.addWidget(self.rounds)
        self.message = plain_label("", "deskMessage")
        left.addWidget(self.message)
        self.mine = MyShifts(ctx, team_id, self.look.text_pt)
        self.mine.said.connect(self.say)
        self.mine.request_made.connect(self.request_made)
        self.mine_label, self.cover_button, self.swap_button = self.mine.label, self.mine.cover_button, \
            self.mine.swap_button
        left.addWidget(self.mine)
        left.addStretch(1)
        self.side = self._roster_today()
        self.side_day = today()
        self.side_scroll: QScrollArea | None = None
        if self.side is not None:
            self.side_scroll = QScrollArea()
            self.side_scroll.setWidgetResizable(True)
            self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.side_scroll.setWidget(self.side)
            self.outer.addWidget(self.side_scroll, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _big(self, role: str, slot: object) -> BigButton:
        b = BigButton(role)
        b.clicked.connect(slot)
        return b

    def _arrange(self) -> None:
        """Side by side where the width allows the attention list a readable column; else (large type
        on a small screen) the attention list goes under the duty part, scrolling on its own."""
        if self.side_scroll is None:
            return
        wide = self.width() >= self.duty.minimumSizeHint().width() + self.look.pt(260)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
            self.outer.setStretchFactor(self.duty, 3 if wide else 0)
            self.outer.setStretchFactor(self.side_scroll, 2 if wide else 1)

    def resizeEvent(self, event: object) -> None:                  # noqa: N802 (Qt's name)
        self._arrange()
        super().resizeEvent(event)                                  # type: ignore[arg-type]

    def _roster_today(self) -> QWidget | None:
        if not RosterTodaySection.applies(self.ctx.actor):
            return None
        return RosterTodaySection(self.ctx, guard=True, scale=self.look.scale)

    # -- data -----------------------------------------------------------------------------------
    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts: the big button that is live now (开始值班 or 结束值班), else the first
        one shown; None when the desk shows none (no shift today)."""
        shown = [b for b in (self.start_button, self.end_button, self.cover_now_button) if b.isVisibleTo(self)]
        live = [b for b in shown if not is_dead(b)]
        return (live or shown or [None])[0]

    def refresh(self) -> None:
        self.clock.setText(f"{local_now():%m-%d %H:%M}")
        self._forget_old_message()
        if self.side is not None and self.side_day != today():       # past midnight: the new day's list
            self.side_day = today()
            self.side.refresh()
        if self.team_id is None:
            self.now_label.setText(self.tr("还没有志愿服务队：请社工先建立服务队和排班"))
            self.info = None
            self._show_actions()
            self.mine.load()
            return
        team_id = self.team_id
        info = call(self.ctx, self, lambda s: desk_service.open_desk(s, self.ctx.actor, team_id),
                    refused=self._refused)
        if info is None:
            return
        self.info = info
        now_lines = [self._with_state(r) for r in info.now] or [self.tr("现在没有班次")]
        self.now_label.setText(self.tr("现在　") + "\n　　　".join(now_lines))
        next_lines = [(f"{r.start:%m-%d} " if r.start.date() != info.at.date() else "")
                      + shift_line(r) for r in info.next] or [self.tr("今明两天没有下一班了")]
        self.next_label.setText(self.tr("下一班　") + "\n　　　　".join(next_lines))
        self._show_actions()
        self.rounds.show_info(info)
        self._show_handover()
        self.mine.load()
        self._arrange()

    def _show_actions(self) -> None:
        info = self.info
        start = info.start if info else DeskAction(None, False, self.tr("还没有志愿服务队"))
        end = info.end if info else DeskAction(None, False, self.tr("还没有志愿服务队"))
        self._action(self.start_button, self.tr("开始值班"), start)
        self._action(self.end_button, self.tr("结束值班"), end)
        covers = info.covers if info else []
        self.cover_now_button.setVisible(bool(covers))
        if covers:
            first = covers[0]
            who = first.member_name or self.tr("空缺")
            self.cover_now_button.set_texts(self.tr("代班"), f"{who} {first.start:%H:%M}" if len(covers) == 1
                                            else self.tr("%1 个班次").replace("%1", str(len(covers))))
        for b in (self.log_button, self.log_view_button, self.record_button):
            b.setEnabled(self.team_id is not None)

    def _action(self, button: BigButton, title: str, action: DeskAction) -> None:
        detail = shown(action.reason) if not action.available else (
            f"{action.shift.post_name} {action.shift.label}" if action.shift else "")
        button.set_texts(title, detail)
        set_dead(button, not action.available, shown(action.reason))

    def _show_handover(self) -> None:
        h = self.info.handover if self.info else None
        show = h is not None and self.info is not None and self.info.member_id is not None
        self.handover_label.setVisible(show)
        self.handover_button.setVisible(show)
        if show and h is not None:
            self.handover_label.setText(self.tr("上一班交接：") + entry_text(h))

    def _with_state(self, r: ShiftRow) -> str:
        if r.member_id is None:
            state = ""
        elif r.check_in_at is None:
            state = self.tr("未到岗") if r.status == "未到岗" else self.tr("还没开始")
        elif self.info is not None and r.end <= self.info.at and r.check_out_at is None:
            state = self.tr("已到岗，过了结束时间还没结束")
        else:
            state = self.tr("已到岗")
        return f"{shift_line(r)}　{state}".rstrip()

    def _refused(self, exc: UserError) -> None:
        self.say(shown(exc))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._said_at = utcnow()

    def _forget_old_message(self) -> None:
        """A message stays while it is news: a couple of minutes, not until the next press."""
        if self.message.text() and utcnow() - self._said_at > MESSAGE_KEPT:
            self.message.setText("")

    # -- actions --------------------------------------------------------------------------------
    def _dead(self, button: QPushButton, title: str, action: DeskAction | None) -> bool:
        """Pressing a dead button is not silent: the desk says why (and beeps)."""
        if action is not None and action.available and not is_dead(button):
            return False
        QApplication.beep()
        reason = shown(action.reason) if action is not None else self.tr("现在不能操作")
        self.say(labelled(title, reason))
        return True

    def start_shift(self) -> None:
        self.refresh()                                   # act on the board as it is now, not a minute ago
        action = self.info.start if self.info else None
        if self._dead(self.start_button, self.tr("开始值班"), action) or action is None or action.shift is None:
            return
        shift_id = action.shift.id
        result = call(self.ctx, self, lambda s: attendance.start_shift(s, self.ctx.actor, shift_id),
                      refused=self._refused)
        if result is None:
            return
        self.refresh()
        self.say(self.tr("%1：已开始值班（%2），%3").replace("%1", result.member_name)
                 .replace("%2", f"{action.shift.post_name} {action.shift.label}").replace("%3", shown(result.text)))

    def end_shift(self) -> None:
        self.refresh()
        action = self.info.end if self.info else None
        if self._dead(self.end_button, self.tr("结束值班"), action) or action is None or action.shift is None:
            return
        shift = action.shift
        scheduled = False
        overtime = (local_now().replace(tzinfo=None) - shift.end).total_seconds() / 60
        if overtime > LONG_OVERTIME_MINUTES:
            answer = self.ask_end(shift)
            if answer is None:
                return
            scheduled = answer == "scheduled"
        result = call(self.ctx, self, lambda s: attendance.end_shift(
            s, self.ctx.actor, shift.id, at_scheduled_end=scheduled), refused=self._refused)
        if result is None:
            return
        self.refresh()
        self.say(self.tr("%1：已结束值班（%2），%3，辛苦了").replace("%1", shift.member_name)
                 .replace("%2", f"{shift.post_name} {shift.label}").replace("%3", shown(result.text)))

    def cover_shift(self) -> None:
        self.refresh()
        covers = self.info.covers if self.info else []
        if not covers:
            self.say(self.tr("现在没有需要代班的班次"))
            return
        shift = self.choose_cover(covers)
        if shift is None or not self.ask_cover(shift):
            return
        result = call(self.ctx, self, lambda s: attendance.cover_shift(
            s, self.ctx.actor, shift.id, shift.member_id), refused=self._refused)
        if result is None:
            return
        self.refresh()
        whose = self.tr("代 %1 ").replace("%1", result.covered_name) if result.covered_name else ""
        self.say(self.tr("%1：已开始值班，%2值 %3，%4").replace("%1", result.member_name).replace("%2", whose)
                 .replace("%3", f"{shift.post_name} {shift.label}").replace("%4", shown(result.text)))

    def check_round(self, row: rounds_service.RoundRow) -> None:
        def refused(exc: UserError) -> None:
            self.refresh()
            self.say(shown(exc))
        if not succeeds(self.ctx, self, lambda s: rounds_service.check_round(s, self.ctx.actor, row.post_id, row.due),
                        refused=refused):
            return
        self.refresh()
        self.say(self.tr("%1 的巡查已打卡").replace("%1", row.label))

    def acknowledge_handover(self) -> None:
        h = self.info.handover if self.info else None
        if h is None:
            return
        if not succeeds(self.ctx, self, lambda s: log_service.ack_handover(s, self.ctx.actor, h.id),
                        refused=self._refused):
            return
        self.refresh()
        self.say(self.tr("已确认接班：%1 的交接").replace("%1", h.author))

    @property
    def my_shifts(self) -> list[ShiftRow]:
        return self.mine.shifts

    def request_dialog(self, kind: str) -> RequestDialog | None:
        return self.mine.request_dialog(kind)

    def log_dialog(self, kind: str = "") -> LogDialog:
        return LogDialog(self, save=lambda k, text: "" if self.save_log(k, text) else self.message.text(),
                         look=self.look, kind=kind)

    def write_log(self) -> None:
        self.log_dialog().exec()

    def save_log(self, kind: str, text: str) -> bool:
        if self.team_id is None:
            return False
        team_id = self.team_id
        if not succeeds(self.ctx, self, lambda s: log_service.add_log(s, self.ctx.actor, team_id, kind, text),
                        refused=self._refused):
            return False
        self.say(self.tr("值班日志已保存"))
        return True

    def log_viewer(self) -> LogViewer | None:
        return LogViewer(self.ctx, self.team_id, self.look, self) if self.team_id else None

    def open_log(self) -> None:
        viewer = self.log_viewer()
        if viewer is not None:
            viewer.exec()
            self.refresh()

    def day_record(self) -> DayRecordDialog | None:
        return DayRecordDialog(self.ctx, self.team_id, self.look, self) if self.team_id else None

    def open_record(self) -> None:
        dialog = self.day_record()
        if dialog is not None:
            dialog.exec()
            self.refresh()
