"""`main.py screenshots`: the opening window and every page of each account that can sign in."""

from __future__ import annotations

import pytest

from desktop.ui.qt import QtGui
from desktop.ui.screenshots import render_screenshots
from tests import helpers

pytestmark = pytest.mark.gui


def test_screenshots_of_the_opening_window_and_the_pages(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    helpers.admin(sqlite_db)
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    written = render_screenshots(sqlite_db, tmp_path / "shots")
    names = {p.name for p in written}
    assert {"start.png", "admin-today.png", "admin-settings.png"} <= names
    for path in written:
        image = QtGui.QImage(str(path))
        assert image.width() == 1280 and image.height() >= 700, path


def test_screenshots_need_someone_to_sign_in(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    from desktop.core.errors import UserError

    monkeypatch.setenv("LINLI_PASSWORD", "wrong")
    helpers.admin(sqlite_db)
    with pytest.raises(UserError, match="没有账号"):
        render_screenshots(sqlite_db, tmp_path / "shots")


def test_screenshots_in_english_at_a_larger_type_on_a_small_screen(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    from desktop.ui.qt import QApplication
    from desktop.ui.look import install_translators, load_fonts
    from desktop.ui.screenshots import parse_size

    helpers.admin(sqlite_db)
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)
    monkeypatch.setenv("LINLI_DATA_DIR", str(tmp_path))
    app = QApplication.instance()
    try:
        written = render_screenshots(sqlite_db, tmp_path / "shots", language="en", type_size=1.5,
                                     size=parse_size("1024x768"))
        assert app.font().pointSizeF() == pytest.approx(10.5 * 1.5)
        assert QtGui.QImage(str(written[1])).width() == 1024
    finally:
        install_translators(app, "zh_CN")
        load_fonts(app)


def test_a_screen_size_is_read_or_refused_in_one_line() -> None:
    from desktop.core.errors import UserError
    from desktop.ui.screenshots import parse_size

    assert parse_size("1366x768") == (1366, 768) and parse_size("1024×768") == (1024, 768)
    for bad in ("1366", "axb", "100x100", "=1+1"):
        with pytest.raises(UserError):
            parse_size(bad)
