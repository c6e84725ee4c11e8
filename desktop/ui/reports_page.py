"""报表: the printed and exported reports the signed-in role may produce."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core.roles import Perm
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.qt import (
    QDate, QDateEdit, QFileDialog, QFont, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, Qt, QVBoxLayout, QWidget,
)


@dataclass(frozen=True)
class ReportAction:
    label: str
    perm: Perm
    run: Callable[[AppContext, QWidget, date, date], object]
    uses_period: bool = False


def _audit_csv(ctx: AppContext, parent: QWidget, start: date, end: date) -> None:
    from desktop.core.audit_export import export_audit_csv
    from desktop.core.errors import UserError

    name, _ = QFileDialog.getSaveFileName(parent, parent.tr("导出审计记录"), f"审计记录_{start}_{end}.csv",
                                          "CSV (*.csv)")
    if not name:
        return
    try:
        with ctx.db.session(ctx.actor) as s:
            n = export_audit_csv(s, ctx.actor, start, end, Path(name))
    except UserError as exc:
        QMessageBox.warning(parent, parent.tr("提示"), exc.message)
        return
    QMessageBox.information(parent, parent.tr("完成"), parent.tr("已导出 %d 条记录。") % n)


def _user_list(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.ui.print_actions import print_user_list

    print_user_list(ctx, parent)


def _duty_log(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.ui.print_actions import print_duty_log_form

    print_duty_log_form(ctx, parent, community="", place="")


REPORTS: list[ReportAction] = [
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "空白值班记录表（PDF）"), Perm.DUTY_VIEW, _duty_log),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "账号清单（PDF）"), Perm.USERS_MANAGE, _user_list),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "审计记录导出（CSV）"), Perm.AUDIT_EXPORT, _audit_csv,
                 uses_period=True),
]


class ReportsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("报表与打印"))
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.6)
        title.setFont(f)
        layout.addWidget(title)
        period = QHBoxLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        period.addWidget(QLabel(self.tr("期间：")))
        period.addWidget(self.start)
        period.addWidget(QLabel("—"))
        period.addWidget(self.end)
        period.addStretch(1)
        layout.addLayout(period)
        self.list = QListWidget()
        self.actions = [r for r in REPORTS if ctx.actor.can(r.perm)]
        for r in self.actions:
            item = QListWidgetItem(self.tr(r.label))
            item.setData(Qt.ItemDataRole.UserRole, r.label)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self._run())
        layout.addWidget(self.list, 1)
        go = QPushButton(self.tr("生成…"))
        go.clicked.connect(self._run)
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)

    def _run(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.actions[row].run(self.ctx, self, self.start.date().toPython(), self.end.date().toPython())
