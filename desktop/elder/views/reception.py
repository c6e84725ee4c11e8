"""The reception counter: one big field for the scanner or the keyboard, lunch toggle, candidates,
a flash message and today's arrivals. Everything works from the keyboard:

Enter checks in · F2 (or Space in the empty field) toggles lunch · ↓ / ↑ move through candidates and
Enter picks one · Enter on an empty field confirms a flagged member · Esc cancels.
"""

from __future__ import annotations

from desktop.core.clock import to_local
from desktop.core.errors import UserError
from desktop.elder import checkin_service as cs
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QEvent, QFont, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QObject, QShortcut, QSizePolicy, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

_STYLES = {
    "ok": "background:#e3f4e1;color:#1b5e20;border:2px solid #66bb6a;",
    "warn": "background:#fff4dc;color:#8a5300;border:2px solid #ffb300;",
    "error": "background:#fde7e7;color:#9b1c1c;border:2px solid #e57373;",
    "idle": "background:#f3f4f6;color:#374151;border:2px solid #d1d5db;",
}
COLUMNS = ("时间", "会员号", "姓名", "类别", "午餐", "提示")


class ReceptionView(QWidget):
    """Check-in desk. `checked_in` style results update the list and counts at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: cs.MemberBrief | None = None   # a flagged member awaiting confirmation
        self._pending_lunch = False
        big = QFont()
        big.setPointSize(24)
        mid = QFont()
        mid.setPointSize(16)

        self.input = QLineEdit()
        self.input.setFont(big)
        self.input.setMinimumHeight(64)
        self.input.setPlaceholderText(self.tr("刷卡 / 会员号 / 手机尾号 / 拼音首字母，回车签到"))
        self.input.setObjectName("checkinInput")
        self.input.returnPressed.connect(self._on_enter)
        self.input.installEventFilter(self)

        self.lunch = QCheckBox(self.tr("午餐（F2）"))
        self.lunch.setFont(mid)
        self.lunch.setFocusPolicy(Qt.NoFocus)
        self.lunch.toggled.connect(self._lunch_changed)
        self._lunch_changed(False)

        self.flash = QLabel(self.tr("请刷卡或输入会员号"))
        self.flash.setFont(mid)
        self.flash.setWordWrap(True)
        self.flash.setMinimumHeight(56)
        self.flash.setAlignment(Qt.AlignCenter)
        self._style("idle")

        self.candidates = QListWidget()
        self.candidates.setFont(mid)
        self.candidates.setVisible(False)
        self.candidates.setMaximumHeight(220)
        self.candidates.itemActivated.connect(self._pick)
        self.candidates.installEventFilter(self)

        self.counts = QLabel()
        self.counts.setFont(big)
        self.counts.setObjectName("checkinCounts")

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        f = self.table.font()
        f.setPointSize(13)
        self.table.setFont(f)

        top = QHBoxLayout()
        top.addWidget(self.input, 1)
        top.addWidget(self.lunch)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.flash)
        lay.addWidget(self.candidates)
        lay.addWidget(self.counts)
        lay.addWidget(self.table, 1)
        for label in (self.flash, self.counts):
            label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        hint = QLabel(self.tr("回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消"))
        hint.setStyleSheet("color:#6b7280;")
        lay.addWidget(hint)

        QShortcut(QKeySequence(Qt.Key_F2), self, activated=self.lunch.toggle,
                  context=Qt.WidgetWithChildrenShortcut)
        self.refresh()

    # --- keyboard --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress:
            key = event.key()
            if key == Qt.Key_F2:
                self.lunch.toggle()
                return True
            if obj is self.input:
                if key == Qt.Key_Space and not self.input.text():
                    self.lunch.toggle()
                    return True
                if key in (Qt.Key_Down, Qt.Key_Up) and self.candidates.isVisible() and self.candidates.count():
                    self.candidates.setFocus()
                    row = 0 if key == Qt.Key_Down else self.candidates.count() - 1
                    self.candidates.setCurrentRow(row)
                    return True
                if key == Qt.Key_Escape:
                    self._reset_pending()
                    self.input.clear()
                    self._show(self.tr("已取消"), "idle")
                    return True
            elif obj is self.candidates:
                if key in (Qt.Key_Return, Qt.Key_Enter):
                    item = self.candidates.currentItem()
                    if item is not None:
                        self._pick(item)
                    return True
                if key == Qt.Key_Escape:
                    self._hide_candidates()
                    self.input.setFocus()
                    return True
        return super().eventFilter(obj, event)

    def _lunch_changed(self, on: bool) -> None:
        self.lunch.setStyleSheet("QCheckBox{padding:8px;border-radius:6px;%s}" % (
            "background:#ffe0b2;font-weight:bold;" if on else ""))

    # --- actions ---------------------------------------------------------------------------

    def _on_enter(self) -> None:
        key = self.input.text().strip()
        if not key:
            if self._pending is not None:
                self._run(lambda s: cs.checkin_member(s, self.ctx.actor, self._pending.id,
                                                      lunch=self._pending_lunch, force=True))
            return
        self._run(lambda s: cs.checkin(s, self.ctx.actor, key, lunch=self.lunch.isChecked()))

    def _pick(self, item: QListWidgetItem) -> None:
        member_id = item.data(Qt.UserRole)
        self._hide_candidates()
        self.input.setFocus()
        self._run(lambda s: cs.checkin_member(s, self.ctx.actor, member_id, lunch=self.lunch.isChecked()))

    def _run(self, fn) -> None:  # noqa: ANN001
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                result = fn(s)
        except UserError as exc:
            self._show(exc.message, "error")
            return
        self.show_result(result)

    def show_result(self, r: cs.CheckinResult) -> None:
        self._reset_pending()
        self._hide_candidates()
        if r.status == cs.CANDIDATES:
            self.candidates.clear()
            for m in r.candidates:
                extra = f"  [{'、'.join(m.flags)}]" if m.flags else ""
                done = self.tr("  ✓已签到") if m.checked_in_at else ""
                item = QListWidgetItem(f"{m.member_no}  {m.name}  {m.category}  尾号{m.phone_tail}{extra}{done}")
                item.setData(Qt.UserRole, m.id)
                self.candidates.addItem(item)
            self.candidates.setVisible(True)
            self._show(r.message + self.tr("（↓ 选择，回车确认）"), "warn")
            self.input.selectAll()
            return
        if r.status == cs.NEEDS_CONFIRM:
            self._pending, self._pending_lunch = r.member, r.lunch
            self.input.clear()
            self._show(r.message + self.tr("　空行回车＝确认签到，Esc＝取消"), "warn")
            return
        self.input.clear()
        if r.status == cs.CHECKED_IN:
            self._show(r.message, "warn" if r.member and r.member.flags else "ok")
            self.lunch.setChecked(False)
            self.refresh()
        elif r.status == cs.ALREADY:
            self._show(r.message, "warn")
            self.lunch.setChecked(False)
            self.refresh()
        else:
            self._show(r.message, "error")

    def _reset_pending(self) -> None:
        self._pending = None
        self._pending_lunch = False

    def _hide_candidates(self) -> None:
        self.candidates.clear()
        self.candidates.setVisible(False)

    def _show(self, text: str, kind: str) -> None:
        self.flash.setText(text)
        self._style(kind)

    def _style(self, kind: str) -> None:
        self.flash.setStyleSheet("QLabel{padding:8px;border-radius:8px;%s}" % _STYLES[kind])

    def refresh(self) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                day = cs.today_list(s, self.ctx.actor)
        except UserError as exc:
            self._show(exc.message, "error")
            return
        self.counts.setText(self.tr("今日到达 %1 人　·　午餐 %2 份").replace("%1", str(day.arrivals))
                            .replace("%2", str(day.lunches)))
        self.table.setRowCount(len(day.rows))
        for i, row in enumerate(day.rows):
            values = (to_local(row.checked_in_at).strftime("%H:%M") if row.checked_in_at else "", row.member_no,
                      row.name, row.category, self.tr("是") if row.lunch else "", row.flags.replace(",", "、"))
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.arrivals, self.lunches = day.arrivals, day.lunches

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.input.setFocus()
