"""The duty page: the guard desk in big type (start/end, rounds, log) and the coordinators' calendar."""

from __future__ import annotations

import os
from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.duty import common, desk_service, shifts_service
from desktop.duty.views.duty_page import DutyPage
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.duty.views.today_section import DutyTodaySection
from desktop.ui.context import AppContext
from desktop.ui.qt import QPushButton

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
DAY = date(2026, 11, 10)


def ctx_for(w, actor, tmp_path: Path, desk: str = "") -> AppContext:
    return AppContext(db=w.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"), desk=desk,
                      community_id=w.community_id, building_id=w.building_id)


def test_guard_desk_big_type_start_end_round_and_log(sqlite_world, qtbot, tmp_path: Path, monkeypatch) -> None:
    w = sqlite_world
    warnings: list[str] = []
    monkeypatch.setattr("desktop.duty.views.guard_desk.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 11)
        rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, DAY, DAY)
        morning = next(r for r in rows if r.post_name == "值班室" and r.start.hour == 8)
        shifts_service.assign(s, w.coordinator, morning.id, w.members["陈富森"])
    now = common.to_utc(datetime.combine(DAY, time(9, 50)))
    view = GuardDeskView(ctx_for(w, w.volunteer, tmp_path, "guard"), w.team_id, now=now)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    assert view.info is not None and view.info.mine is not None and view.info.mine.id == morning.id
    assert "陈富森" in view.now_label.text() and "未到岗" in view.now_label.text()
    for b in view.findChildren(QPushButton):
        b.ensurePolished()
        assert b.font().pointSizeF() >= 18, b.text()
    assert view.now_label.fontInfo().pointSizeF() >= 18
    assert view.start_button.isEnabled() and not view.end_button.isEnabled()
    view.start_button.click()
    assert "迟到 110 分钟" in view.message.text()
    assert view.end_button.isEnabled() and not view.start_button.isEnabled()
    round_buttons = [b for b in view.findChildren(QPushButton) if "10:00 打卡" in b.text()]
    assert len(round_buttons) == 1
    round_buttons[0].click()
    assert "已巡" in view.message.text()
    assert view.save_log("来访", "快递员送件至502，已登记")
    assert not view.save_log("来访", "  ") and warnings == ["请写下值班情况"]
    view.grab().save(str(SHOTS / "duty-guard-desk.png"))
    view.end_button.click()
    with w.db.session(w.coordinator) as s:
        log = desk_service.list_log(s, w.coordinator, w.team_id, DAY, DAY)
        done = next(r for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, DAY, DAY) if r.id == morning.id)
    assert [(e.kind, e.author) for e in log] == [("来访", "陈富森")]
    assert done.late_minutes == 110 and done.check_out_at is not None


def test_duty_page_for_volunteers_is_the_desk_and_for_coordinators_the_calendar(sqlite_world, qtbot, tmp_path: Path,
                                                                                 monkeypatch) -> None:
    w = sqlite_world
    this_month = today().replace(day=1)
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, this_month.year, this_month.month)
    guard = DutyPage(ctx_for(w, w.volunteer, tmp_path))
    qtbot.addWidget(guard)
    assert guard.desk is not None and guard.calendar is None
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    cal = page.calendar
    assert cal is not None and cal.team_id == w.team_id
    assert cal.table.rowCount() >= 4 and cal.table.columnCount() == 7
    texts = "\n".join(cal.table.item(r, c).text() for r in range(cal.table.rowCount())
                      for c in range(7) if cal.table.item(r, c))
    assert "值班" in texts and any(name in texts for name in w.members)
    assert "空缺 0 个" in cal.status.text() or "空缺" in cal.status.text()
    page.grab().save(str(SHOTS / "duty-calendar-month.png"))
    cal.toggle_mode()
    assert cal.mode == "week" and cal.table.rowCount() >= 3
    # Unfilled shifts stand out; double booking is refused from the view with the service's message.
    warnings: list[str] = []
    monkeypatch.setattr("desktop.duty.views.calendar_view.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    first_day = cal.week_start
    with w.db.session(w.coordinator) as s:
        day_rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, first_day, first_day)
    office = next(r for r in day_rows if r.post_name == "值班室" and r.start.hour == 8)
    traffic = next(r for r in day_rows if r.post_name == "交通疏导")
    before = int(cal.status.text().split("空缺 ")[1].split(" ")[0])
    assert cal.assign(office.id, None)
    assert int(cal.status.text().split("空缺 ")[1].split(" ")[0]) == before + 1
    unfilled = [cal.table.item(r, 0) for r in range(cal.table.rowCount())
                if cal.table.item(r, 0) and cal.table.item(r, 0).text().startswith("空缺")]
    assert unfilled and unfilled[0].background().color().name() == "#f8d7da"
    someone = next(m for m in w.members.values() if m != traffic.member_id)
    assert cal.assign(office.id, someone) and warnings == []
    assert not cal.assign(traffic.id, someone)
    assert len(warnings) == 1 and "重复排班" in warnings[0] and "重复排班" in cal.status.text()
    page.grab().save(str(SHOTS / "duty-calendar-week.png"))
    pdf = tmp_path / "rota.pdf"
    cal.print_rota(path=str(pdf))
    assert pdf.exists() and pdf.stat().st_size > 1000


def test_today_section(sqlite_world, qtbot, tmp_path: Path) -> None:
    w = sqlite_world
    assert DutyTodaySection.applies(w.volunteer) and not DutyTodaySection.applies(w.reception)
    this_month = today().replace(day=1)
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, this_month.year, this_month.month)
    section = DutyTodaySection(ctx_for(w, w.volunteer, tmp_path))
    qtbot.addWidget(section)
    assert "现在：" in section.body.text() and "下一班：" in section.body.text()
