"""First start (create the administrator) and sign-in dialogs."""

from __future__ import annotations

from desktop.core import accounts
from desktop.core.db import Database
from desktop.core.errors import UserError, ValidationError
from desktop.core.security import Actor
from desktop.ui.qt import QDialog, QDialogButtonBox, QFont, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class _Form(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.heading.setFont(big)
        self.layout_.addWidget(self.heading)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _line(self, label: str, password: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(label, edit)
        return edit

    def _submit(self) -> None:
        try:
            self.actor = self.attempt()
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.accept()

    def attempt(self) -> Actor:
        raise NotImplementedError


class FirstAdminDialog(_Form):
    """Shown once, when the database has no user: creates the administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setWindowTitle(self.tr("邻里 · 首次使用"))
        self.heading.setText(self.tr("欢迎使用邻里。请先建立管理员账号。"))
        self.username = self._line(self.tr("用户名"))
        self.username.setText("admin")
        self.display = self._line(self.tr("姓名"))
        self.password = self._line(self.tr("密码"), password=True)
        self.repeat = self._line(self.tr("再输入一次"), password=True)
        self.display.setFocus()

    def attempt(self) -> Actor:
        if self.password.text() != self.repeat.text():
            raise ValidationError({"repeat": self.tr("两次输入的密码不一致")})
        with self.db.session() as s:
            return accounts.create_first_admin(s, self.username.text(), self.display.text(), self.password.text())


class LoginDialog(_Form):
    def __init__(self, db: Database, desk: str = "", last_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.desk = desk
        self.setWindowTitle(self.tr("邻里 · 登录"))
        self.heading.setText(self.tr("请登录"))
        self.username = self._line(self.tr("用户名"))
        self.password = self._line(self.tr("密码"), password=True)
        self.username.setText(last_user)
        (self.password if last_user else self.username).setFocus()
        self.layout_.insertWidget(1, QLabel(self.tr("数据库：%s") % db.describe()))

    def attempt(self) -> Actor:
        with self.db.session() as s:
            return accounts.authenticate(s, self.username.text(), self.password.text(), desk=self.desk)
