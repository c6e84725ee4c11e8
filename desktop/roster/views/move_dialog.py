"""搬迁到其他户: pick the target household (from the community → building → household tree, or by typing an
address that is created only when the user ticks the box), a move date and a note; then `service.move_person`.

The dialog is opened with `open()` (not `exec()`), so the editor stays responsive and tests can drive it.
Signal `moved(person_id)` after the move is saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.clock import today
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown
from desktop.roster import service
from desktop.roster.address import household_address
from desktop.roster.places import CommunityNode
from desktop.ui.context import AppContext
from desktop.ui.actions import call
from desktop.ui.qt import plain_html
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, Qt, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal,
)

ERROR_STYLE = "color: #b00020;"
HouseholdRole = Qt.ItemDataRole.UserRole + 1


class FilterBox(QLineEdit):
    """Down arrow hands the focus to the tree below."""

    down_pressed = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MovesList(QTreeWidget):
    """迁入/迁出 记录: the person's moves (`PersonDetail.moves`), newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setAccessibleName(self.tr("迁入/迁出 记录"))
        self.setHeaderLabels([self.tr("日期"), self.tr("迁出（原住址）"), self.tr("迁入（新住址）")])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)      # a narrow editor scrolls the columns, never cuts one

    def set_moves(self, moves: list[Any]) -> None:
        self.clear()
        for m in reversed(moves):
            self.addTopLevelItem(QTreeWidgetItem([
                m.moved_on.isoformat() if m.moved_on else "", m.from_address or self.tr("（无住户）"),
                m.to_address or self.tr("（无住户）")]))


