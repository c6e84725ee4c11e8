"""值班日志 at the guard desk: writing an entry (kind, text; Tab moves on, Ctrl+Enter saves, Esc cancels)
and reading the day's entries, the last hand-over first, with the incoming volunteer's 接班确认."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.core.clock import to_local, today
from desktop.duty import log_service
from desktop.duty.log_service import HANDOVER, LogRow
from desktop.duty.models import LOG_KINDS
from desktop.duty.views.desk_style import DeskLook
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.core.messages import labelled, word
from desktop.ui.qt import (QDialog, QDialogButtonBox, QEvent, QFrame, QHBoxLayout, QKeyEvent, QLabel, QObject,
                           QPlainTextEdit, QPushButton, QScrollArea, Qt, QVBoxLayout, QWidget)

SaveFn = Callable[[str, str], str]     # (kind, text) -> "" when saved, else the message to show


def plain_label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)         # what people wrote is data, never markup
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class LogDialog(QDialog):
    """写值班日志: pick a kind with one big button, write, save. Tab moves between the kinds, the text
    and the buttons; Ctrl+Enter saves; Esc cancels. A refused entry keeps the dialog open."""

    def __init__(self, parent: QWidget | None = None, *, save: SaveFn | None = None, look: DeskLook | None = None,
                 kind: str = "") -> None:
        super().__init__(parent)
        self._save = save                       # None: the caller reads kind and text once accepted
        look = look or DeskLook()
        self.setWindowTitle(self.tr("写值班日志"))
        self.setStyleSheet(look.style)
        self.kind = kind if kind in LOG_KINDS else LOG_KINDS[0]
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind_buttons: dict[str, QPushButton] = {}
        for k in LOG_KINDS:
            b = QPushButton(word(k))
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, k=k: self.set_kind(k))
            row.addWidget(b)
            self.kind_buttons[k] = b
        lay.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("写下看到的情况和处理结果（Ctrl+回车 保存）"))
        lay.addWidget(self.text, 1)
        self.error = plain_label("", "deskAlert")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.text.installEventFilter(self)
        self.set_kind(self.kind)
        self.resize(look.dialog_size(18, 9))
        self.text.setFocus()

    @staticmethod
    def _is_save_key(event: QKeyEvent) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:          # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress and self._is_save_key(event):  # type: ignore[arg-type]
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:                     # noqa: N802 (Qt's name)
        if self._is_save_key(event):
            self.submit()
            return
        super().keyPressEvent(event)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        for k, b in self.kind_buttons.items():
            b.setChecked(k == kind)

    def submit(self) -> bool:
        message = self._save(self.kind, self.text.toPlainText()) if self._save else ""
        if message:
            self.error.setText(message)
            self.error.show()
            return False
        self.accept()
        return True


def entry_text(r: LogRow) -> str:
    when = to_local(r.at)
    where = f"［{r.post_name}］" if r.post_name else ""
    return f"{when:%H:%M}　{word(r.kind)}{where}　{labelled(r.author, r.text)}"


def ack_text(r: LogRow) -> str:
    if not r.acks:
        return "（接班人还没有确认）"
    return "；".join(f"{name} {to_local(at):%H:%M} 已确认接班" for name, at in r.acks)


class LogViewer(QDialog):
    """The day's duty log: the last hand-over on top with its 接班确认, then every entry, newest first."""

    def __init__(self, ctx: AppContext, team_id: str, look: DeskLook, parent: QWidget | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.day = day or today()
        self.rows: list[LogRow] = []
        self.setWindowTitle(self.tr("值班日志"))
        self.setStyleSheet(look.style)
        lay = QVBoxLayout(self)
        self.title = plain_label("", "deskHead")
        lay.addWidget(self.title)
        self.handover = plain_label("", "deskHandover")
        lay.addWidget(self.handover)
        self.ack_button = QPushButton(self.tr("我已看过交接，确认接班"))
        self.ack_button.clicked.connect(self.acknowledge)
        lay.addWidget(self.ack_button)
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
        self.resize(look.dialog_size(20, 13))
        self.refresh()

    def refresh(self) -> None:
        team_id, day = self.team_id, self.day
        rows = call(self.ctx, self, lambda s: log_service.day_log(s, self.ctx.actor, team_id, day),
                    status=self.message, warn=False)
        if rows is None:
            return
        self.rows = rows
        self.title.setText(self.tr("%1 值班日志（%2 条）").replace("%1", self.day.isoformat())
                           .replace("%2", str(len(self.rows))))
        last = self.rows[0] if self.rows and self.rows[0].kind == HANDOVER else None
        self.last_handover = last
        if last is None:
            self.handover.setText(self.tr("今天还没有交接记录"))
        else:
            self.handover.setText(self.tr("最近的交接：") + entry_text(last) + "\n" + ack_text(last))
        mine = last is not None and last.author_id is not None and last.author_id == self.ctx.actor.id
        self.ack_button.setVisible(last is not None and not last.acknowledged and not mine)
        while self.lines.count():
            w = self.lines.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        for r in self.rows[1:] if last else self.rows:
            self.lines.addWidget(plain_label(entry_text(r)))
        if not self.rows:
            self.lines.addWidget(plain_label(self.tr("今天还没有值班日志")))
        self.lines.addStretch(1)

    def texts(self) -> list[str]:
        """The entries as shown, in order (the hand-over first)."""
        return [self.handover.text()] + [w.text() for w in self.body.findChildren(QLabel)]

    def acknowledge(self) -> bool:
        if self.last_handover is None:
            return False
        handover_id = self.last_handover.id
        if not succeeds(self.ctx, self, lambda s: log_service.ack_handover(s, self.ctx.actor, handover_id),
                        status=self.message, warn=False):
            return False
        self.message.setText(self.tr("已确认接班"))
        self.refresh()
        return True
