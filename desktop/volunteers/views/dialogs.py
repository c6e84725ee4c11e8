"""Forms of the 志愿者 page: a volunteer's basic information, a record line (other service, training,
award, evaluation), a certificate to issue, an organisation. Each collects plain values; the page calls
the services with them and shows what they refuse."""

from __future__ import annotations

from datetime import date

from desktop.core.messages import word
from desktop.core.vocabulary import sex_label
from desktop.ui import word_choices
from desktop.volunteers.models import ENTRY_KINDS, ID_TYPES, RATINGS, REGISTRIES
from desktop.volunteers.service import OrgRow, VolunteerInput, VolunteerRow
from desktop.ui.qt import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                           QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget, pydate, qdate, qtoday)


def _date_edit(value: date | None = None, *, optional: bool = False) -> QDateEdit:
    d = QDateEdit(qdate(value) if value else qtoday())
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    if optional:
        d.setSpecialValueText(" ")
        d.setMinimumDate(qdate(date(1900, 1, 1)))
        if value is None:
            d.setDate(d.minimumDate())
    return d


def _optional(d: QDateEdit) -> date | None:
    return None if d.date() == d.minimumDate() else pydate(d.date())


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def combo(self, items: tuple[str, ...] | list[str], current: str = "") -> QComboBox:
        c = QComboBox()
        c.addItems(list(items))
        if current in items:
            c.setCurrentText(current)
        return c

    def choice(self, items: tuple[str, ...], current: str) -> QComboBox:
        """One of the code's words (a document, a registry), in the window's language; read with `chosen`."""
        c = QComboBox()
        word_choices.offer(c, items)
        word_choices.show(c, current)
        # a long name (全国志愿服务信息系统, in English longer still) does not widen the form past the screen
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        c.setMinimumContentsLength(14)
        return c

    def words(self, items: tuple[str, ...]) -> QComboBox:
        """A choice among stored words: each shown in the window's language, the word itself kept as data."""
        c = QComboBox()
        for item in items:
            c.addItem(self.tr(item) if item else "", item)
        return c


