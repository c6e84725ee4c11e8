"""活动: a month/week calendar with the list of its activities, and the chosen activity's people —
enrolled, waiting, attended, helpers — with the roster's search to add people and the print buttons.

Keys: Ctrl+F find a person · Enter enrol · Ctrl+Enter check in · Delete withdraw / untick ·
Ctrl+N new activity · Ctrl+P print the sign-in sheet · Alt+←/→ previous/next period · F5 reload.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy import select

from desktop.core.messages import aside, shown
from desktop.activities import service as svc
from desktop.activities.views.activity_dialog import ActivityDialog
from desktop.activities.views.tables import activity_list_model, people_model
from desktop.core.clock import today, to_local
from desktop.core.roles import Perm
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.context import AppContext
from desktop.activities.signin_sheet import ORDERS
from desktop.activities.views.sheet_printing import SheetPrinting
from desktop.activities.views.people_actions import TAB_LABELS, TABS, PeopleActions, PeopleView, find_people
from desktop.ui.actions import call
from desktop.ui.rows_model import read_only_table
from desktop.ui.search_box import SearchBox
from desktop.ui.typing_search import TypingSearch
from desktop.ui.page import Page
from desktop.ui.qt import (
    QComboBox, QDate, QFont, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QMessageBox, QPushButton, QSpinBox, QSplitter, Qt, QTabWidget,
    QtGui, QtWidgets, QVBoxLayout, QWidget,
)
from desktop.activities.models import MODULE_LABELS
from desktop.roster.models import Community

class ActivitiesPage(PeopleActions, SheetPrinting, Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.day = today()
        self.current_id: str | None = None
        self.detail: svc.ActivityDetail | None = None
        self.can_edit = ctx.actor.can(Perm.ACTIVITY_EDIT)
        self.list_model = activity_list_model()
        self.people = {k: people_model(k) for k in TABS}
        self.last_output: Path | None = None
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.5))
        self.setFont(font)
        self._build()
        self._shortcuts()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        bar = FlowLayout()          # the rows of controls wrap where the page is narrow (1024 px, large type)
        self.prev_btn = QPushButton("◀")
        self.next_btn = QPushButton("▶")
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(150)
        self.today_btn = QPushButton(self.tr("今天"))
        self.span = QComboBox()
        self.span.setAccessibleName(self.tr("按月或按周显示"))
        self.span.addItem(self.tr("按月"), "month")
        self.span.addItem(self.tr("按周"), "week")
        self.module = QComboBox()
        self.module.setAccessibleName(self.tr("模块"))
        self.module.addItem(self.tr("全部模块"), None)
        for key, label in svc_module_labels().items():
            self.module.addItem(self.tr(label), key)
        self.title_filter = QLineEdit()
        self.title_filter.setPlaceholderText(self.tr("按活动名称筛选"))
        self.new_btn = QPushButton(self.tr("新建活动 (Ctrl+N)"))
        self.new_btn.setEnabled(self.can_edit)
        for w in (self.prev_btn, self.period_label, self.next_btn, self.today_btn, self.span, self.module,
                  self.title_filter):
            bar.addWidget(w)
        bar.addWidget(self.new_btn)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.calendar = QtWidgets.QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QtWidgets.QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        lv.addWidget(self.calendar)
        self.list_view = read_only_table(self.list_model, wrap=False)
        self.list_view.setObjectName("activityList")
        lv.addWidget(self.list_view, 1)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.tr("请选择一个活动"))
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        head_font = QFont(self.font())
        head_font.setPointSizeF(self.font().pointSizeF() + 2)
        self.header.setFont(head_font)
        rv.addWidget(self.header)
        self.tabs = QTabWidget()
        self.views: dict[str, PeopleView] = {}
        for key in TABS:
            self.views[key] = read_only_table(self.people[key], wrap=False, cls=PeopleView)
            self.tabs.addTab(self.views[key], self.tr(TAB_LABELS[key]))
        rv.addWidget(self.tabs, 1)

        find = QHBoxLayout()
        self.person_search = SearchBox(ctrl_return=True)
        self.person_search.setObjectName("personSearch")
        self.person_search.setPlaceholderText(self.tr("找人：姓名、拼音首字母、电话尾号、地址 (Ctrl+F)"))
        find.addWidget(self.person_search, 1)
        self.walk_in = QLineEdit()
        self.walk_in.setPlaceholderText(self.tr("现场加入者姓名（回车登记）"))
        find.addWidget(self.walk_in)
        rv.addLayout(find)
        self.results = QListWidget()
        self.results.setMaximumHeight(140)
        rv.addWidget(self.results)
        actions = FlowLayout()
        self.enroll_btn = QPushButton(self.tr("报名 (Enter)"))
        self.checkin_btn = QPushButton(self.tr("签到 (Ctrl+Enter)"))
        self.remove_btn = QPushButton(self.tr("取消报名/撤销签到 (Del)"))
        self.scan_btn = QPushButton(self.tr("附签到表扫描件"))
        for b in (self.enroll_btn, self.checkin_btn, self.remove_btn, self.scan_btn):
            b.setEnabled(self.can_edit)
            actions.addWidget(b)
        rv.addLayout(actions)
        more = FlowLayout()
        self.sheet_btn = QPushButton(self.tr("按签到表录入…"))
        self.helper_btn = QPushButton(self.tr("加为志愿者"))
        self.helper_minutes = QSpinBox()
        self.helper_minutes.setAccessibleName(self.tr("志愿者服务时长"))
        self.helper_minutes.setRange(1, 24 * 60)
        self.helper_minutes.setValue(120)
        self.helper_minutes.setSuffix(self.tr(" 分钟"))
        self.edit_btn = QPushButton(self.tr("修改本场… (Ctrl+E)"))
        self.cancel_btn = QPushButton(self.tr("取消本次活动"))
        for b in (self.sheet_btn, self.helper_btn, self.helper_minutes, self.edit_btn, self.cancel_btn):
            b.setEnabled(self.can_edit)
            more.addWidget(b)
        rv.addLayout(more)
        prints = FlowLayout()
        self.print_btn = QPushButton(self.tr("打印签到表 (Ctrl+P)"))
        self.print_times_btn = QPushButton(self.tr("签到表（含签到/签退时间）"))
        self.list_btn = QPushButton(self.tr("报名名单"))
        self.blank_btn = QPushButton(self.tr("空白签到表"))
        self.save_btn = QPushButton(self.tr("另存为 PDF…"))     # 打印 prints at once; this keeps a copy
        save_menu = QtWidgets.QMenu(self.save_btn)
        for kind, label in (("sheet", "签到表"), ("times", "签到表（含签到/签退时间）"), ("list", "报名名单"),
                            ("blank", "空白签到表")):
            save_menu.addAction(self.tr(label), lambda k=kind: self.print_sheet(k))
        self.save_btn.setMenu(save_menu)
        self.sheet_order = QComboBox()                  # the order names print in, chosen when printing
        self.sheet_order.setAccessibleName(self.tr("签到表排序"))
        for key, label in ORDERS.items():
            self.sheet_order.addItem(self.tr(label), key)
        for b in (self.print_btn, self.print_times_btn, self.list_btn, self.blank_btn, self.sheet_order,
                  self.save_btn):
            prints.addWidget(b)
        rv.addLayout(prints)
        self.status = QLabel()
        rv.addWidget(self.status)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        self.prev_btn.clicked.connect(lambda: self.move_period(-1))
        self.next_btn.clicked.connect(lambda: self.move_period(1))
        self.today_btn.clicked.connect(lambda: self.go_to(today()))
        self.span.currentIndexChanged.connect(lambda _: self.refresh())
        self.module.currentIndexChanged.connect(lambda _: self.refresh())
        self.title_finder = TypingSearch(self, self.ctx, self._read_activities, self._show_activities)  # a worker
        self.title_filter.textChanged.connect(self._title_typed)
        self.calendar.clicked.connect(lambda qd: self.go_to(date(qd.year(), qd.month(), qd.day())))
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.list_view.selectionModel().currentRowChanged.connect(lambda cur, _: self._select_row(cur.row()))
        self.new_btn.clicked.connect(self.new_activity)
        self.people_finder = TypingSearch(self, self.ctx, find_people, self._people_found,   # off this thread
                                          refused=self.status.setText)
        self._after_search = None
        self.person_search.textChanged.connect(self.search_people)
        self.person_search.returnPressed.connect(self.enroll_selected)
        self.results.itemActivated.connect(lambda _: self.enroll_selected())
        self.walk_in.returnPressed.connect(self.add_walk_in)
        self.enroll_btn.clicked.connect(self.enroll_selected)
        self.checkin_btn.clicked.connect(self.check_in_selected)
        self.remove_btn.clicked.connect(self.remove_current)
        self.scan_btn.clicked.connect(lambda: self.attach_scan())
        self.sheet_btn.clicked.connect(self.enter_sheet)
        self.helper_btn.clicked.connect(self.add_helper_selected)
        self.cancel_btn.clicked.connect(self.cancel_activity)
        self.edit_btn.clicked.connect(self.edit_occurrence)
        self.print_btn.clicked.connect(lambda: self.print_now("sheet"))
        self.print_times_btn.clicked.connect(lambda: self.print_now("times"))
        self.list_btn.clicked.connect(lambda: self.print_now("list"))
        self.blank_btn.clicked.connect(lambda: self.print_now("blank"))

    def _shortcuts(self) -> None:
        self.keys = {
            (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_F): self.focus_search,
            (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_N): self.new_activity,
            (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E): self.edit_occurrence,
            (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_P): lambda: self.print_now("sheet"),
            (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Left): lambda: self.move_period(-1),
            (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Right): lambda: self.move_period(1),
            (Qt.KeyboardModifier.NoModifier, Qt.Key.Key_F5): self.refresh,
        }
        for view in self.views.values():
            view.delete_pressed.connect(self.remove_current)
        self.person_search.ctrl_return.connect(self.check_in_selected)
        self.person_search.down_pressed.connect(self.results.setFocus)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_selected()
            event.accept()
            return
        fn = self.keys.get((mods, key))
        if fn is not None:
            fn()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- period and list ----------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        if self.span.currentData() == "week":
            start = self.day - timedelta(days=self.day.weekday())
            return start, start + timedelta(days=6)
        last = calendar.monthrange(self.day.year, self.day.month)[1]
        return self.day.replace(day=1), self.day.replace(day=last)

    def go_to(self, d: date) -> None:
        self.day = d
        self.refresh()

    def move_period(self, step: int) -> None:
        if self.span.currentData() == "week":
            self.go_to(self.day + timedelta(days=7 * step))
        else:
            y, m = self.day.year, self.day.month + step
            y, m = (y + (m - 1) // 12, (m - 1) % 12 + 1)
            self.go_to(date(y, m, min(self.day.day, calendar.monthrange(y, m)[1])))

    def _page_changed(self, year: int, month: int) -> None:
        if (year, month) != (self.day.year, self.day.month):
            self.go_to(date(year, month, 1))

    def refresh(self) -> None:
        start, end = self.period()
        self.period_label.setText(f"{start:%Y-%m-%d} – {end:%m-%d}" if self.span.currentData() == "week"
                                  else self.tr("%1年%2月").replace("%1", str(start.year)).replace("%2", f"{start.month:02}"))
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(QDate(self.day.year, self.day.month, self.day.day))
        self.calendar.blockSignals(False)
        query = self.title_filter.text()
        self._asked = self._activity_args()
        self.title_finder.drop()         # a search typed before this is superseded
        got = call(self.ctx, self, lambda s: self._read_activities(s, self.ctx.actor, query))
        if got is not None:
            self._show_activities(query, got)

    def _activity_args(self) -> tuple[Any, ...]:
        """What the list is read by besides the title: the period, the module, the month around the day."""
        start, end = self.period()
        return (start, end, self.module.currentData(), self.span.currentData() == "month", self.day.replace(day=1),
                self.period_month_end())

    def _title_typed(self, text: str) -> None:
        self._asked = self._activity_args()
        self.title_finder.typed(text)

    def _read_activities(self, s: Session, actor: Any, query: str) -> tuple[list[svc.ActivityRow], list[svc.ActivityRow]]:
        """The period's activities and the month's (for the calendar); on the title finder's worker as one types."""
        start, end, module, month, first, last = self._asked
        rows = svc.list_activities(s, actor, start, end, module=module, query=query)
        return rows, rows if month else svc.list_activities(s, actor, first, last, module=module)

    def _show_activities(self, _query: str, got: tuple[list[svc.ActivityRow], list[svc.ActivityRow]]) -> None:
        rows, month_rows = got
        self.list_model.set_rows(rows)
        self._mark_calendar(month_rows)
        keep = self.current_id
        ids = [r.id for r in rows]
        if keep in ids:
            self.list_view.selectRow(ids.index(keep))
        elif rows:
            upcoming = next((i for i, r in enumerate(rows) if to_local(r.starts_at).date() >= self.day),
                            len(rows) - 1)
            self.list_view.selectRow(upcoming)
        else:
            self.show_detail(None)

    def period_month_end(self) -> date:
        return self.day.replace(day=calendar.monthrange(self.day.year, self.day.month)[1])

    def _mark_calendar(self, rows: list[svc.ActivityRow]) -> None:
        self.calendar.setDateTextFormat(QDate(), QtGui.QTextCharFormat())
        bold = QtGui.QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setBackground(QtGui.QColor("#e3f0ff"))
        for r in rows:
            d = to_local(r.starts_at).date()
            self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day), bold)

    def _select_row(self, row: int) -> None:
        if 0 <= row < len(self.list_model.rows):
            self.show_detail(self.list_model.rows[row].id)

    # -- detail -------------------------------------------------------------------------------------
    def show_detail(self, activity_id: str | None) -> None:
        self.current_id = activity_id
        if activity_id is None:
            self.detail = None
            self.header.setText(self.tr("这段时间没有活动"))
            for m in self.people.values():
                m.set_rows([])
            return
        d = call(self.ctx, self, lambda s: svc.activity_detail(s, self.ctx.actor, activity_id))
        if d is None:
            return
        self.detail = d
        r = d.row
        a, b = to_local(r.starts_at), to_local(r.ends_at)
        self.helper_minutes.setValue(max(1, min(24 * 60, int((r.ends_at - r.starts_at).total_seconds() // 60))))
        cap = f"{len(d.enrolled)}/{r.capacity}" if r.capacity else str(len(d.enrolled))
        lines = [r.title + (aside(shown(d.rule_text)) if d.rule_text else ""),
                 f"{a:%Y-%m-%d %H:%M}–{b:%H:%M}　{r.room_name or r.place}　{r.community_name}",
                 self.tr("组织者：%1　报名 %2　候补 %3　已签到 %4　志愿者 %5").replace("%1", r.organiser or "—")
                 .replace("%2", cap).replace("%3", str(len(d.waiting))).replace("%4", str(len(d.attended)))
                 .replace("%5", str(len(d.helpers)))]
        if d.evidence:
            lines.append(self.tr("已附扫描件：") + "、".join(name for _, name, _ in d.evidence))
        self.header.setText("\n".join(lines))
        for key in TABS:
            self.people[key].set_rows(getattr(d, key))
            self.tabs.setTabText(TABS.index(key), f"{self.tr(TAB_LABELS[key])} {len(getattr(d, key))}")

    def edit_occurrence(self) -> None:
        """Change the time, room, capacity… of the selected occurrence only."""
        if not self.can_edit or self.current_id is None or self.detail is None:
            return
        dialog = self.activity_dialog()
        dialog.edit_occurrence(self.detail)
        if dialog.exec():
            self.refresh()
        elif dialog.reload_requested:    # another desk changed it first: show its version, edit again
            self.refresh()
            self.show_detail(self.current_id)
            self.edit_occurrence()

    def cancel_activity(self) -> None:
        if self.current_id is None:
            return
        answer = QMessageBox.question(self, self.tr("取消活动"), self.tr("确定取消本次活动？已报名的人不会自动收到通知。"))
        if answer == QMessageBox.StandardButton.Yes:
            self._act(lambda s: svc.cancel_activity(s, self.ctx.actor, self.current_id), self.tr("活动已取消"))

    # -- activities and printing ------------------------------------------------------------------
    def new_activity(self) -> None:
        if not self.can_edit:
            return
        dialog = self.activity_dialog()
        if dialog.exec() and dialog.created:
            self.current_id = dialog.created[0]
            self.refresh()

    def activity_dialog(self) -> ActivityDialog:

        with self.ctx.db.session(self.ctx.actor) as s:
            rows = s.execute(select(Community.id, Community.name).where(Community.deleted_at.is_(None))
                             .order_by(Community.name)).all()
            communities = [(cid, name) for cid, name in rows if self.ctx.actor.in_community(cid)]
            rooms = [(r.id, f"{r.name}（{r.kind}）" if r.kind and r.kind != r.name else r.name)
                     for r in svc.list_rooms(s, self.ctx.actor)]
        return ActivityDialog(self.ctx, communities, rooms, self.day, self)


def svc_module_labels() -> dict[str, str]:
    return MODULE_LABELS
