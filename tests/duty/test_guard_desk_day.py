"""A day at the guard desk of 西湖花园6号楼, 06:00 to the next 06:00, on the real window with the desk
clock under control: four 值班室 shifts, a late start, a no-show, a cover, a missed round, a hand-over,
an end after the scheduled end and a night shift left open. The day is the last of the month, so the
night shift runs into the next month. Asserted: hours, alerts, the log, and that nothing is recorded for
anyone but the person who did it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.duty import hours, log_service, rounds_service
from desktop.duty.models import CONFIRMED, DutyLogAck, DutyLogEntry, DutyRoundCheck, DutyShift
from desktop.duty.views.day_record import DayRecordDialog
from desktop.duty.views.desk_style import is_dead
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QLabel, QMessageBox
from tests.duty.desk_helpers import desk_world_on

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


class Desk:
    """The building's guard-desk window: volunteers sign in and out of it as the day goes."""

    def __init__(self, dw, qtbot, tmp_path: Path, desk_clock) -> None:
        self.dw, self.clock, self.tmp_path = dw, desk_clock, tmp_path
        self.window = MainWindow(desk="guard")
        qtbot.addWidget(self.window)
        self.window.resize(1024, 768)
        self.view: GuardDeskView | None = None

    def at(self, hour: int, minute: int = 0, days: int = 0) -> None:
        d = self.dw.day + timedelta(days=days)
        self.clock.at(d.year, d.month, d.day, hour, minute)
        if self.view is not None:
            self.view.refresh()                     # what the desk's minute timer does

    def sign_in(self, name: str) -> GuardDeskView:
        w = self.dw.w
        ctx = AppContext(db=w.db, actor=self.dw.desk[name], settings=MachineSettings(self.tmp_path / "m.json"),
                         desk="guard", community_id=w.community_id, building_id=w.building_id)
        self.window.attach(ctx, "西湖社区")
        self.view = self.window.page("duty").desk
        assert self.view.info.member_name == name
        return self.view

    def shown(self) -> str:
        return "\n".join(w.text() for w in self.window.findChildren(QLabel) if w.isVisibleTo(self.window))

    def sign_out(self) -> None:
        assert "家中无人" in self.shown()              # the note is on the desk while someone is signed in
        self.window.detach()
        self.view = None
        assert "家中无人" not in self.shown() and "138****" not in self.shown()   # and gone with him

    @property
    def alerts(self) -> list[str]:
        return [a.text for a in self.view.info.alerts]


