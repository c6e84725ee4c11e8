"""Two strips of the reception counter: the queue of members waiting for the desk's confirmation
(expired or suspended cards), and the bar that asks why a check-in or lunch is being undone.

Neither decides anything: they hold what the desk is answering and hand the answer to the view,
which calls the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import to_local
from desktop.elder.member_lookup import MemberBrief
from desktop.ui import word_choices
from desktop.ui.qt import (
    QComboBox, QEvent, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QObject, QPushButton, Qt,
    QVBoxLayout, QWidget, Signal,
)


@dataclass(frozen=True)
class Pending:
    """A flagged member the desk has not answered yet, with the lunch asked for at the scan."""

    member: MemberBrief
    lunch: bool
    reason: str                       # 已过期、暂停
    scanned_at: datetime


class PendingQueue(QFrame):
    """待确认: every unanswered confirmation stays here, visibly, until it is confirmed or declined."""

    confirm_requested = Signal(str)   # member id
    decline_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingQueue")
        self.setStyleSheet("#pendingQueue{border:3px solid #b35c00;border-radius:8px;background:#fff3e0;}")
        self.items: list[Pending] = []
        self.title = QLabel()
        self.title.setTextFormat(Qt.PlainText)
        self.title.setStyleSheet("font-weight:bold;color:#7a3e00;")
        self.list = QListWidget()
        f = self.list.font()
        f.setPointSize(13)
        self.list.setFont(f)
        self.list.setMaximumHeight(96)
        self.list.setFocusPolicy(Qt.ClickFocus)
        self.confirm = QPushButton(self.tr("确认签到"))
        self.decline = QPushButton(self.tr("不签到"))
        for b in (self.confirm, self.decline):
            b.setFocusPolicy(Qt.NoFocus)
        self.confirm.clicked.connect(lambda: self._ask(self.confirm_requested))
        self.decline.clicked.connect(lambda: self._ask(self.decline_requested))
        buttons = QVBoxLayout()
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.decline)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addWidget(self.title)
        lay.addLayout(row)
        self.setVisible(False)

    def put(self, p: Pending) -> None:
        """Add a member (or refresh one already waiting: the same card scanned again)."""
        self.items = [q for q in self.items if q.member.id != p.member.id] + [p]
        self._show(p.member.id)

    def take(self, member_id: str) -> Pending | None:
        found = self.find(member_id)
        if found is not None:
            self.items = [q for q in self.items if q.member.id != member_id]
            self._show(None)
        return found

    def find(self, member_id: str) -> Pending | None:
        return next((q for q in self.items if q.member.id == member_id), None)

    def oldest(self) -> Pending | None:
        return self.items[0] if self.items else None

    def select(self, member_id: str) -> None:
        for i, q in enumerate(self.items):
            if q.member.id == member_id:
                self.list.setCurrentRow(i)

    def _show(self, current: str | None) -> None:
        self.list.clear()
        for q in self.items:
            m = q.member
            text = (f"{to_local(q.scanned_at).strftime('%H:%M')}  {m.name}  {m.member_no}  {q.reason}"
                    + (self.tr("  · 午餐") if q.lunch else ""))
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, m.id)
            self.list.addItem(item)
        n = len(self.items)
        self.title.setText(self.tr("待确认 %1 位：空行回车逐一确认，Esc 不签到；也可点选后按右侧按钮")
                           .replace("%1", str(n)))
        self.setVisible(n > 0)
        if current is not None:
            self.select(current)
        elif n:
            self.list.setCurrentRow(0)

    def _ask(self, signal) -> None:  # noqa: ANN001
        item = self.list.currentItem()
        if item is not None:
            signal.emit(item.data(Qt.UserRole))


class UndoBar(QFrame):
    """Asks for the reason of an undo inline (no modal dialog at a busy counter): Enter undoes, Esc keeps."""

    accepted = Signal(str, str, str)   # what ("checkin" | "lunch"), check-in id, reason
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet("#undoBar{border:2px solid #78909c;border-radius:8px;background:#eceff1;}")
        self.what = ""
        self.checkin_id = ""
        self.question = QLabel()
        self.question.setTextFormat(Qt.PlainText)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setMinimumWidth(260)
        self.reason.setInsertPolicy(QComboBox.NoInsert)
        self.reason.lineEdit().setMaxLength(100)
        self.reason.lineEdit().setPlaceholderText(self.tr("原因（必填）"))
        self.reason.installEventFilter(self)
        self.reason.lineEdit().installEventFilter(self)
        self.ok = QPushButton(self.tr("确定撤销（回车）"))
        self.cancel = QPushButton(self.tr("不撤销（Esc）"))
        self.ok.clicked.connect(self._accept)
        self.cancel.clicked.connect(self.close_bar)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.question)
        lay.addWidget(self.reason, 1)
        lay.addWidget(self.ok)
        lay.addWidget(self.cancel)
        self.setVisible(False)

    def open_for(self, what: str, checkin_id: str, question: str, reasons: tuple[str, ...]) -> None:
        self.what, self.checkin_id = what, checkin_id
        self.question.setText(question)
        self.reason.clear()
        word_choices.offer(self.reason, reasons)     # shown in the window's language, recorded as offered
        self.reason.setCurrentIndex(-1)
        self.reason.setEditText("")
        self.setVisible(True)
        self.reason.setFocus()

    def close_bar(self) -> None:
        self.setVisible(False)
        self.what = self.checkin_id = ""
        self.dismissed.emit()

    def _accept(self) -> None:
        if self.isVisible():
            self.accepted.emit(self.what, self.checkin_id, word_choices.chosen(self.reason))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress:
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self.reason.view().isVisible():
                self._accept()
                return True
            if event.key() == Qt.Key_Escape and not self.reason.view().isVisible():
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
