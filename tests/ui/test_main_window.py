"""Main window, sign-in dialogs and the desk routing, offscreen."""

from __future__ import annotations

import pytest

from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.ui.context import AppContext
from desktop.ui.login_dialog import FirstAdminDialog, LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import first_page, pages_for
from desktop.ui.qt import QApplication
from tests import helpers

pytestmark = pytest.mark.gui


def _ctx(db, actor, tmp_path, desk="") -> AppContext:
    return AppContext(db=db, actor=actor, settings=MachineSettings(tmp_path / "s.json"), desk=desk)


@pytest.mark.parametrize("role, visible, hidden", [
    (Role.DUTY_VOLUNTEER, {"today", "duty", "settings"}, {"rehab", "roster", "elder"}),
    (Role.RECEPTION, {"today", "elder", "activities"}, {"rehab", "duty"}),
    (Role.REHAB_WORKER, {"rehab", "today"}, {"elder"}),
    (Role.ADMIN, {"settings", "reports", "roster"}, {"rehab"}),
    (Role.SUPERVISOR, {"rehab", "reports", "roster", "elder"}, set()),
])
def test_navigation_shows_only_allowed_pages(sqlite_db, role, visible, hidden) -> None:
    helpers.community(sqlite_db)
    actor = helpers.actor(sqlite_db, "u", role, ["西湖社区"]) if role != Role.ADMIN else helpers.admin(sqlite_db)
    keys = {p.key for p in pages_for(actor)}
    assert visible <= keys and not (hidden & keys)


def test_desk_opens_its_page_first(sqlite_db) -> None:
    helpers.community(sqlite_db)
    duty = helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"])
    rec = helpers.actor(sqlite_db, "rec", Role.RECEPTION, ["西湖社区"])
    assert first_page(duty, "guard") == "duty"
    assert first_page(rec, "reception") == "elder"
    assert first_page(rec, "rehab") == "today"  # not allowed there: falls back


def test_main_window_status_bar_and_settings_page(qtbot, sqlite_db, tmp_path) -> None:
    admin = helpers.admin(sqlite_db)
    window = MainWindow(_ctx(sqlite_db, admin, tmp_path, desk="office"), "西湖社区")
    qtbot.addWidget(window)
    from desktop.ui.qt import QLabel
    text = " ".join(w.text() for w in window.statusBar().findChildren(QLabel, "status-part"))
    assert "管理员" in text and "社工办公室" in text and "西湖社区" in text and str(sqlite_db.sqlite_path) in text
    window.open_page("settings")
    assert window.current_key() == "settings"
    page = window.page("settings")
    assert page.users_model.column_texts(0) == ["admin"]


def test_first_admin_dialog_creates_the_administrator(qtbot, sqlite_db) -> None:
    dialog = FirstAdminDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.display.setText("系统管理员")
    dialog.password.setText("Abc-2026-xy")
    dialog.repeat.setText("Abc-2026-xX")
    dialog._submit()
    assert dialog.actor is None and "不一致" in dialog.message.text()
    dialog.repeat.setText("Abc-2026-xy")
    dialog._submit()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN


def test_login_dialog_refuses_a_wrong_password_and_keeps_the_name(qtbot, sqlite_db) -> None:
    helpers.admin(sqlite_db)
    dialog = LoginDialog(sqlite_db, desk="office")
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("nope")
    dialog._submit()
    assert dialog.actor is None and "不正确" in dialog.message.text()
    assert dialog.username.text() == "admin"
    dialog.password.setText(helpers.PASSWORD)
    dialog._submit()
    assert dialog.actor is not None and dialog.actor.desk == "office"


def test_sign_out_and_switch_user_without_restarting(qtbot, sqlite_db, monkeypatch, tmp_path) -> None:
    from desktop.ui import app as app_module

    helpers.community(sqlite_db)
    helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"])
    settings = MachineSettings(tmp_path / "s.json")
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    controller = app_module.Controller(sqlite_db, settings, "guard", "duty")
    assert controller.start()
    first = controller.window
    assert first is not None and controller.actor.username == "duty"
    assert first.current_key() == "duty" or "duty" not in first.keys()

    class FakeLogin:
        def __init__(self, db, desk, last_user, parent=None, url=""):  # noqa: ANN001
            from desktop.core import accounts
            self.db = db
            with db.session() as s:
                self.actor = accounts.authenticate(s, "admin", helpers.PASSWORD, desk=desk)

        def exec(self) -> int:
            return 1

    monkeypatch.setattr("desktop.ui.login_dialog.LoginDialog", FakeLogin)
    controller.sign_out()
    assert controller.actor.username == "admin" and controller.window is first   # the same window
    assert first.ctx.actor.username == "admin" and "settings" in first.keys()
    assert first.sign_out_action.isEnabled()
    controller.on_quit()
    from sqlalchemy import select
    from desktop.core.audit import AuditEntry
    with sqlite_db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "users")
                            .order_by(AuditEntry.at)).all()
    assert actions.count("logout") == 2
    controller.window.close()


def test_second_instance_on_the_same_database_is_refused(sqlite_db, tmp_path) -> None:
    from desktop.core.errors import SingleInstanceError
    from desktop.core.instance import InstanceLock, lock_path_for

    path = lock_path_for(sqlite_db.describe(), sqlite_db.sqlite_path, tmp_path)
    with InstanceLock(path):
        import subprocess
        import sys
        code = ("from pathlib import Path; from desktop.core.instance import InstanceLock; "
                f"InstanceLock(Path({str(path)!r})).acquire()")
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode != 0 and "SingleInstanceError" in proc.stderr
        with pytest.raises(SingleInstanceError, match="已经在运行"):
            InstanceLock(path).acquire()
    InstanceLock(path).acquire()


