"""First start (create the administrator) and sign-in dialogs."""

from __future__ import annotations

from pathlib import Path

from desktop.core import accounts, signin
from desktop.core.db import Database, sqlite_file
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown
from desktop.core.paths import backups_dir
from desktop.core.security import Actor
from desktop.ui.qt import (
    QDialog, QDialogButtonBox, QFont, QFormLayout, QLabel, QLineEdit, Qt, QVBoxLayout, QWidget, plain_html,
)



def breakable_path(path: str) -> str:
    """A path a wrapping label may break after each separator (a zero-width space there): a long one wraps."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")

class _Form(QDialog):
    def __init__(self, db: Database | None, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.url = url or (db.url if db is not None else "")
        self.actor: Actor | None = None
        self.recovery_code = ""
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.heading.setFont(big)
        self.heading.setWordWrap(True)          # large type, English: the welcome wraps rather than runs off
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
            self.message.setText(shown(exc))
            return
        self.accept()

    def attempt(self) -> Actor:
        raise NotImplementedError


class FirstAdminDialog(_Form):
    """Shown once, when the database has no user: creates the administrator. A new SQLite file is made
    encrypted from its first byte (`db` None): the dialog then holds the database and its recovery code."""

    def __init__(self, db: Database | None, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(db, parent, url)
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
        if self.db is None:
            path = sqlite_file(self.url)
            assert path is not None
            created = signin.create_encrypted(path, self.username.text(), self.display.text(), self.password.text())
            self.db, self.recovery_code = created.db, created.recovery_code
            return created.actor
        with self.db.session() as s:
            return accounts.create_first_admin(s, self.username.text(), self.display.text(), self.password.text())


class LoginDialog(_Form):
    """Sign-in. For an encrypted database not yet open (`db` None) the password also opens it."""

    def __init__(self, db: Database | None, desk: str = "", last_user: str = "", parent: QWidget | None = None,
                 url: str = "") -> None:
        super().__init__(db, parent, url)
        self.desk = desk
        self.setWindowTitle(self.tr("邻里 · 登录"))
        self.heading.setText(self.tr("请登录"))
        self.username = self._line(self.tr("用户名"))
        self.password = self._line(self.tr("密码"), password=True)
        self.username.setText(last_user)
        (self.password if last_user else self.username).setFocus()
        where = db.describe() if db is not None else str(sqlite_file(self.url) or "")
        label = QLabel(self.tr("数据库：%s") % breakable_path(where))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)                 # a long path wraps at its separators instead of being cut
        label.setToolTip(plain_html(where))
        self.layout_.insertWidget(1, label)
        if signin.needs_password(self.url):
            self.layout_.insertWidget(2, QLabel(self.tr("数据库已加密：登录同时打开它。")))

    def attempt(self) -> Actor:
        done = signin.sign_in(self.url, self.username.text(), self.password.text(), desk=self.desk,
                              backups=backups_dir() if sqlite_file(self.url) else None, db=self.db)
        self.db = done.db
        return done.actor


class RecoveryCodeDialog(QDialog):
    """Shown once, right after a new encrypted database is made: the recovery code to write down."""

    def __init__(self, code: str, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("邻里 · 恢复码"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("数据库已加密。请把下面的恢复码抄在纸上，与电脑分开锁好。"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        head.setFont(big)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.code = QLabel(code)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(big.pointSizeF() * 1.1)
        mono.setBold(True)
        self.code.setFont(mono)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        note = QLabel(self.tr("它只显示这一次。所有管理员都忘记密码时，用它（main.py user recover）重设密码；"
                              "没有它，也没有任何账号的密码，数据就再也打不开。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        if db_path is not None:
            where = QLabel(self.tr("数据库：%s（密钥文件 %s.keys 与它放在一起，备份时一并复制）")
                           .replace("%s", str(db_path), 1).replace("%s", db_path.name, 1))
            where.setTextFormat(Qt.TextFormat.PlainText)
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("我已抄下"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(640, self.code.sizeHint().width() + 60))
