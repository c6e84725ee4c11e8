"""换班/代班申请: a member's shift is offered to someone else (代班) or traded with another member's
shift (换班). The request waits for the captain or the coordinator (队员·时长·经费 → 换班代班)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.clock import utcnow
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown
from desktop.duty import common, shifts_service, teams_service
from desktop.duty.shifts_service import ShiftRow
from desktop.ui.context import AppContext
from desktop.ui.qt import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
                           QStackedWidget, QVBoxLayout, QWidget)

COVER, SWAP = "代班", "换班"
LOOKAHEAD_DAYS = 28          # shifts offered for a swap, and a volunteer's own shifts, this far ahead


def open_shifts(ctx: AppContext, team_id: str, now: datetime | None = None) -> list[ShiftRow]:
    """The team's shifts still to come that nobody has started (the ones a request can be about)."""
    local = common.to_local_naive(now or utcnow())
    with ctx.db.session(ctx.actor) as s:
        rows = shifts_service.list_shifts(s, ctx.actor, team_id, local.date(),
                                          local.date() + timedelta(days=LOOKAHEAD_DAYS), now=now)
    return [r for r in rows if r.start > local and r.check_in_at is None]


def my_open_shifts(ctx: AppContext, team_id: str, now: datetime | None = None) -> list[ShiftRow] | None:
    """The signed-in member's own shifts still to come; None when the user is not in the team."""
    with ctx.db.session(ctx.actor) as s:
        me = teams_service.member_for_user(s, ctx.actor, team_id)
        my_id = me.id if me is not None else None
    if my_id is None:
        return None
    return [r for r in open_shifts(ctx, team_id, now) if r.member_id == my_id]


def shift_text(r: ShiftRow) -> str:
    return f"{r.start:%m-%d} {r.start:%H:%M}–{r.end:%H:%M} {r.post_name}"


class RequestDialog(QDialog):
    """Pick the shift (when there are several), 代班 or 换班, who or which shift, and a reason."""

    def __init__(self, ctx: AppContext, team_id: str, shifts: list[ShiftRow], kind: str = COVER,
                 parent: QWidget | None = None, *, now: datetime | None = None, font_pt: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.request_id: str | None = None
        self.setWindowTitle(self.tr("换班 / 代班申请"))
        if font_pt:
            self.setStyleSheet(f"* {{ font-size: {font_pt}pt; }} QPushButton {{ padding: 8px 20px; }}")
        members, others, load_error = [], [], ""
        try:
            with ctx.db.session(ctx.actor) as s:
                members = teams_service.list_members(s, ctx.actor, team_id)
            others = open_shifts(ctx, team_id, now)
        except UserError as exc:
            load_error = shown(exc)
        self.members = members
        self.others = [r for r in others if r.member_id is not None]
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.shift_box = QComboBox()
        for r in shifts:
            self.shift_box.addItem(f"{shift_text(r)}　{r.member_name or self.tr('（空缺）')}", r.id)
        self.shift_box.setEnabled(len(shifts) > 1)
        self.shifts = shifts
        form.addRow(self.tr("班次"), self.shift_box)
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("请人代班（由别人替值这个班）"), COVER)
        self.kind_box.addItem(self.tr("换班（和别人的班次互换）"), SWAP)
        form.addRow(self.tr("类型"), self.kind_box)
        self.stack = QStackedWidget()
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.member_box = QComboBox()
        self.member_box.setAccessibleName(self.tr("代班人"))
        self.other_box = QComboBox()
        self.other_box.setAccessibleName(self.tr("换成的班次"))
        self.stack.addWidget(self.member_box)
        self.stack.addWidget(self.other_box)
        self.target_label = QLabel()
        self.target_label.setBuddy(self.stack)
        form.addRow(self.target_label, self.stack)
        self.target_error = self._error(form)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如 家里有事、身体不适（可不填）"))
        form.addRow(self.tr("原因"), self.reason)
        lay.addLayout(form)
        note = QLabel(self.tr("申请提交后，由队长或社工在“换班代班”里批准，批准后排班才会改变。"))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("提交申请"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.shift_box.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self._kind_changed()
        self._fill_targets()
        self.error.setText(load_error)
        self.setMinimumWidth(560)
        (self.shift_box if len(shifts) > 1 else self.kind_box).setFocus()

    def _error(self, form: QFormLayout) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        form.addRow("", label)
        return label

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def current_shift(self) -> ShiftRow | None:
        shift_id = self.shift_box.currentData()
        return next((r for r in self.shifts if r.id == shift_id), None)

    def _kind_changed(self) -> None:
        self.stack.setCurrentIndex(0 if self.kind == COVER else 1)
        self.target_label.setText(self.tr("代班人") if self.kind == COVER else self.tr("换成"))
        self._clear_errors()

    def _fill_targets(self) -> None:
        sh = self.current_shift()
        self.member_box.clear()
        self.other_box.clear()
        if sh is None:
            return
        for m in self.members:
            if m.id == sh.member_id:
                continue
            away = any(a.date_from <= sh.day <= a.date_to for a in m.away)
            self.member_box.addItem(m.name + (self.tr("（当天请假）") if away else ""), m.id)
            if away:
                self.member_box.model().item(self.member_box.count() - 1).setEnabled(False)
        first = next((i for i in range(self.member_box.count())
                      if self.member_box.model().item(i).isEnabled()), -1)
        self.member_box.setCurrentIndex(first)
        for r in self.others:
            if r.id != sh.id and r.member_id != sh.member_id:
                self.other_box.addItem(f"{shift_text(r)}　{r.member_name}", r.id)
        if not self.other_box.count():
            self.other_box.addItem(self.tr("（近四周没有可以互换的班次）"), None)

    def _clear_errors(self) -> None:
        self.target_error.hide()
        self.error.setText("")

    def submit(self) -> bool:
        """Send the request; on a refusal the message shows in the dialog and it stays open."""
        self._clear_errors()
        sh = self.current_shift()
        if sh is None:
            self.error.setText(self.tr("没有可以申请的班次"))
            return False
        target = self.member_box.currentData() if self.kind == COVER else self.other_box.currentData()
        if not target:
            self.target_error.setText(self.tr("请选择代班人") if self.kind == COVER else self.tr("请选择要换的班次"))
            self.target_error.show()
            return False
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                if self.kind == COVER:
                    rid = shifts_service.request_cover(s, self.ctx.actor, sh.id, target, self.reason.text())
                else:
                    rid = shifts_service.request_swap(s, self.ctx.actor, sh.id, target, self.reason.text())
        except ValidationError as exc:
            self.target_error.setText(shown(exc))
            self.target_error.show()
            return False
        except UserError as exc:
            self.error.setText(shown(exc))
            return False
        self.request_id = rid
        self.accept()
        return True
