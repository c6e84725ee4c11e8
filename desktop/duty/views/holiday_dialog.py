"""节假日表: the coordinator's own list of holidays (放假) and make-up workdays (调休上班) for a year,
used where the built-in calendar does not know the year yet (the State Council publishes it late)."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.holidays import official_year_known
from desktop.core.messages import shown
from desktop.duty import holidays
from desktop.ui.actions import call, succeeds
from desktop.ui.context import AppContext
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from desktop.ui.qt import (QCheckBox, QComboBox, QDate, QDateEdit, QDialog, QDialogButtonBox,
                           QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]


class HolidayDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.rows: list[holidays.HolidayRow] = []
        self.setWindowTitle(self.tr("节假日表"))
        lay = QVBoxLayout(self)
        explain = QLabel(self.tr("这里登记的日子优先于程序内置的节假日日历；内置日历还没有的年份，"
                                 "先按法定节日推算（元旦、除夕至初三、清明、劳动节两天、端午、中秋、国庆三天），"
                                 "请按国务院公布的放假安排补充放假日和调休上班日，登记完后勾选“已登记完整”。"))
        explain.setWordWrap(True)
        lay.addWidget(explain)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or today().year + 1)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setAccessibleName(self.tr("年份"))
        self.known = QLabel()
        bar.addWidget(QLabel(self.tr("年份")))
        bar.addWidget(self.year)
        bar.addWidget(self.known, 1)
        lay.addLayout(bar)
        off, makeup = self.tr("放假"), self.tr("调休上班")
        self.model = RowsTableModel([
            Column(self.tr("日期"), lambda r: r.day), Column(self.tr("星期"), lambda r: self.tr("星期" + WEEKDAYS[r.day.weekday()])),
            Column(self.tr("安排"), lambda r: off if r.off else makeup), Column(self.tr("名称"), lambda r: r.name)])
        self.table = read_only_table(self.model, stretch=True, name=self.tr("节假日表"))
        lay.addWidget(self.table, 1)
        add = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("日期"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("放假"), True)
        self.kind.addItem(self.tr("调休上班"), False)
        self.kind.setAccessibleName(self.tr("安排"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("名称，如 春节、国庆"))
        self.name.setAccessibleName(self.tr("名称"))
        self.name.returnPressed.connect(self.add_selected)
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setToolTip(self.tr("回车或 Ctrl+Enter 添加这一天"))
        self.add_button.clicked.connect(self.add_selected)
        self.save_button = self.add_button            # what Ctrl+Enter presses: each day is saved on its own
        self.remove_button = QPushButton(self.tr("删除选中的日子"))
        self.remove_button.clicked.connect(self.remove_selected)
        for w in (self.day, self.kind, self.name):
            add.addWidget(w)
        add.addWidget(self.add_button)
        add.addStretch(1)
        add.addWidget(self.remove_button)
        lay.addLayout(add)
        self.entered = QCheckBox(self.tr("本年的放假和调休已按国务院通知登记完整"))
        self.entered.setToolTip(self.tr("勾选后，排班表和打印件不再提示“放假安排尚未公布”"))
        self.entered.toggled.connect(self.mark_entered)
        lay.addWidget(self.entered)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        for b in (self.add_button, self.remove_button, buttons.button(QDialogButtonBox.StandardButton.Close)):
            b.setAutoDefault(False)         # Enter in the name field adds the day, it does not close
        self.year.valueChanged.connect(lambda _y: self.load())
        self.resize(720, 520)
        self.load()
        self.day.setFocus()

    def _refused(self, exc: UserError) -> None:
        self._say(shown(exc), True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def load(self) -> None:
        y = self.year.value()
        if self.day.date().year() != y:
            self.day.setDate(QDate(y, 1, 1))
        known = official_year_known(y)
        self.known.setText(self.tr("内置日历已有 %1 年的安排，这里只需登记要改动的日子").replace("%1", str(y)) if known
                           else self.tr("内置日历还没有 %1 年的安排，现按法定节日推算；请在这里登记调休")
                           .replace("%1", str(y)))
        self.entered.setVisible(not known)
        got = call(self.ctx, self, lambda s: (holidays.list_holidays(s, self.ctx.actor, y),
                                              holidays.year_entered(s, self.ctx.actor, y)), refused=self._refused)
        if got is None:
            return
        self.rows, entered = got
        self.entered.blockSignals(True)
        self.entered.setChecked(entered)
        self.entered.blockSignals(False)
        self.model.set_rows(self.rows)
        if not self.rows:
            self._say(self.tr("%1 年还没有登记任何日子").replace("%1", str(y)))

    def add_selected(self) -> None:
        self.add(self.day.date().toPython(), bool(self.kind.currentData()), self.name.text())

    def add(self, day: date, off: bool, name: str) -> bool:
        if not succeeds(self.ctx, self, lambda s: holidays.set_holiday(s, self.ctx.actor, day, off, name),
                        refused=self._refused):
            return False
        self.changed = True
        if self.year.value() != day.year:
            self.year.setValue(day.year)
        self.load()
        self._say(self.tr("已登记 %1 %2").replace("%1", day.isoformat())
                  .replace("%2", self.tr("放假") if off else self.tr("调休上班")))
        self.name.clear()
        self.day.setDate(QDate(day.year, day.month, day.day).addDays(1))
        return True

    def remove_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            self._say(self.tr("请先在表里选中一天"), True)
            return
        self.remove(row.day)

    def remove(self, day: date) -> bool:
        if not succeeds(self.ctx, self, lambda s: holidays.remove_holiday(s, self.ctx.actor, day),
                        refused=self._refused):
            return False
        self.changed = True
        self.load()
        self._say(self.tr("已删除 %1，这天按内置日历或平常的周末安排").replace("%1", day.isoformat()))
        return True

    def mark_entered(self, entered: bool) -> bool:
        y = self.year.value()
        def refused(exc: UserError) -> None:
            self.load()
            self._refused(exc)
        if not succeeds(self.ctx, self, lambda s: holidays.set_year_entered(s, self.ctx.actor, y, entered),
                        refused=refused):
            return False
        self.changed = True
        self._say(self.tr("%1 年已登记完整，不再按法定节日推算提示").replace("%1", str(y)) if entered
                  else self.tr("%1 年改回“尚未登记完整”，排班表会提示按法定节日推算").replace("%1", str(y)))
        return True
