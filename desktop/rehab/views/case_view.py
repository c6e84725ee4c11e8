"""One case, in tabs: 基本信息, 时间线, 随访记录, 检测, 请假外出, 转介帮扶, 阶段记录, 报告."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core.clock import fmt_local, today
from desktop.core import messages
from desktop.core.messages import aside, labelled, listed, marked, shown, word, words
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import police_reports, printing, referrals, statute
from desktop.rehab.views import dialogs
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.actions import call
from desktop.ui.printer import print_service
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QColor, QFont, QFormLayout, QFrame, QHBoxLayout, QKeySequence, QLabel, QPushButton, QScrollArea, QShortcut, Qt,
    QTabWidget,
    QVBoxLayout, QWidget,
)
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table

WARN = QColor("#fff1c2")
BAD = QColor("#ffd6d6")



def _test(kind: str, result: str) -> str:
    """尿检阴性 — in English "Urine, negative"."""
    return words([kind, result]) if messages.language() == "en" else f"{kind}{result}"

class CaseView(QWidget):
    """Shows the case chosen in the caseload; every open goes through cases.get_case (audited)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: str | None = None
        self.detail: cases.CaseDetail | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("请在左侧选择个案"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.title.setFont(big)
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_info()
        self.timeline = RowsTableModel([Column(self.tr("日期"), lambda r: r.on), Column(self.tr("类别"), lambda r: shown(r.kind)),
                                        Column(self.tr("内容"), lambda r: shown(r.text))])
        self.tabs.addTab(self._tab(self.timeline), self.tr("时间线"))
        self.followups = RowsTableModel([
            Column(self.tr("日期"), lambda r: r.on), Column(self.tr("方式"), lambda r: word(r.method)),
            Column(self.tr("检测"), lambda r: _test(r.test_kind, r.test_result)),
            Column(self.tr("下次随访"), lambda r: r.next_due), Column(self.tr("记录人"), lambda r: r.author),
            Column(self.tr("帮扶内容"), lambda r: r.content)])
        self.tabs.addTab(self._tab(self.followups, (self.tr("新增随访(&F)"), self.add_followup)),
                         self.tr("随访记录"))
        self.tests = RowsTableModel([
            Column(self.tr("日期"), lambda r: r.on), Column(self.tr("检测方式"), lambda r: word(r.test_kind)),
            Column(self.tr("结果"), lambda r: word(r.test_result)), Column(self.tr("经办"), lambda r: r.author)],
            highlight=lambda r: BAD if r.test_result in ("阳性", "拒绝", "逃避") else None)
        self.tabs.addTab(self._tab(self.tests, (self.tr("打印检测记录"), self.print_tests)), self.tr("检测"))
        self.absences = RowsTableModel([
            Column(self.tr("离开"), lambda r: r.from_date), Column(self.tr("返回"), lambda r: r.to_date),
            Column(self.tr("天数"), lambda r: r.days), Column(self.tr("去往"), lambda r: r.destination),
            Column(self.tr("书面申请"), lambda r: r.requested_on), Column(self.tr("批准"), lambda r: r.approved_on),
            Column(self.tr("经批准"), lambda r: self.tr("是") if r.authorised else self.tr("否（擅自离开）"))],
            highlight=lambda r: None if r.authorised else WARN)
        self.tabs.addTab(self._tab(self.absences, (self.tr("登记请假外出"), self.add_absence)), self.tr("请假外出"))
        self.referrals = RowsTableModel([
            Column(self.tr("日期"), lambda r: r.on), Column(self.tr("类别"), lambda r: word(r.kind)),
            Column(self.tr("转介单位"), lambda r: r.to_org), Column(self.tr("结果"), lambda r: r.outcome)])
        self.participation = QLabel()
        self.participation.setWordWrap(True)
        self.tabs.addTab(self._tab(self.referrals, (self.tr("新增转介"), self.add_referral), extra=self.participation),
                         self.tr("转介帮扶"))
        self.stages = RowsTableModel([
            Column(self.tr("日期"), lambda r: r.on), Column(self.tr("阶段"), lambda r: word(r.stage)),
            Column(self.tr("记录人"), lambda r: r.author), Column(self.tr("记录"), lambda r: r.content)])
        self.tabs.addTab(self._tab(self.stages, (self.tr("新增阶段记录"), self.add_stage)), self.tr("阶段记录"))
        self.reports = RowsTableModel([
            Column(self.tr("事实日期"), lambda r: r.event_on or ""),
            Column(self.tr("起草"), lambda r: fmt_local(r.drafted_at)), Column(self.tr("情形"), lambda r: r.reason_text),
            Column(self.tr("送出"), lambda r: fmt_local(r.sent_at) if r.sent_at else self.tr("尚未送出")),
            Column(self.tr("接收"), lambda r: r.sent_to)],
            highlight=lambda r: None if r.sent_at else BAD)
        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.report_view = read_only_table(self.reports)
        self.tabs.addTab(self._reports_tab(), self.tr("报告"))
        self.tabs.setEnabled(False)
        for n in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{n + 1}"), self, activated=lambda n=n: self.tabs.setCurrentIndex(n))
            self.tabs.setTabToolTip(n, f"Alt+{n + 1}")

    # -- layout -------------------------------------------------------------------------------------
    def _build_info(self) -> None:
        w = QWidget()
        outer = QVBoxLayout(w)
        self.info = QFormLayout()
        self.info_labels: dict[str, QLabel] = {}
        for key, label in (("label", "个案"), ("name", "姓名"), ("id_number", "身份证号"), ("sex_age", "性别/年龄"),
                           ("phone", "电话"), ("community", "社区"), ("kind", "类别"), ("decision", "决定书"),
                           ("term", "执行期限"), ("reported", "报到/协议"), ("responsible", "负责社工"),
                           ("shared", "共享给"), ("police", "公安联络人"), ("status", "状态"), ("risk", "风险等级"),
                           ("due", "下次随访/检测"), ("counts", "第二十条计数"), ("network", "工作网络"),
                           ("notes", "备注")):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info.addRow(self.tr(label), value)
            self.info_labels[key] = value
        outer.addLayout(self.info)
        buttons = FlowLayout()      # two lines where the case is shown narrow (1024 px, large type)
        for text, slot in ((self.tr("修改(&E)"), self.edit_case), (self.tr("添加联系人"), self.add_contact),
                           (self.tr("变更状态"), self.change_status), (self.tr("共享个案(&S)"), self.share),
                           (self.tr("打印个案摘要"), self.print_summary),
                           (self.tr("打印帮扶记录表(&P)"), self.print_record)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        outer.addLayout(buttons)
        outer.addStretch(1)
        scroll = QScrollArea()          # a long work network, English, large type: the details scroll, never clip
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(w)
        self.tabs.addTab(scroll, self.tr("基本信息"))

    def _tab(self, model: RowsTableModel, action: tuple[str, Callable[[], None]] | None = None,
             extra: QWidget | None = None) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        if action is not None:
            row = QHBoxLayout()
            b = QPushButton(action[0])
            b.clicked.connect(action[1])
            row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(read_only_table(model), 1)
        if extra is not None:
            layout.addWidget(extra)
        return w

    def _reports_tab(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.alerts)
        row = QHBoxLayout()
        for text, slot in ((self.tr("打印所选报告"), self.print_report), (self.tr("登记送出"), self.send_report)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.report_view, 1)
        return w

    # -- data ---------------------------------------------------------------------------------------
    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        if case_id is None:
            self.detail = None
            self.title.setText(self.tr("请在左侧选择个案"))
            self.tabs.setEnabled(False)
            return
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        actor, cid = self.ctx.actor, self.case_id

        def load(s: Any) -> dict[str, Any]:
            return dict(
                drafted=police_reports.sweep(s, actor, on=today(), case_id=cid),   # a 报到 deadline passed
                detail=cases.get_case(s, actor, cid), timeline=cases.case_timeline(s, actor, cid),
                followups=fu.list_followups(s, actor, cid), tests=fu.list_tests(s, actor, cid),
                absences=fu.list_absences(s, actor, cid), referrals=referrals.list_referrals(s, actor, cid),
                participation=referrals.participation(s, actor, cid), stages=cases.list_stages(s, actor, cid),
                reports=police_reports.list_police_reports(s, actor, cid),
                alerts=statute.statute_alerts(s, actor, on=today(), case_id=cid))
        data = call(self.ctx, self, load)
        if data is None:
            self.show_case(None)
            return
        d: cases.CaseDetail = data["detail"]
        self.detail = d
        self.tabs.setEnabled(True)
        self.title.setText(f"{d.label}　{word(d.kind)}　{word(d.status)}")
        age = self.tr("%1岁").replace("%1", str(d.age)) if d.age is not None else ""
        sex_age = words([d.sex, age])
        values = {
            "label": d.label, "name": d.name, "id_number": d.id_number, "sex_age": sex_age, "phone": d.phone,
            "community": d.community, "kind": word(d.kind), "decision": f"{d.decision_no}（{d.decision_authority}，{d.decision_date}）",
            "term": self.tr("%1 至 %2").replace("%1", str(d.start_date)).replace("%2", str(d.end_date)),
            "reported": f"{d.reported_on or self.tr('未报到')} / {d.agreement_signed_on or self.tr('未签')}",
            "responsible": d.responsible, "shared": "、".join(d.shared_with) or "—", "police": d.police_liaison,
            "status": word(d.status) + aside(str(d.status_since or "")) + (f" → {d.transfer_to}" if d.transfer_to else ""),
            "risk": word(d.risk_level), "due": f"{d.next_contact_due or '—'} / {d.next_test_due or '—'}",
            "counts": self.tr("逃避或拒绝检测 %1 次；擅自离开 %2 次，累计 %3 天").replace("%1", str(d.missed_tests))
            .replace("%2", str(d.unauthorised_absences)).replace("%3", str(d.days_away)),
            "network": listed(labelled(word(c.role), f"{c.name} {c.organisation} {c.phone}".strip())
                              for c in d.contacts) or "—",
            "notes": d.notes,
        }
        for key, label in self.info_labels.items():
            label.setText(str(values[key]))
        self.timeline.set_rows(data["timeline"])
        self.followups.set_rows(data["followups"])
        self.tests.set_rows(data["tests"])
        self.absences.set_rows(data["absences"])
        self.referrals.set_rows(data["referrals"])
        self.stages.set_rows(data["stages"])
        self.reports.set_rows(data["reports"])
        p = data["participation"]
        self.participation.setText(self.tr("禁毒宣传活动：参加 %1 次，担任志愿者 %2 次，志愿服务 %3 小时。")
                                   .replace("%1", str(p.attended)).replace("%2", str(p.helped))
                                   .replace("%3", f"{p.volunteer_minutes / 60:.1f}"))
        alerts = data["alerts"]
        self.alerts.setText("\n".join(marked(word(a.level)) + shown(a.message) for a in alerts) or self.tr("没有法定期限或第二十条提醒。"))

    # -- actions ------------------------------------------------------------------------------------
    def _dialog(self, dlg: dialogs.FormDialog, submit: Callable[[Any], object]) -> bool:
        def run() -> None:
            with self.ctx.db.session(self.ctx.actor) as s:
                submit(s)
        dlg.submit = run
        if dlg.exec():
            self.reload()
            return True
        return False

    def add_followup(self) -> None:
        if self.case_id is None:
            return
        dlg = dialogs.FollowUpDialog(self, today())
        self._dialog(dlg, lambda s: fu.add_followup(s, self.ctx.actor, self.case_id, dlg.values()))

    def add_absence(self) -> None:
        if self.case_id is None:
            return
        dlg = dialogs.AbsenceDialog(self, today())
        self._dialog(dlg, lambda s: fu.add_absence(s, self.ctx.actor, self.case_id, dlg.values()))

    def add_referral(self) -> None:
        if self.case_id is None:
            return
        dlg = dialogs.ReferralDialog(self, today())
        self._dialog(dlg, lambda s: referrals.add_referral(
            s, self.ctx.actor, self.case_id, kind=dlg.kind.currentData(), to_org=dlg.to_org.text(),
            on=dialogs.date_of(dlg.on), outcome=dlg.outcome.text()))

    def add_stage(self) -> None:
        if self.case_id is None:
            return
        dlg = dialogs.StageDialog(self, today())
        self._dialog(dlg, lambda s: cases.add_stage(s, self.ctx.actor, self.case_id, stage=dlg.stage.currentData(),
                                                    on=dialogs.date_of(dlg.on), content=dlg.content.toPlainText()))

    def change_status(self) -> None:
        if self.detail is None:
            return
        dlg = dialogs.StatusDialog(self, today(), self.detail.status)
        self._dialog(dlg, lambda s: cases.change_status(
            s, self.ctx.actor, self.detail.id, dlg.status.currentData(), on=dialogs.date_of(dlg.on),
            reason=dlg.reason.text(), transfer_to=dlg.transfer_to.text()))

    def edit_case(self) -> None:
        if self.detail is None:
            return
        dlg = dialogs.EditCaseDialog(self, self.detail)
        loaded = self.detail.version
        self._dialog(dlg, lambda s: cases.update_case(s, self.ctx.actor, self.detail.id, dlg.values(),
                                                      expected_version=loaded))
        if dlg.reload_requested:         # another desk changed the case: show its version, then edit again
            self.reload()
            self.edit_case()

    def add_contact(self) -> None:
        if self.detail is None:
            return
        dlg = dialogs.ContactDialog(self)
        self._dialog(dlg, lambda s: cases.add_contact(
            s, self.ctx.actor, self.detail.id, role=dlg.role.currentData(), name=dlg.name.text(),
            organisation=dlg.organisation.text(), phone=dlg.phone.text()))

    def share(self) -> None:
        if self.detail is None:
            return
        me = self.ctx.actor.id
        workers = call(self.ctx, self, lambda s: [w for w in cases.rehab_workers(s, self.ctx.actor)
                                           if w.id != me and w.role == "rehab_worker"])
        if workers is None:
            return
        dlg = dialogs.ShareDialog(self, workers)
        self._dialog(dlg, lambda s: cases.share_case(s, self.ctx.actor, self.detail.id, dlg.worker.currentData()))

    def _selected_report(self) -> Any:
        rows = self.report_view.selectionModel().selectedRows()
        if rows:
            return self.reports.row(rows[0].row())
        return self.reports.rows[0] if len(self.reports.rows) == 1 else None

    def send_report(self) -> None:
        r = self._selected_report()
        if r is None:
            return
        dlg = dialogs.SendReportDialog(self)
        self._dialog(dlg, lambda s: police_reports.record_report_sent(s, self.ctx.actor, r.id,
                                                                           sent_to=dlg.sent_to.text()))

    def print_record(self) -> None:
        if self.detail is not None:
            cid = self.detail.id
            self.last_job = print_service(self.ctx, self, f"帮扶记录表 {self.detail.label}",
                                          lambda s, p: printing.print_followup_record(s, self.ctx.actor, cid, p))

    def print_summary(self) -> None:
        if self.detail is not None:
            cid = self.detail.id
            self.last_job = print_service(self.ctx, self, f"个案摘要 {self.detail.label}",
                                          lambda s, p: printing.print_case_summary(s, self.ctx.actor, cid, p))

    def print_tests(self) -> None:
        if self.detail is not None:
            cid = self.detail.id
            self.last_job = print_service(self.ctx, self, f"检测记录 {self.detail.label}",
                                          lambda s, p: printing.print_test_record(s, self.ctx.actor, cid, p))

    def print_report(self) -> None:
        r = self._selected_report()
        if r is not None:
            self.last_job = print_service(self.ctx, self, "社区戒毒情况报告",
                                          lambda s, p: printing.print_police_report(s, self.ctx.actor, r.id, p))
