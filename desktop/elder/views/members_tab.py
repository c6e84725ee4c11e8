"""Members: search the centre's members, print their cards and lists, open a member's card
(member_dialog) or register a roster person (register_dialog)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.clock import today
from desktop.core.roles import Perm
from desktop.elder import members_service as ms
from desktop.elder.models import CATEGORIES, STATUSES
from desktop.elder.views.member_dialog import MemberDialog
from desktop.elder.views.register_dialog import RegisterDialog
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.typing_search import TypingSearch
from desktop.ui.actions import call
from desktop.ui.background import Job
from desktop.ui.context import AppContext
from desktop.ui.print_actions import print_menu_button, print_or_save
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from desktop.core.messages import word, words
from desktop.ui.qt import (
    QComboBox, QLabel, QLineEdit, QMessageBox, QModelIndex, QPushButton, QVBoxLayout, QWidget,
    translated,
)

COL_ADDRESS = 8
PAGE = 200


def members_model() -> RowsTableModel:
    sex = {"M": translated("MembersTab", "男"), "F": translated("MembersTab", "女")}
    return RowsTableModel([Column(h, v) for h, v in (
        ("会员号", lambda r: r.member_no), ("姓名", lambda r: r.name), ("性别", lambda r: sex.get(r.sex, "")),
        ("年龄", lambda r: r.age), ("电话", lambda r: r.phone), ("类别", lambda r: word(r.category)),
        ("状态", lambda r: word(r.status)), ("有效期至", lambda r: r.valid_until), ("住址", lambda r: r.address),
        ("提示", lambda r: words(r.flags)))])


class MembersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名 / 会员号 / 手机尾号 / 拼音首字母"))
        self.finder = TypingSearch(self, ctx, self._read, self._show)     # typing: on a worker, debounced
        self.search.textChanged.connect(self._typed)
        self._filters: dict[str, Any] = dict(status=None, category=None)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("会员状态"))
        self.status.addItem(self.tr("全部状态"), "")
        for st in STATUSES:
            self.status.addItem(word(st), st)
        self.status.currentIndexChanged.connect(self._filtered)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("会员类别"))
        self.category.addItem(self.tr("全部类别"), "")
        for c in CATEGORIES:
            self.category.addItem(word(c), c)
        self.category.currentIndexChanged.connect(self._filtered)
        self.count = QLabel()
        bar = FlowLayout()          # wraps where the page is narrow (1024 px, large type, English)
        bar.addWidget(self.search)
        bar.addWidget(self.status)
        bar.addWidget(self.category)
        bar.addWidget(self.count)
        if ctx.actor.can(Perm.ELDER_MANAGE):
            add = QPushButton(self.tr("登记会员…"))
            add.clicked.connect(self.register)
            bar.addWidget(add)
        self.print_button = print_menu_button(self.tr("打印"), self.tr("另存为 PDF"), [
            (self.tr(label), lambda save, k=key: self.print_doc(k, save))
            for key, label in (("cards", "会员卡（选中 / 全部在册）"), ("list", "会员名册"), ("day", "今日签到表"),
                               ("month", "本月出勤及用餐汇总"), ("record", "选中会员本月服务记录单"))])
        bar.addWidget(self.print_button)
        self.model = members_model()
        self.view = read_only_table(self.model, stretch_column=COL_ADDRESS, wrap=False)
        self.view.activated.connect(self.open_member)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self.refresh()

    def _typed(self, text: str) -> None:
        self._filters = dict(status=self.status.currentData() or None, category=self.category.currentData() or None)
        self.finder.typed(text)

    def _filtered(self, _index: int) -> None:
        """A status or category chosen: searched at once, on the worker (superseding any search on its way)."""
        self._typed(self.search.text())
        self.finder.search_now()

    def _read(self, s: Any, actor: Any, text: str) -> tuple[list[Any], int]:
        """A page of members and their count (on the finder's worker: the filters as they were when typed)."""
        args = self._filters
        return ms.search_members(s, actor, text, limit=PAGE, **args), ms.count_members(s, actor, text, **args)

    def refresh(self) -> None:
        """Read again at once (a filter chosen, a member registered)."""
        text = self.search.text()
        self._filters = dict(status=self.status.currentData() or None, category=self.category.currentData() or None)
        self.finder.drop()         # a search typed before this is superseded
        got = call(self.ctx, self, lambda s: self._read(s, self.ctx.actor, text))
        if got is not None:
            self._show(text, got)

    def _show(self, _text: str, got: tuple[list[Any], int]) -> None:
        rows, n = got
        self.model.set_rows(rows)
        shown = self.tr("（显示前 %1 位）").replace("%1", str(PAGE)) if n > PAGE else ""
        self.count.setText(self.tr("共 %1 位").replace("%1", str(n)) + shown)

    def print_doc(self, key: str, save: bool = False, *, out: Path | None = None, ask: Any = None) -> Job | None:
        """打印 the chosen document in one step (nothing stays on disk), or 另存为 PDF under a meaningful name
        (`save`; `out`: no dialog); built on a worker thread."""
        from desktop.elder import printing  # deferred: loads reportlab, PIL
        if not key:
            return None
        names = {"cards": "会员卡", "list": "会员名册", "day": "每日签到表", "month": "出勤汇总", "record": "服务记录单"}
        row = selected_row(self.view)
        member_id, actor, on = row.id if row is not None else None, self.ctx.actor, today()
        if key == "record" and member_id is None:
            QMessageBox.warning(self, self.tr("提示"), self.tr("请先在表中选中会员"))
            return None
        render = {
            "cards": lambda s, path: printing.print_cards(s, actor, [member_id] if member_id else None, path),
            "list": lambda s, path: printing.print_member_list(s, actor, path),
            "day": lambda s, path: printing.print_daily_sheet(s, actor, on, path),
            "month": lambda s, path: printing.print_month_summary(s, actor, on, path),
            "record": lambda s, path: printing.print_service_record(s, actor, member_id, on.replace(day=1), on, path),
        }[key]
        whose = row.name if row is not None and key in ("cards", "record") else ""
        when = f"{on:%Y-%m}" if key in ("month", "record") else on.isoformat()
        return print_or_save(self.ctx, self, [self.tr(names[key]), whose, when], render, save=save or out is not None,
                             out=out, ask=ask)

    def register(self) -> None:
        dlg = RegisterDialog(self.ctx, self)
        if dlg.exec():
            self.refresh()

    def open_member(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        while True:                         # again after 重新载入 (another desk saved the member first)
            dlg = MemberDialog(self.ctx, row.id, self)
            dlg.exec()
            if not dlg.reload_requested:
                break
        self.refresh()
