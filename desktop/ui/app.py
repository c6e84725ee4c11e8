"""The GUI's composition root: application, fonts, translations, database, sign-in, main window."""

from __future__ import annotations

import argparse
import os
import sys
import time

from sqlalchemy import select

from desktop import APP_NAME, ORG_NAME
from desktop.core import accounts
from desktop.core.db import Database, resolve_url
from desktop.core.errors import UserError
from desktop.core.instance import InstanceLock, lock_path_for
from desktop.core.migrate import upgrade
from desktop.core.paths import backups_dir, data_dir, default_db_path, settings_file
from desktop.core.security import Actor
from desktop.core.settings_store import MachineSettings
from desktop.roster.models import Building, Community
from desktop.ui.context import AppContext
from desktop.ui.crash import install_excepthook, install_qt_message_log, setup_logging
from desktop.ui.look import install_translators, load_fonts
from desktop.ui.qt import QApplication, QEvent, QMessageBox, QObject, QTimer

_T0 = time.perf_counter()


def desk_context(db: Database, actor: Actor, settings: MachineSettings, desk: str) -> tuple[AppContext, str]:
    """Which community (and building) this desk looks after: the machine's setting, else the user's only one."""
    community_id = building_id = None
    name = ""
    with db.session(actor) as s:
        wanted = settings.get("desk_community")
        row = None
        if wanted:
            row = s.execute(select(Community.id, Community.name).where(Community.name == wanted)).first()
        if row is None and len(actor.community_ids) == 1:
            cid = next(iter(actor.community_ids))
            row = s.execute(select(Community.id, Community.name).where(Community.id == cid)).first()
        if row is not None and actor.in_community(row[0]):
            community_id, name = row[0], row[1]
            label = settings.get("desk_building")
            if label:
                for b in s.scalars(select(Building).where(Building.community_id == community_id)):
                    if b.label == label or b.name == label:
                        building_id = b.id
                        break
            elif desk == "guard":
                from desktop.duty.teams_service import home_building_for

                building_id = home_building_for(s, actor)
            if building_id is not None:
                b = s.get(Building, building_id)
                name = f"{name} · {b.label}" if b is not None else name
    ctx = AppContext(db=db, actor=actor, settings=settings, desk=desk or "", community_id=community_id,
                     building_id=building_id)
    return ctx, name


class Controller(QObject):
    """Sign-in → main window → sign-out/switch user → sign-in, without restarting."""

    def __init__(self, db: Database, settings: MachineSettings, desk: str, username: str | None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.desk = desk
        self.username = username
        self.window = None
        self.actor: Actor | None = None

    def start(self) -> bool:
        from desktop.ui.login_dialog import FirstAdminDialog

        with self.db.session() as s:
            first = not accounts.has_users(s)
        if first:
            dialog = FirstAdminDialog(self.db)
            if not dialog.exec() or dialog.actor is None:
                return False
        return self.sign_in()

    def sign_in(self) -> bool:
        actor = None
        password = os.environ.get("LINLI_PASSWORD")
        if self.username and password:
            with self.db.session() as s:
                actor = accounts.authenticate(s, self.username, password, desk=self.desk)
            self.username = None  # only the first sign-in is automatic
        else:
            from desktop.ui.login_dialog import LoginDialog

            dialog = LoginDialog(self.db, self.desk, self.settings.get("last_user"))
            if not dialog.exec() or dialog.actor is None:
                return False
            actor = dialog.actor
        self.settings.set("last_user", actor.username)
        self.show_main(actor)
        return True

    def show_main(self, actor: Actor) -> None:
        from desktop.ui.main_window import MainWindow

        self.actor = actor
        ctx, community = desk_context(self.db, actor, self.settings, self.desk)
        self.window = MainWindow(ctx, community)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.switch_user_requested.connect(self.sign_out)
        self.window.show()

    def sign_out(self) -> None:
        if self.actor is not None:
            with self.db.session(self.actor) as s:
                accounts.sign_out(s, self.actor)
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.actor = None
        if not self.sign_in():
            QApplication.quit()

    def on_quit(self) -> None:
        if self.actor is not None:
            with self.db.session(self.actor) as s:
                accounts.sign_out(s, self.actor)
            self.actor = None


class _FirstPaint(QObject):
    """For the start-up benchmark: report the first paint of the main window and, with `wait_ready`,
    the moment its first page has read its data; then quit."""

    def __init__(self, window: QObject, wait_ready: bool) -> None:
        super().__init__(window)
        self.wait_ready = wait_ready

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.perf_counter() - _T0:.4f}", flush=True)
            obj.removeEventFilter(self)
            page = obj.page(obj.current_key()) if hasattr(obj, "page") else None
            if self.wait_ready and hasattr(page, "ready") and not getattr(page, "loaded", True):
                page.ready.connect(self._ready)
            else:
                QTimer.singleShot(0, self._ready)
        return False

    def _ready(self) -> None:
        print(f"ready {time.perf_counter() - _T0:.4f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    setup_logging()
    install_excepthook()
    install_qt_message_log()
    settings = MachineSettings(settings_file())
    install_translators(app, args.lang or settings.get("language"))
    load_fonts(app, settings.get("font_scale"))
    db = Database(resolve_url(args.db, default_db_path()))
    lock = InstanceLock(lock_path_for(db.describe(), db.sqlite_path, data_dir()))
    try:
        lock.acquire()
        upgrade(db, backups_dir() if db.sqlite_path else None)
    except UserError as exc:
        QMessageBox.critical(None, "邻里", exc.message)
        return 1
    controller = Controller(db, settings, args.desk or settings.get("last_desk"), getattr(args, "user", None))
    if args.desk:
        settings.set("last_desk", args.desk)
    try:
        if not controller.start():
            return 0
        if os.environ.get("LINLI_EXIT_AFTER_PAINT") and controller.window is not None:
            wait = os.environ["LINLI_EXIT_AFTER_PAINT"] == "ready"
            controller.window.installEventFilter(_FirstPaint(controller.window, wait))
        app.aboutToQuit.connect(controller.on_quit)
        return app.exec()
    except UserError as exc:
        QMessageBox.critical(None, "邻里", exc.message)
        return 1
    finally:
        lock.release()
        db.dispose()