class MoveDialog(QDialog):
    moved = Signal(str)

    def __init__(self, ctx: AppContext, person_id: str, name: str, household_id: str | None,
                 community_id: str | None, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.current_household_id = household_id
        self.community_id = community_id
        self.nodes: list[CommunityNode] = []
        self.parsed: tuple[str, str, str, str] | None = None
        self.setWindowTitle(self.tr("搬迁到其他户"))
        self.resize(640, 560)
        self._build(name, address)
        self._load_tree()
        self.filter.setFocus()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self, name: str, address: str) -> None:
        v = QVBoxLayout(self)
        here = address or self.tr("（未登记住户）")
        self.heading = QLabel(self.tr("把 %1 搬到另一户。现住：%2").replace("%1", name).replace("%2", here))
        self.heading.setWordWrap(True)
        v.addWidget(self.heading)
        self.tabs = QTabWidget()
        v.addWidget(self.tabs, 1)

        pick = QWidget()
        pv = QVBoxLayout(pick)
        self.filter = FilterBox()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("搜索住址，如 6号楼501；↓ 到下面的列表"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.down_pressed.connect(self._focus_tree)
        pv.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("社区楼栋住户"))
        self.tree.currentItemChanged.connect(lambda *_a: self._update_target())
        pv.addWidget(self.tree, 1)
        self.tabs.addTab(pick, self.tr("选择已有住户"))

        typed = QWidget()
        form = QFormLayout(typed)
        self.community = QComboBox()
        self.community.setAccessibleName(self.tr("社区"))
        self.community.currentIndexChanged.connect(lambda _i: self._parse())
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("如 西湖花园7号楼1单元302、7栋302、7-1-302"))
        self.address.textChanged.connect(lambda _t: self._parse())
        self.parsed_label = QLabel()
        self.parsed_label.setWordWrap(True)
        self.create_box = QCheckBox(self.tr("这是新地址：确认新建这一户"))
        self.create_box.hide()
        self.create_box.toggled.connect(lambda _c: self._update_target())
        form.addRow(self.tr("社区"), self.community)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.parsed_label)
        form.addRow(self.create_box)
        self.tabs.addTab(typed, self.tr("输入地址"))
        self.tabs.currentChanged.connect(lambda _i: self._update_target())

        form2 = QFormLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        t = today()
        self.date.setDate(QDate(t.year, t.month, t.day))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可留空，如：随子女同住"))
        form2.addRow(self.tr("搬迁日期"), self.date)
        form2.addRow(self.tr("说明"), self.note)
        v.addLayout(form2)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        v.addWidget(self.target_label)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        v.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确定搬迁"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)

    def _load_tree(self) -> None:
        nodes = call(self.ctx, self, lambda s: service.roster_tree(s, self.ctx.actor), status=self.message, warn=False)
        if nodes is None:
            return
        self.nodes = nodes
        self.tree.clear()
        for c in self.nodes:
            self.community.addItem(c.name, c.id)
            c_item = QTreeWidgetItem([c.name])
            self.tree.addTopLevelItem(c_item)
            for b in c.buildings:
                b_item = QTreeWidgetItem([b.label])
                c_item.addChild(b_item)
                for h in b.households:
                    here = h.id == self.current_household_id
                    text = h.label + (self.tr("（现住）") if here else self.tr("（%n 人）", "", h.count))
                    h_item = QTreeWidgetItem([text])
                    h_item.setData(0, HouseholdRole, (h.id, h.address))
                    h_item.setToolTip(0, plain_html(h.address))
                    if here:
                        h_item.setDisabled(True)
                    b_item.addChild(h_item)
            c_item.setExpanded(c.id == self.community_id or len(self.nodes) == 1)
        i = self.community.findData(self.community_id)
        self.community.setCurrentIndex(max(i, 0))
        self._update_target()

    # -- choosing -----------------------------------------------------------------------------------
    def _focus_tree(self) -> None:
        self.tree.setFocus()
        if self.tree.currentItem() is None or self.tree.currentItem().isHidden():
            for item in self._households():
                if not item.isHidden() and not item.isDisabled():
                    self.tree.setCurrentItem(item)
                    break

    def _households(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            c = self.tree.topLevelItem(i)
            for j in range(c.childCount()):
                b = c.child(j)
                out.extend(b.child(k) for k in range(b.childCount()))
        return out

    def _apply_filter(self, text: str) -> None:
        words = text.split()
        for i in range(self.tree.topLevelItemCount()):
            c = self.tree.topLevelItem(i)
            c_shown = False
            for j in range(c.childCount()):
                b = c.child(j)
                b_shown = False
                for k in range(b.childCount()):
                    h = b.child(k)
                    hay = f"{c.text(0)}{b.text(0)}{h.data(0, HouseholdRole)[1]}{h.text(0)}"
                    shown = all(w in hay for w in words)
                    h.setHidden(not shown)
                    b_shown = b_shown or shown
                b.setHidden(not b_shown)
                b.setExpanded(bool(words) and b_shown)
                c_shown = c_shown or b_shown or not words
            c.setHidden(not c_shown)
            c.setExpanded(c_shown and (bool(words) or c.isExpanded()))

    def _parse(self) -> None:
        self.parsed = None
        self.create_box.hide()
        self.create_box.setChecked(False)
        text = self.address.text().strip()
        if not text:
            self.parsed_label.setText("")
            self._update_target()
            return
        try:
            estate, building, unit, room = service.parse_address(text)
        except UserError as exc:
            self.parsed_label.setText(shown(exc))
            self.parsed_label.setStyleSheet(ERROR_STYLE)
            self._update_target()
            return
        self.parsed = (estate, building, unit, room)
        self.parsed_label.setStyleSheet("")
        self.parsed_label.setText(self.tr("小区：%1　楼栋：%2　单元：%3　房号：%4")
                                  .replace("%1", estate or "—").replace("%2", building)
                                  .replace("%3", unit or "—").replace("%4", room))
        if self._existing_household() is None:
            self.create_box.show()
        self._update_target()

    def _existing_household(self) -> str | None:
        """The id of the typed address's household when it is already registered (so nothing is created)."""
        if self.parsed is None:
            return None
        estate, building, unit, room = self.parsed
        for c in self.nodes:
            if c.id != self.community.currentData():
                continue
            for b in c.buildings:
                if b.estate == estate and b.name == building:
                    for h in b.households:
                        if h.unit == unit and h.room == room:
                            return h.id
        return None

    def target(self) -> tuple[str | None, str]:
        """(household id or None when it is still to be created, its address); ("", "") when none chosen."""
        if self.tabs.currentIndex() == 0:
            item = self.tree.currentItem()
            data = item.data(0, HouseholdRole) if item is not None and not item.isHidden() else None
            if not data or data[0] == self.current_household_id:
                return "", ""
            return data[0], data[1]
        if self.parsed is None:
            return "", ""
        address = household_address(*self.parsed)
        hid = self._existing_household()
        if hid is None and not self.create_box.isChecked():
            return "", address
        return hid, address

    def _update_target(self) -> None:
        hid, address = self.target()
        if hid == "":
            self.target_label.setText(self.tr("搬到：%1（请勾选确认新建）").replace("%1", address) if address
                                      else self.tr("搬到：（请选择一户或输入地址）"))
        elif hid is None:
            self.target_label.setText(self.tr("搬到：%1（新建住户）").replace("%1", address))
        else:
            self.target_label.setText(self.tr("搬到：%1").replace("%1", address))
        self.ok_button.setEnabled(hid != "")
        if hid != "":
            self.message.clear()

    # -- saving -------------------------------------------------------------------------------------
    def move_date(self) -> date:
        return self.date.date().toPython()

    def confirm(self) -> bool:
        hid, _address = self.target()
        if hid == "":
            self.message.setText(self.tr("请选择要搬去的一户，或输入地址并勾选确认新建"))
            return False
        try:
            with self.ctx.db.session(self.ctx.actor) as s:       # one transaction: nothing is created if the move fails
                if hid is None:
                    assert self.parsed is not None
                    estate, building, unit, room = self.parsed
                    bid = service.ensure_building(s, self.ctx.actor, self.community.currentData(), estate, building)
                    hid = service.ensure_household(s, self.ctx.actor, bid, unit, room)
                service.move_person(s, self.ctx.actor, self.person_id, hid, self.move_date(),
                                    self.note.text().strip())
        except ValidationError as exc:
            self.message.setText(shown(exc))
            return False
        except UserError as exc:
            self.message.setText(shown(exc))
            return False
        self.moved.emit(self.person_id)
        self.accept()
        return True
