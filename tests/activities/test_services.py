"""Activities, series, enrolment with waiting list, attendance, helpers, rooms, figures."""

from __future__ import annotations

import hashlib
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.activities import service as svc
from desktop.activities.models import Activity, ActivityHelper, Attendance
from desktop.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from desktop.core.roles import Role
from tests.activities.conftest import World, at, make_actor


def new(w: World, title: str = "集体生日会", *, capacity: int | None = None, day: int = 0, actor=None,
        **kw) -> str:
    with w.db.session(actor or w.admin) as s:
        return svc.create_activity(s, actor or w.admin, svc.ActivityInput(
            title=title, community_id=kw.pop("community_id", w.community_id), starts_at=at(day, 9),
            ends_at=at(day, 11), capacity=capacity, kind=kw.pop("kind", "生日会"), **kw))


def test_capacity_waiting_list_and_promotion(world: World) -> None:
    w, p = world, world.people
    aid = new(w, capacity=2)
    with w.db.session(w.social) as s:
        assert svc.enroll(s, w.social, aid, p["陈富森"]) == "enrolled"
        assert svc.enroll(s, w.social, aid, p["刘淑君"]) == "enrolled"
        assert svc.enroll(s, w.social, aid, p["潘美兰"]) == "waiting"
        assert svc.enroll(s, w.social, aid, p["刘阿姨"]) == "waiting"
        # enrolling twice changes nothing
        assert svc.enroll(s, w.social, aid, p["陈富森"]) == "enrolled"
        assert svc.enroll(s, w.social, aid, p["刘阿姨"]) == "waiting"
    with w.db.session(w.social) as s:
        moved = svc.cancel_enrollment(s, w.social, aid, p["刘淑君"])
        assert moved == [p["潘美兰"]]
        d = svc.activity_detail(s, w.social, aid)
    assert [x.name for x in d.enrolled] == ["陈富森", "潘美兰"]
    assert [(x.name, x.position) for x in d.waiting] == [("刘阿姨", 1)]
    assert d.row.enrolled == 2 and d.row.waiting == 1
    # cancelling a waiting person moves nobody; the renewed enrolment goes to the end of the queue
    with w.db.session(w.social) as s:
        assert svc.cancel_enrollment(s, w.social, aid, p["刘阿姨"]) == []
        assert svc.enroll(s, w.social, aid, p["刘淑君"]) == "waiting"
        assert svc.enroll(s, w.social, aid, p["刘阿姨"]) == "waiting"
        # raising the capacity moves the queue up in order
        svc.update_occurrence(s, w.social, aid, capacity=3)
        d = svc.activity_detail(s, w.social, aid)
    assert [x.name for x in d.enrolled] == ["陈富森", "潘美兰", "刘淑君"]
    assert [x.name for x in d.waiting] == ["刘阿姨"]
    with w.db.session(w.social) as s, pytest.raises(NotFound):
        svc.cancel_enrollment(s, w.social, aid, p["张三"])


def test_unlimited_capacity_and_cancelled_activity(world: World) -> None:
    w, p = world, world.people
    aid = new(w)
    with w.db.session(w.admin) as s:
        assert {svc.enroll(s, w.admin, aid, pid) for pid in p.values()} == {"enrolled"}
        svc.cancel_activity(s, w.admin, aid)
    with w.db.session(w.admin) as s, pytest.raises(UserError, match="已取消"):
        svc.enroll(s, w.admin, aid, p["张三"])


def test_validation_and_scope(world: World) -> None:
    w = world
    with w.db.session(w.admin) as s, pytest.raises(ValidationError) as exc:
        svc.create_activity(s, w.admin, svc.ActivityInput(title=" ", community_id=w.community_id,
                                                          starts_at=at(0, 10), ends_at=at(0, 9)))
    assert set(exc.value.fields) == {"title", "ends_at"}
    with pytest.raises(PermissionDenied):
        new(w, community_id=w.other_community_id, actor=w.social)
    other = new(w, "后街议事会", community_id=w.other_community_id)
    with w.db.session(w.social) as s:
        with pytest.raises(PermissionDenied):
            svc.activity_detail(s, w.social, other)
    with w.db.session(w.social) as s:
        rows = svc.list_activities(s, w.social, date(2026, 11, 1), date(2026, 11, 30))
    assert [r.title for r in rows] == []
    duty = make_actor("duty", Role.DUTY_VOLUNTEER, [w.community_id])
    with w.db.session(duty) as s, pytest.raises(PermissionDenied):
        svc.list_activities(s, duty, date(2026, 11, 1), date(2026, 11, 30))


