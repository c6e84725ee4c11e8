"""《戒毒条例》第二十一条, case by case: each trigger raises an alert and drafts the report with its dated facts
(printable, audited); what is not a trigger drafts nothing; a draft whose facts go away is withdrawn."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.audit import AuditEntry
from desktop.core.clock import today
from desktop.rehab import cases_service as cases
from desktop.rehab import followup_service as fu
from desktop.rehab import police_reports, printing, statute
from desktop.rehab.models import PoliceReport, RehabCase
from desktop.rehab.views.today_section import RehabTodaySection
from tests.rehab.conftest import new_case

ON = date(2026, 6, 1)


def _test(s: Any, w: Any, cid: str, on: date, result: str, kind: str = "尿检") -> str:
    return fu.add_followup(s, w, cid, fu.FollowUpInput(on=on, method="家访", test_result=result,
                                                       test_kind=kind if result in ("阴性", "阳性") else ""))


def _reports(s: Any, w: Any, cid: str) -> list[tuple[str, date | None]]:
    return [(r.reason, r.event_on) for r in police_reports.list_police_reports(s, w, cid)]


def _alerts(s: Any, w: Any, on: date = ON) -> list[statute.StatuteAlert]:
    return [a for a in statute.statute_alerts(s, w, on=on) if a.report_id]


def _pdf(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


def test_a_positive_test_is_a_relapse_reported_and_still_a_test_done(sworld: Any, tmp_path: Path) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        _test(s, w1, cid, date(2026, 5, 6), "阴性")
        assert _reports(s, w1, cid) == [] and _alerts(s, w1) == []             # a negative test: nothing
        positive = _test(s, w1, cid, date(2026, 5, 13), "阳性")
        assert _reports(s, w1, cid) == [("relapse", date(2026, 5, 13))]
        [alert] = _alerts(s, w1)
        assert alert.level == "须报告" and alert.label == "阿杰" and alert.due == date(2026, 5, 13)
        assert "2026-05-13 在社区戒毒期间又吸食、注射毒品" in alert.message
        report = police_reports.list_police_reports(s, w1, cid)[0]
        assert "2026年5月13日" in report.facts and "尿检" in report.facts and "阳性" in report.facts
        assert s.get(RehabCase, cid).last_test_on == date(2026, 5, 13)          # the test was taken
        printing.print_police_report(s, w1, report.id, tmp_path / "relapse.pdf")
    text = _pdf(tmp_path / "relapse.pdf")
    assert "关于社区戒毒人员在社区戒毒期间又吸食、注射毒品的报告" in text and "2026年5月13日" in text
    assert "第二十一条" in text and "陈志杰" in text and "2026-05-13" in text
    with db.session(w1) as s:
        printed = s.scalars(select(AuditEntry).where(AuditEntry.entity == police_reports.REPORTS_ENTITY,
                                                     AuditEntry.action == "print")).all()
        assert [e.entity_id for e in printed] == [report.id]
        # A result entered wrongly and corrected: the unsent draft is withdrawn, with the reason.
        fu.update_followup(s, w1, positive, fu.FollowUpInput(on=date(2026, 5, 13), method="家访",
                                                             test_kind="尿检", test_result="阴性"))
        assert _reports(s, w1, cid) == [] and _alerts(s, w1) == []
        gone = s.get(PoliceReport, report.id)
        assert gone.deleted_at is not None and "更正" in gone.withdrawn_reason


def test_a_positive_test_outside_the_term_and_a_sent_report_are_left_alone(sworld: Any) -> None:
    db, w1 = sworld.db, sworld.w1
    start = date(2026, 5, 1)
    cid = new_case(db, w1, sworld.community_id, "周海", alias="阿海", seq=21, start=start)
    with db.session(w1) as s:
        _test(s, w1, cid, start - timedelta(days=3), "阳性")                    # the test that led to the order
        assert _reports(s, w1, cid) == []
        f = _test(s, w1, cid, date(2026, 5, 20), "阳性")
        [r] = police_reports.list_police_reports(s, w1, cid)
        police_reports.record_report_sent(s, w1, r.id, sent_to="凤城派出所")
        fu.update_followup(s, w1, f, fu.FollowUpInput(on=date(2026, 5, 20), method="到站", test_kind="毛发",
                                                      test_result="阴性"))
        assert [x.id for x in police_reports.list_police_reports(s, w1, cid)] == [r.id]    # sent: kept as it was


def test_each_refusal_is_reported_and_the_third_miss_makes_one_article_20_report(sworld: Any) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        _test(s, w1, cid, date(2026, 4, 15), "逃避")
        assert _reports(s, w1, cid) == []                                      # one evasion: counted, not reported
        _test(s, w1, cid, date(2026, 4, 22), "拒绝")
        assert _reports(s, w1, cid) == [("refused_test", date(2026, 4, 22))]
        facts = police_reports.list_police_reports(s, w1, cid)[0].facts
        assert "2026年4月22日" in facts and "拒绝接受检测" in facts and "累计逃避或拒绝检测 2 次" in facts
        assert len(_alerts(s, w1)) == 1
        _test(s, w1, cid, date(2026, 4, 29), "拒绝")                           # the third miss
        assert _reports(s, w1, cid) == [("tests", date(2026, 4, 29))]          # one report with every date
        tests = police_reports.list_police_reports(s, w1, cid)[0]
        assert all(d in tests.facts for d in ("2026-04-15", "2026-04-22", "2026-04-29"))
        withdrawn = s.scalars(select(PoliceReport).where(PoliceReport.reason == "refused_test")).one()
        assert "并入" in withdrawn.withdrawn_reason
        _test(s, w1, cid, date(2026, 5, 6), "拒绝")                            # still unsent: the draft grows
        assert _reports(s, w1, cid) == [("tests", date(2026, 5, 6))]
        police_reports.record_report_sent(s, w1, tests.id, sent_to="凤城派出所 李警官")
        _test(s, w1, cid, date(2026, 5, 13), "拒绝")                           # after it was sent: a new report
        assert _reports(s, w1, cid) == [("tests", date(2026, 5, 6)), ("refused_test", date(2026, 5, 13))]


def test_no_report_made_in_time_is_reported_as_a_refusal_of_treatment(sworld: Any, tmp_path: Path,
                                                                       desk_clock: Any) -> None:
    db, w1 = sworld.db, sworld.w1
    now = today()
    in_time = new_case(db, w1, sworld.community_id, "黄文", alias="阿文", seq=17, start=now - timedelta(days=14),
                       reported_on=None)
    late = new_case(db, w1, sworld.community_id, "李伟强", alias="阿强", seq=15, start=now - timedelta(days=16),
                    reported_on=None)
    with db.session(w1) as s:
        assert [r for r, _ in _reports(s, w1, late)] == ["not_reported"]      # entered late: drafted at once
        assert police_reports.sweep(s, w1, on=now) == 0
        assert _reports(s, w1, in_time) == []                                  # the 15th day is still in time
    desk_clock.advance(days=1)
    with db.session(w1) as s:
        assert police_reports.sweep(s, w1, on=today()) == 0                    # the deadline day itself
    desk_clock.advance(days=1)
    with db.session(w1) as s:
        assert police_reports.sweep(s, w1, on=today()) == 1                    # the day after: drafted, once
        assert police_reports.sweep(s, w1, on=today()) == 0
        assert _reports(s, w1, in_time) == [("not_reported", now + timedelta(days=1))]
        [(reason, event_on)] = _reports(s, w1, late)
        assert (reason, event_on) == ("not_reported", now - timedelta(days=1))
        report = police_reports.list_police_reports(s, w1, late)[0]
        assert "仍未报到" in report.facts and "清远市公安局清城分局" in report.facts
        assert any(a.label == "阿强" and "逾期未报到" in a.message for a in _alerts(s, w1, today()))
        printing.print_police_report(s, w1, report.id, tmp_path / "late.pdf")
    text = _pdf(tmp_path / "late.pdf")
    assert "关于社区戒毒人员逾期未报到、拒绝接受社区戒毒的报告" in text and "视为拒绝接受社区戒毒" in text
    with db.session(w1) as s:
        d = cases.get_case(s, w1, late)
        cases.update_case(s, w1, late, cases.CaseInput(
            kind=d.kind, decision_date=d.decision_date, start_date=d.start_date, decision_no=d.decision_no,
            decision_authority=d.decision_authority, alias=d.alias, reported_on=today(), person_id=d.person_id))
        assert _reports(s, w1, late) == []
        assert "报到" in s.get(PoliceReport, report.id).withdrawn_reason


def test_article_20_absences_are_alerted_and_drafted(sworld: Any) -> None:
    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        for a, b in ((date(2026, 5, 4), date(2026, 5, 7)), (date(2026, 5, 11), date(2026, 5, 14))):
            fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=a, to_date=b))
        assert _reports(s, w1, cid) == []
        fu.add_absence(s, w1, cid, fu.AbsenceInput(from_date=date(2026, 5, 18), to_date=date(2026, 5, 21),
                                                   destination="深圳"))
        assert _reports(s, w1, cid) == [("absences", date(2026, 5, 21))]
        [alert] = _alerts(s, w1)
        assert "擅自离开社区戒毒执行地所在县（市、区）3次以上" in alert.message
        facts = police_reports.list_police_reports(s, w1, cid)[0].facts
        assert "2026-05-18 至 2026-05-21（4天，去往深圳）" in facts


def test_community_rehabilitation_reports_under_its_own_name(sworld: Any, tmp_path: Path) -> None:
    db, w1 = sworld.db, sworld.w1
    cid = new_case(db, w1, sworld.community_id, "吴勇", alias="阿勇", seq=23, start=date(2026, 3, 1),
                   kind="社区康复")
    with db.session(w1) as s:
        _test(s, w1, cid, date(2026, 5, 27), "阳性", kind="毛发")
        [alert] = [a for a in _alerts(s, w1) if a.label == "阿勇"]
        assert "在社区康复期间又吸食、注射毒品" in alert.message
        report = police_reports.list_police_reports(s, w1, cid)[0]
        printing.print_police_report(s, w1, report.id, tmp_path / "kf.pdf")
    text = _pdf(tmp_path / "kf.pdf")
    assert "关于社区康复人员在社区康复期间又吸食、注射毒品的报告" in text and "社区康复参照社区戒毒的规定实施" in text


def test_the_workers_today_shows_the_reports_to_send(sworld: Any, qtbot: Any, tmp_path: Path) -> None:
    from desktop.core.settings_store import MachineSettings
    from desktop.ui.context import AppContext

    db, w1, cid = sworld.db, sworld.w1, sworld.case_id
    with db.session(w1) as s:
        _test(s, w1, cid, today() - timedelta(days=2), "阳性")
    new_case(db, w1, sworld.community_id, "李伟强", alias="阿强", seq=15, start=today() - timedelta(days=20),
             reported_on=None)
    ctx = AppContext(db=db, actor=w1, settings=MachineSettings(tmp_path / "m.json"), desk="rehab",
                     community_id=sworld.community_id, building_id=None)
    section = RehabTodaySection(ctx)
    qtbot.addWidget(section)
    lines = section.body.text().split("\n")
    assert lines[0] == "须向公安机关报告 2 件（《戒毒条例》第二十一条）："
    assert any("阿杰" in ln and "又吸食、注射毒品" in ln for ln in lines[1:3])
    assert any("阿强" in ln and "逾期未报到" in ln for ln in lines[1:3])
    with db.session(w1) as s:
        assert police_reports.visible_pending_reports(s, w1) == 2
    section.resize(900, 420)
    section.show()
    qtbot.waitExposed(section)
    section.grab().save(str(Path(os.environ.get("LINLI_SHOTS", "/tmp")) / "rehab-today-article21.png"))
