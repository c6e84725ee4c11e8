"""值班台: the guard desk in big type — who is on now and next, 开始值班/结束值班, patrol round
buttons, 写值班日志, missed rounds and no-shows, and the building's attention notes."""

from __future__ import annotations

from datetime import datetime

from desktop.core.clock import local_now
from desktop.core.errors import UserError
from desktop.duty import desk_service
from desktop.duty.models import LOG_KINDS
from desktop.duty.shifts_service import ShiftRow
from desktop.ui.context import AppContext
from desktop.duty.views.requests_dialog import COVER, SWAP, RequestDialog, my_open_shifts, shift_text
from desktop.ui.qt import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox,
                           QPlainTextEdit, QPushButton, QScrollArea, QTimer, QVBoxLayout, QWidget, Signal)

BIG_PT = 22
TEXT_PT = 18
STYLE = f"""
QLabel {{ font-size: {TEXT_PT}pt; }}
QLabel#deskClock {{ font-size: 30pt; font-weight: bold; }}
QLabel#deskHead {{ font-size: {BIG_PT}pt; font-weight: bold; color: #1d4e89; }}
QLabel#deskAlert {{ font-size: {TEXT_PT}pt; color: #b00020; font-weight: bold; }}
QPushButton {{ font-size: {BIG_PT}pt; padding: 14px 26px; min-height: 56px; }}
QPushButton#deskStart {{ background: #2e7d32; color: white; }}
QPushButton#deskEnd {{ background: #c62828; color: white; }}
QPlainTextEdit {{ font-size: {TEXT_PT}pt; }}
"""


def shift_line(r: ShiftRow) -> str:
    return f"{r.post_name}　{r.start:%H:%M}–{r.end:%H:%M}　{r.member_name or '（空缺）'}"


