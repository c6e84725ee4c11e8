"""The GUI's composition root: application, fonts, translations, database, sign-in, main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, ORG_NAME, modules
from desktop.core.errors import UserError
from desktop.core.instance import CLOSING, InstanceLock, lock_path_for
from desktop.core.machine_settings import MachineSettings
from desktop.core.messages import shown
from desktop.core.paths import backups_dir, data_dir, default_db_path, settings_file
from desktop.ui.context import AppContext
from desktop.ui.crash import install_excepthook, install_qt_message_log, setup_logging
from desktop.ui.idle_lock import DeskLock
from desktop.ui.look import install_translators, load_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication, QEvent, QEventLoop, QLabel, QMessageBox, QObject, QTimer
from desktop.core.module_spec import load

if TYPE_CHECKING:       # the data layer is imported after the window has painted (see run_gui)
    from desktop.core.db import Database
    from desktop.core.security import Actor

_T0 = time.perf_counter()
# A database this large takes a second or more to copy at exit (a million people's 2.8 GiB: 11 s): the
# window has closed, so a note says what is still running.
EXIT_NOTE_BYTES = 256 * 1024 * 1024


def desk_context(db: Database, actor: Actor, settings: MachineSettings, desk: str) -> tuple[AppContext, str]:
    """Which community (and building) this desk looks after: the machine's setting, else the user's only one;
    the building from the module that knows buildings and guard desks (its `desk_building`)."""
    from desktop.core.communities import desk_community  # deferred: the window paints first

    community_id = building_id = None
    name = ""
    with db.session(actor) as s:
        found = desk_community(s, actor, settings.get("desk_community"))
        if found is not None:
            community_id, name = found
            for path in modules.desk_buildings():
                building = load(path)(s, actor, community_id, settings.get("desk_building") or "", desk)
                if building is not None:
                    building_id, label = building
                    name = f"{name} · {label}"
                    break
    ctx = AppContext(db=db, actor=actor, settings=settings, desk=desk or "", community_id=community_id,
                     building_id=building_id)
    return ctx, name


class Controller(QObject):
    """Sign-in → the window filled for that user → sign-out/switch user → sign-in, without restarting.
    The window is made once (`window`, or a new one) and stays for the whole run."""

    def __init__(self, db: Database | None, settings: MachineSettings, desk: str, username: str | None,
                 window: MainWindow | None = None, url: str = "") -> None:
        super().__init__()
        self.db = db                  # None until a sign-in opens an encrypted (or new) database
        self.url = url or (db.url if db is not None else "")
        self.settings = settings
        self.desk = desk
        self.username = username
        self.window = window or MainWindow(desk=desk, db_label=db.describe() if db is not None else "")
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.switch_user_requested.connect(self.sign_out)
        self.actor: Actor | None = None
        self.lock = DeskLock(self.window, settings, desk, self._authenticate, self.switch_to)
        self.backed_up = False
        self.backup_thread: threading.Thread | None = None
        self.instance_lock: InstanceLock | None = None   # told CLOSING while the exit's copy is made
        self.exit_note_shown = False

    def _authenticate(self, username: str, password: str) -> Actor:
        """A sign-in (also at the idle lock): opens an encrypted database the first time, within the
        limits on failed attempts."""
        from desktop.core import signin  # deferred: the window paints first
        from desktop.core.db import sqlite_file  # deferred: the window paints first

        done = signin.sign_in(self.url, username, password, desk=self.desk,
                              backups=backups_dir() if sqlite_file(self.url) else None, db=self.db)
        self.db = done.db
        return done.actor

    def scheduled_backup(self, when: str) -> None:
        """The day's first start (in the background, after the first page has loaded) and each exit after a
        change: a verified, rotated copy (desktop.core.backup_schedule)."""
        from desktop.core.backup_schedule import exit_copy_due, safe_auto_backup  # deferred: the window paints first

        if self.db is None or self.db.sqlite_path is None:
            return
        args = (self.db, backups_dir(), self.settings.get("backup_copy_dir"), when)
        if when == "start":
            self.backup_thread = threading.Thread(target=safe_auto_backup, args=args, daemon=True)
            self.backup_thread.start()
            return
        if self.instance_lock is not None:    # a start meanwhile is told to wait, not to find a window
            self.instance_lock.mark(CLOSING)
        if self.backup_thread is not None:
            self.backup_thread.join()
        note = None                           # the window is gone: a long copy says why we linger
        path = self.db.sqlite_path
        try:
            long_copy = path.stat().st_size >= EXIT_NOTE_BYTES and exit_copy_due(self.db, backups_dir())
        except Exception:                     # noqa: BLE001 — only whether to show the note: the copy reports its own
            long_copy = False
        if long_copy:
            self.lock.timer.stop()
            note = QLabel(self.tr("正在备份数据库，完成后邻里自动退出…"))
            note.setWindowTitle("邻里")
            note.setMargin(24)
            note.show()
            for _ in range(3):
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.exit_note_shown = note is not None
        try:
            safe_auto_backup(*args)
        finally:
            if note is not None:
                note.close()

    def switch_to(self, actor: Actor) -> None:
        """Another user signed in at the lock: the previous one is signed out, the window is theirs."""
        from desktop.core import accounts  # deferred: the window paints first

        if self.actor is not None and self.db is not None:
            with self.db.session(self.actor) as s:
                accounts.sign_out(s, self.actor)
        self.window.detach()
        self.settings.set("last_user", actor.username)
        self.show_main(actor)

    def start(self) -> bool:
        from desktop.core import accounts, signin  # deferred: the window paints first
        from desktop.core.db import sqlite_file  # deferred: the window paints first
        from desktop.ui.login_dialog import FirstAdminDialog, RecoveryCodeDialog  # deferred: the window paints first

        self.window.show()
        if self.db is None:
            first = signin.is_new(self.url)
        else:
            with self.db.session() as s:
                first = not accounts.has_users(s)
        if first:
            self.window.show_message(self.tr("请建立管理员账号"))
            dialog = FirstAdminDialog(self.db, self.window, url=self.url)
            gc.enable()                  # (disabled while the start loads; a person is typing now)
            if not dialog.exec() or dialog.actor is None:
                return False
            self.db = dialog.db
            if dialog.recovery_code:
                RecoveryCodeDialog(dialog.recovery_code, sqlite_file(self.url), self.window).exec()
        return self.sign_in()

    def sign_in(self) -> bool:
        actor = None
        password = os.environ.get("LINLI_PASSWORD")
        if self.username and password:
            self.window.show_message(self.tr("正在登录 %s…") % self.username)
            actor = self._authenticate(self.username, password)
            self.username = None  # only the first sign-in is automatic
        else:
            from desktop.ui import login_dialog  # deferred: the window paints first

            self.window.show_message(self.tr("请登录"))
            dialog = login_dialog.LoginDialog(self.db, self.desk, self.settings.get("last_user"), self.window,
                                              url=self.url)
            gc.enable()
            if not dialog.exec() or dialog.actor is None:
                return False
            self.db, actor = dialog.db, dialog.actor
        self.settings.set("last_user", actor.username)
        self.show_main(actor)
        return True

    def show_main(self, actor: Actor) -> None:
        assert self.db is not None
        self.actor = actor
        ctx, community = desk_context(self.db, actor, self.settings, self.desk)
        self.window.attach(ctx, community)
        self.window.show()
        if not self.backed_up:
            self.backed_up = True
            QTimer.singleShot(3000, lambda: self.scheduled_backup("start"))

    def sign_out(self) -> None:
        from desktop.core import accounts  # deferred: the window paints first

        if self.actor is not None and self.db is not None:
            with self.db.session(self.actor) as s:
                accounts.sign_out(s, self.actor)
        self.window.detach(self.tr("已注销"))
        self.actor = None
        if not self.sign_in():
            QApplication.quit()

    def on_quit(self) -> None:
        from desktop.core import accounts  # deferred: the window paints first

        if self.actor is not None and self.db is not None:
            with self.db.session(self.actor) as s:
                accounts.sign_out(s, self.actor)
            self.actor = None
        if self.backed_up:
            self.scheduled_backup("exit")


class _Painted(QObject):
    """Calls `then` once, right after the window's first paint (or after `fallback_ms` if it never
    paints, e.g. started minimised). With LINLI_EXIT_AFTER_PAINT (the start-up benchmark) it prints
    when the window first painted, when the signed-in user's page painted, and (=ready) when the
    今日 page has read its data; then quits."""

    def __init__(self, window: MainWindow, then: object, fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        self.done = False
        self.painted = False
        self.report = os.environ.get("LINLI_EXIT_AFTER_PAINT", "")
        self.signed_in = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._go)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.painted:
            self.painted = True
            if self.report:
                print(f"first-paint {time.perf_counter() - _T0:.4f}", flush=True)
            QTimer.singleShot(0, self._go)
        if self.report and self.window.ctx is not None and not self.signed_in:
            self.signed_in = True
            print(f"signed-in {time.perf_counter() - _T0:.4f}", flush=True)
            page = self.window.page(self.window.current_key())
            if self.report == "ready" and hasattr(page, "ready") and not getattr(page, "loaded", True):
                page.ready.connect(self._ready)
            else:
                QTimer.singleShot(0, self._ready)
        if not self.report or self.signed_in:
            obj.removeEventFilter(self)
        return False

    def _go(self) -> None:
        if not self.done:
            self.done = True
            self.then()  # type: ignore[operator]

    def _ready(self) -> None:
        print(f"ready {time.perf_counter() - _T0:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def _sqlite_file(db: str | None) -> Path | None:
    """The SQLite file `--db` names (or the default one); None for a server URL."""
    if db and "://" in db:
        return Path(db.split(":///", 1)[1]).resolve() if db.startswith("sqlite:///") else None
    return Path(db).resolve() if db else default_db_path().resolve()


def _open_database(args: argparse.Namespace, lock: InstanceLock | None) -> tuple[Database | None, InstanceLock, str]:
    """Import the data layer, take the one-instance lock (if not taken yet), and open the database
    and bring its schema up to date (after a verified backup) — unless it is encrypted or not made yet:
    then the sign-in (or the first-start dialog) opens it."""
    from desktop.core import signin  # deferred: the window paints first
    from desktop.core.db import Database, resolve_url, sqlite_file  # deferred: the window paints first
    from desktop.core.migrate import upgrade  # deferred: the window paints first

    url = resolve_url(args.db, default_db_path())
    path = sqlite_file(url)
    if lock is None:
        label = str(path) if path is not None else Database(url).describe()
        lock = InstanceLock(lock_path_for(label, path, data_dir()))
        lock.acquire()
    if path is not None and (signin.needs_password(url) or signin.is_new(url)):
        path.parent.mkdir(parents=True, exist_ok=True)
        return None, lock, url
    db = Database(url)
    upgrade(db, backups_dir() if db.sqlite_path else None)
    return db, lock, url


def run_gui(args: argparse.Namespace) -> int:
    """The window paints first — the desk, the database, 正在打开数据库… — and the data layer (the
    slowest part of a start) loads right after; sign-in and the pages follow in the same window."""
    gc.disable()                        # a start makes many long-lived objects: collect once, after
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    setup_logging()
    install_excepthook()
    install_qt_message_log()
    settings = MachineSettings(settings_file())
    install_translators(app, args.lang or settings.get("language"))
    load_fonts(app, settings.get("font_scale"))
    desk = args.desk or settings.get("last_desk")
    if args.desk:
        settings.set("last_desk", args.desk)
    sqlite_file = _sqlite_file(args.db)
    lock: InstanceLock | None = None
    if sqlite_file is not None:          # a second start on the same file stops here, before any window
        lock = InstanceLock(lock_path_for(str(sqlite_file), sqlite_file, data_dir()))
        try:
            lock.acquire()
        except UserError as exc:
            gc.enable()
            QMessageBox.critical(None, "邻里", shown(exc))
            return 1
    window = MainWindow(desk=desk, db_label=str(sqlite_file) if sqlite_file else "")
    state: dict[str, object] = {}

    def boot() -> None:
        try:
            db, state["lock"], url = _open_database(args, lock)
            controller = Controller(db, settings, desk, getattr(args, "user", None), window, url=url)
            controller.instance_lock = state["lock"] if isinstance(state["lock"], InstanceLock) else None
            state["controller"] = controller
            app.aboutToQuit.connect(controller.on_quit)
            if not controller.start():
                QApplication.quit()
        except UserError as exc:
            state["failed"] = True
            QMessageBox.critical(window, "邻里", shown(exc))
            QApplication.quit()
        finally:
            gc.enable()
            gc.freeze()                  # what the start made stays: later collections skip it

    state["lock"] = lock
    _Painted(window, boot)
    window.show()
    try:
        code = app.exec()
        return 1 if state.get("failed") else code
    finally:
        taken = state.get("lock")
        if isinstance(taken, InstanceLock):
            taken.release()
        controller = state.get("controller")
        db = getattr(controller, "db", None)
        if db is not None:
            db.dispose()
