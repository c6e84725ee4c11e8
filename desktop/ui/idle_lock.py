"""The desk locks itself when nobody uses it, and at once with 锁屏 (Ctrl+L).

Idle time is measured from the person's own input (keys, mouse, wheel, touch) seen by an application
event filter, on the program's steady clock (`clock.monotonic`, which tests move on without sleeping).
Each desk has its own limit (settings `idle_lock.<desk>`: the guard desk in a lobby shortest).

Locked, nothing of the data stays on screen:
- the main window shows a cover page instead of its pages (so a taskbar preview shows nothing either);
- every other open window (an editor dialog, a message) is covered by an opaque sheet and loses its
  title (which may hold a name); a dialog is covered, not closed, so what was typed into it survives;
- the prompt — user name, password, 解锁 — is a window of its own over the main window, modal above
  every dialog, so it can be answered whatever was open.
The same user's password unlocks and everything comes back as it was. Another user may sign in
instead: the previous user's dialogs are closed unsaved and the window switches to the new user.
Passwords are checked by the caller's `authenticate` (accounts.authenticate: audited, throttled).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop import APP_TITLE
from desktop.core import clock
from desktop.core.errors import UserError
from desktop.core.machine_settings import MachineSettings, idle_lock_minutes
from desktop.core.messages import shown
from desktop.ui.qt import (
    QApplication, QDialog, QEvent, QFont, QFormLayout, QLabel, QLineEdit, QObject, QPushButton, Qt, QTimer,
    QVBoxLayout, QWidget, Signal,
)

if TYPE_CHECKING:
    from desktop.core.security import Actor
    from desktop.ui.main_window import MainWindow

CHECK_MS = 5000
LOCKED_TITLE = f"{APP_TITLE} · 已锁屏"
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                    QEvent.Type.TabletPress, QEvent.Type.InputMethod})


def _big(widget: QWidget, factor: float) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    return font


class LockCover(QWidget):
    """What the main window itself shows while locked: the program's name and nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lock-cover")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for text, factor in ((APP_TITLE, 3.0), (self.tr("已锁屏"), 1.6)):
            label = QLabel(text)
            label.setFont(_big(label, factor))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)


class CoverSheet(QWidget):
    """An opaque sheet laid over another window's contents while locked (kept to its size)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock-sheet")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock-sheet { background: #e5e7eb; }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("已锁屏"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.title = window.windowTitle()
        window.setWindowTitle(LOCKED_TITLE)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.setGeometry(obj.rect())
        return False

    def lift(self) -> None:
        """Unlocked by the same user: the window's contents and title come back."""
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
            window.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()


class LockPrompt(QWidget):
    """The sign-in over the locked main window: the user's name (another may be typed), the password."""

    submitted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock-prompt")
        self.setWindowTitle(LOCKED_TITLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock-prompt { background: #1f2937; } #lock-prompt QLabel { color: #f9fafb; }"
                           " #lock-message { color: #fca5a5; }")
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        title = QLabel(self.tr("已锁屏"))
        title.setFont(_big(title, 2.6))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        self.since = QLabel()
        self.since.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.since)
        box = QWidget()
        box.setMinimumWidth(420)
        box.setFont(_big(box, 1.3))
        form = QFormLayout(box)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.username, self.password):
            edit.returnPressed.connect(self.submitted.emit)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submitted.emit)
        form.addRow("", self.unlock_button)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel()
        self.message.setObjectName("lock-message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFont(_big(self.message, 1.3))
        outer.addWidget(self.message)
        hint = QLabel(self.tr("本人输入密码即可继续，未保存的内容都还在。\n换人使用：输入您自己的用户名和密码（上一位未保存的内容不保留）。"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setFont(_big(hint, 1.15))
        outer.addWidget(hint)
        outer.addStretch(3)


class DeskLock(QObject):
    """Watches the person's input, locks the window after the desk's idle time or on request, and
    unlocks it for the same user or switches to another one."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, settings: MachineSettings, desk: str,
                 authenticate: Callable[[str, str], Actor], switch_user: Callable[[Actor], None]) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.desk = desk
        self.authenticate = authenticate
        self.switch_user = switch_user
        self.locked = False
        self.last_input = clock.monotonic()
        self.cover = LockCover()
        window.outer.addWidget(self.cover)
        self.prompt = LockPrompt(window)
        self.prompt.submitted.connect(self.try_unlock)
        self.prompt.hide()
        self._sheets: list[CoverSheet] = []
        self._page_index = 0
        window.lock_requested.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    # idle --------------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT and not self.locked:
            self.last_input = clock.monotonic()
        return False

    def limit_seconds(self) -> float:
        return idle_lock_minutes(self.settings, self.desk) * 60.0

    def idle_seconds(self) -> float:
        return clock.monotonic() - self.last_input

    def check(self) -> bool:
        """Lock when the desk has been idle for its limit; True when it locked now."""
        if self.locked or self.window.ctx is None or not self.window.isVisible():
            return False
        if self.idle_seconds() < self.limit_seconds():
            return False
        self.lock()
        return True

    # lock / unlock -----------------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked or self.window.ctx is None:
            return
        self.locked = True
        w = self.window
        for other in QApplication.topLevelWidgets():
            if other is w or other is self.prompt or not other.isVisible():
                continue
            if other.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                other.hide()                         # menus, completions, tooltips: nothing to keep
            else:
                self._sheets.append(CoverSheet(other))
        self._page_index = w.outer.currentIndex()
        w.outer.setCurrentWidget(self.cover)
        w.menuBar().setEnabled(False)
        p = self.prompt
        p.username.setText(w.ctx.actor.username)
        p.password.clear()
        p.message.clear()
        p.since.setText(self.tr("%s 起锁屏 · %s") % (clock.local_now().strftime("%H:%M"), w.ctx.actor.display_name))
        p.setGeometry(w.geometry())
        p.show()                                     # a new modal window: above everything open
        p.activateWindow()
        p.password.setFocus()
        self.locked_changed.emit(True)

    def try_unlock(self) -> bool:
        p = self.prompt
        username, password = p.username.text().strip(), p.password.text()
        p.password.clear()
        if not username or not password:
            p.message.setText(self.tr("请输入用户名和密码"))
            return False
        try:
            actor = self.authenticate(username, password)
        except UserError as exc:
            p.message.setText(shown(exc))
            return False
        current = self.window.ctx.actor if self.window.ctx is not None else None
        if current is not None and actor.id == current.id:
            self._unlock(keep=True)
        else:
            self._unlock(keep=False)
            self.switch_user(actor)
        return True

    def _unlock(self, *, keep: bool) -> None:
        """Keep: the same user; the covered windows come back as they were. Otherwise they are closed
        unsaved (the previous user's work is not shown to the next one)."""
        self.prompt.hide()
        sheets, self._sheets = self._sheets, []
        for sheet in sheets:
            try:
                window = sheet.parentWidget()
                sheet.lift()
            except RuntimeError:                     # the window went away meanwhile (and its sheet)
                continue
            if not keep and window is not None:
                if isinstance(window, QDialog):
                    window.reject()
                else:
                    window.close()
        w = self.window
        w.menuBar().setEnabled(True)
        if keep:
            w.outer.setCurrentIndex(self._page_index)
        self.locked = False
        self.last_input = clock.monotonic()
        self.locked_changed.emit(False)
