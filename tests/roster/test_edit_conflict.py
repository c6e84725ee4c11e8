"""Two desks edit the same person: the second save is refused with 已被其他工作台修改, never a lost update.

Desk A and desk B load 陈富森; A saves a new phone, then B (whose form still shows the old phone)
saves a note. Before the version counter was used, B's save went through and put the old phone back.
"""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import Database
from desktop.core.errors import ConflictError
from desktop.core.settings_store import MachineSettings
from desktop.roster import service
from desktop.roster.models import Person
from desktop.roster.service import PersonDetail, PersonInput
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox
from tests import helpers

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
OLD_PHONE, NEW_PHONE = "13812345678", "13900009999"


@pytest.fixture
def person(db: Database):
    cid = helpers.community(db, "西湖社区")
    admin = helpers.admin(db)
    with db.session(admin) as s:
        pid = service.save_person(s, admin, PersonInput(name="陈富森", phone=OLD_PHONE, community_id=cid,
                                                         notes="腿脚不便"))
    return db, admin, pid


def as_input(d: PersonDetail, **changes: object) -> PersonInput:
    """What an editor sends back: every field as it loaded it, with the person's own changes."""
    names = {f.name for f in fields(PersonInput)}
    values = {k: getattr(d, k) for k in names if hasattr(d, k)}
    values["id_number"] = ""
    return PersonInput(**{**values, **changes})


def stored(db: Database, pid: str) -> Person:
    with db.session() as s:
        return s.scalars(select(Person).where(Person.id == pid)).one()


def test_second_desk_saving_an_old_snapshot_is_refused(person) -> None:
    db, admin, pid = person
    with db.session(admin) as s:
        desk_a = service.get_person(s, admin, pid)
    with db.session(admin) as s:
        desk_b = service.get_person(s, admin, pid)
    with db.session(admin) as s:
        service.save_person(s, admin, as_input(desk_a, phone=NEW_PHONE), pid, expected_version=desk_a.version)
    with pytest.raises(ConflictError, match="已被其他工作台修改"), db.session(admin) as s:
        service.save_person(s, admin, as_input(desk_b, notes="腿脚不便，需要轮椅"), pid,
                            expected_version=desk_b.version)
    p = stored(db, pid)
    assert p.phone == NEW_PHONE and p.notes == "腿脚不便"
    with db.session(admin) as s:            # after reloading, desk B's change goes through
        fresh = service.get_person(s, admin, pid)
        service.save_person(s, admin, as_input(fresh, notes="腿脚不便，需要轮椅"), pid,
                            expected_version=fresh.version)
    p = stored(db, pid)
    assert p.phone == NEW_PHONE and p.notes == "腿脚不便，需要轮椅"


def test_a_commit_between_read_and_write_is_caught_by_the_database(person) -> None:
    """Both desks pass the version check at the same moment; the UPDATE itself matches no row."""
    db, admin, pid = person
    with pytest.raises(ConflictError, match="已被其他工作台修改"):
        with db.session(admin) as s_b:
            row = s_b.get(Person, pid)
            assert row is not None and row.version == 1
            with db.session(admin) as s_a:                # desk A commits while B's unit of work is open
                service.save_person(s_a, admin, PersonInput(name="陈富森", phone=NEW_PHONE,
                                                             community_id=row.community_id), pid)
            row.notes = "腿脚不便，需要轮椅"
            s_b.flush()
    p = stored(db, pid)
    assert p.phone == NEW_PHONE and p.notes == ""


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_person_editor_shows_the_conflict_and_reloads(qtbot, person, tmp_path, monkeypatch) -> None:
    from desktop.roster.views.person_editor import PersonEditor

    db, admin, pid = person
    ctx = AppContext(db=db, actor=admin, settings=MachineSettings(tmp_path / "s.json"))
    desk_a, desk_b = PersonEditor(ctx), PersonEditor(ctx)
    for editor in (desk_a, desk_b):
        qtbot.addWidget(editor)
        assert editor.load(pid)
    desk_a.edits["phone"].setText(NEW_PHONE)
    assert desk_a.save() == pid
    desk_b.edits["notes"].setPlainText("腿脚不便，需要轮椅")
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        from desktop.ui.look import load_fonts
        from desktop.ui.qt import QApplication

        asked.append(box.text())
        load_fonts(QApplication.instance())
        box.show()
        box.grab().save(str(SHOTS / "conflict-message.png"))
        return QMessageBox.StandardButton.Yes             # 重新载入

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert desk_b.save() is None
    assert asked and "已被其他工作台修改" in asked[0]
    assert stored(db, pid).phone == NEW_PHONE               # the first desk's phone stands
    assert desk_b.edits["phone"].text() == NEW_PHONE        # reloaded: B now sees A's phone
    desk_b.edits["notes"].setPlainText("腿脚不便，需要轮椅")
    assert desk_b.save() == pid
    p = stored(db, pid)
    assert p.phone == NEW_PHONE and p.notes == "腿脚不便，需要轮椅"


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_keeping_the_input_after_a_conflict(qtbot, sqlite_db, tmp_path, monkeypatch) -> None:
    from desktop.roster.views.person_editor import PersonEditor

    cid = helpers.community(sqlite_db, "西湖社区")
    admin = helpers.admin(sqlite_db)
    with sqlite_db.session(admin) as s:
        pid = service.save_person(s, admin, PersonInput(name="陈富森", phone=OLD_PHONE, community_id=cid))
    ctx = AppContext(db=sqlite_db, actor=admin, settings=MachineSettings(tmp_path / "s.json"))
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(pid)
    with sqlite_db.session(admin) as s:
        service.save_person(s, admin, PersonInput(name="陈富森", phone=NEW_PHONE, community_id=cid), pid)
    editor.edits["notes"].setPlainText("我的输入")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)   # 保留我的输入
    assert editor.save() is None
    assert editor.edits["notes"].toPlainText() == "我的输入"
    assert "已被其他工作台修改" in editor.form_message.text()
