"""Volunteer records: service from the rota, from activities and entered by hand; training, awards and
evaluations; outsiders and standalone volunteers; who may see and keep them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.audit import AuditEntry
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.duty import hours
from desktop.volunteers import certificates, record, service
from desktop.volunteers.models import Volunteer
from tests.volunteers.conftest import ID_AJIE, World

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def test_record_has_each_source_and_matches_the_duty_hours(any_world: World) -> None:
    w = any_world
    c = w.duty.coordinator
    with w.db.session(c) as s:
        r = record.volunteer_record(s, c, w.li, *NOV)
        [duty_row] = [x for x in hours.hours_for(s, c, w.duty.team_id, *NOV) if x.name == "李秀英"]
        listed = record.minutes_by_volunteer(s, c, [w.li, w.ajie], *NOV)     # the list's bulk sums agree
    by_source = {src: [(x.title, x.minutes) for x in r.service if x.source == src] for src in record.SOURCES}
    assert by_source[record.DUTY] == [("值班室值班 08:00–12:30", 270), ("时长更正：忘记打卡，队长证实", 45)]
    assert by_source[record.ACTIVITY] == [("重阳敬老活动（志愿者）", 150)]     # the cancelled outing does not count
    assert r.total_minutes == 465 and r.minutes(record.OTHER) == 0
    assert duty_row.total_minutes == r.total_minutes                     # the team's table agrees
    assert listed[w.li] == {record.DUTY: 315, record.ACTIVITY: 150, record.OTHER: 0}
    assert listed[w.ajie] == dict.fromkeys(record.SOURCES, 0)
    assert r.volunteer.org_name.endswith("西湖花园6号楼志愿服务队")
    with w.db.session(w.rehab) as s:
        aj = record.volunteer_record(s, w.rehab, w.ajie, date(2026, 1, 1), date(2026, 11, 18))
    assert [(x.source, x.minutes) for x in aj.service] == [(record.OTHER, 240)]
    assert [t.title for t in aj.trainings] == ["禁毒知识与宣传技巧培训"] and aj.training_minutes == 180
    assert aj.total_minutes == 240                                      # training is not service
    assert [a.title for a in aj.awards] == ["2026年度优秀禁毒志愿者"]
    assert [(e.title, e.rating) for e in aj.evaluations] == [("三季度志愿服务评价", "优秀")]
    assert aj.volunteer.id_shown == "441802********0015" and aj.volunteer.volunteer_no == "44180212345678"


def test_outsiders_and_standalone_volunteers_have_records(world: World) -> None:
    w = world
    c = w.duty.coordinator
    with w.db.session(c) as s:
        zhao = service.ensure_for_member(s, c, w.duty.members["赵师傅"])       # a duty outsider, not in the roster
        assert service.ensure_for_member(s, c, w.duty.members["赵师傅"]) == zhao
        hours.correct_hours(s, c, w.duty.members["赵师傅"], date(2026, 11, 5), 120, "义卖现场帮忙")
        r = record.volunteer_record(s, c, zhao, *NOV)
        assert r.volunteer.person_id is None and r.total_minutes == 120
        assert record.minutes_by_volunteer(s, c, [zhao], *NOV)[zhao][record.DUTY] == 120
        org = s.scalar(select(Volunteer.org_id).where(Volunteer.id == zhao))
        solo = service.save_volunteer(s, c, service.VolunteerInput(
            org_id=org, name="黄晓明", sex="M", id_type="港澳居民来往内地通行证", id_number="H12345678",
            phone="13800001111"))
        record.add_entry(s, c, solo, "服务", date(2026, 11, 8), "楼道清洁", minutes=90)
        row = service.get_volunteer(s, c, solo)
        assert row.id_type == "港澳居民来往内地通行证" and row.id_shown == "*******78"
        assert record.volunteer_record(s, c, solo, *NOV).total_minutes == 90


def test_bad_input_is_refused_in_one_line(world: World) -> None:
    w = world
    r = w.rehab
    with w.db.session(r) as s:
        with pytest.raises(ValidationError, match="时长"):
            record.add_entry(s, r, w.ajie, "服务", date(2026, 11, 1), "宣传", minutes=0)
        with pytest.raises(ValidationError, match="等次"):
            record.add_entry(s, r, w.ajie, "评价", date(2026, 11, 1), "评价", rating="很好")
        with pytest.raises(ValidationError, match="还没到"):
            record.add_entry(s, r, w.ajie, "培训", clock.today() + timedelta(days=1), "培训", minutes=60)
        with pytest.raises(ValidationError, match="名称"):
            record.add_entry(s, r, w.ajie, "表彰", date(2026, 11, 1), "奖" * 201)
        with pytest.raises(ValidationError, match="身份证|校验"):
            service.save_volunteer(s, r, service.VolunteerInput(org_id=w.anti_drug_org, name="某某",
                                                                id_number="441802200002150016"))
        with pytest.raises(UserError, match="已有志愿者档案"):
            person = s.scalar(select(Volunteer.person_id).where(Volunteer.id == w.ajie))
            service.save_volunteer(s, r, service.VolunteerInput(org_id=w.anti_drug_org, person_id=person))
        vid = service.save_volunteer(s, r, service.VolunteerInput(org_id=w.anti_drug_org, name="<b>麦姨</b>"))
        assert service.get_volunteer(s, r, vid).name == "<b>麦姨</b>"          # kept as given, shown as text


def test_who_may_see_and_keep_records(world: World) -> None:
    w = world
    d = w.duty
    for actor in (d.reception, d.volunteer):
        with pytest.raises(PermissionDenied), w.db.session(actor) as s:
            service.list_volunteers(s, actor)
        with pytest.raises(PermissionDenied), w.db.session(actor) as s:
            record.volunteer_record(s, actor, w.li, *NOV)
    # another community's social worker sees the street-wide team, not 西湖's duty team
    with w.db.session(d.outsider_worker) as s:
        names = {v.name for v in service.list_volunteers(s, d.outsider_worker)}
        assert "陈俊杰" in names and "李秀英" not in names
    with pytest.raises(PermissionDenied), w.db.session(d.outsider_worker) as s:
        record.volunteer_record(s, d.outsider_worker, w.li, *NOV)
    with pytest.raises(PermissionDenied), w.db.session(d.outsider_worker) as s:
        certificates.issue_certificate(s, d.outsider_worker, w.li, *NOV)
    # reading a record is audited; the ID number is masked unless asked for in full
    with w.db.session(w.rehab) as s:
        assert service.get_volunteer(s, w.rehab, w.ajie).id_shown != ID_AJIE
        assert service.get_volunteer(s, w.rehab, w.ajie, full_id=True).id_shown == ID_AJIE
        record.volunteer_record(s, w.rehab, w.ajie, *NOV)
    with w.db.session(w.rehab) as s:
        seen = s.scalars(select(AuditEntry.detail).where(AuditEntry.entity == "volunteers",
                                                         AuditEntry.action == "view")).all()
    assert any("志愿服务记录" in x for x in seen)
    # the field-level audit keeps an ID number masked
    with w.db.session(w.rehab) as s:
        service.save_volunteer(s, w.rehab, service.VolunteerInput(org_id=w.anti_drug_org, name="黄晓明",
                                                                  id_type="护照", id_number="H12345678"))
    with w.db.session(w.rehab) as s:
        created = s.scalars(select(AuditEntry.changes).where(AuditEntry.entity == "volunteers",
                                                             AuditEntry.action == "create")).all()
    assert all("H12345678" not in (c or "") for c in created)
