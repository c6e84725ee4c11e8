"""The desk locks itself: after the desk's idle time (guard 3 min, reception 5, office 10) or at once
with 锁屏 / Ctrl+L the window shows no data and asks for the password; an open dialog is covered, not
closed, and what was typed into it survives; another user may sign in instead. (Before: nothing
locked an unattended desk.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.machine_settings import idle_lock_minutes
from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.ui.idle_lock import LOCKED_TITLE, CoverSheet
from desktop.ui.qt import QApplication, QLineEdit, QPushButton, Qt, QTimer
from tests import helpers

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
NOTE = "22:40 巡楼：6号楼3楼消防门被杂物堵住，已通知物业"


@pytest.fixture
def desk(qtbot, sqlite_db, tmp_path, monkeypatch):
    """The guard desk's window, the volunteer 陈富森 signed in; the administrator also has an account."""
    from desktop.ui import app as app_module
    from desktop.ui.look import load_fonts

    load_fonts(QApplication.instance())
    helpers.community(sqlite_db)
    helpers.actor(sqlite_db, "duty", Role.DUTY_VOLUNTEER, ["西湖社区"], display_name="陈富森")
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    controller = app_module.Controller(sqlite_db, MachineSettings(tmp_path / "s.json"), "guard", "duty")
    qtbot.addWidget(controller.window)
    assert controller.start()
    yield controller
    controller.lock.prompt.hide()
    controller.window.close()


def _page_widgets(window) -> list:  # noqa: ANN001
    return [w for w in window.pages.values()]


def _assert_locked(controller) -> None:  # noqa: ANN001
    window, lock = controller.window, controller.lock
    assert lock.locked and window.outer.currentWidget() is lock.cover
    assert _page_widgets(window) and not any(w.isVisible() for w in _page_widgets(window))
    assert not window.nav.isVisible() and lock.prompt.isVisible() and lock.prompt.isModal()
    assert QApplication.activeModalWidget() is lock.prompt
    assert lock.prompt.username.text() == "duty" and lock.prompt.password.text() == ""


def test_guard_desk_locks_after_three_idle_minutes_and_the_dialog_survives(qtbot, desk, desk_clock) -> None:
    from desktop.duty.views.guard_desk import LogDialog

    window, lock = desk.window, desk.lock
    assert idle_lock_minutes(desk.settings, "guard") == 3 and lock.limit_seconds() == 180
    dialog = LogDialog(window)
    seen: dict[str, object] = {}

    def at_the_desk() -> None:
        try:
            dialog.text.setPlainText(NOTE)
            qtbot.keyClicks(dialog.text, " 22:45")                  # typing is activity
            desk_clock.advance(minutes=2, seconds=50)
            assert not lock.check()
            qtbot.keyClick(dialog.text, Qt.Key.Key_Space)           # one key: the idle time starts again
            desk_clock.advance(minutes=2, seconds=50)
            assert not lock.check() and not lock.locked
            desk_clock.advance(seconds=11)
            assert lock.check()
            _assert_locked(desk)
            sheet = dialog.findChild(CoverSheet)
            assert sheet is not None and sheet.isVisible() and sheet.geometry() == dialog.rect()
            assert dialog.isVisible() and dialog.windowTitle() == LOCKED_TITLE    # covered, not closed
            window.grab().save(str(SHOTS / "lock-window.png"))
            lock.prompt.grab().save(str(SHOTS / "lock-prompt.png"))
            dialog.grab().save(str(SHOTS / "lock-dialog.png"))
            assert not lock.check()                                  # already locked: nothing more
            lock.prompt.password.setText("wrong-password")
            assert not lock.try_unlock()
            seen["refused"] = lock.prompt.message.text()
            lock.prompt.grab().save(str(SHOTS / "lock-refused.png"))
            assert lock.locked and lock.prompt.isVisible() and dialog.findChild(CoverSheet).isVisible()
            qtbot.keyClicks(lock.prompt.password, helpers.PASSWORD)
            qtbot.keyClick(lock.prompt.password, Qt.Key.Key_Return)
            assert not lock.locked and not lock.prompt.isVisible()
            assert window.outer.currentIndex() == 1 and window.current_key() == "duty"
            seen["text"] = dialog.text.toPlainText()
            seen["title"] = dialog.windowTitle()
            seen["covered"] = [s for s in dialog.findChildren(CoverSheet) if s.isVisible()]
            seen["modal"] = QApplication.activeModalWidget()
        finally:
            dialog.reject()

    QTimer.singleShot(0, at_the_desk)
    dialog.exec()
    assert seen["refused"] == "用户名或密码不正确"
    assert seen["text"] == " 22:45 " + NOTE and seen["title"] == "写值班日志" and seen["covered"] == []
    assert seen["modal"] is dialog                                   # the dialog is the one to answer again
    with desk.db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "users",
                                                            AuditEntry.actor_name == "duty")).all()
    assert actions.count("login_failed") == 1 and actions.count("login") == 3     # made, signed in, unlocked


