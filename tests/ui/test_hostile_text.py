"""Names and notes are data: every page of every desk shows <img src="/dev/zero"> and <b>大字</b> literally.

Rendered as rich text, the first makes Qt read /dev/zero until memory runs out (the program aborts) and
the second prints bold. A person, an attention note, an activity, an elder member, a volunteer and a
rehab case carry them; each role signs in at its desk, every page it may open is opened, and so is the
person editor. No label (ours or Qt's own) may take such text for rich text, tooltips must show it
escaped, and the text must be visible as typed.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.activities import activity_service
from desktop.core import clock
from desktop.duty import teams_service
from desktop.elder import checkin_service, members_service
from desktop.rehab import followup_service
from desktop.roster import attention, service
from desktop.ui.look import load_fonts
from desktop.ui.qt import QApplication, QModelIndex, Qt, QtCore, QtGui, QtWidgets
from tests import helpers
from tests.ui import desk_walk
from tests.rehab.conftest import new_case

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

IMG = '<img src="/dev/zero">'
BOLD = "<b>大字</b>"
MARKS = ("/dev/zero", "大字")
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


def seed(db) -> dict[str, str]:  # noqa: ANN001
    """A person, note, activity, team, member, check-in and rehab case named in markup, for every desk."""
    cid = helpers.community(db, "西湖社区")
    actors = {name: helpers.actor(db, name, role, ["西湖社区"]) for name, role, _ in desk_walk.DESKS}
    social, today = actors["social"], clock.today()
    born = date(1950, today.month, min(today.day, 28))
    with db.session(social) as s:
        b6 = service.ensure_building(s, social, cid, "西湖花园", "6号楼")
        h = service.ensure_household(s, social, b6, "", "501")
        img = service.save_person(s, social, service.PersonInput(
            name=IMG, notes=BOLD, sex="F", birth_date=born, tags=("独居老人",), community_id=cid, household_id=h,
            relation=BOLD[:16]))
        bold = service.save_person(s, social, service.PersonInput(
            name=BOLD, notes=IMG, sex="M", birth_date=date(1948, 1, 2), community_id=cid, household_id=h,
            phone="13802345678"))
        attention.add_note(s, social, attention.NoteInput(kind="其他", text=f"{IMG}{BOLD}", start_date=today,
                                                          person_id=img))
        starts = datetime.combine(today, time(15), clock.SHANGHAI)
        activity_service.create_activity(s, social, activity_service.ActivityInput(
            title=IMG, community_id=cid, starts_at=starts, ends_at=starts + timedelta(hours=1), kind="讲座",
            place=BOLD, organiser=BOLD, notes=IMG))
        team = teams_service.create_team(s, social, f"{BOLD}服务队", cid, b6, notes=IMG)
        teams_service.save_member(s, social, team, teams_service.MemberInput(
            person_id=img, user_id=actors["duty"].id, is_captain=True))
        teams_service.save_member(s, social, team, teams_service.MemberInput(name=IMG, phone="13902201234"))
        member = members_service.register_member(s, social, members_service.MemberInput(
            person_id=bold, join_date=date(2020, 1, 1), notes=IMG), on=today)
    with db.session(actors["reception"]) as s:
        checkin_service.checkin_member(s, actors["reception"], member, lunch=True, on=today)
    case = new_case(db, actors["rehab"], cid, IMG, alias=BOLD, seq=31, start=today - timedelta(days=30))
    with db.session(actors["rehab"]) as s:
        followup_service.add_followup(s, actors["rehab"], case, followup_service.FollowUpInput(
            on=today - timedelta(days=1), method="到站", content=f"{IMG}{BOLD}"))
    return {"person": img}


def _rich(label: QtWidgets.QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text()))


def _inspect(root: QtWidgets.QWidget, where: str, shown: set[str], problems: list[str]) -> None:
    """Labels with data are plain, tooltips escape it; what is shown literally goes into `shown`."""
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        tip = widget.toolTip()
        if any(m in tip for m in MARKS) and ("<b>" in tip or "<img" in tip):
            problems.append(f"{where}: tooltip of {type(widget).__name__} renders {tip!r}")
        if isinstance(widget, QtWidgets.QLabel) and any(m in widget.text() for m in MARKS):
            if _rich(widget):
                problems.append(f"{where}: rich label {widget.text()!r}")
            else:
                shown.add(widget.text())
        if isinstance(widget, QtWidgets.QAbstractItemView) and widget.model() is not None:
            _inspect_model(widget.model(), where, shown, problems)


def _inspect_model(model, where: str, shown: set[str], problems: list[str]) -> None:  # noqa: ANN001
    root = QModelIndex()
    columns = 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount(root)
    for row in range(min(model.rowCount(root), 50)):
        for col in range(columns):
            index = model.index(row, col)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if any(m in text for m in MARKS):
                shown.add(text)
            tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            if any(m in tip for m in MARKS) and ("<b>" in tip or "<img" in tip):
                problems.append(f"{where}: item tooltip renders {tip!r}")


def test_every_page_of_every_desk_shows_markup_as_text(qtbot, sqlite_db, tmp_path) -> None:  # noqa: ANN001
    ids = seed(sqlite_db)
    app = QApplication.instance()
    font = app.font()
    load_fonts(app)                                       # the screenshots show Chinese, not boxes
    shown: set[str] = set()
    problems: list[str] = []
    opened: list[str] = []
    for username, window in desk_walk.windows(sqlite_db, qtbot, tmp_path):
        for key, page in desk_walk.pages(window):
            _inspect(page, f"{username}/{key}", shown, problems)
            opened.append(f"{username}/{key}")
            if (username, key) == ("social", "today"):
                window.grab().save(str(SHOTS / "hostile-today.png"))
        if username == "social":
            roster = window.page("roster")
            assert roster.editor.load(ids["person"])
            desk_walk.settle(app, roster)
            _inspect(roster.editor, "social/person editor", shown, problems)
            roster.editor.grab().save(str(SHOTS / "hostile-editor.png"))
        _inspect(window, f"{username} window", shown, problems)      # status bar, navigation, hidden pages
    app.setFont(font)
    assert not problems, "\n".join(problems)
    assert len(opened) >= 20, opened
    everything = "\n".join(shown)
    for text in (IMG, BOLD, f"{IMG}{BOLD}", f"{BOLD}服务队"):
        assert text in everything, text
