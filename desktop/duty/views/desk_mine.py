"""我的班次 on the guard desk: the signed-in volunteer's next shift, and 请人代班 / 换班 for his shifts to
come (the request waits for the captain or the coordinator)."""

from __future__ import annotations

from desktop.core.errors import UserError
from desktop.core.messages import shown, word
from desktop.duty.shifts_service import ShiftRow
from desktop.duty.views.requests_dialog import COVER, SWAP, RequestDialog, my_open_shifts, shift_text
from desktop.ui.context import AppContext
from desktop.ui.qt import QDialog, QHBoxLayout, QLabel, QPushButton, Qt, QWidget, Signal


class MyShifts(QWidget):
    request_made = Signal(str)          # a swap/cover request was sent
    said = Signal(str)                  # what to tell the volunteer

    def __init__(self, ctx: AppContext, team_id: str | None, font_pt: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.font_pt = font_pt
        self.shifts: list[ShiftRow] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.cover_button = QPushButton(self.tr("请人代班…"))
        self.cover_button.clicked.connect(lambda: self.ask_request(COVER))
        self.swap_button = QPushButton(self.tr("换班…"))
        self.swap_button.clicked.connect(lambda: self.ask_request(SWAP))
        row.addWidget(self.label, 1)
        row.addWidget(self.cover_button)
        row.addWidget(self.swap_button)
        self.hide()                                 # shown by load() for a member of the team

    def load(self) -> None:
        """The signed-in volunteer's own shifts still to come; hidden for anyone not in the team."""
        try:
            mine = my_open_shifts(self.ctx, self.team_id) if self.team_id else None
        except UserError as exc:
            self.said.emit(shown(exc))
            return
        self.shifts = mine or []
        self.setVisible(mine is not None)
        if self.shifts:
            more = len(self.shifts) - 1
            self.label.setText(self.tr("我的下一个班：%1").replace("%1", shift_text(self.shifts[0]))
                               + (self.tr("（之后还有 %1 个）").replace("%1", str(more)) if more else ""))
        else:
            self.label.setText(self.tr("之后四周没有排到我的班次"))
        for b in (self.cover_button, self.swap_button):
            b.setEnabled(bool(self.shifts))

    def request_dialog(self, kind: str) -> RequestDialog | None:
        if not self.shifts or self.team_id is None:
            self.said.emit(self.tr("之后四周没有排到我的班次"))
            return None
        return RequestDialog(self.ctx, self.team_id, self.shifts, kind, self.window(), font_pt=self.font_pt)

    def ask_request(self, kind: str) -> None:
        dialog = self.request_dialog(kind)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted and dialog.request_id:
            self.said.emit(self.tr("%1申请已提交，等队长或社工批准").replace("%1", word(dialog.kind)))
            self.request_made.emit(dialog.request_id)