class VolunteerDialog(_Form):
    """Basic information of a volunteer: a roster person brings name, sex, birth date and ID card number;
    a standalone volunteer has them here."""

    def __init__(self, orgs: list[OrgRow], org_id: str | None, existing: VolunteerRow | None = None,
                 person: tuple[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("志愿者信息"), parent)
        v = existing
        self.person_id = v.person_id if v else (person[0] if person else None)
        self.orgs = orgs
        self.org = self.combo([o.name for o in orgs])
        chosen = v.org_id if v else org_id
        for n, o in enumerate(orgs):
            if o.id == chosen:
                self.org.setCurrentIndex(n)
        self.name = QLineEdit(v.name if v else (person[1] if person else ""))
        self.name.setMaxLength(64)
        self.name.setReadOnly(self.person_id is not None)
        self.sex = QComboBox()
        for code in ("", "M", "F"):
            self.sex.addItem(word(sex_label(code)), code)
        self.sex.setCurrentIndex(max(0, self.sex.findData(v.sex if v else "")))
        self.id_type = self.choice(ID_TYPES, v.id_type if v else "居民身份证")
        self.id_number = QLineEdit()
        self.id_number.setMaxLength(32)
        self.id_number.setPlaceholderText(self.tr("花名册里的居民身份证号不必再填") if self.person_id else "")
        self.phone = QLineEdit(v.phone if v else "")
        self.phone.setMaxLength(20)
        self.volunteer_no = QLineEdit(v.volunteer_no if v else "")
        self.volunteer_no.setMaxLength(32)
        self.platform = self.choice(("",) + REGISTRIES, v.platform if v else "")
        self.registered_on = _date_edit(v.registered_on if v else None, optional=True)
        self.joined_on = _date_edit(v.joined_on if v else None, optional=True)
        self.skills = QLineEdit(v.skills if v else "")
        self.skills.setMaxLength(200)
        self.active = QCheckBox(self.tr("在册"))
        self.active.setChecked(v.active if v else True)
        self.notes = QPlainTextEdit(v.notes if v else "")
        self.notes.setMaximumHeight(70)
        for label, w in ((self.tr("所属组织"), self.org), (self.tr("姓名"), self.name), (self.tr("性别"), self.sex),
                         (self.tr("证件类型"), self.id_type), (self.tr("证件号码"), self.id_number),
                         (self.tr("电话"), self.phone), (self.tr("志愿者编号"), self.volunteer_no),
                         (self.tr("注册平台"), self.platform), (self.tr("注册日期"), self.registered_on),
                         (self.tr("加入日期"), self.joined_on), (self.tr("服务技能"), self.skills),
                         ("", self.active), (self.tr("备注"), self.notes)):
            self.form.addRow(label, w)

    def value(self) -> VolunteerInput:
        return VolunteerInput(
            org_id=self.orgs[self.org.currentIndex()].id if self.orgs else "", person_id=self.person_id,
            name=self.name.text(), sex=self.sex.currentData() or "",
            id_type=word_choices.chosen(self.id_type), id_number=self.id_number.text(), phone=self.phone.text(),
            volunteer_no=self.volunteer_no.text(), platform=word_choices.chosen(self.platform),
            registered_on=_optional(self.registered_on), joined_on=_optional(self.joined_on),
            skills=self.skills.text(), active=self.active.isChecked(), notes=self.notes.toPlainText())


class EntryDialog(_Form):
    """One line of the record: 服务 (with hours), 培训 (学时), 表彰, 评价 (with a rating)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加记录"), parent)
        self.kind = self.words(ENTRY_KINDS)
        self.on_day = _date_edit()
        self.on_day.setMaximumDate(qtoday())
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.place = QLineEdit()
        self.place.setMaxLength(100)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(30)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(100)
        self.rating = self.words(("",) + RATINGS)
        for label, w in ((self.tr("类别"), self.kind), (self.tr("日期"), self.on_day),
                         (self.tr("名称／内容"), self.title), (self.tr("地点"), self.place),
                         (self.tr("时长"), self.minutes), (self.tr("组织者／授予单位／评价人"), self.organiser),
                         (self.tr("评价等次"), self.rating)):
            self.form.addRow(label, w)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(self.kind.currentData()))
        self._kind_changed(self.kind.currentData())

    def _kind_changed(self, kind: str) -> None:
        self.minutes.setEnabled(kind in ("服务", "培训"))
        self.rating.setEnabled(kind == "评价")

    def value(self) -> dict[str, object]:
        kind = self.kind.currentData()
        return dict(kind=kind, on_day=pydate(self.on_day.date()), title=self.title.text(),
                    minutes=self.minutes.value() if kind in ("服务", "培训") else 0, place=self.place.text(),
                    organiser=self.organiser.text(), rating=self.rating.currentData() if kind == "评价" else "")


class CertificateDialog(_Form):
    """The period, content and notes of a certificate, the organisation that issues it, and whether the
    whole ID number is printed (only offered to roles that may see it)."""

    def __init__(self, orgs: list[OrgRow], org_id: str, first: date, last: date, *, may_print_full_id: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("开具志愿服务记录证明"), parent)
        self.orgs = orgs
        self.org = self.combo([o.name for o in orgs])
        for n, o in enumerate(orgs):
            if o.id == org_id:
                self.org.setCurrentIndex(n)
        self.first = _date_edit(first)
        self.last = _date_edit(last)
        self.content = QLineEdit()
        self.content.setMaxLength(200)
        self.content.setPlaceholderText(self.tr("不填则按记录自动写明"))
        self.notes = QLineEdit()
        self.notes.setMaxLength(200)
        self.full_id = QCheckBox(self.tr("证明上印完整证件号码"))
        self.full_id.setVisible(may_print_full_id)
        for label, w in ((self.tr("出具组织"), self.org), (self.tr("服务时间从"), self.first), (self.tr("到"), self.last),
                         (self.tr("服务内容"), self.content), (self.tr("其他说明"), self.notes), ("", self.full_id)):
            self.form.addRow(label, w)

    def value(self) -> dict[str, object]:
        return dict(org_id=self.orgs[self.org.currentIndex()].id if self.orgs else None,
                    first=pydate(self.first.date()), last=pydate(self.last.date()), content=self.content.text(),
                    notes=self.notes.text(), full_id=not self.full_id.isHidden() and self.full_id.isChecked())


class OrgDialog(_Form):
    """An organisation's name, responsible person, contact and address (printed on its certificates)."""

    def __init__(self, existing: OrgRow | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("志愿服务组织"), parent)
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setMaxLength(100)
        self.responsible = QLineEdit(existing.responsible if existing else "")
        self.responsible.setMaxLength(64)
        self.contact = QLineEdit(existing.contact if existing else "")
        self.contact.setMaxLength(40)
        self.address = QLineEdit(existing.address if existing else "")
        self.address.setMaxLength(200)
        for label, w in ((self.tr("名称"), self.name), (self.tr("负责人"), self.responsible),
                         (self.tr("联系电话"), self.contact), (self.tr("地址"), self.address)):
            self.form.addRow(label, w)

    def value(self) -> dict[str, str]:
        return dict(name=self.name.text(), responsible=self.responsible.text(), contact=self.contact.text(),
                    address=self.address.text())
