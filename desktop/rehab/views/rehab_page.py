"""戒毒康复: the caseload (alias or masked name), the due/overdue list, statute reminders, and the case view.

Keyboard: Ctrl+F search, Enter opens the selected case, Alt+N new case, Alt+G/D/T the left lists (the
window's Ctrl+1…9 stay the pages), Alt+1…8 the case tabs, F5 reload.
"""

from __future__ import annotations

from typing import Any

from desktop.core.clock import today
from desktop.core.messages import shown, word
from desktop.core.roles import Perm
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import plans, police_reports, printing, statute
from desktop.rehab.models import STATUSES
from desktop.rehab.views import dialogs
from desktop.rehab.views.case_view import BAD, WARN, CaseView
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.actions import call
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.qt import (
    QComboBox, QKeySequence, QLineEdit, QMessageBox, QModelIndex, QPushButton, QShortcut, QSplitter,
    Qt, QTabWidget, QVBoxLayout, QWidget,
)
from desktop.ui.printer import print_service
from desktop.ui.rows_model import ROW_ROLE, Column, RowsTableModel, read_only_table


# The left lists' Alt keys (mnemonics in the tab titles; Alt+1…8 are the case's tabs, Ctrl+1…9 the pages).
LIST_KEYS = ("(&G)", "(&D)", "(&T)")


class RehabPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        bar = FlowLayout()          # wraps where the page is narrow (1024 px, large type, English)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索化名、姓名、拼音首字母、决定书编号（Ctrl+F）"))
        self.search.returnPressed.connect(self.load_cases)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("个案状态"))
        self.status.addItem(word("在管"), "在管")
        for st in STATUSES[1:]:
            self.status.addItem(word(st), st)
        self.status.addItem(self.tr("全部状态"), None)
        self.status.currentIndexChanged.connect(self.load_cases)
        bar.addWidget(self.search)
        bar.addWidget(self.status)
        self.new_button = QPushButton(self.tr("新建个案(&N)"))
        self.new_button.clicked.connect(self.new_case)
        self.new_button.setEnabled(ctx.actor.can(Perm.REHAB_EDIT))
        blank = QPushButton(self.tr("空白家访表"))
        blank.clicked.connect(self.print_blank_form)
        plan = QPushButton(self.tr("随访计划"))
        plan.clicked.connect(self.edit_plan)
        reload = QPushButton(self.tr("刷新 (F5)"))
        reload.clicked.connect(self.refresh)
        bar.addWidget(self.new_button)
        bar.addWidget(plan)
        bar.addWidget(blank)
        bar.addWidget(reload)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.lists = QTabWidget()
        self.cases = RowsTableModel([
            Column(self.tr("个案"), lambda r: r.label), Column(self.tr("类别"), lambda r: self.tr(r.kind)),
            Column(self.tr("风险"), lambda r: self.tr(r.risk_level)), Column(self.tr("下次随访"), lambda r: r.next_due),
            Column(self.tr("负责社工"), lambda r: r.responsible), Column(self.tr("状态"), lambda r: self.tr(r.status))],
            highlight=self._case_tint)
        self.case_table = read_only_table(self.cases)
        self.lists.addTab(self.case_table, self.tr("个案") + LIST_KEYS[0])
        self.due = RowsTableModel([
            Column(self.tr("个案"), lambda r: r.label), Column(self.tr("应办日期"), lambda r: r.due),
            Column(self.tr("待办"), lambda r: self.tr(r.what)),
            Column(self.tr("逾期"), lambda r: self.tr("%n 天", "", r.overdue_days) if r.overdue_days else ""),
            Column(self.tr("负责社工"), lambda r: r.responsible)],
            highlight=lambda r: BAD if r.overdue_days else None)
        self.due_table = read_only_table(self.due)
        self.lists.addTab(self.due_table, self.tr("到期/逾期") + LIST_KEYS[1])
        self.alerts = RowsTableModel([
            Column(self.tr("个案"), lambda r: r.label), Column(self.tr("级别"), lambda r: self.tr(r.level)),
            Column(self.tr("提醒"), lambda r: shown(r.message))],
            highlight=lambda r: BAD if r.level == "已达到" else WARN if r.level == "警告" else None)
        self.alert_table = read_only_table(self.alerts)
        self.lists.addTab(self.alert_table, self.tr("法定提醒") + LIST_KEYS[2])
        for view in (self.case_table, self.due_table, self.alert_table):
            view.activated.connect(self._open_index)
            view.clicked.connect(self._open_index)
        split.addWidget(self.lists)
        self.case_view = CaseView(ctx)
        split.addWidget(self.case_view)
        self.lists.setMinimumWidth(460)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 800])
        outer.addWidget(split, 1)

        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.lists.currentChanged.connect(lambda _n: self.lists.currentWidget().setFocus())
        self.refresh()

    # -- lists --------------------------------------------------------------------------------------
    @staticmethod
    def _case_tint(row: Any) -> Any:
        if row.missed_tests >= statute.MAX_MISSED_TESTS or row.unauthorised_absences >= statute.MAX_ABSENCES:
            return BAD
        if row.missed_tests >= statute.WARN_MISSED_TESTS or row.unauthorised_absences >= statute.WARN_ABSENCES:
            return WARN
        return None

    def refresh(self) -> None:
        self.load_cases()
        self.load_due()
        self.case_view.reload()

    def load_cases(self) -> None:
        query, status = self.search.text(), self.status.currentData()
        rows = call(self.ctx, self, lambda s: cases.list_cases(s, self.ctx.actor, query=query, status=status))
        self.cases.set_rows(rows or [])
        self.case_table.resizeColumnsToContents()
        self.lists.setTabText(0, self.tr("个案（%1）").replace("%1", str(len(rows or []))) + LIST_KEYS[0])

    def load_due(self) -> None:
        on = today()
        data = call(self.ctx, self, lambda s: (police_reports.sweep(s, self.ctx.actor, on=on),
                                               fu.due_followups(s, self.ctx.actor, on=on),
                                               statute.statute_alerts(s, self.ctx.actor, on=on))[1:])
        due, alerts = data or ([], [])
        self.due.set_rows(due)
        self.alerts.set_rows(alerts)
        self.lists.setTabText(1, self.tr("到期/逾期（%1）").replace("%1", str(len(due))) + LIST_KEYS[1])
        self.lists.setTabText(2, self.tr("法定提醒（%1）").replace("%1", str(len(alerts))) + LIST_KEYS[2])

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_case(getattr(row, "case_id", None) or row.id)

    def open_case(self, case_id: str) -> None:
        self.case_view.show_case(case_id)

    # -- actions ------------------------------------------------------------------------------------
    def new_case(self) -> None:
        communities = call(self.ctx, self, lambda s: cases.community_choices(s, self.ctx.actor))
        if communities is None:
            return
        dlg = dialogs.NewCaseDialog(self, today(), communities)
        made: list[str] = []

        def submit() -> None:
            with self.ctx.db.session(self.ctx.actor) as s:
                made.append(cases.create_case(s, self.ctx.actor, dlg.values()))
        dlg.submit = submit
        if dlg.exec() and made:
            self.refresh()
            self.open_case(made[0])

    def edit_plan(self) -> None:
        rules = call(self.ctx, self, lambda s: plans.list_plan_rules(s, self.ctx.actor))
        if rules is None:
            return
        dlg = dialogs.PlanDialog(self, rules, editable=self.ctx.actor.can(Perm.REHAB_ALL_CASES))

        def submit() -> None:
            if dlg.editable:
                with self.ctx.db.session(self.ctx.actor) as s:
                    plans.save_plan_rules(s, self.ctx.actor, dlg.values())
        dlg.submit = submit
        if dlg.exec() and dlg.editable:
            self.refresh()

    def print_blank_form(self) -> None:
        self.last_job = print_service(self.ctx, self, "家访记录表",
                                      lambda s, p: printing.print_home_visit_form(s, self.ctx.actor, p))

    def show_message(self, text: str) -> None:
        QMessageBox.information(self, self.tr("提示"), text)
