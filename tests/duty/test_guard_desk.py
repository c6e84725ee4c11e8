"""The guard desk as a volunteer of about seventy meets it: it fits 1024×768 at type size 1.0 and 1.5,
a dead button looks dead and says why, only the round due now is a button, the duty log is written by
keyboard and read with the last hand-over first, and no welfare status or full phone number shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.settings_store import MachineSettings
from desktop.duty import attendance, log_service
from desktop.duty.models import DutyShift
from desktop.duty.views.day_record import DayRecordDialog
from desktop.duty.views.desk_style import is_dead
from desktop.duty.views.guard_desk import GuardDeskView
from desktop.ui.context import AppContext
from desktop.ui.look import load_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.qt import QApplication, QDialog, QInputDialog, QMessageBox, Qt, QWidget

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]
SHOTS = Path(os.environ.get("LINLI_SHOTS", "/tmp"))


def ctx_for(dw, name: str, tmp_path: Path, scale: float = 1.0) -> AppContext:
    settings = MachineSettings(tmp_path / "m.json")
    settings.set("font_scale", scale)
    w = dw.w
    return AppContext(db=w.db, actor=dw.desk[name], settings=settings, desk="guard", community_id=w.community_id,
                      building_id=w.building_id)


def at(desk_clock, dw, hour: int, minute: int = 0, days: int = 0) -> None:
    from datetime import timedelta
    d = dw.day + timedelta(days=days)
    desk_clock.at(d.year, d.month, d.day, hour, minute)


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_desk_fits_1024_by_768_at_type_size_1_and_1_5(desk_world, qtbot, tmp_path: Path, desk_clock,
                                                          scale: float) -> None:
    dw = desk_world
    at(desk_clock, dw, 19, 40)
    app = QApplication.instance()
    saved = app.font()
    load_fonts(app, scale)                             # what the start-up does with the setting
    try:
        window = MainWindow(ctx_for(dw, "陈富森", tmp_path, scale), "西湖社区")
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        desk = window.page("duty").desk
        assert isinstance(desk, GuardDeskView)
        QApplication.processEvents()
        window.grab().save(str(SHOTS / f"duty-guard-desk-{scale}.png"))
        assert (window.width(), window.height()) == (1024, 768)
        assert desk.start_button.title.font().pointSize() == round(19 * scale)
        for w in [desk.clock, desk.now_label, desk.next_label, desk.start_button, desk.end_button, desk.message,
                  desk.rounds.alerts, desk.record_button, desk.log_button, desk.log_view_button]:
            if w.isVisible():
                assert inside(w, window), (w.objectName(), getattr(w, "text", lambda: "")())
    finally:
        app.setFont(saved)


def desk_view(dw, name: str, qtbot, tmp_path: Path) -> GuardDeskView:
    view = GuardDeskView(ctx_for(dw, name, tmp_path), dw.w.team_id)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def background(button: QWidget) -> str:
    """The colour of the button's face (its right padding, away from the text)."""
    button.ensurePolished()
    image = button.grab().toImage()
    return image.pixelColor(image.width() - 8, image.height() // 2).name()


def test_a_dead_button_looks_dead_and_says_why(desk_world, qtbot, tmp_path: Path, desk_clock) -> None:
    dw = desk_world
    at(desk_clock, dw, 17, 20)
    view = desk_view(dw, "陈富森", qtbot, tmp_path)                 # his shift is 18:00–22:00
    view.show()
    assert is_dead(view.start_button) and is_dead(view.end_button)
    assert view.start_button.text() == "开始值班\n17:30 起可开始" and view.start_button.toolTip() == "17:30 起可开始"
    dead_face = background(view.start_button)
    view.start_button.click()                                        # not silent
    assert view.message.text() == "开始值班：17:30 起可开始"
    with dw.w.db.session(dw.w.coordinator) as s:
        assert s.get(DutyShift, dw.shifts["18:00"]).check_in_at is None
    at(desk_clock, dw, 17, 35)
    view.refresh()
    assert not is_dead(view.start_button) and view.start_button.text() == "开始值班\n值班室 18:00–22:00"
    live_face = background(view.start_button)
    assert dead_face == "#e4e4e4" and live_face == "#2e7d32" and background(view.end_button) == "#e4e4e4"
    view.grab().save(str(SHOTS / "duty-guard-desk-dead-and-live.png"))
    view.start_button.click()
    assert view.message.text() == "陈富森：已开始值班（值班室 18:00–22:00），准时到岗"
    assert background(view.end_button) == "#c62828" and is_dead(view.start_button)


def test_the_log_is_written_by_keyboard(desk_world, qtbot, tmp_path: Path, desk_clock) -> None:
    dw = desk_world
    at(desk_clock, dw, 19, 0)
    view = desk_view(dw, "陈富森", qtbot, tmp_path)
    dialog = view.log_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.setFocus()
    dialog.text.insertPlainText("502 门口有积水，已告知物业")          # (an input method types Chinese)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)                       # moves on, types no tab
    assert "\t" not in dialog.text.toPlainText() and not dialog.text.hasFocus()
    dialog.set_kind("事件")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and view.message.text() == "值班日志已保存"
    empty = view.log_dialog()
    qtbot.addWidget(empty)
    empty.show()
    qtbot.keyClick(empty.text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)   # keypad Enter too
    assert empty.isVisible() and empty.error.text() == "请写下值班情况"     # refused: the dialog stays
    empty.text.insertPlainText("不该保存")
    qtbot.keyClick(empty.text, Qt.Key.Key_Escape)
    assert not empty.isVisible() and empty.result() == QDialog.DialogCode.Rejected
    with dw.w.db.session(dw.w.coordinator) as s:
        log = log_service.day_log(s, dw.w.coordinator, dw.w.team_id, dw.day)
    assert [(e.kind, e.text, e.author) for e in log] == [("事件", "502 门口有积水，已告知物业", "陈富森")]


def test_the_log_viewer_puts_the_hand_over_first_and_the_incoming_volunteer_acknowledges_it(
        desk_world, qtbot, tmp_path: Path, desk_clock) -> None:
    dw = desk_world
    li = dw.desk["李秀英"]
    at(desk_clock, dw, 11, 50)
    with dw.w.db.session(li) as s:
        log_service.add_log(s, li, dw.w.team_id, "来访", "<b>快递</b> 送 502")        # data, not markup
        log_service.add_log(s, li, dw.w.team_id, "交接", "502 漏水已报物业，下午师傅来修")
    at(desk_clock, dw, 12, 5)
    with dw.w.db.session(dw.desk["王建国"]) as s:
        log_service.add_log(s, dw.desk["王建国"], dw.w.team_id, "巡楼", "一切正常")
    view = desk_view(dw, "张桂兰", qtbot, tmp_path)
    assert not view.handover_label.isHidden() and "502 漏水已报物业" in view.handover_label.text()
    viewer = view.log_viewer()
    qtbot.addWidget(viewer)
    texts = viewer.texts()
    assert texts[0].startswith("最近的交接：11:50　交接　李秀英：502 漏水") and "接班人还没有确认" in texts[0]
    assert [t.split("　")[1] for t in texts[1:]] == ["巡楼", "来访"]
    assert any("<b>快递</b>" in t for t in texts)
    viewer.resize(900, 600)
    viewer.grab().save(str(SHOTS / "duty-log-viewer.png"))
    assert not viewer.ack_button.isHidden()
    viewer.ack_button.click()
    assert "张桂兰 12:05 已确认接班" in viewer.texts()[0] and viewer.ack_button.isHidden()
    view.refresh()
    assert view.handover_label.isHidden()
    writer = desk_view(dw, "李秀英", qtbot, tmp_path)               # she wrote it: nothing to acknowledge
    assert writer.handover_label.isHidden()


def test_no_welfare_status_and_no_full_phone_on_the_guard_desk(desk_world, qtbot, tmp_path: Path,
                                                              desk_clock) -> None:
    dw = desk_world
    at(desk_clock, dw, 9, 0)
    view = desk_view(dw, "陈富森", qtbot, tmp_path)
    side = view.side
    text = "\n".join(side.texts())
    for welfare in ("特困", "低保", "留守"):
        assert welfare not in text
    assert "401　张桂兰　独居　138****0003" in text and "701　周德胜　空巢　138****0006" in text
    assert "吴丽华" not in text                                       # listed for welfare status only
    assert "13807630003" not in text and "601 全家外出旅游，家中无人" in text
    side.phone_buttons[dw.w.people["张桂兰"]].click()
    text = "\n".join(side.texts())
    assert "13807630003" in text and "13807630006" not in text
    with dw.w.db.session(dw.w.coordinator) as s:
        seen = s.scalars(select(AuditEntry).where(AuditEntry.entity == "people", AuditEntry.action == "view")).all()
    assert [(a.entity_id, a.actor_name, a.detail) for a in seen] == [(dw.w.people["张桂兰"], "chen", "值班台查看电话")]


def test_the_day_record_is_one_click_away_and_the_captain_settles_it(desk_world, qtbot, tmp_path: Path,
                                                                      desk_clock, monkeypatch) -> None:
    dw = desk_world
    at(desk_clock, dw, 18, 0)
    with dw.w.db.session(dw.desk["陈富森"]) as s:
        attendance.start_shift(s, dw.desk["陈富森"], dw.shifts["18:00"])
    at(desk_clock, dw, 20, 45)                                       # 10:00, 16:00 and 20:00 all missed
    view = desk_view(dw, "陈富森", qtbot, tmp_path)
    assert [r.label for r in view.info.due_rounds] == [] and not view.rounds.round_buttons
    alerts = view.rounds.alerts.text().split("\n")
    assert "漏巡：值班室 20:00" in alerts and "漏巡：值班室 10:00" not in alerts     # the current shift only
    monkeypatch.setattr(DayRecordDialog, "exec", lambda self: 0)
    shown: list[DayRecordDialog] = []
    monkeypatch.setattr(GuardDeskView, "day_record", lambda self, _f=GuardDeskView.day_record: shown.append(
        _f(self)) or shown[-1])
    view.record_button.click()
    record = shown[0]
    texts = "\n".join(record.texts())
    assert "值班室 06:00–12:00 李秀英　未到岗" in texts and "值班室 10:00　漏巡" in texts
    asked: list[str] = []
    monkeypatch.setattr(DayRecordDialog, "ask_reason", lambda self, title, prompt: asked.append(prompt) or
                        "李秀英 16:05 巡过，忘了打卡")
    record.action_buttons["round:值班室 16:00"].click()
    assert "值班室 16:00　补记（陈富森：李秀英 16:05 巡过，忘了打卡）" in "\n".join(record.texts())
    assert "round:值班室 16:00" not in record.action_buttons
    record.resize(900, 640)
    record.grab().save(str(SHOTS / "duty-day-record.png"))


def test_ending_long_after_the_scheduled_end_asks_until_when(desk_world, qtbot, tmp_path: Path, desk_clock,
                                                             monkeypatch) -> None:
    dw = desk_world
    at(desk_clock, dw, 17, 45)
    with dw.w.db.session(dw.desk["陈富森"]) as s:
        attendance.start_shift(s, dw.desk["陈富森"], dw.shifts["18:00"])
    at(desk_clock, dw, 23, 10)
    view = desk_view(dw, "陈富森", qtbot, tmp_path)
    questions: list[str] = []

    def answer(box) -> int:  # noqa: ANN001
        questions.append(box.text())
        next(b for b in box.buttons() if b.text() == "按 22:00 结束").click()     # he left on time
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    view.end_button.click()
    assert questions == ["这个班 22:00 已经结束，现在是 23:10。\n您是值到现在，还是 22:00 就离开了？"]
    assert view.message.text() == "陈富森：已结束值班（值班室 18:00–22:00），共 4 小时 15 分钟，辛苦了"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: next(b for b in box.buttons() if b.text() == "取消").click())
    with dw.w.db.session(dw.w.coordinator) as s:
        assert s.get(DutyShift, dw.shifts["18:00"]).checked_out_by == "陈富森"


def test_the_coordinator_sets_how_early_a_shift_may_be_started(desk_world, qtbot, tmp_path: Path, desk_clock,
                                                               monkeypatch) -> None:
    from desktop.duty.views.duty_page import DutyPage

    dw = desk_world
    at(desk_clock, dw, 17, 10)
    w = dw.w
    page = DutyPage(AppContext(db=w.db, actor=w.coordinator, settings=MachineSettings(tmp_path / "c.json"),
                               community_id=w.community_id, building_id=w.building_id))
    qtbot.addWidget(page)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (45, True) if args[3] == 30 else (0, False))
    page.calendar.early_button.click()                 # asks, showing the current 30 minutes
    assert page.calendar.status.text() == "值班台：班次开始前 45 分钟起可以开始值班"
    at(desk_clock, dw, 17, 20)
    view = desk_view(dw, "陈富森", qtbot, tmp_path)
    assert not is_dead(view.start_button)                # 40 minutes before 18:00: within the 45
    at(desk_clock, dw, 17, 10)
    view.refresh()
    assert view.start_button.text() == "开始值班\n17:15 起可开始"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert not page.calendar.set_early_start(500) and warnings == ["提前开始的分钟数应在 0–120 之间"]