def test_a_start_while_the_last_window_makes_its_exit_copy_is_told_to_wait(qtbot, sqlite_db, monkeypatch,
                                                                          tmp_path) -> None:  # noqa: ANN001
    """The window is closed and the exit's copy is being made (a million people's takes seconds): a start
    on the same database meanwhile is told so — not to switch to a window that is no longer there."""
    from desktop.core.errors import SingleInstanceError
    from desktop.core.instance import InstanceLock, lock_path_for
    from desktop.ui import app as app_module

    helpers.admin(sqlite_db)
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    monkeypatch.setattr(app_module, "backups_dir", lambda: tmp_path / "backups")
    lock = InstanceLock(lock_path_for(sqlite_db.describe(), sqlite_db.sqlite_path, tmp_path))
    lock.acquire()
    try:
        controller = app_module.Controller(sqlite_db, MachineSettings(tmp_path / "s.json"), "office", "admin")
        controller.instance_lock = lock
        assert controller.start()
        with pytest.raises(SingleInstanceError, match="已经在运行"):
            InstanceLock(lock.path).acquire()
        controller.backed_up = True
        monkeypatch.setattr(app_module, "EXIT_NOTE_BYTES", 0)   # as large as a street's roster
        controller.on_quit()                               # signs out, makes the exit's copy
        with pytest.raises(SingleInstanceError, match="正在退出前备份数据库"):
            InstanceLock(lock.path).acquire()
        assert controller.exit_note_shown                  # a note said why the program lingers …
        assert not [w for w in QApplication.topLevelWidgets()
                    if w.isVisible() and "正在备份数据库" in str(getattr(w, "text", lambda: "")())]  # … until done
        controller.scheduled_backup("exit")                # nothing changed since that copy: none, and no note
        assert not controller.exit_note_shown
        controller.window.close()
    finally:
        lock.release()
    InstanceLock(lock.path).acquire()


def test_guard_desk_defaults_to_the_volunteers_building(sqlite_db, tmp_path) -> None:
    from desktop.core.security import SYSTEM
    from desktop.duty.models import DutyMember, DutyTeam
    from desktop.roster.models import Building
    from desktop.ui.app import desk_context

    cid = helpers.community(sqlite_db)
    duty = helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"], display_name="陈富森")
    with sqlite_db.session(SYSTEM) as s:
        b = Building(community_id=cid, estate="西湖花园", name="6号楼")
        s.add(b)
        s.flush()
        team = DutyTeam(community_id=cid, building_id=b.id, name="西湖花园6号楼志愿服务队")
        s.add(team)
        s.flush()
        s.add(DutyMember(team_id=team.id, user_id=duty.id, name="陈富森", is_captain=True))
        building_id = b.id
    settings = MachineSettings(tmp_path / "s.json")
    ctx, label = desk_context(sqlite_db, duty, settings, "guard")
    assert ctx.community_id == cid and ctx.building_id == building_id and label == "西湖社区 · 西湖花园6号楼"
    ctx, label = desk_context(sqlite_db, duty, settings, "office")
    assert ctx.building_id is None and label == "西湖社区"


def test_the_window_opens_before_anyone_signs_in_and_empties_on_sign_out(qtbot, sqlite_db, tmp_path) -> None:
    from desktop.ui.qt import QLabel

    window = MainWindow(desk="guard", db_label="/data/linli.db")
    qtbot.addWidget(window)
    status = " ".join(w.text() for w in window.statusBar().findChildren(QLabel, "status-part"))
    assert "值班室" in status and "/data/linli.db" in status
    assert window.welcome.message.text() == "正在打开数据库…" and window.keys() == []
    assert not window.sign_out_action.isEnabled() and window.go_menu.actions() == []
    admin = helpers.admin(sqlite_db)
    window.attach(_ctx(sqlite_db, admin, tmp_path, desk="office"), "西湖社区")
    assert "settings" in window.keys() and window.current_key() == "today"
    assert len(window.go_menu.actions()) == len(window.keys()) and window.outer.currentIndex() == 1
    window.page("settings")
    window.detach("已注销")
    assert window.keys() == [] and window.pages == {} and window.stack.count() == 0
    assert window.welcome.message.text() == "已注销" and window.outer.currentIndex() == 0
    status = " ".join(w.text() for w in window.statusBar().findChildren(QLabel, "status-part") if not w.isHidden())
    assert "管理员" not in status and str(sqlite_db.sqlite_path) in status


def test_the_window_module_loads_without_the_data_layer() -> None:
    """What paints the first window (the shell and the registrations it reads) must not wait for SQLAlchemy
    (most of a start's time)."""
    import subprocess
    import sys

    code = "import sys, desktop.ui.app, desktop.modules; print(sorted(m for m in sys.modules if m.split('.')[0] in " \
           "('sqlalchemy', 'argon2', 'alembic', 'reportlab', 'openpyxl')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_start_paints_the_window_then_signs_in(sqlite_db, tmp_path) -> None:
    import os
    import subprocess
    import sys

    helpers.admin(sqlite_db)
    env = dict(os.environ, LINLI_DATA_DIR=str(tmp_path), LINLI_PASSWORD=helpers.PASSWORD,
               LINLI_EXIT_AFTER_PAINT="ready", QT_QPA_PLATFORM="offscreen")
    path = str(sqlite_db.sqlite_path)
    sqlite_db.dispose()
    proc = subprocess.run([sys.executable, "main.py", "--db", path, "--desk", "office", "--user", "admin"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    marks = [line.split()[0] for line in proc.stdout.splitlines()]
    assert marks == ["first-paint", "signed-in", "ready"], proc.stdout
