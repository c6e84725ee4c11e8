"""The centre's other tabs: function rooms and bookings, services log with 人次/人数, birthdays with the
party, home visits with the overdue list. Each action opens one short session."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from desktop.core.clock import SHANGHAI, to_local, today
from desktop.core.errors import UserError
from desktop.core.roles import Perm
from desktop.elder import birthdays as bd
from desktop.elder import services_service as ss
from desktop.elder import visits as vs
from desktop.elder.models import SERVICE_KINDS
from desktop.ui.context import AppContext
from desktop.ui.export_files import export_start, offer_delete_printout
from desktop.ui.qt import (
    QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSpinBox, Qt, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)
from desktop.ui.qt import pydate, qtoday


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    return t


def _fill(t: QTableWidget, rows: list[list[str]], data: list[object] | None = None) -> None:
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            item = QTableWidgetItem(v)
            if j == 0 and data is not None:
                item.setData(Qt.UserRole, data[i])
            t.setItem(i, j, item)


class _Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def _call(self, fn):  # noqa: ANN001, ANN202
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                return fn(s)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("提示"), exc.message)
            return None


class RoomsTab(_Tab):
    """The centre's function rooms; the day's bookings of the chosen room; book a slot (clashes refused)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rooms = QListWidget()
        self.rooms.currentRowChanged.connect(lambda _r: self.load_usage())
        self.day = QDateEdit(qtoday())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(lambda _d: self.load_usage())
        self.usage = _table(["开始", "结束", "用途", "活动"])
        self.start = QLineEdit("09:00")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(90)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("用途"))
        book = QPushButton(self.tr("预约"))
        book.clicked.connect(self.book)
        book.setEnabled(ctx.actor.can(Perm.ACTIVITY_EDIT))
        form = QHBoxLayout()
        for w in (QLabel(self.tr("开始")), self.start, QLabel(self.tr("分钟")), self.minutes, self.purpose, book):
            form.addWidget(w)
        right = QVBoxLayout()
        right.addWidget(self.day)
        right.addWidget(self.usage, 1)
        right.addLayout(form)
        lay = QHBoxLayout(self)
        lay.addWidget(self.rooms, 1)
        lay.addLayout(right, 3)
        self.refresh()

    def refresh(self) -> None:
        from desktop.activities.room_service import list_rooms
        rows = self._call(lambda s: list_rooms(s, self.ctx.actor, module="elder")) or []
        current = self.rooms.currentRow()
        self.rooms.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.name}（{r.capacity or '—'} 人）")
            item.setData(Qt.UserRole, r.id)
            self.rooms.addItem(item)
        if rows:
            self.rooms.setCurrentRow(max(0, current))

    def _room_id(self) -> str | None:
        item = self.rooms.currentItem()
        return item.data(Qt.UserRole) if item else None

    def load_usage(self) -> None:
        from desktop.activities.room_service import room_usage
        rid = self._room_id()
        if rid is None:
            return
        d = pydate(self.day.date())
        rows = self._call(lambda s: room_usage(s, self.ctx.actor, rid, d, d)) or []
        _fill(self.usage, [[to_local(b.starts_at).strftime("%H:%M"), to_local(b.ends_at).strftime("%H:%M"), b.purpose,
                            b.activity_title] for b in rows])

    def book(self) -> None:
        from desktop.activities.room_service import book_room
        rid = self._room_id()
        if rid is None:
            return
        try:
            hh, mm = (int(x) for x in self.start.text().strip().replace("：", ":").split(":"))
            start = datetime.combine(pydate(self.day.date()), datetime.min.time().replace(hour=hh, minute=mm),
                                     SHANGHAI)
        except ValueError:
            QMessageBox.warning(self, self.tr("提示"), self.tr("开始时间请写成 09:00"))
            return
        end = start + timedelta(minutes=self.minutes.value())
        if self._call(lambda s: book_room(s, self.ctx.actor, rid, start, end, purpose=self.purpose.text(),
                                          module="elder")) is not None:
            self.purpose.clear()
            self.load_usage()


