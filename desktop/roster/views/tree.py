"""Community → building → household tree. Selecting a node narrows the people table to it."""

from __future__ import annotations

from dataclasses import dataclass
from desktop.roster.places import CommunityNode
from desktop.ui.qt import QAbstractItemView, Qt, QTreeWidget, QTreeWidgetItem, QWidget, Signal

ScopeRole = Qt.ItemDataRole.UserRole + 1


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
        text = f"{name}（{count}）" if isinstance(count, int) else name
        item = QTreeWidgetItem([text])
        item.setData(0, ScopeRole, scope)
        return item

    def scope(self) -> TreeScope:
        item = self.currentItem()
        if item is None:
            return TreeScope()
        return item.data(0, ScopeRole) or TreeScope()

    def select_household(self, household_id: str) -> bool:
        """Select the node of `household_id` (used after Ctrl+N); False when it is not in the tree."""
        for i in range(self.topLevelItemCount()):
            stack = [self.topLevelItem(i)]
            while stack:
                item = stack.pop()
                scope = item.data(0, ScopeRole)
                if scope is not None and scope.household_id == household_id:
                    self.setCurrentItem(item)
                    return True
                stack.extend(item.child(k) for k in range(item.childCount()))
        return False

    def _changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        scope = current.data(0, ScopeRole) if current is not None else None
        self.scope_changed.emit(scope or TreeScope())
