"""Services log figures (人次 vs 人数), lunar birthdays and 重阳节, the party, visit schedules."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from desktop.core.lunar import to_solar
from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.clock import today
from desktop.core.errors import ValidationError
from desktop.elder import birthdays as bd
from desktop.elder import members_service as ms
from desktop.elder import member_rules as rules
from desktop.elder import services_service as ss
from desktop.elder import visits as vs
from tests.elder.conftest import ON, World


def test_services_counts_and_distinct_persons(world: World) -> None:
    a = world.member("潘美兰", "13802345678")
    b = world.member("陈福森", "13802341111")
    with world.db.session(world.worker) as s:
        for day in (date(2026, 11, 3), date(2026, 11, 4), date(2026, 11, 5)):
            ss.add_service(s, world.worker, ss.ServiceInput(a, "日间照料", day, minutes=240))
        ss.add_service(s, world.worker, ss.ServiceInput(b, "日间照料", date(2026, 11, 5), minutes=180))
        ss.add_service(s, world.worker, ss.ServiceInput(
            a, "健康检查", date(2026, 11, 6), minutes=10, staff="护士 何丽华",
            measures={"收缩压": 132, "舒张压": 85}))
        ss.add_service(s, world.worker, ss.ServiceInput(b, "上门服务", date(2026, 11, 7), minutes=60, fee_fen=1500))
        ss.add_service(s, world.worker, ss.ServiceInput(b, "课程", date(2026, 10, 30), minutes=60))
        with pytest.raises(ValidationError):
            ss.add_service(s, world.worker, ss.ServiceInput(a, "健康检查", measures={"收缩压": "高"}))
        with pytest.raises(ValidationError):
            ss.add_service(s, world.worker, ss.ServiceInput(a, "洗脚"))
        f = ss.month_figures(s, world.worker, date(2026, 11, 1))
        rows = ss.list_services(s, world.worker, date(2026, 11, 1), date(2026, 11, 30), kind="健康检查")
    by = {k.kind: k for k in f.kinds}
    assert (by["日间照料"].services, by["日间照料"].persons, by["日间照料"].minutes) == (4, 2, 900)
    assert (by["健康检查"].services, by["健康检查"].persons) == (1, 1)
    assert (by["上门服务"].fee_fen, by["课程"].services) == (1500, 0)
    assert (f.total.services, f.total.persons) == (6, 2)
    assert rows[0].measures == {"收缩压": "132", "舒张压": "85"} and rows[0].staff == "护士 何丽华"


def test_lunar_birthday_conversion_and_chongyang() -> None:
    # 重阳节 2026 is 18 October; 中秋 2026 is 25 September.
    assert bd.chongyang(2026) == date(2026, 10, 18)
    assert dict((n, d) for n, d in bd.centre_calendar(2026))["中秋节"] == date(2026, 9, 25)
    born = to_solar(1950, 8, 15)          # born on 中秋 1950
    assert bd.lunar_birthdays_in_year(born, 2026) == [date(2026, 9, 25)]
    assert bd.solar_birthday_in_year(date(1948, 2, 29), 2026) == date(2026, 2, 28)
    assert bd.lunar_text(9, 9) == "九月初九" and bd.lunar_text(12, 30) == "腊月三十"


def test_month_birthdays_lunar_preference_and_party_with_signin_sheet(world: World, tmp_path: Path) -> None:
    from desktop.activities.models import Enrollment
    from desktop.activities.signin_sheet import render_signin_sheet
    mid_autumn = to_solar(1950, 8, 15)     # 1950-09-26
    lunar_fan = world.member("潘美兰", "13802345678", birth=mid_autumn, lunar_birthday=True)
    world.member("陈福森", "13802341111", birth=mid_autumn)  # solar: 26 September
    world.member("黄少珍", "13802342222", birth=date(1945, 10, 2))
    with world.db.session(world.worker) as s:
        sept = bd.month_birthdays(s, world.worker, 2026, 9)
        octo = bd.month_birthdays(s, world.worker, 2026, 10)
    assert [(r.name, r.solar_date, r.lunar) for r in sept] == [
        ("潘美兰", date(2026, 9, 25), True), ("陈福森", date(2026, 9, 26), False)]
    assert sept[0].age == 76 and sept[0].lunar_text == "八月十五"
    assert [r.name for r in octo] == ["黄少珍"]
    with world.db.session(world.worker) as s:
        act = bd.create_birthday_party(s, world.worker, date(2026, 9, 1), community_id=world.community_id)
        enrolled = set(s.scalars(select(Enrollment.person_id).where(Enrollment.activity_id == act)))
        render_signin_sheet(tmp_path / "party.pdf", s, world.worker, act)
    with world.db.session(world.worker) as s:
        assert ms.get_member(s, world.worker, lunar_fan, on=ON).person_id in enrolled and len(enrolled) == 2
    text = PdfReader(tmp_path / "party.pdf").pages[0].extract_text()
    assert "生日会" in text and "潘美兰" in text and "陈福森" in text and "黄少珍" not in text


@pytest.mark.date_sensitive
def test_visit_schedule_overdue_and_configurable_interval(world: World) -> None:
    on = today()                               # visits cannot be in the future: dated back from the desk's day
    tk = world.member("何伯", "13800000001", category="特困")
    kc = world.member("李阿姨", "13800000002", category="空巢")
    world.member("张伯", "13800000003", category="普通")
    with world.db.session(world.worker) as s:
        vs.add_visit(s, world.worker, vs.VisitInput(tk, on - timedelta(days=17), 40, "身体尚可"))
        vs.add_visit(s, world.worker, vs.VisitInput(kc, on - timedelta(days=26), 30))
        vs.add_visit(s, world.worker, vs.VisitInput(kc, on - timedelta(days=57), 30))
        sched = {v.member_id: v for v in vs.visit_schedule(s, world.worker, on)}
        overdue = vs.overdue_visits(s, world.worker, on - timedelta(days=2))
    assert set(sched) == {tk, kc}
    assert sched[tk].due == on - timedelta(days=3) and sched[tk].overdue_days == 3
    assert sched[kc].due == on + timedelta(days=4) and sched[kc].overdue_days == 0
    assert [v.member_id for v in overdue] == [tk] and overdue[0].overdue_days == 1
    with world.db.session(world.worker) as s:
        rules.set_rule(s, world.worker, "visit_interval.空巢", "20")
        rules.set_rule(s, world.worker, "visit_interval.独居", "60")
        sched = {v.member_id: v for v in vs.visit_schedule(s, world.worker, on)}
        rows = vs.list_visits(s, world.worker, on - timedelta(days=57), on, member_id=kc)
    assert sched[kc].due == on - timedelta(days=6) and sched[kc].overdue_days == 6
    assert [r.day for r in rows] == [on - timedelta(days=26), on - timedelta(days=57)]
