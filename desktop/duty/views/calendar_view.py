"""排班日历 for coordinators: month and week views per team and post, unfilled shifts and
conflicts standing out, generating a month, editing a shift, printing from the view."""

from __future__ import annotations

from calendar import monthcalendar
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.messages import shown, word
from desktop.core.roles import Perm
from desktop.duty import posts_service, shifts_service, teams_service
from desktop.core.holidays import HOLIDAY, calendar_for
from desktop.duty.shifts_service import ShiftRow
from desktop.ui.context import AppContext
from desktop.ui.actions import call, succeeds
from desktop.ui.background import Job
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.print_actions import print_menu_button, print_or_save
from desktop.duty.views.calendar_setup import CalendarSetup
from desktop.duty.views.holiday_dialog import HolidayDialog
from desktop.duty.views.requests_dialog import RequestDialog
from desktop.ui.qt import plain_html
from desktop.ui.qt import (QAbstractItemView, QColor, QComboBox, QDialog, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton, QTableWidget,
                           QTableWidgetItem, Qt, QVBoxLayout, QWidget, Signal)

WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]
UNFILLED_BG = QColor("#f8d7da")
CONFLICT_BG = QColor("#ffe0a3")
HOLIDAY_BG = QColor("#fdf0e6")
OUTSIDE_BG = QColor("#eeeeee")
ShiftIdRole = Qt.ItemDataRole.UserRole + 1


