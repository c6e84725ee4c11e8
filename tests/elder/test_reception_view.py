"""The reception view, driven by the keyboard alone."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.core.settings_store import MachineSettings
from desktop.elder.views.elder_page import ElderPage
from desktop.ui.context import AppContext
from desktop.ui.qt import Qt
from tests.elder.conftest import World

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _settings() -> MachineSettings:
    return MachineSettings(Path(tempfile.mkdtemp()) / "settings.json")


def _ctx(world: World, desk: str = "reception") -> AppContext:
    return AppContext(db=world.db, actor=world.reception, settings=_settings(), desk=desk)


def test_scan_enter_checks_in_and_counts_update(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    w.member("陈福森", "13802341111")
    w.member("陈芳素", "13902341111")
    page = ElderPage(_ctx(w))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    view = page.reception
    assert page.tabs.currentWidget() is view
    assert view.arrivals == 0
    qtbot.keyClicks(view.input, "QC000001")
    qtbot.keyClick(view.input, Qt.Key_Return)
    assert view.arrivals == 1 and view.lunches == 0
    assert "潘美兰" in view.flash.text() and "签到成功" in view.flash.text()
    assert view.input.text() == ""
    assert view.table.rowCount() == 1 and view.table.item(0, 2).text() == "潘美兰"
    # Space on the empty field turns lunch on; the same member again is shown, not doubled.
    qtbot.keyClick(view.input, Qt.Key_Space)
    assert view.lunch.isChecked()
    qtbot.keyClicks(view.input, "qc000001")
    qtbot.keyClick(view.input, Qt.Key_Return)
    assert "已签到" in view.flash.text()
    assert (view.arrivals, view.lunches) == (1, 1)
    # Ambiguous phone tail: candidates, arrow down + Enter picks one.
    qtbot.keyClick(view.input, Qt.Key_F2)
    assert view.lunch.isChecked()
    qtbot.keyClicks(view.input, "1111")
    qtbot.keyClick(view.input, Qt.Key_Return)
    assert view.candidates.isVisible() and view.candidates.count() == 2
    qtbot.wait(50)
    page.grab().save("/tmp/elder-candidates.png")
    qtbot.keyClick(view.input, Qt.Key_Down)
    assert view.candidates.hasFocus() or view.candidates.currentRow() == 0
    picked = view.candidates.currentItem().text()
    qtbot.keyClick(view.candidates, Qt.Key_Return)
    assert not view.candidates.isVisible()
    assert (view.arrivals, view.lunches) == (2, 2)
    assert picked.split()[1] in view.flash.text()
    qtbot.wait(50)
    page.grab().save("/tmp/elder-reception.png")


def test_flagged_member_needs_enter_to_confirm(qtbot, sqlite_world: World) -> None:
    from datetime import date
    w = sqlite_world
    w.member("黄少珍", "13800001234", valid_until=date(2020, 6, 30))
    page = ElderPage(_ctx(w))
    qtbot.addWidget(page)
    page.show()
    view = page.reception
    qtbot.keyClicks(view.input, "1234")
    qtbot.keyClick(view.input, Qt.Key_Return)
    assert "已过期" in view.flash.text() and view.arrivals == 0
    qtbot.keyClick(view.input, Qt.Key_Return)
    assert view.arrivals == 1 and "签到成功" in view.flash.text()


def test_office_desk_opens_members_tab(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    page = ElderPage(AppContext(db=w.db, actor=w.worker, settings=_settings(), desk="office"))
    qtbot.addWidget(page)
    assert page.tabs.currentWidget() is page.members
    assert page.members.model.rowCount() == 1
    page.resize(1280, 800)
    page.grab().save("/tmp/elder-members.png")
