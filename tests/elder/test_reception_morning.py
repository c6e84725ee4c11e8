"""A morning at the reception counter, on the real widget with the desk clock under control: 200 scans
between 08:00 and 08:30 — 10 expired cards (confirmed at once, declined, or left waiting while the queue
moves on), 5 unknown numbers, 20 repeats, lunch toggled on and off, a wrong card undone and a lunch
taken back. Arrivals and lunches must be exactly what the desk meant, in the widget and in the database."""

from __future__ import annotations

import random
import tempfile
from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.clock import SHANGHAI, shanghai, to_local
from desktop.core.security import SYSTEM
from desktop.core.settings_store import MachineSettings
from desktop.elder.bulk import bulk_add_members
from desktop.elder.models import ElderCheckin
from desktop.elder.views import reception_cues as cue
from desktop.elder.views.reception import ReceptionView
from desktop.roster.bulk import bulk_add_people
from desktop.ui.context import AppContext
from desktop.ui.qt import Qt
from tests.elder.conftest import World

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

DAY = date(2026, 11, 18)
NORMAL, EXPIRED = 180, 10
SCANS = 200
GAP = timedelta(seconds=9)                  # 200 scans × 9 s = 30 minutes


def _members(w: World) -> tuple[list[str], list[str], dict[str, str]]:
    """180 members in good standing and 10 whose cards expired this month; member number → id."""
    rng = random.Random(5)
    with w.db.session(SYSTEM) as s:
        pids = bulk_add_people(s, SYSTEM, [dict(community_id=w.community_id, household_id=w.household_id,
                                                name=rng.choice("陈李黄张梁何罗潘") + rng.choice("美兰素桂英少珍福森")
                                                + str(i), sex=rng.choice("MF"), birth_date=date(1945, 1, 1 + i % 28),
                                                phone=f"138{i:08d}") for i in range(NORMAL + EXPIRED)])
        rows = [dict(person_id=p, member_no=f"QC{i + 1:06d}", join_date=date(2020, 1, 1),
                     valid_until=date(2026, 11, 1) if i >= NORMAL else None) for i, p in enumerate(pids)]
        ids = bulk_add_members(s, SYSTEM, rows)
    numbers = [r["member_no"] for r in rows]
    return numbers[:NORMAL], numbers[NORMAL:], dict(zip(numbers, ids))


@dataclass
class Desk:
    """Drives the widget as the person at the counter does, and keeps what they meant to happen."""

    qtbot: object
    view: ReceptionView
    clock: object
    arrived: dict[str, bool] = field(default_factory=dict)     # member number → lunch
    waiting: deque = field(default_factory=deque)             # expired members told to wait (oldest first)
    scans: int = 0

    def scan(self, key: str, *, lunch: bool = False) -> str:
        """One card at the counter: the lunch toggle if asked, the number, Enter. Returns the cue."""
        self.clock.set(shanghai(DAY.year, DAY.month, DAY.day, 8, 0) + GAP * self.scans)
        self.scans += 1
        if lunch:
            self.qtbot.keyClick(self.view.input, Qt.Key_F2)
            assert self.view.lunch.isChecked()
        self.qtbot.keyClicks(self.view.input, key)
        self.qtbot.keyClick(self.view.input, Qt.Key_Return)
        assert not self.view.lunch.isChecked(), "the lunch toggle must not carry over to the next member"
        return self.view.last_cue

    def empty_enter(self) -> str:
        self.qtbot.keyClick(self.view.input, Qt.Key_Return)
        return self.view.last_cue

    def confirm_oldest_waiting(self) -> None:
        number, lunch = self.waiting.popleft()
        assert self.empty_enter() == cue.CONFIRM                  # the desk is asked about the oldest …
        assert self.view.pending.items[0].member.member_no == number
        assert self.empty_enter() == cue.OK                       # … and confirms
        self.arrived[number] = lunch

    def undo(self, key, reason: str) -> None:  # noqa: ANN001
        self.qtbot.keyClick(self.view.input, key)
        assert self.view.undo_bar.isVisible()
        self.view.undo_bar.reason.lineEdit().insert(reason)
        self.qtbot.keyClick(self.view.undo_bar.reason.lineEdit(), Qt.Key_Return)
        assert self.view.last_cue == cue.UNDONE and not self.view.undo_bar.isVisible()


def _plan(normal: list[str], expired: list[str], rng: random.Random) -> tuple[list[tuple], set[str]]:
    """The morning's 200 scans in order: ("new", no, lunch) ×165, ("expired", no, lunch, answer) ×10,
    ("unknown", key, lunch) ×5, then ("repeat", no, lunch) ×20 slipped in after each member's first visit;
    and the members who come twice."""
    firsts = normal[:165]
    answers = ["confirm"] * 5 + ["decline"] * 2 + ["wait"] * 3
    events: list[tuple] = [("new", n, rng.random() < 0.45) for n in firsts]
    events += [("expired", n, rng.random() < 0.5, a) for n, a in zip(expired, answers)]
    events += [("unknown", k, rng.random() < 0.6) for k in ("QC900001", "qc-800002", "QC000999", "9999", "zzq")]
    rng.shuffle(events)
    twice = rng.sample(firsts, 20)
    for n in twice:
        first = next(i for i, e in enumerate(events) if e[1] == n)
        events.insert(rng.randint(first + 1, len(events)), ("repeat", n, rng.random() < 0.5))
    assert len(events) == SCANS
    return events, set(twice)


