"""A row of controls that wraps onto a second line where the page is too narrow for it (1024 px, large type,
English labels) instead of making the page wider than the screen. Within a line, what is left over goes to
the controls that grow sideways (a search box), as in a box layout."""

from __future__ import annotations

from shiboken6 import isValid

from desktop.ui.qt import QSize, QSizePolicy, QtCore, QtWidgets

QLayout, QLayoutItem = QtWidgets.QLayout, QtWidgets.QLayoutItem
QRect = QtCore.QRect


class FlowLayout(QLayout):
    def __init__(self, parent: QtWidgets.QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._width: int | None = None      # the width last laid out in
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's list of items --------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def _live(self) -> list[QLayoutItem]:
        """The items Qt has not deleted behind our back (it does, for a widget deleted while in the row)."""
        if not all(isValid(i) for i in self._items):
            self._items = [i for i in self._items if isValid(i)]
        return self._items

    # -- sizes --------------------------------------------------------------------------------------
    # Not height-for-width: a box layout holding one would then ask for the preferred height of everything
    # under it (a table's whole height), and a page in a scroll area would scroll as a whole. Instead the
    # height is that of the lines at the width last given, and a new width that changes it asks the
    # window to lay out again.
    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802
        return QtCore.Qt.Orientation(0)

    def sizeHint(self) -> QSize:  # noqa: N802
        """Everything on one line (as high as the lines at the width last given)."""
        return QSize(self._one_line(), self._height())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest control."""
        m = self.contentsMargins()
        width = max((self._floor(i) for i in self._shown()), default=0) + m.left() + m.right()
        return QSize(width, self._height())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        before = self._height()
        self._width = rect.width()
        self._arrange(rect, move=True)
        if self._height() != before:
            self.invalidate()          # the lines changed: the page gives this row its new height

    def _height(self) -> int:
        width = self._width if self._width is not None else self._one_line()
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def _one_line(self) -> int:
        shown = self._shown()
        m = self.contentsMargins()
        return sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0) + m.left() + m.right()

    # -- placing ------------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._live() if not i.isEmpty()]

    @staticmethod
    def _grows(item: QLayoutItem) -> bool:
        widget = item.widget()
        return widget is not None and bool(widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)

    def _floor(self, item: QLayoutItem) -> int:
        """The width an item takes when a line is short of room: a growing one its minimum, others their hint."""
        size = item.minimumSize() if self._grows(item) else item.sizeHint()
        return max(size.width(), item.minimumSize().width())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Fill lines left to right; returns the height used."""
        m = self.contentsMargins()
        left, top = rect.x() + m.left(), rect.y() + m.top()
        width = max(rect.width() - m.left() - m.right(), 0)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = self._floor(item)
            if lines[-1] and used + self._gap + need > width:
                lines.append([])
                used = 0
            used += need + (self._gap if lines[-1] else 0)
            lines[-1].append(item)
        y = top
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            widths = [self._floor(i) for i in line]
            spare = width - sum(widths) - self._gap * (len(line) - 1)
            growing = [k for k, i in enumerate(line) if self._grows(i)]
            for n, k in enumerate(growing):     # the room left over goes to what grows, shared out
                extra = max(spare, 0) // len(growing) + (1 if n < max(spare, 0) % len(growing) else 0)
                widths[k] += extra
            if move:
                x = left
                for item, w in zip(line, widths):
                    h = min(item.sizeHint().height(), height) if not self._grows(item) else height
                    item.setGeometry(QRect(x, y + (height - h) // 2, w, h))
                    x += w + self._gap
            y += height + self._gap
        return y - self._gap - top + m.top() + m.bottom() if y > top else m.top() + m.bottom()
