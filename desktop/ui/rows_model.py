"""Read-only tables of service rows: the model (rows are dataclasses, columns are named) and the view.

    self.model = RowsTableModel([Column(self.tr("姓名"), lambda r: r.name), ...])
    self.table = read_only_table(self.model)
    self.model.set_rows(rows)
    row = selected_row(self.table)          # the dataclass, or None
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.ui.qt import (
    QAbstractItemModel, QAbstractItemView, QAbstractTableModel, QColor, QHeaderView, QModelIndex, QPersistentModelIndex, Qt, QTableView,
    translated,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    header: str                                  # already translated
    value: Callable[[Any], object]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    tint: Callable[[Any], object] | None = None               # the text colour of this cell, per row
    numbered: bool = False                                    # `value(row, n)`: n is the row's place (0…)


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class RowsTableModel(QAbstractTableModel):
    """Rows are plain dataclasses from a service; `highlight(row) -> QColor | None` tints a row."""

    def __init__(self, columns: Sequence[Column], highlight: Callable[[Any], QColor | None] | None = None) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.highlight = highlight

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, n: int) -> Any:
        return self.rows[n]

    def cell(self, row: int, column: int) -> str:
        """The text shown at (row, column)."""
        col = self.columns[column]
        return text(col.value(self.rows[row], row) if col.numbered else col.value(self.rows[row]))

    def column_texts(self, column: int) -> list[str]:
        return [self.cell(r, column) for r in range(len(self.rows))]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None:
            return self.highlight(row)
        if role == Qt.ItemDataRole.ForegroundRole and col.tint is not None:
            return col.tint(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated("Column", self.columns[section].header)    # a header kept in a list, too
        return None


def read_only_table(model: QAbstractItemModel, *, stretch: bool = False, stretch_column: int | None = None,
                    wrap: bool = True, name: str = "", cls: type[QTableView] = QTableView) -> QTableView:
    """A table that shows `model`: whole rows selected one at a time, no editing, no row numbers; columns
    fit their contents and the last one (or `stretch_column`) takes the rest; `stretch`: all columns share
    the width. `name` is what a screen reader says."""
    view = cls()
    view.setModel(model)
    if name:
        view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _title_floor(header, range(header.count()))
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_column is None:
            # the last column takes the rest, but never less than its title: Qt keeps the size it had when
            # stretching began as its floor (otherwise 100 px, which cuts a longer title)
            header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
            _title_floor(header, [stretch_column])
    view.setWordWrap(wrap)
    return view


def _title_floor(header: QHeaderView, columns: Any) -> None:
    """Columns that share out the width never get narrower than their titles; where the table is too narrow
    the table scrolls its columns. Qt knows one floor for all a header's columns (the widest of those
    titles), and gives a column that shares out the width no less than the default size."""
    widest = max((header.sectionSizeFromContents(c).width() for c in columns), default=0)
    header.setMinimumSectionSize(max(header.minimumSectionSize(), widest))
    header.setDefaultSectionSize(max(header.defaultSectionSize(), widest))


def selected_row(view: QTableView) -> Any:
    """The row (dataclass) under the view's current index, or None."""
    index = view.currentIndex()
    model = view.model()
    if not index.isValid() or not isinstance(model, RowsTableModel):
        return None
    return model.row(index.row())
