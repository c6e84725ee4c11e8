"""The roster window with the keyboard: search, Enter to edit, field messages, Ctrl+N, Delete + undo,
SQL sorting, paging in."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from desktop.core.db import Database
from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.roster import service
from desktop.roster.bulk import bulk_add_people
from desktop.roster.service import PersonInput
from desktop.roster.views.people_model import COL_AGE, COL_NAME, PersonIdRole
from desktop.roster.views.roster_page import RosterPage
from desktop.ui.context import AppContext
from desktop.ui.qt import QApplication, QLabel, QLineEdit, Qt
from tests import helpers

# The offscreen platform cannot resize windows to fit word-wrapped labels and says so; that is not ours.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


@pytest.fixture
def world(sqlite_db: Database, tmp_path: Path):
    cid = helpers.community(sqlite_db, "西湖社区")
    helpers.community(sqlite_db, "后街社区")
    worker = helpers.actor(sqlite_db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    with sqlite_db.session(worker) as s:
        b6 = service.ensure_building(s, worker, cid, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, worker, b6, "", "501")
        h601 = service.ensure_household(s, worker, b6, "", "601")
        ids = {}
        ids["张桂兰"] = service.save_person(s, worker, PersonInput(
            name="张桂兰", sex="F", birth_date=date(1944, 5, 2), tags=("独居老人",), community_id=cid,
            household_id=h501, phone="13902345678"))
        ids["陈福生"] = service.save_person(s, worker, PersonInput(
            name="陈福生", sex="M", birth_date=date(1950, 8, 9), community_id=cid, household_id=h601,
            phone="13800138000", relation="户主"))
        ids["陈小明"] = service.save_person(s, worker, PersonInput(
            name="陈小明", sex="M", birth_date=date(2012, 3, 1), community_id=cid, household_id=h601,
            relation="子"))
        bulk_add_people(s, worker, [dict(name=f"居民{i:03d}", sex="MF"[i % 2],
                                         birth_date=date(1940 + i % 60, 1 + i % 12, 3), community_id=cid)
                                    for i in range(150)])
    ctx = AppContext(db=sqlite_db, actor=worker, settings=MachineSettings(tmp_path / "m.json"),
                     community_id=cid)
    return ctx, {"cid": cid, "b6": b6, "h501": h501, "h601": h601, **ids}


@pytest.fixture
def page(qtbot, world):
    ctx, _ = world
    p = RosterPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _names(p: RosterPage) -> list[str]:
    return [p.model.data(p.model.index(r, COL_NAME)) for r in range(p.model.rowCount())]


def test_typing_filters_after_debounce(qtbot, page):
    assert page.model.total == 153
    page.search.setFocus()
    qtbot.keyClicks(page.search, "cfs")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert _names(page) == ["陈福生"]
    assert "1" in page.count_label.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)        # clears the box
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.total == 153, timeout=2000)


def test_enter_searches_at_once_then_enter_opens_editor(qtbot, page, world):
    _ctx, ids = world
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.search.setText("6号楼501")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)         # no waiting for the debounce
    assert _names(page) == ["张桂兰"]
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.person_id == ids["张桂兰"]
    assert page.editor.edits["name"].text() == "张桂兰"
    assert page.editor.edits["name"].hasFocus()
    page.grab().save(str(SHOTS / "roster-page.png"))


def test_bad_id_number_message_next_to_field_and_input_kept(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("陈福生")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    id_edit = page.editor.edits["id_number"]
    assert isinstance(id_edit, QLineEdit)
    id_edit.setText("44180219500809123")                   # 17 digits
    page.editor.edits["phone"].setText("13800138001")
    qtbot.keyClick(page.editor.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    err = page.editor.errors["id_number"]
    assert err.isVisible() and err.text()
    assert id_edit.text() == "44180219500809123"             # nothing typed is lost
    assert page.editor.edits["phone"].text() == "13800138001"
    assert not page.editor.errors["name"].isVisible()
    page.editor.grab().save(str(SHOTS / "roster-editor-error.png"))
    with page.ctx.db.session(page.ctx.actor) as s:            # and nothing was saved
        assert service.get_person(s, page.ctx.actor, ids["陈福生"]).phone == "13800138000"
    # Esc puts the loaded values back
    qtbot.keyClick(id_edit, Qt.Key.Key_Escape)
    assert id_edit.text() == ""
    assert page.editor.edits["phone"].text() == "13800138000"
    assert not err.isVisible()


def test_edit_and_save_with_ctrl_s(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("张桂兰")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.editor.edits["phone"].setText("13902345679")
    qtbot.keyClick(page.editor.edits["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with page.ctx.db.session(page.ctx.actor) as s:
        assert service.get_person(s, page.ctx.actor, ids["张桂兰"]).phone == "13902345679"
    assert page.editor.history.topLevelItemCount() >= 1       # the change is in 变更记录


def test_ctrl_n_creates_in_selected_household(qtbot, page, world):
    _ctx, ids = world
    assert page.tree.select_household(ids["h601"])
    assert page.model.total == 2
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.person_id is None and page.editor.is_editing()
    assert page.editor.edits["name"].hasFocus()
    page.editor.edits["name"].insert("陈𠮷·阿依")       # QTest types ASCII only (an input method types this)
    qtbot.keyClick(page.editor.edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.person_id is not None
    assert page.model.total == 3
    assert "陈𠮷·阿依" in _names(page)
    with page.ctx.db.session(page.ctx.actor) as s:
        d = service.get_person(s, page.ctx.actor, page.editor.person_id)
    assert d.household_id == ids["h601"] and d.name == "陈𠮷·阿依"


def test_delete_then_undo_restores(qtbot, page, world):
    _ctx, ids = world
    page.search.setText("陈小明")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.current_person_id() == ids["陈小明"]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 0
    assert page.undo_bar.isVisible() and "陈小明" in page.undo_label.text()
    page.grab().save(str(SHOTS / "roster-undo.png"))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.undo_bar.isVisible()
    assert _names(page) == ["陈小明"]
    assert page.current_person_id() == ids["陈小明"]


def test_header_click_sorts_in_sql(qtbot, page):
    before = page.model.queries
    page.table.horizontalHeader().setSortIndicator(COL_AGE, Qt.SortOrder.DescendingOrder)
    assert page.model.queries > before
    assert page.model.sort_key == ("age", True)
    ages = [int(page.model.data(page.model.index(r, COL_AGE))) for r in range(page.model.rowCount())]
    assert ages == sorted(ages, reverse=True)
    with page.ctx.db.session(page.ctx.actor) as s:
        everyone = service.search_people(s, page.ctx.actor, "", limit=1000)
    assert ages[0] == max(r.age for r in everyone)
    assert page.table.horizontalHeader().sortIndicatorSection() == COL_AGE


def test_scrolling_pages_in(qtbot, page):
    assert page.model.rowCount() == 100 and page.model.canFetchMore()
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() > 100, timeout=2000)
    page.table.scrollToBottom()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.model.rowCount() == 153, timeout=2000)
    ids = {page.model.data(page.model.index(r, 0), PersonIdRole) for r in range(page.model.rowCount())}
    assert len(ids) == 153


def test_filters_tag_age_and_tree(qtbot, page, world):
    _ctx, ids = world
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("独居老人"))
    assert _names(page) == ["张桂兰"]
    page.tag_combo.setCurrentIndex(0)
    page.age_combo.setCurrentIndex(1)                     # 0-18岁
    assert "陈小明" in _names(page) and "陈福生" not in _names(page)
    page.age_combo.setCurrentIndex(0)
    page.tree.select_household(ids["h501"])
    assert _names(page) == ["张桂兰"]


def test_other_community_is_not_listed(qtbot, page):
    labels = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert any("西湖社区" in t for t in labels)
    assert not any("后街社区" in t for t in labels)
    assert page.findChildren(QLabel)
