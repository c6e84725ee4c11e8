"""Scheduled backups: once a day at start, at every exit, rotated 7/4/12, copied to a second place; the
administrator's 今日 shows the age of the last good one and warns after two days."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import accounts, audit, clock, signin
from desktop.core.audit import AuditAction
from desktop.core.backup import backup_sqlite, check_copy
from desktop.core.backup_schedule import AUTO, _copies, auto_backup, due_today, last_backup, last_copy_at, rotate
from desktop.core.db import Database, sqlite_url
from desktop.core.errors import UserError
from desktop.core.security import Actor
from desktop.core.machine_settings import MachineSettings
from desktop.ui.backup_section import BackupTodaySection
from desktop.ui.context import AppContext
from tests import helpers


def test_daily_at_start_every_exit_and_a_second_place(sqlite_db: Database, tmp_path: Path, desk_clock) -> None:  # noqa: ANN001
    today = desk_clock.now
    desk_clock.at(today.year, today.month, today.day, 10)       # the exits below stay on the start's day
    helpers.admin(sqlite_db)
    usb = tmp_path / "usb"
    usb.mkdir()
    first = auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="start")
    assert first is not None and first.copied_to is not None and first.problem == ""
    assert check_copy(first.copied_to).tables["users"] == 1
    assert auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="start") is None     # once a day
    desk_clock.advance(minutes=5)
    helpers.community(sqlite_db, "东湖社区")                           # a change: the exit copies it
    assert auto_backup(sqlite_db, tmp_path / "bk", str(usb), when="exit") is not None
    assert len(list((tmp_path / "bk" / AUTO).glob("*.db"))) == 1      # the day's newest is kept
    desk_clock.advance(minutes=5)
    helpers.community(sqlite_db, "北湖社区")
    missing = auto_backup(sqlite_db, tmp_path / "bk", str(tmp_path / "unplugged"), when="exit")
    assert missing is not None and missing.result is not None and "U 盘" in missing.problem


@pytest.mark.date_sensitive
def test_an_exit_after_a_session_that_changed_nothing_makes_no_copy(sqlite_db: Database, tmp_path: Path,
                                                                     desk_clock) -> None:  # noqa: ANN001
    """A desk opened and closed (signed in, looked, signed out) has nothing new to copy: a million
    people's copy is not made again at its exit. A sign-in's bookkeeping is no change; a failed
    sign-in, a change or a read of a sensitive record is, and the next exit copies it."""
    helpers.admin(sqlite_db)
    folder = tmp_path / "bk"
    assert auto_backup(sqlite_db, folder, when="start") is not None
    desk_clock.advance(hours=2)
    with sqlite_db.session() as s:
        actor = accounts.authenticate(s, "admin", helpers.PASSWORD, desk="office")
    with sqlite_db.session(actor) as s:
        accounts.sign_out(s, actor)
    assert auto_backup(sqlite_db, folder, when="exit") is None
    for change in (lambda: helpers.community(sqlite_db, "东湖社区"),
                   lambda: _failed_sign_in(sqlite_db),
                   lambda: _viewed(sqlite_db, actor)):
        desk_clock.advance(minutes=10)
        change()
        made = auto_backup(sqlite_db, folder, when="exit")
        assert made is not None and made.result is not None
        assert check_copy(made.result.path).tables["communities"] >= 1
        desk_clock.advance(minutes=10)
        assert auto_backup(sqlite_db, folder, when="exit") is None       # and nothing since that copy
    other = tmp_path / "other.db"                                         # another database's copies
    assert last_copy_at(folder / AUTO, other.stem) is None


def test_an_encrypted_databases_exit_copy_stays_encrypted_and_is_checked_through_its_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, desk_clock) -> None:  # noqa: ANN001
    """The quick check of an exit's copy reads it through SQLCipher with the data key: the copy is
    encrypted (unreadable without it), its key file beside it."""
    path = tmp_path / "desk.db"
    monkeypatch.setenv("LINLI_NEW_PASSWORD", helpers.PASSWORD)
    assert main(["--db", str(path), "user", "add", "admin", "--role", "admin"]) == 0
    done = signin.sign_in(sqlite_url(path), "admin", helpers.PASSWORD)
    db = done.db
    try:
        assert db.key is not None
        assert auto_backup(db, tmp_path / "bk", when="start") is not None
        desk_clock.advance(minutes=30)
        helpers.community(db, "东湖社区")
        made = auto_backup(db, tmp_path / "bk", when="exit")
        assert made is not None and made.result is not None
        copy = made.result.path
        assert copy.with_name(copy.name + ".keys").exists()
        assert check_copy(copy, db.key, thorough=False).tables["communities"] == 1
        with pytest.raises(UserError):
            check_copy(copy)                                      # no key: not readable
    finally:
        db.dispose()


def _failed_sign_in(db: Database) -> None:
    with db.session() as s, contextlib.suppress(UserError):
        accounts.authenticate(s, "admin", "not-the-password")


def _viewed(db: Database, actor: Actor) -> None:
    with db.session(actor) as s:
        audit.record(s, actor, AuditAction.VIEW, "rehab_cases", "c1")


def test_the_quick_check_of_an_exit_copy_still_refuses_a_damaged_file(sqlite_db: Database, tmp_path: Path) -> None:
    """The exit's copy is checked quickly (every page and tree whole) rather than thoroughly (each index
    matched to its table): a page damaged in the copy is refused either way."""
    helpers.admin(sqlite_db)
    copy = backup_sqlite(sqlite_db.sqlite_path, tmp_path / "bk", thorough=False).path
    assert check_copy(copy, thorough=False).tables["users"] == 1
    data = bytearray(copy.read_bytes())
    page = 4096
    for at in range(2 * page, len(data), page):                       # every page after the schema's: garbled
        data[at:at + 64] = bytes(range(64))
    copy.write_bytes(bytes(data))
    for thorough in (False, True):
        with pytest.raises(UserError):
            check_copy(copy, thorough=thorough)


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


def test_two_databases_backed_up_into_one_folder_keep_their_own_copies(tmp_path: Path) -> None:
    """A desk that opens a second file (--db) backs it up into the same folder: each file keeps its own
    seven days, four weeks and twelve months — the other's later copy of a day never stands in for it."""
    folder = tmp_path / "auto"
    folder.mkdir()
    today = clock.today()
    days = [date.fromordinal(today.toordinal() - k) for k in range(30)]
    for d in days:
        (folder / f"linli-{AUTO}-{d:%Y%m%d}-090000-000000.db").write_bytes(b"x")
        (folder / f"street-hub-{AUTO}-{d:%Y%m%d}-180000-000000.db").write_bytes(b"x")
    rotate(folder, today)
    for stem in ("linli", "street-hub"):
        kept = {t.date() for t, _ in _copies(folder, stem)}
        assert kept >= set(days[:7]), stem
    assert not due_today(folder, "linli") and due_today(folder, "other")
    assert rotate(folder, today, "linli") == []                       # already rotated: nothing more to remove


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