def test_series_expansion_and_single_occurrence_edit(world: World) -> None:
    w = world
    rule = svc.Rule("weekly", date(2026, 9, 1), date(2026, 10, 31), weekdays=(2,), skip_holidays=True)
    with w.db.session(w.admin) as s:
        ids = svc.create_series(s, w.admin, svc.SeriesInput(
            title="太极班", community_id=w.community_id, rule=rule, start_time=time(9), end_time=time(10, 30),
            kind="课程", capacity=20))
    assert len(ids) == 8  # 9 Tuesdays, 6 October (国庆) skipped
    with w.db.session(w.admin) as s:
        rows = svc.list_activities(s, w.admin, date(2026, 9, 1), date(2026, 10, 31))
        assert [r.starts_at.astimezone(at(0).tzinfo).strftime("%m-%d %H:%M") for r in rows][:3] == \
            ["09-01 09:00", "09-08 09:00", "09-15 09:00"]
        assert all(r.series_id == rows[0].series_id for r in rows)
        second = rows[1].id
        svc.update_occurrence(s, w.admin, second, starts_at=at(0, 14).replace(month=9, day=9),
                              ends_at=at(0, 15).replace(month=9, day=9), place="社区广场")
    with w.db.session(w.admin) as s:
        acts = {a.id: a for a in s.scalars(select(Activity).where(Activity.id.in_(ids)))}
        assert acts[second].detached and acts[second].place == "社区广场"
        others = [a for i, a in acts.items() if i != second]
        assert not any(a.detached for a in others) and {a.place for a in others} == {""}
        detail = svc.activity_detail(s, w.admin, ids[0])
    assert detail.rule_text == "每周二"
    with w.db.session(w.admin) as s, pytest.raises(ValidationError, match="星期"):
        svc.create_series(s, w.admin, svc.SeriesInput(
            title="x", community_id=w.community_id, rule=svc.Rule("weekly", date(2026, 9, 1), date(2026, 9, 30)),
            start_time=time(9), end_time=time(10)))


def test_room_clash_refused_and_booking_moves_with_the_activity(world: World) -> None:
    w = world
    with w.db.session(w.admin) as s:
        room = svc.create_room(s, w.admin, svc.RoomInput("舞蹈室", kind="舞蹈室", capacity=30,
                                                        community_id=w.community_id, owner_module="elder"))
        with pytest.raises(ValidationError, match="已有名为"):
            svc.create_room(s, w.admin, svc.RoomInput("舞蹈室", community_id=w.community_id))
    a1 = new(w, "广场舞", room_id=room)
    with pytest.raises(svc.RoomClash, match="舞蹈室在 2026-11-02 09:00–11:00 已被「广场舞」占用"):
        new(w, "合唱", room_id=room)
    with pytest.raises(ValidationError, match="超过舞蹈室的容纳人数"):
        new(w, "大合唱", room_id=room, day=3, capacity=50)
    with w.db.session(w.admin) as s:
        # back-to-back is not a clash
        b = svc.book_room(s, w.admin, room, at(0, 11), at(0, 12), purpose="健康讲座")
        with pytest.raises(svc.RoomClash):
            svc.book_room(s, w.admin, room, at(0, 10, 59), at(0, 11, 30))
        usage = svc.room_usage(s, w.admin, room, date(2026, 11, 2), date(2026, 11, 2))
        assert [(u.activity_title or u.purpose) for u in usage] == ["广场舞", "健康讲座"]
        assert usage[0].activity_id == a1
        svc.cancel_booking(s, w.admin, b)
    a2 = new(w, "合唱", room_id=room, day=1)
    with w.db.session(w.admin) as s:
        with pytest.raises(svc.RoomClash):
            svc.update_occurrence(s, w.admin, a2, starts_at=at(0, 10), ends_at=at(0, 12))
    with w.db.session(w.admin) as s:
        svc.update_occurrence(s, w.admin, a2, starts_at=at(0, 11), ends_at=at(0, 12))
        usage = svc.room_usage(s, w.admin, room, at(0, 0), at(2, 0))
        assert [(u.activity_title, u.starts_at) for u in usage] == [("广场舞", at(0, 9)), ("合唱", at(0, 11))]
        svc.cancel_activity(s, w.admin, a1)  # releases the room
        svc.book_room(s, w.admin, room, at(0, 9), at(0, 10), purpose="老年大学")
        assert [r.name for r in svc.list_rooms(s, w.social, community_id=w.community_id)] == ["舞蹈室"]


