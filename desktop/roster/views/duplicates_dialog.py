"""疑似重复: pairs that may be the same person (`service.possible_duplicates`), shown side by side. Nothing is
merged unless the user picks the record to keep and confirms; the confirmation says beforehand what the merge
will do with records both have (`service.preview_merge`: two membership cards, the same activity …), or why
it cannot. After a merge "撤销合并" puts both records back. "不是同一人" hides the pair for this session.

Opened with `open()`; signal `merged(keep_id, drop_id)` after each merge (and undo) so the roster can refresh.
"""

from __future__ import annotations

from typing import Any

from desktop.core.idcard import mask_id
from desktop.core.messages import shown, word
from desktop.core.vocabulary import RELATION, sex_label
from desktop.core.roles import Perm
from desktop.roster import service
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.ui.qt import plain_html
from desktop.ui.qt import (
    QAbstractItemView, QColor, QDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, Qt,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QtWidgets, Signal,
)

ERROR_STYLE = "color: #b00020;"
PairRole = Qt.ItemDataRole.UserRole + 1

# Rows of the side-by-side comparison: (label, how to show it from a PersonDetail).
COMPARE_ROWS: list[tuple[str, Any]] = [
    ("姓名", lambda d: d.name),
    ("性别", lambda d: word(sex_label(d.sex)) or d.sex or ""),
    ("出生日期", lambda d: d.birth_date.isoformat() if d.birth_date else ""),
    ("身份证号", lambda d: mask_id(d.id_number or "")),
    ("电话", lambda d: " / ".join(x for x in (d.phone, d.phone2) if x)),
    ("住址", lambda d: d.address),
    ("社区", lambda d: d.community_name),
    ("与户主关系", lambda d: word(d.relation, RELATION)),
    ("标签", lambda d: "、".join(d.tags)),
    ("备注", lambda d: d.notes),
]


def pair_key(a_id: str, b_id: str) -> frozenset[str]:
    return frozenset((a_id, b_id))



def _single_spaced(summary: str) -> str:
    return " ".join(shown(summary).split())

