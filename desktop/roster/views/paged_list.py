"""A read-only list that shows a page of rows and fetches the next page as it is scrolled to its end: an
import's preview of a 200,000-row sheet makes items for what can be seen, not for every row (the rows
themselves stay on disk, desktop.roster.import_store)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from desktop.ui.qt import QTreeWidget, QTreeWidgetItem, QWidget

PAGE = 200                  # items made at once: more than a window shows


class PagedList(QTreeWidget):
    """`show_rows(rows, items)`: the first page of `rows` (any iterable, read as pages are asked for),
    each made into its items by `items(row)`; scrolling to the end adds the next page."""

    def __init__(self, parent: QWidget | None = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.page = page
        self._source: Iterator[Any] | None = None
        self._items: Callable[[Any], list[QTreeWidgetItem]] = lambda _row: []
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def show_rows(self, rows: Iterable[Any], items: Callable[[Any], list[QTreeWidgetItem]]) -> None:
        self.clear()
        self._source, self._items = iter(rows), items
        self.fetch_more()

    @property
    def more(self) -> bool:
        """Are there rows not fetched yet (as far as is known)?"""
        return self._source is not None

    def fetch_more(self) -> int:
        """Add the next page's items; returns how many rows were read."""
        if self._source is None:
            return 0
        rows = list(islice(self._source, self.page))
        if len(rows) < self.page:
            self._source = None
        made = [item for row in rows for item in self._items(row)]
        if made:
            self.addTopLevelItems(made)
        return len(rows)

    def _scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if self._source is not None and value >= bar.maximum() - bar.pageStep() // 2:
            self.fetch_more()
