"""Community → building → household tree. Selecting a node narrows the people table to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.roster.places import CommunityNode
from desktop.ui.qt import QAbstractItemView, Qt, QTreeWidget, QTreeWidgetItem, QtWidgets, QWidget, Signal, plain_html

ScopeRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2      # the name the label shows
CountRole = Qt.ItemDataRole.UserRole + 3     # and the head count after it


@dataclass(frozen=True)
class TreeScope:
    """What the selected node stands for; all None means everyone the user may see."""

    community_id: str | None = None
    building_id: str | None = None
    household_id: str | None = None
    label: str = ""


class RosterTree(QTreeWidget):
    """Filled from `service.roster_tree`; emits `scope_changed(TreeScope)` when the selection moves."""

    scope_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAccessibleName(self.tr("社区楼栋住户"))
        self.currentItemChanged.connect(self._changed)

    def set_nodes(self, communities: list[CommunityNode]) -> None:
        """Rebuild from `service.roster_tree`, keeping the current selection when it still exists."""
        keep = self.scope()
        self.blockSignals(True)
        try:
            self.clear()
            everyone = QTreeWidgetItem([self.tr("全部")])
            everyone.setData(0, ScopeRole, TreeScope(label=self.tr("全部")))
            self.addTopLevelItem(everyone)
            select = everyone
            for c in communities:
                c_scope = TreeScope(community_id=c.id, label=c.name)
                c_item = self._item(c.name, c.count, c_scope)
                self.addTopLevelItem(c_item)
                if keep == c_scope:
                    select = c_item
                for b in c.buildings:
                    b_scope = TreeScope(community_id=c.id, building_id=b.id, label=b.label)
                    b_item = self._item(b.label, b.count, b_scope)
                    c_item.addChild(b_item)
                    if keep == b_scope:
                        select = b_item
                    for h in b.households:
                        h_scope = TreeScope(community_id=c.id, building_id=b.id, household_id=h.id,
                                            label=h.address or f"{b.label}{h.label}")
                        h_item = self._item(h.label, h.count, h_scope)
                        b_item.addChild(h_item)
                        if keep == h_scope:
                            select = h_item
            if len(communities) == 1:
                self.topLevelItem(1).setExpanded(True)
            self.setCurrentItem(select)
            p = select.parent()
            while p is not None:
                p.setExpanded(True)
                p = p.parent()
        finally:
            self.blockSignals(False)

    def _item(self, name: str, count: int | None, scope: TreeScope) -> QTreeWidgetItem:
        item = QTreeWidgetItem([""])
        item.setData(0, ScopeRole, scope)
        self._label(item, name, count)
        return item

    @staticmethod
    def _label(item: QTreeWidgetItem, name: str, count: int | None) -> bool:
        """Show `name（count）`; False when it already did."""
        if item.text(0) and item.data(0, NameRole) == name and item.data(0, CountRole) == count:
            return False
        item.setData(0, NameRole, name)
        item.setData(0, CountRole, count)
        text = f"{name}（{count}）" if isinstance(count, int) else name
        item.setText(0, text)
        item.setToolTip(0, plain_html(text))     # whole on hover, where a narrow tree cuts the label
        return True

    def needed_width(self) -> int:
        """The width that shows each community's and building's label whole (households, the deepest and
        most numerous, may be cut: their tooltip and the table say the rest), the scroll bar included."""
        metrics = self.fontMetrics()
        style = self.style()
        margin = 2 * style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 4
        widest = 0
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            widest = max(widest, metrics.horizontalAdvance(top.text(0)) + self.indentation())
            for j in range(top.childCount()):
                widest = max(widest, metrics.horizontalAdvance(top.child(j).text(0)) + 2 * self.indentation())
        scroll = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return widest + margin + scroll + 2 * self.frameWidth()

    def has_household(self, household_id: str) -> bool:
        return self._find(lambda scope: scope.household_id == household_id) is not None

    def update_counts(self, communities: dict[str, int], households: dict[str, int]) -> int:
        """New head counts (`service.tree_counts`) into the labels, the tree left as it is; returns how
        many labels changed."""
        changed = 0
        for i in range(1, self.topLevelItemCount()):
            c_item = self.topLevelItem(i)
            c_scope = c_item.data(0, ScopeRole)
            for j in range(c_item.childCount()):
                b_item = c_item.child(j)
                total = 0
                for k in range(b_item.childCount()):
                    h_item = b_item.child(k)
                    n = households.get(h_item.data(0, ScopeRole).household_id, 0)
                    total += n
                    changed += self._label(h_item, h_item.data(0, NameRole), n)
                changed += self._label(b_item, b_item.data(0, NameRole), total)
            changed += self._label(c_item, c_item.data(0, NameRole), communities.get(c_scope.community_id, 0))
        return changed

    def scope(self) -> TreeScope:
        item = self.currentItem()
        if item is None:
            return TreeScope()
        return item.data(0, ScopeRole) or TreeScope()

    def select_household(self, household_id: str) -> bool:
        """Select the node of `household_id` (used after Ctrl+N); False when it is not in the tree."""
        item = self._find(lambda scope: scope.household_id == household_id)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def _find(self, wanted: Callable[[TreeScope], bool]) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            stack = [self.topLevelItem(i)]
            while stack:
                item = stack.pop()
                scope = item.data(0, ScopeRole)
                if scope is not None and wanted(scope):
                    return item
                stack.extend(item.child(k) for k in range(item.childCount()))
        return None

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        scope = current.data(0, ScopeRole) if current is not None else None
        self.scope_changed.emit(scope or TreeScope())
