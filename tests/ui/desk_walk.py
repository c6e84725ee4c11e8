"""Every page of every desk, opened as its people open it: each role signs in at its desk and the window
opens each page it may see. Used by the tests that walk the whole interface (hostile text, keyboard,
screen-reader names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from desktop.core import accounts
from desktop.core.machine_settings import MachineSettings
from desktop.core.roles import Role
from desktop.ui.app import desk_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication, QtWidgets
from tests import helpers

DESKS = [("admin", Role.ADMIN, "office"), ("supervisor", Role.SUPERVISOR, "office"),
         ("social", Role.SOCIAL_WORKER, "office"), ("rehab", Role.REHAB_WORKER, "rehab"),
         ("reception", Role.RECEPTION, "reception"), ("duty", Role.DUTY_VOLUNTEER, "guard")]


def settle(app: QApplication, page: QtWidgets.QWidget) -> None:
    for _ in range(200):                                  # 今日 reads its sections after painting
        app.processEvents()
        if getattr(page, "loaded", True):
            break
    for _ in range(3):
        app.processEvents()


# Every page any desk has, in fewer windows: the supervisor's and the social worker's pages are the
# administrator's (scoped differently); for checks of layout and keys rather than of what each role sees.
EVERY_PAGE = ("admin", "rehab", "reception", "duty")


def windows(db, qtbot, settings_dir: Path, only: tuple[str, ...] = ()) -> Iterator[tuple[str, MainWindow]]:  # noqa: ANN001
    """A signed-in window per desk (shown, 1280×800), closed after the caller is done with it; `only` some."""
    settings = MachineSettings(settings_dir / "settings.json")
    for username, _role, desk in DESKS:
        if only and username not in only:
            continue
        with db.session() as s:
            actor = accounts.authenticate(s, username, helpers.PASSWORD, desk=desk)
        ctx, community = desk_context(db, actor, settings, desk)
        window = MainWindow(ctx, community)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        yield username, window
        window.close()


def pages(window: MainWindow) -> Iterator[tuple[str, QtWidgets.QWidget]]:
    app = QApplication.instance()
    for key in window.keys():
        window.open_page(key)
        page = window.page(key)
        settle(app, page)
        yield key, page


def tabs(page: QtWidgets.QWidget) -> Iterator[tuple[str, QtWidgets.QTabWidget]]:
    """Each tab of each tab widget on `page` opened in turn (its lists read as a person opening it sees them),
    as (the tab's title, its tab widget); the first tab is current again afterwards."""
    app = QApplication.instance()
    for widget in page.findChildren(QtWidgets.QTabWidget):
        if not widget.isVisibleTo(page):
            continue
        first = widget.currentIndex()
        for i in range(widget.count()):
            widget.setCurrentIndex(i)
            settle(app, widget.widget(i))
            yield widget.tabText(i), widget
        widget.setCurrentIndex(first)
