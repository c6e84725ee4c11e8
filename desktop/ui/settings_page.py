"""设置: language and type size for this machine, own password, this desk's place; for the
administrator also accounts and backups."""

from __future__ import annotations

from desktop.core.backup_schedule import copy_to_second
from desktop.core import accounts
from desktop.core.machine_settings import IDLE_LOCK_RANGE, idle_lock_minutes
from desktop.core.maintenance import backup_now
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.core.paths import backups_dir
from desktop.core.roles import Perm
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.actions import call, succeeds
from desktop.ui.qt import plain_html
from desktop.ui.rows_model import Column, RowsTableModel, read_only_table, selected_row
from desktop.ui.qt import (
    QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget, translated,
)
from desktop.ui.main_window import DESK_LABELS
from desktop.ui.user_dialog import UserDialog
from desktop.ui.print_actions import print_user_list


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._machine_box())
        layout.addWidget(self._password_box())
        self.users_box: QGroupBox | None = None
        if ctx.actor.can(Perm.USERS_MANAGE):
            self.users_box = self._users_box()
            layout.addWidget(self.users_box, 1)
        if ctx.actor.can(Perm.BACKUP) and ctx.db.sqlite_path is not None:
            layout.addWidget(self._backup_box())
        layout.addStretch(0)
        self.refresh()

    # this machine -----------------------------------------------------------------------------
    def _machine_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("本机设置"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.settings.get("language"))))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("界面语言"), self.language)
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.8, 2.0)
        self.scale.setSingleStep(0.1)
        self.scale.setValue(self.ctx.settings.get("font_scale"))
        self.scale.valueChanged.connect(lambda v: self.ctx.settings.set("font_scale", v))
        form.addRow(self.tr("字体放大（重启后生效）"), self.scale)
        self.desk_community = QLineEdit(self.ctx.settings.get("desk_community"))
        self.desk_community.editingFinished.connect(
            lambda: self.ctx.settings.set("desk_community", self.desk_community.text().strip()))
        form.addRow(self.tr("本机所在社区"), self.desk_community)
        self.desk_building = QLineEdit(self.ctx.settings.get("desk_building"))
        self.desk_building.setPlaceholderText(self.tr("如 西湖花园6号楼"))
        self.desk_building.editingFinished.connect(
            lambda: self.ctx.settings.set("desk_building", self.desk_building.text().strip()))
        form.addRow(self.tr("本机值守的楼栋"), self.desk_building)
        form.addRow(self.tr("无操作自动锁屏（分钟）"), self._idle_lock_row())
        self.language_note = QLabel()
        form.addRow("", self.language_note)
        return box

    def _idle_lock_row(self) -> QWidget:
        """Each desk's idle time before the lock; set by the administrator or the supervisor."""

        row = QWidget()
        layout = FlowLayout(row)        # the four desks on two lines where the page is narrow
        self.idle_lock: dict[str, QSpinBox] = {}
        for desk, label in DESK_LABELS.items():
            spin = QSpinBox()
            spin.setRange(*IDLE_LOCK_RANGE)
            spin.setValue(idle_lock_minutes(self.ctx.settings, desk))
            spin.setEnabled(self.ctx.actor.all_communities)
            spin.valueChanged.connect(lambda v, d=desk: self.ctx.settings.set(f"idle_lock.{d}", v))
            pair = QWidget()                # a desk's name stays beside its number
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            name = QLabel(translated("Desks", label))
            name.setBuddy(spin)
            pair_layout.addWidget(name)
            pair_layout.addWidget(spin)
            layout.addWidget(pair)
            self.idle_lock[desk] = spin
        return row

    def _language_changed(self) -> None:
        self.ctx.settings.set("language", self.language.currentData())
        self.language_note.setText(self.tr("语言已保存，重新登录或重启后生效。"))

    # password -----------------------------------------------------------------------------------
    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("修改我的密码"))
        row = QHBoxLayout(box)
        self.old_pw = QLineEdit()
        self.new_pw = QLineEdit()
        for edit, hint in ((self.old_pw, self.tr("原密码")), (self.new_pw, self.tr("新密码（至少8位）"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            row.addWidget(edit)
        button = QPushButton(self.tr("修改密码"))
        button.clicked.connect(self._change_password)
        row.addWidget(button)
        self.pw_message = QLabel()
        row.addWidget(self.pw_message, 1)
        return box

    def _change_password(self) -> None:
        new, old = self.new_pw.text(), self.old_pw.text()
        if not succeeds(self.ctx, self, lambda s: accounts.change_password(s, self.ctx.actor, self.ctx.actor.username,
                                                                           new, old_password=old),
                        status=self.pw_message, warn=False):
            return
        self.old_pw.clear()
        self.new_pw.clear()
        self.pw_message.setText(self.tr("密码已修改。"))

    # accounts (admin) ---------------------------------------------------------------------------
    def _users_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("账号管理"))
        layout = QVBoxLayout(box)
        self.users_model = RowsTableModel([
            Column(self.tr("用户名"), lambda r: r.username), Column(self.tr("姓名"), lambda r: r.display_name),
            Column(self.tr("角色"), lambda r: translated("Roles", r.role_label)),
            Column(self.tr("所属社区"), lambda r: "、".join(r.communities) or self.tr("全部")),
            Column(self.tr("状态"), lambda r: self.tr("启用") if r.active else self.tr("停用"))])
        self.users = read_only_table(self.users_model, stretch=True)
        layout.addWidget(self.users)
        row = QHBoxLayout()
        for text, slot in ((self.tr("新建账号…"), self._add_user), (self.tr("重设密码…"), self._reset_password),
                           (self.tr("停用/启用"), self._toggle_user), (self.tr("打印账号清单"), self._print_users),
                           (self.tr("另存为 PDF…"), lambda: self._print_users(save=True))):
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        if self.users_box is None:
            return
        rows = call(self.ctx, self, lambda s: accounts.list_users(s, self.ctx.actor))
        if rows is not None:
            self.users_model.set_rows(rows)

    def _selected_username(self) -> str | None:
        row = selected_row(self.users)
        return row.username if row is not None else None

    def _add_user(self) -> None:
        if UserDialog(self.ctx, self).exec():
            self.refresh()

    def _reset_password(self) -> None:
        name = self._selected_username()
        if not name:
            return
        pw, ok = QInputDialog.getText(self, self.tr("重设密码"), plain_html(self.tr("%s 的新密码：") % name),
                                      QLineEdit.EchoMode.Password)
        if ok:
            if succeeds(self.ctx, self, lambda s: accounts.change_password(s, self.ctx.actor, name, pw)):
                QMessageBox.information(self, self.tr("完成"), self.tr("密码已重设。"))

    def _toggle_user(self) -> None:
        row = selected_row(self.users)
        if row is None:
            return
        note = call(self.ctx, self, lambda s: accounts.set_active(s, self.ctx.actor, row.username, not row.active))
        if note:            # enabling on an encrypted database: whether the old password works
            QMessageBox.information(self, self.tr("完成"), shown(note))
        self.refresh()

    def _print_users(self, save: bool = False) -> None:
        print_user_list(self.ctx, self, save)

    # backup -------------------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("备份"))
        outer = QVBoxLayout(box)
        row = QHBoxLayout()
        b = QPushButton(self.tr("立即备份"))
        b.clicked.connect(self._backup)
        row.addWidget(b)
        self.backup_message = QLabel(self.tr("备份文件夹：%s") % backups_dir())
        self.backup_message.setWordWrap(True)
        row.addWidget(self.backup_message, 1)
        outer.addLayout(row)
        form = QFormLayout()
        self.backup_copy_dir = QLineEdit(self.ctx.settings.get("backup_copy_dir"))
        self.backup_copy_dir.setPlaceholderText(self.tr("如 E:\\邻里备份 或 \\\\服务器\\共享\\邻里"))
        self.backup_copy_dir.editingFinished.connect(
            lambda: self.ctx.settings.set("backup_copy_dir", self.backup_copy_dir.text().strip()))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self._choose_copy_dir)
        line = QHBoxLayout()
        line.addWidget(self.backup_copy_dir, 1)
        line.addWidget(choose)
        form.addRow(self.tr("第二个位置（U 盘或网络文件夹）"), line)
        outer.addLayout(form)
        text = self.tr("每天第一次启动时、有改动后退出时自动备份并校验，保留 7 天、4 周、12 个月各一份；"
                       "设置了第二个位置时另复制一份到那里。")
        if self.ctx.db.encrypted:
            text += self.tr("加密数据库的备份仍是加密的，密钥文件（.keys）随同复制。")
        note = QLabel(text)
        note.setWordWrap(True)
        outer.addWidget(note)
        return box

    def _choose_copy_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份的第二个位置"), self.backup_copy_dir.text())
        if folder:
            self.backup_copy_dir.setText(folder)
            self.ctx.settings.set("backup_copy_dir", folder)

    def _backup(self) -> None:
        try:
            result = backup_now(self.ctx.db, self.ctx.actor, backups_dir())
            copy_dir = self.ctx.settings.get("backup_copy_dir")
            if copy_dir:
                try:
                    copy_to_second(result.path, copy_dir)
                except OSError as exc:
                    self.backup_message.setText(self.tr("已备份，但第二份副本没有复制：%s") % exc)
                    return
        except UserError as exc:
            self.backup_message.setText(shown(exc))
            return
        self.backup_message.setText(self.tr("已备份并校验：%s（%d 行）") % (result.path, result.rows))