def test_a_guard_desk_day_from_six_to_six(sqlite_world, qtbot, tmp_path: Path, desk_clock, monkeypatch) -> None:
    day = month_end(today())
    dw = desk_world_on(sqlite_world, day)
    w = dw.w
    s1, s2, s3, s4 = (dw.shifts[k] for k in ("06:00", "12:00", "18:00", "22:00"))
    desk = Desk(dw, qtbot, tmp_path, desk_clock)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(GuardDeskView, "ask_end", lambda self, shift: "now")

    # 06:20 李秀英 comes in late; the desk already counts her as not arrived.
    desk.at(6, 20)
    v = desk.sign_in("李秀英")
    assert desk.alerts == ["未到岗：值班室 06:00–12:00 李秀英"]
    assert not is_dead(v.start_button) and is_dead(v.end_button) and v.cover_now_button.isHidden()
    desk.at(6, 25)
    v.start_button.click()
    assert v.message.text() == "李秀英：已开始值班（值班室 06:00–12:00），迟到 25 分钟"
    assert desk.alerts == []
    desk.at(9, 58)                                  # the 10:00 round is due: its button, and only it
    assert [b.text() for b in v.rounds.round_buttons] == ["值班室 10:00 巡查打卡"]
    v.rounds.round_buttons[0].click()
    assert v.message.text() == "值班室 10:00 的巡查已打卡" and not v.rounds.round_buttons
    desk.at(11, 50)
    log = v.log_dialog("交接")
    log.text.insertPlainText("502 漏水已报物业，下午师傅来修；601 全家外出，多留意")
    assert log.submit()
    desk.at(12, 2)
    v.end_button.click()
    assert v.message.text() == "李秀英：已结束值班（值班室 06:00–12:00），共 5 小时 37 分钟，辛苦了"
    desk.sign_out()

    # 12:20 王建国 has not come. 张桂兰 signs in: she has no shift, she is offered to cover his, and asked.
    desk.at(12, 20)
    v = desk.sign_in("张桂兰")
    assert desk.alerts == ["未到岗：值班室 12:00–18:00 王建国"]
    assert is_dead(v.start_button) and v.start_button.text() == "开始值班\n今明两天没有您的班次"
    v.start_button.click()                          # dead: says why, records nothing
    assert v.message.text() == "开始值班：今明两天没有您的班次"
    assert not v.handover_label.isHidden() and "502 漏水已报物业" in v.handover_label.text()
    v.handover_button.click()
    assert v.handover_label.isHidden() and v.message.text() == "已确认接班：李秀英 的交接"
    assert v.cover_now_button.text() == "代班\n王建国 12:00"
    v.cover_now_button.click()
    assert asked == ["这是 王建国 的班次（值班室 12:00–18:00），王建国 还没有开始。\n"
                     "由您（张桂兰）代 王建国 值这个班吗？时长记在您的名下。"]
    assert v.message.text() == "张桂兰：已开始值班，代 王建国 值 值班室 12:00–18:00，迟到 20 分钟"
    assert desk.alerts == [] and v.cover_now_button.isHidden()
    desk.at(16, 31)                                 # nobody walked the 16:00 round
    assert desk.alerts == ["漏巡：值班室 16:00"] and not v.rounds.round_buttons
    desk.sign_out()

    # 17:20 陈富森 is early: too early to start; at 17:40 he may.
    desk.at(17, 20)
    v = desk.sign_in("陈富森")
    assert is_dead(v.start_button) and v.start_button.text() == "开始值班\n17:30 起可开始"
    v.start_button.click()
    assert v.message.text() == "开始值班：17:30 起可开始"
    desk.at(17, 40)
    assert not is_dead(v.start_button)
    v.start_button.click()
    assert v.message.text() == "陈富森：已开始值班（值班室 18:00–22:00），准时到岗"
    desk.sign_out()
    desk.at(17, 58)
    v = desk.sign_in("张桂兰")
    assert v.end_button.text() == "结束值班\n值班室 12:00–18:00"
    v.end_button.click()
    desk.sign_out()

    # The evening: the 20:00 round walked; at 21:40 开始值班 is dead for him and nothing goes to 何皓.
    desk.at(20, 4)
    v = desk.sign_in("陈富森")
    assert desk.alerts == [] and [b.text() for b in v.rounds.round_buttons] == ["值班室 20:00 巡查打卡"]
    v.rounds.round_buttons[0].click()
    desk.at(21, 40)
    assert is_dead(v.start_button) and v.start_button.text() == "开始值班\n已在 17:40 开始值班"
    assert not is_dead(v.end_button) and v.cover_now_button.isHidden()
    v.start_button.click()
    assert v.message.text() == "开始值班：已在 17:40 开始值班"
    desk.sign_out()
    desk.at(22, 5)
    v = desk.sign_in("何皓")
    v.start_button.click()
    assert v.message.text() == "何皓：已开始值班（值班室 22:00–02:00），准时到岗"
    desk.sign_out()
    desk.at(22, 40)                                 # after his scheduled end: still his to end, until now
    v = desk.sign_in("陈富森")
    assert v.end_button.text() == "结束值班\n值班室 18:00–22:00"
    v.end_button.click()
    assert v.message.text() == "陈富森：已结束值班（值班室 18:00–22:00），共 5 小时 0 分钟，辛苦了"
    desk.sign_out()

    # 何皓 never ends his night shift. At 06:00 the next morning the desk closes it at 02:00, 未签退.
    desk.at(6, 0, days=1)
    v = desk.sign_in("陈富森")                      # the captain
    assert desk.alerts == ["有 1 个未签退班次等队长确认时长"]
    with w.db.session(w.coordinator) as s:
        assert s.get(DutyShift, s4).checkout_state == "未签退"
        [he] = [r for r in hours.hours_for(s, w.coordinator, w.team_id, day, day) if r.name == "何皓"]
    assert (he.duty_minutes, he.unclosed) == (235, 1)           # counted, flagged, never silently zero
    monkeypatch.setattr(DayRecordDialog, "exec", lambda self: 0)
    monkeypatch.setattr(DayRecordDialog, "ask_reason", lambda self, title, prompt: "何皓电话确认 02:00 离开")
    record = v.day_record()
    qtbot.addWidget(record)
    record.action_buttons[f"hours:{s4}"].click()
    assert record.message.text() == "已确认 何皓 的时长"
    v.refresh()
    assert desk.alerts == []

    # The record of the day.
    users = {name: a.id for name, a in dw.desk.items()}
    with w.db.session(w.coordinator) as s:
        got = {r.name: (r.duty_minutes, r.shifts, r.unclosed)
               for r in hours.hours_for(s, w.coordinator, w.team_id, day, day)}
        rows = {sid: s.get(DutyShift, sid) for sid in (s1, s2, s3, s4)}
        checks = s.scalars(select(DutyRoundCheck)).all()
        entries = s.scalars(select(DutyLogEntry)).all()
        acks = s.scalars(select(DutyLogAck)).all()
        rounds = {r.label: (r.state, r.by) for r in rounds_service.rounds_for_day(s, w.coordinator, w.team_id, day)}
        first = log_service.day_log(s, w.coordinator, w.team_id, day)[0]
        confirm = s.scalars(select(AuditEntry).where(AuditEntry.entity == "duty_shifts", AuditEntry.entity_id == s4,
                                                     AuditEntry.actor_name == "chen")).all()
    assert got["李秀英"] == (337, 1, 0) and got["王建国"] == (0, 0, 0) and got["张桂兰"] == (338, 1, 0)
    assert got["陈富森"] == (300, 1, 0) and got["何皓"] == (235, 1, 0)
    assert all(minutes == 0 for name, (minutes, _n, _u) in got.items()
               if name not in ("李秀英", "张桂兰", "陈富森", "何皓"))
    # Each shift is recorded for the one who served it, started by that person's own account.
    expect = {s1: "李秀英", s2: "张桂兰", s3: "陈富森", s4: "何皓"}
    for sid, name in expect.items():
        sh = rows[sid]
        assert (sh.member_id, sh.checked_in_by, sh.checked_in_by_id) == (w.members[name], name, users[name])
    assert rows[s2].covered_member_id == w.members["王建国"] and rows[s1].late_minutes == 25
    assert rows[s4].checkout_state == CONFIRMED and rows[s4].checkout_note == "何皓电话确认 02:00 离开"
    assert datetime.combine(day + timedelta(days=1), time(2)) == \
        rows[s4].check_out_at.astimezone(desk.clock.now.tzinfo).replace(tzinfo=None)
    assert confirm, "the captain's confirmation is on the audit trail"
    assert rounds == {"值班室 10:00": ("已巡", "李秀英"), "值班室 16:00": ("漏巡", ""),
                      "值班室 20:00": ("已巡", "陈富森")}
    assert {c.member_id for c in checks} == {w.members["李秀英"], w.members["陈富森"]}
    assert [(e.kind, e.author_id) for e in entries] == [("交接", users["李秀英"])]
    assert first.kind == "交接" and [a[0] for a in first.acks] == ["张桂兰"]
    assert [(a.user_id, a.member_id) for a in acks] == [(users["张桂兰"], w.members["张桂兰"])]
    # 王建国 never came and signed in nowhere: nothing anywhere is his.
    wang = w.members["王建国"]
    assert all(sh.member_id != wang and sh.checked_in_by_id != users["王建国"] for sh in rows.values())
    assert all(c.member_id != wang for c in checks) and all(e.author_id != users["王建国"] for e in entries)
