"""New account: name, role, communities, first password."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core import accounts
from desktop.core.errors import UserError, ValidationError
from desktop.core.messages import shown
from desktop.core.roles import ROLE_LABELS, Role
from desktop.core.communities import Community
from desktop.ui.context import AppContext
from desktop.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, Qt,
    QVBoxLayout, QWidget, translated,
)


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("新建账号"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.username = QLineEdit()
        self.display = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(translated("Roles", ROLE_LABELS[role]), role.value)
        self.communities = QListWidget()
        with ctx.db.session(ctx.actor) as s:
            names = s.scalars(select(Community.name).where(Community.deleted_at.is_(None))
                              .order_by(Community.name)).all()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communities.addItem(item)
        for key, label, widget in (("username", self.tr("用户名"), self.username),
                                   ("display_name", self.tr("姓名"), self.display),
                                   ("password", self.tr("初始密码"), self.password),
                                   ("role", self.tr("角色"), self.role),
                                   ("communities", self.tr("所属社区"), self.communities)):
            form.addRow(label, widget)
            err = QLabel()
            err.setStyleSheet("color: #b00020;")
            err.hide()
            form.addRow("", err)
            self.errors[key] = err
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _checked(self) -> list[str]:
        return [self.communities.item(i).text() for i in range(self.communities.count())
                if self.communities.item(i).checkState() == Qt.CheckState.Checked]

    def _save(self) -> None:
        for err in self.errors.values():
            err.hide()
        try:
            with self.ctx.db.session(self.ctx.actor) as s:
                accounts.create_user(s, self.ctx.actor, self.username.text(), self.display.text(),
                                     self.password.text(), Role(self.role.currentData()), self._checked())
        except ValidationError as exc:
            for key, message in exc.fields.items():
                label = self.errors.get(key, self.errors["username"])
                label.setText(shown(message))
                label.show()
            return
        except UserError as exc:
            self.errors["username"].setText(shown(exc))
            self.errors["username"].show()
            return
        self.accept()
