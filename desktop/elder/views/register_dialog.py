"""Registering a roster person as a member of the centre: find them, then the member's details."""

from __future__ import annotations

from typing import Any

from desktop.core.roles import Perm
from desktop.elder import members_service as ms
from desktop.elder.models import CATEGORIES
from desktop.ui.actions import succeeds
from desktop.ui.context import AppContext
from desktop.ui.typing_search import TypingSearch
from desktop.core.messages import word
from desktop.ui.qt import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, Qt, QVBoxLayout, QWidget, pydate, qtoday,
)


def _roster_people(s: Any, actor: Any, text: str) -> list[Any]:
    from desktop.roster.service import search_people  # deferred: the roster's search loads with the first query, as before
    return search_people(s, actor, text, limit=30)


class RegisterDialog(QDialog):
    """Pick a roster person (search), then the member's details."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记会员"))
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("在花名册中查找：姓名 / 拼音 / 电话"))
        self.people = QListWidget()
        self.finder = TypingSearch(self, ctx, _roster_people, self._found,       # off this thread, debounced
                                   refused=lambda message: self.error.setText(message))
        self.query.textChanged.connect(self._find)
        self.join = QDateEdit(qtoday())
        self.join.setCalendarPopup(True)
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(word(c), c)
        self.lunar = QCheckBox(self.tr("按农历过生日"))
        self.photo = QCheckBox(self.tr("同意使用照片"))
        self.exception = QLineEdit()
        self.exception.setPlaceholderText(self.tr("不符合入会条件时，填写例外原因"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("紧急联系人：姓名 关系 电话"))
        form = QFormLayout()
        form.addRow(self.tr("人员"), self.query)
        form.addRow("", self.people)
        form.addRow(self.tr("入会日期"), self.join)
        form.addRow(self.tr("类别"), self.category)
        form.addRow("", self.lunar)
        form.addRow("", self.photo)
        form.addRow(self.tr("例外原因"), self.exception)
        form.addRow(self.tr("紧急联系人"), self.contact)
        self.allergies = self.chronic = None
        if ctx.actor.can(Perm.HEALTH_VIEW):
            self.allergies = QLineEdit()
            self.chronic = QLineEdit()
            form.addRow(self.tr("过敏"), self.allergies)
            form.addRow(self.tr("慢性病"), self.chronic)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _find(self, text: str) -> None:
        self.people.clear()
        self.finder.typed(text.strip())

    def _found(self, text: str, rows: list[Any]) -> None:
        self.people.clear()
        if not text:
            return
        for p in rows:
            item = QListWidgetItem(f"{p.name}  {p.age if p.age is not None else ''}岁  {p.phone}  {p.address}")
            item.setData(Qt.UserRole, p.id)
            self.people.addItem(item)
        if rows:
            self.people.setCurrentRow(0)

    def _save(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.error.setText(self.tr("请先在花名册中选择人员"))
            return
        contacts = []
        parts = self.contact.text().split()
        if parts:
            relation = parts[1] if len(parts) > 2 else ""
            contacts.append(ms.ContactInput(parts[0], relation, parts[-1] if len(parts) > 1 else ""))
        inp = ms.MemberInput(
            person_id=item.data(Qt.UserRole), join_date=pydate(self.join.date()),
            category=self.category.currentData(), lunar_birthday=self.lunar.isChecked(),
            photo_consent=self.photo.isChecked(), eligibility_exception=self.exception.text(), contacts=contacts,
            allergies=self.allergies.text() if self.allergies else "",
            chronic=self.chronic.text() if self.chronic else "")
        if succeeds(self.ctx, self, lambda s: ms.register_member(s, self.ctx.actor, inp), status=self.error, warn=False):
            self.accept()
