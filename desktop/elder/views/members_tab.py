"""Members: search, register a roster person, edit category/status/renewal, emergency contacts, the
member's photo (with consent), health notes (if allowed)."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import today
from desktop.core.errors import ConflictError, UserError
from desktop.core.roles import Perm
from desktop.elder import members_service as ms
from desktop.elder.models import CATEGORIES, STATUSES
from desktop.ui.conflict import offer_reload
from desktop.ui.context import AppContext
from desktop.ui.export_files import export_start, offer_delete_printout
from desktop.ui.qt import (
    QAbstractItemView, QAbstractTableModel, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QModelIndex, QPlainTextEdit,
    QPushButton, Qt, QtCore, QtGui, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from desktop.ui.qt import pydate, qdate, qtoday

COL_NO, COL_NAME, COL_SEX, COL_AGE, COL_PHONE, COL_CATEGORY, COL_STATUS, COL_VALID, COL_ADDRESS, COL_FLAGS = range(10)
HEADERS = ("会员号", "姓名", "性别", "年龄", "电话", "类别", "状态", "有效期至", "住址", "提示")
PAGE = 200


class MembersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ms.MemberRow] = []

    def set_rows(self, rows: list[ms.MemberRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: ANN001, ANN201, N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):  # noqa: ANN201
        if role != Qt.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        c = index.column()
        return {
            COL_NO: r.member_no, COL_NAME: r.name, COL_SEX: {"M": "男", "F": "女"}.get(r.sex, ""),
            COL_AGE: "" if r.age is None else str(r.age), COL_PHONE: r.phone, COL_CATEGORY: r.category,
            COL_STATUS: r.status, COL_VALID: r.valid_until.isoformat() if r.valid_until else "",
            COL_ADDRESS: r.address, COL_FLAGS: "、".join(r.flags),
        }[c]


class MembersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("姓名 / 会员号 / 手机尾号 / 拼音首字母"))
        self.search.textChanged.connect(self.refresh)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("会员状态"))
        self.status.addItem(self.tr("全部状态"), "")
        for st in STATUSES:
            self.status.addItem(self.tr(st), st)
        self.status.currentIndexChanged.connect(self.refresh)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("会员类别"))
        self.category.addItem(self.tr("全部类别"), "")
        for c in CATEGORIES:
            self.category.addItem(self.tr(c), c)
        self.category.currentIndexChanged.connect(self.refresh)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.category)
        bar.addWidget(self.count)
        if ctx.actor.can(Perm.ELDER_MANAGE):
            add = QPushButton(self.tr("登记会员…"))
            add.clicked.connect(self.register)
            bar.addWidget(add)
        prints = QComboBox()
        prints.setAccessibleName(self.tr("打印"))
        prints.addItem(self.tr("打印…"), "")
        for key, label in (("cards", "会员卡（选中 / 全部在册）"), ("list", "会员名册"), ("day", "今日签到表"),
                           ("month", "本月出勤及用餐汇总"), ("record", "选中会员本月服务记录单")):
            prints.addItem(self.tr(label), key)
        prints.activated.connect(lambda i: (self.print_doc(prints.itemData(i)), prints.setCurrentIndex(0)))
        bar.addWidget(prints)
        self.model = MembersModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(COL_ADDRESS, QHeaderView.Stretch)
        self.view.activated.connect(self.open_member)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                args = dict(status=self.status.currentData() or None, category=self.category.currentData() or None)
                rows = ms.search_members(s, self.ctx.actor, self.search.text(), limit=PAGE, **args)
                n = ms.count_members(s, self.ctx.actor, self.search.text(), **args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("提示"), exc.message)
            return
        self.model.set_rows(rows)
        shown = f"（显示前 {PAGE} 位）" if n > PAGE else ""
        self.count.setText(self.tr("共 %1 位").replace("%1", str(n)) + shown)

    def print_doc(self, key: str) -> None:
        from desktop.elder import printing
        if not key:
            return
        names = {"cards": "会员卡", "list": "会员名册", "day": "每日签到表", "month": "出勤汇总", "record": "服务记录单"}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), export_start(self.ctx, f"{names[key]}.pdf"),
                                              "PDF (*.pdf)")
        if not path:
            return
        selected = self.view.currentIndex()
        member_id = self.model.rows[selected.row()].id if selected.isValid() else None
        on = today()
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                if key == "cards":
                    printing.print_cards(s, self.ctx.actor, [member_id] if member_id else None, path)
                elif key == "list":
                    printing.print_member_list(s, self.ctx.actor, path)
                elif key == "day":
                    printing.print_daily_sheet(s, self.ctx.actor, on, path)
                elif key == "month":
                    printing.print_month_summary(s, self.ctx.actor, on, path)
                elif member_id:
                    printing.print_service_record(s, self.ctx.actor, member_id, on.replace(day=1), on, path)
                else:
                    raise UserError("请先在表中选中会员")
        except UserError as exc:
            QMessageBox.warning(self, self.tr("提示"), exc.message)
            return
        offer_delete_printout(self, path)

    def register(self) -> None:
        dlg = RegisterDialog(self.ctx, self)
        if dlg.exec():
            self.refresh()

    def open_member(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        while True:                         # again after 重新载入 (another desk saved the member first)
            dlg = MemberDialog(self.ctx, row.id, self)
            dlg.exec()
            if not dlg.reload_requested:
                break
        self.refresh()


class RegisterDialog(QDialog):
    """Pick a roster person (search), then the member's details."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("登记会员"))
        from desktop.ui.qt import QListWidget, QListWidgetItem  # noqa: F401
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("在花名册中查找：姓名 / 拼音 / 电话"))
        self.people = QListWidget()
        self.query.textChanged.connect(self._find)
        self.join = QDateEdit(qtoday())
        self.join.setCalendarPopup(True)
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(self.tr(c), c)
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
        from desktop.roster.service import search_people
        from desktop.ui.qt import QListWidgetItem
        self.people.clear()
        if len(text.strip()) < 1:
            return
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                rows = search_people(s, self.ctx.actor, text, limit=30)
        except UserError as exc:
            self.error.setText(exc.message)
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
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                ms.register_member(s, self.ctx.actor, inp)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()


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
    kind = ms.photo_type(raw)
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
                             ("状态", f"{d.status}（{d.status_since.isoformat()} 起）"),
                             ("有效期至", d.valid_until.isoformat() if d.valid_until else "长期"),
                             ("复核日期", d.recheck_date.isoformat() if d.recheck_date else ""),
                             ("例外原因", d.eligibility_exception),
                             ("提示", "、".join(d.flags))):
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
                stored = ms.get_photo(s, ctx.actor, member_id)
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
            self.category.addItem(self.tr(c), c)
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
                self.new_status.addItem(self.tr(st), st)
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
            self.error.setText(exc.message if isinstance(exc, UserError) else self.tr("无法打开这个文件"))
            return
        if len(data) > ms.MAX_PHOTO_BYTES:
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
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                ms.update_member(s, self.ctx.actor, self.member_id, category=self.category.currentData(),
                                 lunar_birthday=self.lunar.isChecked(), photo_consent=self.consent.isChecked(),
                                 contacts=self.contact_inputs(), expected_version=self.versions[0])
                if self._photo_change == "set" and self._photo is not None:
                    ms.set_photo(s, self.ctx.actor, self.member_id, *self._photo)
                elif self._photo_change == "remove":
                    ms.remove_photo(s, self.ctx.actor, self.member_id)
                if self.new_status.currentData():
                    ms.change_status(s, self.ctx.actor, self.member_id, self.new_status.currentData(), today(),
                                     self.reason.text())
                if self.renew_box.isChecked():
                    ms.renew(s, self.ctx.actor, self.member_id, pydate(self.renew_until.date()))
                if self.health is not None:
                    ms.save_health(s, self.ctx.actor, self.member_id, allergies=self.health[0].text(),
                                   chronic=self.health[1].text(), notes=self.health[2].toPlainText(),
                                   expected_version=self.versions[1])
        except ConflictError as exc:
            self.error.setText(exc.message)
            if offer_reload(self, exc.message):
                self.reload_requested = True
                self.reject()
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.accept()
