"""Every page fits the desk's screen in English too (longer labels): see test_layout_fit."""

from __future__ import annotations

import os

import pytest

from tests.ui.test_layout_fit import SCREENS, check_fit

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.mark.parametrize(("type_size", "screen"), SCREENS, ids=lambda v: str(v))
def test_every_page_fits_the_screen_in_english(qtbot, sqlite_db, tmp_path, type_size, screen) -> None:  # noqa: ANN001
    check_fit(qtbot, sqlite_db, tmp_path, "en", type_size, screen)


def test_at_large_type_the_roster_editor_leaves_the_table_the_larger_part(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    """1366×768, type 1.5, English: the editor narrows to what its fields need (tags wrap onto lines, hints
    take the lines they need), so the table of people is wider than the editor beside it."""
    from desktop.ui.look import install_translators, load_fonts
    from desktop.ui.qt import QApplication
    from tests.ui import desk_walk
    from tests.ui.test_hostile_text import seed

    seed(sqlite_db)
    app = QApplication.instance()
    font = app.font()
    install_translators(app, "en")
    load_fonts(app, 1.5)
    try:
        for _username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path, ("admin",)):
            window.resize(1366, 768)
            window.open_page("roster")
            page = window.page("roster")
            desk_walk.settle(app, page)
            assert page.table.width() > page.editor.width() >= page.editor.minimumSizeHint().width()
            hint = page.editor.reading_hint
            assert hint.height() >= hint.heightForWidth(hint.width()) > 2 * hint.fontMetrics().height()
            # an error said under a field, and one under the form, shown after the editor was laid out
            page.editor.new(None, None)
            page.editor.show_errors({"birth_date": "Date of birth is not a date: write it as 1950-03-05, "
                                                   "or as 1940-03 with 'date incomplete' ticked",
                                     "other": "This person could not be saved, whatever was typed: try again"})
            desk_walk.settle(app, page)
            page.editor.grab().save(os.path.join(os.environ.get("LINLI_SHOTS", str(tmp_path)), "editor-errors-en-1.5.png"))
            for label in (page.editor.errors["birth_date"], page.editor.form_message):
                assert label.isVisible() and label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        install_translators(app, "zh_CN")
        app.setFont(font)
