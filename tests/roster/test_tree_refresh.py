"""After a save, a delete, its undo, the roster tree's numbers come from the kept counts and only the labels
change: the tree is not read and built again (a new household is the exception: then it is)."""

from __future__ import annotations

import pytest

from desktop.roster.views.roster_page import RosterPage
from desktop.roster.views.tree import ScopeRole
from desktop.ui.qt import QTreeWidgetItem, Qt
from tests.ui.test_roster_page import page, template, world  # noqa: F401 — the roster window's fixtures

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _items(p: RosterPage) -> dict[str, QTreeWidgetItem]:
    """Each node by what it stands for (community, building or household id)."""
    out: dict[str, QTreeWidgetItem] = {}
    stack = [p.tree.topLevelItem(i) for i in range(p.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        scope = item.data(0, ScopeRole)
        key = scope.household_id or scope.building_id or scope.community_id
        if key:
            out[key] = item
        stack.extend(item.child(k) for k in range(item.childCount()))
    return out


def test_delete_undo_and_save_change_only_the_numbers(qtbot, page: RosterPage, world) -> None:  # noqa: F811
    _ctx, ids = world
    before = _items(page)
    assert before[ids["h601"]].text(0) == "601（2）" and before[ids["cid"]].text(0) == "西湖社区（153）"
    page.search.setText("陈小明")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    after = _items(page)
    assert all(after[k] is before[k] for k in before)                  # the same items: not rebuilt
    assert after[ids["h601"]].text(0) == "601（1）"
    assert after[ids["b6"]].text(0) == "西湖花园6号楼（2）" and after[ids["cid"]].text(0) == "西湖社区（152）"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _items(page)[ids["h601"]].text(0) == "601（2）" and before[ids["cid"]].text(0) == "西湖社区（153）"

    page.search.clear()
    page.run_search()
    assert page.tree.select_household(ids["h501"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page.editor.edits["name"].insert("张新")
    qtbot.keyClick(page.editor.edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = _items(page)
    assert after[ids["h501"]] is before[ids["h501"]] and after[ids["h501"]].text(0) == "501（2）"
    assert after[ids["cid"]].text(0) == "西湖社区（154）"
