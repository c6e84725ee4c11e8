"""证明登记簿: every certificate issued by the organisations the user may see, searched by serial, name,
volunteer number, content or organisation, by year; a certificate is printed again or voided from here,
the register itself printed as a list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.clock import today
from desktop.core.roles import Perm
from desktop.volunteers import certificates
from desktop.volunteers.printing import print_certificate, print_register
from desktop.ui.context import AppContext
from desktop.ui.typing_search import TypingSearch
from desktop.ui.qt import (QColor, QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, Qt, QVBoxLayout, QWidget)
from desktop.ui.actions import call, show_in, succeeds
from desktop.ui.background import Job
from desktop.ui.print_actions import print_buttons, print_or_save
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row

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
        self.finder = TypingSearch(self, ctx, self._read, self._show,             # typing: on a worker
                                   refused=lambda message: self.status.setText(message))
        self._filters: dict[str, Any] = {}
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.finder.search_now)
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
        self.table = read_only_table(self.model, stretch_column=10, wrap=False, name=self.tr("证明登记簿"))
        lay.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        self.void_button = QPushButton(self.tr("作废…"))
        self.void_button.clicked.connect(lambda: self.void())
        self.void_button.setVisible(ctx.actor.can(Perm.VOLUNTEER_MANAGE))
        self.print_button, self.save_pdf_button = print_buttons(self.tr("打印"), self.tr("另存为 PDF…"), [
            (self.tr("所选证明（重新打印）"), lambda save: self.reprint(save=save)),
            (self.tr("证明登记簿"), lambda save: self.print_list(save=save))])
        for b in (self.void_button, self.print_button, self.save_pdf_button):
            bottom.addWidget(b)
        lay.addLayout(bottom)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)

    def filters(self) -> dict[str, Any]:
        return dict(query=self.search.text(), year=self.year.currentData(), org_id=self.org_id())

    def _typed(self, text: str) -> None:
        self._filters = self.filters()
        self.finder.typed(text)

    def _read(self, s: Any, actor: Any, text: str) -> list[certificates.CertificateRow]:
        """The certificates (on the finder's worker: the year and organisation as they were when typed)."""
        return certificates.register(s, actor, **{**self._filters, "query": text})

    def reload(self) -> None:
        """Read again at once (查找, a year chosen, a certificate voided)."""
        filters = self.filters()
        self._filters = filters
        self.finder.drop()         # a search typed before this is superseded
        rows = call(self.ctx, self, lambda s: certificates.register(s, self.ctx.actor, **filters), status=self.status,
                    warn=False)
        if rows is not None:
            self._show(filters["query"], rows)

    def _show(self, _text: str, rows: list[certificates.CertificateRow]) -> None:
        self.model.set_rows(rows)
        live = [r for r in rows if not r.voided]
        self.count.setText(self.tr("共 %1 份（作废 %2 份），有效证明合计 %3 小时")
                           .replace("%1", str(len(rows))).replace("%2", str(len(rows) - len(live)))
                           .replace("%3", f"{sum(r.minutes for r in live) / 60:.1f}"))

    def selected(self) -> certificates.CertificateRow | None:
        return selected_row(self.table)

    def _print(self, what: list[object], render: Callable[[Any, Path], object], path: Path | str | None,
               save: bool, ask: Any) -> Job | None:
        """打印 in one step, or 另存为 PDF (`save`; `path`: no dialog); built on a worker thread."""
        return print_or_save(self.ctx, self, what, render, save=save or path is not None,
                             out=Path(path) if path else None, ask=ask, told=self.status.setText,
                             failed=show_in(self.status))

    def reprint(self, path: Path | str | None = None, *, save: bool = False, ask: Any = None) -> Job | None:
        row = self.selected()
        if row is None:
            self.status.setText(self.tr("请先选中一份证明"))
            return None
        actor = self.ctx.actor
        return self._print([self.tr("志愿服务记录证明"), row.serial, row.name],
                           lambda s, out: print_certificate(s, actor, row.id, out), path, save, ask)

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
        ok = succeeds(self.ctx, self, lambda s: certificates.void_certificate(s, self.ctx.actor, row.id, reason),
                      status=self.status, warn=False)
        if ok:
            self.status.setText(self.tr("已作废 %1").replace("%1", row.serial))
            self.reload()
        return ok

    def print_list(self, path: Path | str | None = None, *, save: bool = False, ask: Any = None) -> Job | None:
        filters, actor = self.filters(), self.ctx.actor
        return self._print([self.tr("志愿服务证明登记簿"), filters["year"] or "", today().isoformat()],
                           lambda s, out: print_register(s, actor, out, **filters), path, save, ask)
