"""Lists whose long texts wrap in full: a reason with its fix at the end, a value from a sheet.

A QTreeView asks its delegate for a row's height without telling it how wide the column is, so a wrapped
text is measured as one line and cut with "…", and heights are not asked again when a column is resized.
`wrap_rows(view)` gives the view a delegate that measures each cell at its column's width, and lays the
rows out again when a column's width changes.
"""

from __future__ import annotations

from typing import Any

from desktop.ui.qt import QModelIndex, QRect, QPersistentModelIndex, QSize, QStyledItemDelegate, Qt, QTreeView


class _ColumnWidthDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: Any, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        width = self.view.header().sectionSize(index.column())
        if width > 0:
            # the style wraps only within a valid rectangle: the column's width, any height (the text's is measured)
            option.rect = QRect(0, 0, width, 1 << 20)
            option.features |= option.ViewItemFeature.WrapText
        return super().sizeHint(option, index)


def wrap_rows(view: QTreeView) -> None:
    """Every cell of `view` wraps at its column's width, in full (no "…"), its row as tall as it needs."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(_ColumnWidthDelegate(view))
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
