"""The main window: navigation on the left, the pages the signed-in role may see, a status bar."""

from __future__ import annotations

import logging

from desktop import APP_TITLE, __version__
from desktop.core.errors import UserError
from desktop.core.messages import shown
from desktop.ui import keyboard
from desktop.ui.context import AppContext
from desktop.ui.page import Page
from desktop.core.module_spec import PageSpec
from desktop.ui.pages import first_page, pages_for
from desktop.ui.qt import (
    QAction, QFont, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSize,
    QFrame, QHBoxLayout, QPushButton, QScrollArea, QStackedWidget, Qt, QVBoxLayout, QWidget, Signal, translated,
)

log = logging.getLogger(__name__)

DESK_LABELS = {"guard": "值班室", "reception": "中心前台", "rehab": "康复中心", "office": "社工办公室"}


def _scrolled(page: QWidget) -> QScrollArea:
    """A page in a scroll area of its own: where a page needs more room than the screen has (large type, a
    long English label) it scrolls inside the window instead of pushing the window past the screen — a
    stacked widget takes the largest minimum of all its pages."""
    area = QScrollArea()
    area.setObjectName(f"scroll-{page.objectName() or type(page).__name__}")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    """One window for the whole run. It opens at once, before the data layer has loaded, showing the
    desk, the database and what is happening (正在打开数据库…, 请登录); `attach` fills it with the pages
    of the user who signed in, `detach` empties it again on sign-out."""

    sign_out_requested = Signal()
    switch_user_requested = Signal()
    lock_requested = Signal()

    def __init__(self, ctx: AppContext | None = None, community_name: str = "", parent: QWidget | None = None,
                 *, desk: str = "", db_label: str = "") -> None:
        super().__init__(parent)
        keyboard.install()
        self.ctx: AppContext | None = None
        self.specs: list[PageSpec] = []
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
        self.nav.currentRowChanged.connect(self._show_row)
        self.stack = QStackedWidget()
        self.lock_button = QPushButton(self.tr("锁屏 (Ctrl+L)"))
        self.lock_button.setObjectName("lock-button")
        self.lock_button.setToolTip(self.tr("离开座位时锁屏：数据隐藏，输入密码继续"))
        self.lock_button.setFont(nav_font)
        self.lock_button.setFixedWidth(150)
        self.lock_button.setMinimumHeight(40)
        self.lock_button.clicked.connect(self.lock_requested.emit)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        side.addWidget(self.lock_button)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(4, 4, 4, 4)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.welcome = _Welcome()
        self.outer = QStackedWidget()
        self.outer.addWidget(self.welcome)
        self.outer.addWidget(workspace)
        self.setCentralWidget(self.outer)
        self._build_menu()
        self._status_parts: list[QLabel] = []
        self.resize(1280, 800)
        if ctx is not None:
            self.attach(ctx, community_name)
        else:
            self.show_message(self.tr("正在打开数据库…"), desk=desk, db_label=db_label)

    # signed in / out --------------------------------------------------------------------------
    def show_message(self, text: str, *, desk: str = "", db_label: str = "") -> None:
        """The window without a signed-in user: what is happening, this desk and this database."""
        self.welcome.message.setText(text)
        self.outer.setCurrentIndex(0)
        parts = []
        if desk:
            parts.append(self.tr("工作台：%s") % translated("Desks", DESK_LABELS.get(desk, desk)))
        if db_label:
            parts.append(self.tr("数据库：%s") % db_label)
        if parts:
            self._set_status(parts)

    def attach(self, ctx: AppContext, community_name: str = "") -> None:
        """Fill the window with the pages `ctx.actor` may see, opening the desk's page."""
        self.detach()
        self.ctx = ctx
        self.specs = pages_for(ctx.actor)
        for spec in self.specs:
            item = QListWidgetItem(translated("Navigation", spec.label))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(140, 44))
            self.nav.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.key}")
            self.stack.addWidget(holder)
        self._fit_navigation()
        for i, spec in enumerate(self.specs):
            act = QAction(translated("Navigation", spec.label), self)
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=spec.key: self.open_page(k, focus=True))
            self.go_menu.addAction(act)
        for action in (self.sign_out_action, self.switch_action, self.lock_action):
            action.setEnabled(True)
        self._build_status(community_name)
        self.outer.setCurrentIndex(1)
        self.open_page(first_page(ctx.actor, ctx.desk), focus=True)

    def _fit_navigation(self) -> None:
        """The navigation is as wide as its longest label in the chosen type and language (Rehab follow-up
        at 1.5× type), never narrower than 150 px; the lock button below takes the same width."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        width = max(150, widest + 2 * self.nav.spacing() + 28)
        self.nav.setFixedWidth(width)
        self.lock_button.setFixedWidth(width)

    def detach(self, message: str = "") -> None:
        """Back to the window without a user: every page closed, nothing of the last user shown."""
        if self.ctx is None:
            return
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.go_menu.clear()
        for action in (self.sign_out_action, self.switch_action, self.lock_action):
            action.setEnabled(False)
        self.pages = {}
        self.specs = []
        desk, db_label = self.ctx.desk, self.ctx.db.describe()
        self.ctx = None
        self.show_message(message or self.tr("请登录"), desk=desk, db_label=db_label)

    # navigation -----------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def open_page(self, key: str, *, focus: bool = False) -> None:
        """Show a page; `focus`: the person came by keyboard (Ctrl+1…9, sign-in), so the cursor goes into the
        page — its `first_focus()` if it names one, else its first empty text field."""
        if key not in self.keys():
            return
        self.nav.setCurrentRow(self.keys().index(key))
        if focus:
            page = self.page(key)
            chosen = getattr(page, "first_focus", None)
            target = chosen() if callable(chosen) else None
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            elif keyboard.focus_first(page) is None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)
                page.focusNextChild()

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
                widget = QLabel(shown(exc))
            old = self.stack.widget(index)
            self.stack.insertWidget(index, _scrolled(widget))
            self.stack.removeWidget(old)
            old.deleteLater()
            keyboard.name_inputs(widget)
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
        self.sign_out_action = QAction(self.tr("注销"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested.emit)
        self.switch_action = QAction(self.tr("切换用户"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_action.triggered.connect(self.switch_user_requested.emit)
        self.lock_action = QAction(self.tr("锁屏"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.addAction(self.lock_action)         # the shortcut works wherever the focus is
        quit_ = QAction(self.tr("退出"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        for a in (self.lock_action, self.sign_out_action, self.switch_action, quit_):
            menu.addAction(a)
        for action in (self.sign_out_action, self.switch_action, self.lock_action):
            action.setEnabled(False)
        self.go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于邻里"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _set_status(self, parts: list[str]) -> None:
        bar = self.statusBar()
        for label in self._status_parts:
            bar.removeWidget(label)
            label.deleteLater()
        self._status_parts = []
        for text in parts:
            label = QLabel(text)
            label.setObjectName("status-part")
            label.setToolTip(text)
            # A long database path is cut off at the window's edge rather than widening the window
            # past a small screen (1024 wide at a large type size).
            if label.sizeHint().width() > 320:
                label.setMinimumWidth(160)
            bar.addPermanentWidget(label)
            label.show()
            self._status_parts.append(label)

    def _build_status(self, community_name: str) -> None:
        assert self.ctx is not None
        a = self.ctx.actor
        parts = [self.tr("用户：%s（%s）") % (a.display_name, translated("Roles", a.role_label))]
        if self.ctx.desk:
            parts.append(self.tr("工作台：%s") % translated("Desks", DESK_LABELS.get(self.ctx.desk, self.ctx.desk)))
        parts.append(self.tr("社区：%s") % (community_name or self.tr("全部")))
        parts.append(self.tr("数据库：%s") % self.ctx.db.describe())
        self._set_status(parts)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于邻里"), self.tr(
            "邻里 Linli %s\n社区社工站桌面程序：花名册、志愿值班、戒毒康复随访、养老中心、活动与签到。\n"
            "数据保存在本机；多台电脑可共用一个 PostgreSQL 数据库。") % __version__)


class _Welcome(QWidget):
    """What the window shows while no one is signed in."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(APP_TITLE)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 3)
        title.setFont(big)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        subtitle = QLabel(self.tr("社区社工站：花名册 · 志愿值班 · 戒毒康复 · 养老中心 · 活动"))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(subtitle)
        self.message = QLabel()
        self.message.setObjectName("welcome-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        medium = QFont(self.font())
        medium.setPointSizeF(medium.pointSizeF() * 1.4)
        self.message.setFont(medium)
        layout.addWidget(self.message)
        layout.addStretch(3)