class ServicesTab(_Tab):
    """The month's services and the contract figures (人次 and 人数 per kind)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.month = QDateEdit(qtoday())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部"), "")
        for k in SERVICE_KINDS:
            self.kind.addItem(self.tr(k), k)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.figures = _table(["服务类别", "人次", "人数", "时长（小时）", "收费（元）"])
        row_h = self.figures.verticalHeader().defaultSectionSize()
        self.figures.setFixedHeight(self.figures.horizontalHeader().sizeHint().height()
                                    + (len(SERVICE_KINDS) + 1) * row_h + 4)
        self.list = _table(["日期", "会员号", "姓名", "类别", "分钟", "测量", "工作人员", "收费（元）"])
        add_bar = QHBoxLayout()
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("会员号"))
        self.new_kind = QComboBox()
        for k in SERVICE_KINDS:
            self.new_kind.addItem(self.tr(k), k)
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(0, 1440)
        self.new_minutes.setValue(30)
        self.measures = QLineEdit()
        self.measures.setPlaceholderText(self.tr("测量：收缩压=130;舒张压=80"))
        add = QPushButton(self.tr("记录服务"))
        add.clicked.connect(self.add)
        add.setEnabled(ctx.actor.can(Perm.ELDER_MANAGE))
        for w in (self.member, self.new_kind, self.new_minutes, self.measures, add):
            add_bar.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(self.kind)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.figures)
        lay.addWidget(self.list, 1)
        lay.addLayout(add_bar)
        self.refresh()

    def refresh(self) -> None:
        d = pydate(self.month.date()).replace(day=1)
        last = d.replace(day=calendar.monthrange(d.year, d.month)[1])

        def load(s):  # noqa: ANN001, ANN202
            return (ss.figures(s, self.ctx.actor, d, last),
                    ss.list_services(s, self.ctx.actor, d, last, kind=self.kind.currentData() or None, limit=1000))
        got = self._call(load)
        if got is None:
            return
        f, rows = got
        _fill(self.figures, [[k.kind, str(k.services), str(k.persons), f"{k.minutes / 60:.1f}",
                              f"{k.fee_fen / 100:.2f}"]
                             for k in [*f.kinds, f.total]])
        _fill(self.list, [[r.day.isoformat(), r.member_no, r.name, r.kind, str(r.minutes),
                           "；".join(f"{k} {v}" for k, v in r.measures.items()), r.staff, f"{r.fee_fen / 100:.2f}"]
                          for r in rows])

    def add(self) -> None:
        from desktop.elder.member_lookup import lookup
        key = self.member.text().strip()
        if not key:
            return

        def go(s):  # noqa: ANN001, ANN202
            found = lookup(s, key, today(), self.ctx.actor)
            if len(found.members) != 1:
                raise UserError(f"请写准确的会员号（找到 {found.total} 位）")
            return ss.add_service(s, self.ctx.actor, ss.ServiceInput(
                found.members[0].id, self.new_kind.currentData(), today(), minutes=self.new_minutes.value(),
                measures=ss.parse_measures(self.measures.text().replace("；", ";"))))
        if self._call(go) is not None:
            self.member.clear()
            self.measures.clear()
            self.refresh()


class BirthdaysTab(_Tab):
    """The month's birthdays (solar or lunar), the centre's feast days, the party activity, the list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.month = QDateEdit(qtoday())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.feasts = QLabel()
        self.list = _table(["日期", "会员号", "姓名", "年龄", "出生日期", "农历生日", "按"])
        party = QPushButton(self.tr("创建本月生日会…"))
        party.clicked.connect(self.create_party)
        party.setEnabled(ctx.actor.can(Perm.ELDER_MANAGE) and ctx.actor.can(Perm.ACTIVITY_EDIT))
        pdf = QPushButton(self.tr("打印生日名单…"))
        pdf.clicked.connect(self.print_list)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("月份")), self.month, party, pdf):
            top.addWidget(w)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.feasts)
        lay.addWidget(self.list, 1)
        self.rows: list[bd.BirthdayRow] = []
        self.refresh()

    def _month(self) -> date:
        return pydate(self.month.date()).replace(day=1)

    def refresh(self) -> None:
        m = self._month()
        self.rows = self._call(lambda s: bd.month_birthdays(s, self.ctx.actor, m.year, m.month)) or []
        feasts = [f"{n} {d.month}月{d.day}日" for n, d in bd.centre_calendar(m.year)]
        self.feasts.setText(self.tr("中心日历：") + "　".join(feasts))
        _fill(self.list, [[r.solar_date.isoformat(), r.member_no, r.name, str(r.age), r.birth_date.isoformat(),
                           r.lunar_text, "农历" if r.lunar else "公历"] for r in self.rows])

    def create_party(self) -> None:
        m = self._month()
        cid = self.ctx.community_id or next(iter(sorted(self.ctx.actor.community_ids)), None)
        if cid is None:
            from desktop.roster.models import Community
            from sqlalchemy import select
            cid = self._call(lambda s: s.scalar(select(Community.id).order_by(Community.name)))
        aid = self._call(lambda s: bd.create_birthday_party(s, self.ctx.actor, m, community_id=cid))
        if aid:
            QMessageBox.information(self, self.tr("生日会"), self.tr("已创建生日会活动，报名 %1 位，可在“活动”页打印签到表")
                                    .replace("%1", str(len({r.person_id for r in self.rows}))))

    def print_list(self) -> None:
        from desktop.elder.printing import render_birthday_list
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存生日名单"), export_start(self.ctx, "生日名单.pdf"),
                                              "PDF (*.pdf)")
        if path:
            m = self._month()
            render_birthday_list(m, self.rows, path, printed_by=self.ctx.actor.display_name,
                                 festivals=[x for x in bd.centre_calendar(m.year) if x[1].month == m.month])
            offer_delete_printout(self, path)


