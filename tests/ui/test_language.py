"""The English translation switches the interface; Chinese is the source language."""

from __future__ import annotations

import pytest

from desktop.core.paths import resources_dir
from desktop.core.settings_store import MachineSettings
from desktop.ui.context import AppContext
from desktop.ui.look import install_translators
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication
from tests import helpers

pytestmark = pytest.mark.gui


def _nav(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_english_translation_switches_navigation_and_menus(qtbot, sqlite_db, tmp_path) -> None:
    assert (resources_dir() / "translations" / "linli_en.qm").exists(), "run `make test` (it compiles the .qm)"
    admin = helpers.admin(sqlite_db)
    ctx = AppContext(db=sqlite_db, actor=admin, settings=MachineSettings(tmp_path / "s.json"))
    app = QApplication.instance()
    try:
        install_translators(app, "en")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert _nav(window)[:2] == ["Today", "Roster"]
        assert "Settings" in _nav(window)
        assert window.menuBar().actions()[0].text() == "&Account"
    finally:
        install_translators(app, "zh_CN")
    window_zh = MainWindow(ctx)
    qtbot.addWidget(window_zh)
    assert _nav(window_zh)[:2] == ["今日", "花名册"]


def test_machine_settings_persist_language(tmp_path) -> None:
    s = MachineSettings(tmp_path / "settings.json")
    assert s.get("language") == "zh_CN"
    s.set("language", "en")
    assert MachineSettings(tmp_path / "settings.json").get("language") == "en"


def test_qt_standard_buttons_speak_chinese(qtbot) -> None:
    from desktop.ui.qt import QDialogButtonBox

    install_translators(QApplication.instance(), "zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
