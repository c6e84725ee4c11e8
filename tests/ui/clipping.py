"""What a person cannot read whole on a page: a table's or tree's column header narrower than its title, a
group box's title wider than its box, a tab whose title is cut. Measured with the widgets' own font
metrics, on what is shown (hidden columns and hidden widgets aside)."""

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


def clipped(where: str, root: QWidget) -> list[str]:
    """The titles under `root` that are shown cut, one line each."""
    out: list[str] = []
    for header in root.findChildren(QtWidgets.QHeaderView):
        out += _header_cuts(where, header)
    for box in root.findChildren(QtWidgets.QGroupBox):
        out += _group_cuts(where, box)
    for bar in root.findChildren(QtWidgets.QTabBar):
        out += _tab_cuts(where, bar)
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