class CalendarView(CalendarSetup, QWidget):
    request_made = Signal(str)          # a swap/cover request was sent (the team view shows it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = today().replace(day=1)
        self.week_start = today() - timedelta(days=today().weekday())
        self.mode = "month"
        self.rows: list[ShiftRow] = []
        self.members: list[teams_service.MemberRow] = []
        lay = QVBoxLayout(self)
        bar = FlowLayout()          # the tool rows wrap where the page is narrow (1024 px, large type, English)
        self.team_box = QComboBox()
        self.team_box.setMinimumContentsLength(14)
        self.team_box.setAccessibleName(self.tr("服务队"))
        self.post_box = QComboBox()
        self.post_box.setAccessibleName(self.tr("岗位"))
        self.prev_button = QPushButton(self.tr("◀ 上一页"))
        self.next_button = QPushButton(self.tr("下一页 ▶"))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.mode_button = QPushButton(self.tr("周视图"))
        self.generate_button = QPushButton(self.tr("生成排班"))
        self.print_button = print_menu_button(self.tr("打印"), self.tr("另存为 PDF"), [
            (self.tr("排班表"), lambda save: self.print_rota(save)),
            (self.tr("值班签到表"), lambda save: self.print_signin(save)),
            (self.tr("空白值班日志"), lambda save: self.print_log(save))])
        for w in (QLabel(self.tr("服务队")), self.team_box, QLabel(self.tr("岗位")), self.post_box,
                  self.prev_button, self.title, self.next_button, self.mode_button, self.print_button):
            bar.addWidget(w)
        lay.addLayout(bar)
        bar = FlowLayout()
        self.team_button = QPushButton(self.tr("新建服务队…"))
        self.post_button = QPushButton(self.tr("添加岗位…"))
        self.template_button = QPushButton(self.tr("添加班次…"))
        self.team_button.clicked.connect(self._ask_team)
        self.post_button.clicked.connect(self._ask_post)
        self.template_button.clicked.connect(self._ask_template)
        self.request_button = QPushButton(self.tr("换班/代班…"))
        self.request_button.setToolTip(self.tr("在周视图里选中一个班次，为它申请换班或请人代班"))
        self.request_button.clicked.connect(self.ask_request)
        self.holiday_button = QPushButton(self.tr("节假日表…"))
        self.holiday_button.setToolTip(self.tr("登记内置日历还没有的年份的放假和调休上班日"))
        self.holiday_button.clicked.connect(self.open_holidays)
        self.early_button = QPushButton(self.tr("提前开始…"))
        self.early_button.setToolTip(self.tr("值班台上，班次开始前多少分钟起可以开始值班"))
        self.early_button.clicked.connect(self._ask_early_start)
        for w in (self.team_button, self.post_button, self.template_button, self.generate_button,
                  self.request_button, self.holiday_button, self.early_button):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.legend = QLabel(self.tr("红底：空缺班次　橙底：冲突（重复排班、请假、休息不足、超过每周上限）　"
                                     "双击：月视图进入该周，周视图调整值班人"))
        self.legend.setWordWrap(True)
        lay.addWidget(self.legend)
        self.notice = QLabel()          # the year's holiday schedule is only computed: say so plainly
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a2c00; font-weight: bold;")
        self.notice.setVisible(False)
        lay.addWidget(self.notice)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self.open_cell)
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        lay.addWidget(self.status)
        self.team_box.currentIndexChanged.connect(self._team_changed)
        self.post_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.mode_button.clicked.connect(self.toggle_mode)
        self.generate_button.clicked.connect(self.generate)
        manage = ctx.actor.can(Perm.DUTY_MANAGE)
        for b in (self.generate_button, self.team_button, self.post_button, self.template_button,
                  self.holiday_button, self.early_button):
            b.setVisible(manage)
        self.request_button.setVisible(ctx.actor.can(Perm.DUTY_DESK))
        self.load_teams()

    # -- data -----------------------------------------------------------------------------------
    @property
    def team_id(self) -> str | None:
        return self.team_box.currentData()

    def load_teams(self) -> None:
        teams = call(self.ctx, self, lambda s: teams_service.list_teams(s, self.ctx.actor, self.ctx.community_id),
                     status=self.status, warn=False)
        if teams is None:
            return
        self.team_box.blockSignals(True)
        self.team_box.clear()
        for t in teams:
            self.team_box.addItem(t.name, t.id)
        self.team_box.blockSignals(False)
        self._team_changed()

    def _team_changed(self) -> None:
        self.post_box.blockSignals(True)
        self.post_box.clear()
        self.post_box.addItem(self.tr("全部岗位"), None)
        if self.team_id:
            with self.ctx.db.session(self.ctx.actor) as s:
                for p in posts_service.list_posts(s, self.ctx.actor, self.team_id):
                    self.post_box.addItem(p.name, p.id)
                self.members = teams_service.list_members(s, self.ctx.actor, self.team_id)
        self.post_box.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date]:
        if self.mode == "week":
            return self.week_start, self.week_start + timedelta(days=6)
        nxt = (self.month + timedelta(days=32)).replace(day=1)
        return self.month, nxt - timedelta(days=1)

    def refresh(self) -> None:
        first, last = self.period()
        self.title.setText(f"{first:%Y-%m}" if self.mode == "month"
                           else f"{first:%m-%d} – {last:%m-%d}")
        if not self.team_id:
            self.table.clear()
            self.status.setText(self.tr("还没有志愿服务队"))
            return
        team_id, post_id = self.team_id, self.post_box.currentData()
        got = call(self.ctx, self, lambda s: (
            shifts_service.list_shifts(s, self.ctx.actor, team_id, first, last, post_id=post_id),
            teams_service.list_members(s, self.ctx.actor, team_id), calendar_for(s, first, last)),
            status=self.status, warn=False)
        if got is None:
            return
        self.rows, self.members, self.calendar = got
        notices = [self.tr("%1 年的放假安排尚未公布，已按法定节日推算，调休请在节假日表中补充").replace("%1", str(y))
                   for y in sorted({first.year, last.year}) if self.calendar.computed(y)]
        self.notice.setText("\n".join("⚠ " + n for n in notices))
        self.notice.setVisible(bool(notices))
        if self.mode == "month":
            self._fill_month(first)
        else:
            self._fill_week(first)
        unfilled = sum(1 for r in self.rows if r.member_id is None)
        conflicts = sum(1 for r in self.rows if r.problems)
        self.status.setText(self.tr("共 %1 个班次，空缺 %2 个，冲突 %3 个").replace("%1", str(len(self.rows)))
                            .replace("%2", str(unfilled)).replace("%3", str(conflicts)))

    def _day_head(self, d: date) -> str:
        label = self.calendar.day(d).shown_label
        return f"{d.day}" + (f" {label}" if label else "")

    def _fill_month(self, first: date) -> None:
        weeks = monthcalendar(first.year, first.month)
        self.table.clear()
        self.table.verticalHeader().setMinimumWidth(0)
        self.table.setRowCount(len(weeks))
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels([self.tr("星期" + w) for w in WEEKDAYS])
        by_day: dict[int, list[ShiftRow]] = {}
        for r in self.rows:
            by_day.setdefault(r.day.day, []).append(r)
        for w, week in enumerate(weeks):
            for c, n in enumerate(week):
                item = QTableWidgetItem()
                if not n:
                    item.setBackground(OUTSIDE_BG)
                    self.table.setItem(w, c, item)
                    continue
                d = date(first.year, first.month, n)
                mine = sorted(by_day.get(n, []), key=lambda r: (r.start, r.post_name))
                lines = [self._day_head(d)]
                lines += [f"{r.start:%H:%M} {r.post_name[:2]} {r.member_name or self.tr('空缺')}"
                          + (" ⚠" if r.problems else "") for r in mine]
                item.setText("\n".join(lines))
                item.setData(Qt.ItemDataRole.UserRole, d.isoformat())
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                if any(r.member_id is None for r in mine):
                    item.setBackground(UNFILLED_BG)
                elif any(r.problems for r in mine):
                    item.setBackground(CONFLICT_BG)
                elif self.calendar.kind(d) == HOLIDAY:
                    item.setBackground(HOLIDAY_BG)
                item.setToolTip(plain_html("\n".join([shown(self.calendar.day(d).why)] + [
                    f"{r.post_name} {r.label} {r.member_name or self.tr('空缺')} {'、'.join(map(shown, r.problems))}"
                    for r in mine])))
                self.table.setItem(w, c, item)
        self.table.resizeRowsToContents()

    def _fill_week(self, first: date) -> None:
        days = [first + timedelta(days=i) for i in range(7)]
        keys = sorted({(r.post_name, r.start.time(), r.end.time(), r.slot) for r in self.rows},
                      key=lambda k: (k[1], k[0], k[3]))
        self.table.clear()
        self.table.setRowCount(len(keys))
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels([f"{d:%m-%d} {self.tr('星期' + WEEKDAYS[d.weekday()])}"
                                              + (f" {self.calendar.day(d).shown_label}"
                                                 if self.calendar.day(d).label else "") for d in days])
        self.table.setVerticalHeaderLabels([f"{k[0]} {k[1]:%H:%M}–{k[2]:%H:%M}" for k in keys])
        self.table.verticalHeader().setMinimumWidth(150)
        index = {k: i for i, k in enumerate(keys)}
        for r in self.rows:
            row = index[(r.post_name, r.start.time(), r.end.time(), r.slot)]
            col = (r.day - first).days
            item = QTableWidgetItem(f"{r.member_name or self.tr('空缺')}\n{r.status}"
                                    + (f"\n{'、'.join(r.problems)}" if r.problems else ""))
            item.setData(ShiftIdRole, r.id)
            if r.member_id is None:
                item.setBackground(UNFILLED_BG)
            elif r.problems:
                item.setBackground(CONFLICT_BG)
            self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

    # -- navigation and actions -----------------------------------------------------------------
    def step(self, direction: int) -> None:
        if self.mode == "month":
            self.month = (self.month + timedelta(days=32 * direction if direction > 0 else -1)).replace(day=1)
        else:
            self.week_start += timedelta(days=7 * direction)
        self.refresh()

    def toggle_mode(self) -> None:
        if self.mode == "month":
            self.mode = "week"
            self.mode_button.setText(self.tr("月视图"))
            if not (self.month <= self.week_start < (self.month + timedelta(days=32)).replace(day=1)):
                self.week_start = self.month - timedelta(days=self.month.weekday())
        else:
            self.mode = "month"
            self.mode_button.setText(self.tr("周视图"))
            self.month = self.week_start.replace(day=1)
        self.refresh()

    def open_cell(self, row: int, col: int) -> None:
        item = self.table.item(row, col)
        if item is None:
            return
        if self.mode == "month":
            value = item.data(Qt.ItemDataRole.UserRole)
            if value:
                d = date.fromisoformat(value)
                self.week_start = d - timedelta(days=d.weekday())
                self.mode = "month"
                self.toggle_mode()
            return
        shift_id = item.data(ShiftIdRole)
        if shift_id and self.ctx.actor.can(Perm.DUTY_MANAGE):
            self.edit_shift(shift_id)

    def choices(self, shift_id: str) -> list[tuple[str, str | None]]:
        """(label, member id) for the edit list; members away that day are greyed out as （请假）."""
        row = next((r for r in self.rows if r.id == shift_id), None)
        out: list[tuple[str, str | None]] = [(self.tr("（空缺）"), None)]
        for m in self.members:
            away = row is not None and any(a.date_from <= row.day <= a.date_to for a in m.away)
            out.append((m.name + (self.tr("（请假）") if away else ""), None if away else m.id))
        return out

    def edit_shift(self, shift_id: str) -> None:
        options = self.choices(shift_id)
        choice, ok = QInputDialog.getItem(self, self.tr("调整值班人"), self.tr("值班人"), [o[0] for o in options],
                                          0, False)
        if not ok:
            return
        label, member = next(o for o in options if o[0] == choice)
        if member is None and label != options[0][0]:
            QMessageBox.warning(self, self.tr("提示"), self.tr("%1这天请假，不能排班").replace("%1", label))
            return
        self.assign(shift_id, member)

    def assign(self, shift_id: str, member_id: str | None) -> bool:
        if not succeeds(self.ctx, self, lambda s: shifts_service.assign(s, self.ctx.actor, shift_id, member_id),
                        status=self.status):
            return False
        self.refresh()
        return True

    def generate(self, _checked: bool = False, *, replace: bool | None = None) -> None:
        first, _ = self.period()
        month = first.replace(day=1) if self.mode == "week" else self.month
        if not self.team_id:
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                summary = shifts_service.generate_month(s, self.ctx.actor, self.team_id, month.year, month.month,
                                                        replace=bool(replace))
        except UserError as exc:
            if replace is None and "已经排过班" in exc.message:
                answer = QMessageBox.question(self, self.tr("重新生成"),
                                              self.tr("本月已有排班。未开始的班次将重新安排，已开始的保留。继续吗？"))
                if answer == QMessageBox.StandardButton.Yes:
                    self.generate(replace=True)
                return
            QMessageBox.warning(self, self.tr("提示"), shown(exc))
            return
        self.refresh()
        self.status.setText(self.tr("已生成 %1 个班次，空缺 %2 个").replace("%1", str(summary.created))
                            .replace("%2", str(summary.unfilled)))

    # -- swap/cover requests and the holiday table ----------------------------------------------
    def request_dialog(self) -> RequestDialog | None:
        """The request dialog for the shift selected in the week view (None, with a hint, otherwise)."""
        item = self.table.currentItem()
        shift_id = item.data(ShiftIdRole) if item is not None and self.mode == "week" else None
        row = next((r for r in self.rows if r.id == shift_id), None)
        if row is None or not self.team_id:
            self.status.setText(self.tr("请先在周视图里选中一个班次，再申请换班或代班"))
            return None
        if row.check_in_at is not None:
            self.status.setText(self.tr("这个班次已经开始，不能再换班或代班"))
            return None
        return RequestDialog(self.ctx, self.team_id, [row], parent=self)

    def ask_request(self) -> None:
        dialog = self.request_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted and dialog.request_id:
            self.status.setText(self.tr("已提交%1申请，请在“换班代班”里批准").replace("%1", word(dialog.kind)))
            self.request_made.emit(dialog.request_id)

    def open_holidays(self) -> None:
        first, _ = self.period()
        dialog = HolidayDialog(self.ctx, None if first.year == today().year else first.year, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def print_rota(self, save: bool = False, *, out: Path | None = None, ask: Any = None) -> Job | None:
        """打印 the month's rota for the wall in one step, or 另存为 PDF (`save`; `out`: no dialog)."""
        from desktop.duty.printing import print_rota  # deferred: loads reportlab, PIL
        month = self.month if self.mode == "month" else self.week_start.replace(day=1)
        team_id, actor = self.team_id, self.ctx.actor
        return self._print([self.tr("排班表"), self.team_box.currentText(), f"{month:%Y-%m}"], save, out, ask,
                           lambda s, o: print_rota(s, actor, team_id, month.year, month.month, o))

    def print_signin(self, save: bool = False, *, out: Path | None = None, ask: Any = None) -> Job | None:
        from desktop.duty.printing import print_signin_sheet  # deferred: loads reportlab, PIL
        day, team_id, actor = today(), self.team_id, self.ctx.actor
        return self._print([self.tr("值班签到表"), self.team_box.currentText(), day.isoformat()], save, out, ask,
                           lambda s, o: print_signin_sheet(s, actor, team_id, day, o))

    def print_log(self, save: bool = False, *, out: Path | None = None, ask: Any = None) -> Job | None:
        from desktop.duty.printing import print_blank_duty_log  # deferred: loads reportlab, PIL
        team_id, actor = self.team_id, self.ctx.actor
        return self._print([self.tr("值班记录表"), self.team_box.currentText(), today().isoformat()], save, out,
                           ask, lambda s, o: print_blank_duty_log(s, actor, team_id, o))

    def _print(self, what: list[object], save: bool, out: Path | None, ask: Any,
               render: Callable[[Session, Path], object]) -> Job | None:
        """Rotas, sign-in sheets and logs go to the printer in one step (nothing left on disk), or are saved
        under a meaningful name; built on a worker thread either way."""
        if not self.team_id:
            return None
        return print_or_save(self.ctx, self, what, render, save=save or out is not None, out=out, ask=ask,
                             told=self.status.setText)
