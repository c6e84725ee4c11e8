"""The search line above a list: the keys that move between typing and the results."""

from __future__ import annotations

from desktop.ui.qt import QLineEdit, Qt, QtGui, QWidget, Signal


class SearchBox(QLineEdit):
    """Down moves into the results (`down_pressed`). With `escape_clears`, Esc clears the text and, when it
    is already empty, emits `escape_pressed` (to hand focus back). With `ctrl_return`, Ctrl+Enter emits
    `ctrl_return` instead of `returnPressed` (a second action on the first match)."""

    down_pressed = Signal()
    escape_pressed = Signal()
    ctrl_return = Signal()

    def __init__(self, parent: QWidget | None = None, *, escape_clears: bool = False,
                 ctrl_return: bool = False) -> None:
        super().__init__(parent)
        self.escape_clears = escape_clears
        self.ctrl_return_key = ctrl_return

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.ctrl_return_key and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.ctrl_return.emit()
        elif self.escape_clears and key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escape_pressed.emit()
        elif key == Qt.Key.Key_Down:
            self.down_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