def test_a_morning_queue_of_200_scans_counts_exactly_what_was_meant(qtbot, sqlite_world: World, desk_clock) -> None:
    w = sqlite_world
    desk_clock.at(DAY.year, DAY.month, DAY.day, 7, 55)
    normal, expired, ids = _members(w)
    view = ReceptionView(AppContext(db=w.db, actor=w.reception, desk="reception",
                                    settings=MachineSettings(Path(tempfile.mkdtemp()) / "s.json")))
    view.sound.enabled = False
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    heard: list[str] = []
    view.sound.played.connect(heard.append)
    desk = Desk(qtbot, view, desk_clock)
    rng = random.Random(20261118)
    undone_checkin = undone_lunch = None
    events, twice = _plan(normal, expired, rng)
    for i, event in enumerate(events):
        kind, number, lunch = event[:3]
        key = number.lower() if i % 7 == 0 else (number[:2] + "-" + number[2:] if i % 11 == 0 else number)
        if i % 13 == 0:                                  # lunch pressed for someone, then Esc: for nobody
            qtbot.keyClick(view.input, Qt.Key_F2)
            qtbot.keyClick(view.input, Qt.Key_Escape)
            assert not view.lunch.isChecked()
        got = desk.scan(key, lunch=lunch)
        if kind == "new":
            assert got == cue.OK, (event, view.flash.text())
            desk.arrived[number] = lunch
            if undone_checkin is None and i > 40 and number not in twice:        # the wrong card: she is not here, undo it at once
                desk.undo(Qt.Key_F8, "刷错卡")
                undone_checkin = number
                del desk.arrived[number]
        elif kind == "repeat":
            assert got == cue.ALREADY, (event, view.flash.text())
            if number in desk.arrived:
                desk.arrived[number] = desk.arrived[number] or lunch       # lunch asked now is added
        elif kind == "unknown":
            assert got == cue.NOT_FOUND, (event, view.flash.text())
        else:
            assert got == cue.CONFIRM and view.pending.isVisible()
            answer = event[3]
            if answer == "confirm":
                assert desk.empty_enter() == cue.OK
                desk.arrived[number] = lunch
            elif answer == "decline":
                qtbot.keyClick(view.input, Qt.Key_Escape)
                assert "未签到" in view.flash.text()
            else:
                desk.waiting.append((number, lunch))     # the next card is scanned; she waits, visibly
        if desk.waiting and i % 25 == 24 and view.last_cue != cue.CONFIRM:    # a quiet moment: the longest waiting
            desk.confirm_oldest_waiting()
        if undone_lunch is None and i > 120:             # one lunch taken back: she has to leave at eleven
            with_lunch = next((n for n, lu in desk.arrived.items() if lu), None)
            if with_lunch is not None:
                checkin_id = _live_checkin(w, ids[with_lunch])
                view.table.selectRow(view.model.row_of(checkin_id))
                desk.undo(Qt.Key_F9, "会员临时离开")
                desk.arrived[with_lunch] = False
                undone_lunch = with_lunch
        assert [p.member.member_no for p in view.pending.items if p.member.member_no in
                {n for n, _lu in desk.waiting}] == [n for n, _lu in desk.waiting]
    while desk.waiting:
        desk.confirm_oldest_waiting()

    assert desk.scans == SCANS and undone_checkin and undone_lunch
    assert to_local(desk_clock.now) < to_local(desk_clock.now).replace(hour=8, minute=30)
    assert not view.pending.items and not view.pending.isVisible()
    intended_lunches = sum(1 for lu in desk.arrived.values() if lu)
    assert (view.arrivals, view.lunches) == (len(desk.arrived), intended_lunches)
    assert len(desk.arrived) == 165 - 1 + 5 + 3 and heard.count(cue.NOT_FOUND) == 5
    with w.db.session(w.reception) as s:
        rows = s.execute(select(ElderCheckin.member_id, ElderCheckin.lunch, ElderCheckin.checked_in_at,
                                ElderCheckin.cancelled_at).where(ElderCheckin.day == DAY)).all()
    live = {r.member_id: r.lunch for r in rows if r.cancelled_at is None}
    assert live == {ids[n]: lu for n, lu in desk.arrived.items()}
    assert [r.member_id for r in rows if r.cancelled_at is not None] == [ids[undone_checkin]]
    for r in rows:
        local = r.checked_in_at.astimezone(SHANGHAI)
        assert local.date() == DAY and (8, 0) <= (local.hour, local.minute) < (8, 30)


def _live_checkin(w: World, member_id: str) -> str:
    with w.db.session(w.reception) as s:
        return s.scalar(select(ElderCheckin.id).where(ElderCheckin.member_id == member_id, ElderCheckin.day == DAY,
                                                      ElderCheckin.cancelled_at.is_(None)))
