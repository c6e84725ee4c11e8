"""The reception view, driven by the keyboard alone: nothing pending is dropped, every outcome has its
own colour and sound, the lunch toggle is for one member, undo from the list, candidates to tell apart."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest

from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.elder.views import reception_cues as cue
from desktop.elder.views.elder_page import ElderPage
from desktop.elder.views.reception import ReceptionView
from desktop.ui.context import AppContext
from desktop.ui.qt import Qt
from tests.elder.conftest import World

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def _settings() -> MachineSettings:
    return MachineSettings(Path(tempfile.mkdtemp()) / "settings.json")


def _ctx(world: World, desk: str = "reception") -> AppContext:
    return AppContext(db=world.db, actor=world.reception, settings=_settings(), desk=desk)


def _cjk(widget) -> None:  # noqa: ANN001
    """The shipped CJK fonts on this widget only (the application font stays as it is), so grabs are readable."""
    from desktop.core.paths import resources_dir
    from desktop.ui.look import FAMILIES
    from desktop.ui.qt import QFontDatabase

    for path in sorted((resources_dir() / "fonts").rglob("*.tt[fc]")):
        QFontDatabase.addApplicationFont(str(path))
    font = widget.font()
    font.setFamilies(FAMILIES)
    widget.setFont(font)


def _view(qtbot, w: World) -> ReceptionView:  # noqa: ANN001
    view = ReceptionView(_ctx(w))
    view.sound.enabled = False
    _cjk(view)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    return view


def _scan(qtbot, target, key: str) -> None:  # noqa: ANN001
    """Type a key and Enter into the view's field (or into another field given)."""
    field = target.input if isinstance(target, ReceptionView) else target
    qtbot.keyClicks(field, key)
    qtbot.keyClick(field, Qt.Key_Return)


def _cell(view: ReceptionView, row: int, col: int) -> str:
    return view.model.data(view.model.index(row, col))


def _grab(view: ReceptionView, qtbot, name: str) -> None:  # noqa: ANN001
    qtbot.wait(30)
    view.grab().save(f"/tmp/reception-{name}.png")


