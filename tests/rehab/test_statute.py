"""The clock of 《戒毒条例》: term, reporting, leave, article-20 thresholds and the article-21 report."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import police_reports, statute
from tests.rehab.conftest import new_case


def test_term_and_deadlines() -> None:
    assert statute.term_end(date(2026, 3, 2)) == date(2029, 3, 1)
    assert statute.term_end(date(2024, 2, 29)) == date(2027, 2, 27)
    assert statute.reporting_deadline(date(2026, 11, 20)) == date(2026, 12, 5)
    assert statute.materials_due(date(2029, 3, 1)) == date(2029, 1, 30)
    assert statute.leave_days(date(2026, 4, 1), date(2026, 4, 3)) == 3


@given(st.integers(1, 60), st.booleans(), st.booleans())
def test_leave_of_three_days_or_more_needs_request_and_approval(days: int, requested: bool, approved: bool) -> None:
    d = date(2026, 1, 1)
    ok = statute.leave_authorised(days, d if requested else None, d if approved else None)
    assert ok == (days < 3 or (requested and approved))


def _test(s: Any, w: Any, case_id: str, on: date, result: str) -> None:
    fu.add_followup(s, w, case_id, fu.FollowUpInput(on=on, method="到站", test_kind="尿检" if result in ("阴性", "阳性")
                                                     else "", test_result=result))


def test_missed_tests_warn_at_two_and_draft_the_report_at_three(sworld: Any) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    on = date(2026, 5, 1)
    with db.session(w1) as s:
        _test(s, w1, cid, date(2026, 4, 8), "拒绝")
        _test(s, w1, cid, date(2026, 4, 15), "逃避")
        alerts = statute.statute_alerts(s, w1, on=on)
        assert [(a.level, a.label) for a in alerts if "检测" in a.message] == [("须报告", "阿杰"), ("警告", "阿杰")]
        assert "再1次" in alerts[1].message and "2026-04-08 拒绝接受检测" in alerts[0].message
        assert [r.reason for r in police_reports.list_police_reports(s, w1, cid)] == ["refused_test"]
    with db.session(w1) as s:
        _test(s, w1, cid, date(2026, 4, 22), "拒绝")
        reports = police_reports.list_police_reports(s, w1, cid)
        assert [r.reason for r in reports] == ["tests"]
        assert "3 次" in reports[0].facts and "2026-04-22" in reports[0].facts
        msgs = [a.message for a in statute.statute_alerts(s, w1, on=on) if a.level in ("已达到", "须报告")]
        assert any("第二十条" in m for m in msgs) and any("登记送出" in m for m in msgs)
        _test(s, w1, cid, date(2026, 4, 29), "逃避")   # a 4th miss drafts no second report
        assert len(police_reports.list_police_reports(s, w1, cid)) == 1
    with pytest.raises(PermissionDenied):
        with db.session(sworld.w2) as s:
            police_reports.record_report_sent(s, sworld.w2, reports[0].id, sent_to="凤城派出所")
    with db.session(w1) as s:
        with pytest.raises(ValidationError):
            police_reports.record_report_sent(s, w1, reports[0].id, sent_to=" ")
        sent = police_reports.record_report_sent(s, w1, reports[0].id, sent_to="凤城派出所 李警官")
        assert sent.sent_by == "w1" and sent.sent_at is not None
    with db.session(w1) as s:
        assert not any(a.report_id for a in statute.statute_alerts(s, w1, on=on))
        with pytest.raises(ValidationError):
            police_reports.record_report_sent(s, w1, reports[0].id, sent_to="again")
        assert any(i.kind == "报告" and "已于" in i.text for i in cases.case_timeline(s, w1, cid))


def test_unauthorised_absences_and_days_away(sworld: Any) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    on = date(2026, 8, 1)
    with db.session(w1) as s:
        # the fixture's approved 4-day leave and a short 2-day trip do not count
        fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=date(2026, 5, 1), to_date=date(2026, 5, 2)))
        d = cases.get_case(s, w1, cid)
        assert (d.unauthorised_absences, d.days_away) == (0, 0)
        fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=date(2026, 5, 10), to_date=date(2026, 5, 21),
                                                   destination="深圳", requested_on=date(2026, 5, 8)))
        fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=date(2026, 6, 1), to_date=date(2026, 6, 12)))
        d = cases.get_case(s, w1, cid)
        assert (d.unauthorised_absences, d.days_away) == (2, 24)
        levels = {a.message.split("已")[0]: a.level for a in statute.statute_alerts(s, w1, on=on)}
        assert levels == {"擅自离开执行地": "警告", "擅自离开累计天数": "警告"}
        assert police_reports.list_police_reports(s, w1, cid) == []
        third = fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=date(2026, 7, 1), to_date=date(2026, 7, 7)))
        assert sorted(r.reason for r in police_reports.list_police_reports(s, w1, cid)) == ["absences", "days_away"]
        # an approval recorded afterwards takes the absence off the count
        fu.update_absence(s, w1, third, fu.AbsenceInput(from_date=date(2026, 7, 1), to_date=date(2026, 7, 7),
                                                        requested_on=date(2026, 6, 28), approved_on=date(2026, 6, 29)))
        d = cases.get_case(s, w1, cid)
        assert (d.unauthorised_absences, d.days_away) == (2, 24)


def test_reporting_deadline_and_end_of_term(sworld: Any) -> None:
    db, w1 = sworld.db, sworld.w1
    late = new_case(db, w1, sworld.community_id, "李伟强", alias="阿强", seq=15, start=date(2026, 11, 20),
                    reported_on=None)
    ending = new_case(db, w1, sworld.community_id, "黄志明", alias="阿明", seq=17, start=date(2023, 12, 20))
    with db.session(w1) as s:
        by_case = lambda on: {(a.label, a.level): a for a in statute.statute_alerts(s, w1, on=on)}  # noqa: E731
        a = by_case(date(2026, 11, 29))
        assert a[("阿强", "期限")].due == date(2026, 12, 5)
        assert a[("阿明", "期限")].due == date(2026, 11, 19) and "2026-12-19 期满" in a[("阿明", "期限")].message
        assert "逾期未报到" in by_case(date(2026, 12, 10))[("阿强", "已达到")].message
        assert "届满" in by_case(date(2026, 12, 20))[("阿明", "期限")].message
        assert ("阿杰", "期限") not in a
        cases.change_status(s, w1, ending, "期满解除", on=date(2026, 12, 19))
        assert ("阿明", "期限") not in by_case(date(2026, 12, 20))
    assert late
