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
