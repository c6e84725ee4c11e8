"""The centre's other tabs: function rooms and bookings, services log with 人次/人数, birthdays with the
party, home visits with the overdue list. Each action opens one short session."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from sqlalchemy import select

from desktop.core import lunar, messages
from desktop.core.clock import SHANGHAI, to_local, today
from desktop.core.errors import UserError
from desktop.core.roles import Perm
from desktop.elder import birthdays as bd
from desktop.elder import services_service as ss
from desktop.elder import visits as vs
from desktop.elder.models import SERVICE_KINDS
from desktop.ui.context import AppContext
from desktop.ui.actions import call
from desktop.ui.background import Job
from desktop.ui.print_actions import print_buttons, print_or_save
from desktop.ui.qt import (
    QColor, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QSpinBox, Qt, QVBoxLayout, QWidget,
)
from desktop.ui.qt import pydate, qtoday
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from desktop.activities.room_service import book_room, list_rooms, room_usage
from desktop.elder.member_lookup import lookup
from desktop.roster.models import Community
from desktop.core.messages import word


OVERDUE = QColor("red")


def _model(*columns: tuple[str, Callable[[Any], object]]) -> RowsTableModel:
    return RowsTableModel([Column(header, value) for header, value in columns])


class _Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx


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
        self.usage_model = _model(("开始", lambda b: to_local(b.starts_at).strftime("%H:%M")),
                                  ("结束", lambda b: to_local(b.ends_at).strftime("%H:%M")),
                                  ("用途", lambda b: b.purpose), ("活动", lambda b: b.activity_title))
        self.usage = read_only_table(self.usage_model, stretch=True)
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
        rows = call(self.ctx, self, lambda s: list_rooms(s, self.ctx.actor, module="elder")) or []
        current = self.rooms.currentRow()
        self.rooms.clear()
        for r in rows:
            item = QListWidgetItem(r.name + self.tr("（%1 人）").replace("%1", str(r.capacity or "—")))
            item.setData(Qt.UserRole, r.id)
            self.rooms.addItem(item)
        if rows:
            self.rooms.setCurrentRow(max(0, current))

    def _room_id(self) -> str | None:
        item = self.rooms.currentItem()
        return item.data(Qt.UserRole) if item else None

    def load_usage(self) -> None:
        rid = self._room_id()
        if rid is None:
            return
        d = pydate(self.day.date())
        rows = call(self.ctx, self, lambda s: room_usage(s, self.ctx.actor, rid, d, d)) or []
        self.usage_model.set_rows(rows)

    def book(self) -> None:
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
        if call(self.ctx, self, lambda s: book_room(s, self.ctx.actor, rid, start, end, purpose=self.purpose.text(),
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
            self.kind.addItem(word(k), k)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.figures_model = _model(("服务类别", lambda k: word(k.kind)), ("人次", lambda k: k.services),
                                    ("人数", lambda k: k.persons), ("时长（小时）", lambda k: f"{k.minutes / 60:.1f}"),
                                    ("收费（元）", lambda k: f"{k.fee_fen / 100:.2f}"))
        self.figures = read_only_table(self.figures_model, stretch=True)
        row_h = self.figures.verticalHeader().defaultSectionSize()
        self.figures.setFixedHeight(self.figures.horizontalHeader().sizeHint().height()
                                    + (len(SERVICE_KINDS) + 1) * row_h + 4)
        self.list_model = _model(("日期", lambda r: r.day), ("会员号", lambda r: r.member_no), ("姓名", lambda r: r.name),
                                 ("类别", lambda r: word(r.kind)), ("分钟", lambda r: r.minutes),
                                 ("测量", lambda r: "；".join(f"{k} {v}" for k, v in r.measures.items())),
                                 ("工作人员", lambda r: r.staff), ("收费（元）", lambda r: f"{r.fee_fen / 100:.2f}"))
        self.list = read_only_table(self.list_model, stretch=True)
        add_bar = QHBoxLayout()
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("会员号"))
        self.new_kind = QComboBox()
        for k in SERVICE_KINDS:
            self.new_kind.addItem(word(k), k)
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
        got = call(self.ctx, self, load)
        if got is None:
            return
        f, rows = got
        self.figures_model.set_rows([*f.kinds, f.total])
        self.list_model.set_rows(rows)

    def add(self) -> None:
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
        if call(self.ctx, self, go) is not None:
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
        self.feasts.setWordWrap(True)          # a year's feasts are a long line
        self.list_model = _model(("日期", lambda r: r.solar_date), ("会员号", lambda r: r.member_no),
                                 ("姓名", lambda r: r.name), ("年龄", lambda r: r.age), ("出生日期", lambda r: r.birth_date),
                                 ("农历生日", lambda r: self._lunar(r.lunar_text)), ("按", lambda r: self.tr("农历") if r.lunar else self.tr("公历")))
        self.list = read_only_table(self.list_model, stretch=True)
        party = QPushButton(self.tr("创建本月生日会…"))
        party.clicked.connect(self.create_party)
        party.setEnabled(ctx.actor.can(Perm.ELDER_MANAGE) and ctx.actor.can(Perm.ACTIVITY_EDIT))
        self.print_button, self.save_pdf_button = print_buttons(self.tr("打印生日名单"), self.tr("另存为 PDF…"),
                                                                [("", lambda save: self.print_list(save))])
        top = QHBoxLayout()
        for w in (QLabel(self.tr("月份")), self.month, party, self.print_button, self.save_pdf_button):
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

    def _lunar(self, text: str) -> str:
        """三月初五 in Chinese; 03-05 (and the leap month said) where the desk speaks English."""
        if messages.language() != "en" or not text:
            return text
        month, day, leap = lunar.lunar_parts(text)
        return f"{month:02}-{day:02}" + (self.tr("（闰月）") if leap else "")

    def refresh(self) -> None:
        m = self._month()
        self.rows = call(self.ctx, self, lambda s: bd.month_birthdays(s, self.ctx.actor, m.year, m.month)) or []
        feasts = [f"{self.tr(n)} {d:%m-%d}" for n, d in bd.centre_calendar(m.year)]
        self.feasts.setText(self.tr("中心日历：") + "　".join(feasts))
        self.list_model.set_rows(self.rows)

    def create_party(self) -> None:
        m = self._month()
        cid = self.ctx.community_id or next(iter(sorted(self.ctx.actor.community_ids)), None)
        if cid is None:
            cid = call(self.ctx, self, lambda s: s.scalar(select(Community.id).order_by(Community.name)))
        aid = call(self.ctx, self, lambda s: bd.create_birthday_party(s, self.ctx.actor, m, community_id=cid))
        if aid:
            QMessageBox.information(self, self.tr("生日会"), self.tr("已创建生日会活动，报名 %1 位，可在“活动”页打印签到表")
                                    .replace("%1", str(len({r.person_id for r in self.rows}))))

    def print_list(self, save: bool = False, *, out: Path | None = None, ask: Any = None) -> Job | None:
        """打印 the month's birthday list in one step, or 另存为 PDF (`save`; `out`: no dialog)."""
        from desktop.elder.printing import render_birthday_list  # deferred: loads reportlab, PIL
        m, rows, by = self._month(), list(self.rows), self.ctx.actor.display_name
        festivals = [x for x in bd.centre_calendar(m.year) if x[1].month == m.month]
        return print_or_save(self.ctx, self, [self.tr("生日名单"), f"{m:%Y-%m}"], lambda _s, path: render_birthday_list(
            m, rows, path, printed_by=by, festivals=festivals), save=save or out is not None, out=out, ask=ask)