class DuplicatesDialog(QDialog):
    merged = Signal(str, str)

    def __init__(self, ctx: AppContext, community_id: str | None, skipped: set[frozenset[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.community_id = community_id
        self.skipped = skipped if skipped is not None else set()   # shared with the page: this session only
        self.details: list[Any] = []                                 # PersonDetail of the shown pair (a, b)
        self.last_merge: Any = None                                  # MergeResult of the last merge, for undo
        self.setWindowTitle(self.tr("疑似重复的居民"))
        self.resize(1000, 680)
        self._build()
        self.reload()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("以下几对记录可能是同一个人。请逐对核对：是同一人就选要保留的一条再合并；"
                               "不是就点“不是同一人”。不会自动合并。"))
        intro.setWordWrap(True)
        v.addWidget(intro)
        self.pairs = QTreeWidget()
        self.pairs.setRootIsDecorated(False)
        self.pairs.setAccessibleName(self.tr("疑似重复列表"))
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.setHeaderLabels([self.tr("姓名"), self.tr("原因"), self.tr("记录一"), self.tr("记录二")])
        self.pairs.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pairs.currentItemChanged.connect(lambda *_a: self._show_pair())
        v.addWidget(self.pairs, 1)

        self.reason = QLabel()
        v.addWidget(self.reason)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("保留哪一条：")))
        self.keep_a = QtWidgets.QRadioButton(self.tr("保留记录一"))
        self.keep_b = QtWidgets.QRadioButton(self.tr("保留记录二"))
        self._keep_group = QtWidgets.QButtonGroup(self)
        for b in (self.keep_a, self.keep_b):
            self._keep_group.addButton(b)
            b.toggled.connect(lambda _c: self._update_buttons())
            keep_row.addWidget(b)
        keep_row.addStretch(1)
        v.addLayout(keep_row)
        self.compare = QTableWidget(len(COMPARE_ROWS), 2)
        self.compare.setAccessibleName(self.tr("两条记录对照"))
        self.compare.setHorizontalHeaderLabels([self.tr("记录一"), self.tr("记录二")])
        self.compare.setVerticalHeaderLabels([self.tr(label) for label, _f in COMPARE_ROWS])
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setDefaultSectionSize(self.compare.fontMetrics().height() + 8)
        v.addWidget(self.compare, 2)

        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("合并…"))
        self.not_same_button = QPushButton(self.tr("不是同一人"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.merge_button.clicked.connect(self.ask_merge)
        self.not_same_button.clicked.connect(self.not_same)
        self.close_button.clicked.connect(self.reject)
        for b in (self.merge_button, self.not_same_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        v.addLayout(buttons)

        self.confirm_bar = QFrame()
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_bar.setStyleSheet("QFrame { background: #fff4ce; }")
        cb = QVBoxLayout(self.confirm_bar)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        cb.addWidget(self.confirm_text)
        row = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("确认合并"))
        self.back_button = QPushButton(self.tr("返回"))
        self.confirm_button.clicked.connect(self.merge)
        self.back_button.clicked.connect(self._hide_confirm)
        row.addWidget(self.confirm_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        cb.addLayout(row)
        self.confirm_bar.hide()
        v.addWidget(self.confirm_bar)

        status_row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销合并"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        v.addLayout(status_row)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        v.addWidget(self.message)

    # -- data ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the service again (after a merge other pairs may have gone); skipped pairs stay hidden."""
        self.pairs.clear()
        found = call(self.ctx, self, lambda s: service.possible_duplicates(s, self.ctx.actor, self.community_id),
                     status=self.message, warn=False) or []
        for p in found:
            if pair_key(p.a_id, p.b_id) in self.skipped:
                continue
            item = QTreeWidgetItem([p.name, word(p.reason), _single_spaced(p.a_summary), _single_spaced(p.b_summary)])
            item.setData(0, PairRole, p)
            self.pairs.addTopLevelItem(item)
        if self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(0))
            self.pairs.setFocus()
        else:
            self.reason.setText(self.tr("没有需要核对的疑似重复记录。"))
            self._show_pair()

    def current_pair(self) -> Any:
        item = self.pairs.currentItem()
        return item.data(0, PairRole) if item is not None else None

    def _show_pair(self) -> None:
        self._hide_confirm()
        self.message.clear()
        self._keep_group.setExclusive(False)            # no record is kept unless the user says so
        for b in (self.keep_a, self.keep_b):
            b.setChecked(False)
        self._keep_group.setExclusive(True)
        self.details = []
        self.compare.clearContents()
        pair = self.current_pair()
        if pair is not None:
            self.reason.setText(self.tr("原因：") + word(pair.reason))
            self.details = call(self.ctx, self, lambda s: [service.get_person(s, self.ctx.actor, pid)
                                                           for pid in (pair.a_id, pair.b_id)],
                                status=self.message, warn=False) or []
        for row, (_label, value_of) in enumerate(COMPARE_ROWS):
            values = [str(value_of(d) or "") for d in self.details]
            differ = len(set(values)) > 1
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(plain_html(value))
                if differ:
                    cell.setBackground(QColor("#fff4ce"))
                self.compare.setItem(row, col, cell)
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_edit = self.ctx.actor.can(Perm.ROSTER_EDIT)
        has_pair = len(self.details) == 2
        for b in (self.keep_a, self.keep_b):
            b.setEnabled(has_pair and can_edit)
        self.merge_button.setEnabled(has_pair and can_edit and self.keep_choice() is not None)
        self.not_same_button.setEnabled(self.current_pair() is not None)

    def keep_choice(self) -> tuple[Any, Any] | None:
        """(kept, dropped) PersonDetail as the user chose, None before a choice."""
        if len(self.details) != 2:
            return None
        a, b = self.details
        if self.keep_a.isChecked():
            return a, b
        if self.keep_b.isChecked():
            return b, a
        return None

    # -- actions ------------------------------------------------------------------------------------
    def ask_merge(self) -> None:
        choice = self.keep_choice()
        if choice is None:
            self.message.setText(self.tr("先选要保留哪一条"))
            return
        keep, drop = choice
        plan = call(self.ctx, self, lambda s: service.preview_merge(s, self.ctx.actor, keep.id, drop.id),
                    status=self.message, warn=False)
        if plan is None:
            return
        text = (self.tr("保留：%1。\n另一条（%2）并入保留的这一条：它的关注事项、活动等关联记录都改到保留的记录上，"
                        "保留记录中空着的信息由它补上，标签和备注合在一起。另一条不会真正删除，"
                        "它标为“已合并”留在历史里（软删除），以后仍可查到，合并后也可以撤销。")
                .replace("%1", self._summary(keep)).replace("%2", self._summary(drop)))
        if plan.summary:
            text += "\n" + self.tr("将会：%1。").replace("%1", shown(plan.summary))
        self.confirm_text.setText(text + "\n" + self.tr("确认合并吗？"))
        self.confirm_bar.show()
        self.confirm_button.setFocus()

    def _summary(self, d: Any) -> str:
        parts = [d.name, word(sex_label(d.sex)), d.birth_date.isoformat() if d.birth_date else "", d.phone, d.address]
        return " ".join(x for x in parts if x)

    def _hide_confirm(self) -> None:
        self.confirm_bar.hide()

    def merge(self) -> bool:
        choice = self.keep_choice()
        if choice is None or not self.confirm_bar.isVisible():
            return False
        keep, drop = choice
        result = call(self.ctx, self, lambda s: service.merge_people(s, self.ctx.actor, keep.id, drop.id),
                      status=self.message, warn=False)
        if result is None:
            self._hide_confirm()
            return False
        self.last_merge = result
        self.status.setText(self.tr("已合并 %1：另一条记录已移入历史，改过来的关联记录 %2 条。%3")
                            .replace("%1", keep.name).replace("%2", str(result.links)).replace("%3", result.summary))
        self.undo_button.show()
        self.merged.emit(keep.id, drop.id)
        self.reload()
        return True

    def undo(self) -> bool:
        """Put the two records of the last merge back as they were."""
        result = self.last_merge
        if result is None:
            return False
        if not succeeds(self.ctx, self, lambda s: service.undo_merge(s, self.ctx.actor, result.merge_id),
                        status=self.message, warn=False):
            return False
        self.last_merge = None
        self.undo_button.hide()
        self.status.setText(self.tr("已撤销合并：两条记录恢复原样。"))
        self.merged.emit(result.keep_id, result.drop_id)
        self.reload()
        return True

    def not_same(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        self.skipped.add(pair_key(pair.a_id, pair.b_id))
        self.status.setText(self.tr("已跳过 %1（本次不再显示）。").replace("%1", pair.name))
        row = self.pairs.indexOfTopLevelItem(self.pairs.currentItem())
        self.pairs.takeTopLevelItem(row)
        if self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(min(row, self.pairs.topLevelItemCount() - 1)))
            self.pairs.setFocus()
        else:
            self.reason.setText(self.tr("没有需要核对的疑似重复记录。"))
            self._show_pair()
