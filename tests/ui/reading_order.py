"""Tab order against reading order: following the focus chain (what Tab does) over the widgets a person can
reach by Tab on screen, a step must not jump back up or back left: rows are read top to bottom and each row
left to right; a step up into a column to the right is the next column (a side panel), not a step back.
A row's tolerance is half the taller widget's height."""

from __future__ import annotations

from desktop.ui.qt import QAbstractSpinBox, QComboBox, Qt, QtCore, QtWidgets, QWidget

QPoint, QRect = QtCore.QPoint, QtCore.QRect


def _reachable(w: QWidget, root: QWidget) -> bool:
    if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or not w.isVisible() or not w.isEnabled():
        return False
    if w.focusProxy() is not None or isinstance(w.parent(), (QComboBox, QAbstractSpinBox)):
        return False                                    # a part of a composite widget: the widget is the stop
    return w is root or root.isAncestorOf(w)


def chain(root: QWidget) -> list[QWidget]:
    """The widgets under `root` Tab visits, in the order it visits them."""
    out: list[QWidget] = []
    seen: set[int] = set()
    w = root.nextInFocusChain()
    while w is not None and w is not root and id(w) not in seen and len(seen) < 3000:
        seen.add(id(w))
        if _reachable(w, root):
            out.append(w)
        w = w.nextInFocusChain()
    return out


def _rect(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, QPoint(0, 0)), w.size())


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("accessibleName", "text", "placeholderText", "objectName"):
        value = getattr(w, attr, None)
        if callable(value):
            try:
                text = str(value())
            except TypeError:
                continue
            if text:
                break
    return f"{type(w).__name__} {text[:20]!r}"


def backward_steps(where: str, root: QWidget) -> list[str]:
    """The steps of Tab under `root` that go back up or back left on screen, one line each."""
    top = root.window()
    widgets = chain(root)
    if widgets:                 # Tab goes round: the round starts where reading does, at the top left
        first = min(widgets, key=lambda w: (_rect(w, top).top() // 8, _rect(w, top).left()))
        at = widgets.index(first)
        widgets = widgets[at:] + widgets[:at]
    problems = []
    for a, b in zip(widgets, widgets[1:]):
        ra, rb = _rect(a, top), _rect(b, top)
        tolerance = max(ra.height(), rb.height()) // 2
        same_row = abs(ra.center().y() - rb.center().y()) <= tolerance
        up = rb.center().y() < ra.top() and not same_row
        next_column = rb.left() >= ra.right() - 2
        left = same_row and rb.right() <= ra.left() + 2
        if (up and not next_column) or left:
            problems.append(f"{where}: Tab goes from {_name(a)} at ({ra.x()},{ra.y()}) back to {_name(b)} "
                            f"at ({rb.x()},{rb.y()})")
    return problems


def every_tab(where: str, root: QWidget, app: QtWidgets.QApplication) -> list[str]:
    """`backward_steps` on each tab of each tab widget under `root` in turn."""
    out = backward_steps(where, root)
    for tabs in root.findChildren(QtWidgets.QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == first or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            app.processEvents()
            out += backward_steps(f"{where}/{tabs.tabText(i)}", tabs.widget(i))
        tabs.setCurrentIndex(first)
    return out