class VisitsTab(_Tab):
    """Scheduled home visits (most overdue first) and recording a visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel()
        self.model = RowsTableModel([
            Column("会员号", lambda r: r.member_no), Column("姓名", lambda r: r.name), Column("类别", lambda r: r.category),
            Column("上次探访", lambda r: r.last_visit or "从未"), Column("应探访", lambda r: r.due),
            Column("逾期（天）", lambda r: r.overdue_days or "", tint=lambda r: OVERDUE if r.overdue_days > 0 else None),
            Column("电话", lambda r: r.phone), Column("住址", lambda r: r.address)])
        self.table = read_only_table(self.model, stretch=True)
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
        rows = call(self.ctx, self, lambda s: vs.visit_schedule(s, self.ctx.actor, today())) or []
        overdue = sum(1 for r in rows if r.overdue_days > 0)
        self.summary.setText(self.tr("定期探访 %1 位，逾期 %2 位").replace("%1", str(len(rows)))
                             .replace("%2", str(overdue)))
        self.model.set_rows(rows)

    def add(self) -> None:
        row = selected_row(self.table)
        if row is None:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在表中选中会员"))
            return
        mid = row.member_id
        if call(self.ctx, self, lambda s: vs.add_visit(s, self.ctx.actor, vs.VisitInput(
                mid, today(), self.minutes.value(), self.findings.text()))) is not None:
            self.findings.clear()
            self.refresh()
