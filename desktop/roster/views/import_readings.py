"""The import preview's 读音 tab: the reading each new person's name will sort by, corrected in place.

Double-click (or F2) a reading to change it; it is checked as the person editor's 读音 field checks
it, and a reading that does not fit the name is refused with the editor's message, the list keeping
the reading in force. By default only names with more than one plausible reading are listed.

The names to list are flagged as the plan is made (on the preview's work, not here); the list reads
them a page at a time and works out only that page's readings, so a 200,000-row sheet's tab opens at once.
"""

from __future__ import annotations

from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.roster import import_readings
from desktop.roster.import_plan import ImportPlan, PlanRow
from desktop.roster.views.paged_list import PagedList
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, Qt, QTreeWidgetItem, QVBoxLayout, QWidget,
    Signal,
)

ROW, NAME, READING, OTHERS = range(4)


class ReadingsPanel(QWidget):
    """Signals `changed(count)` with the number of names listed after a refill."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._filling = False
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.hint = QLabel(self.tr("新增居民的姓名按这里的读音排序和查找；读错了双击改正，如“单”作姓读 shan。"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        top.addWidget(self.hint, 1)
        self.only_choices = QCheckBox(self.tr("只列出有多种读法的姓名"))
        self.only_choices.setChecked(True)
        self.only_choices.toggled.connect(lambda _on: self.refill())
        top.addWidget(self.only_choices)
        v.addLayout(top)
        self.list = PagedList()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("原表行号"), self.tr("姓名"), self.tr("读音（排序用）"), self.tr("也可读作")])
        self.list.header().setSectionResizeMode(OTHERS, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(READING, 200)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._edited)
        v.addWidget(self.list, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: #b00020;")
        v.addWidget(self.message)

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.plan = plan
        self.message.clear()
        self.refill()

    def refill(self) -> None:
        self._filling = True
        try:
            rows = import_readings.listed(self.plan, every=not self.only_choices.isChecked()) \
                if self.plan is not None else []
            self.list.show_rows(rows, self._items)
        finally:
            self._filling = False
        self.changed.emit(len(rows))

    def _items(self, row: PlanRow) -> list[QTreeWidgetItem]:
        """A page's row made into its item, its readings worked out now (the list asks a page at a time)."""
        if self.plan is None or not row.values.get("name"):
            return []
        r = import_readings.reading_row(self.plan, row)
        item = QTreeWidgetItem([str(r.row_number), r.name, r.reading, "、".join(r.others)])
        item.setData(ROW, Qt.ItemDataRole.UserRole, r.row_number)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._mark(item, r.corrected)
        return [item]

    def _mark(self, item: QTreeWidgetItem, corrected: bool) -> None:
        font = item.font(READING)
        font.setBold(corrected)
        item.setFont(READING, font)
        item.setToolTip(READING, self.tr("已改正") if corrected else self.tr("双击改正读音"))

    def item_for(self, row_number: int) -> QTreeWidgetItem | None:
        """The item of sheet row `row_number` among the pages read so far."""
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(ROW, Qt.ItemDataRole.UserRole) == row_number:
                return item
        return None

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != READING or self.plan is None:
            return
        row_number = int(item.data(ROW, Qt.ItemDataRole.UserRole))
        try:
            r = import_readings.set_reading(self.plan, row_number, item.text(READING))
        except UserError as exc:
            self.message.setText(self.tr("第 %1 行 %2：").replace("%1", str(row_number))
                                 .replace("%2", item.text(NAME)) + shown(exc))
            planned = self.plan.rows.by_row_number(row_number)
            r = import_readings.reading_row(self.plan, planned) if planned is not None else None
        else:
            self.message.clear()
        if r is None:
            return
        self._filling = True
        try:
            item.setText(READING, r.reading)
            item.setText(OTHERS, "、".join(r.others))
            self._mark(item, r.corrected)
        finally:
            self._filling = False