def test_lock_button_and_ctrl_l_lock_at_once(qtbot, desk) -> None:
    window, lock = desk.window, desk.lock
    button = window.findChild(QPushButton, "lock-button")
    assert button.isVisible() and button.text() == "锁屏 (Ctrl+L)"
    window.grab().save(str(SHOTS / "lock-button.png"))
    button.click()
    _assert_locked(desk)
    lock.prompt.password.setText(helpers.PASSWORD)
    assert lock.try_unlock() and not lock.locked
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    if not lock.locked:                   # the offscreen platform may not give the window focus
        window.lock_action.trigger()
    _assert_locked(desk)


def test_another_user_signs_in_at_the_lock(qtbot, desk, sqlite_db) -> None:
    from desktop.duty.views.guard_desk import LogDialog

    window, lock = desk.window, desk.lock
    helpers.actor(sqlite_db, "sup", Role.SUPERVISOR, display_name="曾督导")
    dialog = LogDialog(window)
    results: dict[str, object] = {}

    def switch() -> None:
        try:
            dialog.text.setPlainText(NOTE)
            lock.lock()
            lock.prompt.username.setText("sup")
            lock.prompt.password.setText(helpers.PASSWORD)
            results["ok"] = lock.try_unlock()
        finally:
            if dialog.isVisible():
                dialog.accept()

    QTimer.singleShot(0, switch)
    results["exec"] = dialog.exec()
    assert results == {"ok": True, "exec": 0}                        # the volunteer's dialog closed unsaved
    assert desk.actor.username == "sup" and window.ctx.actor.username == "sup"
    assert "rehab" in window.keys() and not lock.locked and window.outer.currentIndex() == 1
    assert desk.settings.get("last_user") == "sup"
    with desk.db.session() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.actor_name).where(AuditEntry.entity == "users")).all()
    assert ("logout", "duty") in rows and ("login", "sup") in rows


def test_each_desk_has_its_idle_time_set_in_settings(qtbot, sqlite_db, tmp_path, desk_clock) -> None:
    from desktop.ui.app import Controller

    desk_clock.at(2026, 11, 18, 9, 30)       # stopped: a loaded machine's slow second must not count as idle time
    settings = MachineSettings(tmp_path / "s.json")
    assert {d: idle_lock_minutes(settings, d) for d in ("guard", "reception", "rehab", "office", "")} == \
        {"guard": 3, "reception": 5, "rehab": 5, "office": 10, "": 10}
    admin = helpers.admin(sqlite_db)
    controller = Controller(sqlite_db, settings, "reception", None)
    qtbot.addWidget(controller.window)
    controller.window.show()
    controller.show_main(admin)
    controller.window.open_page("settings")
    page = controller.window.page("settings")
    assert page.idle_lock["reception"].value() == 5 and page.idle_lock["reception"].isEnabled()
    page.idle_lock["reception"].setValue(2)
    assert MachineSettings(tmp_path / "s.json").get("idle_lock.reception") == 2
    lock = controller.lock
    desk_clock.advance(minutes=1, seconds=59)
    assert not lock.check()
    desk_clock.advance(seconds=2)
    assert lock.check() and lock.locked
    assert not any(isinstance(w, QLineEdit) and w.isVisible() and w.window() is controller.window
                   for w in QApplication.allWidgets())                 # no field of the settings page shows
    lock.prompt.hide()
    controller.window.close()


def test_a_volunteer_cannot_lengthen_the_lock(qtbot, desk) -> None:
    desk.window.open_page("settings")
    page = desk.window.page("settings")
    assert not page.idle_lock["guard"].isEnabled()
