"""Keyboard first: Tab moves through a page or a dialog in the order a person reads it (rows top to bottom,
each row left to right, a side panel after the main one), on every page of every desk and in the dialogs;
Esc cancels every dialog and nothing is saved."""

from __future__ import annotations

import pytest

from desktop.ui.context import AppContext
from desktop.ui.qt import QApplication, QDialog, Qt
from desktop.core.settings_store import MachineSettings
from tests import helpers
from tests.ui import desk_walk
from tests.ui.reading_order import every_tab
from tests.ui.test_dialog_keys import _dialogs, _show
from tests.ui.test_hostile_text import seed

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _open_first(key: str, page, app: QApplication) -> bool:  # noqa: ANN001
    """Open the first person of the roster or the first rehab case, so their forms are walked too."""
    if key == "roster" and page.model.rowCount() > 0:
        page.table.selectRow(0)
        page.open_editor()
    elif key == "rehab" and page.cases.rowCount() > 0:
        page._open_index(page.cases.index(0, 0))
    else:
        return False
    for _ in range(5):
        app.processEvents()
    return True


def test_tab_follows_reading_order_on_every_page(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    seed(sqlite_db)
    app = QApplication.instance()
    problems: list[str] = []
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path, desk_walk.EVERY_PAGE):
        for key, page in desk_walk.pages(window):
            problems += every_tab(f"{username}/{key}", page, app)
            if _open_first(key, page, app):              # the forms beside the lists, filled
                problems += every_tab(f"{username}/{key} (a row open)", page, app)
    assert not problems, "\n".join(problems)


def test_tab_follows_reading_order_in_the_dialogs(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))
    app = QApplication.instance()
    problems: list[str] = []
    for dialog in _dialogs(ctx):
        _show(qtbot, dialog)
        problems += every_tab(type(dialog).__name__, dialog, app)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_reading_order_check_sees_a_step_back(qtbot) -> None:  # noqa: ANN001
    """The check itself: a form whose Tab goes from the second row back to the first is caught, a form in
    reading order is not, and a side panel to the right is a next column, not a step back."""
    from desktop.ui.qt import QFormLayout, QHBoxLayout, QLineEdit, QWidget

    from tests.ui.reading_order import backward_steps

    root = QWidget()
    qtbot.addWidget(root)
    outer = QHBoxLayout(root)
    form = QFormLayout()
    fields = [QLineEdit() for _ in range(3)]
    for n, field in enumerate(fields):
        form.addRow(f"第{n + 1}行", field)
    side = QLineEdit()
    outer.addLayout(form)
    outer.addWidget(side)
    root.show()
    qtbot.waitExposed(root)
    assert backward_steps("form", root) == []
    QWidget.setTabOrder(fields[2], fields[1])                   # row 3 before row 2
    assert any("back to" in p for p in backward_steps("form", root))
    QWidget.setTabOrder(fields[0], fields[1])
    QWidget.setTabOrder(fields[1], fields[2])
    QWidget.setTabOrder(fields[2], side)
    assert backward_steps("form", root) == []


def test_esc_cancels_every_dialog_and_saves_nothing(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    from sqlalchemy import func, select

    from desktop.core.audit import AuditEntry

    ctx = AppContext(db=sqlite_db, actor=helpers.admin(sqlite_db), settings=MachineSettings(tmp_path / "s.json"))

    def audited() -> int:
        with sqlite_db.session() as s:
            return s.scalar(select(func.count()).select_from(AuditEntry)) or 0

    before = audited()
    problems = []
    for dialog in _dialogs(ctx):
        accepted: list[bool] = []
        dialog.accept = lambda accepted=accepted: accepted.append(True)   # what saving would have done
        for name in ("submit", "save"):
            if callable(getattr(dialog, name, None)):
                setattr(dialog, name, lambda *a, accepted=accepted, **k: accepted.append(True))
        _show(qtbot, dialog)
        field = QApplication.focusWidget()
        if hasattr(field, "insert"):
            field.insert("x")                                   # something typed, then thought better of
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        name = type(dialog).__name__
        if dialog.isVisible() or dialog.result() != QDialog.DialogCode.Rejected:
            problems.append(f"{name}: Esc did not cancel")
        if accepted:
            problems.append(f"{name}: Esc saved")
        dialog.close()
    assert not problems, "\n".join(problems)
    assert audited() == before
