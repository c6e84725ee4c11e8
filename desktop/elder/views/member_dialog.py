"""A member's card: details, photo (with consent), emergency contacts, category, status change, renewal,
health notes (permitted roles only)."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.core.errors import UserError
from desktop.core.messages import msg, shown, word, words
from desktop.core.roles import Perm
from desktop.elder import members_service as ms
from desktop.elder import member_photos as photos
from desktop.elder.models import CATEGORIES, STATUSES
from desktop.ui.conflict import saved_in_dialog
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, Qt, QtCore, QtGui, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, pydate, qdate,
)

PHOTO_MAX_SIDE = 400                     # the long side of a stored photo, in pixels
PHOTO_PREVIEW = (120, 160)
CONTACT_NAME, CONTACT_RELATION, CONTACT_PHONE = range(3)


def photo_bytes(path: str) -> tuple[bytes, str]:
    """The photo at `path` ready to store: a small PNG/JPEG as given, anything larger scaled with Qt so
    its long side is at most PHOTO_MAX_SIDE px (JPEG, or PNG when it has transparency)."""
    with open(path, "rb") as f:
        raw = f.read()
    image = QtGui.QImage()
    if not image.loadFromData(raw) or image.isNull():
        raise UserError("无法读取这个图片文件，请选择 JPEG 或 PNG 照片")
    kind = photos.photo_type(raw)
    if kind and max(image.width(), image.height()) <= PHOTO_MAX_SIDE and len(raw) <= 200 * 1024:
        return raw, kind
    if max(image.width(), image.height()) > PHOTO_MAX_SIDE:
        image = image.scaled(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    fmt, kind = ("PNG", "image/png") if image.hasAlphaChannel() else ("JPG", "image/jpeg")
    buf = QtCore.QByteArray()
    dev = QtCore.QBuffer(buf)
    dev.open(QtCore.QIODevice.WriteOnly)
    image.save(dev, fmt, 85)
    dev.close()
    return bytes(buf.data()), kind


class MemberDialog(QDialog):
    """A member's card: details, status change, renewal, health notes (permitted roles only)."""

    def __init__(self, ctx: AppContext, member_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.reload_requested = False
        with ctx.db.session(ctx.actor) as s:
            d = ms.get_member(s, ctx.actor, member_id)
        self.versions = (d.version, d.health_version)
        self.setWindowTitle(f"{d.member_no} {d.name}")
        form = QFormLayout()
        for label, value in (("会员号", d.member_no), ("姓名", d.name), ("年龄", str(d.age or "")),
                             ("电话", d.phone), ("住址", d.address), ("入会日期", d.join_date.isoformat()),
                             ("状态", shown(msg("{status}（{since} 起）", status=word(d.status), since=d.status_since.isoformat()))),
                             ("有效期至", d.valid_until.isoformat() if d.valid_until else word("长期")),
                             ("复核日期", d.recheck_date.isoformat() if d.recheck_date else ""),
                             ("例外原因", d.eligibility_exception),
                             ("提示", words(d.flags))):
            form.addRow(self.tr(label), QLabel(value))
        can_edit = ctx.actor.can(Perm.ELDER_MANAGE)
        self.consent = QCheckBox(self.tr("同意使用照片"))
        self.consent.setChecked(d.photo_consent)
        self.consent.setEnabled(can_edit)
        form.addRow("", self.consent)
        self._photo: tuple[bytes, str] | None = None      # (bytes, mime) the preview shows
        self._photo_change: str = ""                       # "", "set" or "remove" (applied on save)
        if d.has_photo:
            with ctx.db.session(ctx.actor) as s:
                stored = photos.get_photo(s, ctx.actor, member_id)
            if stored is not None:
                self._photo = (stored[1], stored[0])
        self.photo_view = QLabel()
        self.photo_view.setFixedSize(*PHOTO_PREVIEW)
        self.photo_view.setAlignment(Qt.AlignCenter)
        self.photo_view.setStyleSheet("border:1px solid #9ca3af; color:#6b7280;")
        self.choose_photo = QPushButton(self.tr("选择照片…"))
        self.choose_photo.clicked.connect(self.pick_photo)
        self.drop_photo = QPushButton(self.tr("删除照片"))
        self.drop_photo.clicked.connect(self.clear_photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.choose_photo)
        photo_buttons.addWidget(self.drop_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_view)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)
        form.addRow(self.tr("照片"), photo_row)
        self.contacts = QTableWidget(0, 3)
        self.contacts.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("关系"), self.tr("电话")])
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)   # name, relation
        self.contacts.horizontalHeader().setSectionResizeMode(CONTACT_PHONE, QHeaderView.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contacts.verticalHeader().setDefaultSectionSize(24)
        self.contacts.setMinimumHeight(110)
        self.contacts.setMaximumHeight(150)
        for c in d.contacts:
            self.add_contact(c)
        self.add_contact_btn = QPushButton(self.tr("添加联系人"))
        self.add_contact_btn.clicked.connect(lambda: self.add_contact(None))
        self.remove_contact_btn = QPushButton(self.tr("删除联系人"))
        self.remove_contact_btn.clicked.connect(self.remove_contact)
        contact_buttons = QVBoxLayout()
        contact_buttons.addWidget(self.add_contact_btn)
        contact_buttons.addWidget(self.remove_contact_btn)
        contact_buttons.addStretch(1)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.contacts, 1)
        contact_row.addLayout(contact_buttons)
        form.addRow(self.tr("紧急联系人"), contact_row)
        if not can_edit:
            for w in (self.choose_photo, self.drop_photo, self.add_contact_btn, self.remove_contact_btn):
                w.setEnabled(False)
            self.contacts.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(word(c), c)
        self.category.setCurrentIndex(CATEGORIES.index(d.category))
        self.lunar = QCheckBox(self.tr("按农历过生日"))
        self.lunar.setChecked(d.lunar_birthday)
        form.addRow(self.tr("类别"), self.category)
        form.addRow("", self.lunar)
        self.health = None
        if d.health_visible:
            self.health = (QLineEdit(d.allergies), QLineEdit(d.chronic), QPlainTextEdit(d.health_notes))
            form.addRow(self.tr("过敏"), self.health[0])
            form.addRow(self.tr("慢性病"), self.health[1])
            form.addRow(self.tr("健康备注"), self.health[2])
        else:
            form.addRow(self.tr("健康信息"), QLabel(ms.HEALTH_MASK))
        self.new_status = QComboBox()
        self.new_status.addItem(self.tr("（不变）"), "")
        for st in STATUSES:
            if st != d.status:
                self.new_status.addItem(word(st), st)
        self.reason = QLineEdit()
        form.addRow(self.tr("变更状态"), self.new_status)
        form.addRow(self.tr("原因"), self.reason)
        self.renew_until = QDateEdit(qdate(date(today().year + 1, 12, 31)))
        self.renew_box = QCheckBox(self.tr("续期至"))
        row = QHBoxLayout()
        row.addWidget(self.renew_box)
        row.addWidget(self.renew_until)
        form.addRow(self.tr("续期"), row)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b91c1c;")
        self.error.setWordWrap(True)
        self._show_photo()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        if not ctx.actor.can(Perm.ELDER_MANAGE):
            buttons.button(QDialogButtonBox.Save).setEnabled(False)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    # --- photo -------------------------------------------------------------------------------

    def _show_photo(self) -> None:
        self.drop_photo.setEnabled(self._photo is not None and self.consent.isEnabled())
        if self._photo is None:
            self.photo_view.setPixmap(QtGui.QPixmap())
            self.photo_view.setText(self.tr("无照片"))
            return
        pix = QtGui.QPixmap()
        pix.loadFromData(self._photo[0])
        self.photo_view.setText("")
        self.photo_view.setPixmap(pix.scaled(*PHOTO_PREVIEW, Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def pick_photo(self) -> None:
        if not self.consent.isChecked():
            self.error.setText(self.tr("会员没有同意使用照片，不能添加照片。请先勾选“同意使用照片”。"))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择照片"), "", self.tr("照片 (*.jpg *.jpeg *.png)"))
        if not path:
            return
        try:
            data, mime = photo_bytes(path)
        except (OSError, UserError) as exc:
            self.error.setText(shown(exc) if isinstance(exc, UserError) else self.tr("无法打开这个文件"))
            return
        if len(data) > photos.MAX_PHOTO_BYTES:
            self.error.setText(self.tr("照片太大（超过 2 MB），请换一张"))
            return
        self._photo, self._photo_change = (data, mime), "set"
        self.error.setText("")
        self._show_photo()

    def clear_photo(self) -> None:
        self._photo, self._photo_change = None, "remove"
        self._show_photo()

    # --- contacts ------------------------------------------------------------------------------

    def add_contact(self, c: ms.ContactInput | None) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        c = c or ms.ContactInput("")
        for col, value in ((CONTACT_NAME, c.name), (CONTACT_RELATION, c.relation), (CONTACT_PHONE, c.phone)):
            self.contacts.setItem(row, col, QTableWidgetItem(value))
        self.contacts.item(row, CONTACT_NAME).setData(Qt.UserRole, c.id)
        if c.id == "" and not c.name:
            self.contacts.setCurrentCell(row, CONTACT_NAME)
            self.contacts.editItem(self.contacts.item(row, CONTACT_NAME))

    def remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def contact_inputs(self) -> list[ms.ContactInput]:
        out = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, col) for col in (CONTACT_NAME, CONTACT_RELATION, CONTACT_PHONE)]
            name, relation, phone = (cell.text() if cell else "" for cell in cells)
            cid = (cells[0].data(Qt.UserRole) if cells[0] else "") or ""
            out.append(ms.ContactInput(name, relation, phone, cid))
        return out

    def _save(self) -> None:
        if saved_in_dialog(self, self.error, self._write):
            self.accept()

    def _write(self) -> None:
        with self.ctx.db.session(self.ctx.actor) as s:
            ms.update_member(s, self.ctx.actor, self.member_id, category=self.category.currentData(),
                             lunar_birthday=self.lunar.isChecked(), photo_consent=self.consent.isChecked(),
                             contacts=self.contact_inputs(), expected_version=self.versions[0])
            if self._photo_change == "set" and self._photo is not None:
                photos.set_photo(s, self.ctx.actor, self.member_id, *self._photo)
            elif self._photo_change == "remove":
                photos.remove_photo(s, self.ctx.actor, self.member_id)
            if self.new_status.currentData():
                ms.change_status(s, self.ctx.actor, self.member_id, self.new_status.currentData(), today(),
                                 self.reason.text())
            if self.renew_box.isChecked():
                ms.renew(s, self.ctx.actor, self.member_id, pydate(self.renew_until.date()))
            if self.health is not None:
                ms.save_health(s, self.ctx.actor, self.member_id, allergies=self.health[0].text(),
                               chronic=self.health[1].text(), notes=self.health[2].toPlainText(),
                               expected_version=self.versions[1])
