"""花名册: the community/building/household tree, the people table (lazy, sorted and filtered in SQL)
and the person editor (deleting, importing, duplicates and printouts: roster_actions). The keyboard does everything:

Ctrl+F search · arrows move · Enter edits · Esc closes/clears · Ctrl+N new person in the selected
household · Delete soft-deletes (Ctrl+Z undoes) · Ctrl+S saves the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.roster import service
from desktop.roster.views.background_search import BackgroundSearch
from desktop.roster.views.people_model import (
    COL_ADDRESS, COL_COMMUNITY, COL_NAME, COL_TAGS, PeopleFilters, PeopleTableModel, PersonIdRole, PersonRowRole,
)
from desktop.roster.views.person_editor import PersonEditor
from desktop.roster.views.roster_actions import RosterActions
from desktop.roster.views.tree import RosterTree, TreeScope
from desktop.ui.context import AppContext
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.look import type_scale
from desktop.ui.page import Page
from desktop.ui.print_actions import print_menu_button
from desktop.ui.search_box import SearchBox
from desktop.ui.qt import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QKeySequence, QLabel,
    QPushButton, QShortcut, QShowEvent, QSplitter, Qt, QTableView, QTimer, QVBoxLayout, QWidget, Signal,
)

SEARCH_DEBOUNCE_MS = 150
SELECT_FETCH_LIMIT = 2000     # how far to page in to find a just-saved person before giving up

# (label, age_min, age_max)
AGE_BANDS: list[tuple[str, int | None, int | None]] = [
    ("全部年龄", None, None),
    ("0-18岁", None, 18),
    ("19-59岁", 19, 59),
    ("60岁以上", 60, None),
    ("70岁以上", 70, None),
    ("80岁以上", 80, None),
]


class PeopleTable(QTableView):
    """The people table; Enter asks for the editor, Delete for a soft delete, Esc for the search box."""

    open_requested = Signal()
    delete_requested = Signal()
    escape_pressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RosterPage(RosterActions, Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._undo: tuple[str, str] | None = None     # (person_id, name) of the last soft delete
        self.not_duplicates: set[frozenset[str]] = set()  # pairs marked 不是同一人, for this session
        self.duplicates_dialog: Any = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_typed)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        self.model = PeopleTableModel(ctx.db, ctx.actor, self, on_error=self._model_error)
        self.searcher = BackgroundSearch(self, self.model)      # what is typed is searched off this thread
        self.searcher.arrived.connect(self._rows_arrived)
        self.searcher.counted.connect(lambda n: self.count_label.setText(self.tr("共 %n 人", "", n)))
        self.searcher.refused.connect(self._show_message)
        self._keep_after_search: str | None = None
        self._build()
        self._shortcuts()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)

        top = FlowLayout()          # wraps onto a second line where the page is narrow (large type, English)
        self.search = SearchBox(escape_clears=True)
        self.search.setObjectName("rosterSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音首字母（如 cfs）、电话尾号、住址（如 6号楼501）、标签　Ctrl+F"))
        f = self.search.font()
        f.setPointSize(max(f.pointSize(), 10) + 2)
        self.search.setFont(f)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.search.escape_pressed.connect(lambda: self.table.setFocus())
        self.search.down_pressed.connect(self._focus_table)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("搜索：姓名、拼音"))
        top.addWidget(self.search)

        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("按标签筛选"))
        self.tag_combo.addItem(self.tr("全部标签"), "")
        for tag in self._tag_names():
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        top.addWidget(self.tag_combo)

        self.age_combo = QComboBox()
        self.age_combo.setAccessibleName(self.tr("按年龄筛选"))
        for label, lo, hi in AGE_BANDS:
            self.age_combo.addItem(self.tr(label), (lo, hi))
        self.age_combo.currentIndexChanged.connect(lambda _i: self.run_search())
        top.addWidget(self.age_combo)

        self.count_label = QLabel()
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(self.tr("共 %n 人", "", 99999)))
        top.addWidget(self.count_label)

        can_edit = self.ctx.actor.can(Perm.ROSTER_EDIT)
        self.new_button = QPushButton(self.tr("新增 (Ctrl+N)"))
        self.new_button.setEnabled(can_edit)
        self.new_button.clicked.connect(self.new_person)
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("导入Excel…"))
        self.import_button.setVisible(self.ctx.actor.can(Perm.ROSTER_IMPORT))
        self.import_button.clicked.connect(self.open_import)
        top.addWidget(self.import_button)
        self.duplicates_button = QPushButton(self.tr("疑似重复…"))
        self.duplicates_button.clicked.connect(self.open_duplicates)
        top.addWidget(self.duplicates_button)
        self.print_button = print_menu_button(self.tr("打印"), self.tr("另存为 PDF"), [
            (self.tr("楼栋住户一览表"), lambda save: self.print_document("building", save)),
            (self.tr("户卡"), lambda save: self.print_document("household", save)),
            (self.tr("关注事项清单"), lambda save: self.print_document("attention", save))])
        top.addWidget(self.print_button)
        outer.addLayout(top)

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setStyleSheet("QFrame { background: #fff4ce; }")
        ub = QHBoxLayout(self.undo_bar)
        ub.setContentsMargins(8, 2, 8, 2)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("撤销 (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        ub.addWidget(self.undo_label, 1)
        ub.addWidget(self.undo_button)
        self.undo_bar.hide()
        outer.addWidget(self.undo_bar)

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = RosterTree()
        self.tree.scope_changed.connect(lambda _s: self.run_search())
        self.splitter.addWidget(self.tree)

        self.table = PeopleTable()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        scale = type_scale()            # widths for type size 1.0, grown with the type and never under the title
        for col, width in ((COL_NAME, 90), (1, 44), (2, 48), (3, 96), (4, 160), (5, 110), (COL_ADDRESS, 170),
                           (COL_TAGS, 120), (COL_COMMUNITY, 60)):
            self.table.setColumnWidth(col, max(round(width * scale), header.sectionSizeHint(col)))
        header.setStretchLastSection(True)      # after the widths: the last one's is its floor
        self.table.open_requested.connect(self.open_editor)
        self.table.doubleClicked.connect(lambda _i: self.open_editor())
        self.table.delete_requested.connect(self.delete_current)
        self.table.escape_pressed.connect(self._escape_from_table)
        self.splitter.addWidget(self.table)

        self.editor = PersonEditor(self.ctx)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self._focus_table)
        self.editor.delete_requested.connect(lambda pid: self.delete_person(pid))
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([180, 700, 400])
        outer.addWidget(self.splitter, 1)

    def _shortcuts(self) -> None:
        def sc(seq: QKeySequence | QKeySequence.StandardKey | str, fn: Callable[[], Any]) -> QShortcut:
            s = QShortcut(QKeySequence(seq), self)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            s.activated.connect(fn)
            return s

        self._sc_find = sc(QKeySequence.StandardKey.Find, self.focus_search)
        self._sc_new = sc(QKeySequence.StandardKey.New, self.new_person)
        self._sc_undo = sc(QKeySequence.StandardKey.Undo, self._undo_shortcut)

    def _tag_names(self) -> list[str]:
        with self.ctx.db.session(self.ctx.actor) as s:
            return service.known_tags(s)

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload_tree()
        self.run_search()

    def reload_tree(self) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                nodes = service.roster_tree(s, self.ctx.actor)
        except UserError as exc:
            self._show_message(shown(exc))
            return
        self.tree.blockSignals(True)
        try:
            self.tree.set_nodes(nodes)
        finally:
            self.tree.blockSignals(False)
        self._fit_tree()

    def _fit_tree(self) -> None:
        """The tree as wide as its community and building labels need — at large type or in English its
        first 180 px cut them — a third of the page at most, never narrower than it is (or was dragged)."""
        sizes = self.splitter.sizes()
        if not self.splitter.isVisible() or len(sizes) != 3 or sum(sizes) <= 0:
            return                                  # sized on the first show, when the widths are known
        want = min(self.tree.needed_width(), sum(sizes) // 3)
        if want > sizes[0]:
            self.splitter.setSizes([want, max(sizes[1] - (want - sizes[0]), 0), sizes[2]])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_tree)        # after the layout has given the splitter its width

    def filters(self) -> PeopleFilters:
        scope: TreeScope = self.tree.scope()
        tag = self.tag_combo.currentData() or ""
        lo, hi = self.age_combo.currentData() or (None, None)
        return PeopleFilters(community_id=scope.community_id, building_id=scope.building_id,
                             household_id=scope.household_id, tags=(tag,) if tag else (),
                             age_min=lo, age_max=hi)

    def search_typed(self) -> None:
        """The debounce ran out: search what is typed on a worker; the rows replace the table's when they
        come (unless something newer was asked for meanwhile)."""
        self._debounce.stop()
        self._keep_after_search = self.current_person_id()
        self._hide_message()
        self.searcher.start(self.search.text(), self.filters())

    def _rows_arrived(self) -> None:
        self.count_label.setText("")
        keep, self._keep_after_search = self._keep_after_search, None
        if keep:
            self.select_person(keep, fetch=False)
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def run_search(self) -> None:
        """Search now, on this thread (Enter, a filter, after a save): quick, and it supersedes any
        search still running for what was typed."""
        self._debounce.stop()
        self.searcher.cancel()
        keep = self.current_person_id()
        self._hide_message()
        self.model.set_query(self.search.text(), self.filters())
        self.count_label.setText("")
        self._count_timer.start()                      # the rows first, the count right after
        if keep:
            self.select_person(keep, fetch=False)
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def _search_now(self) -> None:
        self.run_search()
        self._focus_table()

    def _update_count(self) -> None:
        self._count_timer.stop()
        self.count_label.setText(self.tr("共 %n 人", "", self.model.total))

    def _model_error(self, exc: Exception) -> None:
        if isinstance(exc, UserError):
            self._show_message(shown(exc))
        else:
            raise exc

    # -- selection & keyboard -----------------------------------------------------------------------
    def current_person_id(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, PersonIdRole) if idx.isValid() else None

    def select_person(self, person_id: str, *, fetch: bool = True) -> bool:
        row = self.model.row_of(person_id)
        while row < 0 and fetch and self.model.canFetchMore() and self.model.rowCount() < SELECT_FETCH_LIMIT:
            self.model.fetchMore()
            row = self.model.row_of(person_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)

    def _escape_from_table(self) -> None:
        if self.editor.is_editing():
            self.editor.clear()
        elif self.search.text():
            self.search.clear()
            self.run_search()
        else:
            self.focus_search()

    def open_editor(self) -> None:
        pid = self.current_person_id()
        if pid and self.editor.load(pid):
            self.editor.tabs.setCurrentIndex(0)
            self.editor.edits["name"].setFocus()

    def new_person(self) -> None:
        if not self.ctx.actor.can(Perm.ROSTER_EDIT):
            return
        scope = self.tree.scope()
        household_id, community_id, place = scope.household_id, scope.community_id, scope.label
        if household_id is None:
            row = self.model.data(self.table.currentIndex(), PersonRowRole)
            if scope.building_id is None and row is not None and row.household_id and scope.community_id:
                household_id, community_id, place = row.household_id, scope.community_id, row.address
        if community_id is None:
            ids = sorted(self.ctx.actor.community_ids)
            if self.ctx.community_id:
                community_id = self.ctx.community_id
            elif len(ids) == 1:
                community_id = ids[0]
            else:
                self._show_message(self.tr("先在左边选一个社区或住户，再按 Ctrl+N 新增"))
                return
        self.editor.new(community_id, household_id, place or "")

    def _saved(self, person_id: str) -> None:
        self.run_search()
        found = self.select_person(person_id)
        row = self.model.row_at(self.model.row_of(person_id))
        if not found or row is None or (row.household_id and not self.tree.has_household(row.household_id)):
            self.reload_tree()                         # a new household (or out of sight): the tree anew
        else:
            self.refresh_counts()
        self._update_count()

    def refresh_counts(self) -> None:
        """After a save, delete, undo or merge: only the tree's numbers, from the kept counts."""
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                communities, households = service.tree_counts(s, self.ctx.actor)
        except UserError as exc:
            self._show_message(shown(exc))
            return
        self.tree.update_counts(communities, households)

    # -- messages -----------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.message.clear()
        self.message.hide()
