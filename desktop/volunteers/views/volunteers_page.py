"""志愿者: the volunteers of every organisation the user may see, each one's record for a period (service
from the rota, from activities and other service; training, awards, evaluations), certificates issued from
the record, and the register of certificates (RegisterView)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.roles import Perm
from desktop.volunteers import certificates, record, service
from desktop.volunteers.printing import print_certificate, print_record
from desktop.volunteers.views.dialogs import CertificateDialog, EntryDialog, OrgDialog, VolunteerDialog
from desktop.volunteers.views.register_view import RegisterView
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.context import AppContext
from desktop.ui.typing_search import TypingSearch
from desktop.ui.page import Page
from desktop.ui.qt import (QComboBox, QDateEdit, QDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, Qt, QTabWidget,
                           QVBoxLayout, QWidget, pydate, qdate)
from desktop.ui.actions import call, show_in
from desktop.ui.background import Job
from desktop.ui.print_actions import print_buttons, print_or_save
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table


class VolunteersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.orgs: list[service.OrgRow] = []
        self.minutes: dict[str, dict[str, int]] = {}
        self.current: record.VolunteerRecord | None = None
        manage = ctx.actor.can(Perm.VOLUNTEER_MANAGE)
        lay = QVBoxLayout(self)
        bar = FlowLayout()          # rows of controls wrap where the page is narrow (1024 px, large type, English)
        self.org = QComboBox()
        self.org.setMinimumWidth(260)
        self.org.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名、拼音、电话或志愿者编号"))
        self.search.setMinimumWidth(230)
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(40)
        self.finder = TypingSearch(self, ctx, self._read_volunteers, self._show_volunteers,  # on a worker
                                   refused=self.status_text)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self.finder.search_now)
        start = today().replace(month=1, day=1)
        self.first, self.last = QDateEdit(qdate(start)), QDateEdit(qdate(today()))
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(lambda _d: self.load_volunteers())
        for w in (QLabel(self.tr("组织：")), self.org, self.search, QLabel(self.tr("从")), self.first,
                  QLabel(self.tr("到")), self.last):
            bar.addWidget(w)
        self.org_button = QPushButton(self.tr("组织信息…"))
        self.new_button = QPushButton(self.tr("新增志愿者…"))
        self.open_button = QPushButton(self.tr("为服务过的居民建档"))
        self.org_button.clicked.connect(lambda: self.edit_org())
        self.new_button.clicked.connect(lambda: self.new_volunteer())
        self.open_button.clicked.connect(lambda: self.open_records())
        for b in (self.org_button, self.new_button, self.open_button):
            b.setVisible(manage)
        lay.addLayout(bar)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.quiet = {"status": self.status, "warn": False}      # refusals are said in the status line
        self.last_job: Job | None = None                          # the certificate being printed
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self._build_volunteers(manage)
        self.register = RegisterView(ctx, self.org_id)
        self.tabs.addTab(self.register, self.tr("证明登记簿"))
        self.tabs.currentChanged.connect(lambda i: self.register.reload() if self.tabs.widget(i) is self.register
                                         else None)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------------------
    def _build_volunteers(self, manage: bool) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        hours = lambda src: lambda r: f"{self.minutes.get(r.id, {}).get(src, 0) / 60:.1f}"  # noqa: E731
        self.people = RowsTableModel([
            Column(self.tr("姓名"), lambda r: r.name), Column(self.tr("组织"), lambda r: r.org_name),
            Column(self.tr("志愿者编号"), lambda r: r.volunteer_no),
            Column(self.tr("值班"), hours(record.DUTY), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("活动"), hours(record.ACTIVITY), Qt.AlignmentFlag.AlignRight),
            Column(self.tr("其他"), hours(record.OTHER), Qt.AlignmentFlag.AlignRight)])
        self.table = read_only_table(self.people, stretch_column=1, wrap=False, name=self.tr("志愿者名单"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.load_record())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        row = FlowLayout()
        for b in (self.new_button, self.open_button, self.org_button):
            row.addWidget(b)
        ll.addLayout(row)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        self.basic = QLabel()
        self.basic.setTextFormat(Qt.TextFormat.PlainText)      # names and notes are data, never markup
        self.basic.setWordWrap(True)
        rl.addWidget(self.basic)
        self.lines = RowsTableModel([
            Column(self.tr("日期"), lambda x: x.on_day), Column(self.tr("来源"), lambda x: x.source),
            Column(self.tr("服务"), lambda x: x.title), Column(self.tr("组织者"), lambda x: x.organiser),
            Column(self.tr("小时"), lambda x: record.hours_text(x.minutes), Qt.AlignmentFlag.AlignRight)])
        rl.addWidget(read_only_table(self.lines, stretch_column=2, wrap=False, name=self.tr("服务记录")), 3)
        self.others = RowsTableModel([
            Column(self.tr("类别"), lambda e: e.kind), Column(self.tr("日期"), lambda e: e.on_day),
            Column(self.tr("内容"), lambda e: e.title), Column(self.tr("组织者"), lambda e: e.organiser),
            Column(self.tr("学时／等次"), lambda e: e.rating or (record.hours_text(e.minutes) if e.minutes else ""))])
        rl.addWidget(QLabel(self.tr("培训、表彰和评价")))
        rl.addWidget(read_only_table(self.others, stretch_column=2, wrap=False, name=self.tr("培训、表彰和评价")), 2)
        buttons = FlowLayout()
        self.edit_button = QPushButton(self.tr("修改信息…"))
        self.entry_button = QPushButton(self.tr("添加记录…"))
        self.certificate_button = QPushButton(self.tr("开具证明…"))
        self.record_button, self.record_save_button = print_buttons(
            self.tr("打印记录表"), self.tr("另存为 PDF…"), [("", lambda save: self.print_record(save=save))])
        self.edit_button.clicked.connect(lambda: self.edit_volunteer())
        self.entry_button.clicked.connect(lambda: self.add_entry())
        self.certificate_button.clicked.connect(lambda: self.issue())
        for b in (self.edit_button, self.entry_button, self.certificate_button, self.record_button,
                  self.record_save_button):
            b.setVisible(manage or b in (self.record_button, self.record_save_button))
            buttons.addWidget(b)
        rl.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([430, 650])
        self.tabs.addTab(split, self.tr("志愿者"))

    # -- data -----------------------------------------------------------------------------------------
    def org_id(self) -> str | None:
        return self.org.currentData()

    def period(self) -> tuple[date, date]:
        return pydate(self.first.date()), pydate(self.last.date())

    def refresh(self) -> None:
        orgs = call(self.ctx, self, lambda s: service.list_orgs(s, self.ctx.actor), **self.quiet)
        if orgs is None:
            return
        self.orgs = orgs
        chosen = self.org.currentData()
        self.org.blockSignals(True)
        self.org.clear()
        self.org.addItem(self.tr("全部组织"), None)
        for o in orgs:
            self.org.addItem(f"{o.name}（{o.volunteers}）", o.id)
        self.org.setCurrentIndex(max(0, self.org.findData(chosen)))
        self.org.blockSignals(False)
        self.load_volunteers()
        if self.tabs.currentWidget() is self.register:
            self.register.reload()

    def _typed(self, text: str) -> None:
        self._asked = (self.org_id(), *self.period())        # what the worker reads by, as it is now
        self.finder.typed(text)

    def _read_volunteers(self, s: Any, actor: Any, text: str) -> tuple[list[Any], dict[str, dict[str, int]]]:
        org_id, first, last = self._asked
        rows = service.list_volunteers(s, actor, org_id=org_id, query=text)
        return rows, record.minutes_by_volunteer(s, actor, [r.id for r in rows], first, last)

    def status_text(self, text: str) -> None:
        self.status.setText(text)

    def load_volunteers(self) -> None:
        """Read the list again at once (an organisation or dates chosen, a volunteer saved)."""
        text = self.search.text()
        self._asked = (self.org_id(), *self.period())
        self.finder.drop()         # a search typed before this is superseded
        found = call(self.ctx, self, lambda s: self._read_volunteers(s, self.ctx.actor, text), **self.quiet)
        if found is not None:
            self._show_volunteers(text, found)

    def _show_volunteers(self, _text: str, found: tuple[list[Any], dict[str, dict[str, int]]]) -> None:
        rows, self.minutes = found
        self.people.set_rows(rows)
        total = sum(sum(m.values()) for m in self.minutes.values())
        self.status.setText(self.tr("志愿者 %1 人，这段时间服务合计 %2 小时").replace("%1", str(len(rows)))
                            .replace("%2", f"{total / 60:.1f}"))
        if rows:
            self.table.selectRow(0)
        else:
            self.current = None
            self._show_record()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.people.row(index.row()).id if index.isValid() else None

    def load_record(self) -> None:
        vid = self.selected_id()
        first, last = self.period()
        self.current = call(self.ctx, self, lambda s: record.volunteer_record(s, self.ctx.actor, vid, first, last),
                            **self.quiet) if vid else None
        self._show_record()

    def _show_record(self) -> None:
        r = self.current
        if r is None:
            self.basic.clear()
            self.lines.set_rows([])
            self.others.set_rows([])
            return
        v = r.volunteer
        parts = [v.name, self.tr({"M": "男", "F": "女"}.get(v.sex, "")), f"{self.tr(v.id_type)} {v.id_shown}" if v.id_shown else "",
                 v.phone, self.tr("志愿者编号 %1（%2）").replace("%1", v.volunteer_no).replace("%2", v.platform)
                 if v.volunteer_no else self.tr("未注册志愿者编号"), v.org_name, v.skills]
        totals = self.tr("，").join(f"{self.tr(src)} {record.hours_text(r.minutes(src))}" for src in record.SOURCES)
        self.basic.setText("　".join(p for p in parts if p) + "\n"
                           + self.tr("服务时长（小时）：%1，合计 %2；培训 %3 学时")
                           .replace("%1", totals).replace("%2", record.hours_text(r.total_minutes))
                           .replace("%3", record.hours_text(r.training_minutes)))
        self.lines.set_rows(r.service)
        self.others.set_rows(list(r.trainings) + list(r.awards) + list(r.evaluations))

    # -- actions --------------------------------------------------------------------------------------
    def _after(self, text: str, reload: bool = True) -> None:
        if reload:
            keep = self.selected_id()
            self.refresh()
            for n, row in enumerate(self.people.rows):
                if row.id == keep:
                    self.table.selectRow(n)
        self.status.setText(text)

    def edit_org(self, values: dict[str, str] | None = None) -> bool:
        org = next((o for o in self.orgs if o.id == self.org_id()), None)
        if org is None:
            self.status.setText(self.tr("先在上面选一个组织"))
            return False
        if values is None:
            dlg = OrgDialog(org, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dlg.value()
        done = call(self.ctx, self, lambda s: service.save_org(
            s, self.ctx.actor, values["name"], community_id=org.community_id, responsible=values["responsible"],
            contact=values["contact"], address=values["address"], org_id=org.id), **self.quiet)
        if done:
            self._after(self.tr("已保存组织信息"))
        return bool(done)

    def new_volunteer(self, inp: service.VolunteerInput | None = None) -> str | None:
        if inp is None:
            dlg = VolunteerDialog(self.orgs, self.org_id(), parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            inp = dlg.value()
        vid = call(self.ctx, self, lambda s: service.save_volunteer(s, self.ctx.actor, inp), **self.quiet)
        if vid:
            self._after(self.tr("已新增志愿者 %1").replace("%1", inp.name))
        return vid

    def edit_volunteer(self, inp: service.VolunteerInput | None = None) -> bool:
        vid = self.selected_id()
        if vid is None or self.current is None:
            self.status.setText(self.tr("请先选中一位志愿者"))
            return False
        if inp is None:
            dlg = VolunteerDialog(self.orgs, self.current.volunteer.org_id, self.current.volunteer, parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            inp = dlg.value()
        done = call(self.ctx, self, lambda s: service.save_volunteer(s, self.ctx.actor, inp, vid), **self.quiet)
        if done:
            self._after(self.tr("已保存 %1 的信息").replace("%1", self.current.volunteer.name))
        return bool(done)

    def open_records(self) -> int:
        org = next((o for o in self.orgs if o.id == self.org_id()), None)
        if org is None or org.community_id is None:
            self.status.setText(self.tr("先在上面选一个社区的志愿服务组织"))
            return 0

        def job(s):  # noqa: ANN001, ANN202
            who = [pid for pid, _name in service.people_who_served(s, self.ctx.actor, org.community_id)]
            return service.open_records(s, self.ctx.actor, org.id, who)
        n = call(self.ctx, self, job, **self.quiet)
        if n is not None:
            self._after(self.tr("已为 %1 位服务过的居民建立志愿者档案").replace("%1", str(n)))
        return n or 0

    def add_entry(self, values: dict[str, Any] | None = None) -> bool:
        vid = self.selected_id()
        if vid is None:
            self.status.setText(self.tr("请先选中一位志愿者"))
            return False
        if values is None:
            dlg = EntryDialog(self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dlg.value()
        done = call(self.ctx, self, lambda s: record.add_entry(s, self.ctx.actor, vid, **values), **self.quiet)
        if done:
            self._after(self.tr("已添加%1记录").replace("%1", str(values["kind"])))
        return bool(done)

    def issue(self, values: dict[str, Any] | None = None, path: Path | str | None = None, *,
              confirm_overlap: bool = False, ask: Any = None) -> Job | None:
        """Issue a certificate for the selected volunteer and 打印 it in one step (saved as PDF instead when
        `path` is given; a copy can be saved from the register later), built on a worker thread; an
        overlapping period is named and asked about first."""
        vid = self.selected_id()
        if vid is None or self.current is None:
            self.status.setText(self.tr("请先选中一位志愿者"))
            return None
        if values is None:
            first, last = self.period()
            dlg = CertificateDialog(self.orgs, self.current.volunteer.org_id, first, last,
                                    may_print_full_id=self.ctx.actor.can(Perm.ID_FULL), parent=self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dlg.value()
        chosen = values
        args = {k: chosen[k] for k in ("org_id", "content", "notes")}
        actor = self.ctx.actor

        serial: list[str] = []

        def render(s, out: Path) -> object:  # noqa: ANN001
            c = certificates.issue_certificate(s, actor, vid, chosen["first"], chosen["last"],
                                               confirm_overlap=confirm_overlap, **args)
            serial.append(c.serial)
            return print_certificate(s, actor, c.id, out, full_id=bool(chosen.get("full_id")))

        def refused(exc: UserError) -> None:
            if isinstance(exc, certificates.OverlapWarning) and QMessageBox.question(
                    self, self.tr("已开过证明"), shown(exc) + "\n\n" + self.tr("仍要再开一份吗？")) \
                    == QMessageBox.StandardButton.Yes:
                self.last_job = self.issue(chosen, path, confirm_overlap=True, ask=ask)
                return
            self.status.setText(shown(exc))

        def told(text: str) -> None:
            self._after(self.tr("已开具证明 %1：%2").replace("%1", serial[0] if serial else "").replace("%2", text),
                        reload=False)
        job = print_or_save(self.ctx, self, [self.tr("志愿服务记录证明"), self.current.volunteer.name],
                            render, save=path is not None, out=Path(path) if path else None, ask=ask, told=told,
                            failed=refused)
        if job is not None:
            job.serial = serial
        self.last_job = job
        return job

    def print_record(self, path: Path | str | None = None, *, save: bool = False, ask: Any = None) -> Job | None:
        """打印 the volunteer's record in one step, or 另存为 PDF (`save`; `path`: no dialog)."""
        vid = self.selected_id()
        if vid is None or self.current is None:
            self.status.setText(self.tr("请先选中一位志愿者"))
            return None
        first, last = self.period()
        actor = self.ctx.actor
        return print_or_save(self.ctx, self, [self.tr("志愿服务记录表"), self.current.volunteer.name, f"{first}至{last}"],
                             lambda s, out: print_record(s, actor, vid, first, last, out),
                             save=save or path is not None, out=Path(path) if path else None, ask=ask,
                             told=self.status.setText, failed=show_in(self.status))
