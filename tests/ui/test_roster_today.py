"""The roster's 今日 section at the guard desk of 西湖花园6号楼: notes, people to look in on, birthdays,
in large type."""

from __future__ import annotations

import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.db import Database, sqlite_url
from tests.demo_world import migrated_db
from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.roster import attention, service
from desktop.roster.attention import NoteInput
from desktop.roster.service import PersonInput
from desktop.roster.views.today_section import RosterTodaySection
from desktop.ui import pages
from desktop.ui.context import AppContext
from desktop.ui.qt import QLabel
from tests import helpers

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
ON = date(2026, 6, 1)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    """The desk's world once per module (migrating and signing in are slow); each test uses a copy."""
    path = tmp_path_factory.mktemp("roster-today") / "template.db"
    db = migrated_db(path)
    cid = helpers.community(db, "西湖社区")
    worker = helpers.actor(db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    with db.session(worker) as s:
        b6 = service.ensure_building(s, worker, cid, "西湖花园", "6号楼")
        b7 = service.ensure_building(s, worker, cid, "西湖花园", "7号楼")
        h501 = service.ensure_household(s, worker, b6, "", "501")
        h601 = service.ensure_household(s, worker, b6, "", "601")
        h701 = service.ensure_household(s, worker, b7, "", "301")
        zhang = service.save_person(s, worker, PersonInput(
            name="张桂兰", sex="F", birth_date=date(1944, 5, 2), tags=("独居老人",), community_id=cid,
            household_id=h501))
        service.save_person(s, worker, PersonInput(
            name="李伯", sex="M", birth_date=date(1946, 6, 1), community_id=cid, household_id=h601))
        service.save_person(s, worker, PersonInput(
            name="何婆婆", sex="F", birth_date=date(1940, 6, 1), tags=("空巢老人",), community_id=cid,
            household_id=h701))
        attention.add_note(s, worker, NoteInput(kind="外出", text="一家外出旅游", start_date=ON - timedelta(2),
                                                end_date=ON + timedelta(5), household_id=h601))
        attention.add_note(s, worker, NoteInput(kind="生病住院", text="老伴住院，多关心", start_date=ON,
                                                person_id=zhang))
        attention.add_note(s, worker, NoteInput(kind="其他", text="已经结束的事", start_date=ON - timedelta(9),
                                                end_date=ON - timedelta(1), household_id=h501))
        attention.add_note(s, worker, NoteInput(kind="矛盾调解", text="七号楼的事", start_date=ON,
                                                household_id=h701))
    volunteer = helpers.actor(db, "vol6", Role.DUTY_VOLUNTEER, ["西湖社区"], "陈伯")
    db.dispose()
    return path, volunteer, cid, b6


@pytest.fixture
def desk(template, tmp_path: Path):
    path, volunteer, cid, b6 = template
    copy = tmp_path / "linli.db"
    shutil.copyfile(path, copy)
    db = Database(sqlite_url(copy))
    yield AppContext(db=db, actor=volunteer, settings=MachineSettings(tmp_path / "m.json"), desk="guard",
                     community_id=cid, building_id=b6)
    db.dispose()


def test_guard_desk_sees_its_building_today(qtbot, desk):
    w = RosterTodaySection(desk, on=ON)
    qtbot.addWidget(w)
    w.resize(900, 800)
    w.show()
    text = "\n".join(w.texts())
    assert "一家外出旅游" in text and "601" in text
    assert "西湖花园6号楼" not in text                # at the building's own desk: just the room
    assert "老伴住院" in text and "张桂兰" in text
    assert "已经结束的事" not in text                # expired by itself
    assert "七号楼的事" not in text and "何婆婆" not in text   # another building
    assert "李伯" in text and "80岁生日" in text
    assert "独居" in text and "独居老人" not in text          # the reason to look in, not the tag
    w.grab().save(str(SHOTS / "roster-today.png"))


def test_type_is_large_and_dark(qtbot, desk):
    w = RosterTodaySection(desk, on=ON)
    qtbot.addWidget(w)
    w.show()
    labels = w.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.font().pointSize() >= 16, label.text()
        color = label.palette().color(label.foregroundRole())
        assert color.lightness() <= 80, (label.text(), color.name())


def test_community_desk_and_nothing_today(qtbot, desk):
    desk.building_id = None
    w = RosterTodaySection(desk, on=ON)
    qtbot.addWidget(w)
    text = "\n".join(w.texts())
    assert "七号楼的事" in text and "何婆婆" in text        # the whole community
    assert "西湖花园7号楼301" in text
    w2 = RosterTodaySection(desk, on=ON + timedelta(days=40))
    qtbot.addWidget(w2)
    text2 = "\n".join(w2.texts())
    assert "一家外出旅游" not in text2
    assert "今天没有人过生日" in text2


def test_registered_and_applies(desk):
    assert "desktop.roster.views.today_section:RosterTodaySection" in [s.factory for s in pages.TODAY_SECTIONS]
    assert RosterTodaySection.applies(desk.actor)
