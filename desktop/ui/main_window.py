"""The main window: navigation on the left, the pages the signed-in role may see, a status bar."""

from __future__ import annotations

import logging

from desktop import APP_TITLE, __version__
from desktop.core.errors import UserError
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.ui.pages import PageSpec, first_page, pages_for
from desktop.ui.qt import (
    QAction, QFont, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSize,
    QHBoxLayout, QStackedWidget, Qt, QWidget, Signal, translated,
)

log = logging.getLogger(__name__)

DESK_LABELS = {"guard": "值班室", "reception": "中心前台", "rehab": "康复中心", "office": "社工办公室"}


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    switch_user_requested = Signal()

    def __init__(self, ctx: AppContext, community_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs: list[PageSpec] = pages_for(ctx.actor)
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle(f"{APP_TITLE} Linli {__version__}")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        nav_font = QFont(self.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.35)
        self.nav.setFont(nav_font)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setFixedWidth(150)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(translated("Navigation", spec.label))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(140, 44))
            self.nav.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.key}")
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self._build_status(community_name)
        self.resize(1280, 800)
        self.open_page(first_page(ctx.actor, ctx.desk))

    # navigation -----------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def open_page(self, key: str) -> None:
        if key in self.keys():
            self.nav.setCurrentRow(self.keys().index(key))

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].key if row >= 0 else ""

    def page(self, key: str) -> QWidget:
        """The page widget, built on first use."""
        if key not in self.pages:
            spec = self.specs[self.keys().index(key)]
            index = self.keys().index(key)
            try:
                widget = spec.load()(self.ctx)
            except UserError as exc:
                widget = QLabel(exc.message)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = widget
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        fresh = key not in self.pages
        widget = self.page(key)
        self.stack.setCurrentIndex(row)
        if not fresh and isinstance(widget, Page):
            widget.refresh()

    # menu and status ------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("账号(&A)"))
        sign_out = QAction(self.tr("注销"), self)
        sign_out.triggered.connect(self.sign_out_requested.emit)
        switch = QAction(self.tr("切换用户"), self)
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.switch_user_requested.emit)
        quit_ = QAction(self.tr("退出"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        for a in (sign_out, switch, quit_):
            menu.addAction(a)
        go = self.menuBar().addMenu(self.tr("页面(&P)"))
        for i, spec in enumerate(self.specs):
            act = QAction(translated("Navigation", spec.label), self)
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=spec.key: self.open_page(k))
            go.addAction(act)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于邻里"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status(self, community_name: str) -> None:
        a = self.ctx.actor
        bar = self.statusBar()
        parts = [self.tr("用户：%s（%s）") % (a.display_name, translated("Roles", a.role_label))]
        if self.ctx.desk:
            parts.append(self.tr("工作台：%s") % translated("Desks", DESK_LABELS.get(self.ctx.desk, self.ctx.desk)))
        parts.append(self.tr("社区：%s") % (community_name or self.tr("全部")))
        parts.append(self.tr("数据库：%s") % self.ctx.db.describe())
        for text in parts:
            label = QLabel(text)
            label.setObjectName("status-part")
            bar.addPermanentWidget(label)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于邻里"), self.tr(
            "邻里 Linli %s\n社区社工站桌面程序：花名册、志愿值班、戒毒康复随访、养老中心、活动与签到。\n"
            "数据保存在本机；多台电脑可共用一个 PostgreSQL 数据库。") % __version__)