class VisitsTab(_Tab):
    """Scheduled home visits (most overdue first) and recording a visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel()
        self.table = _table(["会员号", "姓名", "类别", "上次探访", "应探访", "逾期（天）", "电话", "住址"])
        self.table.activated.connect(lambda _i: self.findings.setFocus())
        self.findings = QLineEdit()
        self.findings.setPlaceholderText(self.tr("探访情况"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(40)
        add = QPushButton(self.tr("记录探访"))
        add.clicked.connect(self.add)
        add.setEnabled(ctx.actor.can(Perm.ELDER_MANAGE))
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("选中的会员：")), self.findings, QLabel(self.tr("分钟")), self.minutes, add):
            bar.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addLayout(bar)
        self.refresh()

    def refresh(self) -> None:
        rows = self._call(lambda s: vs.visit_schedule(s, self.ctx.actor, today())) or []
        overdue = sum(1 for r in rows if r.overdue_days > 0)
        self.summary.setText(self.tr("定期探访 %1 位，逾期 %2 位").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
        _fill(self.table, [[r.member_no, r.name, r.category, r.last_visit.isoformat() if r.last_visit else "从未",
                            r.due.isoformat(), str(r.overdue_days) if r.overdue_days else "", r.phone, r.address]
                           for r in rows], [r.member_id for r in rows])
        for i, r in enumerate(rows):
            if r.overdue_days > 0:
                self.table.item(i, 5).setForeground(Qt.red)

    def add(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在表中选中会员"))
            return
        mid = self.table.item(row, 0).data(Qt.UserRole)
        if self._call(lambda s: vs.add_visit(s, self.ctx.actor, vs.VisitInput(
                mid, today(), self.minutes.value(), self.findings.text()))) is not None:
            self.findings.clear()
            self.refresh()
