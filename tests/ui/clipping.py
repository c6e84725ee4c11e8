"""What a person cannot read whole on a page: a table's or tree's column header narrower than its title, a
group box's title wider than its box, a tab whose title is cut, a label (one that does not wrap) narrower
than its text, a label that wraps shorter than its lines, a tree's label cut, a part of the page that scrolls sideways. Measured with the widgets' own font metrics and
size hints, on what is shown (hidden columns and hidden widgets aside)."""

from __future__ import annotations

from desktop.ui.qt import Qt, QtWidgets, QWidget

QStyle = QtWidgets.QStyle

SLACK = 2          # px of rounding between the style's own sizes and ours


def _lines(text: object) -> list[str]:
    return [line for line in str(text or "").split("\n") if line.strip()]


def _header_cuts(where: str, header: QtWidgets.QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cuts = []
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        lines = _lines(model.headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        if not lines:
            continue
        need = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        if header.sectionSize(i) + SLACK < need:
            cuts.append(f"{where}: column {lines[0]!r} is {header.sectionSize(i)} px, its title needs {need}")
    return cuts


def _group_cuts(where: str, box: QtWidgets.QGroupBox) -> list[str]:
    title = box.title().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not title or not box.isVisible():
        return []
    need = box.fontMetrics().horizontalAdvance(title) + 2 * box.fontMetrics().averageCharWidth()
    if box.isCheckable():
        need += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
    if box.width() + SLACK < need:
        return [f"{where}: group {title!r} is {box.width()} px, its title needs {need}"]
    return []


def _tab_cuts(where: str, bar: QtWidgets.QTabBar) -> list[str]:
    if not bar.isVisible():
        return []
    metrics = bar.fontMetrics()
    cuts = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        text = bar.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = metrics.horizontalAdvance(text)
        rect = bar.tabRect(i)
        if rect.width() + SLACK < need or rect.right() > bar.width() + SLACK and not bar.usesScrollButtons():
            cuts.append(f"{where}: tab {text!r} is {rect.width()} px, its title needs {need}")
    return cuts


def _label_cuts(where: str, label: QtWidgets.QLabel) -> list[str]:
    """A label that does not wrap shows its text on one line: narrower than that line, the end is cut."""
    if not label.isVisible() or label.wordWrap() or not label.text().strip() or label.width() <= 0:
        return []
    need = label.sizeHint().width()                 # text, margins and indent, rich text laid out
    if label.width() + SLACK < need:
        return [f"{where}: label {label.text()[:60]!r} is {label.width()} px, its text needs {need}"]
    return []


def _wrapped_cuts(where: str, label: QtWidgets.QLabel) -> list[str]:
    """A label that wraps needs the height of its lines at its width: shorter, the last lines are cut."""
    if not label.isVisible() or not label.wordWrap() or not label.text().strip() or label.width() <= 0:
        return []
    need = label.heightForWidth(label.width())
    if label.height() + SLACK < need:
        return [f"{where}: wrapped label {label.text()[:60]!r} is {label.height()} px high, its lines need {need}"]
    return []


def _tree_cuts(where: str, tree: QtWidgets.QTreeWidget) -> list[str]:
    """A tree without a header (nothing to widen) shows its top two levels' labels whole where shown."""
    if not tree.isVisible() or not tree.isHeaderHidden() or tree.viewport().width() <= 0:
        return []
    metrics = tree.fontMetrics()
    margin = 2 * tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    cuts = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for item in [top, *(top.child(j) for j in range(top.childCount()) if top.isExpanded())]:
            rect = tree.visualItemRect(item)
            need = metrics.horizontalAdvance(item.text(0)) + margin
            if rect.isValid() and rect.left() + need > tree.viewport().width() + SLACK:
                cuts.append(f"{where}: tree label {item.text(0)!r} has {tree.viewport().width() - rect.left()} px, "
                            f"needs {need}")
    return cuts


# Parts of a page that may scroll sideways, each with why: none yet. (Tables and lists scroll their own
# columns; this is about a panel of controls — or a whole page — wider than what shows it.)
SIDEWAYS_ALLOWED: dict[str, str] = {}


def _min_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _widest(widget: QWidget) -> str:
    """What makes `widget` wide: down its widest shown children to the last that is wide on its own."""
    path = []
    while True:
        children = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if c.isVisible()]
        if not children:
            break
        widest = max(children, key=_min_width)
        if _min_width(widest) * 3 < _min_width(widget):     # shared among many: stop here
            break
        widget = widest
        text = getattr(widget, "text", None) or getattr(widget, "currentText", None)
        label = str(text())[:30] if callable(text) else ""
        path.append(f"{type(widget).__name__}{' ' + repr(label) if label else ''} {_min_width(widget)}")
    return " > ".join(path[-3:])


def _sideways(where: str, area: QtWidgets.QScrollArea) -> list[str]:
    bar = area.horizontalScrollBar()
    if not area.isVisible() or area.objectName() in SIDEWAYS_ALLOWED:
        return []
    if bar.isVisible() and bar.maximum() > 0:
        inner = area.widget()
        need = inner.minimumSizeHint().width() if inner is not None else 0
        return [f"{where}: {area.objectName() or type(inner).__name__} scrolls sideways by {bar.maximum()} px "
                f"(its content needs {need} px, {area.viewport().width()} shown: {_widest(inner)})"]
    return []


def sideways(where: str, area: QtWidgets.QScrollArea) -> list[str]:
    """`area` (a page's own scroll area) and the scroll areas under it that scroll sideways."""
    out = _sideways(where, area)
    for inner in area.findChildren(QtWidgets.QScrollArea):
        out += _sideways(where, inner)
    return out


def clipped(where: str, root: QWidget) -> list[str]:
    """The titles under `root` that are shown cut, one line each."""
    out: list[str] = []
    for header in root.findChildren(QtWidgets.QHeaderView):
        out += _header_cuts(where, header)
    for box in root.findChildren(QtWidgets.QGroupBox):
        out += _group_cuts(where, box)
    for bar in root.findChildren(QtWidgets.QTabBar):
        out += _tab_cuts(where, bar)
    for label in root.findChildren(QtWidgets.QLabel):
        out += _label_cuts(where, label) + _wrapped_cuts(where, label)
    for tree in root.findChildren(QtWidgets.QTreeWidget):
        out += _tree_cuts(where, tree)
    for area in root.findChildren(QtWidgets.QScrollArea):
        out += _sideways(where, area)
    return out


def every_tab(root: QWidget, app: QtWidgets.QApplication, where: str) -> list[str]:
    """`clipped` on each tab of each tab widget under `root` in turn (back on the first tab after)."""
    out = clipped(where, root)
    for tabs in root.findChildren(QtWidgets.QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for i in range(tabs.count()):
            if i == first or not tabs.isTabVisible(i) or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            app.processEvents()
            out += clipped(f"{where}/{tabs.tabText(i)}", tabs.widget(i))
        tabs.setCurrentIndex(first)
    return sorted(set(out), key=out.index)