def test_scan_enter_checks_in_and_counts_update(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    w.member("陈福森", "13802341111")
    w.member("陈芳素", "13902341111")
    page = ElderPage(_ctx(w))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    view = page.reception
    view.sound.enabled = False
    assert page.tabs.currentWidget() is view
    assert view.arrivals == 0
    _scan(qtbot, view, "QC000001")
    assert view.arrivals == 1 and view.lunches == 0
    assert "潘美兰" in view.flash.text() and "签到成功" in view.flash.text()
    assert view.input.text() == ""
    assert view.model.rowCount() == 1 and _cell(view, 0, 2) == "潘美兰"
    # Space on the empty field turns lunch on; the same member again is shown, not doubled.
    qtbot.keyClick(view.input, Qt.Key_Space)
    assert view.lunch.isChecked()
    _scan(qtbot, view, "qc000001")
    assert "已签到" in view.flash.text() and view.last_cue == cue.ALREADY
    assert (view.arrivals, view.lunches) == (1, 1)
    # Ambiguous phone tail: candidates with age and flat, arrow down + Enter picks one.
    qtbot.keyClick(view.input, Qt.Key_F2)
    assert view.lunch.isChecked()
    _scan(qtbot, view, "1111")
    assert view.candidates.isVisible() and view.candidates.count() == 2
    assert view.lunch.isChecked()                        # still for the member being chosen
    assert all("岁" in view.candidates.item(i).text() and "西湖花园6号楼501" in view.candidates.item(i).text()
               for i in range(2))
    qtbot.keyClick(view.input, Qt.Key_Down)
    assert view.candidates.hasFocus() or view.candidates.currentRow() == 0
    picked = view.candidates.currentItem().text()
    qtbot.keyClick(view.candidates, Qt.Key_Return)
    assert not view.candidates.isVisible() and not view.lunch.isChecked()
    assert (view.arrivals, view.lunches) == (2, 2)
    assert picked.split()[1] in view.flash.text()


def test_a_pending_confirmation_is_never_dropped_by_the_next_scan(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("黄少珍", "13800001234", valid_until=today() - timedelta(days=30))
    w.member("何伯", "13800005678")
    w.member("罗伯", "13800009876", valid_until=today() - timedelta(days=1))
    view = _view(qtbot, w)
    heard: list[str] = []
    view.sound.played.connect(heard.append)
    qtbot.keyClick(view.input, Qt.Key_F2)               # 黄少珍 asks for lunch
    _scan(qtbot, view, "QC000001")
    assert view.last_cue == cue.CONFIRM and "已过期" in view.flash.text() and view.arrivals == 0
    assert not view.lunch.isChecked()                   # the toggle went with her, not to the next member
    _grab(view, qtbot, "pending")
    _scan(qtbot, view, "QC000002")                      # the next card, before anyone answered
    assert view.arrivals == 1 and "何伯" in view.flash.text() and view.last_cue == cue.OK
    assert view.pending.isVisible() and [p.member.name for p in view.pending.items] == ["黄少珍"]
    assert "待确认 1 位" in view.pending.title.text()
    _scan(qtbot, view, "QC000003")                      # another one needing an answer joins the queue
    assert [p.member.name for p in view.pending.items] == ["黄少珍", "罗伯"]
    _scan(qtbot, view, "QC000002")                      # the queue stays in sight whatever comes next
    assert view.last_cue == cue.ALREADY and len(view.pending.items) == 2
    _grab(view, qtbot, "pending-queued")
    qtbot.keyClick(view.input, Qt.Key_Return)           # ask about 罗伯 again (the oldest is 黄少珍 …
    assert "黄少珍" in view.flash.text()                 # … so she is asked first)
    qtbot.keyClick(view.input, Qt.Key_Escape)
    assert [p.member.name for p in view.pending.items] == ["罗伯"]
    _scan(qtbot, view, "QC000001")                      # she is scanned again: asked again, waiting again
    assert [p.member.name for p in view.pending.items] == ["罗伯", "黄少珍"]
    qtbot.keyClick(view.input, Qt.Key_Escape)           # the desk says no to 黄少珍 (asked last)
    assert [p.member.name for p in view.pending.items] == ["罗伯"] and "黄少珍 未签到" in view.flash.text()
    qtbot.keyClick(view.input, Qt.Key_Return)           # an empty Enter asks about the one still waiting …
    assert view.last_cue == cue.CONFIRM and "罗伯" in view.flash.text()
    assert view.arrivals == 1
    qtbot.keyClick(view.input, Qt.Key_F2)               # he stays for lunch after all
    qtbot.keyClick(view.input, Qt.Key_Return)           # … and the next one confirms him, with the lunch
    assert (view.arrivals, view.lunches) == (2, 1) and not view.pending.isVisible()
    assert "罗伯 签到成功，午餐" in view.flash.text() and not view.lunch.isChecked()
    assert heard == [cue.CONFIRM, cue.OK, cue.CONFIRM, cue.ALREADY, cue.CONFIRM, cue.CONFIRM, cue.CONFIRM, cue.OK]


def test_waiting_members_can_be_answered_with_the_buttons(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    for name, phone in (("黄少珍", "13800001234"), ("罗伯", "13800009876")):
        w.member(name, phone, valid_until=today() - timedelta(days=3))
    view = _view(qtbot, w)
    _scan(qtbot, view, "1234")
    _scan(qtbot, view, "9876")
    view.pending.list.setCurrentRow(0)
    view.pending.confirm.click()
    assert view.arrivals == 1 and view.table.model().data(view.model.index(0, 2)) == "黄少珍"
    view.pending.list.setCurrentRow(0)
    view.pending.decline.click()
    assert view.arrivals == 1 and not view.pending.items and not view.pending.isVisible()


def test_confirm_already_and_not_found_differ_in_colour_sign_and_sound(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("黄少珍", "13800001234", valid_until=today() - timedelta(days=30))
    w.member("何伯", "13800005678")
    view = _view(qtbot, w)
    seen: dict[str, tuple[str, str]] = {}
    for key, expected in (("1234", cue.CONFIRM), ("5678", cue.OK), ("5678", cue.ALREADY),
                          ("QC-000099", cue.NOT_FOUND)):
        qtbot.keyClick(view.input, Qt.Key_Escape)
        _scan(qtbot, view, key)
        assert view.last_cue == expected, key
        seen[expected] = (view.flash.styleSheet(), view.flash.text()[0])
        _grab(view, qtbot, expected)
    kinds = (cue.CONFIRM, cue.ALREADY, cue.NOT_FOUND)
    assert len({seen[k][0] for k in kinds}) == 3 and len({seen[k][1] for k in kinds}) == 3
    assert len({cue.CUES[k].beeps for k in kinds}) == 3 and len({cue.CUES[k].system_sound for k in kinds}) == 3
    assert "没有找到会员号：QC000099" in view.flash.text()
    assert view.sound.history[-4:] == [cue.CONFIRM, cue.OK, cue.ALREADY, cue.NOT_FOUND]


def test_the_lunch_toggle_is_for_one_member_only(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    w.member("何伯", "13800005678")
    view = _view(qtbot, w)
    qtbot.keyClick(view.input, Qt.Key_F2)
    qtbot.keyClicks(view.input, "QC0000")
    qtbot.keyClick(view.input, Qt.Key_Escape)           # Esc: typing and lunch both gone
    assert not view.lunch.isChecked() and view.input.text() == ""
    qtbot.keyClick(view.input, Qt.Key_F2)
    _scan(qtbot, view, "QC000777")                      # a failed scan
    assert view.last_cue == cue.NOT_FOUND and not view.lunch.isChecked()
    qtbot.keyClick(view.input, Qt.Key_F2)
    _scan(qtbot, view, "QC000001")                      # a check-in with lunch …
    assert view.lunches == 1 and not view.lunch.isChecked()
    _scan(qtbot, view, "QC000002")                      # … does not give the next member one
    assert (view.arrivals, view.lunches) == (2, 1)
    qtbot.keyClick(view.input, Qt.Key_Space)
    qtbot.keyClick(view.input, Qt.Key_Escape)           # Esc on an empty field
    assert not view.lunch.isChecked()


def test_undo_the_last_checkin_and_a_lunch_from_the_list(qtbot, sqlite_world: World) -> None:
    w = sqlite_world
    w.member("潘美兰", "13802345678")
    w.member("何伯", "13800005678")
    view = _view(qtbot, w)
    qtbot.keyClick(view.input, Qt.Key_F2)
    _scan(qtbot, view, "QC000001")
    qtbot.keyClick(view.input, Qt.Key_F2)
    _scan(qtbot, view, "QC000002")
    assert (view.arrivals, view.lunches) == (2, 2)
    qtbot.keyClick(view.input, Qt.Key_F8)               # the latest check-in is the one selected
    assert view.undo_bar.isVisible() and "何伯" in view.undo_bar.question.text()
    qtbot.keyClick(view.undo_bar.reason.lineEdit(), Qt.Key_Return)     # no reason: refused, bar stays
    assert view.undo_bar.isVisible() and "原因" in view.flash.text() and view.arrivals == 2
    view.undo_bar.reason.lineEdit().insert("刷错卡")                  # typed with an input method
    _grab(view, qtbot, "undo")
    qtbot.keyClick(view.undo_bar.reason.lineEdit(), Qt.Key_Return)
    assert not view.undo_bar.isVisible() and view.last_cue == cue.UNDONE
    assert (view.arrivals, view.lunches) == (1, 1)
    assert view.model.rowCount() == 2 and "已撤销" in _cell(view, 1, 5) and "刷错卡" in _cell(view, 1, 5)
    view.table.selectRow(0)                             # 潘美兰's lunch only
    view.undo_lunch_button.click()
    view.undo_bar.reason.setCurrentIndex(0)
    view.undo_bar.ok.click()
    assert (view.arrivals, view.lunches) == (1, 0) and _cell(view, 0, 4) == ""
    view.table.selectRow(1)                             # an undone check-in cannot be undone again
    qtbot.keyClick(view.input, Qt.Key_F8)
    assert not view.undo_bar.isVisible() and "已经撤销" in view.flash.text()
    view.table.selectRow(0)
    qtbot.keyClick(view.input, Qt.Key_F9)               # no lunch left to undo
    assert not view.undo_bar.isVisible() and "没有登记午餐" in view.flash.text()
    qtbot.keyClick(view.input, Qt.Key_F8)
    qtbot.keyClick(view.undo_bar.reason.lineEdit(), Qt.Key_Escape)     # Esc keeps it
    assert not view.undo_bar.isVisible() and view.arrivals == 1 and view.input.hasFocus()
    qtbot.keyClick(view.input, Qt.Key_F8)
    _scan(qtbot, view.undo_bar.reason.lineEdit(), "QC000001")   # a card scanned into the open bar …
    assert not view.undo_bar.isVisible() and view.last_cue == cue.ALREADY and view.arrivals == 1   # … is a scan
    _scan(qtbot, view, "QC000002")                      # 何伯 really arrives now
    assert view.last_cue == cue.OK and view.arrivals == 2


def test_a_cut_candidate_list_says_so(qtbot, sqlite_world: World) -> None:
    from desktop.core.security import SYSTEM
    from desktop.elder.bulk import bulk_add_members
    from desktop.roster.bulk import bulk_add_people
    w = sqlite_world
    with w.db.session(SYSTEM) as s:
        pids = bulk_add_people(s, SYSTEM, [dict(community_id=w.community_id, household_id=w.household_id,
                                                name="李桂" + "英云月艳燕"[i % 5], sex="F", phone=f"1370000{i:04d}")
                                           for i in range(46)])
        bulk_add_members(s, SYSTEM, [dict(person_id=p, member_no=f"QC{i + 1:06d}", join_date=today())
                                     for i, p in enumerate(pids)])
    view = _view(qtbot, w)
    _scan(qtbot, view, "lgy")
    assert view.candidates.count() == 30 and view.last_cue == cue.CANDIDATES
    assert "显示前 30 位，共 46 位，请再输入手机尾号" in view.flash.text()
    assert "年龄未登记" in view.candidates.item(0).text()
    _grab(view, qtbot, "candidates")


def test_two_desks_and_midnight_keep_the_list_true(qtbot, sqlite_world: World, desk_clock) -> None:
    """The list grows by this desk's own check-ins without reloading; another desk's, or a new day, reload it."""
    w = sqlite_world
    for name, phone in (("潘美兰", "13802345678"), ("何伯", "13800005678"), ("罗伯", "13800009876")):
        w.member(name, phone)
    desk_clock.at(2026, 12, 31, 23, 58)
    a, b = _view(qtbot, w), _view(qtbot, w)
    _scan(qtbot, a, "QC000001")
    desk_clock.advance(seconds=20)
    _scan(qtbot, b, "QC000002")
    assert (b.arrivals, b.model.rowCount()) == (2, 2)        # 潘美兰 came in at the other desk
    assert [_cell(b, r, 2) for r in range(2)] == ["何伯", "潘美兰"]
    desk_clock.advance(minutes=3)                           # 00:01 on New Year's Day
    _scan(qtbot, a, "QC000003")
    assert (a.arrivals, a.model.rowCount()) == (1, 1) and _cell(a, 0, 2) == "罗伯"
    _scan(qtbot, a, "QC000001")                             # yesterday's arrival does not count today
    assert a.last_cue == cue.OK and a.arrivals == 2


def test_todays_model_passes_the_model_tester(qtmodeltester) -> None:
    from datetime import datetime, timezone

    from desktop.elder.checkin_service import CancelledRow, TodayList, TodayRow
    from desktop.elder.views.today_model import CANCELLED_ROLE, CHECKIN_ID_ROLE, TodayTableModel

    at = datetime(2026, 11, 18, 1, 0, tzinfo=timezone.utc)
    model = TodayTableModel()
    model.set_day(TodayList(today(), [TodayRow("m1", "QC000001", "潘美兰", "普通", at, True, "待复核", "c1")], 1, 1,
                            (CancelledRow("c0", "QC000002", "<b>何伯</b>", at, at, "desk1", "刷错卡"),)))
    qtmodeltester.check(model)
    model.prepend(TodayRow("m3", "QC000003", "罗伯", "独居", at, False, "", "c3"))
    assert model.set_lunch("c3") and not model.set_lunch("c0") and model.live_counts() == (2, 2)
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["罗伯", "潘美兰", "<b>何伯</b>"]
    assert model.data(model.index(2, 0), CANCELLED_ROLE) and model.data(model.index(0, 0), CHECKIN_ID_ROLE) == "c3"
    assert model.data(model.index(0, 0)) == "09:00"                      # shown in Shanghai time
    assert "刷错卡" in model.data(model.index(2, 5)) and "desk1" in model.data(model.index(2, 5))
