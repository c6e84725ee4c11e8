"""A year with no published holiday schedule (2027): statutory days from the lunar calendar keep the rota's
weekday-only shifts off the Spring Festival, and the calendar view, the PDF and the CLI say the schedule is
computed until the coordinator enters the year's 调休 and marks it complete."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.holidays import notice_text
from desktop.core.roles import Perm, Role
from desktop.core.security import SYSTEM, User, UserCommunity, hash_password
from desktop.duty import holidays, printing, shifts_service
from desktop.duty.views.duty_page import DutyPage
from desktop.duty.views.holiday_dialog import HolidayDialog
from tests import helpers
from tests.duty.test_duty_dialogs import SHOTS, ctx_for

NOTICE = notice_text(2027)
SPRING = [date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8)]     # 除夕 … 初三


def _peak_days(w) -> set[date]:
    with w.db.session(w.coordinator) as s:
        rows = shifts_service.list_shifts(s, w.coordinator, w.team_id, date(2027, 2, 1), date(2027, 2, 28))
    return {r.day for r in rows if r.post_name == "交通疏导"}


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_spring_festival_2027_has_no_peak_hour_shifts_until_the_table_says_otherwise(sqlite_world, tmp_path: Path,
                                                                                     desk_clock) -> None:
    w = sqlite_world
    desk_clock.at(2026, 11, 18, 10, 0)      # before the year: its rota is still to come, so it is made again
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2027, 2)
    peak = _peak_days(w)                      # 早高峰: workdays only, not on holidays
    assert not peak & set(SPRING)
    assert {date(2027, 2, 4), date(2027, 2, 9), date(2027, 2, 10)} <= peak
    assert len(peak) == 20 - 2                 # 20 weekdays in February 2027, less 除夕 and 初三
    with w.db.session(w.coordinator) as s:
        printing.print_rota(s, w.coordinator, w.team_id, 2027, 2, tmp_path / "feb.pdf")
    text = _text(tmp_path / "feb.pdf").replace("\n", "")
    assert NOTICE.replace(" ", "") in text.replace(" ", "") and "除夕" in text and "春节" in text

    # The State Council's notice comes: 2.5–2.11 off, Saturday 2.20 worked; the coordinator enters it.
    with w.db.session(w.coordinator) as s:
        for d in (9, 10, 11):
            holidays.set_holiday(s, w.coordinator, date(2027, 2, d), True, "春节")
        holidays.set_holiday(s, w.coordinator, date(2027, 2, 20), False, "春节调休")
        holidays.set_year_entered(s, w.coordinator, 2027, True)
        assert holidays.year_entered(s, w.coordinator, 2027)
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2027, 2, replace=True)
        printing.print_rota(s, w.coordinator, w.team_id, 2027, 2, tmp_path / "feb2.pdf")
    peak = _peak_days(w)
    assert not peak & {date(2027, 2, d) for d in range(5, 12)}
    assert date(2027, 2, 20) in peak and date(2027, 2, 12) in peak      # the make-up Saturday is worked
    text = _text(tmp_path / "feb2.pdf")
    assert "尚未公布" not in text and "调休上班" in text
    with w.db.session(w.volunteer) as s, pytest.raises(PermissionDenied):
        holidays.set_year_entered(s, w.volunteer, 2027, False)
    with w.db.session(w.coordinator) as s, pytest.raises(ValidationError):
        holidays.set_year_entered(s, w.coordinator, 1999, True)
    with w.db.session(w.coordinator) as s:
        holidays.set_year_entered(s, w.coordinator, 2027, False)
        assert not holidays.year_entered(s, w.coordinator, 2027)


def test_the_cli_says_so(sqlite_world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    w = sqlite_world
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2027, 2)
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2026, 10)
    with w.db.session(SYSTEM) as s:
        u = User(username="liu", display_name="刘淑君", password_hash=hash_password(helpers.PASSWORD),
                 role=Role.SOCIAL_WORKER.value)
        u.communities.append(UserCommunity(community_id=w.community_id))
        s.add(u)
    dbpath = str(w.db.sqlite_path)
    w.db.dispose()
    monkeypatch.setenv("LINLI_PASSWORD", helpers.PASSWORD)

    def export(month: str) -> str:
        assert main(["--db", dbpath, "export", "rota", "--team", "西湖花园6号楼志愿服务队", "--month", month,
                     str(tmp_path / f"{month}.pdf"), "--user", "liu"]) == 0
        return capsys.readouterr().out

    assert f"注意：{NOTICE}" in export("2027-02")
    assert "注意" not in export("2026-10")


def test_the_calendar_view_shows_the_notice_and_the_dialog_ends_it(sqlite_world, qtbot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch, desk_clock) -> None:
    w = sqlite_world
    desk_clock.at(2026, 11, 18, 10, 0)      # 2027 seen ahead of time (in 2027 the dialog opens on 2028)
    assert w.coordinator.can(Perm.DUTY_MANAGE)
    with w.db.session(w.coordinator) as s:
        shifts_service.generate_month(s, w.coordinator, w.team_id, 2027, 2)
    page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
    qtbot.addWidget(page)
    view = page.calendar
    view.month = date(2027, 2, 1)
    view.refresh()
    assert not view.notice.isHidden() and view.notice.text() == f"⚠ {NOTICE}"
    cells = {view.table.item(r, c).text().split("\n")[0] for r in range(view.table.rowCount()) for c in range(7)
             if view.table.item(r, c)}
    assert {"5 除夕", "6 春节", "8 春节"} <= cells
    tip = next(view.table.item(r, c).toolTip() for r in range(view.table.rowCount()) for c in range(7)
               if view.table.item(r, c) and view.table.item(r, c).text().startswith("6 春节"))
    assert tip.startswith("春节（法定节日，按放假办法推算）")
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.grab().save(str(SHOTS / "duty-calendar-2027-notice.png"))

    def enter_year(self) -> int:  # noqa: ANN001
        assert self.year.value() == 2027 and not self.entered.isHidden() and not self.entered.isChecked()
        self.entered.setChecked(True)
        assert "已登记完整" in self.message.text()
        return 0

    monkeypatch.setattr(HolidayDialog, "exec", enter_year)
    view.holiday_button.click()
    assert view.notice.isHidden()
    view.month = date(2026, 10, 1)
    view.refresh()
    assert view.notice.isHidden()                        # a published year: nothing to say
    dialog = HolidayDialog(ctx_for(w, w.coordinator, tmp_path), 2026)
    qtbot.addWidget(dialog)
    assert dialog.entered.isHidden()


def test_the_calendar_names_the_days_off_in_english(sqlite_world, qtbot, tmp_path: Path, desk_clock) -> None:
    from desktop.ui.look import install_translators
    from desktop.ui.qt import QApplication

    w = sqlite_world
    desk_clock.at(2026, 11, 18, 10, 0)
    app = QApplication.instance()
    install_translators(app, "en")
    try:
        page = DutyPage(ctx_for(w, w.coordinator, tmp_path))
        qtbot.addWidget(page)
        view = page.calendar
        view.month = date(2027, 2, 1)
        view.refresh()
        items = [view.table.item(r, c) for r in range(view.table.rowCount()) for c in range(7)]
        heads = {i.text().split("\n")[0]: i.toolTip() for i in items if i and i.text()}
        assert {"5 New Year's Eve (lunar)", "6 Spring Festival", "8 Spring Festival"} <= set(heads)
        assert heads["6 Spring Festival"].startswith("Spring Festival (statutory holiday, reckoned by the holiday rules)")
        view.week_start = date(2027, 2, 1)
        view.toggle_mode()                                  # the week of 除夕: its column head names it too
        columns = [view.table.horizontalHeaderItem(c).text() for c in range(7)]
        assert columns[4:] == ["02-05 Friday New Year's Eve (lunar)", "02-06 Saturday Spring Festival",
                               "02-07 Sunday Spring Festival"]
    finally:
        install_translators(app, "zh_CN")
