"""Swap and cover requests from the guard desk and the calendar, a member's availability, and the
holiday table for a year the built-in calendar does not know."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import today
from desktop.core.holidays import HOLIDAY, calendar_for, official_year_known
from desktop.core.settings_store import MachineSettings
from desktop.duty import shifts_service, teams_service
from desktop.duty.views.calendar_view import ShiftIdRole
from desktop.duty.views.duty_page import DutyPage
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.duty.views.holiday_dialog import HolidayDialog
from desktop.duty.views.member_dialog import MemberDialog
from desktop.duty.views.requests_dialog import COVER, SWAP, RequestDialog
from desktop.ui.context import AppContext
from desktop.ui.qt import QDate, Qt
from tests.duty.desk_helpers import swap_is_clean

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
DAY = date(2026, 11, 10)


def ctx_for(w, actor, tmp_path: Path, desk: str = "") -> AppContext:
    return AppContext(db=w.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"), desk=desk,
                      community_id=w.community_id, building_id=w.building_id)


def pick(box, text: str) -> None:
    index = next(i for i in range(box.count()) if text in box.itemText(i))
    box.setCurrentIndex(index)


def test_volunteer_asks_for_cover_and_a_swap_from_the_guard_desk(sqlite_world, qtbot, tmp_path: Path,
                                                                  monkeypatch, desk_clock) -> None:
    w = sqlite_world
    chen = w.members["陈富森"]
    later = DAY + timedelta(days=2)
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 11)
        rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, later, later)
        mine = next(r for r in rows if r.post_name == "值班室" and r.start.hour == 8)
        shifts_service.assign(s, w.coordinator, mine.id, chen)
        teams_service.add_away(s, w.coordinator, w.members["王建国"], later, later, "体检")
    desk_clock.at(DAY.year, DAY.month, DAY.day, 9, 50)
    view = GuardDeskView(ctx_for(w, w.volunteer, tmp_path, "guard"), w.team_id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    assert not view.cover_button.isHidden() and view.cover_button.isEnabled()
    assert view.my_shifts and all(r.member_id == chen and r.start > datetime.combine(DAY, time(9, 50))
                                  for r in view.my_shifts)
    assert mine.id in [r.id for r in view.my_shifts] and "我的下一个班：" in view.mine_label.text()

    dialog = view.request_dialog(COVER)
    qtbot.addWidget(dialog)
    dialog.shift_box.setCurrentIndex(dialog.shift_box.findData(mine.id))
    labels = [dialog.member_box.itemText(i) for i in range(dialog.member_box.count())]
    assert "陈富森" not in labels and "王建国（当天请假）" in labels
    wang = labels.index("王建国（当天请假）")
    assert not dialog.member_box.model().item(wang).isEnabled()
    dialog.resize(760, 420)
    dialog.grab().save(str(SHOTS / "duty-request-dialog.png"))
    dialog.deleteLater()

    def fill_cover(self) -> int:  # noqa: ANN001
        self.shift_box.setCurrentIndex(self.shift_box.findData(mine.id))
        pick(self.member_box, "李秀英")
        self.reason.setText("孙子生日")
        self.submit()
        return self.result()

    monkeypatch.setattr(RequestDialog, "exec", fill_cover)
    with qtbot.waitSignal(view.request_made):
        view.cover_button.click()
    assert "代班申请已提交" in view.message.text()
    with w.db.session(w.coordinator) as s:
        reqs = shifts_service.list_requests(s, w.coordinator, w.team_id)
    assert [(r.kind, r.from_name, r.to_name, r.reason, r.state, r.asked_by) for r in reqs] == \
        [("代班", "陈富森", "李秀英", "孙子生日", "待批", "陈富森")]

    # A swap: the other shift is gone by the time it is sent -> the message shows and the dialog stays.
    dialog = view.request_dialog(SWAP)
    qtbot.addWidget(dialog)
    dialog.shift_box.setCurrentIndex(dialog.shift_box.findData(mine.id))
    assert dialog.stack.currentIndex() == 1 and dialog.other_box.count() > 0
    others = [dialog.other_box.itemText(i) for i in range(dialog.other_box.count())]
    assert not any(t.endswith("陈富森") for t in others)
    dialog.resize(760, 420)
    dialog.grab().save(str(SHOTS / "duty-swap-dialog.png"))
    other_id = dialog.other_box.currentData()
    with w.db.session(w.coordinator) as s:
        shifts_service.remove_shift(s, w.coordinator, other_id)
    assert not dialog.submit() and dialog.error.text() == "找不到这个班次" and dialog.request_id is None
    dialog.other_box.setCurrentIndex(1)
    second = dialog.other_box.currentData()
    assert dialog.submit() and dialog.request_id
    with w.db.session(w.coordinator) as s:
        reqs = shifts_service.list_requests(s, w.coordinator, w.team_id, pending_only=True)
        coming = shifts_service.list_shifts(s, w.coordinator, w.team_id, DAY, DAY + timedelta(days=28))
    other = next(r for r in coming if r.id == second)
    swap = next(r for r in reqs if r.kind == "换班")
    assert swap.from_name == "陈富森" and swap.to_name == other.member_name


def test_volunteer_without_shifts_or_outside_the_team(sqlite_world, qtbot, tmp_path: Path) -> None:
    w = sqlite_world          # nothing rostered yet
    view = GuardDeskView(ctx_for(w, w.volunteer, tmp_path, "guard"), w.team_id)
    qtbot.addWidget(view)
    assert not view.cover_button.isHidden() and not view.cover_button.isEnabled()
    assert view.mine_label.text() == "之后四周没有排到我的班次" and view.request_dialog(COVER) is None
    desk = GuardDeskView(ctx_for(w, w.coordinator, tmp_path, "guard"), w.team_id)   # not in the team
    qtbot.addWidget(desk)
    assert desk.mine.isHidden() and not desk.cover_button.isVisibleTo(desk)


def test_coordinator_requests_a_swap_from_the_calendar_and_approves_it(sqlite_world, qtbot, tmp_path: Path,
                                                                       monkeypatch) -> None:
    w = sqlite_world
    first = today().replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    with w.db.session(w.coordinator) as s:
        for m in (first, nxt):
            shifts_service.generate_month(s, w.coordinator, w.team_id, m.year, m.month)
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    cal, team = page.calendar, page.team
    assert not cal.request_button.isHidden() and not cal.holiday_button.isHidden()
    assert cal.request_dialog() is None and "周视图" in cal.status.text()          # month view: no shift chosen
    cal.toggle_mode()
    cal.week_start = today() - timedelta(days=today().weekday()) + timedelta(days=7)
    cal.refresh()
    cell = next((r, c) for r in range(cal.table.rowCount()) for c in range(7)
                if cal.table.item(r, c) and not cal.table.item(r, c).text().startswith("空缺"))
    cal.table.setCurrentCell(*cell)
    shift_id = cal.table.item(*cell).data(ShiftIdRole)
    chosen = next(r for r in cal.rows if r.id == shift_id)
    page.grab().save(str(SHOTS / "duty-calendar-request.png"))

    picked: list[str] = []

    def fill_swap(self) -> int:  # noqa: ANN001
        assert self.shift_box.count() == 1 and not self.shift_box.isEnabled()
        self.kind_box.setCurrentIndex(self.kind_box.findData(SWAP))
        # the first shift offered whose swap breaks no rule (whatever the date, some will)
        clean = next(i for i in range(self.other_box.count()) if swap_is_clean(w, shift_id, self.other_box.itemData(i)))
        self.other_box.setCurrentIndex(clean)
        picked.append(self.other_box.currentData())
        self.reason.setText("出差")
        self.submit()
        return self.result()

    monkeypatch.setattr(RequestDialog, "exec", fill_swap)
    assert team.requests_model.rowCount() == 0
    cal.request_button.click()
    assert "已提交换班申请" in cal.status.text()
    assert team.requests_model.rowCount() == 1 and team.requests_model.cell(0, 0) == "换班"
    assert team.requests_model.cell(0, 6) == "待批" and team.requests_model.cell(0, 5) == "何社工"
    assert team.tabs.tabText(team.requests_tab) == "换班代班（1 待批）"
    rid = team.requests_model.row(0).id
    page.tabs.setCurrentWidget(team)
    team.tabs.setCurrentIndex(team.requests_tab)
    page.grab().save(str(SHOTS / "duty-team-requests.png"))
    with w.db.session(w.coordinator) as s:
        before = shifts_service.list_shifts(s, w.coordinator, w.team_id, first, nxt + timedelta(days=40))
    other_before = next(r for r in before if r.id == picked[0])
    assert team.decide(rid, True) and team.tabs.tabText(team.requests_tab) == "换班代班"
    with w.db.session(w.coordinator) as s:
        after = {r.id: r.member_id for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, first,
                                                                       nxt + timedelta(days=40))}
    assert after[chosen.id] == other_before.member_id and after[picked[0]] == chosen.member_id


def test_member_availability_is_edited_in_the_team_view(sqlite_world, qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:
    w = sqlite_world
    chen = w.members["陈富森"]
    with w.db.session(w.coordinator) as s:
        teams_service.add_away(s, w.coordinator, chen, date(2026, 12, 1), date(2026, 12, 3), "探亲")
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    view = page.team
    dialog = view.member_dialog(chen)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, MemberDialog) and all(b.isChecked() for b in dialog.day_boxes)
    assert dialog.avail_from.text() == "" and dialog.max_per_week.value() == 4
    # Errors are shown next to their field and nothing is saved.
    dialog.avail_from.setText("08:00")
    assert not dialog.save() and dialog.errors["avail_from"].text() == "可值班时段要同时填写开始和结束"
    assert not dialog.errors["avail_from"].isHidden()
    dialog.avail_to.setText("7点")
    assert not dialog.save() and "08:00" in dialog.errors["avail_to"].text()
    assert dialog.errors["avail_from"].isHidden()
    dialog.avail_to.setText("07:30")
    assert not dialog.save() and dialog.errors["avail_to"].text() == "可值班时段的结束要晚于开始"
    for b in dialog.day_boxes:
        b.setChecked(False)
    dialog.avail_to.setText("12：00")
    assert not dialog.save() and not dialog.errors["weekdays"].isHidden()
    for b in dialog.day_boxes[:5]:
        b.setChecked(True)
    assert dialog.errors["weekdays"].isHidden()
    dialog.max_per_week.setValue(2)
    dialog.skills.setText("急救，电工、 会说粤语")
    dialog.resize(700, 360)
    dialog.grab().save(str(SHOTS / "duty-member-dialog.png"))
    assert dialog.save() and dialog.result() == MemberDialog.DialogCode.Accepted
    with w.db.session(w.coordinator) as s:
        m = next(x for x in teams_service.list_members(s, w.coordinator, w.team_id) if x.id == chen)
    assert (m.weekdays, m.avail_from, m.avail_to, m.max_per_week, m.skills) == \
        ("12345", time(8), time(12), 2, ["急救", "电工", "会说粤语"])
    assert m.is_captain and m.user_id == w.volunteer.id and m.person_id == w.people["陈富森"]   # kept
    assert m.phone == "13807630000" and [a.reason for a in m.away] == ["探亲"]

    # From the members tab: select the row, the dialog opens, the table shows the new window.
    li = w.members["李秀英"]

    def fill(self) -> int:  # noqa: ANN001
        self.day_boxes[6].setChecked(False)
        self.avail_from.setText("18:00")
        self.avail_to.setText("21:00")
        self.save()
        return self.result()

    monkeypatch.setattr(MemberDialog, "exec", fill)
    view.refresh()
    view.members.selectRow([m.id for m in view.members_model.rows].index(li))
    edit = next(b for b in view.member_buttons if b.text() == "可值班时间…")
    edit.click()
    row = [m.id for m in view.members_model.rows].index(li)
    assert view.members_model.cell(row, 4) == "一二三四五六" and view.members_model.cell(row, 5) == "18:00–21:00"
    assert "已保存 李秀英" in view.status.text()
    row = [m.id for m in view.members_model.rows].index(chen)
    assert view.members_model.cell(row, 3) == "急救、电工、会说粤语" and "探亲" in view.members_model.cell(row, 7)


def test_holiday_table_for_a_year_the_library_does_not_know(sqlite_world, qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    w = sqlite_world
    assert official_year_known(2027) is False
    dialog = HolidayDialog(ctx_for(w, w.coordinator, tmp_path), 2027)
    qtbot.addWidget(dialog)
    assert "还没有 2027 年" in dialog.known.text() and dialog.model.rowCount() == 0
    assert dialog.add(date(2027, 10, 1), True, "国庆")
    dialog.day.setDate(QDate(2027, 9, 26))           # a Sunday worked instead
    dialog.kind.setCurrentIndex(dialog.kind.findText("调休上班"))
    dialog.name.setText("国庆调休")
    dialog.add_selected()
    assert [dialog.model.cell(r, c) for r in range(2) for c in range(4)] == \
        ["2027-09-26", "星期日", "调休上班", "国庆调休", "2027-10-01", "星期五", "放假", "国庆"]
    assert not dialog.add(date(2027, 10, 2), True, "国" * 40) and "名称太长" in dialog.message.text()
    dialog.resize(720, 520)
    dialog.grab().save(str(SHOTS / "duty-holiday-dialog.png"))
    with w.db.session(w.coordinator) as s:
        cal = calendar_for(s, date(2027, 9, 1), date(2027, 10, 31))
    assert cal.kind(date(2027, 10, 1)) == HOLIDAY and cal.is_makeup_workday(date(2027, 9, 26))
    dialog.show()
    dialog.day.setDate(QDate(2027, 1, 1))
    dialog.kind.setCurrentIndex(0)
    dialog.name.setText("元旦")
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)                         # Enter adds, the dialog stays
    assert dialog.isVisible() and dialog.model.rowCount() == 3 and dialog.model.cell(0, 3) == "元旦"
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert dialog.model.rowCount() == 2 and "已删除 2027-09-26" in dialog.message.text()
    assert not dialog.remove(date(2027, 9, 26)) and "没有 2027-09-26" in dialog.message.text()
    # A volunteer may look but not change the table.
    view_only = HolidayDialog(ctx_for(w, w.volunteer, tmp_path), 2027)
    qtbot.addWidget(view_only)
    assert view_only.model.rowCount() == 2 and not view_only.add(date(2027, 10, 2), True, "国庆")
    assert view_only.message.text()

    # From the calendar: the month of the table's year shows the day's name.
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    cal_view = page.calendar
    cal_view.month = date(2027, 10, 1)

    def add_one(self) -> int:  # noqa: ANN001
        # a month of another year opens its year; of this year, the next (the one to fill in)
        assert self.year.value() == (2027 if today().year != 2027 else 2028)
        self.add(date(2027, 10, 4), True, "国庆")
        return 0

    monkeypatch.setattr(HolidayDialog, "exec", add_one)
    cal_view.holiday_button.click()
    texts = [cal_view.table.item(r, c).text() for r in range(cal_view.table.rowCount()) for c in range(7)
             if cal_view.table.item(r, c)]
    assert "1 国庆" in texts and "4 国庆" in texts
