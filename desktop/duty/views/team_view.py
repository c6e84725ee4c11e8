"""队员·时长·经费 for coordinators: the members with their availability, hours of a period with
corrections (and the buttons other modules add there: certificates), pending swap/cover requests, and the fund statement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop import modules
from desktop.core import messages
from desktop.core.clock import today
from desktop.core.messages import word
from desktop.core.module_spec import load
from desktop.core.roles import Perm
from desktop.duty import common, fund, hours, ics, shifts_service, teams_service
from desktop.duty.views.member_dialog import MemberDialog
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.ui.background import Job
from desktop.ui.export_files import ask_save_path
from desktop.ui.print_actions import print_buttons, print_or_save
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.qt import (QDate, QDateEdit, QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
                           QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget, translated)
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from desktop.roster.service import search_people
from desktop.core.dates import DateParseError, parse_date

def _columns(view: QWidget, *columns: tuple[str, Callable[[Any], object]]) -> RowsTableModel:
    return RowsTableModel([Column(view.tr(header), value) for header, value in columns])


def _weekdays(m: teams_service.MemberRow) -> str:
    days = ["一二三四五六日"[int(c) - 1] for c in m.weekdays]
    if messages.language() != "en":
        return "".join(days)                                     # 一三五
    return " ".join(translated("TeamView", "周" + d) for d in days)


def _hours_text(m: teams_service.MemberRow) -> str:
    return f"{common.fmt_hm(m.avail_from)}–{common.fmt_hm(m.avail_to)}" if m.avail_from else ""


def _away_text(m: teams_service.MemberRow) -> str:
    return "；".join(f"{a.date_from:%m-%d}～{a.date_to:%m-%d} {a.reason}" for a in m.away)


class TeamView(QWidget):
    def __init__(self, ctx: AppContext, team_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id = team_id
        self.member_rows: list[teams_service.MemberRow] = []
        manage = ctx.actor.can(Perm.DUTY_MANAGE)
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs)
        self.status = QLabel()
        lay.addWidget(self.status)
        # members
        self.members_model = _columns(
            self, ("姓名", lambda m: m.name), ("队长", lambda m: "★" if m.is_captain else ""), ("电话", lambda m: m.phone),
            ("技能", lambda m: "、".join(m.skills)), ("可值班星期", _weekdays), ("时段", _hours_text),
            ("每周最多", lambda m: m.max_per_week), ("请假", _away_text))
        self.members = read_only_table(self.members_model, stretch=True)
        box = QWidget()
        ml = QVBoxLayout(box)
        ml.addWidget(self.members)
        mbar = FlowLayout()          # wraps where the page is narrow (1024 px, large type, English)
        self.member_buttons = []
        for label, slot in ((self.tr("添加居民…"), self._ask_person), (self.tr("添加队外人员…"), self._ask_outsider),
                            (self.tr("可值班时间…"), self._edit_selected),
                            (self.tr("登记请假…"), self._ask_away), (self.tr("设为队长"), self._captain_selected),
                            (self.tr("移出服务队"), self._remove_selected)):
            b = QPushButton(label)
            b.clicked.connect(slot)
            b.setVisible(manage)
            mbar.addWidget(b)
            self.member_buttons.append(b)
        self.ics_button = QPushButton(self.tr("导出选中队员的值班日历（.ics）…"))
        self.ics_button.clicked.connect(lambda: self.export_ics())
        mbar.addWidget(self.ics_button)
        ml.addLayout(mbar)
        if manage:
            self.members.doubleClicked.connect(lambda _i: self._edit_selected())
        self.tabs.addTab(box, self.tr("队员"))
        # hours
        box = QWidget()
        hl = QVBoxLayout(box)
        bar = FlowLayout()
        first = today().replace(day=1)
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(today().year, today().month, today().day))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.dateChanged.connect(lambda _d: self.load_hours())
        self.correct_button = QPushButton(self.tr("更正时长…"))
        self.correct_button.clicked.connect(self._ask_correction)
        for w in (QLabel(self.tr("从")), self.date_from, QLabel(self.tr("到")), self.date_to):
            bar.addWidget(w)
        self.correct_button.setVisible(manage)
        bar.addWidget(self.correct_button)
        self.hours_actions = [load(path)(self) for path in modules.actions("duty.hours")]   # e.g. certificates
        for widget in self.hours_actions:
            bar.addWidget(widget)
        hl.addLayout(bar)
        unclosed = self.tr("（%1 个未签退，待队长确认）")
        self.hours_model = _columns(
            self, ("姓名", lambda r: r.name),
            ("班次", lambda r: str(r.shifts) + (unclosed.replace("%1", str(r.unclosed)) if r.unclosed else "")),
            ("值班（小时）", lambda r: f"{r.duty_minutes / 60:.1f}"),
            ("活动服务（小时）", lambda r: f"{r.activity_minutes / 60:.1f}"),
            ("更正（小时）", lambda r: f"{r.correction_minutes / 60:.1f}"),
            ("合计（小时）", lambda r: f"{r.total_minutes / 60:.1f}"))
        self.hours = read_only_table(self.hours_model, stretch=True)
        hl.addWidget(self.hours)
        self.tabs.addTab(box, self.tr("服务时长"))
        # requests
        box = QWidget()
        rl = QVBoxLayout(box)
        self.requests_model = _columns(
            self, ("类型", lambda r: word(r.kind)), ("班次", lambda r: r.shift_text), ("原值班人", lambda r: r.from_name),
            ("换给", lambda r: r.to_name), ("原因", lambda r: r.reason), ("申请人", lambda r: r.asked_by),
            ("状态", lambda r: word(r.state)), ("审批人", lambda r: r.decided_by))
        self.requests = read_only_table(self.requests_model, stretch=True)
        self.requests.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        rl.addWidget(self.requests)
        bar = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("批准"))
        self.refuse_button = QPushButton(self.tr("拒绝"))
        self.approve_button.clicked.connect(lambda: self._decide_selected(True))
        self.refuse_button.clicked.connect(lambda: self._decide_selected(False))
        bar.addStretch(1)
        bar.addWidget(self.approve_button)
        bar.addWidget(self.refuse_button)
        rl.addLayout(bar)
        self.requests_tab = self.tabs.addTab(box, self.tr("换班代班"))
        # fund
        box = QWidget()
        fl = QVBoxLayout(box)
        self.fund_summary = QLabel()
        self.fund_summary.setStyleSheet("font-size: 13pt;")
        self.fund_summary.setWordWrap(True)
        fl.addWidget(self.fund_summary)
        y = common.yuan
        self.fund_model = _columns(
            self, ("日期", lambda e: e.on_day), ("类别", lambda e: word(e.category)), ("摘要", lambda e: e.text),
            ("收入", lambda e: y(e.amount_fen) if e.kind == fund.INCOME else ""),
            ("支出", lambda e: y(e.amount_fen) if e.kind == fund.EXPENSE else ""), ("结余", lambda e: y(e.balance_fen)))
        self.fund = read_only_table(self.fund_model, stretch=True)
        fl.addWidget(self.fund)
        self.fund_print, self.fund_save = print_buttons(self.tr("打印收支表"), self.tr("另存为 PDF…"),
                                                        [("", lambda save: self.print_fund(save=save))])
        fund_buttons = QHBoxLayout()           # at the left: the page may be wider than a small screen
        fund_buttons.addWidget(self.fund_print)
        fund_buttons.addWidget(self.fund_save)
        fund_buttons.addStretch(1)
        fl.addLayout(fund_buttons)
        self.tabs.addTab(box, self.tr("活动经费"))
        self.refresh()

    # -- loading --------------------------------------------------------------------------------
    def set_team(self, team_id: str | None) -> None:
        self.team_id = team_id
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def refresh(self) -> None:
        if not self.team_id:
            return
        team_id, actor = self.team_id, self.ctx.actor
        got = call(self.ctx, self, lambda s: (
            teams_service.list_members(s, actor, team_id), shifts_service.list_requests(s, actor, team_id),
            fund.statement(s, actor, team_id, date(today().year, 1, 1), today())), status=self.status, warn=False)
        if got is None:
            return
        members, requests, self.statement = got
        self.member_rows = members
        pending = sum(1 for r in requests if r.state == "待批")
        self.tabs.setTabText(self.requests_tab, self.tr("换班代班（%1 待批）").replace("%1", str(pending)) if pending
                             else self.tr("换班代班"))
        self.members_model.set_rows(members)
        self.requests_model.set_rows(requests)
        y = common.yuan
        st = self.statement
        self.fund_model.set_rows(st.entries)
        self.fund_summary.setText(self.tr("今年：期初 %1，收入 %2，支出 %3，结余 %4 元")
                                  .replace("%1", y(st.opening_fen)).replace("%2", y(st.income_fen))
                                  .replace("%3", y(st.expense_fen)).replace("%4", y(st.closing_fen)))
        self.load_hours()

    def load_hours(self) -> None:
        if not self.team_id:
            return
        first, last = self.period()
        rows = call(self.ctx, self, lambda s: hours.hours_for(s, self.ctx.actor, self.team_id, first, last),
                    status=self.status, warn=False)
        if rows is None:
            return
        self.hours_model.set_rows(rows)

    def selected_member(self) -> str | None:
        """The member selected in the hours (for the buttons added to the hours tab)."""
        return self._selected(self.hours)

    def _selected(self, table: QTableView) -> str | None:
        """The id of the member (in the hours: `member_id`) or request selected in `table`."""
        row = selected_row(table)
        return None if row is None else row.member_id if table is self.hours else row.id

    # -- actions --------------------------------------------------------------------------------

    def correct(self, member_id: str, minutes: int, reason: str) -> bool:
        _, last = self.period()
        ok = succeeds(self.ctx, self, lambda s: hours.correct_hours(s, self.ctx.actor, member_id, last, minutes, reason),
                      status=self.status)
        if ok:
            self.status.setText(self.tr("时长已更正"))
            self.load_hours()
        return ok

    def _ask_correction(self) -> None:
        member_id = self._selected(self.hours)
        if member_id is None:
            self.status.setText(self.tr("请先选中一位队员"))
            return
        minutes, ok = QInputDialog.getInt(self, self.tr("更正时长"), self.tr("增加的分钟数（减少写负数）"), 60,
                                          -10000, 10000)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("更正时长"), self.tr("原因（必填）"))
        if ok:
            self.correct(member_id, minutes, reason)

    def decide(self, request_id: str, approve: bool) -> bool:
        ok = succeeds(self.ctx, self, lambda s: shifts_service.decide_request(s, self.ctx.actor, request_id, approve),
                      status=self.status)
        if ok:
            self.refresh()
        return ok

    def _decide_selected(self, approve: bool) -> None:
        request_id = self._selected(self.requests)
        if request_id:
            self.decide(request_id, approve)

    # -- members --------------------------------------------------------------------------------
    def _member_job(self, job, done: str) -> bool:  # noqa: ANN001
        ok = succeeds(self.ctx, self, job, status=self.status)
        if ok:
            self.status.setText(done)
            self.refresh()
        return ok

    def add_person(self, person_id: str) -> bool:
        inp = teams_service.MemberInput(person_id=person_id)
        return self._member_job(lambda s: teams_service.save_member(s, self.ctx.actor, self.team_id, inp),
                                self.tr("已加入服务队"))

    def add_outsider(self, name: str, phone: str) -> bool:
        inp = teams_service.MemberInput(name=name, phone=phone)
        return self._member_job(lambda s: teams_service.save_member(s, self.ctx.actor, self.team_id, inp),
                                self.tr("已加入服务队"))

    def add_away(self, member_id: str, first: date, last: date, reason: str) -> bool:
        return self._member_job(lambda s: teams_service.add_away(s, self.ctx.actor, member_id, first, last, reason),
                                self.tr("已登记请假"))

    def make_captain(self, member_id: str) -> bool:
        return self._member_job(lambda s: teams_service.set_captain(s, self.ctx.actor, member_id),
                                self.tr("已设为队长"))

    def remove(self, member_id: str) -> bool:
        return self._member_job(lambda s: teams_service.remove_member(s, self.ctx.actor, member_id),
                                self.tr("已移出服务队"))

    def member_dialog(self, member_id: str) -> MemberDialog | None:
        member = next((m for m in self.member_rows if m.id == member_id), None)
        return MemberDialog(self.ctx, member, self) if member is not None else None

    def _edit_selected(self) -> None:
        member_id = self._selected(self.members)
        dialog = self.member_dialog(member_id) if member_id else None
        if dialog is None:
            self.status.setText(self.tr("请先选中一位队员"))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status.setText(self.tr("已保存 %1 的可值班时间").replace("%1", dialog.member.name))
            self.refresh()

    def _ask_person(self) -> None:
        query, ok = QInputDialog.getText(self, self.tr("添加居民"), self.tr("姓名、拼音或电话"))
        if not ok or not query.strip() or not self.team_id:
            return
        team_id = self.team_id
        people = call(self.ctx, self, lambda s: search_people(
            s, self.ctx.actor, query.strip(), community_id=teams_service.get_team(s, self.ctx.actor, team_id).community_id,
            limit=30), status=self.status, warn=False)
        if people is None:
            return
        if not people:
            self.status.setText(self.tr("花名册里没有找到"))
            return
        labels = [f"{p.name}　{p.address}" for p in people]
        choice, ok = QInputDialog.getItem(self, self.tr("添加居民"), self.tr("选择"), labels, 0, False)
        if ok:
            self.add_person(people[labels.index(choice)].id)

    def _ask_outsider(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加队外人员"), self.tr("姓名"))
        if not ok or not name.strip():
            return
        phone, ok = QInputDialog.getText(self, self.tr("添加队外人员"), self.tr("电话"))
        if ok:
            self.add_outsider(name, phone)

    def _ask_away(self) -> None:
        member_id = self._selected(self.members)
        if member_id is None:
            self.status.setText(self.tr("请先选中一位队员"))
            return
        text, ok = QInputDialog.getText(self, self.tr("登记请假"), self.tr("日期（如 2026-12-01 至 2026-12-05）"))
        if not ok or not text.strip():
            return
        parts = [x for x in text.replace("～", "至").replace("~", "至").split("至") if x.strip()]
        try:
            first = parse_date(parts[0].strip())
            last = parse_date(parts[-1].strip())
        except (DateParseError, IndexError):
            self.status.setText(self.tr("日期看不懂：%1").replace("%1", text))
            return
        reason, ok = QInputDialog.getText(self, self.tr("登记请假"), self.tr("原因"))
        if ok:
            self.add_away(member_id, first, last, reason)

    def _captain_selected(self) -> None:
        member_id = self._selected(self.members)
        if member_id:
            self.make_captain(member_id)

    def _remove_selected(self) -> None:
        member_id = self._selected(self.members)
        if member_id and QMessageBox.question(self, self.tr("移出服务队"), self.tr("确定把这位队员移出服务队吗？")) \
                == QMessageBox.StandardButton.Yes:
            self.remove(member_id)

    def export_ics(self, member_id: str | None = None, path: Path | str | None = None) -> bool:
        member_id = member_id or self._selected(self.members)
        if member_id is None:
            self.status.setText(self.tr("请先选中一位队员"))
            return False
        path = Path(path) if path else ask_save_path(self.ctx, self, self.tr("保存日历"), "值班.ics", "iCalendar (*.ics)")
        if not path:
            return False
        first = today().replace(day=1)
        last = date(first.year + 1, 12, 31) if first.month == 12 else date(first.year, 12, 31)
        ok = succeeds(self.ctx, self, lambda s: path.write_bytes(ics.member_calendar(s, self.ctx.actor, member_id, first,
                                                                                     last)), status=self.status)
        if ok:
            self.status.setText(self.tr("已保存：%1").replace("%1", str(path)))
        return ok

    def print_fund(self, path: Path | str | None = None, *, save: bool = False, ask: Any = None) -> Job | None:
        """打印 the fund statement of the year so far in one step, or 另存为 PDF (`save`; `path`: no dialog);
        built on a worker thread."""
        from desktop.duty.printing import print_fund_statement  # deferred: loads reportlab, PIL
        if not self.team_id:
            return None
        st, team_id, actor = self.statement, self.team_id, self.ctx.actor
        return print_or_save(self.ctx, self, [self.tr("活动经费收支表"), st.team_name, f"{st.first}至{st.last}"],
                             lambda s, out: print_fund_statement(s, actor, team_id, st.first, st.last, out),
                             save=save or path is not None, out=Path(path) if path else None, ask=ask,
                             told=self.status.setText)
