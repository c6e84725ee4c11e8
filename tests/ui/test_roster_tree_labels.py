"""The roster tree's labels are data: a community or building named in markup is shown and hovered as
typed, and the width the tree asks for is that of the labels as shown."""

from __future__ import annotations

import pytest

from desktop.roster.places import BuildingNode, CommunityNode, HouseholdNode
from desktop.roster.views.tree import RosterTree
from desktop.ui.qt import QtGui

pytestmark = pytest.mark.gui

IMG = '<img src="/dev/zero">'
BOLD = "<b>大字</b>"


def test_markup_in_a_community_or_building_name_is_text_in_the_label_and_its_tooltip(qtbot) -> None:  # noqa: ANN001
    tree = RosterTree()
    qtbot.addWidget(tree)
    house = HouseholdNode("h1", "501", "", "501", f"{BOLD}501", 2)
    tree.set_nodes([CommunityNode("c1", IMG, 2, [BuildingNode("b1", BOLD, "", BOLD, 2, [house])])])
    community = tree.topLevelItem(1)
    building = community.child(0)
    assert community.text(0) == f"{IMG}（2）" and building.text(0) == f"{BOLD}（2）"
    for item in (community, building):
        tip = item.toolTip(0)
        doc = QtGui.QTextDocument()
        doc.setHtml(tip)                                   # how Qt shows a tooltip it takes for rich text
        assert doc.toPlainText() == item.text(0) and "<img" not in tip and "<b>" not in tip
    metrics = tree.fontMetrics()
    assert tree.needed_width() >= metrics.horizontalAdvance(f"{BOLD}（2）") + 2 * tree.indentation()