class LogDialog(QDialog):
    """写值班日志: pick a kind with one big button, write, save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("写值班日志"))
        big = self.font()
        big.setPointSize(TEXT_PT)
        self.setFont(big)
        self.setStyleSheet(STYLE)
        self.kind = LOG_KINDS[0]
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind in LOG_KINDS:
            b = QPushButton(self.tr(kind))
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            row.addWidget(b)
            self.kind_buttons[kind] = b
        lay.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("写下看到的情况和处理结果"))
        lay.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.set_kind(self.kind)
        self.resize(760, 420)
        self.text.setFocus()

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for k, b in self.kind_buttons.items():
            b.setChecked(k == kind)


class GuardDeskView(QWidget):
    """Big, few buttons: for the volunteer at the desk."""

    request_made = Signal(str)          # a swap/cover request was sent (the team view shows it)

    def __init__(self, ctx: AppContext, team_id: str | None, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.fixed_now = now
        self.info: desk_service.DeskNow | None = None
        self.my_shifts: list[ShiftRow] = []
        self.setObjectName("GuardDesk")
        big = self.font()
        big.setPointSize(TEXT_PT)         # children inherit it; the style sheet makes buttons bigger still
        self.setFont(big)
        self.setStyleSheet(STYLE)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        self.clock = QLabel()
        self.clock.setObjectName("deskClock")
        left.addWidget(self.clock)
        self.now_head = self._head(left, self.tr("现在值班"))
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        left.addWidget(self.now_label)
        self.next_head = self._head(left, self.tr("下一班"))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        left.addWidget(self.next_label)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("开始值班"))
        self.start_button.setObjectName("deskStart")
        self.start_button.clicked.connect(self.start_shift)
        self.end_button = QPushButton(self.tr("结束值班"))
        self.end_button.setObjectName("deskEnd")
        self.end_button.clicked.connect(self.end_shift)
        self.log_button = QPushButton(self.tr("写值班日志"))
        self.log_button.clicked.connect(self.write_log)
        for b in (self.start_button, self.end_button, self.log_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        self.mine_head = self._head(left, self.tr("我的班次"))
        self.mine_label = QLabel()
        self.mine_label.setWordWrap(True)
        left.addWidget(self.mine_label)
        mine = QHBoxLayout()
        self.cover_button = QPushButton(self.tr("请人代班…"))
        self.cover_button.clicked.connect(lambda: self.ask_request(COVER))
        self.swap_button = QPushButton(self.tr("换班…"))
        self.swap_button.clicked.connect(lambda: self.ask_request(SWAP))
        mine.addWidget(self.cover_button)
        mine.addWidget(self.swap_button)
        mine.addStretch(1)
        left.addLayout(mine)
        for w in (self.mine_head, self.mine_label, self.cover_button, self.swap_button):
            w.hide()                        # shown by _load_mine for a member of the team
        self._head(left, self.tr("巡楼打卡"))
        self.rounds_box = QHBoxLayout()
        left.addLayout(self.rounds_box)
        self.alerts = QLabel()
        self.alerts.setObjectName("deskAlert")
        self.alerts.setWordWrap(True)
        left.addWidget(self.alerts)
        self.message = QLabel()
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        left.addStretch(1)
        self.side = self._roster_today()
        if self.side is not None:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self.side)
            outer.addWidget(scroll, 2)
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _head(self, lay: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("deskHead")
        lay.addWidget(label)
        return label

    def _roster_today(self) -> QWidget | None:
        try:
            from desktop.roster.views.today_section import RosterTodaySection
        except ImportError:
            return None
        if not RosterTodaySection.applies(self.ctx.actor):
            return None
        return RosterTodaySection(self.ctx)

    def _now(self) -> datetime | None:
        return self.fixed_now

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        local = self.fixed_now.astimezone(local_now().tzinfo) if self.fixed_now else local_now()
        self.clock.setText(f"{local:%Y-%m-%d　%H:%M}")
        if self.team_id is None:
            self.now_label.setText(self.tr("还没有志愿服务队：请社工先建立服务队和排班"))
            for b in (self.start_button, self.end_button, self.log_button):
                b.setEnabled(False)
            self._load_mine()
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                self.info = desk_service.desk_now(s, self.ctx.actor, self.team_id, now=self._now())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        info = self.info
        self.now_label.setText("\n".join(self._with_state(r) for r in info.now) or self.tr("现在没有班次"))
        self.next_label.setText("\n".join(shift_line(r) for r in info.next) or self.tr("今天没有下一班了"))
        target = self._target()
        self.start_button.setEnabled(target is not None and target.check_in_at is None)
        self.end_button.setEnabled(target is not None and target.check_in_at is not None)
        while self.rounds_box.count():
            w = self.rounds_box.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        open_rounds = [r for r in info.rounds if r.state in (desk_service.PENDING, desk_service.MISSED)]
        for r in open_rounds:
            b = QPushButton(self.tr("%1 %2 打卡").replace("%1", r.post_name).replace("%2", f"{r.due:%H:%M}"))
            b.clicked.connect(lambda _=False, row=r: self.check_round(row))
            self.rounds_box.addWidget(b)
        if not open_rounds:
            done = sum(1 for r in info.rounds if r.state in (desk_service.DONE, desk_service.LATE_DONE))
            label = QLabel(self.tr("现在没有要打卡的巡楼（今天已巡 %1 次）").replace("%1", str(done)))
            self.rounds_box.addWidget(label)
        alerts = [self.tr("漏巡：%1 %2").replace("%1", r.post_name).replace("%2", f"{r.due:%H:%M}")
                  for r in info.missed_rounds]
        alerts += [self.tr("未到岗：%1").replace("%1", shift_line(r)) for r in info.no_shows]
        self.alerts.setText("\n".join(alerts))
        self._load_mine()

    def _load_mine(self) -> None:
        """The signed-in volunteer's own shifts still to come, for 请人代班 / 换班."""
        try:
            mine = my_open_shifts(self.ctx, self.team_id, self._now()) if self.team_id else None
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.my_shifts = mine or []
        for w in (self.mine_head, self.mine_label, self.cover_button, self.swap_button):
            w.setVisible(mine is not None)          # only for a member of the team
        if self.my_shifts:
            more = len(self.my_shifts) - 1
            self.mine_label.setText(self.tr("下一个：%1").replace("%1", shift_text(self.my_shifts[0]))
                                    + (self.tr("（之后还有 %1 个）").replace("%1", str(more)) if more else ""))
        else:
            self.mine_label.setText(self.tr("近四周没有排到我的班次"))
        for b in (self.cover_button, self.swap_button):
            b.setEnabled(bool(self.my_shifts))

    def _with_state(self, r: ShiftRow) -> str:
        state = self.tr("已到岗") if r.check_in_at else self.tr("未到岗")
        return f"{shift_line(r)}　{state}"

    def _target(self) -> ShiftRow | None:
        """My shift; at a shared desk the shift on now (or about to start) that is not yet over."""
        if self.info is None:
            return None
        if self.info.mine is not None:
            return self.info.mine
        for r in self.info.now:
            if r.check_out_at is None:
                return r
        return None

    # -- actions --------------------------------------------------------------------------------
    def start_shift(self) -> None:
        target = self._target()
        if target is None:
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                result = desk_service.start_shift(s, self.ctx.actor, target.id, now=self._now())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("%1：已开始值班，%2").replace("%1", target.member_name)
                             .replace("%2", self.tr(result.text)))
        self.refresh()

    def end_shift(self) -> None:
        target = self._target()
        if target is None:
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                desk_service.end_shift(s, self.ctx.actor, target.id, now=self._now())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("%1：已结束值班，辛苦了").replace("%1", target.member_name))
        self.refresh()

    def check_round(self, row: desk_service.RoundRow) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                done = desk_service.check_round(s, self.ctx.actor, row.post_id, row.due, now=self._now())
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("%1 巡楼已打卡（%2）").replace("%1", f"{row.due:%H:%M}")
                             .replace("%2", self.tr(done.state)))
        self.refresh()

    def request_dialog(self, kind: str) -> RequestDialog | None:
        if not self.my_shifts or self.team_id is None:
            self.message.setText(self.tr("近四周没有排到我的班次"))
            return None
        return RequestDialog(self.ctx, self.team_id, self.my_shifts, kind, self, now=self._now(),
                             font_pt=TEXT_PT)

    def ask_request(self, kind: str) -> None:
        dialog = self.request_dialog(kind)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted and dialog.request_id:
            self.message.setText(self.tr("%1申请已提交，等队长或社工批准").replace("%1", self.tr(dialog.kind)))
            self.request_made.emit(dialog.request_id)

    def write_log(self) -> None:
        dialog = LogDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.save_log(dialog.kind, dialog.text.toPlainText())

    def save_log(self, kind: str, text: str) -> bool:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                desk_service.add_log(s, self.ctx.actor, self.team_id or "", kind, text, at=self._now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("提示"), exc.message)
            return False
        self.message.setText(self.tr("值班日志已保存"))
        return True

