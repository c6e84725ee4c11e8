"""Every page fits the desk's screen in English too (longer labels): see test_layout_fit."""

from __future__ import annotations

import pytest

from tests.ui.test_layout_fit import SCREENS, check_fit

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.mark.parametrize(("type_size", "screen"), SCREENS, ids=lambda v: str(v))
def test_every_page_fits_the_screen_in_english(qtbot, sqlite_db, tmp_path, type_size, screen) -> None:  # noqa: ANN001
    check_fit(qtbot, sqlite_db, tmp_path, "en", type_size, screen)
