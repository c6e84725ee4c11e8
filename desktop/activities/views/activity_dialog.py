"""新建活动: one activity, or a weekly / monthly series. The form gathers values; the service decides."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy.orm import Session

from desktop.activities import service as svc
from desktop.activities.common import local_dt
from desktop.activities.models import KIND_SUGGESTIONS, MODULE_LABELS
from desktop.core.clock import to_local
from desktop.ui.actions import call
from desktop.ui.conflict import saved_in_dialog
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QComboBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QtCore,
    QtWidgets, QWidget,
)
from desktop.ui.qt import pydate
from desktop.ui import word_choices


class ActivityDialog(QDialog):
    def __init__(self, ctx: AppContext, communities: list[tuple[str, str]], rooms: list[tuple[str, str]],
                 on_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: list[str] = []
        self.setWindowTitle(self.tr("新建活动"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.kind = QComboBox()
        self.kind.setEditable(True)
        word_choices.offer(self.kind, KIND_SUGGESTIONS)
        self.module = QComboBox()
        for key, label in MODULE_LABELS.items():
            self.module.addItem(self.tr(label), key)
        self.module.setCurrentIndex(list(MODULE_LABELS).index("general"))
        self.community = QComboBox()
        for cid, name in communities:
            self.community.addItem(name, cid)
        if ctx.community_id:
            self.community.setCurrentIndex(max(0, self.community.findData(ctx.community_id)))
        self.day = QDateEdit(QDate(on_day.year, on_day.month, on_day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QtWidgets.QTimeEdit(QtCore.QTime(9, 0))
        self.end = QtWidgets.QTimeEdit(QtCore.QTime(10, 30))
        self.place = QLineEdit()
        self.room = QComboBox()
        self.room.addItem(self.tr("（不占用功能室）"), None)
        for rid, name in rooms:
            self.room.addItem(name, rid)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 5000)
        self.capacity.setSpecialValueText(self.tr("不限"))
        self.organiser = QLineEdit(ctx.actor.display_name)
        self.target = QLineEdit()
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("不重复"), "")
        self.repeat.addItem(self.tr("每周（同一星期几）"), "weekly")
        self.repeat.addItem(self.tr("每月（同一日）"), "monthly")
        self.until = QDateEdit(QDate(on_day.year, 12, 31))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.skip_holidays = QtWidgets.QCheckBox(self.tr("节假日停办"))
        self.skip_holidays.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        for label, w in [("活动名称", self.title), ("类型", self.kind), ("所属", self.module),
                         ("社区", self.community), ("日期", self.day), ("开始", self.start), ("结束", self.end),
                         ("地点", self.place), ("使用功能室", self.room), ("名额", self.capacity),
                         ("组织者", self.organiser), ("对象", self.target), ("重复", self.repeat),
                         ("重复到", self.until), ("", self.skip_holidays)]:
            form.addRow(self.tr(label), w)
        form.addRow(self.error)
        self.editing: svc.ActivityDetail | None = None
        self.reload_requested = False    # closed to show another desk's newer version (then opened again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.setFocus()

    def edit_occurrence(self, detail: svc.ActivityDetail) -> None:
        """Edit this one occurrence: the other dates of its series stay as they are."""
        self.editing = detail
        row = detail.row
        self.setWindowTitle(self.tr("修改本场活动") if not row.series_id else self.tr("修改本场（系列中的其他日期不变）"))
        start, end = to_local(row.starts_at), to_local(row.ends_at)
        self.title.setText(row.title)
        word_choices.show(self.kind, row.kind)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QtCore.QTime(start.hour, start.minute))
        self.end.setTime(QtCore.QTime(end.hour, end.minute))
        self.place.setText(row.place)
        self.room.setCurrentIndex(max(0, self.room.findData(row.room_id)))
        self.capacity.setValue(row.capacity or 0)
        self.organiser.setText(row.organiser)
        self.target.setText(detail.target)
        for w in (self.module, self.community, self.repeat, self.until, self.skip_holidays):
            w.setEnabled(False)

    def _save_edit(self, d: date, t0: time, t1: time) -> None:
        assert self.editing is not None
        changes = dict(title=self.title.text(), kind=word_choices.chosen(self.kind), organiser=self.organiser.text(),
                       place=self.place.text(), room_id=self.room.currentData(), starts_at=local_dt(d, t0),
                       ends_at=local_dt(d, t1), capacity=self.capacity.value() or None, target=self.target.text())
        with self.ctx.db.session(self.ctx.actor) as s:
            svc.update_occurrence(s, self.ctx.actor, self.editing.row.id, expected_version=self.editing.version,
                                  **changes)
        self.created = [self.editing.row.id]

    def save(self) -> None:
        d = pydate(self.day.date())
        t0 = time(self.start.time().hour(), self.start.time().minute())
        t1 = time(self.end.time().hour(), self.end.time().minute())
        common = dict(title=self.title.text(), community_id=self.community.currentData() or "",
                      kind=word_choices.chosen(self.kind), module=self.module.currentData(), organiser=self.organiser.text(),
                      place=self.place.text(), room_id=self.room.currentData(),
                      capacity=self.capacity.value() or None, target=self.target.text())
        freq = self.repeat.currentData()
        if self.editing is not None:
            if saved_in_dialog(self, self.error, lambda: self._save_edit(d, t0, t1)):
                self.accept()
            return
        rule = svc.Rule(freq, d, pydate(self.until.date()), weekdays=(d.isoweekday(),),
                        month_day=d.day if freq == "monthly" else None,
                        skip_holidays=self.skip_holidays.isChecked()) if freq else None

        def create(s: Session) -> list[str]:
            if rule is None:
                return [svc.create_activity(s, self.ctx.actor, svc.ActivityInput(
                    starts_at=local_dt(d, t0), ends_at=local_dt(d, t1), **common))]
            return svc.create_series(s, self.ctx.actor, svc.SeriesInput(rule=rule, start_time=t0, end_time=t1,
                                                                         **common))
        created = call(self.ctx, self, create, status=self.error, warn=False)
        if created is None:
            return
        self.created = created
        self.accept()