def test_attendance_from_sheet_with_walk_ins_and_evidence(world: World, tmp_path: Path) -> None:
    w, p = world, world.people
    aid = new(w, capacity=5)
    scan = tmp_path / "签到表扫描.jpg"
    scan.write_bytes(b"\xff\xd8fake-jpeg-bytes" * 100)
    with w.db.session(w.social) as s:
        for name in ("陈富森", "刘淑君", "潘美兰"):
            svc.enroll(s, w.social, aid, p[name])
        r = svc.mark_attendance(s, w.social, aid, [p["陈富森"], p["潘美兰"], p["陈富森"]],
                                walk_ins=["路过的王伯", " 路过的王伯 "], evidence_path=scan)
    assert (r.added, r.already, r.walk_ins) == (2, 0, 1) and r.evidence_id
    with w.db.session(w.social) as s:
        r2 = svc.mark_attendance(s, w.social, aid, [p["陈富森"], p["李汉森"]], walk_ins=["路过的王伯"],
                                 evidence_path=scan)
        assert (r2.added, r2.already, r2.walk_ins) == (1, 1, 0) and r2.evidence_id == r.evidence_id
        d = svc.activity_detail(s, w.social, aid)
        name, data = svc.evidence_bytes(s, w.social, r.evidence_id)
    assert sorted(x.name for x in d.attended) == sorted(["陈富森", "潘美兰", "李汉森", "路过的王伯"])
    assert {x.source for x in d.attended} == {"sheet"}
    assert len(d.evidence) == 1 and d.evidence[0][2] == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert name == scan.name and data == scan.read_bytes()
    with w.db.session(w.social) as s:
        svc.unmark_attendance(s, w.social, aid, person_id=p["李汉森"])
        att_id = svc.check_in(s, w.social, aid, person_id=p["刘淑君"])
        assert svc.check_in(s, w.social, aid, person_id=p["刘淑君"]) == att_id
        svc.check_out(s, w.social, aid, p["刘淑君"])
        a = s.get(Attendance, att_id)
        assert a.source == "desk" and a.checked_out_at is not None
        with pytest.raises(UserError, match="找不到文件"):
            svc.mark_attendance(s, w.social, aid, [], evidence_path=tmp_path / "none.jpg")


