"""The reception counter: one big field for the scanner or the keyboard, lunch toggle, candidates,
a flash message, the queue of members waiting for confirmation, and today's arrivals. Everything
works from the keyboard:

Enter checks in · F2 (or Space in the empty field) toggles lunch · ↓ / ↑ move through candidates and
Enter picks one · Enter on an empty field confirms a flagged member (or asks about the next one waiting)
· Esc cancels, or declines the flagged member asked about · F8 / F9 undo the selected (by default the
latest) check-in / lunch, with a reason.

A flagged member (expired, suspended) is never dropped: scanning the next card leaves them in the
待确认 queue until the desk confirms or declines. The lunch toggle is for one member: it goes back off
after every answer, Esc and failed scan.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.core.clock import utcnow
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.elder import checkin_corrections as cc
from desktop.elder import checkin_service as cs
from desktop.elder.member_lookup import MemberBrief
from desktop.elder.member_numbers import member_numbers
from desktop.elder.views import reception_cues as cue
from desktop.elder.views.reception_panels import Pending, PendingQueue, UndoBar
from desktop.elder.views.today_model import CANCELLED_ROLE, CHECKIN_ID_ROLE, LUNCH_ROLE, NAME_ROLE, TodayTableModel
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.look import type_scale
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QEvent, QFont, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QObject, QPushButton, QShortcut, QSizePolicy, Qt, QTableView, QVBoxLayout,
    QWidget,
)

_CUE_OF = {cs.CHECKED_IN: cue.OK, cs.ALREADY: cue.ALREADY, cs.NOT_FOUND: cue.NOT_FOUND, cs.REFUSED: cue.REFUSED}


class ReceptionView(QWidget):
    """Check-in desk. Results update the list and counts at once; `sound.played` reports each cue."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._asking: str | None = None     # the waiting member the flash is asking about
        self.last_result: cs.CheckinResult | None = None
        self.last_cue = cue.IDLE
        self.arrivals = self.lunches = 0
        self._day = None                    # the day the list shows
        self.sound = cue.CueSound(self)
        big, mid = QFont(), QFont()
        scale = type_scale()                  # the desk's type size reaches the counter too
        big.setPointSizeF(24 * scale)
        mid.setPointSizeF(16 * scale)

        self.input = QLineEdit()
        self.input.setFont(big)
        self.input.setMinimumHeight(round(64 * scale))
        self.input.setMaxLength(80)
        self.input.setPlaceholderText(self.tr("刷卡 / 会员号 / 手机尾号 / 拼音首字母，回车签到"))
        self.input.setObjectName("checkinInput")
        self.input.returnPressed.connect(self._on_enter)
        self.input.installEventFilter(self)

        self.lunch = QCheckBox(self.tr("午餐（F2）"))
        self.lunch.setFont(mid)
        self.lunch.setFocusPolicy(Qt.NoFocus)
        self.lunch.toggled.connect(self._lunch_changed)
        self._lunch_changed(False)

        self.flash = QLabel()
        self.flash.setTextFormat(Qt.PlainText)
        self.flash.setFont(mid)
        self.flash.setWordWrap(True)
        self.flash.setMinimumHeight(56)
        self.flash.setAlignment(Qt.AlignCenter)
        self._show(self.tr("请刷卡或输入会员号"), cue.IDLE, sound=False)

        self.candidates = QListWidget()
        self.candidates.setFont(mid)
        self.candidates.setMaximumHeight(230)
        self.candidates.setVisible(False)
        self.candidates.itemActivated.connect(self._pick)
        self.candidates.installEventFilter(self)

        self.pending = PendingQueue()
        self.pending.confirm_requested.connect(self._confirm)
        self.pending.decline_requested.connect(self._decline)

        self.counts = QLabel()
        self.counts.setFont(mid)
        self.undo_checkin_button = QPushButton(self.tr("撤销签到（F8）"))
        self.undo_lunch_button = QPushButton(self.tr("撤销午餐（F9）"))
        for b in (self.undo_checkin_button, self.undo_lunch_button):
            b.setFocusPolicy(Qt.NoFocus)
        self.undo_checkin_button.clicked.connect(self.ask_undo_checkin)
        self.undo_lunch_button.clicked.connect(self.ask_undo_lunch)
        self.undo_bar = UndoBar()
        self.undo_bar.accepted.connect(self._undo)
        self.undo_bar.dismissed.connect(self.input.setFocus)

        self.model = TodayTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        f = self.table.font()
        f.setPointSizeF(13 * scale)
        self.table.setFont(f)

        top = QHBoxLayout()
        top.addWidget(self.input, 1)
        top.addWidget(self.lunch)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.undo_checkin_button)
        bar.addWidget(self.undo_lunch_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.flash)
        lay.addWidget(self.candidates)
        lay.addWidget(self.pending)
        lay.addLayout(bar)
        lay.addWidget(self.undo_bar)
        lay.addWidget(self.table, 1)
        for label in (self.flash, self.counts):
            label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        hint = QLabel(self.tr("回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消 · F8/F9 撤销所选签到/午餐"))
        hint.setStyleSheet("color:#6b7280;")
        hint.setWordWrap(True)          # two lines where the counter is narrow (large type, English)
        lay.addWidget(hint)

        self._keys = {Qt.Key_F2: self.lunch.toggle, Qt.Key_F8: self.ask_undo_checkin, Qt.Key_F9: self.ask_undo_lunch}
        for key, slot in self._keys.items():
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.WidgetWithChildrenShortcut)
        self.refresh()

    # --- keyboard --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if key in self._keys:               # also when the window is not active (shortcuts need it)
                self._keys[key]()
                return True
            if obj is self.input:
                if key == Qt.Key_Space and not self.input.text():
                    self.lunch.toggle()
                    return True
                if key in (Qt.Key_Down, Qt.Key_Up) and self.candidates.isVisible() and self.candidates.count():
                    self.candidates.setFocus()
                    self.candidates.setCurrentRow(0 if key == Qt.Key_Down else self.candidates.count() - 1)
                    return True
                if key == Qt.Key_Escape:
                    self._escape()
                    return True
            elif obj is self.candidates:
                if key in (Qt.Key_Return, Qt.Key_Enter):
                    item = self.candidates.currentItem()
                    if item is not None:
                        self._pick(item)
                    return True
                if key == Qt.Key_Escape:
                    self._escape()
                    self.input.setFocus()
                    return True
        return super().eventFilter(obj, event)

    def _escape(self) -> None:
        """Esc clears what is typed and the lunch toggle; once they are clear, it declines the member asked
        about (so an Esc meant for a stray lunch toggle never turns a waiting member away)."""
        if self.input.text() or self.candidates.isVisible() or self.lunch.isChecked():
            self._reset_lunch()
            self.input.clear()
            self._hide_candidates()
            if self._asking and self.pending.find(self._asking):
                self._ask(self.pending.find(self._asking), sound=False)
            else:
                self._show(self.tr("已取消"), cue.IDLE, sound=False)
            return
        if self._asking is not None:
            self._decline(self._asking)
            return
        self._show(self.tr("已取消"), cue.IDLE, sound=False)

    def _lunch_changed(self, on: bool) -> None:
        self.lunch.setStyleSheet("QCheckBox{padding:8px;border-radius:6px;%s}" % (
            "background:#ffe0b2;font-weight:bold;" if on else ""))

    def _reset_lunch(self) -> None:
        self.lunch.setChecked(False)

    # --- check-in --------------------------------------------------------------------------

    def _on_enter(self) -> None:
        key = self.input.text().strip()
        if key:
            lunch = self.lunch.isChecked()
            self._check_in(lambda s: cs.checkin(s, self.ctx.actor, key, lunch=lunch))
        elif self._asking is not None:
            self._confirm(self._asking)
        elif self.pending.oldest() is not None:
            self._ask(self.pending.oldest())

    def _pick(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.UserRole)
        lunch = self.lunch.isChecked()
        self._hide_candidates()
        self.input.setFocus()
        self._check_in(lambda s: cs.checkin_member(s, self.ctx.actor, member_id, lunch=lunch))

    def _confirm(self, member_id: str) -> None:
        """Check in a waiting member after all (their lunch, or the lunch toggled while asked)."""
        p = self.pending.find(member_id)
        if p is None:
            return
        lunch = p.lunch or (self._asking == member_id and self.lunch.isChecked())
        self.pending.take(member_id)
        self._asking = None
        self._check_in(lambda s: cs.checkin_member(s, self.ctx.actor, member_id, lunch=lunch, force=True))
        self.input.setFocus()

    def _decline(self, member_id: str) -> None:
        p = self.pending.take(member_id)
        if self._asking == member_id:
            self._asking = None
        self._reset_lunch()
        if p is not None:
            self._show(self.tr("%1 未签到（%2，已取消）").replace("%1", p.member.name).replace("%2", p.reason),
                       cue.IDLE, sound=False)
        self.input.setFocus()

    def _ask(self, p: Pending, *, sound: bool = True) -> None:
        self._asking = p.member.id
        self.pending.select(p.member.id)
        lunch = self.tr("（午餐）") if p.lunch else ""
        self._show(self.tr("%1：%2，确认仍要签到吗？%3\n空行回车＝确认签到　Esc＝不签到　刷下一张卡＝让其稍候")
                   .replace("%1", p.member.name).replace("%2", p.reason).replace("%3", lunch), cue.CONFIRM, sound=sound)

    def _check_in(self, fn: Callable[[Session], cs.CheckinResult]) -> None:
        """One unit of work: the check-in and, when someone is in, the day's figures read with it."""
        def both(s: Session) -> tuple[cs.CheckinResult, cs.DayCount | None]:
            result = fn(s)
            return result, cs.day_counts(s, self.ctx.actor) if result.ok else None
        got = call(self.ctx, self, both, refused=self._not_checked_in)
        if got is not None:
            self.show_result(*got)

    def _not_checked_in(self, exc: UserError) -> None:
        self._asking = None
        self._reset_lunch()
        self._show(shown(exc), cue.NOT_FOUND)

    def show_result(self, r: cs.CheckinResult, counts: cs.DayCount | None = None) -> None:
        self.last_result = r
        self._asking = None
        self._hide_candidates()
        if r.status == cs.CANDIDATES:
            for m in r.candidates:
                item = QListWidgetItem(self._candidate_text(m))
                item.setData(Qt.UserRole, m.id)
                self.candidates.addItem(item)
            self.candidates.setVisible(True)
            self._show(shown(r.message) + self.tr("（↓ 选择，回车确认）"), cue.CANDIDATES)
            self.input.selectAll()
            return
        self.input.clear()
        self._reset_lunch()
        if r.status == cs.NEEDS_CONFIRM and r.member is not None:
            flags = "、".join(f for f in r.member.flags if f in cs.CONFIRM_FLAGS)
            p = Pending(r.member, r.lunch, flags, utcnow())
            self.pending.put(p)
            self._ask(p)
            return
        if r.member is not None and r.status in (cs.CHECKED_IN, cs.ALREADY):
            self.pending.take(r.member.id)           # answered by this check-in
        self._show(shown(r.message), _CUE_OF.get(r.status, cue.NOT_FOUND))
        if r.ok:
            self._follow(r, counts)

    def _follow(self, r: cs.CheckinResult, counts: cs.DayCount | None) -> None:
        """Put this desk's check-in into the list without reloading the day; reload when the database's
        figures say another desk (or a new day) has changed more than that."""
        m = r.member
        if r.status == cs.CHECKED_IN and m is not None and r.checkin_id and self.model.row_of(r.checkin_id) < 0:
            self.model.prepend(cs.TodayRow(m.id, m.member_no, m.name, m.category, r.checked_in_at, r.lunch,
                                           ",".join(m.flags), r.checkin_id))
        elif r.status == cs.ALREADY and r.lunch and r.checkin_id:
            self.model.set_lunch(r.checkin_id)
        if counts is None or counts.day != self._day or self.model.live_counts() != (counts.arrivals, counts.lunches):
            self.refresh()
            return
        self._counts(counts.arrivals, counts.lunches)
        self.table.selectRow(0)

    def _candidate_text(self, m: MemberBrief) -> str:
        age = self.tr("%1岁").replace("%1", str(m.age)) if m.age is not None else self.tr("年龄未登记")
        flat = m.flat or self.tr("住址未登记")
        extra = f"  [{'、'.join(m.flags)}]" if m.flags else ""
        done = self.tr("  ✓已签到") if m.checked_in_at else ""
        return f"{m.member_no}  {m.name}  {age}  {flat}  尾号{m.phone_tail}  {m.category}{extra}{done}"

    def _hide_candidates(self) -> None:
        self.candidates.clear()
        self.candidates.setVisible(False)

    def _show(self, text: str, kind: str, *, sound: bool = True) -> None:
        sign = cue.CUES[kind].sign
        self.flash.setText(f"{sign} {text}" if sign else text)
        style = cue.flash_style(kind)
        if self.flash.styleSheet() != style:      # re-polishing costs more than the text
            self.flash.setStyleSheet(style)
        self.last_cue = kind
        if sound:
            self.sound.play(kind)

    # --- undo ------------------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else (0 if self.model.rowCount() else -1)

    def ask_undo_checkin(self) -> None:
        self._ask_undo("checkin")

    def ask_undo_lunch(self) -> None:
        self._ask_undo("lunch")

    def _ask_undo(self, what: str) -> None:
        row = self._selected_row()
        if row < 0:
            self._show(self.tr("今天还没有签到，没有可撤销的"), cue.NOT_FOUND)
            return
        index = self.model.index(row, 0)
        name = self.model.data(index, NAME_ROLE)
        if self.model.data(index, CANCELLED_ROLE):
            self._show(self.tr("%1 的这次签到已经撤销").replace("%1", name), cue.NOT_FOUND)
            return
        if what == "lunch" and not self.model.data(index, LUNCH_ROLE):
            self._show(self.tr("%1 没有登记午餐").replace("%1", name), cue.NOT_FOUND)
            return
        no, at = self.model.data(self.model.index(row, 1)), self.model.data(index)
        text = self.tr("撤销 %1（%2，%3）的签到，原因：") if what == "checkin" else \
            self.tr("撤销 %1（%2，%3）的午餐，原因：")
        self.undo_bar.open_for(what, self.model.data(index, CHECKIN_ID_ROLE),
                               text.replace("%1", name).replace("%2", no).replace("%3", at),
                               cc.CHECKIN_REASONS if what == "checkin" else cc.LUNCH_REASONS)

    def _undo(self, what: str, checkin_id: str, reason: str) -> None:
        if member_numbers(reason) and " " not in reason.strip():
            # A card scanned while the bar was open is the next member, not a reason.
            self.undo_bar.close_bar()
            self.input.setText(reason.strip())
            self._on_enter()
            return
        fn = cc.undo_checkin if what == "checkin" else cc.undo_lunch
        def refused(exc: UserError) -> None:
            self._show(shown(exc), cue.NOT_FOUND)
            self.undo_bar.reason.setFocus()
        done = call(self.ctx, self, lambda s: fn(s, self.ctx.actor, checkin_id, reason), refused=refused)
        if done is None:
            return
        self.undo_bar.close_bar()
        self._show(shown(done.message), cue.UNDONE)
        self.refresh()
        self.input.setFocus()

    # --- the day's list --------------------------------------------------------------------

    def refresh(self) -> None:
        day = call(self.ctx, self, lambda s: cs.today_list(s, self.ctx.actor),
                   refused=lambda exc: self._show(shown(exc), cue.NOT_FOUND, sound=False))
        if day is None:
            return
        self._day = day.day
        self.model.set_day(day)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._counts(day.arrivals, day.lunches)

    def _counts(self, arrivals: int, lunches: int) -> None:
        self.arrivals, self.lunches = arrivals, lunches
        self.counts.setText(self.tr("今日到达 %1 人　·　午餐 %2 份").replace("%1", str(arrivals))
                            .replace("%2", str(lunches)))

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.input.setFocus()

