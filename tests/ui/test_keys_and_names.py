"""Keyboard first and named for screen readers, on every page of every desk (issue: pages that fit, speak
both languages, work without a mouse):

- no two shortcuts active together share a key (the window's Ctrl+1…9 against a page's own), and every
  shortcut is shown somewhere a person reads (a menu, a button, a tooltip, a hint line);
- every field a person types or chooses in has an accessible name (its form label as buddy, or a name);
- a page opened from the keyboard puts the cursor in it, and Ctrl+1…9 reach the pages from any page.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from desktop.ui import keyboard
from desktop.ui.qt import QAction, QApplication, QKeySequence, QShortcut, Qt, QtWidgets
from tests.ui import desk_walk
from tests.ui.test_hostile_text import seed

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

PORTABLE = QKeySequence.SequenceFormat.PortableText


def _active(widget: QtWidgets.QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _keys_of(window: QtWidgets.QMainWindow, page: QtWidgets.QWidget) -> dict[str, list[str]]:
    """Key → who binds it, for every shortcut live while `page` is shown."""
    bound: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        owner = action.parent()
        on_page = isinstance(owner, QtWidgets.QWidget) and (owner is page or page.isAncestorOf(owner))
        in_window = owner is window or (isinstance(owner, QtWidgets.QWidget) and owner.window() is window
                                        and not window.stack.isAncestorOf(owner))
        if not action.isEnabled() or not (on_page or in_window):
            continue
        for seq in action.shortcuts():
            bound[seq.toString(PORTABLE)].append(f"action {action.text()!r}")
    for sc in page.findChildren(QShortcut):
        parent = sc.parent()
        if sc.isEnabled() and isinstance(parent, QtWidgets.QWidget) and _active(parent):
            bound[sc.key().toString(PORTABLE)].append(f"shortcut of {type(parent).__name__}")
    return bound


def _readable(page: QtWidgets.QWidget, window: QtWidgets.QMainWindow) -> str:
    texts = []
    for w in [page, *page.findChildren(QtWidgets.QWidget)]:
        texts.append(w.toolTip())
        for attr in ("text", "placeholderText"):
            value = getattr(w, attr, None)
            if callable(value):
                try:
                    texts.append(str(value()))
                except TypeError:
                    pass
        if isinstance(w, QtWidgets.QTabWidget):
            texts.extend(w.tabToolTip(i) for i in range(w.count()))
    for action in window.findChildren(QAction):
        texts.append(action.toolTip())
    return "\n".join(texts).lower()


def _shown(key: str, readable: str) -> bool:
    spelled = {key.lower(), QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText).lower()}
    return any(s and s in readable for s in spelled)


def test_shortcuts_are_unique_and_shown_and_inputs_are_named(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    seed(sqlite_db)
    clashes, unshown, nameless, walked = [], [], [], 0
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path):
        for key, page in desk_walk.pages(window):
            walked += 1
            bound = _keys_of(window, page)
            clashes += [f"{username}/{key}: {k} → {who}" for k, who in bound.items() if len(who) > 1]
            readable = _readable(page, window)
            for sc in page.findChildren(QShortcut):
                k = sc.key().toString(PORTABLE)
                if sc.isEnabled() and not _shown(k, readable):
                    unshown.append(f"{username}/{key}: {k} ({type(sc.parent()).__name__})")
            for field in keyboard.text_inputs(page):
                if field.isVisibleTo(page) and not field.accessibleName():
                    near = [w.text() for w in field.parentWidget().findChildren(QtWidgets.QLabel)][:3]
                    nameless.append(f"{username}/{key}: {type(field).__name__} {field.objectName()!r} "
                                    f"in {type(field.parent()).__name__} near {near}")
    assert walked >= 20
    assert not clashes, "\n".join(clashes)
    assert not unshown, "\n".join(sorted(set(unshown)))
    assert not nameless, "\n".join(sorted(set(nameless)))


def test_ctrl_number_reaches_each_page_from_any_page_and_puts_the_cursor_there(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001,E501
    seed(sqlite_db)
    app = QApplication.instance()
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path, desk_walk.EVERY_PAGE):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        keys = window.keys()[:9]
        for start in keys:
            window.open_page(start)
            desk_walk.settle(app, window.page(start))
            here_at = keys.index(start)      # from each page: the next page's key and Ctrl+1 (clashes of any
            for n in sorted({0, (here_at + 1) % len(keys)}):   # key with a page's own are the test above)
                target = keys[n]
                if not window.isActiveWindow():          # offscreen, a closed popup leaves no window active
                    window.activateWindow()
                    qtbot.waitUntil(window.isActiveWindow)
                window.open_page(start, focus=True)
                here = QApplication.focusWidget()
                assert here is not None and window.page(start).isAncestorOf(here), f"{username}: {start}"
                qtbot.keyClick(here, Qt.Key(Qt.Key.Key_1 + n), Qt.KeyboardModifier.ControlModifier)
                assert window.current_key() == target, f"{username}: Ctrl+{n + 1} from {start}"
                focused = QApplication.focusWidget()
                assert focused is not None and window.page(target).isAncestorOf(focused), \
                    f"{username}: Ctrl+{n + 1} left the cursor in {type(focused).__name__}"


def test_each_desk_opens_with_the_cursor_where_its_people_start(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    """The reception counter types into the check-in field, the guard desk presses its live big button, the
    rehab desk searches its caseload — never the navigation list."""
    from desktop.duty.views.desk_style import BigButton

    seed(sqlite_db)
    app = QApplication.instance()
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path):
        page = window.page(window.current_key())
        desk_walk.settle(app, page)
        focused = window.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), f"{username}: {type(focused).__name__}"
        if username == "reception":
            assert focused.objectName() == "checkinInput"
        if username == "duty":
            assert isinstance(focused, BigButton)
        if username == "rehab":
            assert isinstance(focused, QtWidgets.QLineEdit) and "搜索" in focused.placeholderText()
