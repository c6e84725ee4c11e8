"""The duty page: the guard desk in big type (start/end, rounds, log) and the coordinators' calendar."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.clock import today
from desktop.core.settings_store import MachineSettings
from desktop.duty import log_service, shifts_service, teams_service
from desktop.duty.views.duty_page import DutyPage
from desktop.duty.views.desk_style import is_dead
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.duty.views.today_section import DutyTodaySection
from desktop.ui.context import AppContext
from desktop.ui.qt import QMessageBox, QPushButton
from desktop.volunteers.views.duty_certificate import DutyCertificateButton
from tests.duty.desk_helpers import free_member

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))
DAY = date(2026, 11, 10)


def ctx_for(w, actor, tmp_path: Path, desk: str = "") -> AppContext:
    return AppContext(db=w.db, actor=actor, settings=MachineSettings(tmp_path / "m.json"), desk=desk,
                      community_id=w.community_id, building_id=w.building_id)


def test_guard_desk_big_type_start_end_round_and_log(sqlite_world, qtbot, tmp_path: Path, desk_clock) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 11)
        rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, DAY, DAY)
        morning = next(r for r in rows if r.post_name == "值班室" and r.start.hour == 8)
        shifts_service.assign(s, w.coordinator, morning.id, w.members["陈富森"])
    desk_clock.at(DAY.year, DAY.month, DAY.day, 9, 50)
    view = GuardDeskView(ctx_for(w, w.volunteer, tmp_path, "guard"), w.team_id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    assert view.info is not None and view.info.mine is not None and view.info.mine.id == morning.id
    assert "陈富森" in view.now_label.text() and "未到岗" in view.now_label.text()
    for b in view.findChildren(QPushButton):
        b.ensurePolished()
        assert b.font().pointSizeF() >= 15, b.text()
    assert view.start_button.title.font().pointSizeF() >= 19
    assert view.now_label.fontInfo().pointSizeF() >= 15
    assert not is_dead(view.start_button) and is_dead(view.end_button)
    view.end_button.click()                                          # dead, but not silent
    assert view.message.text() == "结束值班：还没有开始值班"
    view.start_button.click()
    assert "迟到 110 分钟" in view.message.text()
    assert not is_dead(view.end_button) and is_dead(view.start_button)
    assert "已在 09:50 开始值班" in view.start_button.text()
    round_buttons = [b for b in view.rounds.round_buttons if "值班室 10:00 巡查打卡" in b.text()]
    assert len(round_buttons) == 1
    round_buttons[0].click()
    assert view.message.text() == "值班室 10:00 的巡查已打卡"
    assert view.save_log("来访", "快递员送件至502，已登记")
    assert not view.save_log("来访", "  ") and view.message.text() == "请写下值班情况"
    view.grab().save(str(SHOTS / "duty-guard-desk.png"))
    view.end_button.click()
    with w.db.session(w.coordinator) as s:
        log = log_service.list_log(s, w.coordinator, w.team_id, DAY, DAY)
        done = next(r for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, DAY, DAY) if r.id == morning.id)
    assert [(e.kind, e.author) for e in log] == [("来访", "陈富森")]
    assert done.late_minutes == 110 and done.check_out_at is not None


def test_duty_page_for_volunteers_is_the_desk_and_for_coordinators_the_calendar(sqlite_world, qtbot, tmp_path: Path,
                                                                                 monkeypatch) -> None:
    w = sqlite_world
    this_month = today().replace(day=1)
    next_month = (this_month + timedelta(days=32)).replace(day=1)
    with w.db.session(w.coordinator) as s:
        for m in (this_month, next_month):
            shifts_service.generate_month(s, w.coordinator, w.team_id, m.year, m.month)
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
    # A day of the week shown with both an 08:00 值班室 shift and a 交通疏导 one (workdays only): the week
    # may begin before the generated months or be a holiday week (除夕), so step on until there is one.
    for _ in range(5):
        with w.db.session(w.coordinator) as s:
            rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, cal.week_start,
                                              cal.week_start + timedelta(days=6))
        first_day = next((d for d in sorted({r.day for r in rows})
                          if any(r.day == d and r.post_name == "交通疏导" and r.member_id for r in rows)
                          and any(r.day == d and r.post_name == "值班室" and r.start.hour == 8 for r in rows)), None)
        if first_day is not None:
            break
        cal.step(1)
    day_rows = [r for r in rows if r.day == first_day]
    office = next(r for r in day_rows if r.post_name == "值班室" and r.start.hour == 8)
    traffic = next(r for r in day_rows if r.post_name == "交通疏导")
    before = int(cal.status.text().split("空缺 ")[1].split(" ")[0])
    assert cal.assign(office.id, None)
    assert int(cal.status.text().split("空缺 ")[1].split(" ")[0]) == before + 1
    unfilled = [cal.table.item(r, c) for r in range(cal.table.rowCount()) for c in range(7)
                if cal.table.item(r, c) and cal.table.item(r, c).text().startswith("空缺")]
    assert unfilled and unfilled[0].background().color().name() == "#f8d7da"
    with w.db.session(w.coordinator) as s:
        teams_service.add_away(s, w.coordinator, w.members["王建国"], first_day, first_day, "体检")
    cal.refresh()
    labels = dict(cal.choices(office.id))
    assert labels["王建国（请假）"] is None and labels["李秀英"] == w.members["李秀英"]
    someone = next(m for m in w.members.values() if m not in (traffic.member_id, w.members["王建国"]))
    assert cal.assign(office.id, someone) and warnings == []
    assert not cal.assign(traffic.id, someone)
    assert len(warnings) == 1 and "重复排班" in warnings[0] and "重复排班" in cal.status.text()
    page.grab().save(str(SHOTS / "duty-calendar-week.png"))
    pdf = tmp_path / "rota.pdf"
    job = cal.print_rota(path=str(pdf))
    qtbot.waitUntil(lambda: job.done, timeout=20000)                     # built on a worker thread
    assert pdf.exists() and pdf.stat().st_size > 1000 and "rota.pdf" in cal.status.text()


def test_coordinator_builds_a_team_with_posts_and_shifts(sqlite_world, qtbot, tmp_path: Path, monkeypatch) -> None:
    w = sqlite_world
    warnings: list[str] = []
    monkeypatch.setattr("desktop.duty.views.calendar_view.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    cal = page.calendar
    assert cal.create_team("西湖花园7号楼志愿服务队") and cal.team_box.currentText() == "西湖花园7号楼志愿服务队"
    assert not cal.create_team("西湖花园7号楼志愿服务队") and "已经有名为" in warnings[-1]
    assert cal.add_post("值班室", "", "10:00,16:00") and cal.post_box.findText("值班室") > 0
    post_id = cal.post_box.itemData(cal.post_box.findText("值班室"))
    assert not cal.add_template(post_id, "八点到十二点") and "08:00-12:00" in warnings[-1]
    assert cal.add_template(post_id, "08:00-12:00") and cal.add_template(post_id, "18:00–22:00")
    cal.generate()
    days = (today().replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    assert cal.status.text() == f"已生成 {days.day * 2} 个班次，空缺 {days.day * 2} 个"     # nobody in it yet
    assert page.team is not None and page.team.team_id == cal.team_id


def test_today_section(sqlite_world, qtbot, tmp_path: Path) -> None:
    w = sqlite_world
    assert DutyTodaySection.applies(w.volunteer) and not DutyTodaySection.applies(w.reception)
    this_month = today().replace(day=1)
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, this_month.year, this_month.month)
    section = DutyTodaySection(ctx_for(w, w.volunteer, tmp_path))
    qtbot.addWidget(section)
    assert "现在：" in section.body.text() and "下一班：" in section.body.text()


def test_team_view_hours_certificate_requests_and_fund(sqlite_world, qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop.duty import fund
    w = sqlite_world
    warnings: list[str] = []
    monkeypatch.setattr("desktop.duty.views.team_view.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    this_month = today().replace(day=1)
    next_month = (this_month + timedelta(days=32)).replace(day=1)
    tomorrow = today() + timedelta(days=1)
    with w.db.session(w.coordinator) as s:
        for m in (this_month, next_month):      # tomorrow may be in the next month
            shifts_service.generate_month(s, w.coordinator, w.team_id, m.year, m.month)
        rows = [r for r in shifts_service.list_shifts(s, w.coordinator, w.team_id, tomorrow, tomorrow)
                if r.member_id]
    cover_for = rows[0]                         # a shift still to come, and a member free at its time
    free = free_member(w, cover_for.id)
    with w.db.session(w.coordinator) as s:
        rid = shifts_service.request_cover(s, w.coordinator, cover_for.id, free, "生病")
        fund.add_entry(s, w.coordinator, w.team_id, today(), fund.INCOME, 12345, "社区资助", "启动经费")
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    view = page.team
    assert view is not None and view.members_model.rowCount() == 9
    assert view.requests_model.column_texts(6) == ["待批"]
    assert view.decide(rid, True) and view.requests_model.column_texts(6) == ["已批准"]
    assert not view.decide(rid, True) and "已处理（已批准）" in warnings[-1]
    li = w.members["李秀英"]
    assert not view.correct(li, 30, "") and "原因" in warnings[-1]
    assert view.correct(li, 90, "补录")
    row = [r.member_id for r in view.hours_model.rows].index(li)
    assert view.hours_model.cell(row, 4) == "1.5"
    view.hours.selectRow(row)
    assert view._selected(view.hours) == li
    pdf = tmp_path / "cert.pdf"
    certificate = next(a for a in view.hours_actions if isinstance(a, DutyCertificateButton))   # the volunteers' button

    def finish(job) -> str:
        qtbot.waitUntil(lambda: job.done, timeout=20000)
        return job.outcome

    assert finish(certificate.issue(li, str(pdf))) == "done" and pdf.exists() and "FCZY-" in view.status.text()
    asked: list[str] = []                           # the same period again: the first one is named, then asked
    monkeypatch.setattr("desktop.volunteers.views.duty_certificate.QMessageBox.question",
                        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.No)
    assert finish(certificate.issue(li, str(tmp_path / "again.pdf"))) == "refused" and "FCZY-" in asked[-1]
    assert not (tmp_path / "again.pdf").exists()
    assert "123.45" in view.fund_summary.text()
    assert finish(view.print_fund(str(tmp_path / "fund.pdf"))) == "done" and (tmp_path / "fund.pdf").exists()
    assert view.add_outsider("钟伯", "13926604519") and view.members_model.rowCount() == 10
    assert not view.add_person(w.people["王建国"]) and "已经在服务队" in warnings[-1]
    assert view.add_away(li, this_month, this_month, "体检")
    row = [m.id for m in view.members_model.rows].index(li)
    assert "体检" in view.members_model.cell(row, 7)
    assert view.make_captain(li)
    assert [m.name for m in view.members_model.rows if m.is_captain] == ["李秀英"]
    assert view.members_model.column_texts(1).count("★") == 1
    zhong = next(m.id for m in view.members_model.rows if m.name == "钟伯")
    assert view.remove(zhong) and view.members_model.rowCount() == 9
    ics_path = tmp_path / "li.ics"
    assert view.export_ics(li, str(ics_path)) and b"BEGIN:VEVENT" in ics_path.read_bytes()
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(view)
    page.grab().save(str(SHOTS / "duty-team.png"))
