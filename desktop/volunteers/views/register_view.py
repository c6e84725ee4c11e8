"""证明登记簿: every certificate issued by the organisations the user may see, searched by serial, name,
volunteer number, content or organisation, by year; a certificate is printed again or voided from here,
the register itself printed as a list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.roles import Perm
from desktop.volunteers import certificates
from desktop.volunteers.printing import print_certificate, print_register
from desktop.ui.context import AppContext
from desktop.ui.qt import (QAbstractItemView, QColor, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                           QInputDialog, QLabel, QLineEdit, QPushButton, Qt, QTableView, QVBoxLayout, QWidget)
from desktop.ui.rows_model import Column, RowsTableModel

VOID_BG = QColor("#f3d6d6")


class RegisterView(QWidget):
    def __init__(self, ctx: AppContext, org_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.org_id = org_id                     # the organisation chosen on the page (None: all)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("编号、姓名、志愿者编号、服务内容或组织"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(40)
        self.search.returnPressed.connect(self.reload)
        self.year = QComboBox()
        self.year.addItem(self.tr("全部年份"), None)
        for y in range(today().year, today().year - 8, -1):
            self.year.addItem(self.tr("%1年").replace("%1", str(y)), y)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        find = QPushButton(self.tr("查找"))
        find.clicked.connect(self.reload)
        for w in (QLabel(self.tr("检索：")), self.search, self.year, find):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.model = RowsTableModel([
            Column(self.tr("编号"), lambda r: r.serial), Column(self.tr("姓名"), lambda r: r.name),
            Column(self.tr("证件号码"), lambda r: r.id_shown), Column(self.tr("志愿者编号"), lambda r: r.volunteer_no),
            Column(self.tr("服务时间"), lambda r: f"{r.period_from}～{r.period_to}"),
            Column(self.tr("时长（小时）"), lambda r: r.hours_text, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("出具组织"), lambda r: r.organisation),
            Column(self.tr("出具日期"), lambda r: r.issued_on), Column(self.tr("经办人"), lambda r: r.issued_by),
            Column(self.tr("状态"), lambda r: self.tr("作废：") + r.void_reason if r.voided else self.tr("有效")),
            Column(self.tr("服务内容"), lambda r: r.content),
        ], highlight=lambda r: VOID_BG if r.voided else None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("证明登记簿"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(10, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        self.reprint_button = QPushButton(self.tr("重新打印证明…"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.print_button = QPushButton(self.tr("打印登记簿…"))
        self.reprint_button.clicked.connect(lambda: self.reprint())
        self.void_button.clicked.connect(lambda: self.void())
        self.print_button.clicked.connect(lambda: self.print_list())
        self.void_button.setVisible(ctx.actor.can(Perm.VOLUNTEER_MANAGE))
        for b in (self.reprint_button, self.void_button, self.print_button):
            bottom.addWidget(b)
        lay.addLayout(bottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

    def filters(self) -> dict[str, Any]:
        return dict(query=self.search.text(), year=self.year.currentData(), org_id=self.org_id())

    def reload(self) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                rows = certificates.register(s, self.ctx.actor, **self.filters())
        except UserError as exc:
            self.status.setText(exc.message)
            return
        self.model.set_rows(rows)
        live = [r for r in rows if not r.voided]
        self.count.setText(self.tr("共 %1 份（作废 %2 份），有效证明合计 %3 小时")
                           .replace("%1", str(len(rows))).replace("%2", str(len(rows) - len(live)))
                           .replace("%3", f"{sum(r.minutes for r in live) / 60:.1f}"))

    def selected(self) -> certificates.CertificateRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _save_path(self, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), suggested, "PDF (*.pdf)")[0]

    def _run(self, job: Callable[[Any], object]) -> bool:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                job(s)
        except UserError as exc:
            self.status.setText(exc.message)
            return False
        return True

    def reprint(self, path: str | None = None) -> bool:
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("请先选中一份证明"))
            return False
        path = path or self._save_path(f"志愿服务记录证明{row.serial}.pdf")
        if not path:
            return False
        ok = self._run(lambda s: print_certificate(s, self.ctx.actor, row.id, Path(path)))
        if ok:
            self.status.setText(self.tr("已保存：%1").replace("%1", path))
        return ok

    def void(self, reason: str | None = None) -> bool:
        row = self.selected()
        if row is None or row.voided:
            self.status.setText(self.tr("请先选中一份有效的证明"))
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("作废证明"),
                                              self.tr("作废 %1 的原因（编号不再使用）").replace("%1", row.serial))
            if not ok:
                return False
        ok = self._run(lambda s: certificates.void_certificate(s, self.ctx.actor, row.id, reason))
        if ok:
            self.status.setText(self.tr("已作废 %1").replace("%1", row.serial))
            self.reload()
        return ok

    def print_list(self, path: str | None = None) -> bool:
        path = path or self._save_path("志愿服务证明登记簿.pdf")
        if not path:
            return False
        ok = self._run(lambda s: print_register(s, self.ctx.actor, Path(path), **self.filters()))
        if ok:
            self.status.setText(self.tr("已保存：%1").replace("%1", path))
        return ok
