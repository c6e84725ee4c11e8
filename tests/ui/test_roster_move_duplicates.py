"""The roster window: moving a person to another household (chosen in the tree or typed and created on
confirmation; the move is kept as history) and possible duplicates (side by side, merged only when confirmed,
"不是同一人" hides a pair for the session)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.clock import today
from desktop.core.db import Database, sqlite_url
from desktop.core.idcard import make_id
from tests.demo_world import migrated_db
from desktop.core.roles import Role
from desktop.core.settings_store import MachineSettings
from desktop.roster import service
from desktop.roster.models import Household, HouseholdMove, Person
from desktop.roster.service import PersonInput
from desktop.roster.views.move_dialog import HouseholdRole
from desktop.roster.views.roster_page import RosterPage
from desktop.ui.context import AppContext
from desktop.ui.qt import QDate, Qt
from tests import helpers

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
BORN = date(1944, 5, 2)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("roster-move") / "template.db"
    db = migrated_db(path)
    cid = helpers.community(db, "西湖社区")
    worker = helpers.actor(db, "xh_sg", Role.SOCIAL_WORKER, ["西湖社区"], "李社工")
    with db.session(worker) as s:
        b6 = service.ensure_building(s, worker, cid, "西湖花园", "6号楼")
        h501 = service.ensure_household(s, worker, b6, "", "501")
        h601 = service.ensure_household(s, worker, b6, "", "601")
        ids = {"cid": cid, "b6": b6, "h501": h501, "h601": h601}
        ids["张桂兰"] = service.save_person(s, worker, PersonInput(
            name="张桂兰", sex="F", birth_date=BORN, community_id=cid, household_id=h501, phone="13902345678",
            tags=("独居老人",)))
        ids["张桂兰2"] = service.save_person(s, worker, PersonInput(       # the same woman, entered again
            name="张桂兰", sex="F", birth_date=BORN, community_id=cid, id_number=make_id("441802", BORN, 2),
            notes="2019年表格登记"))
        ids["陈福生"] = service.save_person(s, worker, PersonInput(
            name="陈福生", sex="M", birth_date=date(1950, 8, 9), community_id=cid, household_id=h601,
            phone="13800138000"))
        ids["何伯"] = service.save_person(s, worker, PersonInput(name="何伯", phone="13900001234", community_id=cid))
        ids["何伯2"] = service.save_person(s, worker, PersonInput(name="何伯", phone="13900001234",
                                                                  community_id=cid))
    db.dispose()
    return path, worker, ids


@pytest.fixture
def world(template, tmp_path: Path):
    path, worker, ids = template
    copy = tmp_path / "linli.db"
    shutil.copyfile(path, copy)
    db = Database(sqlite_url(copy))
    ctx = AppContext(db=db, actor=worker, settings=MachineSettings(tmp_path / "m.json"), community_id=ids["cid"])
    yield ctx, ids
    db.dispose()


@pytest.fixture
def page(qtbot, world):
    ctx, _ = world
    p = RosterPage(ctx)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def _edit(qtbot, page: RosterPage, person_id: str) -> None:
    assert page.select_person(person_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.person_id == person_id


def _person(ctx, person_id: str):
    with ctx.db.session(ctx.actor) as s:
        return service.get_person(s, ctx.actor, person_id)


# -- moving -------------------------------------------------------------------------------------------

def test_move_to_household_chosen_in_tree_keeps_history(qtbot, page, world):
    ctx, ids = world
    _edit(qtbot, page, ids["陈福生"])
    ed = page.editor
    assert ed.move_button.isEnabled()
    dlg = ed.open_move()
    assert dlg is not None and dlg.isVisible()
    assert not dlg.ok_button.isEnabled()                      # nothing chosen yet
    assert dlg.move_date() == today()                         # defaults to the desk's today
    dlg.filter.setFocus()
    qtbot.keyClicks(dlg.filter, "501")
    qtbot.keyClick(dlg.filter, Qt.Key.Key_Down)               # the keyboard goes on to the list
    assert dlg.focusWidget() is dlg.tree
    assert dlg.target() == (ids["h501"], "西湖花园6号楼501")
    dlg.date.setDate(QDate(2026, 3, 1))
    dlg.note.setText("搬去和老伴同住")
    dlg.resize(640, 560)
    dlg.grab().save(str(SHOTS / "roster-move.png"))
    qtbot.keyClick(dlg.ok_button, Qt.Key.Key_Space)
    assert not dlg.isVisible()
    d = _person(ctx, ids["陈福生"])
    assert d.household_id == ids["h501"]
    assert [(m.moved_on, m.from_address, m.to_address) for m in d.moves] == [
        (date(2026, 3, 1), "西湖花园6号楼601", "西湖花园6号楼501")]
    with ctx.db.session(ctx.actor) as s:
        assert s.scalar(select(HouseholdMove.note).where(HouseholdMove.person_id == ids["陈福生"])) == "搬去和老伴同住"
    assert ed.tabs.currentWidget() is ed.moves                # the editor shows 迁入/迁出 记录
    assert ed.moves.topLevelItemCount() == 1
    assert [ed.moves.topLevelItem(0).text(c) for c in range(3)] == ["2026-03-01", "西湖花园6号楼601",
                                                                    "西湖花园6号楼501"]
    assert "西湖花园6号楼501" in ed.place.text()
    page.grab().save(str(SHOTS / "roster-moves-list.png"))
    ed.tabs.setCurrentIndex(0)
    page.grab().save(str(SHOTS / "roster-editor-move-button.png"))


def test_current_household_cannot_be_chosen(qtbot, page, world):
    _ctx, ids = world
    _edit(qtbot, page, ids["陈福生"])
    dlg = page.editor.open_move()
    current = [h for h in dlg._households() if h.data(0, HouseholdRole)[0] == ids["h601"]]
    assert current and current[0].isDisabled()
    dlg.tree.setCurrentItem(current[0])
    assert dlg.target() == ("", "") and not dlg.ok_button.isEnabled()
    assert dlg.confirm() is False and dlg.message.text()


def test_typed_new_address_is_created_only_when_confirmed(qtbot, page, world):
    ctx, ids = world
    _edit(qtbot, page, ids["张桂兰"])
    dlg = page.editor.open_move()
    dlg.tabs.setCurrentIndex(1)
    dlg.address.setText("7号楼302号房间")                       # cannot be read
    assert dlg.parsed is None and dlg.parsed_label.text() and not dlg.ok_button.isEnabled()
    dlg.address.setText("西湖花园7栋1单元302")
    assert dlg.parsed == ("西湖花园", "7号楼", "1", "302")
    assert dlg.create_box.isVisible() and not dlg.ok_button.isEnabled()
    assert dlg.confirm() is False
    with ctx.db.session(ctx.actor) as s:                        # nothing was created before confirming
        assert s.scalar(select(Household).where(Household.address == "西湖花园7号楼1单元302")) is None
    dlg.create_box.setChecked(True)
    assert dlg.ok_button.isEnabled() and "新建" in dlg.target_label.text()
    dlg.grab().save(str(SHOTS / "roster-move-typed.png"))
    assert dlg.confirm()
    d = _person(ctx, ids["张桂兰"])
    assert d.address == "西湖花园7号楼1单元302" and d.moves[-1].from_address == "西湖花园6号楼501"
    assert d.moves[-1].moved_on == today()
    assert any("7号楼" in page.tree.topLevelItem(i).child(j).text(0)        # the new building is in the tree
               for i in range(page.tree.topLevelItemCount()) for j in range(page.tree.topLevelItem(i).childCount()))


def test_typed_address_of_own_household_is_refused_and_nothing_created(qtbot, page, world):
    ctx, ids = world
    _edit(qtbot, page, ids["张桂兰"])
    dlg = page.editor.open_move()
    dlg.tabs.setCurrentIndex(1)
    dlg.address.setText("6栋501")                              # parsed, estate missing: a new building
    dlg.address.setText("西湖花园6号楼501")                    # the household she lives in
    assert not dlg.create_box.isVisible() and dlg.target()[0] == ids["h501"]
    assert dlg.confirm() is False
    assert "已在这一户" in dlg.message.text() and dlg.isVisible()
    d = _person(ctx, ids["张桂兰"])
    assert d.household_id == ids["h501"] and d.moves == []


def test_new_person_cannot_be_moved(qtbot, page, world):
    _ctx, ids = world
    page.tree.select_household(ids["h601"])
    page.new_person()
    assert page.editor.is_editing() and not page.editor.move_button.isEnabled()
    assert page.editor.open_move() is None


# -- possible duplicates ------------------------------------------------------------------------------

def test_duplicates_side_by_side_merge_only_after_confirmation(qtbot, page, world):
    ctx, ids = world
    assert page.model.total == 5
    _edit(qtbot, page, ids["张桂兰2"])
    dlg = page.open_duplicates()
    assert dlg.isVisible()
    names = [dlg.pairs.topLevelItem(i).text(0) for i in range(dlg.pairs.topLevelItemCount())]
    assert sorted(names) == ["何伯", "张桂兰"]
    row = names.index("张桂兰")
    dlg.pairs.setCurrentItem(dlg.pairs.topLevelItem(row))
    assert "出生日期" in dlg.reason.text()
    cells = {dlg.compare.verticalHeaderItem(r).text(): [dlg.compare.item(r, c).text() for c in range(2)]
             for r in range(dlg.compare.rowCount())}
    assert cells["姓名"] == ["张桂兰", "张桂兰"] and cells["出生日期"] == ["1944-05-02"] * 2
    id_cells = [v for v in cells["身份证号"] if v]
    assert len(id_cells) == 1 and "*" in id_cells[0]            # masked
    assert "西湖花园6号楼501" in cells["住址"]
    assert not dlg.merge_button.isEnabled()                     # the user must choose which to keep
    a, b = dlg.details
    keep_radio = dlg.keep_a if a.id == ids["张桂兰"] else dlg.keep_b
    keep_radio.setChecked(True)
    assert dlg.merge_button.isEnabled()
    dlg.resize(1000, 680)
    dlg.merge_button.click()
    assert dlg.confirm_bar.isVisible() and dlg.focusWidget() is dlg.confirm_button
    assert "历史" in dlg.confirm_text.text() and "不会真正删除" in dlg.confirm_text.text()
    dlg.grab().save(str(SHOTS / "roster-duplicates.png"))
    assert page.model.total == 5                                # nothing merged before confirming
    qtbot.keyClick(dlg.confirm_button, Qt.Key.Key_Space)
    with ctx.db.session(ctx.actor) as s:
        drop, keep = s.get(Person, ids["张桂兰2"]), s.get(Person, ids["张桂兰"])
        assert drop.deleted_at is not None and drop.merged_into_id == ids["张桂兰"]
        assert keep.id_number == make_id("441802", BORN, 2) and "2019年表格登记" in keep.notes
    assert "已合并" in dlg.status.text()
    assert [dlg.pairs.topLevelItem(i).text(0) for i in range(dlg.pairs.topLevelItemCount())] == ["何伯"]
    assert page.model.total == 4
    assert page.editor.person_id == ids["张桂兰"]               # the editor followed to the kept record


def test_not_same_person_hides_the_pair_for_the_session(qtbot, page, world):
    ctx, ids = world
    dlg = page.open_duplicates()
    start = dlg.pairs.topLevelItemCount()
    assert start == 2
    dlg.pairs.setCurrentItem(dlg.pairs.topLevelItem(0))
    skipped = dlg.current_pair().name
    qtbot.keyClick(dlg.not_same_button, Qt.Key.Key_Space)
    assert dlg.pairs.topLevelItemCount() == 1 and skipped in dlg.status.text()
    dlg.close()
    again = page.open_duplicates()                              # still hidden when opened again
    assert [again.pairs.topLevelItem(i).text(0) for i in range(again.pairs.topLevelItemCount())] != [skipped]
    assert again.pairs.topLevelItemCount() == 1
    again.not_same()
    assert again.pairs.topLevelItemCount() == 0 and "没有" in again.reason.text()
    assert not again.merge_button.isEnabled() and not again.not_same_button.isEnabled()
    assert page.model.total == 5                                # nothing was merged
    with ctx.db.session(ctx.actor) as s:
        assert len(service.possible_duplicates(s, ctx.actor, ids["cid"])) == 2


def test_merge_refused_by_service_is_shown(qtbot, page, world):
    ctx, ids = world
    dlg = page.open_duplicates()
    for i in range(dlg.pairs.topLevelItemCount()):
        if dlg.pairs.topLevelItem(i).text(0) == "何伯":
            dlg.pairs.setCurrentItem(dlg.pairs.topLevelItem(i))
    dlg.keep_a.setChecked(True)
    dlg.ask_merge()
    with ctx.db.session(ctx.actor) as s:                        # meanwhile someone deleted one of them
        service.delete_person(s, ctx.actor, dlg.details[1].id)
    assert dlg.merge() is False
    assert "已删除" in dlg.message.text() and not dlg.confirm_bar.isVisible()
    with ctx.db.session(ctx.actor) as s:
        assert s.get(Person, dlg.details[0].id).deleted_at is None
        assert s.get(Person, dlg.details[1].id).merged_into_id is None


@pytest.fixture
def cjk_font(qapp):
    """The shipped Chinese font, as the app loads it, so a grabbed screen shows characters, not boxes."""
    from desktop.ui.look import load_fonts

    before = qapp.font()
    load_fonts(qapp)
    yield
    qapp.setFont(before)


def test_merging_two_elder_members_names_both_cards_and_undo_restores(qtbot, cjk_font, page, world):
    """The article's centre: the same woman registered twice, with two cards and check-ins on both."""
    from desktop.elder import checkin_service, members_service
    from desktop.elder.models import ElderCheckin, ElderMember
    from tests.roster.merge_world import dump

    ctx, ids = world
    with ctx.db.session(ctx.actor) as s:
        cards = {}
        for key, no in (("张桂兰", "QC000208"), ("张桂兰2", "QC000576")):
            mid = members_service.register_member(s, ctx.actor, members_service.MemberInput(
                person_id=ids[key], member_no=no, eligibility_exception="测试"))
            cards[no] = mid
            checkin_service.checkin_member(s, ctx.actor, mid, lunch=no == "QC000576")
        before = dump(s)
    dlg = page.open_duplicates()
    for i in range(dlg.pairs.topLevelItemCount()):
        if dlg.pairs.topLevelItem(i).text(0) == "张桂兰":
            dlg.pairs.setCurrentItem(dlg.pairs.topLevelItem(i))
    a, _b = dlg.details
    (dlg.keep_a if a.id == ids["张桂兰"] else dlg.keep_b).setChecked(True)
    dlg.ask_merge()
    text = dlg.confirm_text.text()
    assert "QC000208" in text and "QC000576" in text and "保留 QC000208" in text
    assert dlg.merge() and "QC000576" in dlg.status.text() and dlg.undo_button.isVisible()
    with ctx.db.session(ctx.actor) as s:
        retired = s.get(ElderMember, cards["QC000576"])
        assert retired.deleted_at is not None and retired.person_id == ids["张桂兰2"]
        live = s.scalars(select(ElderCheckin).where(ElderCheckin.member_id == cards["QC000208"],
                                                    ElderCheckin.deleted_at.is_(None))).all()
        assert len(live) == 1 and live[0].lunch                # the same day once, not twice; lunch kept
    dlg.resize(1000, 680)
    dlg.show()
    dlg.grab().save(str(SHOTS / "roster-merge-cards.png"))
    assert dlg.undo() and not dlg.undo_button.isVisible() and "撤销" in dlg.status.text()
    with ctx.db.session(ctx.actor) as s:
        assert dump(s) == before
    assert page.model.total == 5
