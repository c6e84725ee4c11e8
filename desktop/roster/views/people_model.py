"""The people table: a lazy Qt model over `service.search_people`.

Rows arrive in pages of `PAGE_SIZE` (canFetchMore/fetchMore); filtering and sorting are done in SQL
by the service, never by a proxy model, so 100,000 people cost no more than the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.db import Database
from desktop.core.security import Actor
from desktop.roster import service
from desktop.roster.service import PersonRow
from desktop.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, plain_html, translated

PAGE_SIZE = 100

COL_NAME = 0
COL_SEX = 1
COL_AGE = 2
COL_BIRTH = 3
COL_ID = 4
COL_PHONE = 5
COL_ADDRESS = 6
COL_TAGS = 7
COL_COMMUNITY = 8
COLUMN_COUNT = 9

_HEADERS = {
    COL_NAME: QT_TRANSLATE_NOOP("PeopleTableModel", "姓名"),
    COL_SEX: QT_TRANSLATE_NOOP("PeopleTableModel", "性别"),
    COL_AGE: QT_TRANSLATE_NOOP("PeopleTableModel", "年龄"),
    COL_BIRTH: QT_TRANSLATE_NOOP("PeopleTableModel", "出生日期"),
    COL_ID: QT_TRANSLATE_NOOP("PeopleTableModel", "身份证号"),
    COL_PHONE: QT_TRANSLATE_NOOP("PeopleTableModel", "电话"),
    COL_ADDRESS: QT_TRANSLATE_NOOP("PeopleTableModel", "住址"),
    COL_TAGS: QT_TRANSLATE_NOOP("PeopleTableModel", "标签"),
    COL_COMMUNITY: QT_TRANSLATE_NOOP("PeopleTableModel", "社区"),
}

# Column -> the service's sort key. Columns not listed here do not sort.
SORT_KEYS = {
    COL_NAME: "name",
    COL_AGE: "age",
    COL_BIRTH: "birth_date",
    COL_PHONE: "phone",
    COL_ADDRESS: "address",
    COL_COMMUNITY: "community",
}

PersonIdRole = Qt.ItemDataRole.UserRole + 1      # the person's id (str)
PersonRowRole = Qt.ItemDataRole.UserRole + 2     # the whole PersonRow
HouseholdIdRole = Qt.ItemDataRole.UserRole + 3   # the person's household id (str | None)
SortKeyRole = Qt.ItemDataRole.UserRole + 4       # the raw value the column sorts by

_SEX = {"M": QT_TRANSLATE_NOOP("PeopleTableModel", "男"), "F": QT_TRANSLATE_NOOP("PeopleTableModel", "女")}


@dataclass(frozen=True)
class PeopleFilters:
    """What narrows the table besides the search text (all applied in SQL)."""

    community_id: str | None = None
    building_id: str | None = None
    household_id: str | None = None
    tags: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {"community_id": self.community_id, "building_id": self.building_id,
                "household_id": self.household_id, "tags": tuple(self.tags),
                "age_min": self.age_min, "age_max": self.age_max}


@dataclass
class _Query:
    text: str = ""
    filters: PeopleFilters = field(default_factory=PeopleFilters)
    sort: str = "name"
    descending: bool = False


class PeopleTableModel(QAbstractTableModel):
    """Read-only table of `PersonRow`s, fetched lazily from the database in pages."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None, *, page_size: int = PAGE_SIZE,
                 on_error: Callable[[Exception], None] | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._on_error = on_error
        self._q = _Query()
        self._rows: list[PersonRow] = []
        self._total: int | None = 0
        self._exhausted = True       # no more pages to fetch
        self._failed = False
        self._sort_column = COL_NAME
        self._generation = 0      # bumped by every new query: an answer to an older one is dropped
        self.queries = 0          # SQL round trips (search + count); read by tests and the benchmark

    # -- querying -----------------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """How many people match the current query (all pages); counted in SQL on first use."""
        if self._total is None:
            self._total = len(self._rows) if self._exhausted and not self._failed else self._count()
        return self._total

    @property
    def database(self) -> Database:
        return self._db

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def query_text(self) -> str:
        return self._q.text

    @property
    def filters(self) -> PeopleFilters:
        return self._q.filters

    def set_query(self, text: str = "", filters: PeopleFilters | None = None) -> None:
        """Run a new search: the table resets and holds its first page."""
        self._generation += 1
        self._q = _Query(text=text.strip(), filters=filters or PeopleFilters(), sort=self._q.sort,
                         descending=self._q.descending)
        self.reload()

    # -- a search run elsewhere (desktop.roster.views.background_search) ------------------------------
    def next_query(self, text: str, filters: PeopleFilters | None = None) -> tuple[int, dict[str, Any]]:
        """A new query that another thread will answer: (its token, the service's keyword arguments for
        its first page). Any answer to an older query is dropped from now on."""
        self._generation += 1
        q = _Query(text=text.strip(), filters=filters or PeopleFilters(), sort=self._q.sort,
                   descending=self._q.descending)
        return self._generation, {"query": q, "text": q.text, **q.filters.as_kwargs(), "sort": q.sort,
                                  "descending": q.descending, "offset": 0, "limit": self._page_size}

    def is_current(self, token: int) -> bool:
        return token == self._generation

    def show_first_page(self, token: int, query: Any, rows: list[PersonRow]) -> bool:
        """The first page of query `token`, found elsewhere; False (and nothing shown) when a newer query
        was started meanwhile."""
        if token != self._generation:
            return False
        self.beginResetModel()
        try:
            self._q = query
            self._rows = list(rows)
            self._failed = False
            self._exhausted = len(self._rows) < self._page_size
            self._total = len(self._rows) if self._exhausted else None
        finally:
            self.endResetModel()
        return True

    def show_total(self, token: int, total: int) -> bool:
        if token != self._generation:
            return False
        self._total = total
        return True

    @property
    def total_known(self) -> bool:
        return self._total is not None

    def set_filters(self, filters: PeopleFilters) -> None:
        self.set_query(self._q.text, filters)

    def reload(self) -> None:
        """Re-run the current query from its first page (after an edit, a delete, an undo).

        Only the first page is read here, so the rows show at once; the count follows when asked for."""
        self.beginResetModel()
        try:
            self._rows = []
            self._total = None
            self._failed = False
            self._exhausted = False
            self._rows = self._page(0)
            self._exhausted = len(self._rows) < self._page_size
        finally:
            self.endResetModel()

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self.queries += 1
        try:
            with self._db.session(self._actor) as s:
                return fn(s, self._actor, *args, **kwargs)
        except Exception as exc:  # shown by the page; an empty table is better than a crash
            if self._on_error is None:
                raise
            self._failed = True
            self._on_error(exc)
            return None

    def _count(self) -> int:
        return self._call(service.count_people, self._q.text, **self._q.filters.as_kwargs()) or 0

    def _page(self, offset: int) -> list[PersonRow]:
        rows = self._call(service.search_people, self._q.text, **self._q.filters.as_kwargs(),
                          sort=self._q.sort, descending=self._q.descending, offset=offset,
                          limit=self._page_size)
        return list(rows or [])

    # -- lazy loading -------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = self._page(len(self._rows))
        if len(more) < self._page_size:
            self._exhausted = True
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def fetch_until(self, row: int) -> None:
        """Page in until `row` is loaded (or everything is)."""
        while row >= len(self._rows) and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

    # -- sorting ------------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._q.sort and descending == self._q.descending and self._sort_column == column:
            return
        self._sort_column = column
        self._q.sort = key
        self._q.descending = descending
        self.reload()

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._q.sort, self._q.descending

    # -- the table ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = _HEADERS.get(section)
            return translated("PeopleTableModel", text) if text else None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int:
        """The loaded row of `person_id`, or -1."""
        for i, r in enumerate(self._rows):
            if r.id == person_id:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == PersonIdRole:
            return r.id
        if role == PersonRowRole:
            return r
        if role == HouseholdIdRole:
            return r.household_id
        if role == SortKeyRole:
            return {COL_NAME: r.name, COL_AGE: r.age, COL_BIRTH: r.birth_date, COL_PHONE: r.phone,
                    COL_ADDRESS: r.address}.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_ADDRESS, COL_TAGS):
            return plain_html(self._display(r, col)) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(r: PersonRow, col: int) -> str:
        if col == COL_NAME:
            return r.name
        if col == COL_SEX:
            return translated("PeopleTableModel", _SEX[r.sex]) if r.sex in _SEX else ""
        if col == COL_AGE:
            return "" if r.age is None else str(r.age)
        if col == COL_BIRTH:
            return r.birth_date.isoformat() if r.birth_date else ""
        if col == COL_ID:
            return r.id_masked or ""
        if col == COL_PHONE:
            return r.phone or ""
        if col == COL_ADDRESS:
            return r.address or ""
        if col == COL_TAGS:
            return "、".join(r.tags)
        if col == COL_COMMUNITY:
            return r.community_name or ""
        return ""
