"""报表: the printed and exported reports the signed-in role may produce."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.audit_export import export_audit_csv
from desktop.core.module_spec import load
from desktop.modules import reports
from desktop.ui.context import AppContext
from desktop.core.progress import Progress
from desktop.ui.background import Job, run_in_background
from desktop.ui.export_files import ask_save_path
from desktop.ui.page import Page
from desktop.ui.print_actions import print_user_list
from desktop.ui.qt import (
    QDate, QDateEdit, QFont, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, Qt, QVBoxLayout, QWidget,
)
from desktop.ui.qt import qtoday


def save_report(ctx: AppContext, parent: QWidget, suggested: str, filters: str,
                job: Callable[[Session, Path], object]) -> Job | None:
    """Ask where, run `job(session, path)` in a unit of work of its own on a worker thread, then say what
    was written."""
    path = ask_save_path(ctx, parent, parent.tr("保存"), suggested, filters)
    if path is None:
        return None

    def work(_progress: Progress) -> object:
        with ctx.db.session(ctx.actor) as s:
            return job(s, path)

    def done(result: object) -> None:
        count = result if isinstance(result, int) else getattr(result, "rows", None)
        text = parent.tr("已保存：%s") % path.name
        if isinstance(count, int):
            text += parent.tr("（%d 条）") % count
        QMessageBox.information(parent, parent.tr("完成"), text)

    job_ = run_in_background(parent, parent.tr("正在生成 %s…") % path.name, work, done)
    job_.path = path
    return job_


# The foundation's own reports; each domain's are in desktop.<domain>.views.reports, and the list of
# them all is the modules' registrations (desktop.modules).

def export_audit_report(ctx: AppContext, parent: QWidget, start: date, end: date) -> None:
    save_report(ctx, parent, f"审计记录_{start}_{end}.csv", "CSV (*.csv)",
                lambda s, p: export_audit_csv(s, ctx.actor, start, end, p))


def print_user_list_report(ctx: AppContext, parent: QWidget, _s: date, _e: date, save: bool = False) -> Job | None:
    return print_user_list(ctx, parent, save)


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
        today = qtoday()
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
        self.actions = [r for r in reports() if ctx.actor.can(r.perm)]
        for r in self.actions:
            item = QListWidgetItem(self.tr(r.label))
            item.setData(Qt.ItemDataRole.UserRole, r.label)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self.generate())
        self.list.currentRowChanged.connect(lambda _r: self._chosen())
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印"))           # printed reports: 打印 in one step …
        self.print_button.clicked.connect(lambda: self.generate(save=False))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))     # … or a copy under a meaningful name
        self.save_button.clicked.connect(lambda: self.generate(save=True))
        self.go_button = QPushButton(self.tr("生成…"))             # exports: a file the person chooses
        self.go_button.clicked.connect(lambda: self.generate())
        for b in (self.print_button, self.save_button, self.go_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._chosen()

    def _chosen(self) -> None:
        row = self.list.currentRow()
        prints = row >= 0 and self.actions[row].prints
        self.print_button.setEnabled(prints)
        self.save_button.setEnabled(prints)
        self.go_button.setEnabled(row >= 0 and not prints)

    def generate(self, save: bool = False) -> Job | None:
        """The chosen report: a printed one is printed (or with `save` saved as PDF), an export written."""
        row = self.list.currentRow()
        if row < 0:
            return None
        spec = self.actions[row]
        run = load(spec.action)
        period = (self.start.date().toPython(), self.end.date().toPython())
        if spec.prints:
            return run(self.ctx, self, *period, save=save)
        return run(self.ctx, self, *period)
