"""报表: the printed and exported reports the signed-in role may produce."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy.orm import Session

from desktop.core.roles import Perm
from desktop.ui.context import AppContext
from desktop.core.progress import Progress
from desktop.ui.background import Job, run_in_background
from desktop.ui.export_files import ask_save_path
from desktop.ui.page import Page
from desktop.ui.print_actions import save_pdf
from desktop.ui.qt import (
    QDate, QDateEdit, QFont, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, Qt, QVBoxLayout, QWidget,
)
from desktop.ui.qt import qtoday


@dataclass(frozen=True)
class ReportAction:
    label: str
    perm: Perm
    run: Callable[[AppContext, QWidget, date, date], object]
    uses_period: bool = False


def _save(ctx: AppContext, parent: QWidget, suggested: str, filters: str,
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


def _audit_csv(ctx: AppContext, parent: QWidget, start: date, end: date) -> None:
    from desktop.core.audit_export import export_audit_csv

    _save(ctx, parent, f"审计记录_{start}_{end}.csv", "CSV (*.csv)",
          lambda s, p: export_audit_csv(s, ctx.actor, start, end, p))


def _user_list(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.ui.print_actions import print_user_list

    print_user_list(ctx, parent)


def _duty_log(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.ui.print_actions import print_duty_log_form

    print_duty_log_form(ctx, parent, community="", place="")


def _community_id(ctx: AppContext) -> str | None:
    if ctx.community_id:
        return ctx.community_id
    return next(iter(sorted(ctx.actor.community_ids)), None)


def _roster(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.roster.export_service import export_roster

    cid = _community_id(ctx)
    if cid is None:
        QMessageBox.information(parent, parent.tr("提示"), parent.tr("请先在设置中填写本机所在社区"))
        return
    _save(ctx, parent, "花名册.xlsx", "Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)",
          lambda s, p: export_roster(s, ctx.actor, cid, p))


def _activities(ctx: AppContext, parent: QWidget, start: date, end: date) -> None:
    from desktop.activities.export import export_activities

    _save(ctx, parent, f"活动统计_{start}_{end}.xlsx", "Excel (*.xlsx)",
          lambda s, p: export_activities(s, ctx.actor, start, end, p))


def _followups(ctx: AppContext, parent: QWidget, _start: date, end: date) -> None:
    from desktop.rehab.followup_service import export_followups_csv

    _save(ctx, parent, f"到期随访_{end}.csv", "CSV (*.csv)",
          lambda s, p: export_followups_csv(s, ctx.actor, due_before=end, out=p))


def _members(ctx: AppContext, parent: QWidget, _s: date, _e: date) -> None:
    from desktop.elder.export import export_members

    _save(ctx, parent, "养老中心会员.xlsx", "Excel (*.xlsx);;CSV (*.csv)",
          lambda s, p: export_members(s, ctx.actor, p))


def _elder_month(ctx: AppContext, parent: QWidget, start: date, _e: date) -> None:
    from desktop.elder.printing import print_month_summary

    save_pdf(ctx, parent, f"养老中心月报_{start:%Y-%m}.pdf",
             lambda s, p: print_month_summary(s, ctx.actor, start.replace(day=1), p))


REPORTS: list[ReportAction] = [
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "花名册导出（Excel/CSV/PDF）"), Perm.ROSTER_EXPORT, _roster),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "活动与参与统计（Excel，按期间）"), Perm.ACTIVITY_VIEW, _activities,
                 uses_period=True),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "养老中心月度签到与午餐汇总（PDF，期间起始月）"), Perm.ELDER_VIEW,
                 _elder_month, uses_period=True),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "养老中心会员名单（Excel/CSV）"), Perm.ELDER_MANAGE, _members),
    ReportAction(QT_TRANSLATE_NOOP("ReportsPage", "到期随访清单（CSV，截至期间结束日）"), Perm.REHAB_VIEW, _followups,
                 uses_period=True),
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
        self.actions = [r for r in REPORTS if ctx.actor.can(r.perm)]
        for r in self.actions:
            item = QListWidgetItem(self.tr(r.label))
            item.setData(Qt.ItemDataRole.UserRole, r.label)
            self.list.addItem(item)
        self.list.itemActivated.connect(lambda _i: self.generate())
        layout.addWidget(self.list, 1)
        go = QPushButton(self.tr("生成…"))
        go.clicked.connect(self.generate)
        layout.addWidget(go, 0, Qt.AlignmentFlag.AlignLeft)

    def generate(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.actions[row].run(self.ctx, self, self.start.date().toPython(), self.end.date().toPython())
