"""Scheduled backups: once a day at start, at every exit, rotated 7/4/12, copied to a second place; the
administrator's 今日 shows the age of the last good one and warns after two days."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop.core.backup import check_copy
from desktop.core.backup_schedule import AUTO, _copies, auto_backup, last_backup, rotate
from desktop.core.db import Database
from desktop.core.machine_settings import MachineSettings
from desktop.ui.backup_section import BackupTodaySection
from desktop.ui.context import AppContext
from tests import helpers


def test_daily_at_start_every_exit_and_a_second_place(sqlite_db: Database, tmp_path: Path, desk_clock) -> None:  # noqa: ANN001
    helpers.admin(sqlite_db)
    usb = tmp_path / "usb"
    usb.mkdir()
    first = auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="start")
    assert first is not None and first.copied_to is not None and first.problem == ""
    assert check_copy(first.copied_to).tables["users"] == 1
    assert auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="start") is None     # once a day
    desk_clock.advance(minutes=5)
    assert auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="exit") is not None  # at every exit
    assert len(list((tmp_path / "bk" / AUTO).glob("*.db"))) == 1      # the day's newest is kept
    missing = auto_backup(sqlite_db, tmp_path / "bk", str(tmp_path / "unplugged"), when="exit")
    assert missing is not None and missing.result is not None and "U 盘" in missing.problem


def test_rotation_keeps_7_days_4_weeks_12_months(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    for day in range(400):                         # one copy a day (two on some) for 400 days
        d = date.fromordinal(date(2026, 11, 18).toordinal() - day)
        for hour in (9, 18) if day % 3 == 0 else (9,):
            (folder / f"linli-{AUTO}-{d:%Y%m%d}-{hour:02d}0000-000000.db").write_bytes(b"x")
    rotate(folder, date(2026, 11, 18))
    kept = [t for t, _ in _copies(folder)]
    assert len({t.date() for t in kept}) == len(kept)                       # one per day at most
    assert {t.date() for t in kept} >= {date(2026, 11, 18 - k) for k in range(7)}
    assert len(kept) <= 7 + 4 + 12 and len(kept) >= 12
    assert min(kept) >= datetime(2025, 11, 1) and max(kept).hour == 18      # the day's newest


def test_today_warns_when_the_last_backup_is_older_than_two_days(qtbot, sqlite_db: Database, tmp_path: Path,
                                                                 desk_clock) -> None:  # noqa: ANN001
    admin = helpers.admin(sqlite_db)
    ctx = AppContext(db=sqlite_db, actor=admin, settings=MachineSettings(tmp_path / "m.json"))
    section = BackupTodaySection(ctx)
    qtbot.addWidget(section)
    assert section.overdue and "还没有任何备份" in section.body.text()
    auto_backup(sqlite_db, tmp_path / "bk", when="start")
    section.refresh()
    assert not section.overdue and "上次成功备份" in section.body.text()
    desk_clock.advance(hours=49)
    section.refresh()
    assert section.overdue and "超过两天" in section.body.text() and "2 天前" in section.body.text()
    with sqlite_db.session(admin) as s:
        assert last_backup(s, admin).overdue
    section.resize(600, 160)
    section.grab().save(str(tmp_path / "backup-section.png"))