def test_helpers_minutes_and_figures(world: World) -> None:
    w, p = world, world.people
    a1 = new(w, "集体生日会", kind="生日会", day=-30)
    a2 = new(w, "禁毒宣传", kind="禁毒宣传", day=-20, module="rehab")
    a3 = new(w, "后街义诊", kind="义诊", day=-10, community_id=w.other_community_id)
    cancelled = new(w, "取消的活动", kind="生日会", day=-5)
    with w.db.session(w.admin) as s:
        svc.mark_attendance(s, w.admin, a1, [p["陈富森"], p["刘淑君"], p["潘美兰"]], walk_ins=["王伯"])
        svc.mark_attendance(s, w.admin, a2, [p["陈富森"], p["刘淑君"]], walk_ins=["王伯"])
        svc.mark_attendance(s, w.admin, a3, [p["李汉森"]])
        svc.add_helper(s, w.admin, a1, p["黄嘉欣"], 90)
        svc.add_helper(s, w.admin, a1, p["黄嘉欣"], 120, role="摄影")   # corrected, not doubled
        svc.add_helper(s, w.admin, a2, p["黄嘉欣"], 60)
        svc.add_helper(s, w.admin, a3, p["王小明"], 30)
        svc.mark_attendance(s, w.admin, cancelled, [p["张三"]])
        svc.cancel_activity(s, w.admin, cancelled)
        with pytest.raises(ValidationError):
            svc.add_helper(s, w.admin, a1, p["张三"], 0)
    with w.db.session(w.admin) as s:
        helpers_rows = s.execute(select(ActivityHelper.activity_id, ActivityHelper.minutes, ActivityHelper.role)
                                 .where(ActivityHelper.activity_id == a1)).all()
        assert [(m, r) for _, m, r in helpers_rows] == [(120, "摄影")]
        f = svc.figures(s, w.admin, at(-40).date(), at(0).date())
    assert (f.held, f.person_times, f.people) == (3, 8, 5)   # 人次 8 vs 人数 陈 刘 潘 王伯 李
    assert f.total.volunteer_minutes == 210 and f.volunteer_hours == 3.5
    kinds = {r.label: (r.held, r.person_times, r.people) for r in f.by_kind}
    assert kinds == {"生日会": (1, 4, 4), "禁毒宣传": (1, 3, 3), "义诊": (1, 1, 1)}
    comms = {r.label: (r.held, r.person_times, r.volunteer_minutes) for r in f.by_community}
    assert comms == {"西湖社区": (2, 7, 180), "后街社区": (1, 1, 30)}
    with w.db.session(w.social) as s:
        mine = svc.figures(s, w.social, at(-40).date(), at(0).date())
        rehab_only = svc.figures(s, w.social, at(-40).date(), at(0).date(), module="rehab")
    assert (mine.held, mine.person_times, mine.people) == (2, 7, 4)
    assert (rehab_only.held, rehab_only.person_times) == (1, 3)


def test_find_activity_by_title(world: World) -> None:
    w = world
    new(w, "太极班", day=0)
    latest = new(w, "太极班", day=7)
    new(w, "议事会", day=0)
    new(w, "议事会", day=0, community_id=w.other_community_id)
    with w.db.session(w.admin) as s:
        assert svc.find_activity(s, w.admin, "太极班") == latest
        assert svc.find_activity(s, w.admin, latest) == latest
        with pytest.raises(UserError, match="无法确定"):
            svc.find_activity(s, w.admin, "议事会")
        with pytest.raises(NotFound):
            svc.find_activity(s, w.admin, "没有这个活动")
    with w.db.session(w.social) as s:   # the other community's is not in scope: no ambiguity
        assert svc.find_activity(s, w.social, "议事会")


def test_list_activities_counts(world: World) -> None:
    w, p = world, world.people
    aid = new(w, capacity=1, day=timedelta(days=1).days)
    with w.db.session(w.admin) as s:
        svc.enroll(s, w.admin, aid, p["陈富森"])
        svc.enroll(s, w.admin, aid, p["刘淑君"])
        svc.mark_attendance(s, w.admin, aid, [p["陈富森"]], walk_ins=["王伯"])
        rows = svc.list_activities(s, w.admin, date(2026, 11, 3), date(2026, 11, 3), module="general")
    assert [(r.title, r.enrolled, r.waiting, r.attended, r.community_name) for r in rows] == \
        [("集体生日会", 1, 1, 2, "西湖社区")]


def test_a_series_skips_the_days_off_of_the_coordinators_table(world: World) -> None:
    """Series read the same holiday calendar as the rota, the coordinator's table included."""
    from desktop.core.holiday_table import HolidayEntry

    w = world
    with w.db.session(w.admin) as s:
        s.add(HolidayEntry(day=date(2027, 2, 9), off=True, name="春节"))       # 2027's notice: 2.5–2.11 off
    rule = svc.Rule("weekly", date(2027, 2, 1), date(2027, 2, 28), weekdays=(2,), skip_holidays=True)
    with w.db.session(w.admin) as s:
        ids = svc.create_series(s, w.admin, svc.SeriesInput(
            title="书法班", community_id=w.community_id, rule=rule, start_time=time(9), end_time=time(10),
            kind="课程"))
        days = [r.starts_at.astimezone(at(0).tzinfo).date()
                for r in svc.list_activities(s, w.admin, date(2027, 2, 1), date(2027, 2, 28))]
    assert len(ids) == 3 and days == [date(2027, 2, 2), date(2027, 2, 16), date(2027, 2, 23)]
