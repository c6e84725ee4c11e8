"""编辑可值班时间: a member's weekdays, daily time window, shifts a week at most and skills.
The rota generator only puts a member on shifts inside these; dates away stay in 登记请假."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown
from desktop.duty import common, teams_service
from desktop.duty.teams_service import MemberInput, MemberRow
from desktop.ui.context import AppContext
from desktop.core.vocabulary import WEEKDAY_NAMES
from desktop.ui.qt import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                           QSpinBox, QVBoxLayout, QWidget)


def input_of(m: MemberRow) -> MemberInput:
    """The member as saved, so that saving the dialog changes only what it shows."""
    return MemberInput(person_id=m.person_id, name=m.name, phone=m.phone, user_id=m.user_id,
                       is_captain=m.is_captain, skills=tuple(m.skills), weekdays=m.weekdays,
                       avail_from=m.avail_from, avail_to=m.avail_to, max_per_week=m.max_per_week,
                       active=m.active)


class MemberDialog(QDialog):
    def __init__(self, ctx: AppContext, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.setWindowTitle(self.tr("可值班时间：%1").replace("%1", member.name))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        days = QHBoxLayout()
        self.day_boxes: list[QCheckBox] = []
        for i, name in enumerate(WEEKDAY_NAMES):
            box = QCheckBox(self.tr("周" + name))
            box.setChecked(str(i + 1) in member.weekdays)
            days.addWidget(box)
            self.day_boxes.append(box)
        days.addStretch(1)
        form.addRow(self.tr("可值班星期"), days)
        self._error_row(form, "weekdays")
        window = QHBoxLayout()
        self.avail_from = QLineEdit(common.fmt_hm(member.avail_from))
        self.avail_to = QLineEdit(common.fmt_hm(member.avail_to))
        for edit, name in ((self.avail_from, self.tr("从")), (self.avail_to, self.tr("到"))):
            edit.setPlaceholderText(self.tr("如 08:00"))
            edit.setMaximumWidth(110)
            edit.setAccessibleName(self.tr("可值班时段") + name)
        window.addWidget(QLabel(self.tr("从")))
        window.addWidget(self.avail_from)
        window.addWidget(QLabel(self.tr("到")))
        window.addWidget(self.avail_to)
        window.addWidget(QLabel(self.tr("（都不填：全天都可以）")))
        window.addStretch(1)
        form.addRow(self.tr("每天时段"), window)
        self._error_row(form, "avail_from")
        self._error_row(form, "avail_to")
        self.max_per_week = QSpinBox()
        self.max_per_week.setRange(0, 21)
        self.max_per_week.setValue(member.max_per_week)
        self.max_per_week.setSuffix(self.tr(" 个班次"))
        self.max_per_week.setMaximumWidth(160)
        form.addRow(self.tr("每周最多"), self.max_per_week)
        self._error_row(form, "max_per_week")
        self.skills = QLineEdit("、".join(member.skills))
        self.skills.setPlaceholderText(self.tr("如 急救、电工、会说粤语（用顿号或逗号隔开）"))
        form.addRow(self.tr("技能"), self.skills)
        self._error_row(form, "skills")
        lay.addLayout(form)
        for box in self.day_boxes:
            box.toggled.connect(lambda _on: self.errors["weekdays"].hide())
        for key, edit in (("avail_from", self.avail_from), ("avail_to", self.avail_to)):
            edit.textEdited.connect(lambda _t, k=key: self.errors[k].hide())
        self.max_per_week.valueChanged.connect(lambda _v: self.errors["max_per_week"].hide())
        hint = QLabel(self.tr("排班时只会把队员排在这些星期和时段里；请假日期请用“登记请假”。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        lay.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        lay.addWidget(self.message)
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(620)
        self.day_boxes[0].setFocus()

    def _error_row(self, form: QFormLayout, key: str) -> None:
        label = QLabel()
        label.setStyleSheet("color: #b00020;")
        label.hide()
        form.addRow("", label)
        self.errors[key] = label

    def _show(self, key: str, message: str) -> None:
        label = self.errors.get(key)
        if label is None:
            self.message.setText(message)
            return
        label.setText(message)
        label.show()

    def weekdays(self) -> str:
        return "".join(str(i + 1) for i, box in enumerate(self.day_boxes) if box.isChecked())

    def save(self) -> bool:
        for label in self.errors.values():
            label.hide()
        self.message.setText("")
        times = {}
        for key, edit in (("avail_from", self.avail_from), ("avail_to", self.avail_to)):
            text = edit.text().strip()
            try:
                times[key] = common.parse_hm(text) if text else None
            except ValueError:
                self._show(key, self.tr("时间应写成 08:00 这样的格式"))
        if len(times) < 2:
            return False
        skills = tuple(x for x in re.split(r"[、,，;；\s]+", self.skills.text()) if x)
        inp = replace(input_of(self.member), weekdays=self.weekdays(), avail_from=times["avail_from"],
                      avail_to=times["avail_to"], max_per_week=self.max_per_week.value(), skills=skills)
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                teams_service.save_member(s, self.ctx.actor, self.member.team_id, inp,
                                          member_id=self.member.id)
        except ValidationError as exc:
            for key, message in exc.fields.items():
                self._show(key, shown(message))
            return False
        except UserError as exc:
            self.message.setText(shown(exc))
            return False
        self.accept()
        return True
